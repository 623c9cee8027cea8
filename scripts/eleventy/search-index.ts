/**
 * Site search with Pagefind: the search page's script is bundled before the
 * pages are written, and after a production build every article page is
 * indexed into <output>/pagefind/. Both land in the folder being built, so
 * a failed index fails the build and `npm run build` keeps the old _site/.
 *
 * Only article pages are indexed (they mark their text with
 * `data-pagefind-body`); each is given its tags and the folded spellings of
 * its words as well (scripts/search/indexed-text.ts), to which the reader's
 * query is folded in the browser.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createHash } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import * as pagefind from "pagefind";
import { encodePath } from "../site/urls.ts";
import { BUNDLE_DIR } from "../search/config.ts";
import { withFoldedSpellings } from "../search/indexed-text.ts";
import { siteModel } from "./newsroom-data.ts";
import type { BuildOptions } from "./options.ts";

export interface SearchAssets {
  /** The search page's script, hashed. */
  script: string;
  /** The folder of Pagefind's index and its loader (pagefind.js). */
  bundle: string;
}

/** Pagefind writes its own ready-made interfaces too; the site has its own, so those are removed. */
const UNUSED_PAGEFIND_FILES = [
  "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
  "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
];

/** How many pages are handed to Pagefind's indexing service at once. */
const BATCH = 64;

export async function bundleSearchScript(): Promise<string> {
  const result = await build({
    entryPoints: ["scripts/search/client.ts"],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    write: false,
    // The import of pagefind.js is built from the page's settings at run time, on purpose.
    logOverride: { "unsupported-dynamic-import": "silent" },
  });
  return result.outputFiles[0]!.text;
}

interface WrittenPage {
  url: string | false;
  content: string;
}

/** Indexes the written article pages; returns how many and how long it took. */
export async function indexArticles(pages: WrittenPage[], outputDir: string): Promise<{ count: number; seconds: number }> {
  const started = performance.now();
  const model = siteModel();
  const tagsByPath = new Map(model.articlePages.map((p) => [p.path, p.article.tags]));
  const articles = pages.filter((p): p is WrittenPage & { url: string } => typeof p.url === "string" && tagsByPath.has(p.url));

  // One index for the whole site, in its language, so the Arabic search page also finds articles written in English or French.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: model.site.language });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    for (let i = 0; i < articles.length; i += BATCH) {
      const added = await Promise.all(
        articles.slice(i, i + BATCH).map((page) =>
          // Site paths, without the path prefix: pagefind.js adds the prefix it was loaded from.
          index.addHTMLFile({ url: encodePath(page.url), content: withFoldedSpellings(page.content, tagsByPath.get(page.url)) }),
        ),
      );
      const failed = added.flatMap((a) => a.errors);
      if (failed.length) throw new Error(`Pagefind could not index a page: ${failed.join("; ")}`);
    }
    const bundle = join(outputDir, BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
    await Promise.all(UNUSED_PAGEFIND_FILES.map((f) => rm(join(bundle, f), { force: true })));
  } finally {
    await pagefind.close();
  }
  return { count: articles.length, seconds: (performance.now() - started) / 1000 };
}

export default function searchIndex(eleventyConfig: UserConfig, options: BuildOptions): void {
  let assets: SearchAssets | undefined;

  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    const script = await bundleSearchScript();
    const name = `search.${createHash("sha256").update(script).digest("hex").slice(0, 10)}.js`;
    await mkdir(join(directories.output, "assets"), { recursive: true });
    await writeFile(join(directories.output, "assets", name), script);
    assets = { script: `/assets/${name}`, bundle: `/${BUNDLE_DIR}/` };
  });
  eleventyConfig.addGlobalData("search", () => {
    if (!assets) throw new Error("The search script was read before it was bundled.");
    return assets;
  });
  eleventyConfig.addWatchTarget("scripts/search/**/*.ts");

  // The preview (`npm start`) skips indexing to stay fast; its search page says search is unavailable.
  if (options.mode !== "production") return;
  eleventyConfig.on("eleventy.after", async ({ directories, results }: { directories: { output: string }; results: WrittenPage[] }) => {
    const { count, seconds } = await indexArticles(results, directories.output);
    console.log(`Indexed ${count} articles for search in ${seconds.toFixed(2)} s.`);
  });
}
