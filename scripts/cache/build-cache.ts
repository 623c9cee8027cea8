/**
 * One folder of the build cache (`.cache/<name>/`): entries named by a key that hashes everything
 * they were made from, written atomically, pruned to what the last build used, and stored as
 * `<name>~<hash of its bytes>` so that a damaged entry is found before it is used and made again
 * (docs/decisions/0021-published-site-always-whole.md). Font subsets, encoded pictures, kept pages
 * and the search index's parts are each one such folder.
 */
import { createHash } from "node:crypto";
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { link, lstat, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { makeFolderAtomically, writeAtomically, writeAtomicallySync } from "./files.ts";

/** Between an entry's name and the hash of its bytes in the stored file's name. */
const MARK = "~";

/** The SHA-256 of some bytes, in base64url: an entry's recorded hash is its first 22 characters (128 bits). */
export function contentHash(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("base64url");
}

/** The hash recorded with an entry: 128 bits of SHA-256, which the CPU computes fastest here. */
function digest(...parts: (string | Uint8Array)[]): string {
  return contentHash(...parts).slice(0, 22);
}

/** The files of a folder entry, by path inside it, sorted: the order its hash is taken in. */
async function filesIn(folder: string): Promise<[string, Buffer][]> {
  const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
  return Promise.all(names.map(async (name) => [name, await readFile(join(folder, name))] as [string, Buffer]));
}

/** Makes `folder`'s subfolders, then `put`s each file: a part is thousands of small files, so a batch at a time. */
async function placeFiles(
  files: [string, Buffer][],
  folder: string,
  put: (file: string, bytes: Buffer) => Promise<void>,
): Promise<void> {
  for (const dir of new Set(files.map(([file]) => dirname(join(folder, file))))) await mkdir(dir, { recursive: true });
  for (let i = 0; i < files.length; i += 64)
    await Promise.all(files.slice(i, i + 64).map(([file, bytes]) => put(file, bytes)));
}

function folderDigest(files: [string, Buffer][]): string {
  return digest(...files.flatMap(([name, bytes]) => [name, "\0", bytes, "\0"]));
}

/**
 * Entries one build found damaged, by cache folder (`fonts`, `images`, `html`, `search`), for its
 * summary. Made by the pipeline for each run and passed to every CacheFolder the run opens, so that
 * two builds in one process (the tests' in-process builds) count apart; a worker thread keeps one
 * of its own and sends its counts back (decision 0039: no module holds build data between calls).
 */
export class DamageTally {
  readonly #counts = new Map<string, number>();

  add(folder: string, n = 1): void {
    this.#counts.set(folder, (this.#counts.get(folder) ?? 0) + n);
  }

  /** The counts by folder, sorted by folder. */
  counts(): [string, number][] {
    return [...this.#counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** An entry that could not be read: undefined if another build sharing the cache pruned it, the error otherwise. */
function missing(error: unknown): undefined {
  if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
  throw error;
}

export class CacheFolder {
  readonly dir: string;
  /** The entries there when it was opened, and those written since, by name: one listing, not a stat per entry. */
  readonly #entries: Map<string, string>;
  /** Where this folder counts the entries it finds damaged: the tally of the build that opened it. */
  readonly #damage: DamageTally;
  /**
   * `listing`: the same folder opened by an earlier build of this process (the preview's last
   * save), whose listing is taken over rather than read again; damage is counted in `damage`.
   */
  constructor(dir: string, damage: DamageTally, listing?: CacheFolder) {
    this.dir = dir;
    this.#damage = damage;
    if (listing) {
      this.#entries = listing.#entries;
      return;
    }
    this.#entries = new Map<string, string>();
    mkdirSync(dir, { recursive: true });
    for (const stored of readdirSync(dir)) {
      const mark = stored.lastIndexOf(MARK);
      // Unfinished writes, and files of an older layout: nothing to check them against.
      if (mark <= 0 || stored.endsWith(".tmp")) continue;
      this.#entries.set(stored.slice(0, mark), stored);
    }
  }

  /** Where the entry `name` is stored, or undefined if there is none. */
  #stored(name: string): string | undefined {
    const stored = this.#entries.get(name);
    return stored === undefined ? undefined : join(this.dir, stored);
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /** Forgets and removes an entry that did not match its hash, so that it is made again. */
  #reject(name: string, stored: string): void {
    this.#damage.add(basename(this.dir));
    this.#entries.delete(name);
    rmSync(stored, { recursive: true, force: true });
  }

  /** The entry's bytes, checked against its hash; undefined if there is none or it was damaged. */
  read(name: string): Buffer | undefined {
    const stored = this.#stored(name);
    if (!stored) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(stored);
    } catch (error) {
      return missing(error);
    }
    return this.#checked(name, stored, bytes);
  }

  /** The same, reading through libuv's pool, so that many entries are read at once. */
  async readAsync(name: string): Promise<Buffer | undefined> {
    const stored = this.#stored(name);
    if (!stored) return undefined;
    let bytes: Buffer;
    try {
      bytes = await readFile(stored);
    } catch (error) {
      return missing(error);
    }
    return this.#checked(name, stored, bytes);
  }

  /** `bytes` if they match the hash in their stored name; otherwise the entry is rejected. */
  #checked(name: string, stored: string, bytes: Buffer): Buffer | undefined {
    if (stored.endsWith(MARK + digest(bytes))) return bytes;
    this.#reject(name, stored);
    return undefined;
  }

  /**
   * Writes the entry's checked bytes to `file`, a file of its own: the site never shares an inode
   * with the cache, so an edit of the published site cannot reach it. False if there is no such
   * entry or it was damaged.
   *
   * `published` is the same file in the site published now. When it is a regular file holding the
   * bytes recorded for the entry, `file` is linked to it instead: the new version of the site then
   * shares the inode with the old one, which is deleted once the new one is published, and neither
   * the copy nor, later, the old file's blocks are written or freed (decision 0047). An edit made
   * in the published site does not match the recorded hash, so that file is copied from the cache.
   */
  copyTo(name: string, file: string, published?: string): boolean {
    if (published && this.#linkedToPublished(name, file, published)) return true;
    const bytes = this.read(name);
    if (!bytes) return false;
    // A file already there may be linked to the published site (a picture encoded again after its
    // other sizes were linked): replaced, never written through.
    rmSync(file, { force: true });
    writeFileSync(file, bytes);
    return true;
  }

  /** The same, through libuv's pool: for copying many entries at once. */
  async copyToAsync(name: string, file: string, published?: string): Promise<boolean> {
    if (published && (await this.#linkedToPublishedAsync(name, file, published))) return true;
    const bytes = await this.readAsync(name);
    if (!bytes) return false;
    await rm(file, { force: true });
    await writeFile(file, bytes);
    return true;
  }

  /** Whether `published` holds the entry's recorded bytes: the hash in its stored name. */
  #matches(name: string, bytes: Buffer): boolean {
    return this.#entries.get(name)?.endsWith(MARK + digest(bytes)) ?? false;
  }

  #linkedToPublished(name: string, file: string, published: string): boolean {
    try {
      // A link or a folder where the published file was is not followed: it is copied from the cache instead.
      if (!lstatSync(published).isFile() || !this.#matches(name, readFileSync(published))) return false;
      linkSync(published, file);
      return true;
    } catch {
      // No published site, or none with this file (the first build, a new page), or a file system
      // that cannot link (the copy below then says what is wrong, if anything is).
      return false;
    }
  }

  async #linkedToPublishedAsync(name: string, file: string, published: string): Promise<boolean> {
    try {
      if (!(await lstat(published)).isFile() || !this.#matches(name, await readFile(published))) return false;
      await link(published, file);
      return true;
    } catch {
      return false;
    }
  }

  #added(name: string, stored: string): void {
    const before = this.#entries.get(name);
    this.#entries.set(name, stored);
    // The same name with other bytes (an encoder that is not byte-for-byte repeatable): the newer stays.
    if (before && before !== stored) rmSync(join(this.dir, before), { recursive: true, force: true });
  }

  async write(name: string, data: string | Uint8Array): Promise<void> {
    const stored = `${name}${MARK}${digest(data)}`;
    await writeAtomically(join(this.dir, stored), data);
    this.#added(name, stored);
  }

  /** The same, for the page store's synchronous writes; `hash` is the data's contentHash when the caller has it already. */
  writeSync(name: string, data: string | Uint8Array, hash = contentHash(data)): void {
    const stored = `${name}${MARK}${hash.slice(0, 22)}`;
    writeAtomicallySync(join(this.dir, stored), data);
    this.#added(name, stored);
  }

  /** Makes a folder entry (a search index part) with `make` and puts it in place, with its hash, once it is complete. */
  async writeFolder(name: string, make: (folder: string) => Promise<void>): Promise<void> {
    let stored = "";
    await makeFolderAtomically(join(this.dir, name), async (tmp) => {
      await make(tmp);
      stored = `${name}${MARK}${folderDigest(await filesIn(tmp))}`;
    });
    // makeFolderAtomically renamed it to `name`; the hash is known only once it is complete.
    await rename(join(this.dir, name), join(this.dir, stored));
    this.#added(name, stored);
  }

  /**
   * Writes a folder entry's checked files under `folder`; false if there is none or any file of it
   * was damaged. `published`: the same folder in the site published now, linked file by file when
   * it holds exactly the entry's files, as copyTo() does.
   */
  async copyFolderTo(name: string, folder: string, published?: string): Promise<boolean> {
    const stored = this.#stored(name);
    if (!stored) return false;
    if (published && (await this.#folderLinkedToPublished(name, folder, published))) return true;
    let files: [string, Buffer][];
    try {
      files = await filesIn(stored);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    }
    if (!stored.endsWith(MARK + folderDigest(files))) {
      this.#reject(name, stored);
      return false;
    }
    await placeFiles(files, folder, (file, bytes) => writeFile(join(folder, file), bytes));
    return true;
  }

  async #folderLinkedToPublished(name: string, folder: string, published: string): Promise<boolean> {
    let files: [string, Buffer][];
    try {
      if (!(await lstat(published)).isDirectory()) return false;
      files = await filesIn(published);
    } catch {
      return false;
    }
    // filesIn() lists regular files only: a link planted in the published folder is never carried over.
    if (!this.#entries.get(name)?.endsWith(MARK + folderDigest(files))) return false;
    try {
      await placeFiles(files, folder, (file) => link(join(published, file), join(folder, file)));
      return true;
    } catch {
      // Half linked: the copy from the cache replaces it whole.
      await rm(folder, { recursive: true, force: true });
      return false;
    }
  }

  /** Removes every entry not in `keep`, and anything else left there; returns how many. */
  async prune(keep: ReadonlySet<string>): Promise<number> {
    if (!existsSync(this.dir)) return 0;
    const kept = new Set([...keep].map((name) => this.#entries.get(name)));
    const stale = readdirSync(this.dir).filter((stored) => !kept.has(stored));
    for (let i = 0; i < stale.length; i += 256)
      await Promise.all(
        stale.slice(i, i + 256).map((stored) => rm(join(this.dir, stored), { recursive: true, force: true })),
      );
    for (const [name, stored] of this.#entries) if (!kept.has(stored)) this.#entries.delete(name);
    return stale.length;
  }
}
