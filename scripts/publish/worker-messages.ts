/** What the main thread and the article page workers say to each other (workers.ts, worker.ts). */
import type { Content } from "../content/load-content.ts";
import type { Mode } from "../site/model.ts";
import type { Assets, Picture, SearchAssets } from "../render/page-data.ts";
import type { MinifyStats } from "../render/minify.ts";
import type { WrittenArticle } from "../search/parts.ts";
import type { WriteTimes } from "./write-archive.ts";
import type { ArticleRecord, PageCacheFiles } from "./page-cache.ts";

/** Everything a worker starts from; copied once into the worker (structured clone). */
export interface WorkerInput {
  assets: Assets;
  search: SearchAssets;
  content: Content;
  mode: Mode;
  now: Date;
  outputDir: string;
  pageCache?: PageCacheFiles;
  /** This worker writes the articles and listing pages whose position modulo `workers` is `share`. */
  share: number;
  workers: number;
}

export type ToWorker = { type: "picture"; id: number; picture?: Picture; error?: string };

export type FromWorker =
  | { type: "picture"; id: number; src: string }
  | {
      type: "done";
      times: WriteTimes;
      written: WrittenArticle[];
      records: ArticleRecord[];
      used: string[];
      minify: MinifyStats;
      /** Stored pages this thread found damaged, by cache folder (damagedEntries). */
      damaged: [string, number][];
    };
