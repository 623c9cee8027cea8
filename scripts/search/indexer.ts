/**
 * The Pagefind index of every article page a production build wrote, in
 * parts by date (parts.ts): each part is taken from the build cache when its
 * pages have not changed, and indexed otherwise. Only article pages are
 * indexed (they mark their text with `data-pagefind-body`); each is given its
 * tags and the folded spellings of its words as well (indexed-text.ts), to
 * which the reader's query is folded in the browser.
 */
import { availableParallelism } from "node:os";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { CacheFolder, type DamageTally } from "../cache/build-cache.ts";
import { outputFile } from "../cache/files.ts";
import type { SiteModel } from "../site/model.ts";
import { encodePath } from "../site/urls.ts";
import { BUNDLE_DIR } from "./config.ts";
import { searchDocument, variantKeys, withSearchTerms, type SearchVariants } from "./indexed-text.ts";
import { fingerprint, partsOf, type WrittenArticle } from "./parts.ts";

/** Pagefind writes its own ready-made interfaces too; the site has its own, so those are removed. */
const UNUSED_PAGEFIND_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

type Pagefind = typeof pagefind;

/**
 * `count` independent Pagefind services. The package runs one service process per module
 * instance, and a service indexes one thing at a time (two indexes in one service took as long
 * as one after the other); each import under its own query string is a module instance of its own.
 */
async function pagefindServices(count: number): Promise<Pagefind[]> {
  const url = import.meta.resolve("pagefind");
  return Promise.all(
    Array.from({ length: Math.max(count, 1) }, (_, i) =>
      i === 0 ? Promise.resolve(pagefind) : (import(`${url}?service=${i}`) as Promise<Pagefind>),
    ),
  );
}

/** One part of the index: a Pagefind index of some article pages. */
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

/** Indexes one part into `kept` (in the build cache): each written page is read back and cut to what Pagefind reads. */
async function indexPart(
  pages: { path: string; tags: string[] }[],
  language: string,
  outputDir: string,
  kept: CacheFolder,
  key: string,
  service: Pagefind,
  variants: SearchVariants,
): Promise<void> {
  const index = await ArticleSearchIndex.open(language, service);
  const adding = new Set<Promise<void>>();
  for (const page of pages) {
    const html = await readFile(outputFile(outputDir, page.path), "utf8");
    const added = index.add(page.path, withSearchTerms(searchDocument(html), page.tags, variants));
    adding.add(added);
    void added.finally(() => adding.delete(added)).catch(() => undefined);
    if (adding.size >= IN_FLIGHT) await Promise.race(adding);
  }
  await Promise.all(adding);
  // Put in place only when complete: a build stopped halfway never leaves a part that looks finished.
  await kept.writeFolder(key, (folder) => index.write(folder));
}

export interface SearchIndexInput {
  model: SiteModel;
  /** Every full article page the build wrote, with the hash of what Pagefind reads of it. */
  written: WrittenArticle[];
  /** The site folder being written: the pages are read from it, and the index goes into its pagefind/. */
  outputDir: string;
  /** The site published now: a kept part it holds unchanged is linked from there (CacheFolder.copyFolderTo). */
  published?: string;
  /** Where parts are kept between builds. */
  cacheDir: string;
  /** This build's count of damaged cache entries: a damaged kept part is counted here. */
  damage: DamageTally;
  /** content/search-variants.yaml, as the editors wrote it. */
  searchVariants: string[][];
}

export interface SearchIndexReport {
  parts: number;
  /** Articles indexed by this build; the others' parts were unchanged. */
  indexed: number;
  total: number;
}

export async function writeSearchIndex({
  model,
  written,
  outputDir,
  published,
  cacheDir,
  damage,
  searchVariants,
}: SearchIndexInput): Promise<SearchIndexReport> {
  const variants = variantKeys(searchVariants);
  const articles = new Map(model.articlePages.map((p) => [p.path, p.article]));
  const order = new Map(model.articlePages.map((p, i) => [p.path, i]));
  const parts = new Map<string, { path: string; hash: string; tags: string[] }[]>();
  const partOf = partsOf(model.articles);
  // In the model's order (newest first), whichever thread wrote each page: Pagefind's files depend on the order pages arrive.
  for (const page of [...written].sort((a, b) => order.get(a.path)! - order.get(b.path)!)) {
    const article = articles.get(page.path)!;
    const part = partOf(article);
    (parts.get(part) ?? parts.set(part, []).get(part)!).push({ ...page, tags: article.tags });
  }
  const cache = new CacheFolder(cacheDir, damage);
  let indexed = 0;
  const todo = [...parts].map(([part, pages]) => ({
    part,
    pages,
    key: fingerprint(model.site.language, pages, variants),
  }));
  const used = new Set(todo.map(({ key }) => key));
  const into = (part: string) => join(outputDir, BUNDLE_DIR, part);
  // Kept parts are checked as they are copied into the site; a damaged one is indexed again with the new.
  const missing: typeof todo = [];
  for (const item of todo)
    if (!(await cache.copyFolderTo(item.key, into(item.part), published && join(published, BUNDLE_DIR, item.part))))
      missing.push(item);
  const made = [...missing];
  const services = await pagefindServices(Math.min(missing.length, availableParallelism()));
  try {
    // One queue of parts, one Pagefind process per core taking the next: each indexes on one core.
    await Promise.all(
      services.map(async (service) => {
        for (let next = missing.shift(); next; next = missing.shift()) {
          await indexPart(next.pages, model.site.language, outputDir, cache, next.key, service, variants);
          // A service keeps every index it made until it stops: one service per part bounds its memory to one part.
          await service.close();
          indexed += next.pages.length;
        }
      }),
    );
    for (const { part, key } of made)
      if (!(await cache.copyFolderTo(key, into(part))))
        throw new Error(`The search index part ${part} could not be kept.`);
  } finally {
    await Promise.all(services.map((service) => service.close()));
  }
  // Parts no page of this build uses: older versions of a year, deleted years.
  await cache.prune(used);
  return { parts: parts.size, indexed, total: [...parts.values()].reduce((n, pages) => n + pages.length, 0) };
}
