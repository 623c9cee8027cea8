/**
 * What the build says about the folders it writes: operating-system
 * errors, the lock, a site put back, a damaged cache. Plain sentences, in
 * one place, so that they can move into the site's message catalogue
 * whole. Each says what failed, on which path, and what to do.
 */

/** Operating-system errors an editor can do something about, and what. */
const WHAT_TO_DO: Record<string, (path: string) => string> = {
  EPERM: (path) =>
    `the system refused it (EPERM). Check that ${path} is not immutable (lsattr; chattr -i) or a busy mount point, and that this user may change it, then build again.`,
  EACCES: (path) =>
    `permission was denied (EACCES). Give this user write access to ${path} and the folder holding it, then build again.`,
  ENOSPC: () =>
    `the disk is full (ENOSPC). Free some space (deleting .cache/ is safe: the next build makes it again), then build again.`,
  EROFS: (path) =>
    `the file system holding ${path} is read-only (EROFS). Build into a writable folder (--output, NEWSROOM_CACHE), or mount it writable.`,
  ELOOP: (path) =>
    `a symbolic link on the way to ${path} points back at itself (ELOOP). Remove or correct the link, then build again.`,
  EMFILE: () =>
    `too many files were open at once (EMFILE). Raise the limit for this shell (ulimit -n 4096), then build again.`,
  EBUSY: (path) =>
    `${path} is in use (EBUSY), perhaps a mount point. Unmount it or build into another folder, then build again.`,
};

const ACTIONS: Record<string, string> = {
  rename: "move",
  open: "open",
  mkdir: "create the folder",
  rmdir: "remove the folder",
  unlink: "remove",
  symlink: "create the link",
  write: "write",
  copyfile: "copy",
  scandir: "list the folder",
  link: "link",
  utime: "touch",
  lstat: "read",
  stat: "read",
  read: "read",
};

/** The sentence for an operating-system error, or undefined for any other error (a bug: its stack is shown). */
export function osErrorMessage(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException & { dest?: string; originalError?: unknown };
  if (!e || typeof e !== "object") return undefined;
  // Eleventy and the picture pipeline wrap what the system said.
  if (typeof e.code !== "string" || !(e.code in WHAT_TO_DO)) return osErrorMessage(e.originalError ?? e.cause);
  const path = e.path ?? "a file";
  const action = (e.syscall && ACTIONS[e.syscall]) ?? "write";
  const target = e.dest ? `${path} to ${e.dest}` : path;
  return `The build could not ${action} ${target}: ${WHAT_TO_DO[e.code]!(path)} The published site was left as it was.`;
}

export const messages = {
  failed: "The build failed; the published site was left as it was.",
  otherBuild: (what: string, owner: string) =>
    `Another build is writing ${what}: ${owner}. Wait for it to finish, or run the command again without --no-wait to wait for it.`,
  waiting: (what: string, owner: string) => `Waiting for another build to finish with ${what}: ${owner}.`,
  owner: (pid: number, host: string, started: string) => `process ${pid} on ${host}, which started at ${started}`,
  unknownOwner: "another process",
  tookOver: (what: string, owner: string) =>
    `Took over the lock on ${what} from a build that was stopped before it finished: ${owner}.`,
  takenOver: (what: string, seconds: number) =>
    `Another build took over ${what} while this one was stalled for more than ${seconds} s; this build published nothing.`,
  putBack: (output: string) => `${output} was missing after a stopped build; the last complete site was put back.`,
  cacheIgnored: (cacheDir: string) =>
    `The build cache ${cacheDir} was made by another version of the project, its lockfile or Node; it was emptied and made afresh.`,
  damaged: (total: number, folders: string) =>
    `The build cache had ${total} damaged ${total === 1 ? "entry" : "entries"} (${folders}); each was made again and nothing damaged was published.`,
};
