/**
 * Reads and checks every content file: the registries and all articles,
 * plus the typography lint (warnings). Pure of Eleventy, so the build,
 * `npm run check` and the tests share it.
 */
import { join, relative, sep } from "node:path";
import { isRegularFile, readRegularFile, walk, type Refusal } from "../files/repository.ts";
import { nameKey, unsafeSegment } from "../text/name-key.ts";
import { loadRegistries, type Registries } from "./registries.ts";
import { readSource } from "./read-source.ts";
import { loadSearchVariants } from "./search-variants.ts";
import { checkArticle } from "./check-article.ts";
import { checkCrossReferences } from "./cross-references.ts";
import { checkTagSpellings } from "./name-variants.ts";
import { checkPlaceholders } from "./placeholders.ts";
import { checkBodyLimits } from "./limits.ts";
import { fieldLine } from "./field-lines.ts";
import { lintArticle } from "./lint/index.ts";
import { sortProblems, type Problem } from "./problems.ts";
import { checkAuthorPhotos, loadFrontPage, type FrontPage } from "./front-page.ts";
import type { Article } from "./schema.ts";
import { checkPages, type PageFile, type PublicationPage } from "./pages.ts";
import type { Language } from "../text/languages.ts";
import { MESSAGES as M, speak, type Speak, type Texts } from "./messages/index.ts";
import { toZonedIso } from "../text/time-zones.ts";

export interface Content extends Registries {
  /** Spellings search treats as one (content/search-variants.yaml), entry by entry. */
  searchVariants: string[][];
  /** Every valid article, drafts and embargoed ones included, newest first. */
  articles: Article[];
  /**
   * The characters beyond ASCII of each article file, one file after another (so with repeats), for
   * the webfont subset (scripts/assets/fonts.ts). Text, not a set: the preview loads the content on
   * every save and never subsets, and a set's insertions would cost it time on a large archive.
   */
  characters: string;
  /** What the editor put on the home page (content/front-page.yaml). */
  frontPage: FrontPage;
  /** The publication's own pages (content/pages/), in the footer's order. */
  pages: PublicationPage[];
}

/** Errors stop the build; warnings (typography) are printed and do not. */
export type LoadResult = ({ ok: true; content: Content } | { ok: false; problems: Problem[] }) & {
  warnings: Problem[];
  /** The language the problems are written in (Registries.messages). */
  language: Language;
};

export interface LoadOptions {
  contentDir: string;
  /** Replaces `url` from site.yaml (SITE_URL in CI). */
  siteUrl?: string;
  /** The language of messages (--lang), instead of the one site.yaml names. */
  language?: Language;
  /** The build's clock: a draft dated long before it is a warning. */
  now?: () => Date;
}

/** An article file: where it is on disk, and its path as shown in messages. */
export interface ArticleFile {
  path: string;
  file: string;
}

/** One article file on its own: the article if it is valid, its problems, its typography warnings. */
export interface CheckedFile {
  article?: Article;
  problems: Problem[];
  warnings: Problem[];
  /** Its distinct characters beyond ASCII: gathered while the text is at hand, so the subset needs no second read of the archive. */
  characters: string;
}

/** Checks article files against one set of registries; the preview's remembers unchanged files (article-check-cache.ts). */
export type ArticleChecker = (registries: Registries, contentDir: string) => (file: ArticleFile) => CheckedFile;

/**
 * Reads and checks one file; what needs every article at once (slugs, `related`) is checked afterwards.
 * `bytes`: the file's bytes, when the caller read them already (check-cache.ts hashes them first).
 */
export function checkArticleFile(
  { path, file }: ArticleFile,
  registries: Registries,
  contentDir: string,
  exists: (path: string) => boolean = (path) => isRegularFile(contentDir, path),
  // The walk of the content folder listed this file as a regular file in a folder reached without a link.
  bytes: Uint8Array = readRegularFile(path),
): CheckedFile {
  const read = readSource(file, bytes, registries.messages);
  if (!read.ok) return { problems: [read.problem], warnings: [], characters: "" };
  const checked = checkArticle(read.source, registries, contentDir, exists);
  const say = speak(registries.messages);
  return {
    ...(checked.article ? { article: checked.article } : {}),
    problems: [...checked.problems, ...checkPlaceholders(read.source, say), ...checkBodyLimits(read.source, say)],
    warnings: [...checked.warnings, ...lintArticle(read.source, registries.site.digits, registries.messages)],
    characters: distinctCharacters(read.source.yaml + read.source.body),
  };
}

