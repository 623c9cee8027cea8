/**
 * Writes the archive's pages: every article's full and lite page, and the
 * section, tag and author pages, from the route table (templates/routes.ts).
 * The same loops run on the main thread for a small site and in each worker
 * thread for a large one (workers.ts). Eleventy writes the site-wide pages
 * meanwhile (docs/decisions/0002-eleventy-is-the-host.md).
 */
import { createHash } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { readRegularFile } from "../files/repository.ts";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ArticlePage } from "../site/model.ts";
import type { ListingPage } from "../site/listings.ts";
import { paths } from "../site/urls.ts";
import type { MinifyStats } from "../render/minify.ts";
import type { ArticleBodies, Pictures, ShareCard, SitePageData } from "../render/page-data.ts";
import { articleRoutes, listingRoute, renderRoute, type ArticleFrameData } from "../../templates/routes.ts";
import { outputFile } from "../cache/files.ts";
import type { WrittenArticle } from "../search/parts.ts";
import { searchDocument } from "../search/indexed-text.ts";
import {
  articleKey,
  bodiesHash,
  bodyBaseKey,
  bodyKey,
  frameKey,
  picturesOf,
  recordedBody,
  type ArticleRecord,
  type BodyRecord,
  type PageCache,
} from "./page-cache.ts";

export interface WriteOptions {
  outputDir: string;
  /** A production build keeps its pages for the next (page-cache.ts). */
  cache?: PageCache;
  /** With the cache: what the last build made of each article, by path. */
  records?: ReadonlyMap<string, ArticleRecord>;
  /** With the cache: the site published now, whose unchanged pages kept pages are linked to. */
  published?: string;
}

/** Seconds per phase, summed over this thread's pages. */
export interface WriteTimes {
  /** Rendering, without the time in the minifier (that is in its own figures, minify.ts). */
  render: number;
  write: number;
  pages: number;
  /** Article pages reused from the page cache, without rendering. */
  reused: number;
  /** Section, tag and author pages; `pages` counts article pages only. */
  listings: number;
}

export interface WriteResult {
  times: WriteTimes;
  /** Each full page's path and the hash of what search reads of it (scripts/search/parts.ts). */
  written: WrittenArticle[];
  /** What this build made of each article, for the next (production only). */
  records: ArticleRecord[];
  /** Markdown bodies minified, and the time it took. */
  minify: MinifyStats;
  /** The share cards that kept pages link, for the picture pipeline to copy into the site. */
  cards: ShareCard[];
}

/** Writes each article's full and lite pages, or links them from the page cache when their inputs are unchanged. */
export async function writeArticlePages(
  entries: Iterable<ArticlePage>,
  data: ArticleFrameData,
  options: WriteOptions,
): Promise<WriteResult> {
  const result: WriteResult = {
    times: { render: 0, write: 0, pages: 0, reused: 0, listings: 0 },
    written: [],
    records: [],
    minify: { fragments: 0, seconds: 0 },
    cards: [],
  };
  data = { ...data, minify: result.minify };
  const { cache } = options;
  const frame = cache ? frameKey(data.newsroom, data.assets) : "";
  const bodyBase = cache ? bodyBaseKey(data.newsroom) : "";
  const published = (path: string) => options.published && outputFile(options.published, path);
  for (const folder of [paths.article("x"), paths.liteArticle("x")])
    await mkdir(dirname(dirname(outputFile(options.outputDir, folder))), { recursive: true });
  for (const entry of entries) {
    const routes = articleRoutes(entry);
    const files = {
      full: outputFile(options.outputDir, routes.full.path),
      lite: outputFile(options.outputDir, routes.lite.path),
    };
    // A live page's updates are small and change with every update: written each build, never kept.
    if (routes.updates) {
      const file = join(options.outputDir, routes.updates.path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, await renderRoute(routes.updates, data));
    }
    if (!cache) {
      await render(routes, data, files, options, result, false);
      continue;
    }
    const source = readRegularFile(entry.article.file);
    const last = options.records?.get(entry.path);
    // A picture the last pages used may be gone, with the body that named it: then the page is simply rendered again.
    // So is a page whose record does not list its share cards (written before there were any).
    const lastPictures =
      last && cache.has(last.full) && cache.has(last.lite) && Array.isArray(last.cards)
        ? await picturesOf(last.pictures, data.images).catch(() => undefined)
        : undefined;
    // Set when the kept pages could not be reused: damaged, or pruned by another build.
    let reuseFailed = false;
    if (last && lastPictures && articleKey(frame, entry, source, last.pictures, lastPictures) === last.key) {
      const started = performance.now();
      makeFolder(files.full);
      makeFolder(files.lite);
      const reused =
        cache.reuse(last.full, files.full, published(routes.full.path)) &&
        cache.reuse(last.lite, files.lite, published(routes.lite.path));
      result.times.write += (performance.now() - started) / 1000;
      if (reused) {
        // Handed to the pipeline afterwards, all at once: asking the main thread for each card made every
        // kept article wait for its answer (10,000 round trips at 10,000 articles).
        result.cards.push(...last.cards);
        result.times.reused += 2;
        result.written.push({ path: routes.full.path, hash: last.search });
        result.records.push(last);
        continue;
      }
      // Rendered below after all; the output file must not stay a link to a stored page it would overwrite.
      rmSync(files.full, { force: true });
      reuseFailed = true;
    }
    // The picture paths the pages ask for, which only rendering the body tells.
    const used = new Set<string>();
    const cards: ShareCard[] = [];
    const images: Pictures = {
      picture: (src) => (used.add(src), data.images.picture(src)),
      shareCard: (card) => (cards.push(card), data.images.shareCard(card)),
    };
    // A change to the frame alone (a template) leaves the body as the kept pages show it: taken from
    // there, it is neither rendered nor minified again.
    const bodies: ArticleBodies = { shown: { pictures: new Set() } };
    const lastBody = last && !entry.article.live ? recordedBody(last) : undefined;
    const kept = lastBody && (await keptBodies(last!, lastBody, cache, bodyBase, entry, source, data));
    if (kept) {
      bodies.kept = kept;
      for (const src of lastBody.pictures) {
        used.add(src);
        bodies.shown.pictures.add(src);
      }
    }
    const written = await render(routes, { ...data, images, bodies }, files, options, result, reuseFailed);
    const place = entry.article.live ? undefined : bodyPlace(bodies.shown, written.html);
    let body: { body?: BodyRecord } = {};
    if (place) {
      const sources = [...bodies.shown.pictures].sort();
      // A kept body's key was checked against this build's inputs (keptBodies): it is the new body's key too.
      const key =
        kept && lastBody
          ? lastBody.key
          : bodyKey(bodyBase, entry, source, sources, await picturesOf(sources, data.images));
      body = { body: { key, pictures: sources, ...place } };
    }
    const pictures = [...used].sort();
    const key = articleKey(frame, entry, source, pictures, await picturesOf(pictures, data.images));
    result.records.push({
      path: entry.path,
      key,
      full: written.full!,
      lite: written.lite!,
      search: result.written.at(-1)!.hash,
      pictures,
      cards,
      ...body,
    });
  }
  return result;
}

