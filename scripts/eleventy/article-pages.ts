/**
 * Article pages (full and lite) and the section, tag and author pages are
 * written by scripts/pages/, not paginated by Eleventy: at 100,000 articles
 * Eleventy would hold every page's HTML in memory until the build ends, and
 * its per-page bookkeeping would cost more than rendering. They start once
 * Eleventy has its content map (every `eleventy.before` step is done: model,
 * stylesheets, pictures, search script) and run beside Eleventy's own
 * pages, in worker threads on an archive; `eleventy.after` waits for them
 * before pictures are published and the search index is made (.eleventy.ts
 * registers this step before those).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { writeArticleAndListingPages, type ArticleResult } from "../pages/pool.ts";
import { pictures } from "./images.ts";
import { builtContent, siteModel } from "./newsroom-data.ts";
import type { BuildOptions } from "./options.ts";
import type { WrittenArticle } from "../search/shards.ts";
import { builtAssets } from "./stylesheets.ts";
import { addPhase } from "./timings.ts";
import { searchAssets } from "./search-index.ts";
import { saveKeptPages } from "../pages/kept-pages.ts";
import { prunePageStore } from "../render/page-store.ts";

/** The list of article pages kept between production builds (scripts/pages/kept-pages.ts). */
function keptFile(options: BuildOptions): string {
  return join(options.cacheDir, "article-pages.json");
}

/** Where their files are kept (scripts/render/page-store.ts). */
function storeDir(options: BuildOptions): string {
  return join(options.cacheDir, "html");
}

let written: WrittenArticle[] = [];

/** The full article pages this build wrote, for the search index. */
export function writtenArticles(): WrittenArticle[] {
  return written;
}

export default function articlePages(eleventyConfig: UserConfig, options: BuildOptions): void {
  // The preview server renders article pages when they are asked for (preview-server.ts).
  if (options.onRequest) return;
  let writing: Promise<ArticleResult> | undefined;
  let started = 0;
  let output = "";

  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    output = directories.output;
  });

  eleventyConfig.on("eleventy.contentMap", () => {
    const { content, now } = builtContent();
    started = performance.now();
    writing = writeArticleAndListingPages({
      content,
      mode: options.mode,
      now,
      model: siteModel(),
      assets: builtAssets(),
      search: searchAssets(),
      images: pictures(),
      outputDir: output,
      ...(options.mode === "production" ? { keep: { storeDir: storeDir(options), keptFile: keptFile(options) } } : {}),
    });
    // Rejections are handled in eleventy.after; this keeps Node from calling one unhandled in the meantime.
    writing.catch(() => undefined);
  });

  eleventyConfig.on("eleventy.after", async () => {
    if (!writing) return;
    const result = await writing;
    const { times, minify, used, threads } = result;
    writing = undefined;
    written = result.written;
    if (options.mode === "production") {
      saveKeptPages(keptFile(options), result.kept);
      await prunePageStore(storeDir(options), new Set(used));
    }
    addPhase("articles", (performance.now() - started) / 1000);
    addPhase("render", times.render);
    addPhase("minify", minify.seconds);
    addPhase("write", times.write);
    if (options.mode === "production") {
      const where = threads ? `${threads} worker threads` : "the main thread";
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Wrote ${times.pages + times.unchanged} article pages (${times.unchanged} kept from the last build, ${times.pages} rendered) ` +
          `and ${times.listings} section, tag and author pages on ${where} in ${seconds} s; ${minify.fragments} Markdown bodies minified.`,
      );
    }
  });
}