const checkEveryFile: ArticleChecker = (registries, contentDir) => (file) => checkArticleFile(file, registries, contentDir);

/** Reports every problem in the content at once, or returns it all checked. */
export function loadContent({ contentDir, siteUrl, language, now }: LoadOptions, checker: ArticleChecker = checkEveryFile): LoadResult {
  // The door first (scripts/files/): while the content folder holds a link, no file of it is read,
  // so not even a message about a file can quote what a link points at.
  const { articles: files, pages: pageFiles, refused, unsafe } = contentFiles(contentDir);
  if (refused.length) {
    // No file is read while the door refuses one, site.yaml included: the language is --lang's, else the newsroom's.
    const say = speak(language ?? "ar");
    return { ok: false, problems: sortProblems(refused.map((r) => fileProblem(r.path, say(M.refusedFile(r.reason))))), warnings: [], language: language ?? "ar" };
  }
  const loaded = loadRegistries(contentDir, siteUrl, language);
  if (!loaded.ok)
    return { ok: false, problems: sortProblems(loaded.problems.map((p) => ({ ...p, file: display(p.file) }))), warnings: [], language: loaded.messages };
  // Spelling variants for search are checked with the rest, and carried with the registries.
  const variants = loadSearchVariants(contentDir, display, speak(loaded.registries.messages));
  const registries = { ...loaded.registries, searchVariants: variants.spellings };

  const problems: Problem[] = [...variants.problems];
  const warnings: Problem[] = loaded.warnings.map((p) => ({ ...p, file: display(p.file) }));
  const articles: Article[] = [];
  const characters: string[] = [];
  problems.push(...unsafe.map((u) => fileProblem(u.path, speak(registries.messages)(u.texts))));
  const check = checker(registries, contentDir);
  for (const file of files) {
    const checked = check(file);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    if (checked.article) articles.push(checked.article);
    characters.push(checked.characters);
  }
  const say = speak(registries.messages);
  problems.push(...checkCrossReferences(articles, say, contentDir).map(withLine));
  if (now) warnings.push(...longAgoDrafts(articles, now(), registries.site.timeZone, say).map(withLine));
  warnings.push(...checkTagSpellings(articles, say).map(withLine));
  const pages = checkPages(pageFiles, registries, contentDir);
  problems.push(...pages.problems);
  warnings.push(...pages.warnings);
  characters.push(distinctCharacters(pages.text));
  const front = loadFrontPage(contentDir, display(join(contentDir, "front-page.yaml")), registries, articles);
  problems.push(...front.problems, ...checkAuthorPhotos(contentDir, registries));
  if (problems.length) return { ok: false, problems: sortProblems(problems), warnings: sortProblems(warnings), language: registries.messages };
  articles.sort(newestFirst);
  return {
    ok: true,
    content: { ...registries, articles, characters: characters.join(""), frontPage: front.frontPage, pages: pages.pages },
    warnings: sortProblems(warnings),
    language: registries.messages,
  };
}

/** Years before the build's clock past which a draft's date is most likely a mistyped year. */
const LONG_AGO_YEARS = 2;

/** Drafts, articles still being written, dated years ago: `2016` typed for `2026` would bury the story deep in the archive. */
function longAgoDrafts(articles: Article[], now: Date, timeZone: string, say: Speak): Problem[] {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - LONG_AGO_YEARS);
  return articles
    .filter((a) => a.draft && a.date < limit)
    .map((a) => ({ file: a.file, field: "date", message: say(M.farPast({ value: toZonedIso(a.date, timeZone).slice(0, 10), years: LONG_AGO_YEARS })) }));
}

/** Generation marks per UTF-16 code unit: a table lookup per character, where a Set of a 5,000-character body cost ten times more. */
const seen = new Uint32Array(0x10000);
let generation = 0;

function distinctCharacters(text: string): string {
  generation++;
  let found = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      // A character beyond the BMP: kept whole, without the table; rare enough to repeat.
      found += String.fromCodePoint(text.codePointAt(i)!);
      i++;
    } else if (seen[unit] !== generation) {
      seen[unit] = generation;
      found += text[i];
    }
  }
  return found;
}

