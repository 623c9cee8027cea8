/**
 * Publishes a file kept in the build cache into the output folder as a hard
 * link: no copying and no extra disk, the same bytes under two names.
 */
import { copyFileSync, linkSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";

export function placeFile(from: string, to: string): void {
  try {
    // Synchronous: a build links tens of thousands of files, and a trip through libuv's thread pool
    // per link cost more than the system call itself.
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return; // the preview server writes into the same folder again
    if (code === "EXDEV" || code === "EPERM" || code === "ENOTSUP") copyFileSync(from, to); // cache on another disk
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
