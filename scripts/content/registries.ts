/**
 * The editor-facing data files next to the articles: site settings, sections
 * and authors. Each is YAML, checked here with the same care as articles.
 */
import { join } from "node:path";
import { inspect, isRegularFile, readRegularFile } from "../files/repository.ts";
import { closeBidi } from "../text/bidi-controls.ts";
import { LANGUAGES, type Language } from "../text/languages.ts";
import { unsafeSegment } from "../text/name-key.ts";
import { fromZod, isLanguage, MESSAGES as M, speak, viaZod, type Speak } from "./messages/index.ts";
import type { SettingWhat } from "./messages/site.ts";
import { z } from "zod";
import { decodeText, parseYaml } from "./read-source.ts";
import { isValidTimeZone } from "./dates.ts";
import { isArticleSlug } from "./slugs.ts";
import type { Problem } from "./problems.ts";
import { IMAGE_SRC } from "./schema.ts";

// Messages travel through zod as catalogue texts and are put into words once the language is known
// (site.yaml may name it): `inWords` below.
const required = (what: SettingWhat) => ({ error: (i: { input: unknown }) => viaZod(i.input === undefined ? M.settingMissing({ what }) : M.settingMustBe({ what })) });
const empty = { error: viaZod(M.settingEmpty()) };
const noDotDot = { error: viaZod(M.noDotDot()) };
const underImages = (endings: string[], example: string) => ({ error: viaZod(M.pathUnderImages({ endings, example })) });
// https only: an http:// sign-up form sends readers' addresses in the clear.
const httpsUrl = z
  .string(required("httpsAddress"))
  .url({ protocol: /^https$/, error: viaZod(M.httpsOnly({ example: "https://example.org/" })) });

// Services told of a deploy: https, or http to this machine only (a local hub, as in the tests).
const pingUrl = z.string(required("httpsAddress")).refine(
  (value) => {
    const url = URL.parse(value);
    return url?.protocol === "https:" || (url?.protocol === "http:" && ["127.0.0.1", "localhost"].includes(url.hostname));
  },
  { error: viaZod(M.httpsOnly({ example: "https://pubsubhubbub.appspot.com/" })) },
);

/** The publisher's logo, for structured data and feeds. Google asks for at least 112×112 pixels. */
const logoSchema = z.strictObject(
  {
    src: z
      .string(required("logoPath"))
      .regex(/^\/images\/[\w\-./]+\.(?:png|jpe?g|webp|svg)$/i, underImages([".png", ".jpg", ".webp", ".svg"], "/images/logo.png"))
      .refine((s) => !s.includes(".."), noDotDot),
    width: z.number(required("width")).int({ error: viaZod(M.wholePixels()) }).min(112, { error: viaZod(M.logoTooSmall()) }),
    height: z.number(required("height")).int({ error: viaZod(M.wholePixels()) }).min(112, { error: viaZod(M.logoTooSmall()) }),
    /** The logo the masthead shows beside the name, at any size: an SVG stays sharp on every screen. */
    masthead: z
      .string(underImages([".svg", ".png", ".webp"], "/images/logo.svg"))
      .regex(/^\/images\/[\w\-./]+\.(?:svg|png|webp)$/i, underImages([".svg", ".png", ".webp"], "/images/logo.svg"))
      .refine((s) => !s.includes(".."), noDotDot)
      .optional(),
  },
  required("logoGroup"),
);

const siteSchema = z.strictObject({
  name: z.string(required("publicationName")).trim().min(1, empty),
  tagline: z.string(required("tagline")).trim().min(1, empty),
  url: httpsUrl.refine((u) => u.endsWith("/"), { error: viaZod(M.endsWithSlash()) }),
  language: z.enum(["ar"], { error: viaZod(M.arabicOnly()) }),
  /** The language npm run check, build, new and the preview speak to editors; the site's language when left out. */
  messages: z.enum(Object.keys(LANGUAGES) as [Language, ...Language[]], { error: viaZod(M.oneOf({ values: Object.keys(LANGUAGES).join(", ") })) }).optional(),
  timeZone: z.string(required("timeZone")).refine(isValidTimeZone, { error: viaZod(M.notTimeZone()) }),
  digits: z.enum(["latn", "arab"], { error: viaZod(M.digitsChoice()) }),
  monthNames: z.enum(["western", "levantine", "both"], { error: viaZod(M.monthNamesChoice()) }).default("western"),
  hijri: z.boolean({ error: viaZod(M.trueOrFalse()) }).default(false),
  articleSlugs: z.enum(["latin", "arabic"], { error: viaZod(M.slugsChoice()) }).default("latin"),
  logo: logoSchema,
  articlesPerPage: z.number(required("wholeNumber")).int({ error: viaZod(M.settingMustBe({ what: "wholeNumber" })) }).min(1, { error: viaZod(M.atLeast({ min: 1 })) }).max(500, { error: viaZod(M.atMost({ max: 500 })) }),
  signup: z.strictObject(
    {
      heading: z.string(required("signupHeading")).trim().min(1, empty),
      text: z.string(required("signupText")).trim().min(1, empty),
      action: httpsUrl,
      button: z.string(required("button")).trim().min(1, empty),
    },
    required("signupGroup"),
  ),
  /** The browser editor at /admin/ (docs/editing.md): the GitHub repository it saves to, and its sign-in service. */
  editor: z
    .strictObject(
      {
        repo: z
          .string(required("repo"))
          .regex(/^[\w.-]+\/[\w.-]+$/, { error: viaZod(M.repoShape()) }),
        branch: z.string({ error: viaZod(M.branchName()) }).trim().min(1, empty).default("main"),
        auth: httpsUrl.optional(),
      },
      required("editorGroup"),
    )
    .optional(),
  /** Told after each deploy that changed something (docs/operations.md): a WebSub hub that every feed names, and IndexNow. */
  websub: z.strictObject({ hub: pingUrl }, required("websubGroup")).optional(),
  indexNow: z
    .strictObject(
      {
        key: z.string(required("indexNowKey")).regex(/^[A-Za-z0-9-]{8,128}$/, { error: viaZod(M.indexNowKeyShape()) }),
        endpoint: pingUrl.default("https://api.indexnow.org/indexnow"),
      },
      required("indexNowGroup"),
    )
    .optional(),
});
export type Site = z.infer<typeof siteSchema>;