function newestFirst(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

/**
 * Cross-reference checks run on parsed articles; find the line again for the
 * message: for `related`, the line of the slug itself, where GitHub shows it.
 */
function withLine(problem: Problem): Problem {
  // Only the lines are read here; the language of a message about the file does not matter.
  const read = readSource(problem.file, readRegularFile(problem.file), "en");
  if (!read.ok) return problem;
  let line = fieldLine(read.source, problem.field);
  // The value a message opens with, in quotes; in Arabic, inside a direction isolate.
  const slug = /^\u2068?"([^"]+)"/.exec(problem.message)?.[1];
  if (line && slug && (problem.field === "related" || problem.field === "tags")) {
    const lines = read.source.yaml.split("\n");
    for (let i = line - 2; i < lines.length; i++) {
      if (i > line - 2 && /^[A-Za-z_]/.test(lines[i]!)) break;
      if (lines[i]!.includes(slug)) {
        line = i + 2;
        break;
      }
    }
  }
  return line ? { ...problem, line, column: 1 } : problem;
}

/**
 * Each article's path on disk and as shown in messages, and every link or special file anywhere in
 * the content folder: the pictures folder is published whole, so a link there is as bad as one
 * among the articles.
 */
function contentFiles(contentDir: string): { articles: ArticleFile[]; pages: PageFile[]; refused: Refusal[]; unsafe: UnsafeFile[] } {
  const { files, refused } = walk(contentDir, contentDir);
  return { articles: markdownUnder(contentDir, "articles", files), pages: markdownUnder(contentDir, "pages", files), refused, unsafe: unsafeNames(contentDir, files) };
}

/** The Markdown files under one folder of the content, sorted, each with its path as shown in messages. */
function markdownUnder(contentDir: string, folder: string, files: string[]): ArticleFile[] {
  // The shown path is worked out once for the folder: path.relative per file cost more than parsing its YAML.
  // Names come from the folder listing, already normalised, so they are joined as strings.
  const dir = join(contentDir, folder);
  const shown = display(dir);
  const prefix = shown ? `${shown}/` : "";
  const under = `${folder}${sep}`;
  return files
    .filter((name) => name.startsWith(under) && name.endsWith(".md"))
    .map((name) => name.slice(under.length))
    .sort()
    .map((name) => ({ path: `${dir}${sep}${name}`, file: prefix + (sep === "/" ? name : name.split(sep).join("/")) }));
}

/** A file or folder whose name some editor's computer cannot hold, and why. */
interface UnsafeFile {
  path: string;
  texts: Texts;
}

/** Files and folders whose names some editor's computer cannot hold (AUX, a name of 300 bytes). */
function unsafeNames(contentDir: string, files: string[]): UnsafeFile[] {
  const found: UnsafeFile[] = [];
  const folders = new Set<string>();
  // Two files whose names differ only in case or look-alikes are one file on macOS and Windows.
  const keys = new Map<string, string>();
  for (const name of [...files].sort()) {
    const key = nameKey(name);
    const first = keys.get(key);
    if (first === undefined) keys.set(key, name);
    else
      found.push({
        path: `${contentDir}${sep}${name}`,
        texts: M.sameName({ first: first.split(sep).join("/") }),
      });
  }
  for (const name of files) {
    let end = name.lastIndexOf(sep);
    const unsafe = unsafeSegment(name.slice(end + 1));
    if (unsafe) found.push({ path: `${contentDir}${sep}${name}`, texts: M.unsafeName(unsafe) });
    // Each folder once, from the file's own upwards, until one already seen.
    while (end > 0 && !folders.has(name.slice(0, end))) {
      const folder = name.slice(0, end);
      folders.add(folder);
      const start = folder.lastIndexOf(sep);
      const reason = unsafeSegment(folder.slice(start + 1));
      if (reason) found.push({ path: `${contentDir}${sep}${folder}`, texts: M.unsafeName(reason) });
      end = start;
    }
  }
  return found;
}

/** A link, a special file or an unsafe name in the content folder: an error, as any content problem, which stops the build. */
function fileProblem(path: string, message: string): Problem {
  return { file: display(path), field: "file", message };
}

/** Paths in messages are relative to where the command runs, with forward slashes. */
function display(path: string): string {
  return relative(process.cwd(), path).split(sep).join("/");
}
