/**
 * The page cache: the archive's pages kept between production builds, so
 * that the next build copies a page instead of writing it, and an article
 * whose inputs are unchanged instead of rendering it. Two parts:
 * - stored pages (`.cache/html/`): each page's bytes, named by their hash;
 * - article records (`.cache/article-pages.json`): for each article, the key
 *   that hashes its inputs and the stored pages that key made.
 * What the key hashes, and why: docs/decisions/0003-article-pages-kept-between-builds.md.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import type { Assets, Picture, Pictures, ShareCard } from "../render/page-data.ts";
import type { ArticlePage, FrameModel } from "../site/model.ts";
import { CacheFolder, contentHash, type DamageTally } from "../cache/build-cache.ts";
import { writeAtomicallySync } from "../cache/files.ts";
import { codeFingerprint } from "../cache/stamp.ts";

/** What the last build made of one article. */
export interface ArticleRecord {
  /** Site path of the full page, e.g. /articles/x/. */
  path: string;
  /** A hash of the article's inputs (articleKey). */
  key: string;
  /** The stored full and lite pages. */
  full: string;
  lite: string;
  /** A hash of what Pagefind reads of the full page. */
  search: string;
  /** Picture paths the pages used, e.g. /images/market.jpg. */
  pictures: string[];
  /** The share cards the pages used: a kept page still needs its card copied into the site. */
  cards: ShareCard[];
  /** Where the pages show the article's body, for a build that changes their frame but not the body (not for live pages). */
  body?: BodyRecord;
}

/**
 * The body as the stored pages show it: the key of what it was made from (bodyKey), the picture
 * paths it shows, where it sits in each page (UTF-16 offsets of its first and past its last
 * character) and a hash of the two, checked when it is taken out.
 */
export interface BodyRecord {
  key: string;
  pictures: string[];
  full: [number, number];
  lite: [number, number];
  hash: string;
}

/** Where a production build keeps pages: the stored pages' folder and the article records' file. */
export interface PageCacheFiles {
  storeDir: string;
  recordsFile: string;
  /** The site published now, whose unchanged pages a kept page is linked to (CacheFolder.copyTo). */
  published?: string;
}

/** Where code that shapes a page lives; the benchmark's own scripts do not. */
const CODE = ["templates", "scripts"];
const NOT_CODE = /^scripts\/bench\b/;
/** Where code that shapes an article's body lives (scripts/render/body.ts and what it calls, the strings it is given). */
const BODY_CODE = ["scripts", "templates/strings"];

/** Maps become lists of entries; functions (the URL helpers) are left out, their base is hashed instead. */
function json(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v));
}

/** What every article page of this build shares: the code, the frame and the stylesheets. */
export function frameKey(frame: FrameModel, assets: Assets): string {
  return createHash("sha256")
    .update(codeFingerprint(CODE, NOT_CODE))
    .update(json({ frame, assets, prefix: frame.urls.prefix, origin: frame.urls.absolute("/") }))
    .digest("base64url");
}

/**
 * What every article body of this build shares: the code that renders bodies (scripts/, and the two
 * words a body prints of its own, in templates/strings/) and where its links point. A template change
 * elsewhere keeps it.
 */
export function bodyBaseKey(frame: FrameModel): string {
  return createHash("sha256")
    .update(codeFingerprint(BODY_CODE, NOT_CODE))
    .update(json({ prefix: frame.urls.prefix, origin: frame.urls.absolute("/") }))
    .digest("base64url");
}

/** The key of one article's body: the file it is read from, the article's language, direction and type, and its pictures. */
export function bodyKey(
  base: string,
  entry: ArticlePage,
  source: Uint8Array,
  sources: string[],
  pictures: Picture[],
): string {
  const { lang, dir, type } = entry.article;
  return createHash("sha256")
    .update(base)
    .update(source)
    .update(json({ lang, dir, type, sources, pictures }))
    .digest("base64url");
}

/** A record's body, if it has the shape a build writes: the records file is the cache's, and any layout may be found there. */
export function recordedBody(record: ArticleRecord): BodyRecord | undefined {
  const body = record.body as Partial<BodyRecord> | undefined;
  const range = (r: unknown) => Array.isArray(r) && r.length === 2 && r.every((n) => Number.isSafeInteger(n));
  const ok =
    typeof body?.key === "string" &&
    typeof body.hash === "string" &&
    Array.isArray(body.pictures) &&
    body.pictures.every((p) => typeof p === "string") &&
    range(body.full) &&
    range(body.lite);
  return ok ? (body as BodyRecord) : undefined;
}

