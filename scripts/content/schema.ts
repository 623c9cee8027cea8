/**
 * The article front matter, defined once. The validator, the loader and
 * every template take their types from here.
 */
import { z } from "zod";
import { parseDate } from "./dates.ts";
import type { LiveUpdate } from "./live.ts";
import { LANGUAGES, type Direction, type Language } from "../text/languages.ts";
import { MESSAGES as M, viaZod } from "./messages/index.ts";

export { LANGUAGES, type Language, type Direction } from "../text/languages.ts";

/** A picture's path in content: a file under /images/ in a format the image pipeline reads. Lead and body images alike. */
export const IMAGE_SRC = /^\/images\/[\w\-./]+\.(?:jpe?g|png|webp|avif|gif|svg)$/i;

/** The kinds of story (`type:`), after the Guardian's designs and the Trust Project's labels. */
const STORY_TYPES = ["news", "opinion", "analysis", "explainer", "interview", "obituary", "sponsored", "live"] as const;

const missing = (field: string, example: string) => viaZod(M.missing({ field, example }));

/** Text that must not be empty. YAML reads `title: 2024` as a number; we take it as the text "2024". */
export const text = (field: string, example: string) =>
  z.preprocess(
    (v) => (typeof v === "number" ? String(v) : v),
    z
      .string({ error: (i) => (i.input === undefined ? missing(field, example) : viaZod(M.mustBeTextLike({ field, example }))) })
      .trim()
      .min(1, { error: viaZod(M.empty({ field })) }),
  );

const optionalText = () =>
  z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string({ error: viaZod(M.mustBeText()) }).trim()).optional();

export const isoDate = (field: string) =>
  z
    .string({
      error: (i) =>
        i.input === undefined ? missing(field, "2024-05-07") : viaZod(M.dateShape({ field })),
    })
    .superRefine((value, ctx) => {
      const parsed = parseDate(value, "UTC");
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: viaZod(parsed.reason) });
    });

/** Most entries a list may have (decision 0027): far more than any page shows, few enough that every check of it stays quick. */
export const MAX_TAGS = 30;
export const MAX_RELATED = 30;

const textList = (field: string, example: string, max: number) =>
  z
    .array(z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string().trim().min(1)), {
      error: viaZod(M.listShape({ field, example })),
    })
    .max(max, {
      error: (i) => viaZod(M.tooMany({ count: Array.isArray(i.input) ? i.input.length : "too many", max })),
    })
    .optional();

