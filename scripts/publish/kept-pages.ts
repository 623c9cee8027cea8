/**
 * Article pages are kept between production builds: a page whose inputs are
 * the same as last time is linked from the page store (scripts/render/page-store.ts),
 * not rendered again. On a 10,000-article archive a push changes a handful of
 * articles; rendering all 20,000 article and lite pages again cost more than
 * the rest of the build.
 *
 * The inputs, hashed together into a page's key:
 * - the code: every file under templates/ and scripts/ and the exact
 *   dependency versions (package-lock.json), so any code change renders
 *   everything again;
 * - the frame: the part of the site model the templates are given
 *   (FrameModel in scripts/site/model.ts, which is all they can read) and
 *   the stylesheets' hashed names;
 * - the article: its source file's bytes, its checked fields, its related
 *   articles, its path and status;
 * - its pictures, as the image pipeline describes them (file names carry a
 *   hash of the picture), for the picture paths the page used last time: an
 *   unchanged source file uses the same ones.
 *
 * What the page was is stored in .cache/article-pages.json: the key, the
 * kept files of the full and lite page, and the hash of what the
 * search index reads of it, so that an unchanged part of the index is not
 * made again either (scripts/search/shards.ts).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Assets, Picture, Pictures } from "../render/page-data.ts";
import type { ArticlePage, FrameModel } from "../site/model.ts";

/** One article's pages as the last build wrote them. */
export interface KeptPage {
  /** Site path of the full page, e.g. /articles/x/. */
  path: string;
  key: string;
  /** Keys of the full and lite pages in the page store (scripts/render/page-store.ts). */
  full: string;
  lite: string;
  /** A hash of what Pagefind reads of the full page. */
  search: string;
  /** Picture paths the pages used, e.g. /images/market.jpg. */
  pictures: string[];
}

const PROJECT = fileURLToPath(new URL("../../", import.meta.url));
/** Where code that shapes a page lives; the benchmark's own scripts do not. */
const CODE = ["templates", "scripts"];
const NOT_CODE = /^scripts\/bench\b/;

let code: string | undefined;

/** A hash of the code that renders pages. Computed once per thread (a few hundred small files). */
function codeFingerprint(): string {
  if (code) return code;
  const hash = createHash("sha256").update(readFileSync(join(PROJECT, "package-lock.json")));
  for (const dir of CODE) {
    const files = readdirSync(join(PROJECT, dir), { recursive: true, encoding: "utf8" })
      .map((f) => `${dir}/${f.split("\\").join("/")}`)
      .filter((f) => /\.tsx?$/.test(f) && !NOT_CODE.test(f))
      .sort();
    for (const file of files) hash.update(file).update("\0").update(readFileSync(join(PROJECT, file))).update("\0");
  }
  return (code = hash.digest("base64url"));
}

/** Maps become lists of entries; functions (the URL helpers) are left out, their base is hashed instead. */
function json(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v));
}

/** What every article page of this build shares: the code, the frame and the stylesheets. */
export function frameKey(frame: FrameModel, assets: Assets): string {
  return createHash("sha256")
    .update(codeFingerprint())
    .update(json({ frame, assets, prefix: frame.urls.prefix, origin: frame.urls.absolute("/") }))
    .digest("base64url");
}

/** The pictures behind picture paths, in the order given. */
export async function picturesOf(sources: string[], images: Pictures): Promise<Picture[]> {
  return Promise.all(sources.map((src) => images.picture(src)));
}

/** The key of one article's pages. `source` is its file's bytes; `pictures` those of the paths `sources`. */
export function pageKey(frame: string, entry: ArticlePage, source: Uint8Array, sources: string[], pictures: Picture[]): string {
  return createHash("sha256").update(frame).update(source).update(json({ path: entry.path, status: entry.status, article: entry.article, related: entry.related, sources, pictures })).digest("base64url");
}

/** Reads what the last build kept; an unreadable file (first build, or an older layout) means nothing is kept. */
export function readKeptPages(file: string): Map<string, KeptPage> {
  try {
    const pages = JSON.parse(readFileSync(file, "utf8")) as KeptPage[];
    return new Map(pages.map((page) => [page.path, page]));
  } catch {
    return new Map();
  }
}

/** Replaces the list with this build's pages, so deleted articles are forgotten. */
export function saveKeptPages(file: string, pages: KeptPage[]): void {
  // Written under another name and renamed: a build stopped halfway leaves the last complete list.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(pages));
  renameSync(tmp, file);
}
