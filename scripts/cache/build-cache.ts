/**
 * One folder of the build cache (`.cache/<name>/`): entries named by a key
 * that hashes everything they were made from, written atomically, and
 * pruned to what the last build used. Font subsets, encoded pictures, kept
 * pages and the search index's parts are each one such folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { makeFolderAtomically, writeAtomically } from "./files.ts";

export class CacheFolder {
  readonly dir: string;
  /** The entries there when it was opened, and those written since: one listing, not a stat per entry. */
  readonly #entries: Set<string>;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
    this.#entries = new Set(readdirSync(dir).filter((name) => !name.endsWith(".tmp")));
  }

  /** Where the entry `name` is (or would be). */
  path(name: string): string {
    return join(this.dir, name);
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /** The entry's bytes, or undefined if there is none. */
  read(name: string): Buffer | undefined {
    if (!this.#entries.has(name)) return undefined;
    try {
      return readFileSync(this.path(name));
    } catch {
      return undefined; // pruned by another build sharing the cache
    }
  }

  async write(name: string, data: string | Uint8Array): Promise<void> {
    await writeAtomically(this.path(name), data);
    this.#entries.add(name);
  }

  /** Makes a folder entry (a search index part) with `make` and puts it in place once it is complete. */
  async writeFolder(name: string, make: (folder: string) => Promise<void>): Promise<void> {
    await makeFolderAtomically(this.path(name), make);
    this.#entries.add(name);
  }

  /** Records an entry that arrived by other means (a page linked in from the site folder). */
  added(name: string): void {
    this.#entries.add(name);
  }

  /** Removes every entry not in `keep`; returns how many. */
  async prune(keep: ReadonlySet<string>): Promise<number> {
    if (!existsSync(this.dir)) return 0;
    const stale = readdirSync(this.dir).filter((name) => !keep.has(name));
    for (let i = 0; i < stale.length; i += 256)
      await Promise.all(stale.slice(i, i + 256).map((name) => rm(this.path(name), { recursive: true, force: true })));
    for (const name of stale) this.#entries.delete(name);
    return stale.length;
  }
}
