/**
 * The search index comes in yearly parts: /pagefind/2026/, /pagefind/2025/…,
 * each a complete Pagefind bundle, which the search page merges in the
 * reader's browser (Pagefind's multisite mode).
 *
 * Why: Pagefind's indexing time and memory grow faster than the number of
 * pages (10,000 articles in one index: about 40 s and 2 GB here), while a
 * year of news is a size it handles quickly. And a past year rarely changes:
 * each part is kept in the build cache under a fingerprint of the pages it
 * indexes, so a push that edits today's story re-indexes this year only.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../content/schema.ts";

/** A written article page, as its search index part knows it. */
export interface WrittenArticle {
  /** Site path, e.g. /articles/x/. */
  path: string;
  /** A hash of what Pagefind reads of the page (the article: scripts/search/indexed-text.ts). */
  hash: string;
}

/** The folder of one part, under the bundle folder: its year. */
export function shardOf(article: Pick<Article, "date">): string {
  return String(article.date.getUTCFullYear());
}

/** Every part the search page loads, newest first (the first is the one whose script runs the search). */
export function shardNames(articles: Pick<Article, "date">[]): string[] {
  return [...new Set(articles.map(shardOf))].sort().reverse();
}

const PAGEFIND_VERSION = packageVersion("pagefind");
/** The code that turns a page into what is indexed: a change to it must re-index every part. */
const INDEXING_CODE = ["normalize.ts", "indexed-text.ts", "config.ts"].map((f) => readFileSync(new URL(f, import.meta.url), "utf8"));

/**
 * Identifies a part by everything that decides its files: Pagefind's
 * version, the indexing code, the site's language, and each page with its
 * tags (indexed too) and the hash of its indexed HTML.
 */
export function fingerprint(language: string, pages: { path: string; hash: string; tags: string[] }[]): string {
  const hash = createHash("sha256").update(JSON.stringify([PAGEFIND_VERSION, language, INDEXING_CODE]));
  for (const page of [...pages].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`${page.path}\n${page.hash}\n${page.tags.join("\t")}\n`);
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