/**
 * The body each version showed in the article's kept pages, if the body's inputs are unchanged and
 * the pages are there, undamaged, with the body where the record says.
 */
async function keptBodies(
  last: ArticleRecord,
  body: BodyRecord,
  cache: PageCache,
  base: string,
  entry: ArticlePage,
  source: Uint8Array,
  data: ArticleFrameData,
): Promise<ArticleBodies["kept"]> {
  const pictures = await picturesOf(body.pictures, data.images).catch(() => undefined);
  if (!pictures || bodyKey(base, entry, source, body.pictures, pictures) !== body.key) return undefined;
  const full = cache.read(last.full)?.slice(...body.full);
  if (full === undefined) return undefined;
  const lite = cache.read(last.lite)?.slice(...body.lite);
  return lite !== undefined && bodiesHash(full, lite) === body.hash ? { full, lite } : undefined;
}

/** Where the pages just rendered show the body, for the next build (BodyRecord); undefined if they do not. */
function bodyPlace(
  shown: ArticleBodies["shown"],
  html: { full: string; lite: string },
): Pick<BodyRecord, "full" | "lite" | "hash"> | undefined {
  const { full, lite } = shown;
  if (full === undefined || lite === undefined) return undefined;
  // Either place the body's text appears holds the same characters, so the first is as good as any.
  const at = { full: html.full.indexOf(full), lite: html.lite.indexOf(lite) };
  if (at.full === -1 || at.lite === -1) return undefined;
  return {
    full: [at.full, at.full + full.length],
    lite: [at.lite, at.lite + lite.length],
    hash: bodiesHash(full, lite),
  };
}

/** Renders and writes one article's two pages; returns the stored pages' names (production). */
async function render(
  routes: ReturnType<typeof articleRoutes>,
  data: ArticleFrameData,
  files: { full: string; lite: string },
  options: WriteOptions,
  result: WriteResult,
  replace: boolean,
) {
  let started = performance.now();
  const minifiedBefore = result.minify.seconds;
  const [full, lite] = await Promise.all([renderRoute(routes.full, data), renderRoute(routes.lite, data)]);
  result.times.render += (performance.now() - started) / 1000 - (result.minify.seconds - minifiedBefore);

  started = performance.now();
  const [fullKey, liteKey] = await Promise.all([
    write(full, files.full, options, replace),
    write(lite, files.lite, options, replace),
  ]);
  result.times.write += (performance.now() - started) / 1000;
  result.times.pages += 2;
  // Only the part Pagefind reads: an edited headline changes the related lists on many pages, not their index entries.
  result.written.push({
    path: routes.full.path,
    hash: createHash("sha1").update(searchDocument(full)).digest("base64url"),
  });
  return { full: fullKey, lite: liteKey, html: { full, lite } };
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

/** Writes a rendered page, and stores it in the page cache if there is one; returns its name there. */
async function write(
  html: string,
  file: string,
  { cache }: Pick<WriteOptions, "cache">,
  replace = false,
): Promise<string | undefined> {
  makeFolder(file);
  if (cache) return cache.store(html, file, replace);
  await writeFile(file, html);
  return undefined;
}

/**
 * Writes section, tag and author pages. Rendered every time (cheap, and a new article moves every
 * page of its section), and not kept: copying a kept page costs a read and a hash more than
 * writing the one just rendered (decision 0040).
 */
export async function writeListingPages(
  pages: Iterable<ListingPage>,
  data: SitePageData,
  options: Pick<WriteOptions, "outputDir">,
  times: WriteTimes,
): Promise<void> {
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
    await write(html, file, {});
    times.write += (performance.now() - started) / 1000;
    times.listings++;
  }
}
