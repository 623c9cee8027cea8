/**
 * Writes article pages, the full one and the lite one, with the page
 * templates in templates/articles/. The same loop runs on the main thread
 * for a small site and in each worker thread for a large one (pool.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { jsxToString } from "jsx-async-runtime";
import type { ArticlePage } from "../site/model.ts";
import { paths } from "../site/urls.ts";
import type { MinifiedPages } from "../render/minified-pages.ts";
import type { WrittenArticle } from "../search/shards.ts";
import { searchDocument } from "../search/indexed-text.ts";
import type { SiteData } from "../../templates/types.ts";
import * as fullPage from "../../templates/articles/article.tsx";
import * as litePage from "../../templates/articles/lite-article.tsx";

/** What article pages read besides their own entry: the model and the assets built for this build. */
export type PageData = Omit<SiteData, "page">;

export interface WriteOptions {
  outputDir: string;
  /** A production build minifies (each distinct page once); the preview writes pages as rendered. */
  minifier?: MinifiedPages;
}

/** Seconds per phase, summed over this thread's pages. */
export interface WriteTimes {
  render: number;
  /** Writing, without the time in the minifier (that is in the minifier's own figures). */
  write: number;
  pages: number;
}

/** The file a site path is written to: /articles/x/ → articles/x/index.html. */
export function outputFile(outputDir: string, path: string): string {
  return join(outputDir, decodeURIComponent(path), "index.html");
}

/** Writes the pages; returns the time spent and each full page's path and hash, for the search index (scripts/search/shards.ts). */
export async function writeArticlePages(entries: Iterable<ArticlePage>, data: PageData, options: WriteOptions): Promise<{ times: WriteTimes; written: WrittenArticle[] }> {
  const times: WriteTimes = { render: 0, write: 0, pages: 0 };
  const written: WrittenArticle[] = [];
  for (const folder of [paths.article("x"), paths.liteArticle("x")]) await mkdir(dirname(dirname(outputFile(options.outputDir, folder))), { recursive: true });
  for (const entry of entries) {
    let started = performance.now();
    const litePath = paths.liteArticle(entry.article.slug);
    const [full, lite] = await Promise.all([
      fullPage.render({ ...data, entry, page: { url: entry.path, outputPath: false } }).then((page) => jsxToString(page)),
      litePage.render({ ...data, entry, page: { url: litePath, outputPath: false } }).then((page) => jsxToString(page)),
    ]);
    times.render += (performance.now() - started) / 1000;

    started = performance.now();
    const minifiedBefore = options.minifier?.stats.seconds ?? 0;
    await Promise.all([write(full, outputFile(options.outputDir, entry.path), options), write(lite, outputFile(options.outputDir, litePath), options)]);
    times.write += (performance.now() - started) / 1000 - ((options.minifier?.stats.seconds ?? 0) - minifiedBefore);
    times.pages += 2;
    // Only the part Pagefind reads: an edited headline changes the related lists on many pages, not their index entries.
    written.push({ path: entry.path, hash: createHash("sha1").update(searchDocument(full)).digest("base64url") });
  }
  return { times, written };
}

async function write(html: string, file: string, { minifier }: WriteOptions): Promise<void> {
  // The parents (articles/, lite/articles/) exist, so one level is made, synchronously: a promise
  // round trip through libuv's thread pool cost more than the system call itself.
  try {
    mkdirSync(dirname(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if (minifier) return minifier.write(html, file);
  await writeFile(file, html);
}
