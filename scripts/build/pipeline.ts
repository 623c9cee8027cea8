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
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadContent, type ArticleChecker, type Content, type LoadResult } from "../content/load-content.ts";
import { previewCheckCache, type PreviewCheckCache } from "../content/preview-check-cache.ts";
import { messagesLanguage } from "../content/registries.ts";
import type { Problem } from "../content/problems.ts";
import { MESSAGES, speak } from "../content/messages/index.ts";
import type { Language } from "../text/languages.ts";
import { buildSiteModel, type SiteModel } from "../site/model.ts";
import { writeHeadersFile } from "../site/security.ts";
import type { Assets, EditorAssets, SearchAssets, SitePageData } from "../render/page-data.ts";
import { stylesheetMemo, writeStylesheets, type StylesheetMemo } from "../assets/stylesheets.ts";
import { writeLiveScript, writeSearchScript, type SearchScriptMemo } from "../assets/search-script.ts";
import { writeEditor, type EditorMemo } from "../assets/editor.ts";
import { writeMastheadLogo } from "../assets/masthead-logo.ts";
import { ImagePipeline } from "../assets/images.ts";
import { searchBundles, type WrittenArticle } from "../search/parts.ts";
import { writeSearchIndex } from "../search/indexer.ts";
import { writePreviewSearchIndex } from "../search/preview-index.ts";
import { renderRoute, routeFinder } from "../../templates/routes.ts";
import { PageCache, saveArticleRecords, type PageCacheFiles } from "../publish/page-cache.ts";
import { writeArchivePages, type ArticleResult } from "../publish/workers.ts";
import type { ArchiveShare } from "../publish/shards.ts";
import { DamageTally } from "../cache/build-cache.ts";
import { checkCacheStamp } from "../cache/stamp.ts";
import { previewDir, type BuildOptions } from "./options.ts";
import { takeLock } from "./lock.ts";
import { CACHE_ENTRIES, publishSite, type Publishing } from "./publish-site.ts";
import { stopwatch, Timings } from "./timings.ts";
import { buildKey, checkShardKeys, copyShards, readShards, writeShardRecord } from "./shards.ts";

/** One build's inputs, made by the command (production) or by each save (preview), and passed to every stage. */
interface BuildContext {
  readonly options: BuildOptions;
  readonly content: Content;
  /** The time that decides which embargoes have ended, fixed for the whole build. */
  readonly now: Date;
  /** The site folder being written: the staging folder of a production build, the preview's own folder. */
  readonly outputDir: string;
  /**
   * A production build: the site published now, whose files the new version links where they hold
   * the bytes the cache would copy (decision 0047). The preview writes its folder afresh.
   */
  readonly published?: string;
  readonly timings: Timings;
  /** Cache entries this build found damaged, by cache folder: every cache folder it opens counts here. */
  readonly damage: DamageTally;
}

/** What stages 2–4 made: everything a page is rendered from. */
export interface PreparedBuild extends BuildContext {
  readonly model: SiteModel;
  readonly assets: Assets;
  readonly search: SearchAssets;
  readonly pictures: ImagePipeline;
  /** The browser editor at /admin/, when site.yaml configures one. */
  readonly editor?: EditorAssets;
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
  readonly liveScript: SearchScriptMemo;
  readonly editor: EditorMemo;
  pictures?: ImagePipeline;
  /** `npm start -- --search`: the preview indexes its own articles after every save. */
  searchIndex?: boolean;
}

export function openSession(options: BuildOptions): Session {
  return {
    options,
    ...(options.mode === "preview" ? { checks: previewCheckCache() } : {}),
    stylesheets: stylesheetMemo(),
    searchScript: {},
    liveScript: {},
    editor: {},
  };
}

// 1. Content ------------------------------------------------------------------------------------

/** Reads and checks every content file: the articles, or every problem at once. */
export function checkContent(options: BuildOptions, checker?: ArticleChecker): LoadResult {
  return loadContent(options, checker);
}

// 2–4. Model, assets, pictures ------------------------------------------------------------------

async function prepare(context: BuildContext, session: Session): Promise<PreparedBuild> {
  const { options, content, now, outputDir, timings, damage } = context;
  const model = await timings.time("data", () => buildSiteModel(content, options.mode, now));
  const assets = {
    ...(await writeStylesheets(
      { mode: options.mode, content, cacheDir: options.cacheDir, outputDir, damage },
      session.stylesheets,
    )),
    liveScript: await writeLiveScript(outputDir, session.liveScript),
    ...(content.site.logo.masthead
      ? { mastheadLogo: writeMastheadLogo(outputDir, options.contentDir, content.site.logo.masthead) }
      : {}),
  };
  const search = {
    script: await writeSearchScript(outputDir, session.searchScript),
    bundles: searchBundles(model.articles),
    ...(options.mode === "preview" ? { preview: session.searchIndex ? ("indexed" as const) : ("none" as const) } : {}),
  };
  const editor = content.site.editor ? await writeEditor(outputDir, options.contentDir, session.editor) : undefined;
  // The preview hands its pipeline from save to save: its manifest knows the pictures pages asked for since.
  const pictures = new ImagePipeline(
    { contentDir: options.contentDir, cacheDir: join(options.cacheDir, "images"), damage },
    session.pictures,
  );
  if (options.mode === "preview") session.pictures = pictures;
  return { ...context, model, assets, search, pictures, ...(editor ? { editor } : {}) };
}