const id = z
  .string(required("id"))
  .refine(isArticleSlug, { error: viaZod(M.idShape()) })
  // An id names a folder of the site (/sections/<id>/): one an editor's computer can check out.
  .superRefine((value, ctx) => {
    const unsafe = unsafeSegment(value);
    if (unsafe) ctx.addIssue({ code: "custom", message: viaZod(M.unsafeName(unsafe)) });
  });

const sectionSchema = z.strictObject({
  id,
  name: z.string(required("sectionName")).trim().min(1, empty),
  description: z.string().trim().optional(),
});
export type Section = z.infer<typeof sectionSchema>;

const authorSchema = z.strictObject({
  id,
  name: z.string(required("authorName")).trim().min(1, empty),
  role: z.string().trim().optional(),
  bio: z.string().trim().optional(),
  /** A portrait under /images/, shown beside the author's opinion pieces. */
  photo: z
    .string()
    .regex(IMAGE_SRC, underImages([".jpg", ".png", ".webp", ".avif"], "/images/authors/rana.jpg"))
    .refine((s) => !s.includes(".."), noDotDot)
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
    problems.push({ file: join(contentDir, "site.yaml"), field: "logo.masthead", message: viaZod(M.notAFileIn({ path: masthead, folder: join(contentDir, "images"), what: "logo" })) });
  }
  if (parsedSite && !isRegularFile(contentDir, join(contentDir, parsedSite.logo.src))) {
    problems.push({ file: join(contentDir, "site.yaml"), field: "logo.src", message: viaZod(M.notAFileIn({ path: parsedSite.logo.src, folder: join(contentDir, "images"), what: "logo" })) });
  }
  const messages = language ?? parsedSite?.messages ?? parsedSite?.language ?? settingsLanguage(site);
  if (!parsedSite || !sections || !authors || problems.length) return { ok: false, problems: inWords(problems, speak(messages)), messages };
  const warnings = closeOneLineFields(contentDir, parsedSite, sections, authors, messages);
  return { ok: true, registries: { site: parsedSite, sections, authors, messages }, warnings };
}

/**
 * The registries' one-line fields (the site's name and tagline, section and author names) with any
 * direction control they leave open closed at their end, as an article's headline (decision 0026):
 * the site's name follows every headline in `<title>`. Each closed field is a warning.
 */
/**
 * The language a command speaks before the content is checked (the preview's first lines, a lock
 * it waits for): `language` (--lang, NEWSROOM_LANG), else what site.yaml names, else Arabic.
 */
export function messagesLanguage(contentDir: string, language?: Language): Language {
  if (language) return language;
  const path = join(contentDir, "site.yaml");
  if (!isRegularFile(contentDir, path)) return "ar";
  const text = decodeText(readRegularFile(path));
  try {
    return settingsLanguage(text === undefined ? undefined : parseYaml(text));
  } catch {
    return "ar"; // broken YAML: the check says so, in Arabic
  }
}

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

/** The problems' catalogue texts in the run's language (zod's own words, if any slipped through, as they are). */
function inWords(problems: Problem[], say: Speak): Problem[] {
  return problems.map((p) => ({ ...p, message: fromZod(p.message, say) }));
}

function readYaml(contentDir: string, path: string, problems: Problem[]): unknown {
  const entry = inspect(contentDir, path);
  if (entry.kind === "missing") {
    problems.push({ file: path, field: "file", message: viaZod(M.fileMissing()) });
    return undefined;
  }
  if (entry.kind !== "file") {
    problems.push({ file: path, field: "file", message: viaZod(entry.kind === "refused" ? M.refusedFile(entry.reason) : M.folderNotYaml()) });
    return undefined;
  }
  const text = decodeText(readRegularFile(path));
  if (text === undefined) {
    problems.push({ file: path, field: "encoding", message: viaZod(M.notUtf8()) });
    return undefined;
  }
  try {
    return parseYaml(text);
  } catch (error) {
    const e = error as { reason?: string; message: string; mark?: { line: number; column: number } };
    problems.push({ file: path, line: (e.mark?.line ?? 0) + 1, column: (e.mark?.column ?? 0) + 1, field: "yaml", message: viaZod(M.settingsYamlMalformed({ reason: e.reason ?? e.message })) });
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
        ? viaZod(M.unknownSettings({ keys: issue.keys }))
        : issue.message;
    problems.push({ file, field: field.replace(/\.$/, "") || "file", message });
  }
  return undefined;
}

function readList<T extends { id: string }>(contentDir: string, file: string, schema: z.ZodType<T>, what: "sections" | "authors", problems: Problem[]): Map<string, T> | undefined {
  const list = readYaml(contentDir, file, problems);
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    problems.push({ file, field: what, message: viaZod(M.registryNotList({ list: what })) });
    return undefined;
  }
  const map = new Map<string, T>();
  list.forEach((item, i) => {
    const parsed = check(schema, item, file, problems, `${what}[${i + 1}].`);
    if (!parsed) return;
    if (map.has(parsed.id)) problems.push({ file, field: `${what}[${i + 1}].id`, message: viaZod(M.idTwice({ id: parsed.id })) });
    map.set(parsed.id, parsed);
  });
  return map;
}
