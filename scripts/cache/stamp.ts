/**
 * What made the build cache: the project's version, its lockfile, the Node
 * version and the cache's own layout, recorded in `.cache/stamp.json`. A cache
 * from anything else (CI restores `.cache/` from older runs, and a laptop
 * keeps one across upgrades) is ignored whole: its folders are emptied
 * before the build opens them.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeAtomicallySync } from "./files.ts";

/** The layout of the cache's folders; raised when it changes (2: each entry's name carries the hash of its bytes). */
const LAYOUT = 2;
const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

/** What made the cache: a cache entry that hashes it cannot be one a foreign cache left. */
export function currentStamp(): string {
  const project = JSON.parse(readFileSync(join(PROJECT, "package.json"), "utf8")) as { version: string };
  return JSON.stringify({
    layout: LAYOUT,
    project: project.version,
    lockfile: createHash("sha256")
      .update(readFileSync(join(PROJECT, "package-lock.json")))
      .digest("base64url"),
    node: process.version,
  });
}

const fingerprints = new Map<string, string>();

/**
 * A hash of the project's code in `folders` (TypeScript files, sorted by path) and of
 * `package-lock.json`: what a cache entry made by that code is keyed by. Computed once per thread
 * and list of folders (a few hundred small files). `skip` leaves out paths that shape no output.
 */
export function codeFingerprint(folders: readonly string[], skip?: RegExp): string {
  const id = JSON.stringify([folders, skip?.source]);
  const known = fingerprints.get(id);
  if (known) return known;
  const hash = createHash("sha256").update(readFileSync(join(PROJECT, "package-lock.json")));
  for (const dir of folders) {
    const files = readdirSync(join(PROJECT, dir), { recursive: true, encoding: "utf8" })
      .map((f) => `${dir}/${f.split("\\").join("/")}`)
      .filter((f) => /\.tsx?$/.test(f) && !skip?.test(f))
      .sort();
    for (const file of files)
      hash
        .update(file)
        .update("\0")
        .update(readFileSync(join(PROJECT, file)))
        .update("\0");
  }
  const fingerprint = hash.digest("base64url");
  fingerprints.set(id, fingerprint);
  return fingerprint;
}

/**
 * Empties `entries` (the cache's folders and files, by name) if the cache was made by another
 * version of the project, its lockfile or Node, then records the current one. Call it while
 * holding the cache's lock. Returns whether the cache was emptied.
 */
export function checkCacheStamp(cacheDir: string, entries: readonly string[]): boolean {
  const file = join(cacheDir, "stamp.json");
  const stamp = currentStamp();
  let recorded: string | undefined;
  try {
    recorded = readFileSync(file, "utf8");
  } catch {
    recorded = undefined;
  }
  if (recorded === stamp) return false;
  const found = entries.filter((entry) => existsSync(join(cacheDir, entry)));
  for (const entry of found) rmSync(join(cacheDir, entry), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeAtomicallySync(file, stamp);
  return found.length > 0;
}
