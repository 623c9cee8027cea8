/**
 * Writes every article's pages and the section, tag and author pages: on the
 * main thread for a small site, in worker threads for an archive, one per
 * core (NEWSROOM_WORKERS overrides, through BuildOptions.workers).
 * Each worker builds the site model from the checked content (linear and
 * quick) rather than receiving it, since the model's lists share objects
 * that a copy would multiply.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Content } from "../content/load-content.ts";
import { CommandError } from "../content/messages/index.ts";
import type { MinifyStats } from "../render/minify.ts";
import type { ImagePipeline } from "../assets/images.ts";
import type { CardDrawer } from "../assets/share-card.ts";
import type { WrittenArticle } from "../search/parts.ts";
import { frameOf, type Mode, type SiteModel } from "../site/model.ts";
import type { Assets, SearchAssets, ShareCard } from "../render/page-data.ts";
import type { FromWorker, ToWorker, WorkerInput } from "./worker-messages.ts";
import { PageCache, readArticleRecords, type ArticleRecord, type PageCacheFiles } from "./page-cache.ts";
import type { DamageTally } from "../cache/build-cache.ts";
import { articlePagesOf, type ArchiveShare } from "./shards.ts";
import { writeArticlePages, writeListingPages, type WriteOptions, type WriteTimes } from "./write-archive.ts";

/** Below this many articles, starting the threads costs more than they save. */
const WORKERS_FROM = 400;

export interface ArticleJob {
  content: Content;
  mode: Mode;
  now: Date;
  model: SiteModel;
  assets: Assets;
  search: SearchAssets;
  images: ImagePipeline;
  outputDir: string;
  /** Production: where the page cache is; each thread opens it itself. */
  pageCache?: PageCacheFiles;
  /** A shard of a build spread over runners writes its articles only, the merge its listings only (shards.ts). */
  share: ArchiveShare;
  /** This build's count of damaged cache entries; each worker thread's counts are added to it. */
  damage: DamageTally;
}

export interface ArticleResult {
  times: WriteTimes;
  /** Markdown bodies minified (minify.ts). */
  minify: MinifyStats;
  /** Each full article page written, for the search index. */
  written: WrittenArticle[];
  /** What to keep of each article's pages for the next build (production). */
  records: ArticleRecord[];
  /** Kept pages the workers used, so that pruning spares them. */
  used: string[];
  threads: number;
}

/** The cards kept pages link: copied into the site with the pictures, and drawn again only if the cache lost them. */
async function keepCards(images: ImagePipeline, cards: ShareCard[]): Promise<void> {
  await Promise.all(cards.map((card) => images.shareCard(card)));
}

/** `threads`: how many worker threads to write with; by default one per core on a large archive, none on a small one. */
export async function writeArchivePages(job: ArticleJob, threads?: number): Promise<ArticleResult> {
  // A merge writes no article pages: its listing pages decide.
  const count = articlePagesOf(job.model, job.share).length || (job.share.listings ? job.model.listings.length : 0);
  const workers = threads ?? (count >= WORKERS_FROM ? availableParallelism() : 0);
  return workers > 0 ? inWorkers(job, workers) : onThisThread(job);
}

async function onThisThread({
  model,
  assets,
  search,
  images,
  outputDir,
  pageCache,
  share,
  damage,
}: ArticleJob): Promise<ArticleResult> {
  const cache = pageCache ? new PageCache(pageCache.storeDir, damage) : undefined;
  const options: WriteOptions = {
    outputDir,
    ...(pageCache ? { cache, records: readArticleRecords(pageCache.recordsFile), published: pageCache.published } : {}),
  };
  const { times, written, records, minify, cards } = await writeArticlePages(
    articlePagesOf(model, share),
    { newsroom: frameOf(model), assets, images },
    options,
  );
  await keepCards(images, cards);
  if (share.listings)
    await writeListingPages(model.listings, { newsroom: model, assets, search, images }, options, times);
  return { times, written, records, minify, used: [...(cache?.used ?? [])], threads: 0 };
}

