/**
 * The file operations every part of the build shares: writing a file so
 * that it appears whole or not at all, and placing a file kept in the build
 * cache into the site folder as a hard link (the same bytes under two names).
 */
import { copyFileSync, linkSync, renameSync, writeFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { threadId } from "node:worker_threads";

let temporaryFiles = 0;

/** A name beside `file` that no other process, thread or write uses, for a write that is renamed into place. */
function temporaryName(file: string): string {
  return `${file}.${process.pid}-${threadId}-${++temporaryFiles}.tmp`;
}

/** Writes `data` to `file` under a temporary name and renames it: a build stopped halfway never leaves half a file. */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = temporaryName(file);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** The same, for the few writes that must finish before the function returns. */
export function writeAtomicallySync(file: string, data: string | Uint8Array): void {
  const tmp = temporaryName(file);
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Makes a folder with `make(folder)` under a temporary name and renames it into place when it is complete. */
export async function makeFolderAtomically(folder: string, make: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = temporaryName(folder);
  try {
    await make(tmp);
    await rename(tmp, folder);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export function placeFile(from: string, to: string): void {
  try {
    // Synchronous: a build links tens of thousands of files, and a trip through libuv's thread pool
    // per link cost more than the system call itself.
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return; // already placed by this build (a picture used twice)
    if (code === "EXDEV" || code === "EPERM" || code === "ENOTSUP")
      copyFileSync(from, to); // cache on another disk
    else throw error;
  }
}

/** Places a whole folder kept in the build cache (a part of the search index) into the output, file by file. */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await linkTree(join(from, entry.name), join(to, entry.name));
    else placeFile(join(from, entry.name), join(to, entry.name));
  }
}

/** The file a site path is written to: /articles/x/ → articles/x/index.html. */
export function outputFile(outputDir: string, path: string): string {
  return join(outputDir, decodeURIComponent(path), "index.html");
}
