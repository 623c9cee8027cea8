/**
 * A worker thread of the page pool (workers.ts): builds the same site model
 * from the checked content it is given, writes every n-th article's pages
 * and every n-th listing page, and asks the main thread for pictures (one image pipeline per
 * build, so each picture is encoded once).
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildSiteModel, frameOf } from "../site/model.ts";
import type { Picture, Pictures } from "../render/page-data.ts";
import { writeArticlePages, writeListingPages } from "./write-archive.ts";
import { PageCache, readArticleRecords } from "./page-cache.ts";
import { damagedEntries } from "../cache/build-cache.ts";
import type { ToWorker, FromWorker, WorkerInput } from "./worker-messages.ts";

const input = workerData as WorkerInput;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

const waiting = new Map<number, { resolve: (p: Picture) => void; reject: (e: Error) => void }>();
let nextPicture = 0;
const asked = new Map<string, Promise<Picture>>();
const pictures: Pictures = {
  picture(src) {
    let picture = asked.get(src);
    if (!picture) {
      const id = nextPicture++;
      picture = new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        send({ type: "picture", id, src });
      });
      asked.set(src, picture);
    }
    return picture;
  },
};
port.on("message", (message: ToWorker) => {
  const picture = waiting.get(message.id)!;
  waiting.delete(message.id);
  if (message.picture) picture.resolve(message.picture);
  else picture.reject(new Error(message.error));
});

const model = buildSiteModel(input.content, input.mode, input.now);
const mine = model.articlePages.filter((_, i) => i % input.workers === input.share);
const { pageCache } = input;
const cache = pageCache ? new PageCache(pageCache.storeDir) : undefined;
const options = {
  outputDir: input.outputDir,
  ...(pageCache ? { cache, records: readArticleRecords(pageCache.recordsFile) } : {}),
};
const { times, written, records, minify } = await writeArticlePages(
  mine,
  { newsroom: frameOf(model), assets: input.assets, images: pictures },
  options,
);
const listings = model.listings.filter((_, i) => i % input.workers === input.share);
await writeListingPages(
  listings,
  { newsroom: model, assets: input.assets, search: input.search, images: pictures },
  options,
  times,
);
send({ type: "done", times, written, records, used: [...(cache?.used ?? [])], minify, damaged: [...damagedEntries] });
