/**
 * One build at a time: a lock on each folder a build writes (the published
 * folder and the build cache), through proper-lockfile. The lock is a
 * folder made with mkdir(2), which only one process can make; its holder
 * touches it every few seconds, and a lock left untouched for a minute is
 * taken over. Beside it, who holds it: the process, its host and when it
 * started, for the message of a build that has to wait, and to take over at
 * once a lock whose process is gone.
 */
import { readFileSync, rmSync, statSync } from "node:fs";
import { hostname } from "node:os";
import lockfile from "proper-lockfile";
import { writeAtomicallySync } from "../cache/files.ts";
import { MESSAGES as M, type LockedFolder, type LockHolder, type Speak } from "../content/messages/index.ts";

/** A holder blocks its event loop for a few seconds at most (a large model is built synchronously); a minute is far beyond. */
const STALE_MS = 60_000;
const UPDATE_MS = 5_000;
/** A lock whose holder is gone is taken over once it has not been touched for this long (proper-lockfile's least). */
const GONE_MS = 2_000;

interface LockOwner {
  pid: number;
  host: string;
  /** When the holder took the lock, as an ISO time. */
  started: string;
  /** The lock folder's inode when it was taken: the owner file speaks of this lock and no later one. */
  ino: number;
}

/** Another build holds the lock, and the command was told not to wait (--no-wait). */
export class LockedError extends Error {}

export interface HeldLock {
  /** Throws if another process took the lock over meanwhile (this build stalled for a minute): it must not publish. */
  check(): void;
  release(): Promise<void>;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LockOwner;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The holder was a process of this machine that is gone, and the owner file is about the lock there now. */
function gone(owner: LockOwner | undefined, lockDir: string): boolean {
  if (!owner || owner.host !== hostname() || alive(owner.pid)) return false;
  try {
    return statSync(lockDir).ino === owner.ino;
  } catch {
    return false;
  }
}

/** Who holds the lock, for its messages. */
function holder(owner: LockOwner | undefined): LockHolder {
  return owner && { pid: owner.pid, host: owner.host, started: owner.started };
}

interface LockSettings {
  /** What the lock is for, in the messages: the published folder _site, the build cache .cache. */
  lock: LockedFolder;
  /** Wait for the holder (the default), or throw LockedError at once. */
  wait: boolean;
  /** Said once when the lock is held by another process and this one waits, and when a lock left by a killed build is taken over. */
  onWait: (message: string) => void;
  /** The run's language. */
  speak: Speak;
}

/** Takes the lock `lockDir` (a path beside or inside the folder it guards), waiting for its holder if asked to. */
export async function takeLock(lockDir: string, { lock, wait, onWait, speak: say }: LockSettings): Promise<HeldLock> {
  const ownerFile = `${lockDir}.json`;
  let compromised: Error | undefined;
  let announced = false;
  for (;;) {
    const owner = readOwner(ownerFile);
    const abandoned = gone(owner, lockDir);
    const stale = abandoned ? GONE_MS : STALE_MS;
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(lockDir, {
        lockfilePath: lockDir,
        realpath: false,
        stale,
        update: Math.min(UPDATE_MS, stale / 2),
        onCompromised: (error) => (compromised = error),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
      if (!wait) throw new LockedError(say(M.otherBuild({ lock, owner: holder(owner) })));
      if (!announced) onWait(say(M.waiting({ lock, owner: holder(owner) })));
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 250));
      continue;
    }
    // A holder that finished removed its owner file: one still there, of a process that is gone, was killed.
    if (abandoned) onWait(say(M.tookOver({ lock, owner: holder(owner) })));
    const mine: LockOwner = {
      pid: process.pid,
      host: hostname(),
      started: new Date().toISOString(),
      ino: statSync(lockDir).ino,
    };
    writeAtomicallySync(ownerFile, JSON.stringify(mine));
    return {
      check() {
        if (compromised) throw new Error(say(M.takenOver({ lock, seconds: STALE_MS / 1000 })));
      },
      async release() {
        if (readOwner(ownerFile)?.pid === mine.pid) rmSync(ownerFile, { force: true });
        if (!compromised) await release();
      },
    };
  }
}
