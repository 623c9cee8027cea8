/**
 * A production build's memory of checked article files, kept between builds in the build cache
 * (`.cache/checks/`), so that a push which changes one article reads and checks one article.
 *
 * A file is taken as unchanged when its size and modification time are those recorded and it was
 * last modified before the build that recorded it started; otherwise its bytes are read and hashed,
 * and an unchanged hash still reuses the result (a fresh checkout gives every file a new time).
 * The pictures a check looked for are looked for again, and the result is reused only if each is
 * still there or still missing. Everything else a check reads is in the entry's name: the
 * registries, the folders, the check's code and what made the cache (issue 19; decision 0046).
 *
 * The record is one entry of a CacheFolder, checked against the hash of its bytes before it is
 * trusted like every cache entry (decision 0021): a damaged one is removed and counted, and every
 * file is checked as if there were none.
 */
import { lstatSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { deserialize, serialize } from "node:v8";
import { CacheFolder, contentHash, type DamageTally } from "../cache/build-cache.ts";
import { codeFingerprint, currentStamp } from "../cache/stamp.ts";
import { isRegularFile, readRegularFile } from "../files/repository.ts";
import { checkArticleFile, type ArticleChecker, type ArticleFile, type CheckedFile } from "./load-content.ts";
import type { Registries } from "./registries.ts";

/** The code a check runs: the content layer and the layers it may import (.dependency-cruiser.cjs). */
const CHECK_CODE = ["scripts/files", "scripts/text", "scripts/cache", "scripts/content"];

/**
 * A timestamp's granularity is the kernel's clock tick, not the nanoseconds it is written in: a file
 * written in the same tick as a build started could carry a time a little before it.
 */
const CLOCK_SLACK_MS = 1000;

/** One article file's check, and what it was made from. */
interface Saved {
  /** The file as messages name it, relative to where the build ran. */
  file: string;
  size: number;
  mtimeMs: number;
  /** contentHash of the file's bytes. */
  hash: string;
  /** The pictures the check looked for, and whether each was there. */
  pictures: [path: string, existed: boolean][];
  checked: CheckedFile;
}

/** What one build stored: when it started, and each file's check by path. */
interface SavedChecks {
  started: number;
  files: Map<string, Saved>;
}

/** Answers whether a picture is there, each path looked at once per load: many articles share a lead picture. */
export function pictureLookups(contentDir: string): (path: string) => boolean {
  const looked = new Map<string, boolean>();
  return (path) => {
    let there = looked.get(path);
    if (there === undefined) looked.set(path, (there = isRegularFile(contentDir, path)));
    return there;
  };
}

/** Checks one file and records which pictures the check looked for (the preview's memory and the build's share it). */
export function checkRecording(
  file: ArticleFile,
  registries: Registries,
  contentDir: string,
  exists: (path: string) => boolean,
  bytes?: Uint8Array,
): { checked: CheckedFile; pictures: [path: string, existed: boolean][] } {
  const pictures: [string, boolean][] = [];
  const record = (path: string) => {
    const there = exists(path);
    pictures.push([path, there]);
    return there;
  };
  const checked = bytes
    ? checkArticleFile(file, registries, contentDir, record, bytes)
    : checkArticleFile(file, registries, contentDir, record);
  return { checked, pictures };
}

/** Whether every picture a check looked for is as it was: there, or still missing. */
export function samePictures(pictures: Saved["pictures"], exists: (path: string) => boolean): boolean {
  return pictures.every(([path, existed]) => exists(path) === existed);
}

export interface CheckCache {
  /** For `loadContent`: reuses the stored check of each unchanged file. */
  checker: ArticleChecker;
  /** How the last load found its files: unchanged by size and time, unchanged by hash, or checked. */
  readonly counts: { trusted: number; hashed: number; checked: number };
  /** Stores the last load's checks for the next build, if any file changed. Call it holding the cache's lock. */
  save(): Promise<void>;
}

/** Maps become lists of entries, so that the registries can be hashed as JSON. */
function json(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v));
}

/** The stored checks in `folder` under `name`, or none: not there, damaged (removed and counted), or unreadable. */
function readSaved(folder: CacheFolder, name: string): SavedChecks | undefined {
  const bytes = folder.read(name);
  if (!bytes) return undefined;
  try {
    return deserialize(bytes) as SavedChecks;
  } catch {
    // Bytes that match their hash but do not deserialise were never written by this code: ignored.
    return undefined;
  }
}

/** The build's check cache in `cacheDir`/checks; entries found damaged are counted in `damage`. */
export function checkCache(cacheDir: string, damage: DamageTally): CheckCache {
  const folder = new CacheFolder(`${cacheDir}/checks`, damage);
  const counts = { trusted: 0, hashed: 0, checked: 0 };
  let pending: { name: string; saved: SavedChecks; changed: () => boolean } | undefined;

  const checker: ArticleChecker = (registries, contentDir) => {
    const started = Date.now();
    const name = `checks-${contentHash(json([currentStamp(), codeFingerprint(CHECK_CODE), contentDir, process.cwd(), registries])).slice(0, 32)}`;
    const before = readSaved(folder, name);
    const files = new Map<string, Saved>();
    const exists = pictureLookups(contentDir);
    Object.assign(counts, { trusted: 0, hashed: 0, checked: 0 });
    pending = {
      name,
      saved: { started, files },
      changed: () => counts.hashed + counts.checked > 0 || files.size !== before?.files.size,
    };
    return (file) => {
      const last = before?.files.get(file.path);
      // lstat: a file that became a link is not "unchanged"; reading it through the door refuses it.
      const stats = lstatSync(file.path);
      const still = last !== undefined && last.file === file.file && samePictures(last.pictures, exists);
      if (
        still &&
        stats.isFile() &&
        last.size === stats.size &&
        last.mtimeMs === stats.mtimeMs &&
        last.mtimeMs < before!.started - CLOCK_SLACK_MS
      ) {
        counts.trusted++;
        files.set(file.path, last);
        return last.checked;
      }
      const bytes = readRegularFile(file.path);
      const hash = contentHash(bytes);
      let saved: Saved;
      if (still && last.hash === hash) {
        counts.hashed++;
        saved = { ...last, size: stats.size, mtimeMs: stats.mtimeMs };
      } else {
        counts.checked++;
        const { checked, pictures } = checkRecording(file, registries, contentDir, exists, bytes);
        saved = { file: file.file, size: stats.size, mtimeMs: stats.mtimeMs, hash, pictures, checked };
      }
      files.set(file.path, saved);
      return saved.checked;
    };
  };

  return {
    checker,
    counts,
    async save() {
      if (!pending) return;
      const { name, saved, changed } = pending;
      // The stamp check may have emptied the cache (and this folder) since the checks were read.
      await mkdir(folder.dir, { recursive: true });
      if (changed() || !folder.has(name)) await folder.write(name, serialize(saved));
      // Checks made with other registries or code are of no use to the next build.
      await folder.prune(new Set([name]));
    },
  };
}
