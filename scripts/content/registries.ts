/**
 * The editor-facing data files next to the articles: site settings, sections
 * and authors. Each is YAML, checked here with the same care as articles.
 */
import { join } from "node:path";
import { inspect, isRegularFile, readRegularFile } from "../files/repository.ts";
import { closeBidi } from "../text/bidi-controls.ts";
import { LANGUAGES, type Language } from "../text/languages.ts";
import { unsafeSegment } from "../text/name-key.ts";
import { isLanguage, MESSAGES as M, speak } from "./messages/index.ts";
import { z } from "zod";
import { decodeText, parseYaml } from "./read-source.ts";
import { isValidTimeZone } from "./dates.ts";
import { isArticleSlug } from "./slugs.ts";
import type { Problem } from "./problems.ts";
import { IMAGE_SRC } from "./schema.ts";

const required = (what: string) => ({ error: (i: { input: unknown }) => (i.input === undefined ? `is missing. Add ${what}.` : `must be ${what}.`) });
const empty = { error: "is empty. Write a value after the colon." };
// https only: an http:// sign-up form sends readers' addresses in the clear.
const httpsUrl = z
  .string(required("an https:// address"))
  .url({ protocol: /^https$/, error: "must be a full address starting with https://, e.g. https://example.org/." });

// Services told of a deploy: https, or http to this machine only (a local hub, as in the tests).
const pingUrl = z.string(required("an https:// address")).refine(
  (value) => {
    const url = URL.parse(value);
    return url?.protocol === "https:" || (url?.protocol === "http:" && ["127.0.0.1", "localhost"].includes(url.hostname));
  },
  { error: "must be a full address starting with https://, e.g. https://pubsubhubbub.appspot.com/." },
);

/** The publisher's logo, for structured data and feeds. Google asks for at least 112×112 pixels. */
const logoSchema = z.strictObject(
  {
    src: z
      .string(required("a path such as /images/logo.png"))
      .regex(/^\/images\/[\w\-./]+\.(?:png|jpe?g|webp|svg)$/i, { error: "must be a path under /images/ ending in .png, .jpg, .webp or .svg, e.g. /images/logo.png." })
      .refine((s) => !s.includes(".."), { error: "must not contain \"..\"." }),
    width: z.number(required("the image's width in pixels")).int({ error: "must be a whole number of pixels." }).min(112, { error: "must be at least 112 pixels: search engines ignore smaller logos." }),
    height: z.number(required("the image's height in pixels")).int({ error: "must be a whole number of pixels." }).min(112, { error: "must be at least 112 pixels: search engines ignore smaller logos." }),
    /** The logo the masthead shows beside the name, at any size: an SVG stays sharp on every screen. */
    masthead: z
      .string({ error: "must be a path such as /images/logo.svg." })
      .regex(/^\/images\/[\w\-./]+\.(?:svg|png|webp)$/i, { error: "must be a path under /images/ ending in .svg, .png or .webp, e.g. /images/logo.svg." })
      .refine((s) => !s.includes(".."), { error: "must not contain \"..\"." })
      .optional(),
  },
  required("a group of fields: src, width and height (and masthead), indented under `logo:`"),
);

