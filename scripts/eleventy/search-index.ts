/**
 * Site search with Pagefind: the search page's script is bundled before the
 * pages are written, and after a production build the article pages are
 * indexed into <output>/pagefind/<part>/, one part per year or run of months,
 * each taken from the build cache when its pages have not changed
 * (scripts/search/shards.ts).
 * Both land in the folder being built, so a failed index fails the build and
 * `npm run build` keeps the old _site/.
 *
 * Only article pages are indexed (they mark their text with
 * `data-pagefind-body`); each is given its tags and the folded spellings of
 * its words as well (scripts/search/indexed-text.ts), to which the reader's
 * query is folded in the browser.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import * as pagefind from "pagefind";
import { encodePath } from "../site/urls.ts";
import { BUNDLE_DIR } from "../search/config.ts";
import { searchDocument, withFoldedSpellings } from "../search/indexed-text.ts";
import { fingerprint, partNames, partsOf } from "../search/shards.ts";
import { outputFile } from "../pages/write-articles.ts";
import { linkTree } from "../render/place-file.ts";
import { writtenArticles } from "./article-pages.ts";
import { siteModel } from "./newsroom-data.ts";
import type { BuildOptions } from "./options.ts";
import { addPhase, stopwatch } from "./timings.ts";

export interface SearchAssets {
  /** The search page's script, hashed. */
  script: string;
  /** The folders of the index's parts by date (each with its loader, pagefind.js), newest first. */
  bundles: string[];
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

let assets: SearchAssets | undefined;

/** This build's search script and the folders of its index. */
export function searchAssets(): SearchAssets {
  if (!assets) throw new Error("The search script was read before it was bundled.");
  return assets;
}

type Pagefind = typeof pagefind;

/**
 * `count` independent Pagefind services. The package runs one service process per module
 * instance, and a service indexes one thing at a time (two indexes in one service took as long
 * as one after the other); each import under its own query string is a module instance of its own.
 */
async function pagefindServices(count: number): Promise<Pagefind[]> {
  const url = import.meta.resolve("pagefind");
  return Promise.all(Array.from({ length: Math.max(count, 1) }, (_, i) => (i === 0 ? pagefind : (import(`${url}?service=${i}`) as Promise<Pagefind>))));
}

/** One part of the index (scripts/search/shards.ts): a Pagefind index of some article pages. */
class ArticleSearchIndex {
  readonly #index: pagefind.PagefindIndex;
  private constructor(index: pagefind.PagefindIndex) {
    this.#index = index;
  }

  /** In the site's language, so the Arabic search page also finds articles written in English or French. */
  static async open(language: string, service: Pagefind): Promise<ArticleSearchIndex> {
    const { index, errors } = await service.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    return new ArticleSearchIndex(index);
  }

  /** `path` is the site path, without the path prefix: pagefind.js adds the prefix it was loaded from. */
  async add(path: string, indexedHtml: string): Promise<void> {
    const added = await this.#index.addHTMLFile({ url: encodePath(path), content: indexedHtml });
    if (added.errors.length) throw new Error(`Pagefind could not index ${path}: ${added.errors.join("; ")}`);
  }

  async write(bundle: string): Promise<void> {
    const written = await this.#index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
    await Promise.all(UNUSED_PAGEFIND_FILES.map((f) => rm(join(bundle, f), { force: true })));
  }
}

/** Pages read and handed to Pagefind at once: enough to keep it busy while this thread folds the next. */
const IN_FLIGHT = 32;

/**
 * Indexes one part into `kept` (in the build cache): each written page is
 * read back, cut to what Pagefind reads, and given its tags and folded
 * spellings (scripts/search/indexed-text.ts).
 */
async function indexPart(pages: { path: string; tags: string[] }[], language: string, outputDir: string, kept: string, service: Pagefind): Promise<void> {
  const index = await ArticleSearchIndex.open(language, service);
  const adding = new Set<Promise<void>>();
  for (const page of pages) {
    const html = await readFile(outputFile(outputDir, page.path), "utf8");
    const added = index.add(page.path, withFoldedSpellings(searchDocument(html), page.tags));
    adding.add(added);
    void added.finally(() => adding.delete(added)).catch(() => undefined);
    if (adding.size >= IN_FLIGHT) await Promise.race(adding);
  }
  await Promise.all(adding);
  // Written beside and renamed: a build stopped halfway never leaves a part that looks finished.
  const tmp = `${kept}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  await index.write(tmp);
  await rename(tmp, kept);
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
    assets = { script: `/assets/${name}`, bundles: partNames(siteModel().articles).map((part) => `/${BUNDLE_DIR}/${part}/`) };
  });
  eleventyConfig.addGlobalData("search", searchAssets);
  eleventyConfig.addWatchTarget("scripts/search/**/*.ts");

  // The preview (`npm start`) skips indexing to stay fast; its search page says search is unavailable.
  if (options.mode !== "production") return;
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const clock = stopwatch();
    const model = siteModel();
    const articles = new Map(model.articlePages.map((p) => [p.path, p.article]));
    const order = new Map(model.articlePages.map((p, i) => [p.path, i]));
    const parts = new Map<string, { path: string; hash: string; tags: string[] }[]>();
    const partOf = partsOf(model.articles);
    // In the model's order (newest first), whichever thread wrote each page: Pagefind's files depend on the order pages arrive.
    for (const page of [...writtenArticles()].sort((a, b) => order.get(a.path)! - order.get(b.path)!)) {
      const article = articles.get(page.path)!;
      const part = partOf(article);
      (parts.get(part) ?? parts.set(part, []).get(part)!).push({ ...page, tags: article.tags });
    }
    const cache = join(options.cacheDir, "search");
    await mkdir(cache, { recursive: true });
    let indexed = 0;
    const todo = [...parts].map(([part, pages]) => ({ part, pages, key: fingerprint(model.site.language, pages) }));
    const used = new Set(todo.map(({ key }) => key));
    const missing = todo.filter(({ key }) => !existsSync(join(cache, key)));
    const services = await pagefindServices(Math.min(missing.length, availableParallelism()));
    try {
      // One queue of parts, one Pagefind process per core taking the next: each indexes on one core.
      await Promise.all(
        services.map(async (service) => {
          for (let next = missing.shift(); next; next = missing.shift()) {
            await indexPart(next.pages, model.site.language, directories.output, join(cache, next.key), service);
            // A service keeps every index it made until it stops: one service per part bounds its memory to one part.
            await service.close();
            indexed += next.pages.length;
          }
        }),
      );
      for (const { part, key } of todo) await linkTree(join(cache, key), join(directories.output, BUNDLE_DIR, part));
    } finally {
      await Promise.all(services.map((service) => service.close()));
    }
    // Parts no page of this build uses: older versions of a year, deleted years.
    await Promise.all(readdirSync(cache).filter((f) => !used.has(f)).map((f) => rm(join(cache, f), { recursive: true, force: true })));
    addPhase("search", clock.seconds());
    const total = [...parts.values()].reduce((n, pages) => n + pages.length, 0);
    console.log(`Search index: ${parts.size} parts by date, ${indexed} of ${total} articles indexed (the rest unchanged since the last build) in ${clock.seconds().toFixed(2)} s.`);
  });
}
