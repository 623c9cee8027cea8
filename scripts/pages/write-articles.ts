/**
 * Writes article pages, the full one and the lite one, with the page
 * templates in templates/articles/. The same loop runs on the main thread
 * for a small site and in each worker thread for a large one (pool.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { jsxToString } from "jsx-async-runtime";
import type { ArticlePage } from "../site/model.ts";
import { paths } from "../site/urls.ts";
import type { PageStore } from "../render/page-store.ts";
import { minifyStats } from "../render/minify.ts";
import type { WrittenArticle } from "../search/shards.ts";
import { searchDocument } from "../search/indexed-text.ts";
import type { ArticlePageData } from "../../templates/types.ts";
import type { Pictures } from "../render/images.ts";
import { frameKey, pageKey, picturesOf, type KeptPage } from "./kept-pages.ts";
import * as fullPage from "../../templates/articles/article.tsx";
import * as litePage from "../../templates/articles/lite-article.tsx";

/** What article pages read besides their own entry: the frame of the model and the assets built for this build. */
export type PageData = Omit<ArticlePageData, "entry" | "page">;

export interface WriteOptions {
  outputDir: string;
  /** A production build keeps its article pages for the next (page-store.ts); the preview does not. */
  store?: PageStore;
  /** With the store: each article's pages as the last build kept them (kept-pages.ts), by path. */
  kept?: ReadonlyMap<string, KeptPage>;
}

/** Seconds per phase, summed over this thread's pages. */
export interface WriteTimes {
  /** Rendering, without the time in the minifier (that is in its own figures, minify.ts). */
  render: number;
  write: number;
  pages: number;
  /** Pages linked as the last build kept them, without rendering. */
  unchanged: number;
  /** Section, tag and author pages (write-listings.ts); `pages` counts article pages only. */
  listings: number;
}

export interface WriteResult {
  times: WriteTimes;
  /** Each full page's path and the hash of what search reads of it (scripts/search/shards.ts). */
  written: WrittenArticle[];
  /** What to keep of each article's pages for the next build (production only). */
  kept: KeptPage[];
}

/** The file a site path is written to: /articles/x/ → articles/x/index.html. */
export function outputFile(outputDir: string, path: string): string {
  return join(outputDir, decodeURIComponent(path), "index.html");
}

export async function writeArticlePages(entries: Iterable<ArticlePage>, data: PageData, options: WriteOptions): Promise<WriteResult> {
  const result: WriteResult = { times: { render: 0, write: 0, pages: 0, unchanged: 0, listings: 0 }, written: [], kept: [] };
  const { store } = options;
  const frame = store ? frameKey(data.newsroom, data.assets) : "";
  for (const folder of [paths.article("x"), paths.liteArticle("x")]) await mkdir(dirname(dirname(outputFile(options.outputDir, folder))), { recursive: true });
  for (const entry of entries) {
    const files = { full: outputFile(options.outputDir, entry.path), lite: outputFile(options.outputDir, paths.liteArticle(entry.article.slug)) };
    if (!store) {
      await render(entry, data, files, options, result);
      continue;
    }
    const source = readFileSync(entry.article.file);
    const last = options.kept?.get(entry.path);
    // A picture the last pages used may be gone, with the body that named it: then the page is simply rendered again.
    const lastPictures = last && store.has(last.full) && store.has(last.lite) ? await picturesOf(last.pictures, data.images).catch(() => undefined) : undefined;
    if (last && lastPictures && pageKey(frame, entry, source, last.pictures, lastPictures) === last.key) {
      const started = performance.now();
      makeFolder(files.full);
      makeFolder(files.lite);
      const placed = store.place(last.full, files.full) && store.place(last.lite, files.lite);
      result.times.write += (performance.now() - started) / 1000;
      if (placed) {
        result.times.unchanged += 2;
        result.written.push({ path: entry.path, hash: last.search });
        result.kept.push(last);
        continue;
      }
      // Rendered below after all; the output file must not stay a link to a kept page it would overwrite.
      rmSync(files.full, { force: true });
    }
    // The picture paths the pages ask for, which only rendering the body tells.
    const used = new Set<string>();
    const images: Pictures = { picture: (src) => (used.add(src), data.images.picture(src)) };
    const keys = await render(entry, { ...data, images }, files, options, result);
    const pictures = [...used].sort();
    const key = pageKey(frame, entry, source, pictures, await picturesOf(pictures, data.images));
    result.kept.push({ path: entry.path, key, full: keys.full!, lite: keys.lite!, search: result.written.at(-1)!.hash, pictures });
  }
  return result;
}

/** Renders and writes one article's two pages; returns the kept pages' keys (production). */
async function render(entry: ArticlePage, data: PageData, files: { full: string; lite: string }, options: WriteOptions, result: WriteResult) {
  let started = performance.now();
  const minifiedBefore = minifyStats.seconds;
  const [full, lite] = await Promise.all([
    fullPage.render({ ...data, entry, page: { url: entry.path, outputPath: false } }).then((page) => jsxToString(page)),
    litePage.render({ ...data, entry, page: { url: paths.liteArticle(entry.article.slug), outputPath: false } }).then((page) => jsxToString(page)),
  ]);
  result.times.render += (performance.now() - started) / 1000 - (minifyStats.seconds - minifiedBefore);

  started = performance.now();
  const [fullKey, liteKey] = await Promise.all([write(full, files.full, options), write(lite, files.lite, options)]);
  result.times.write += (performance.now() - started) / 1000;
  result.times.pages += 2;
  // Only the part Pagefind reads: an edited headline changes the related lists on many pages, not their index entries.
  result.written.push({ path: entry.path, hash: createHash("sha1").update(searchDocument(full)).digest("base64url") });
  return { full: fullKey, lite: liteKey };
}

/** One level (the article's folder): the parents (articles/, lite/articles/) exist. */
function makeFolder(file: string): void {
  // Synchronous: a promise round trip through libuv's thread pool cost more than the system call itself.
  try {
    mkdirSync(dirname(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

/** Writes a rendered page, and keeps it in the store if there is one; returns its key there. */
export async function write(html: string, file: string, { store }: Pick<WriteOptions, "store">): Promise<string | undefined> {
  makeFolder(file);
  if (store) return store.write(html, file);
  await writeFile(file, html);
  return undefined;
}