const siteSchema = z.strictObject({
  name: z.string(required("the publication's name")).trim().min(1, empty),
  tagline: z.string(required("a one-line description")).trim().min(1, empty),
  url: httpsUrl.refine((u) => u.endsWith("/"), { error: "must end with a slash, e.g. https://example.org/ or https://example.org/news/." }),
  language: z.enum(["ar"], { error: "must be ar: the generator is built for Arabic sites." }),
  /** The language npm run check, build, new and the preview speak to editors; the site's language when left out. */
  messages: z.enum(Object.keys(LANGUAGES) as [Language, ...Language[]], { error: `must be one of: ${Object.keys(LANGUAGES).join(", ")}.` }).optional(),
  timeZone: z.string(required("an IANA time zone such as Asia/Riyadh")).refine(isValidTimeZone, { error: "is not a time zone name. Use an IANA name such as Asia/Riyadh or Africa/Cairo." }),
  digits: z.enum(["latn", "arab"], { error: "must be latn (0-9) or arab (٠-٩)." }),
  monthNames: z.enum(["western", "levantine", "both"], { error: "must be western (يناير), levantine (كانون الثاني) or both." }).default("western"),
  hijri: z.boolean({ error: "must be true or false." }).default(false),
  articleSlugs: z.enum(["latin", "arabic"], { error: "must be latin (gold-prices) or arabic (أسعار-الذهب)." }).default("latin"),
  logo: logoSchema,
  articlesPerPage: z.number(required("a whole number")).int({ error: "must be a whole number." }).min(1, { error: "must be at least 1." }).max(500, { error: "must be at most 500." }),
  signup: z.strictObject(
    {
      heading: z.string(required("the box's heading")).trim().min(1, empty),
      text: z.string(required("a sentence inviting readers to sign up")).trim().min(1, empty),
      action: httpsUrl,
      button: z.string(required("the button's label")).trim().min(1, empty),
    },
    required("a group of fields: heading, text, action and button"),
  ),
  /** The browser editor at /admin/ (docs/editing.md): the GitHub repository it saves to, and its sign-in service. */
  editor: z
    .strictObject(
      {
        repo: z
          .string(required("the GitHub repository, e.g. almadar-news/site"))
          .regex(/^[\w.-]+\/[\w.-]+$/, { error: "must be the repository as owner/name, e.g. almadar-news/site." }),
        branch: z.string({ error: "must be a branch name, e.g. main." }).trim().min(1, empty).default("main"),
        auth: httpsUrl.optional(),
      },
      required("a group of fields: repo, branch and auth, indented under `editor:`"),
    )
    .optional(),
  /** Told after each deploy that changed something (docs/operations.md): a WebSub hub that every feed names, and IndexNow. */
  websub: z.strictObject({ hub: pingUrl }, required("a group with one field, hub, indented under `websub:`")).optional(),
  indexNow: z
    .strictObject(
      {
        key: z.string(required("a key of 8 to 128 letters, digits or hyphens")).regex(/^[A-Za-z0-9-]{8,128}$/, { error: "must be 8 to 128 letters, digits or hyphens, e.g. 3f1c9a0b7d2e4f60." }),
        endpoint: pingUrl.default("https://api.indexnow.org/indexnow"),
      },
      required("a group with key (and optionally endpoint), indented under `indexNow:`"),
    )
    .optional(),
});
export type Site = z.infer<typeof siteSchema>;

const id = z
  .string(required("an id"))
  .refine(isArticleSlug, { error: "must be lowercase Latin letters, digits and hyphens, e.g. technology." })
  // An id names a folder of the site (/sections/<id>/): one an editor's computer can check out.
  .superRefine((value, ctx) => {
    const unsafe = unsafeSegment(value);
    if (unsafe) ctx.addIssue({ code: "custom", message: unsafe });
  });

const sectionSchema = z.strictObject({
  id,
  name: z.string(required("the section's name")).trim().min(1, empty),
  description: z.string().trim().optional(),
});
export type Section = z.infer<typeof sectionSchema>;

const authorSchema = z.strictObject({
  id,
  name: z.string(required("the author's name")).trim().min(1, empty),
  role: z.string().trim().optional(),
  bio: z.string().trim().optional(),
  /** A portrait under /images/, shown beside the author's opinion pieces. */
  photo: z
    .string()
    .regex(IMAGE_SRC, { error: "must be a path under /images/ ending in .jpg, .png, .webp or .avif, e.g. /images/authors/rana.jpg." })
    .refine((s) => !s.includes(".."), { error: 'must not contain "..".' })
    .optional(),
});
export type Author = z.infer<typeof authorSchema>;

export interface Registries {
  site: Site;
  /** The language messages to editors are in: --lang, else `messages:` in site.yaml, else the site's language. */
  messages: Language;
  sections: Map<string, Section>;
  authors: Map<string, Author>;
}

export type RegistryResult =
  | { ok: true; registries: Registries; warnings: Problem[] }
  | { ok: false; problems: Problem[]; messages: Language };

export function loadRegistries(contentDir: string, siteUrlOverride?: string, language?: Language): RegistryResult {
  const problems: Problem[] = [];
  const site = readYaml(contentDir, join(contentDir, "site.yaml"), problems);
  if (site && typeof site === "object" && siteUrlOverride) (site as Record<string, unknown>).url = siteUrlOverride;
  const parsedSite = check(siteSchema, site, join(contentDir, "site.yaml"), problems);
  const sections = readList(contentDir, join(contentDir, "sections.yaml"), sectionSchema, "sections", problems);
  const authors = readList(contentDir, join(contentDir, "authors.yaml"), authorSchema, "authors", problems);
  const masthead = parsedSite?.logo.masthead;
  if (masthead && !isRegularFile(contentDir, join(contentDir, masthead))) {
    problems.push({ file: join(contentDir, "site.yaml"), field: "logo.masthead", message: `"${masthead}" is not a file in ${join(contentDir, "images")}/. Add the logo there or correct the path.` });
  }
  if (parsedSite && !isRegularFile(contentDir, join(contentDir, parsedSite.logo.src))) {
    problems.push({ file: join(contentDir, "site.yaml"), field: "logo.src", message: `"${parsedSite.logo.src}" is not a file in ${join(contentDir, "images")}/. Add the logo there or correct the path.` });
  }
  const messages = language ?? parsedSite?.messages ?? parsedSite?.language ?? settingsLanguage(site);
  if (!parsedSite || !sections || !authors || problems.length) return { ok: false, problems, messages };
  const warnings = closeOneLineFields(contentDir, parsedSite, sections, authors, messages);
  return { ok: true, registries: { site: parsedSite, sections, authors, messages }, warnings };
}