export const articleFrontMatter = z.strictObject({
  /** The headline. */
  title: text("title", "عنوان الخبر"),
  /** The standfirst under the headline; also the meta description and feed summary. */
  summary: text("summary", "جملة أو جملتان تلخصان الخبر"),
  /** Publication time: 2024-05-07 (midnight in the site's time zone) or 2024-05-07T10:00:00+03:00. */
  date: isoDate("date"),
  /** Last substantive update, same format, not before `date`. */
  updated: isoDate("updated").optional(),
  /** The id of a section in content/sections.yaml. */
  section: text("section", "technology"),
  /** One author id from content/authors.yaml, or a list of them. */
  author: z.union([text("author", "rana-haddad"), z.array(text("author", "rana-haddad")).min(1)], {
    error: (i) => (i.input === undefined ? missing("author", "rana-haddad") : viaZod(M.authorShape())),
  }),
  /** Topics, in Arabic; each gets a page. */
  tags: textList("tags", "الذكاء الاصطناعي", MAX_TAGS),
  /** Slugs of other articles to list first under "related". */
  related: textList("related", "telegram-three-million-users-facebook-outage", MAX_RELATED),
  /** The URL segment; defaults to the file name without `.md`. Checked against the site's slug policy. */
  slug: z.string({ error: viaZod(M.slugText()) }).optional(),
  /** The lead image. `src` is a path under content/, e.g. /images/market.jpg. */
  image: z
    .strictObject(
      {
        src: z
          .string({ error: (i) => (i.input === undefined ? missing("image.src", "/images/photo.jpg") : viaZod(M.imagePath())) })
          .regex(IMAGE_SRC, {
            error: viaZod(M.imageUnder()),
          })
          .refine((s) => !s.includes(".."), { error: viaZod(M.noDotDot()) }),
        alt: text("image.alt", "وصف ما تظهره الصورة"),
        caption: optionalText(),
        credit: optionalText(),
      },
      { error: (i) => (i.code === "unrecognized_keys" ? undefined : viaZod(M.imageGroup())) },
    )
    .optional(),
  /** Corrections to a published article, each dated and shown in a note under it. */
  corrections: z
    .array(
      z.strictObject(
        {
          date: isoDate("date"),
          text: text("text", "صُحّح اسم المتحدث في الفقرة الثالثة"),
        },
        { error: (i) => (i.code === "unrecognized_keys" ? undefined : viaZod(M.correctionItem())) },
      ),
      { error: viaZod(M.correctionList()) },
    )
    .optional(),
  /** The article's language when it is not the site's (en and fr render left-to-right). */
  lang: z.enum(Object.keys(LANGUAGES) as [Language, ...Language[]], { error: viaZod(M.oneOf({ values: Object.keys(LANGUAGES).join(", ") })) }).optional(),
  /** A draft is shown only in the local preview, never published. */
  draft: z.boolean({ error: viaZod(M.trueOrFalse()) }).optional(),
  /** What kind of story: news unless said; each other type is labelled on the page and its cards. */
  type: z.enum(STORY_TYPES, { error: viaZod(M.oneOf({ values: STORY_TYPES.join(", ") })) }).optional(),
  /** Who paid for a sponsored story: shown above it and in its disclaimer. */
  sponsor: z
    .strictObject(
      { name: text("sponsor.name", "اسم الجهة الراعية"), url: z.string({ error: viaZod(M.sponsorUrlText()) }).trim().optional() },
      { error: (i) => (i.code === "unrecognized_keys" ? undefined : viaZod(M.sponsorGroup())) },
    )
    .optional(),
  /** Live coverage (`type: live`): its key points, the update pinned on top, and when the editor ended it. */
  live: z
    .strictObject(
      {
        keyPoints: textList("live.keyPoints", "انقطاع الخدمة في أنحاء العالم", 10),
        pinned: isoDate("live.pinned").optional(),
        ended: isoDate("live.ended").optional(),
      },
      { error: (i) => (i.code === "unrecognized_keys" ? undefined : "must be a group of fields: keyPoints, pinned and ended, indented under `live:`.") },
    )
    .optional(),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatter>;
export type StoryType = (typeof STORY_TYPES)[number];
export const ARTICLE_FIELDS = Object.keys(articleFrontMatter.shape) as (keyof ArticleFrontMatter)[];

/** The fields allowed inside the front matter's groups, for "did you mean" suggestions. */
export const NESTED_FIELDS: Record<string, string[]> = {
  image: Object.keys(articleFrontMatter.shape.image.unwrap().shape),
  corrections: Object.keys(articleFrontMatter.shape.corrections.unwrap().element.shape),
  sponsor: Object.keys(articleFrontMatter.shape.sponsor.unwrap().shape),
  live: Object.keys(articleFrontMatter.shape.live.unwrap().shape),
};

/** A correction as the templates see it: when, and what was corrected. */
export interface Correction {
  date: Date;
  /** Whether `date` gave a time of day. */
  timed: boolean;
  text: string;
}

/** An image as the templates see it. */
export type ArticleImage = NonNullable<ArticleFrontMatter["image"]>;

/**
 * An article as the site uses it: the front matter resolved against the
 * registries (dates parsed in the site's zone, ids checked, defaults filled).
 * The body is not held in memory; it is read again when the page renders,
 * so a 100,000-article archive keeps only headlines and metadata in memory.
 */
export interface Article {
  slug: string;
  /** Path of the source file relative to the project root. */
  file: string;
  title: string;
  summary: string;
  date: Date;
  /** Whether `date` gave a time of day (otherwise pages show the day only). */
  timed: boolean;
  updated?: Date;
  /** Corrections, oldest first (optional so hand-built test articles need not list them). */
  corrections?: Correction[];
  /** The latest of `updated` and the corrections' dates: the page's "updated" line and `dateModified`. */
  modified?: { date: Date; timed: boolean };
  section: string;
  authors: string[];
  tags: string[];
  related: string[];
  image?: ArticleImage;
  lang: Language;
  dir: Direction;
  draft: boolean;
  /** The kind of story; absent is news. */
  type?: StoryType;
  /** Who paid for a sponsored story. */
  sponsor?: { name: string; url?: string | undefined };
  /** Live coverage: present when `type` is live. */
  live?: LiveCoverage;
  /** Words in the body, for reading time. */
  words: number;
}

/** A live coverage's state, as written and then as of the build's time (scripts/site/model.ts). */
export interface LiveCoverage {
  keyPoints: string[];
  /** The updates, newest first; a build leaves out those whose time has not come. */
  updates: LiveUpdate[];
  /** The id of the update shown first. */
  pinned?: string;
  /** When the editor ended the coverage. */
  ended?: Date;
  /** Whether the coverage runs at the build's time: not ended, or ended later. */
  running: boolean;
}