/** The hash a BodyRecord keeps of the two bodies. */
export function bodiesHash(full: string, lite: string): string {
  return contentHash(full, "\0", lite);
}

/** The pictures behind picture paths, in the order given. */
export async function picturesOf(sources: string[], images: Pictures): Promise<Picture[]> {
  return Promise.all(sources.map((src) => images.picture(src)));
}

/** The key of one article's pages: a hash of everything they are made from. `source` is its file's bytes; `pictures` those of the paths `sources`. */
export function articleKey(
  frame: string,
  entry: ArticlePage,
  source: Uint8Array,
  sources: string[],
  pictures: Picture[],
): string {
  return createHash("sha256")
    .update(frame)
    .update(source)
    .update(
      json({
        path: entry.path,
        status: entry.status,
        article: entry.article,
        related: entry.related,
        sources,
        pictures,
      }),
    )
    .digest("base64url");
}

/** Reads the last build's article records, by path; an unreadable file (first build, or an older layout) means none. */
export function readArticleRecords(file: string): Map<string, ArticleRecord> {
  try {
    const records = JSON.parse(readFileSync(file, "utf8")) as ArticleRecord[];
    return new Map(records.map((record) => [record.path, record]));
  } catch {
    return new Map();
  }
}

/** Replaces the records with this build's, so deleted articles are forgotten. */
export function saveArticleRecords(file: string, records: ArticleRecord[]): void {
  writeAtomicallySync(file, JSON.stringify(records));
}

/**
 * The stored pages. A page is written into the site folder and into the store, each a file of its
 * own: the published site shares no inode with the cache, so an edit of `_site/` cannot reach it.
 * A stored page is checked against the hash recorded when it was stored before it is copied into
 * the next build's site folder; a damaged one is rendered again.
 */
export class PageCache {
  readonly #folder: CacheFolder;
  /** Stored pages this build used, so that the rest can be pruned afterwards. */
  readonly used = new Set<string>();

  /** `damage`: the tally of the build (or worker thread) that opened the store. */
  constructor(dir: string, damage: DamageTally) {
    this.#folder = new CacheFolder(dir, damage);
  }

  /**
   * Writes a page to `outputFile` (its folder exists) and stores it; returns its name in the store.
   * `replace`: the article's stored pages were found damaged, so the store's copy is written even
   * if the store has the name.
   */
  store(html: string, outputFile: string, replace: boolean): string {
    // Encoded and hashed once: the hash names the page and is the one its stored copy is checked against.
    const bytes = Buffer.from(html);
    const hash = contentHash(bytes);
    const key = hash.slice(0, 32);
    // Synchronous: on a large archive the pages are written by worker threads with nothing else to
    // do meanwhile, and the promise version sends each open, write and close through libuv's pool.
    writeFileSync(outputFile, bytes);
    this.used.add(key);
    // A page the store has already (its name is the hash of its bytes, so the same bytes) is not
    // written again: renaming onto an existing file made ext4 write it out at once, 0.7 ms a page
    // after a template change that left the HTML as it was. A copy that is damaged is found when a
    // build reuses it, and made again then; one this build found damaged is replaced now.
    // Another thread may store the same page at the same moment: each writes it whole under its own temporary name.
    if (replace || !this.#folder.has(`${key}.html`)) this.#folder.writeSync(`${key}.html`, bytes, hash);
    return key;
  }

  /** The page stored under `key`, checked against its hash; undefined if it is not there or was damaged. */
  read(key: string): string | undefined {
    return this.#folder.read(`${key}.html`)?.toString("utf8");
  }

  /** Whether the page stored under `key` is there. */
  has(key: string): boolean {
    return this.#folder.has(`${key}.html`);
  }

  /**
   * Copies the page stored under `key` to `outputFile`, without rendering it: its inputs are unchanged.
   * `published`: the same page in the site published now, linked instead if it holds the same bytes.
   * False if it is not there (another build sharing the cache pruned it) or was damaged: the caller renders it instead.
   */
  reuse(key: string, outputFile: string, published?: string): boolean {
    if (!this.#folder.copyTo(`${key}.html`, outputFile, published)) return false;
    this.used.add(key);
    return true;
  }

  /** Forgets stored pages that no page of this build used: deleted articles, old templates. */
  async prune(used: Iterable<string>): Promise<number> {
    return this.#folder.prune(new Set([...used].map((key) => `${key}.html`)));
  }
}
