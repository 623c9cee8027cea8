/**
 * The search index comes in parts by date: /pagefind/2026/, /pagefind/2025/…, each a complete
 * Pagefind bundle that the search page merges in the reader's browser; a year with more than
 * PART_SIZE articles is split into runs of months (/pagefind/2025-07/). Each part is kept in the
 * build cache under a fingerprint of its pages, so a push re-indexes only the parts it changed.
 * Why parts, and why by the calendar: docs/decisions/0006-search-index-in-parts-by-date.md.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../content/schema.ts";
import { BUNDLE_DIR } from "./config.ts";

/** A written article page, as its search index part knows it. */
export interface WrittenArticle {
  /** Site path, e.g. /articles/x/. */
  path: string;
  /** A hash of what Pagefind reads of the page (the article: scripts/search/indexed-text.ts). */
  hash: string;
}

/** The most articles a part should hold: Pagefind's time and memory grow faster than a part's pages. */
export const PART_SIZE = 4000;
/** How a year can be split: into 1, 2, 3, 4, 6 or 12 equal runs of months. */
const SPLITS = [1, 2, 3, 4, 6, 12];

type Dated = Pick<Article, "date">;

/**
 * Names each article's part, under the bundle folder: its year ("2025"), or, in a year split into
 * runs of months, the year and the run's first month ("2025-07"). A year is split into the fewest
 * runs that keep each under PART_SIZE articles (a month over it stays whole).
 */
export function partsOf(articles: Dated[]): (article: Dated) => string {
  const months = new Map<number, number[]>();
  for (const { date } of articles) {
    const year = date.getUTCFullYear();
    const counts = months.get(year) ?? months.set(year, new Array<number>(12).fill(0)).get(year)!;
    counts[date.getUTCMonth()]!++;
  }
  const runLength = new Map<number, number>();
  for (const [year, counts] of months) {
    const runs =
      SPLITS.find((k) =>
        Array.from({ length: k }, (_, i) =>
          counts.slice((i * 12) / k, ((i + 1) * 12) / k).reduce((a, b) => a + b, 0),
        ).every((n) => n <= PART_SIZE),
      ) ?? 12;
    runLength.set(year, 12 / runs);
  }
  return ({ date }) => {
    const year = date.getUTCFullYear();
    const length = runLength.get(year) ?? 12;
    if (length === 12) return String(year);
    const first = Math.floor(date.getUTCMonth() / length) * length + 1;
    return `${year}-${String(first).padStart(2, "0")}`;
  };
}

/** Every part the search page loads, newest first (the first is the one whose script runs the search). */
export function partNames(articles: Dated[]): string[] {
  return [...new Set(articles.map(partsOf(articles)))].sort().reverse();
}

/** The site paths of those parts' folders, as the search page lists them. */
export function searchBundles(articles: Dated[]): string[] {
  return partNames(articles).map((part) => `/${BUNDLE_DIR}/${part}/`);
}

const PAGEFIND_VERSION = packageVersion("pagefind");
/** The code that turns a page into what is indexed: a change to it must re-index every part. */
const INDEXING_CODE = ["normalize.ts", "terms.ts", "indexed-text.ts", "config.ts"].map((f) =>
  readFileSync(new URL(f, import.meta.url), "utf8"),
);

/**
 * Identifies a part by everything that decides its files: Pagefind's
 * version, the indexing code, the site's language, the spelling variants, and each page with its
 * tags (indexed too) and the hash of its indexed HTML.
 */
export function fingerprint(
  language: string,
  pages: { path: string; hash: string; tags: string[] }[],
  variants: unknown = [],
): string {
  const hash = createHash("sha256").update(JSON.stringify([PAGEFIND_VERSION, language, INDEXING_CODE, variants]));
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : 1)))
    hash.update(`${page.path}\n${page.hash}\n${page.tags.join("\t")}\n`);
  return hash.digest("base64url").slice(0, 32);
}

/** Pagefind does not export its package.json: find it above the module's entry file. */
function packageVersion(name: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.resolve(name))); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version: string };
    if (manifest.name === name) return manifest.version;
  }
  throw new Error(`Cannot find the version of ${name}.`);
}
