/**
 * A worker thread of the article page pool (pool.ts): builds the same site
 * model from the checked content it is given, writes every n-th article's
 * pages, asks the main thread for pictures (one image pipeline per build,
 * so each picture is encoded once) and sends each full page back, folded
 * for search, for the main thread to hand to Pagefind.
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildSiteModel } from "../site/model.ts";
import { MinifiedPages } from "../render/minified-pages.ts";
import type { Picture, Pictures } from "../render/images.ts";
import { searchDocument, withFoldedSpellings } from "../search/indexed-text.ts";
import { writeArticlePages } from "./write-articles.ts";
import type { ToWorker, FromWorker, WorkerInput } from "./messages.ts";

const input = workerData as WorkerInput;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

const waitingPictures = new Map<number, { resolve: (p: Picture) => void; reject: (e: Error) => void }>();
let nextPicture = 0;
const pictures: Pictures = {
  picture(src) {
    const id = nextPicture++;
    return new Promise((resolve, reject) => {
      waitingPictures.set(id, { resolve, reject });
      send({ type: "picture", id, src });
    });
  },
};

/** Resolved while the main thread has room in the search index's queue. */
let mayGoOn: Promise<void> = Promise.resolve();
let goOn: () => void = () => {};

port.on("message", (message: ToWorker) => {
  if (message.type === "picture") {
    const waiting = waitingPictures.get(message.id)!;
    waitingPictures.delete(message.id);
    if (message.picture) waiting.resolve(message.picture);
    else waiting.reject(new Error(message.error));
  } else if (message.type === "pause") {
    mayGoOn = new Promise((resolve) => (goOn = resolve));
  } else if (message.type === "resume") {
    goOn();
  }
});

const model = buildSiteModel(input.content, input.mode, input.now);
const mine = model.articlePages.filter((_, i) => i % input.workers === input.share);
const minifier = input.minifyDir ? new MinifiedPages(input.minifyDir) : undefined;
let searchSeconds = 0;
const times = await writeArticlePages(
  mine,
  { newsroom: model, assets: input.assets, search: input.search, images: pictures },
  {
    outputDir: input.outputDir,
    ...(minifier ? { minifier } : {}),
    ...(input.index
      ? {
          indexed: async (entry, html) => {
            const started = performance.now();
            send({ type: "indexed", path: entry.path, html: withFoldedSpellings(searchDocument(html), entry.article.tags) });
            searchSeconds += (performance.now() - started) / 1000;
            await mayGoOn;
          },
        }
      : {}),
  },
);
send({ type: "done", times: { ...times, search: searchSeconds }, used: [...(minifier?.used ?? [])], minify: minifier?.stats ?? { minified: 0, reused: 0, seconds: 0 } });