/** What every page is rendered from, but its own path. */
export function pageData(build: PreparedBuild): SitePageData {
  const { model, assets, search, pictures, editor } = build;
  return { newsroom: model, assets, search, images: pictures, ...(editor ? { editor } : {}) };
}

// 5. Pages --------------------------------------------------------------------------------------

/** Where a production build keeps the archive's pages between builds (scripts/publish/page-cache.ts). */
function pageCache(options: BuildOptions, published?: string): PageCacheFiles {
  return {
    storeDir: join(options.cacheDir, "html"),
    recordsFile: join(options.cacheDir, "article-pages.json"),
    ...(published ? { published } : {}),
  };
}

/**
 * What of the archive a build writes: all of it; a shard's articles (`--shard`); or, merging the
 * shards' folders (`--merge`), the listings alone.
 */
function archiveShare(options: BuildOptions): ArchiveShare {
  if (options.shard) return { articles: options.shard, listings: false };
  return { articles: options.merge ? "none" : "all", listings: true };
}

/** Article, lite and listing pages, in worker threads on a large archive; Eleventy writes the site-wide pages meanwhile. */
async function writeArchive(build: PreparedBuild): Promise<ArticleResult> {
  const { options, content, now, model, assets, search, pictures, outputDir, published, timings, damage } = build;
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
      pageCache: pageCache(options, published),
      share: archiveShare(options),
      damage,
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
  /** Share cards drawn by this build and found in the cache, and the milliseconds spent drawing. */
  cards: { made: number; reused: number; ms: number };
  search: { parts: number; indexed: number; total: number; seconds: number };
  /** Cache entries found damaged and made again, by cache folder. */
  damaged: [string, number][];
  /** `--merge`: the shards put together, and the files copied from them. */
  merged?: { shards: number; files: number };
}

/** The search index of the articles written (scripts/search/indexer.ts), and the seconds it took. */
async function indexArticles(build: PreparedBuild, written: WrittenArticle[]): Promise<BuildReport["search"]> {
  const { options, timings } = build;
  const indexing = stopwatch();
  // A merge renders no article: the shards indexed their parts.
  const search = options.merge
    ? { parts: 0, indexed: 0, total: 0 }
    : await writeSearchIndex({
        model: build.model,
        written,
        outputDir: build.outputDir,
        ...(build.published ? { published: build.published } : {}),
        cacheDir: join(options.cacheDir, "search"),
        damage: build.damage,
        searchVariants: build.content.searchVariants,
      });
  timings.add("search", indexing.seconds());
  return { ...search, seconds: indexing.seconds() };
}

/** Links the pictures pages used, saves the page cache for the next build, and indexes the articles for search. */
async function finish(build: PreparedBuild, archive: ArticleResult): Promise<BuildReport> {
  const { options, outputDir, timings, damage } = build;
  const cache = pageCache(options);
  saveArticleRecords(cache.recordsFile, archive.records);
  await new PageCache(cache.storeDir, damage).prune(archive.used);

  // The pictures are copied while the search index is made or copied: neither reads what the other writes.
  const [linked, search] = await Promise.all([
    timings.time("images", () => build.pictures.publish(outputDir, build.published)),
    indexArticles(build, archive.written),
  ]);
  const { encoded, reused, first, last } = build.pictures.stats;
  return {
    archive,
    pictures: { encoded, reused, seconds: (last - first) / 1000, linked },
    cards: { ...build.pictures.cardStats },
    search,
    damaged: damage.counts(),
  };
}

// The production build ----------------------------------------------------------------------------

export interface ProductionBuild extends Omit<Publishing, "cacheDir"> {
  content: Content;
  /** The run's count of damaged cache entries, when the command opened a cache before the build (its checks). */
  damage?: DamageTally;
  /** Stores the content's checks for the next build (scripts/content/check-cache.ts), under the cache's lock. */
  saveChecks?: () => Promise<void>;
  /** Eleventy's part of stage 5: the site-wide pages (scripts/eleventy/site-pages.ts). */
  writeSitePages: (build: PreparedBuild) => Promise<void>;
}

/**
 * `npm run build` after the content passed its check: under the locks of the output and the cache,
 * stages 2–7 into a new version of the site, which replaces the published one in one step at the end
 * (scripts/build/publish-site.ts).
 */
