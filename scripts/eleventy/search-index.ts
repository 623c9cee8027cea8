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
import { statSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import * as pagefind from "pagefind";
import { encodePath } from "../site/urls.ts";
import { BUNDLE_DIR } from "../search/config.ts";
import { siteModel } from "./newsroom-data.ts";
import type { BuildOptions } from "./options.ts";
import { addPhase, stopwatch } from "./timings.ts";

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

let bundled: { script: string; sources: [file: string, mtimeMs: number][] } | undefined;

/**
 * The search page's script. The preview bundles it on every save, so the last
 * bundle is kept until one of the files esbuild read has changed.
 */
export async function bundleSearchScript(): Promise<string> {
  if (bundled?.sources.every(([file, mtimeMs]) => modified(file) === mtimeMs)) return bundled.script;
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
    metafile: true,
  });
  const script = result.outputFiles[0]!.text;
  bundled = { script, sources: Object.keys(result.metafile.inputs).map((file) => [file, modified(file)]) };
  return script;
}

/** A file's modification time, or NaN if it is gone (which never equals a kept time). */
function modified(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return NaN;
  }
}

/**
 * Pagefind's index of the article pages, fed one page at a time while the
 * pages are written (Pagefind indexes in its own process, so it works on the
 * second core while pages render), and written out once at the end.
 */
export class ArticleSearchIndex {
  readonly #index: pagefind.PagefindIndex;
  readonly #adding = new Set<Promise<void>>();
  #count = 0;
  #failed: string[] = [];
  readonly #started = performance.now();

  private constructor(index: pagefind.PagefindIndex) {
    this.#index = index;
  }

  /** One index for the whole site, in its language, so the Arabic search page also finds articles written in English or French. */
  static async open(language: string): Promise<ArticleSearchIndex> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    return new ArticleSearchIndex(index);
  }

  /** Pages handed over and not yet indexed: writers wait while this is high, so memory stays bounded. */
  get pending(): number {
    return this.#adding.size;
  }

  /**
   * Adds an article page, given as written plus its extra indexed block
   * (scripts/search/indexed-text.ts). `path` is the site path, without the
   * path prefix: pagefind.js adds the prefix it was loaded from.
   */
  add(path: string, indexedHtml: string): Promise<void> {
    const adding = this.#index.addHTMLFile({ url: encodePath(path), content: indexedHtml }).then((added) => {
      this.#count++;
      this.#failed.push(...added.errors);
    });
    this.#adding.add(adding);
    return adding.finally(() => this.#adding.delete(adding));
  }

  /** Writes the index into `outputDir`/pagefind/ once every page is in. */
  async write(outputDir: string): Promise<{ count: number; seconds: number }> {
    try {
      await Promise.all(this.#adding);
      if (this.#failed.length) throw new Error(`Pagefind could not index a page: ${this.#failed.join("; ")}`);
      const bundle = join(outputDir, BUNDLE_DIR);
      const written = await this.#index.writeFiles({ outputPath: bundle });
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
      await Promise.all(UNUSED_PAGEFIND_FILES.map((f) => rm(join(bundle, f), { force: true })));
    } finally {
      await pagefind.close();
    }
    return { count: this.#count, seconds: (performance.now() - this.#started) / 1000 };
  }

  /** Stops Pagefind without writing (a failed build). */
  static async abandon(): Promise<void> {
    await pagefind.close();
  }
}

let assets: SearchAssets | undefined;
let index: ArticleSearchIndex | undefined;

/** This build's search script and bundle folder. */
export function searchAssets(): SearchAssets {
  if (!assets) throw new Error("The search script was read before it was bundled.");
  return assets;
}

/** This build's search index, in a production build; the preview has none. */
export function searchIndexInProgress(): ArticleSearchIndex | undefined {
  return index;
}

export default function searchIndex(eleventyConfig: UserConfig, options: BuildOptions): void {
  let written = "";
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    const script = await bundleSearchScript();
    const name = `search.${createHash("sha256").update(script).digest("hex").slice(0, 10)}.js`;
    const file = join(directories.output, "assets", name);
    // The preview runs this on every save; the name carries the script's hash, so the same name is the same file.
    if (options.mode === "production" || file !== written) {
      await mkdir(join(directories.output, "assets"), { recursive: true });
      await writeFile(file, script);
      written = file;
    }
    assets = { script: `/assets/${name}`, bundle: `/${BUNDLE_DIR}/` };
    // The preview (`npm start`) skips indexing to stay fast; its search page says search is unavailable.
    if (options.mode === "production") index = await ArticleSearchIndex.open(siteModel().site.language);
  });
  eleventyConfig.addGlobalData("search", searchAssets);
  eleventyConfig.addWatchTarget("scripts/search/**/*.ts");

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (!index) return;
    const writing = stopwatch();
    const { count, seconds } = await index.write(directories.output);
    index = undefined;
    addPhase("search", writing.seconds());
    console.log(`Indexed ${count} articles for search in ${seconds.toFixed(2)} s.`);
  });
}
