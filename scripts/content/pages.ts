/**
 * The publication's own pages (content/pages/*.md): who we are, how to reach us, the corrections
 * policy, privacy, the editorial standards. Checked as articles are where it applies (decision
 * 0041): the front matter against its schema, each problem at its field's line; the pictures and
 * the limits of the body; the typography lint. A page has no date, author or section: it is not
 * news, and it never enters the feeds, the listings or the search index.
 */
import { basename } from "node:path";
import { z } from "zod";
import { readRegularFile } from "../files/repository.ts";
import { closeBidi } from "../text/bidi-controls.ts";
import { LANGUAGES, type Direction, type Language } from "../text/languages.ts";
import { isoDate, text } from "./schema.ts";
import { parseDate } from "./dates.ts";
import { readSource, type SourceFile } from "./read-source.ts";
import { fieldLine } from "./field-lines.ts";
import { checkBodyImages } from "./body-images.ts";
import { checkBodyLimits } from "./limits.ts";
import { lintArticle } from "./lint/index.ts";
import { isArticleSlug, suggestArticleSlug } from "./slugs.ts";
import { closest } from "./suggest.ts";
import { fromZod, MESSAGES as M, speak, viaZod } from "./messages/index.ts";
import type { Registries } from "./registries.ts";
import type { Problem } from "./problems.ts";

/**
 * What a page is for the publication, in the footer's order: each role is one page, linked from
 * every page's footer and named in the publisher's structured data (scripts/render/structured-data.ts).
 */
export const PAGE_ROLES = ["about", "ethics", "corrections", "privacy", "contact"] as const;
export type PageRole = (typeof PAGE_ROLES)[number];

const pageFrontMatter = z.strictObject({
  title: text("title", "من نحن"),
  /** One or two sentences: the meta description, and the line under the title. */
  summary: text("summary", "جملة أو جملتان تعرّفان بالصفحة"),
  role: z.enum(PAGE_ROLES, { error: viaZod(M.oneOf({ values: PAGE_ROLES.join(", ") })) }).optional(),
  /** The day the page last changed: shown under it, and the sitemap's date. A policy says when it took effect. */
  updated: isoDate("updated").optional(),
  /** The name in the URL (/pages/<slug>/); the file's name without `.md` when left out. */
  slug: z.string({ error: viaZod(M.slugText()) }).optional(),
});

export const PAGE_FIELDS = Object.keys(pageFrontMatter.shape);

/** A page as the site renders it. */
export interface PublicationPage {
  slug: string;
  /** Path of the source file relative to where the command runs. */
  file: string;
  title: string;
  summary: string;
  role?: PageRole;
  updated?: Date;
  /** The site's: a page speaks for the publication. */
  lang: Language;
  dir: Direction;
}

/** A page file: where it is on disk, and its path as shown in messages. */
export interface PageFile {
  path: string;
  file: string;
}

export interface CheckedPages {
  /** In the footer's order: the roles' pages first, in PAGE_ROLES' order, then the others by slug. */
  pages: PublicationPage[];
  problems: Problem[];
  warnings: Problem[];
  /** The pages' text, for the webfont subset. */
  text: string;
}

export function checkPages(files: PageFile[], registries: Registries, contentDir: string): CheckedPages {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const pages: PublicationPage[] = [];
  let text = "";
  // Where each file's fields are, for the problems found across files.
  const sources = new Map<string, SourceFile>();
  for (const { path, file } of files) {
    const read = readSource(file, readRegularFile(path), registries.messages);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    text += read.source.yaml + read.source.body;
    sources.set(file, read.source);
    const checked = checkPage(read.source, registries, contentDir);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings, ...lintArticle(read.source, registries.site.digits, registries.messages));
    if (checked.page) pages.push(checked.page);
  }
  problems.push(...checkShared(pages, registries, sources));
  const rank = (p: PublicationPage) => (p.role ? PAGE_ROLES.indexOf(p.role) : PAGE_ROLES.length);
  pages.sort((a, b) => rank(a) - rank(b) || a.slug.localeCompare(b.slug));
  return { pages, problems, warnings, text };
}

