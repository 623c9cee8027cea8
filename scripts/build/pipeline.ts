/**
 * The build, top to bottom. Every stage is a function of what the stages
 * before it made; the order of this file is the order they run in.
 *
 *   1. content    read and check every file (nothing is written if one has a problem)
 *   2. model      the site as pages see it: published articles, related headlines, listings
 *   3. assets     stylesheets, fonts and the search script, under hashed names
 *   4. pictures   the picture pipeline pages ask for their pictures
 *   5. pages      the archive's pages (scripts/publish/) beside Eleventy's site-wide pages
 *   6. finish     pictures linked in, the page cache saved, the search index
 *   7. publish    the _headers file, then the new site swapped in for the old
 *
 * `npm run build` runs all of it once (productionBuild). `npm start` runs
 * stages 1–4 on every save (previewBuild) and renders each page when the
 * browser asks for it. Eleventy's part is in scripts/eleventy/.
 */
import { existsSync, writeFileSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { loadContent, type ArticleChecker, type Content, type LoadResult } from "../content/load-content.ts";
import { previewCheckCache, type PreviewCheckCache } from "../content/preview-check-cache.ts";
import { ContentValidationError } from "../content/problems.ts";
import { count } from "../content/report.ts";
import { buildSiteModel, type SiteModel } from "../site/model.ts";
import { writeHeadersFile } from "../site/security.ts";
import type { Assets, SearchAssets, SitePageData } from "../render/page-data.ts";
import { stylesheetMemo, writeStylesheets, type StylesheetMemo } from "../assets/stylesheets.ts";
import { writeSearchScript, type SearchScriptMemo } from "../assets/search-script.ts";
import { ImagePipeline } from "../assets/images.ts";
import { searchBundles, type WrittenArticle } from "../search/parts.ts";
import { writeSearchIndex } from "../search/indexer.ts";
import { PageCache, saveArticleRecords, type PageCacheFiles } from "../publish/page-cache.ts";
import { writeArchivePages, type ArticleResult } from "../publish/workers.ts";
import { previewDir, type BuildOptions } from "./options.ts";
import { stopwatch, Timings } from "./timings.ts";

/** One build's inputs, made by the command (production) or by each save (preview), and passed to every stage. */
export interface BuildContext {
  readonly options: BuildOptions;
  readonly content: Content;
  /** The time that decides which embargoes have ended, fixed for the whole build. */
  readonly now: Date;
  /** The site folder being written: the staging folder of a production build, the preview's own folder. */
  readonly outputDir: string;
  readonly timings: Timings;
}

/** What stages 2–4 made: everything a page is rendered from. */
export interface PreparedBuild extends BuildContext {
  readonly model: SiteModel;
  readonly assets: Assets;
  readonly search: SearchAssets;
  readonly pictures: ImagePipeline;
}

/**
 * What one command keeps for as long as it runs. The preview keeps what a save can reuse from the
 * last (checked files, stylesheets, the search script, the picture manifest); a production build
 * starts with an empty one.
 */
export interface Session {
  readonly options: BuildOptions;
  readonly checks?: PreviewCheckCache;
  readonly stylesheets: StylesheetMemo;
  readonly searchScript: SearchScriptMemo;
  pictures?: ImagePipeline;
}

export function openSession(options: BuildOptions): Session {
  return {
    options,
    ...(options.mode === "preview" ? { checks: previewCheckCache() } : {}),
    stylesheets: stylesheetMemo(),
    searchScript: {},
  };
}

// 1. Content ------------------------------------------------------------------------------------

/** Reads and checks every content file: the articles, or every problem at once. */
export function checkContent(options: BuildOptions, checker?: ArticleChecker): LoadResult {
  return loadContent(options, checker);
}

// 2–4. Model, assets, pictures ------------------------------------------------------------------

export async function prepare(context: BuildContext, session: Session): Promise<PreparedBuild> {
  const { options, content, now, outputDir, timings } = context;
  const model = await timings.time("data", () => buildSiteModel(content, options.mode, now));
  const assets = await writeStylesheets(
    { mode: options.mode, content, cacheDir: options.cacheDir, outputDir },
    session.stylesheets,
  );
  const search = {
    script: await writeSearchScript(outputDir, session.searchScript),
    bundles: searchBundles(model.articles),
  };
  // The preview hands its pipeline from save to save: its manifest knows the pictures pages asked for since.
  const pictures = new ImagePipeline(
    { contentDir: options.contentDir, cacheDir: join(options.cacheDir, "images") },
    session.pictures,
  );
  if (options.mode === "preview") session.pictures = pictures;
  return { ...context, model, assets, search, pictures };
}

/** What every page is rendered from, but its own path. */
export function pageData(build: PreparedBuild): SitePageData {
  return { newsroom: build.model, assets: build.assets, search: build.search, images: build.pictures };
}

// 5. Pages --------------------------------------------------------------------------------------

/** Where a production build keeps the archive's pages between builds (scripts/publish/page-cache.ts). */
function pageCache(options: BuildOptions): PageCacheFiles {
  return { storeDir: join(options.cacheDir, "html"), recordsFile: join(options.cacheDir, "article-pages.json") };
}

/** Article, lite and listing pages, in worker threads on a large archive; Eleventy writes the site-wide pages meanwhile. */
export async function writeArchive(build: PreparedBuild): Promise<ArticleResult> {
  const { options, content, now, model, assets, search, pictures, outputDir, timings } = build;
  const clock = stopwatch();
  const result = await writeArchivePages(
    {
      content,
      mode: options.mode,
      now,
      model,
      assets,
      search,
      images: pictures,
      outputDir,
      pageCache: pageCache(options),
    },
    options.workers,
  );
  timings.add("articles", clock.seconds());
  timings.add("render", result.times.render);
  timings.add("minify", result.minify.seconds);
  timings.add("write", result.times.write);
  return result;
}

// 6. Finish -------------------------------------------------------------------------------------

export interface BuildReport {
  archive: ArticleResult;
  pictures: { encoded: number; reused: number; seconds: number; linked: number };
  search: { parts: number; indexed: number; total: number; seconds: number };
}

/** Links the pictures pages used, saves the page cache for the next build, and indexes the articles for search. */
export async function finish(build: PreparedBuild, archive: ArticleResult): Promise<BuildReport> {
  const { options, outputDir, timings } = build;
  const cache = pageCache(options);
  saveArticleRecords(cache.recordsFile, archive.records);
  await new PageCache(cache.storeDir).prune(archive.used);

  const linked = await timings.time("images", () => build.pictures.publish(outputDir));
  const { encoded, reused, first, last } = build.pictures.stats;

  const indexing = stopwatch();
  const written: WrittenArticle[] = archive.written;
  const search = await writeSearchIndex({
    model: build.model,
    written,
    outputDir,
    cacheDir: join(options.cacheDir, "search"),
  });
  timings.add("search", indexing.seconds());
  return {
    archive,
    pictures: { encoded, reused, seconds: (last - first) / 1000, linked },
    search: { ...search, seconds: indexing.seconds() },
  };
}

// The production build ----------------------------------------------------------------------------

export interface ProductionBuild {
  content: Content;
  /** The published folder, replaced only when every stage succeeded. */
  output: string;
    searchVariants: build.content.searchVariants,
  /** Eleventy's part of stage 5: the site-wide pages (scripts/eleventy/site-pages.ts). */
  writeSitePages: (build: PreparedBuild) => Promise<void>;
}

/** `npm run build` after the content passed its check: stages 2–7, into a staging folder swapped in at the end. */
export async function productionBuild(
  options: BuildOptions,
  { content, output, writeSitePages }: ProductionBuild,
  timings: Timings,
): Promise<BuildReport> {
  const staging = `${output}.next`;
  await rm(staging, { recursive: true, force: true });
  try {
    const context: BuildContext = { options, content, now: options.now(), outputDir: staging, timings };
    const build = await prepare(context, openSession(options));
    const [archive] = await Promise.all([writeArchive(build), timings.time("eleventy", () => writeSitePages(build))]);
    const report = await finish(build, archive);
    // Caching and security headers for Netlify and Cloudflare Pages, from the finished output.
    await writeHeadersFile(staging, content.site);
    await swapIn(staging, output);
    return report;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Replaces the published folder with the staging one. */
async function swapIn(staging: string, output: string): Promise<void> {
  const previous = `${output}.prev`;
  if (existsSync(output)) await rename(output, previous);
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
}

/** For `npm run bench`: seconds per phase, and this process's CPU time (worker threads included), as JSON. */
export function writeTimings(file: string, timings: Timings, seconds: number): void {
  const { user, system } = process.cpuUsage();
  writeFileSync(
    file,
    JSON.stringify({ phases: { ...timings.phases(), total: seconds }, nodeCpu: (user + system) / 1e6 }, null, 2),
  );
}

// The preview -------------------------------------------------------------------------------------

/**
 * `npm start`, on every save: stages 1–4 into the preview's own folder under the build cache, never
 * `_site/`. The pages themselves are rendered when the browser asks (scripts/eleventy/dev-server.ts).
 * A content problem throws, and the preview keeps serving the last good save.
 */
export async function previewBuild(session: Session): Promise<PreparedBuild> {
  const { options } = session;
  const loaded = checkContent(options, session.checks?.checker);
  if (!loaded.ok) throw new ContentValidationError(loaded.problems);
  // The preview rebuilds on every save; one line keeps the terminal readable.
  if (loaded.warnings.length)
    console.warn(`[newsroom] ${count(loaded.warnings.length, "typography warning")}: run npm run check to see them.`);
  const context: BuildContext = {
    options,
    content: loaded.content,
    now: options.now(),
    outputDir: previewDir(options),
    timings: new Timings(),
  };
  return prepare(context, session);
}
