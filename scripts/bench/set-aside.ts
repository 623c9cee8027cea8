/**
 * Clears the last run's outputs before the next run without deleting them (decision 0050): each is
 * renamed into one folder beside them, deleted with the corpus, or sooner when the disk runs short.
 */
import { mkdirSync, renameSync, rmSync, statfsSync } from "node:fs";
import { join } from "node:path";

export interface SetAside {
  /** The folder the outputs are moved into. */
  folder: string;
  /** Names given so far: each output moved gets the next number. */
  moved: number;
  /** The most disk space one run took, in bytes: what the next run is expected to need. */
  largestRun: number;
  /** Free bytes when the last run started. */
  freeBefore: number;
  /** Free bytes on the folder's file system now (a test gives its own). */
  free: (folder: string) => number;
}

export function setAsideFolder(folder: string, free = freeBytes): SetAside {
  mkdirSync(folder, { recursive: true });
  return { folder, moved: 0, largestRun: 0, freeBefore: free(folder), free };
}

/**
 * Moves `paths` (those that exist) out of the way. When the disk would not hold another run as large
 * as the largest so far, with a quarter to spare, they and what was set aside are deleted instead:
 * the next run then starts right after a deletion. Returns whether that happened, to be said.
 */
export function setAside(aside: SetAside, paths: string[]): boolean {
  const free = aside.free(aside.folder);
  aside.largestRun = Math.max(aside.largestRun, aside.freeBefore - free);
  const short = free < aside.largestRun * 1.25;
  if (short) for (const path of [...paths, aside.folder]) rmSync(path, { recursive: true, force: true });
  else for (const path of paths) moveIfThere(path, join(aside.folder, String(aside.moved++)));
  mkdirSync(aside.folder, { recursive: true });
  aside.freeBefore = aside.free(aside.folder);
  return short;
}

/** Renames `path` (a file, a folder or a link, not followed) to `to`; nothing when it is not there. */
function moveIfThere(path: string, to: string): void {
  try {
    renameSync(path, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

function freeBytes(path: string): number {
  const { bavail, bsize } = statfsSync(path);
  return bavail * bsize;
}
