/**
 * Structured data (schema.org JSON-LD): NewsArticle and BreadcrumbList on
 * article pages, the publisher on the home page. tests/built-site/structured-data.test.ts
 * checks every article page against Google's Article requirements.
 */
import type { Article, LiveCoverage, StoryType } from "../content/schema.ts";
import type { FrameModel, SiteModel } from "../site/model.ts";
import type { PageRole, PublicationPage } from "../content/pages.ts";
import { paths } from "../site/urls.ts";
import { formatterFor } from "../text/format.ts";
import type { ShareImage } from "./share-image.ts";

/**
 * The publisher, as Google expects it for news: an organization with a logo of known size, and
 * the Trust Project's indicators: the pages (content/pages/, by `role`) that say what it stands
 * by, how it corrects, and who it is.
 */
function publisherJsonLd(newsroom: FrameModel): object {
  const { site, urls } = newsroom;
  const page = (role: PageRole) => {
    const link = newsroom.pageLinks.find((p) => p.role === role);
    return link ? urls.absolute(link.path) : undefined;
  };
  const trust = {
    // The standards page is the principles; without one, the about page says what the newsroom is for.
    publishingPrinciples: page("ethics") ?? page("about"),
    ethicsPolicy: page("ethics"),
    correctionsPolicy: page("corrections"),
    masthead: page("about"),
  };
  return {
    "@type": "NewsMediaOrganization",
    name: site.name,
    url: urls.absolute(paths.home()),
    logo: {
      "@type": "ImageObject",
      url: urls.absolute(site.logo.src),
      width: pixels(site.logo.width),
      height: pixels(site.logo.height),
    },
    ...Object.fromEntries(Object.entries(trust).filter(([, url]) => url !== undefined)),
  };
}

/** schema.org types `width` and `height` as a Distance or a QuantitativeValue, not a bare number; E37 is UN/CEFACT's code for a pixel. */
function pixels(n: number): object {
  return { "@type": "QuantitativeValue", value: n, unitCode: "E37" };
}

export function homeJsonLd(newsroom: SiteModel): object[] {
  return [{ "@context": "https://schema.org", ...publisherJsonLd(newsroom) }];
}

/** schema.org's own types for two of the publication's pages; the others are plain web pages. */
const PAGE_TYPES: Partial<Record<PageRole, string>> = { about: "AboutPage", contact: "ContactPage" };

/** A page of content/pages/: what it is, and whose. */
export function publicationPageJsonLd(page: PublicationPage, newsroom: FrameModel): object {
  const { urls } = newsroom;
  return {
    "@context": "https://schema.org",
    "@type": (page.role && PAGE_TYPES[page.role]) ?? "WebPage",
    name: page.title,
    description: page.summary,
    url: urls.absolute(paths.page(page.slug)),
    inLanguage: page.lang,
    ...(page.updated ? { dateModified: formatterFor(newsroom.site, page.lang).iso(page.updated) } : {}),
    publisher: publisherJsonLd(newsroom),
  };
}

/** The schema.org type of each story type: NewsArticle's subtypes, and Article's for paid-for content. */
const SCHEMA_TYPES: Record<StoryType, string> = {
  news: "NewsArticle",
  opinion: "OpinionNewsArticle",
  analysis: "AnalysisNewsArticle",
  explainer: "BackgroundNewsArticle",
  interview: "ReportageNewsArticle",
  obituary: "NewsArticle",
  sponsored: "AdvertiserContentArticle",
  live: "LiveBlogPosting",
};

/** A live page's coverage times and its updates, each a BlogPosting anchored on the page. */
function liveJsonLd(article: Article, live: LiveCoverage, url: string, iso: (d: Date) => string): object {
  return {
    coverageStartTime: iso(article.date),
    ...(live.running ? {} : { coverageEndTime: iso(live.ended!) }),
    ...(live.updates[0] ? { dateModified: iso(live.updates[0].date) } : {}),
    liveBlogUpdate: live.updates.map((u) => ({
      "@type": "BlogPosting",
      headline: u.title || article.title,
      datePublished: iso(u.date),
      url: `${url}#${u.id}`,
    })),
  };
}

/** `images`: the pictures that represent the article (shareImages): its photo at 1200 px, or its share card. */
export function newsArticleJsonLd(article: Article, newsroom: FrameModel, images: ShareImage[]): object[] {
  const { site, urls } = newsroom;
  const f = formatterFor(site, article.lang);
  const url = urls.absolute(paths.article(article.slug));
  const section = newsroom.sectionsById.get(article.section)!;
  return [
    {
      "@context": "https://schema.org",
      "@type": SCHEMA_TYPES[article.type ?? "news"],
      headline: article.title,
      description: article.summary,
      image: images.map((image) => urls.absolute(image.path)),
      datePublished: f.iso(article.date),
      dateModified: f.iso(article.modified?.date ?? article.date),
      inLanguage: article.lang,
      articleSection: section.name,
      ...(article.tags.length ? { keywords: article.tags } : {}),
      author: article.authors.map((id) => {
        const author = newsroom.authorsById.get(id)!;
        return {
          "@type": "Person",
          name: author.name,
          url: urls.absolute(paths.author(id)),
          ...(author.role ? { jobTitle: author.role } : {}),
        };
      }),
      publisher: publisherJsonLd(newsroom),
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      url,
      isAccessibleForFree: true,
      ...(article.sponsor ? { sponsor: { "@type": "Organization", name: article.sponsor.name } } : {}),
      ...(article.live ? liveJsonLd(article, article.live, url, (d) => f.iso(d)) : {}),
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: site.name, item: urls.absolute(paths.home()) },
        { "@type": "ListItem", position: 2, name: section.name, item: urls.absolute(paths.section(section.id)) },
        { "@type": "ListItem", position: 3, name: article.title, item: url },
      ],
    },
  ];
}
