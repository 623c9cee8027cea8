/**
 * Google's Article structured-data requirements, as a zod schema, so every
 * article page can be checked against them. Sources: Google Search Central,
 * "Article (Article, NewsArticle, BlogPosting) structured data" (recommended
 * properties: author with name and url, datePublished and dateModified in
 * ISO 8601 with a time zone, headline, image) and the Organization logo
 * guidelines (at least 112×112 pixels, a crawlable URL); plus what this
 * project promises on top: description, publisher, inLanguage,
 * articleSection, keywords and mainEntityOfPage.
 */
import { z } from "zod";

const text = z.string().trim().min(1);
const absoluteUrl = z.url({ protocol: /^https$/ });
/** ISO 8601 with an explicit offset: Google reads a date without one in the crawler's time zone. */
const dateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z)$/, "an ISO 8601 date-time with an offset");

const person = z.strictObject({
  "@type": z.literal("Person"),
  name: text,
  url: absoluteUrl,
  jobTitle: text.optional(),
});

const pixels = z.strictObject({
  "@type": z.literal("QuantitativeValue"),
  value: z.number().int().min(112),
  unitCode: z.literal("E37"),
});

export const publisher = z.strictObject({
  "@type": z.enum(["Organization", "NewsMediaOrganization"]),
  name: text,
  url: absoluteUrl,
  logo: z.strictObject({
    "@type": z.literal("ImageObject"),
    url: absoluteUrl,
    // schema.org's ImageObject takes a Distance or a QuantitativeValue here, not a bare number.
    width: pixels,
    height: pixels,
  }),
  // The Trust Project's indicators: the pages of content/pages/ that have these roles.
  publishingPrinciples: absoluteUrl.optional(),
  ethicsPolicy: absoluteUrl.optional(),
  correctionsPolicy: absoluteUrl.optional(),
  masthead: absoluteUrl.optional(),
});

export const newsArticle = z
  .strictObject({
    "@context": z.literal("https://schema.org"),
    // NewsArticle or a subtype for a story type (scripts/render/structured-data.ts, SCHEMA_TYPES).
    "@type": z.enum([
      "NewsArticle",
      "OpinionNewsArticle",
      "AnalysisNewsArticle",
      "BackgroundNewsArticle",
      "ReportageNewsArticle",
      "AdvertiserContentArticle",
      "LiveBlogPosting",
    ]),
    headline: text,
    description: text,
    image: z.array(absoluteUrl).min(1),
    datePublished: dateTime,
    dateModified: dateTime,
    inLanguage: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, "a BCP 47 language tag"),
    articleSection: text,
    keywords: z.array(text).min(1).optional(),
    author: z.array(person).min(1),
    publisher,
    mainEntityOfPage: z.strictObject({ "@type": z.literal("WebPage"), "@id": absoluteUrl }),
    url: absoluteUrl,
    isAccessibleForFree: z.boolean(),
    sponsor: z.strictObject({ "@type": z.literal("Organization"), name: text }).optional(),
    // Live coverage (Google's live blog markup): when it began and ended, and each update.
    coverageStartTime: dateTime.optional(),
    coverageEndTime: dateTime.optional(),
    liveBlogUpdate: z
      .array(
        z.strictObject({
          "@type": z.literal("BlogPosting"),
          headline: text,
          datePublished: dateTime,
          url: absoluteUrl,
        }),
      )
      .optional(),
  })
  .refine(
    (a) => (a["@type"] === "LiveBlogPosting") === (a.coverageStartTime !== undefined && a.liveBlogUpdate !== undefined),
    {
      message: "a LiveBlogPosting, and only one, has coverageStartTime and liveBlogUpdate",
    },
  )
  .refine((a) => Date.parse(a.dateModified) >= Date.parse(a.datePublished), {
    message: "dateModified is before datePublished",
  })
  .refine((a) => a.url === a.mainEntityOfPage["@id"], { message: "url and mainEntityOfPage differ" });

export const breadcrumbList = z
  .strictObject({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("BreadcrumbList"),
    itemListElement: z
      .array(
        z.strictObject({ "@type": z.literal("ListItem"), position: z.number().int(), name: text, item: absoluteUrl }),
      )
      .min(2),
  })
  .refine((b) => b.itemListElement.every((item, i) => item.position === i + 1), {
    message: "positions must run 1, 2, 3…",
  });