function checkPage(source: SourceFile, registries: Registries, contentDir: string): { page?: PublicationPage; problems: Problem[]; warnings: Problem[] } {
  const say = speak(registries.messages);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (field: string) => ({ line: fieldLine(source, field) ?? source.bodyLine - 1, column: 1 });
  const report = (field: string, message: string) => problems.push({ file: source.file, field, message, ...at(field) });
  const { site } = registries;

  const parsed = pageFrontMatter.safeParse(source.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join(".");
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) report(key, say(M.unknownField({ suggestion: closest(key, PAGE_FIELDS), known: PAGE_FIELDS.join(", ") })));
      } else if (issue.code === "custom" && typeof source.data[field] === "string") {
        // A date the schema refused, said again in the site's time zone.
        const date = parseDate(source.data[field], site.timeZone);
        report(field, date.ok ? fromZod(issue.message, say) : say(date.reason));
      } else report(field || "front matter", fromZod(issue.message, say));
    }
  }
  if (source.body.trim() === "") problems.push({ file: source.file, field: "body", message: say(M.pageEmptyBody()), line: source.bodyLine - 1, column: 1 });
  problems.push(...checkBodyImages(source, contentDir, say), ...checkBodyLimits(source, say));
  if (!parsed.success) return { problems, warnings };
  const fm = parsed.data;

  const fileName = basename(source.file).replace(/\.md$/i, "").normalize("NFC");
  const slug = fm.slug ?? fileName;
  // Latin whatever the articles' policy: the footer's few addresses are typed and read out, and stay short.
  if (!isArticleSlug(slug, "latin")) report("slug", say(M.pageSlugRule({ value: slug, suggestion: suggestArticleSlug(slug) })));
  const updated = fm.updated === undefined ? undefined : parseDate(fm.updated, site.timeZone);

  // One-line fields: a direction control left open is closed at the field's end, as in an article.
  const oneLine = (field: string, value: string): string => {
    const closed = closeBidi(value);
    if (closed !== value) warnings.push({ file: source.file, field, message: say(M.openControl()), ...at(field) });
    return closed;
  };
  const title = oneLine("title", fm.title);
  const summary = oneLine("summary", fm.summary);
  if (problems.length || (updated && !updated.ok)) return { problems, warnings };
  return {
    problems,
    warnings,
    page: {
      slug,
      file: source.file,
      title,
      summary,
      ...(fm.role ? { role: fm.role } : {}),
      ...(updated?.ok ? { updated: updated.date } : {}),
      lang: site.language,
      dir: LANGUAGES[site.language],
    },
  };
}

/** One page per role, one page per address. */
function checkShared(pages: PublicationPage[], registries: Registries, sources: Map<string, SourceFile>): Problem[] {
  const say = speak(registries.messages);
  const problems: Problem[] = [];
  const report = (page: PublicationPage, field: string, message: string) => {
    const source = sources.get(page.file)!;
    problems.push({ file: page.file, line: fieldLine(source, field) ?? source.bodyLine - 1, column: 1, field, message });
  };
  const roles = new Map<string, PublicationPage>();
  const slugs = new Map<string, PublicationPage>();
  for (const page of [...pages].sort((a, b) => a.file.localeCompare(b.file))) {
    const slugFirst = slugs.get(page.slug);
    if (slugFirst) report(page, "slug", say(M.pageSlugTaken({ slug: page.slug, file: slugFirst.file })));
    else slugs.set(page.slug, page);
    if (!page.role) continue;
    const roleFirst = roles.get(page.role);
    if (roleFirst) report(page, "role", say(M.pageRoleTaken({ role: page.role, file: roleFirst.file })));
    else roles.set(page.role, page);
  }
  return problems;
}
