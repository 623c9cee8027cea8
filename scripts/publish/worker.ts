/**
 * A worker thread of the page pool (workers.ts): builds the same site model
 * from the checked content it is given, writes every n-th article's pages
 * and every n-th listing page, and asks the main thread for pictures and share cards (one image
 * pipeline per build, so each picture is encoded once); a card the cache lacks, the main thread
 * asks it back to draw.
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildSiteModel, frameOf } from "../site/model.ts";
import type { Candidate, Picture, Pictures, ShareCard } from "../render/page-data.ts";
import { writeArticlePages, writeListingPages } from "./write-archive.ts";
import { PageCache, readArticleRecords } from "./page-cache.ts";
import { DamageTally } from "../cache/build-cache.ts";
import { articlePagesOf } from "./shards.ts";
import type { ToWorker, FromWorker, WorkerInput } from "./worker-messages.ts";
import { CommandError } from "../content/messages/index.ts";
import { drawShareCard } from "../assets/share-card.ts";

const input = workerData as WorkerInput;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);

const waiting = new Map<number, { resolve: (value: Picture | Candidate) => void; reject: (e: Error) => void }>();
let nextQuestion = 0;
/** Asks the main thread's picture pipeline, and waits for its answer. */
function ask<T extends Picture | Candidate>(
  question: { type: "picture"; src: string } | { type: "card"; card: ShareCard },
): Promise<T> {
  const id = nextQuestion++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (value: Picture | Candidate) => void, reject });
    send({ ...question, id });
  });
}
const asked = new Map<string, Promise<Picture>>();
const pictures: Pictures = {
  picture(src) {
    let picture = asked.get(src);
    if (!picture) {
      picture = ask<Picture>({ type: "picture", src });
      asked.set(src, picture);
    }
    return picture;
  },
  // Each card is asked for by one article, once: the main thread's pipeline makes it once anyway.
  shareCard: (card) => ask<Candidate>({ type: "card", card }),
};
port.on("message", (message: ToWorker) => {
  if (message.type === "draw") {
    // Drawn here rather than on the main thread, so that every core draws cards (decision 0045).
    drawShareCard(message.card).then(
      ({ png, ms }) => send({ type: "drawn", id: message.id, png, ms }),
      (error: Error) => send({ type: "drawn", id: message.id, error: error.message }),
    );
    return;
  }
  const question = waiting.get(message.id)!;
  waiting.delete(message.id);
  if (message.value) question.resolve(message.value);
  else question.reject(message.texts ? new CommandError(message.texts) : new Error(message.error));
});

const model = buildSiteModel(input.content, input.mode, input.now);
const mine = articlePagesOf(model, input.archive).filter((_, i) => i % input.workers === input.share);
const { pageCache } = input;
// This thread's own count of damaged stored pages, sent back with its pages for the build's tally.
const damage = new DamageTally();
const cache = pageCache ? new PageCache(pageCache.storeDir, damage) : undefined;
const options = {
  outputDir: input.outputDir,
  ...(pageCache ? { cache, records: readArticleRecords(pageCache.recordsFile), published: pageCache.published } : {}),
};
const { times, written, records, minify, cards } = await writeArticlePages(
  mine,
  { newsroom: frameOf(model), assets: input.assets, images: pictures },
  options,
);
const listings = input.archive.listings ? model.listings.filter((_, i) => i % input.workers === input.share) : [];
await writeListingPages(
  listings,
  { newsroom: model, assets: input.assets, search: input.search, images: pictures },
  options,
  times,
);
send({
  type: "done",
  times,
  written,
  records,
  used: [...(cache?.used ?? [])],
  minify,
  cards,
  damaged: damage.counts(),
});
