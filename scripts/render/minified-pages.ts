/**
 * Production pages go through html-minifier-terser, and each distinct page
 * is minified once: the result is kept in the build cache under the hash of
 * the page as rendered, and the next build that renders the same page links
 * the kept file into its output instead of minifying again.
 *
 * Why a cache and not just a faster minifier: the minifier costs about 1 ms
 * a page, more than rendering it, and on a 10,000-article archive a push
 * changes a handful of pages (the article, its related and listing pages).
 * CI restores `.cache/` between runs, so only those are minified again. A
 * rendered page is hashed, never trusted by name: any change to an article,
 * a template, a stylesheet's hashed name or the minifier's settings gives a
 * new hash and so a fresh minification.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync } from "node:fs";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { minify } from "html-minifier-terser";
import { placeFile } from "./place-file.ts";

export const MINIFY_OPTIONS = {
  collapseWhitespace: true,
  // Keeps a single space where whitespace separated inline text, so Arabic
  // words on either side of a tag never run together.
  conservativeCollapse: true,
  removeComments: true,
  collapseBooleanAttributes: true,
  removeRedundantAttributes: true,
  // Entities such as &lt; from escaped headlines must stay entities.
  decodeEntities: false,
};

const MINIFIER_VERSION: string = createRequire(import.meta.url)("html-minifier-terser/package.json").version;
/** Part of every key: a new minifier version or setting invalidates every kept page. */
const SETTINGS_KEY = JSON.stringify({ v: MINIFIER_VERSION, options: MINIFY_OPTIONS });

/** Time spent and pages minified or reused, for the build log and the benchmark. */
export interface MinifyStats {
  minified: number;
  reused: number;
  /** Seconds inside html-minifier-terser. */
  seconds: number;
}

let temporaryFiles = 0;

export class MinifiedPages {
  readonly #dir: string;
  readonly #kept: Set<string>;
  /** Keys this build used, so that the cache can forget the rest afterwards. */
  readonly used = new Set<string>();
  readonly stats: MinifyStats = { minified: 0, reused: 0, seconds: 0 };

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
    // One listing instead of a stat per page.
    this.#kept = new Set(readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5)));
  }

  /** The minified page, as text (for pages Eleventy writes itself). */
  async text(html: string): Promise<string> {
    const { file, fresh } = await this.#minified(html);
    return fresh ?? readFile(file, "utf8");
  }

  /** Writes the minified page to `outputFile` (its folder exists), as a link to the kept copy; returns its key. */
  async write(html: string, outputFile: string): Promise<string> {
    const { key, file, fresh } = await this.#minified(html);
    if (fresh !== undefined) {
      await writeFile(outputFile, fresh);
      return key;
    }
    try {
      placeFile(file, outputFile);
    } catch (error) {
      // Another build sharing the cache pruned it a moment ago: minify again rather than fail.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      await writeFile(outputFile, await minify(html, MINIFY_OPTIONS));
    }
    return key;
  }

  /** Whether the page kept under `key` is still there (kept article pages, scripts/pages/kept-pages.ts). */
  has(key: string): boolean {
    return this.#kept.has(key);
  }

  /**
   * Links the page kept under `key` to `outputFile`, without rendering it: its inputs are unchanged.
   * False if it is gone (another build sharing the cache pruned it): the caller renders it instead.
   */
  place(key: string, outputFile: string): boolean {
    try {
      placeFile(join(this.#dir, `${key}.html`), outputFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    }
    this.used.add(key);
    this.stats.reused++;
    return true;
  }

  async #minified(html: string): Promise<{ key: string; file: string; fresh?: string }> {
    const key = createHash("sha256").update(SETTINGS_KEY).update(html).digest("base64url").slice(0, 32);
    const file = join(this.#dir, `${key}.html`);
    this.used.add(key);
    if (this.#kept.has(key)) {
      this.stats.reused++;
      return { key, file };
    }
    const started = performance.now();
    const fresh = await minify(html, MINIFY_OPTIONS);
    this.stats.seconds += (performance.now() - started) / 1000;
    this.stats.minified++;
    // Written under a name of its own and renamed, so a build stopped halfway never leaves a half page to reuse.
    const tmp = `${file}.${process.pid}-${threadId}-${++temporaryFiles}.tmp`;
    await writeFile(tmp, fresh);
    await rename(tmp, file);
    this.#kept.add(key);
    return { key, file, fresh };
  }
}

/** Forgets kept pages that no page of this build used: deleted articles, old templates. */
export async function pruneMinifiedPages(dir: string, used: Set<string>): Promise<number> {
  const stale = readdirSync(dir).filter((f) => !used.has(f.replace(/\.html$/, "")));
  for (let i = 0; i < stale.length; i += 256) await Promise.all(stale.slice(i, i + 256).map((f) => unlink(join(dir, f)).catch(() => undefined)));
  return stale.length;
}
