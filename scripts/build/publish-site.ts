/**
 * The frame of a production build: the locks of the folders it writes, the recovery of what a
 * stopped build left, a staging folder, and the swap that publishes it (scripts/build/site-folder.ts,
 * decisions 0021 and 0038). What goes into the staging folder is the caller's: the whole pipeline
 * for `npm run build`, a copy of a built site for the fault tests of the publishing step alone.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkCacheStamp } from "../cache/stamp.ts";
import { takeLock, type HeldLock } from "./lock.ts";
import { MESSAGES as M, type Speak } from "../content/messages/index.ts";
import {
  discardVersion,
  recoverSiteFolder,
  removeVersions,
  siteFolder,
  startVersion,
  swapIn,
  type FaultHook,
} from "./site-folder.ts";

/** What the build cache holds, emptied together when it was made by another version (checkCacheStamp). */
export const CACHE_ENTRIES = ["fonts", "images", "html", "search", "checks", "article-pages.json", "preview"];

export interface Publishing {
  cacheDir: string;
  /** The published folder, replaced only when `write` succeeded. */
  output: string;
  /** Wait for another build writing the same folders (the default), or stop at once (--no-wait). */
  wait: boolean;
  /** Tells the editor what happened to the folders: a wait for another build, a site put back, a cache emptied. */
  say: (message: string) => void;
  /** The run's language: --lang, else site.yaml's. */
  speak: Speak;
  /** Does nothing, unless a test asked for a fault after a step (NEWSROOM_TEST_FAULT). */
  fault: FaultHook;
}

/** The locks of the folders a build writes, the cache's first (the preview takes that one alone). */
async function lockFolders({ cacheDir, output, wait, say, speak }: Publishing) {
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(dirname(output), { recursive: true });
  const locks: HeldLock[] = [];
  try {
    const cache = { kind: "cache", path: cacheDir } as const;
    locks.push(await takeLock(join(cacheDir, "lock"), { lock: cache, wait, onWait: say, speak }));
    const site = { kind: "site", path: output } as const;
    locks.push(await takeLock(`${output}.lock`, { lock: site, wait, onWait: say, speak }));
  } catch (error) {
    for (const lock of locks.reverse()) await lock.release();
    throw error;
  }
  return {
    check: () => locks.forEach((lock) => lock.check()),
    release: async () => {
      for (const lock of locks.reverse()) await lock.release();
    },
  };
}

/**
 * Under the locks of the output and the cache: `write` fills a new version of the site, which
 * replaces the published one in one step once it returns. If it throws, the published site is
 * left as it was and the new version is removed.
 */
export async function publishSite<T>(publishing: Publishing, write: (staging: string) => Promise<T>): Promise<T> {
  const { cacheDir, output, say, speak, fault } = publishing;
  const locks = await lockFolders(publishing);
  try {
    await fault("locked");
    const { putBack, stale } = await recoverSiteFolder(output);
    if (putBack) say(speak(M.putBack({ output })));
    if (checkCacheStamp(cacheDir, CACHE_ENTRIES)) say(speak(M.cacheIgnored({ cacheDir })));
    const folder = siteFolder(output);
    // Removing a version is mostly waiting on the disk: it overlaps the build's work (decision 0048).
    const removing = removeVersions(stale);
    try {
      await startVersion(folder);
      const written = await write(folder.staging);
      await fault("staged");
      await removing;
      await fault("pruned");
      locks.check();
      await swapIn(folder, fault);
      return written;
    } finally {
      // A build that failed still finishes its removals before it lets go of the lock; their error, if any, comes second to its own.
      await Promise.allSettled([removing]);
      await discardVersion(folder);
    }
  } finally {
    await locks.release();
  }
}