/**
 * The registries' one-line fields (the site's name and tagline, section and author names) with any
 * direction control they leave open closed at their end, as an article's headline (decision 0026):
 * the site's name follows every headline in `<title>`. Each closed field is a warning.
 */
/** The language of site.yaml's settings when they have problems: what it names, if it names one, else Arabic. */
function settingsLanguage(site: unknown): Language {
  const raw = site && typeof site === "object" ? (site as Record<string, unknown>) : {};
  return isLanguage(raw.messages) ? raw.messages : isLanguage(raw.language) ? raw.language : "ar";
}

function closeOneLineFields(contentDir: string, site: Site, sections: Map<string, Section>, authors: Map<string, Author>, language: Language): Problem[] {
  const warnings: Problem[] = [];
  const close = <T extends object>(record: T, key: keyof T & string, file: string, field: string) => {
    const value = record[key];
    if (typeof value !== "string") return;
    const closed = closeBidi(value);
    if (closed === value) return;
    (record as Record<string, unknown>)[key] = closed;
    warnings.push({ file: join(contentDir, file), field, message: speak(language)(M.openControl()) });
  };
  close(site, "name", "site.yaml", "name");
  close(site, "tagline", "site.yaml", "tagline");
  [...sections.values()].forEach((section, i) => close(section, "name", "sections.yaml", `sections[${i + 1}].name`));
  [...authors.values()].forEach((author, i) => close(author, "name", "authors.yaml", `authors[${i + 1}].name`));
  return warnings;
}

function readYaml(contentDir: string, path: string, problems: Problem[]): unknown {
  const entry = inspect(contentDir, path);
  if (entry.kind === "missing") {
    problems.push({ file: path, field: "file", message: "This file is missing. Restore it from git: the site cannot be built without it." });
    return undefined;
  }
  if (entry.kind !== "file") {
    problems.push({ file: path, field: "file", message: entry.kind === "refused" ? entry.reason : "is a folder. It must be a YAML file." });
    return undefined;
  }
  const text = decodeText(readRegularFile(path));
  if (text === undefined) {
    problems.push({ file: path, field: "encoding", message: "The file is not valid UTF-8 text. Save it as UTF-8 and commit it again." });
    return undefined;
  }
  try {
    return parseYaml(text);
  } catch (error) {
    const e = error as { reason?: string; message: string; mark?: { line: number; column: number } };
    problems.push({ file: path, line: (e.mark?.line ?? 0) + 1, column: (e.mark?.column ?? 0) + 1, field: "yaml", message: `The YAML is malformed (${e.reason ?? e.message}).` });
    return undefined;
  }
}

function check<T>(schema: z.ZodType<T>, value: unknown, file: string, problems: Problem[], prefix = ""): T | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = prefix + (issue.path.length ? issue.path.join(".") : "");
    const message =
      issue.code === "unrecognized_keys"
        ? `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}. Remove or rename ${issue.keys.length > 1 ? "them" : "it"}.`
        : issue.message;
    problems.push({ file, field: field.replace(/\.$/, "") || "file", message });
  }
  return undefined;
}

function readList<T extends { id: string }>(contentDir: string, file: string, schema: z.ZodType<T>, what: string, problems: Problem[]): Map<string, T> | undefined {
  const list = readYaml(contentDir, file, problems);
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    problems.push({ file, field: what, message: `The file must be a list of ${what}, each starting with "- id: ".` });
    return undefined;
  }
  const map = new Map<string, T>();
  list.forEach((item, i) => {
    const parsed = check(schema, item, file, problems, `${what}[${i + 1}].`);
    if (!parsed) return;
    if (map.has(parsed.id)) problems.push({ file, field: `${what}[${i + 1}].id`, message: `"${parsed.id}" is used twice. Each id must be unique.` });
    map.set(parsed.id, parsed);
  });
  return map;
}