/**
 * A worker's heap limit. V8 lets a heap grow towards its default limit before collecting in
 * earnest, so without one the threads' short-lived page strings take a cold build of a large
 * archive to several times the memory it needs. What a thread keeps, its copy of the content and
 * the model, is a few KB an article; this allows 10 KB an article.
 */
function workerHeapMb(articles: number): number {
  return 256 + Math.ceil(articles / 100);
}

/** The worker's module is TypeScript: register tsx in the thread, then load it. */
const BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL("./worker.ts", import.meta.url).href)}); })`;

async function inWorkers(job: ArticleJob, workers: number): Promise<ArticleResult> {
  const count = job.model.articlePages.length;
  const threads: Worker[] = [];
  const results: Extract<FromWorker, { type: "done" }>[] = [];
  const input = (share: number): WorkerInput => ({
    content: job.content,
    mode: job.mode,
    now: job.now,
    assets: job.assets,
    search: job.search,
    outputDir: job.outputDir,
    ...(job.pageCache ? { pageCache: job.pageCache } : {}),
    archive: job.share,
    share,
    workers,
  });
  try {
    await Promise.all(
      Array.from({ length: workers }, (_, share) => {
        const thread = new Worker(BOOT, {
          eval: true,
          workerData: input(share),
          resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(count) },
        });
        threads.push(thread);
        return new Promise<void>((resolve, reject) => {
          thread.on("error", (error: Error) => reject(CommandError.revive(error)));
          // A worker stays alive while it listens to the main thread, so it is done when it says so.
          thread.on("exit", (code) => reject(new Error(`An article page worker stopped early, with code ${code}.`)));
          const drawing = new Map<
            number,
            { resolve: (drawn: { png: Uint8Array; ms: number }) => void; reject: (e: Error) => void }
          >();
          let nextDrawing = 0;
          // A card the cache lacks is drawn by the worker that asked for it: the main thread only writes it.
          const drawInThread: CardDrawer = (card) =>
            new Promise((resolve, reject) => {
              const id = nextDrawing++;
              drawing.set(id, { resolve, reject });
              thread.postMessage({ type: "draw", id, card } satisfies ToWorker);
            });
          thread.on("message", (message: FromWorker) => {
            if (message.type === "drawn") {
              const waiting = drawing.get(message.id)!;
              drawing.delete(message.id);
              if (message.png) waiting.resolve({ png: message.png, ms: message.ms ?? 0 });
              else waiting.reject(new Error(message.error));
            } else if (message.type === "picture" || message.type === "card") {
              const answer =
                message.type === "picture"
                  ? job.images.picture(message.src)
                  : job.images.shareCard(message.card, drawInThread);
              answer.then(
                (value) => thread.postMessage({ type: "answer", id: message.id, value } satisfies ToWorker),
                (error: Error) =>
                  thread.postMessage({
                    type: "answer",
                    id: message.id,
                    error: error.message,
                    ...(error instanceof CommandError ? { texts: error.texts } : {}),
                  } satisfies ToWorker),
              );
            } else {
              // One tally for the build's summary, whichever thread found the damage.
              for (const [folder, n] of message.damaged) job.damage.add(folder, n);
              results.push(message);
              resolve();
            }
          });
        });
      }),
    );
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  await keepCards(
    job.images,
    results.flatMap((r) => r.cards),
  );
  const sum = <K extends string>(pick: (r: (typeof results)[number]) => Record<K, number>, keys: K[]) =>
    Object.fromEntries(keys.map((k) => [k, results.reduce((total, r) => total + pick(r)[k], 0)])) as Record<K, number>;
  return {
    times: sum((r) => r.times, ["render", "write", "pages", "reused", "listings"]),
    minify: sum((r) => r.minify, ["fragments", "seconds"]),
    written: results.flatMap((r) => r.written),
    records: results.flatMap((r) => r.records),
    used: results.flatMap((r) => r.used),
    threads: workers,
  };
}
