/**
 * Writes the archive's pages: every article's full and lite page, and the
 * section, tag and author pages, from the route table (templates/routes.ts).
 * The same loops run on the main thread for a small site and in each worker
 * thread for a large one (workers.ts). Eleventy writes the site-wide pages
 * meanwhile (docs/decisions/0002-eleventy-is-the-host.md).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { ArticlePage } from "../site/model.ts";
import type { ListingPage } from "../site/listings.ts";
import { paths } from "../site/urls.ts";
import { minifyStats } from "../render/minify.ts";
import type { Pictures, SitePageData } from "../render/page-data.ts";
import { articleRoutes, listingRoute, renderRoute, type ArticleFrameData } from "../../templates/routes.ts";
import { outputFile } from "../cache/files.ts";
import type { WrittenArticle } from "../search/parts.ts";
import { searchDocument } from "../search/indexed-text.ts";
import type { PageStore } from "./page-store.ts";
import { frameKey, pageKey, picturesOf, type KeptPage } from "./kept-pages.ts";

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

/** Writes each article's full and lite pages, or links them from the page store when their inputs are unchanged. */
export async function writeArticlePages(entries: Iterable<ArticlePage>, data: ArticleFrameData, options: WriteOptions): Promise<WriteResult> {
  const result: WriteResult = { times: { render: 0, write: 0, pages: 0, unchanged: 0, listings: 0 }, written: [], kept: [] };
  const { store } = options;
  const frame = store ? frameKey(data.newsroom, data.assets) : "";
  for (const folder of [paths.article("x"), paths.liteArticle("x")]) await mkdir(dirname(dirname(outputFile(options.outputDir, folder))), { recursive: true });
  for (const entry of entries) {
    const routes = articleRoutes(entry);
    const files = { full: outputFile(options.outputDir, routes.full.path), lite: outputFile(options.outputDir, routes.lite.path) };
    if (!store) {
      await render(routes, data, files, options, result);
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
        result.written.push({ path: routes.full.path, hash: last.search });
        result.kept.push(last);
        continue;
      }
      // Rendered below after all; the output file must not stay a link to a kept page it would overwrite.
      rmSync(files.full, { force: true });
    }
    // The picture paths the pages ask for, which only rendering the body tells.
    const used = new Set<string>();
    const images: Pictures = { picture: (src) => (used.add(src), data.images.picture(src)) };
    const keys = await render(routes, { ...data, images }, files, options, result);
    const pictures = [...used].sort();
    const key = pageKey(frame, entry, source, pictures, await picturesOf(pictures, data.images));
    result.kept.push({ path: entry.path, key, full: keys.full!, lite: keys.lite!, search: result.written.at(-1)!.hash, pictures });
  }
  return result;
}

/** Renders and writes one article's two pages; returns the kept pages' keys (production). */
async function render(routes: ReturnType<typeof articleRoutes>, data: ArticleFrameData, files: { full: string; lite: string }, options: WriteOptions, result: WriteResult) {
  let started = performance.now();
  const minifiedBefore = minifyStats.seconds;
  const [full, lite] = await Promise.all([renderRoute(routes.full, data), renderRoute(routes.lite, data)]);
  result.times.render += (performance.now() - started) / 1000 - (minifyStats.seconds - minifiedBefore);

  started = performance.now();
  const [fullKey, liteKey] = await Promise.all([write(full, files.full, options), write(lite, files.lite, options)]);
  result.times.write += (performance.now() - started) / 1000;
  result.times.pages += 2;
  // Only the part Pagefind reads: an edited headline changes the related lists on many pages, not their index entries.
  result.written.push({ path: routes.full.path, hash: createHash("sha1").update(searchDocument(full)).digest("base64url") });
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

/**
 * Writes section, tag and author pages. Rendered every time (cheap, and a new article moves every
 * page of its section), but most come out the same as last time: those are linked from the page
 * store instead of written.
 */
export async function writeListingPages(pages: Iterable<ListingPage>, data: SitePageData, options: Pick<WriteOptions, "outputDir" | "store">, times: WriteTimes): Promise<void> {
  const made = new Set<string>();
  for (const page of pages) {
    let started = performance.now();
    const html = await renderRoute(listingRoute(page), data);
    times.render += (performance.now() - started) / 1000;

    started = performance.now();
    const file = outputFile(options.outputDir, page.path);
    // write() makes the page's own folder; its parent (a tag's folder for its page/2/…) is made here, once.
    const parent = dirname(dirname(file));
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await write(html, file, options);
    times.write += (performance.now() - started) / 1000;
    times.listings++;
  }
}
