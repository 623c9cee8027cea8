/**
 * Writes the section, tag and author pages with templates/listings/: a
 * 100,000-article archive has about 30,000 of them, which Eleventy would
 * paginate, hold in memory and keep books on one by one. Like the article
 * pages, they run on the main thread for a small site and in the worker
 * threads for an archive (pool.ts), each thread taking every n-th page.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { jsxToString } from "jsx-async-runtime";
import type { ListingPage } from "../site/listings.ts";
import type { SitePageData } from "./routes.ts";
import * as listing from "../../templates/listings/listing.tsx";
import { outputFile, write, type WriteOptions, type WriteTimes } from "./write-articles.ts";

export async function writeListingPages(pages: Iterable<ListingPage>, data: SitePageData, options: Pick<WriteOptions, "outputDir" | "store">, times: WriteTimes): Promise<void> {
  const made = new Set<string>();
  for (const page of pages) {
    let started = performance.now();
    const html = await jsxToString(await listing.render({ ...data, listing: page, page: { url: page.path, outputPath: false } }));
    times.render += (performance.now() - started) / 1000;

    started = performance.now();
    const file = outputFile(options.outputDir, page.path);
    // write() makes the page's own folder; its parent (a tag's folder for its page/2/…) is made here, once.
    const parent = dirname(dirname(file));
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    // Rendered every time (cheap, and a new article moves every page of its section), but most come
    // out the same as last time: those are linked from the page store instead of written.
    await write(html, file, options);
    times.write += (performance.now() - started) / 1000;
    times.listings++;
  }
}
