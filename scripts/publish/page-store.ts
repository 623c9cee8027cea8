/**
 * Article and listing pages kept in the build cache (`.cache/html/`) under
 * the hash of their bytes. The next build links a page it renders the same
 * instead of writing it (on a 10,000-article archive that took the writing
 * of a build with the cache from 3.6-5.2 to 1.5-2.3 thread-seconds), and
 * publishes an article page whose inputs have not changed without even
 * rendering it (scripts/pages/kept-pages.ts).
 *
 * A page is written into the output first and then hard-linked into the
 * store: one write per page, and the store only ever holds complete pages,
 * since a link appears at once or not at all. Kept pages are linked the other
 * way, from the store into the next build's output. Either way nothing writes
 * into a stored file again: each build writes into a fresh folder.
 */
import { createHash } from "node:crypto";
import { linkSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { placeFile } from "../cache/files.ts";

export class PageStore {
  readonly #dir: string;
  readonly #kept: Set<string>;
  /** Keys this build used, so that the store can forget the rest afterwards. */
  readonly used = new Set<string>();

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
    // One listing instead of a stat per page.
    this.#kept = new Set(readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5)));
  }

  /** Writes a page to `outputFile` (its folder exists), or links the same page kept earlier; returns its key. */
  async write(html: string, outputFile: string): Promise<string> {
    const key = createHash("sha256").update(html).digest("base64url").slice(0, 32);
    if (this.#kept.has(key) && this.place(key, outputFile)) return key;
    // Synchronous: on a large archive the pages are written by worker threads with nothing else to
    // do meanwhile, and the promise version sends each open, write and close through libuv's pool.
    // Paired cold builds of 10,000 articles wrote their pages in 25-28 s this way, 32-34 s that way.
    writeFileSync(outputFile, html);
    this.used.add(key);
    await this.#keep(outputFile, key, html);
    this.#kept.add(key);
    return key;
  }

  async #keep(outputFile: string, key: string, html: string): Promise<void> {
    const file = this.#file(key);
    try {
      linkSync(outputFile, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Another thread stored the same page a moment ago.
      if (code === "EEXIST") return;
      if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP") throw error;
      // The cache is on another disk: a copy, written beside and renamed, so a build stopped halfway never leaves half a page to reuse.
      const tmp = `${file}.${process.pid}-${threadId}.tmp`;
      await writeFile(tmp, html);
      await rename(tmp, file);
    }
  }

  /** Whether the page kept under `key` is still there. */
  has(key: string): boolean {
    return this.#kept.has(key);
  }

  /**
   * Links the page kept under `key` to `outputFile`, without rendering it: its inputs are unchanged.
   * False if it is gone (another build sharing the cache pruned it): the caller renders it instead.
   */
  place(key: string, outputFile: string): boolean {
    try {
      placeFile(this.#file(key), outputFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    }
    this.used.add(key);
    return true;
  }

  #file(key: string): string {
    return join(this.#dir, `${key}.html`);
  }
}

/** Forgets kept pages that no page of this build used: deleted articles, old templates. */
export async function prunePageStore(dir: string, used: Set<string>): Promise<number> {
  const stale = readdirSync(dir).filter((f) => !used.has(f.replace(/\.html$/, "")));
  for (let i = 0; i < stale.length; i += 256) await Promise.all(stale.slice(i, i + 256).map((f) => unlink(join(dir, f)).catch(() => undefined)));
  return stale.length;
}
