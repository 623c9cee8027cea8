/**
 * The file operations every part of the build shares: writing a file so
 * that it appears whole or not at all. Files kept in the build cache reach
 * the site as copies of their checked bytes (CacheFolder.copyTo), never as
 * links to the cache: an edit of the published site must not reach it.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
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
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    // Only on failure: after the rename there is nothing left, and the page store writes thousands.
    rmSync(tmp, { force: true });
    throw error;
  }
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

/** The file a site path is written to: /articles/x/ → articles/x/index.html. */
export function outputFile(outputDir: string, path: string): string {
  return join(outputDir, decodeURIComponent(path), "index.html");
}
