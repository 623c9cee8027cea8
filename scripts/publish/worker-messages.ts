/** What the main thread and the article page workers say to each other (workers.ts, worker.ts). */
import type { Content } from "../content/load-content.ts";
import type { Texts } from "../content/messages/index.ts";
import type { Mode } from "../site/model.ts";
import type { Assets, Candidate, Picture, SearchAssets, ShareCard } from "../render/page-data.ts";
import type { MinifyStats } from "../render/minify.ts";
import type { WrittenArticle } from "../search/parts.ts";
import type { WriteTimes } from "./write-archive.ts";
import type { ArticleRecord, PageCacheFiles } from "./page-cache.ts";
import type { ArchiveShare } from "./shards.ts";

/** Everything a worker starts from; copied once into the worker (structured clone). */
export interface WorkerInput {
  assets: Assets;
  search: SearchAssets;
  content: Content;
  mode: Mode;
  now: Date;
  outputDir: string;
  pageCache?: PageCacheFiles;
  /** What the whole pool writes: every article or a shard's, with or without the listings. */
  archive: ArchiveShare;
  /** This worker writes the articles and listing pages whose position modulo `workers` is `share`. */
  share: number;
  workers: number;
}

/**
 * The main thread's answer to a worker's question about a picture or a share card (`texts`: a
 * catalogue message, a picture the editor must replace, said in the run's language by the command);
 * or its request that the worker draw a card it asked for and the cache does not hold (`draw`).
 */
export type ToWorker =
  | { type: "answer"; id: number; value?: Picture | Candidate; error?: string; texts?: Texts }
  | { type: "draw"; id: number; card: ShareCard };

export type FromWorker =
  | { type: "picture"; id: number; src: string }
  | { type: "card"; id: number; card: ShareCard }
  /** A card the main thread asked it to draw (`draw`): its PNG and the milliseconds it took, or why it could not. */
  | { type: "drawn"; id: number; png?: Uint8Array; ms?: number; error?: string }
  | {
      type: "done";
      times: WriteTimes;
      written: WrittenArticle[];
      records: ArticleRecord[];
      used: string[];
      minify: MinifyStats;
      /** The share cards this thread's kept pages link. */
      cards: ShareCard[];
      /** Stored pages this thread found damaged, by cache folder (its own DamageTally). */
      damaged: [string, number][];
    };
