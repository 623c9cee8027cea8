/** What the main thread and the article page workers say to each other (pool.ts, article-worker.ts). */
import type { Content } from "../content/load-content.ts";
import type { Mode } from "../site/model.ts";
import type { Picture } from "../render/images.ts";
import type { MinifyStats } from "../render/minified-pages.ts";
import type { WrittenArticle } from "../search/shards.ts";
import type { PageData, WriteTimes } from "./write-articles.ts";

/** Everything a worker starts from; copied once into the worker (structured clone). */
export interface WorkerInput extends Pick<PageData, "assets" | "search"> {
  content: Content;
  mode: Mode;
  now: Date;
  outputDir: string;
  /** The folder of kept minified pages; absent in the preview, which does not minify. */
  minifyDir?: string;
  /** This worker writes the articles whose position modulo `workers` is `share`. */
  share: number;
  workers: number;
}

export type ToWorker = { type: "picture"; id: number; picture?: Picture; error?: string };

export type FromWorker =
  | { type: "picture"; id: number; src: string }
  | { type: "done"; times: WriteTimes; written: WrittenArticle[]; used: string[]; minify: MinifyStats };