export async function productionBuild(
  options: BuildOptions,
  { content, writeSitePages, damage, saveChecks, ...publishing }: ProductionBuild,
  timings: Timings,
): Promise<BuildReport> {
  // Every shard there, once, before the work: the shards' own key is checked once the model is made.
  const shards = options.merge ? readShards(options.merge) : undefined;
  return publishSite({ ...publishing, cacheDir: options.cacheDir }, async (outputDir) => {
    await saveChecks?.();
    const context: BuildContext = {
      options,
      content,
      now: options.now(),
      outputDir,
      // Asked once: on a fresh runner there is no published site, and no file need look for itself there.
      ...(existsSync(publishing.output) ? { published: publishing.output } : {}),
      timings,
      damage: damage ?? new DamageTally(),
    };
    const build = await prepare(context, openSession(options));
    const key = buildKey(build.model, build.assets);
    // Checked before any page is written: shards of another build must not make a mixed site.
    if (shards) checkShardKeys(shards, key);
    const [archive] = await bothDone(
      writeArchive(build),
      // A shard writes its share of the archive; the site-wide pages are the merge's.
      options.shard ? undefined : timings.time("eleventy", () => writeSitePages(build)),
    );
    const report = await finish(build, archive);
    if (options.shard) {
      const { parts, indexed, total } = report.search;
      writeShardRecord(outputDir, {
        ...options.shard,
        key,
        pages: archive.times.pages + archive.times.reused,
        search: { parts, indexed, total },
      });
    }
    if (shards) {
      const files = await timings.time("merge", () =>
        copyShards(
          shards.map((s) => s.folder),
          outputDir,
        ),
      );
      report.merged = { shards: shards.length, files };
      report.search = {
        ...report.search,
        ...Object.fromEntries(
          (["parts", "indexed", "total"] as const).map((k) => [k, shards.reduce((n, s) => n + s.search[k], 0)]),
        ),
      };
    }
    // Caching and security headers for Netlify and Cloudflare Pages, from the finished output (of the whole site).
    if (!options.shard) await writeHeadersFile(outputDir, content.site);
    return report;
  });
}

/**
 * Both results, once both have settled. If one fails, the other is still writing into the new
 * version, and removing that version under it would fail too, with an error that hides the first.
 */
async function bothDone<A, B>(a: Promise<A>, b: Promise<B> | undefined): Promise<[A, B | undefined]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === "rejected") throw first.reason;
  if (second.status === "rejected") throw second.reason;
  return [first.value, second.value];
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
 * `npm start`, before it writes anything: waits for a build writing the cache, and empties a cache
 * made by another version. It writes afterwards without the lock (decision 0021 says why that is safe).
 */
export async function openPreviewCache(options: BuildOptions, say: (message: string) => void): Promise<void> {
  mkdirSync(options.cacheDir, { recursive: true });
  const speaking = speak(messagesLanguage(options.contentDir, options.language));
  const lock = await takeLock(join(options.cacheDir, "lock"), {
    lock: { kind: "cache", path: options.cacheDir },
    wait: true,
    onWait: say,
    speak: speaking,
  });
  try {
    if (checkCacheStamp(options.cacheDir, CACHE_ENTRIES))
      say(speaking(MESSAGES.cacheIgnored({ cacheDir: options.cacheDir })));
  } finally {
    await lock.release();
  }
}

/** What one save made: the build pages are rendered from, or the problems that stopped it; the warnings either way. */
export type PreviewSave =
  | { ok: true; build: PreparedBuild; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[]; language: Language };

/**
 * `npm start`, on every save: stages 1–4 into the preview's own folder under the build cache, never
 * `_site/`. The pages themselves are rendered when the browser asks (scripts/eleventy/dev-server.ts).
 * A save with content problems returns them, and the preview keeps serving the last good save with
 * the problems shown over its pages.
 */
export async function previewBuild(session: Session): Promise<PreviewSave> {
  const { options } = session;
  const loaded = checkContent(options, session.checks?.checker);
  if (!loaded.ok) return loaded;
  const say = speak(loaded.language);
  // The preview rebuilds on every save; one line keeps the terminal readable.
  if (loaded.warnings.length)
    console.warn(`[newsroom] ${say(MESSAGES.previewWarnings({ warnings: loaded.warnings.length }))}`);
  const context: BuildContext = {
    options,
    content: loaded.content,
    now: options.now(),
    outputDir: previewDir(options),
    timings: new Timings(),
    damage: new DamageTally(),
  };
  const build = await prepare(context, session);
  if (session.searchIndex) {
    const find = routeFinder(build.model);
    await writePreviewSearchIndex({
      model: build.model,
      outputDir: build.outputDir,
      searchVariants: build.content.searchVariants,
      render: (path) => renderRoute(find(path)!, pageData(build)),
    });
  }
  return { ok: true, build, warnings: loaded.warnings };
}
