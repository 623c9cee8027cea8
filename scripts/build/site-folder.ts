/**
 * The published folder, and how a new site replaces it in one step.
 *
 * `_site` is a symbolic link to a complete site in `_site.versions/`. A build
 * writes the new site beside the old one, and replaces the link with one
 * rename(2): whenever the build is stopped, `_site` is the old or the new
 * site, whole. Why a link, and what the artifact step and web servers make
 * of it: docs/decisions/0021-published-site-always-whole.md.
 *
 *   _site                       -> _site.versions/2026-12-05T00-31-02-123Z-4711
 *   _site.versions/<id>.partial    the site being built
 *   _site.versions/<id>            a complete site (a rename marks it so)
 *   _site.link                     the new link, before it is renamed onto _site
 */
import { execFile } from "node:child_process";
import { lstat, mkdir, readdir, readlink, rename, rm, stat, symlink } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";

/** The steps of a build's end, in order; a test stops the build after each (faultAt). */
type SwapStep = "locked" | "staged" | "pruned" | "versioned" | "linked" | "moved-aside" | "swapped";

/** Awaited after each step; does nothing unless a test asked for a fault there. */
export type FaultHook = (step: SwapStep) => Promise<void>;

/**
 * NEWSROOM_TEST_FAULT="kill:<step>" kills the build with SIGKILL right after `step`, as `kill -9`
 * or a power cut would; "fail:<step>" throws there, as a failing system call would; "pause:<step>"
 * waits there, holding the locks, until the build is killed. Off unless set; for tests only
 * (tests/publishing/publish-safety.test.ts).
 */
export function faultAt(spec: string | undefined): FaultHook {
  const [how, at] = (spec ?? "").split(":");
  return async (step) => {
    if (!spec || step !== at) return;
    if (how === "kill") process.kill(process.pid, "SIGKILL");
    if (how === "pause") await new Promise((resolve) => setTimeout(resolve, 3_600_000));
    throw new Error(`The build was stopped after the step "${step}" (NEWSROOM_TEST_FAULT).`);
  };
}

export interface SiteFolder {
  /** The published path: a link to the current version. */
  output: string;
  versions: string;
  /** This build's version's name. */
  id: string;
  /** Where this build writes its site. */
  staging: string;
}

/** Every path a build leaves for `output` once its locks are released: the link, the versions, a link not yet renamed. */
export function siteFolderPaths(output: string): string[] {
  return [output, `${output}.versions`, `${output}.link`];
}

export function siteFolder(output: string, now = new Date()): SiteFolder {
  const versions = `${output}.versions`;
  // Sorted by name in the order they were built; the process id keeps two builds of one millisecond apart.
  const id = `${now.toISOString().replace(/[:.]/g, "-")}-${process.pid}`;
  return { output, versions, id, staging: join(versions, `${id}.partial`) };
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function resolves(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Points `output` at `version` in one rename of a new link; the link is relative, so the folder can move. */
async function pointAt(output: string, version: string): Promise<void> {
  const link = `${output}.link`;
  await rm(link, { force: true });
  await symlink(relative(dirname(output), version), link);
  await rename(link, output);
}

/** renameat2(2)'s number, by CPU: the two that newsrooms' servers, laptops and CI runners use. */
const RENAMEAT2: Partial<Record<string, number>> = { x64: 316, arm64: 276 };

/**
 * Swaps two paths in one step with renameat2(RENAME_EXCHANGE), which Node has no binding for,
 * through Perl's syscall (perl-base is in every Debian and Ubuntu, CI runners included): a plain
 * folder and a link trade places, with no moment in which either name is missing. False where it
 * cannot be done (another system or CPU, no Perl, a file system without the flag); nothing moved then.
 */
async function exchange(a: string, b: string): Promise<boolean> {
  const number = RENAMEAT2[process.arch];
  if (process.platform !== "linux" || number === undefined) return false;
  // AT_FDCWD is -100, RENAME_EXCHANGE 2; the paths are absolute.
  const script = "exit(syscall($ARGV[0], -100, $ARGV[1], -100, $ARGV[2], 2) == 0 ? 0 : 1)";
  return new Promise((done) =>
    execFile("perl", ["-e", script, String(number), resolve(a), resolve(b)], (error) => done(!error)),
  );
}

/**
 * Before a build writes anything, under its lock: if a build was stopped in the one moment when
 * `_site` is missing (the first swap onto a plain folder where no exchange could be made, or the
 * swap of the previous design), the last complete site is put back. `putBack` says so, for the
 * editor to be told. `stale` lists every other version: the one the last build replaced, and what
 * stopped builds left. The build removes them while it works (removeVersions).
 */
export async function recoverSiteFolder(output: string): Promise<{ putBack: boolean; stale: string[] }> {
  const versions = `${output}.versions`;
  let putBack = false;
  // A link, or the plain folder an exchange put there (the old site, replaced).
  await rm(`${output}.link`, { recursive: true, force: true });
  let current = await lstatOrUndefined(output);
  if (current?.isSymbolicLink() && !(await resolves(output))) {
    await rm(output, { force: true });
    current = undefined;
  }
  if (!current) {
    const complete = (await readdir(versions).catch(() => [] as string[]))
      .filter((name) => !name.endsWith(".partial"))
      .sort();
    const newest = complete.at(-1);
    if (newest) {
      await pointAt(output, join(versions, newest));
      putBack = true;
    } else if ((await lstatOrUndefined(`${output}.prev`))?.isDirectory()) {
      // Stopped between the two renames of the earlier swap: `.prev` is the old site, whole.
      await rename(`${output}.prev`, output);
      putBack = true;
    }
  }
  await rm(`${output}.next`, { recursive: true, force: true });
  await rm(`${output}.prev`, { recursive: true, force: true });
  const link = (await lstatOrUndefined(output))?.isSymbolicLink() ? await readlink(output) : undefined;
  const published = link && relative(versions, resolve(dirname(output), link));
  const stale = (await readdir(versions).catch(() => [] as string[]))
    .filter((name) => name !== published)
    .map((name) => join(versions, name));
  return { putBack, stale };
}

/**
 * Removes versions no longer published. Run beside the build's own work, and finished before its
 * swap: recoverSiteFolder takes the newest complete version for the published one, which a half
 * removed version must never be.
 */
export async function removeVersions(stale: string[]): Promise<void> {
  if (!stale.length) return;
  // coreutils' rm spends less than half the CPU of Node's recursive rm on a version of tens of
  // thousands of files (3.0 s against 6.9 s at 10,000 articles), CPU the pages being rendered
  // meanwhile need. Where it is missing or fails, Node's rm does it, and names what went wrong.
  const removed = await new Promise<boolean>((done) =>
    execFile("rm", ["-rf", "--", ...stale], (error) => done(!error)),
  );
  if (!removed) for (const version of stale) await rm(version, { recursive: true, force: true });
}

/** Makes this build's staging folder. */
export async function startVersion(folder: SiteFolder): Promise<void> {
  await mkdir(folder.staging, { recursive: true });
}

/**
 * Publishes the complete site in `folder.staging`: it is renamed to its version's name, and `_site`
 * is pointed at it by renaming a new link onto it. The version it replaces stays until the next
 * build, which removes it while it works (decision 0048).
 * Returns once `_site` is the new site; throws, leaving `_site` as it was, if it could not be.
 */
export async function swapIn(folder: SiteFolder, fault: FaultHook): Promise<void> {
  const { output, versions, id, staging } = folder;
  const version = join(versions, id);
  const link = `${output}.link`;
  await rename(staging, version);
  await fault("versioned");
  await symlink(relative(dirname(output), version), link);
  await fault("linked");
  const current = await lstatOrUndefined(output);
  if (current && !current.isSymbolicLink()) {
    // The first build since `_site` was a plain folder: the link takes its place and it joins the
    // versions, which are pruned below.
    const before = join(versions, `${id}-before`);
    if (await exchange(link, output)) {
      await fault("swapped");
      await rename(link, before);
      await fault("moved-aside");
    } else {
      // Two renames: between them, this once, there is no `_site`. A build stopped there is put
      // right at the next start (recoverSiteFolder), which takes this name, sorted after the new
      // version's, for the newest complete site: the old one, as the build did not finish.
      await rename(output, before);
      try {
        await fault("moved-aside");
        await rename(link, output);
      } catch (error) {
        await rename(before, output);
        throw error;
      }
      await fault("swapped");
    }
  } else {
    await rename(link, output);
    await fault("swapped");
  }
}

/** After a failed build: removes its staging folder, its version and its link, unless `_site` already points there. */
export async function discardVersion(folder: SiteFolder): Promise<void> {
  await rm(folder.staging, { recursive: true, force: true });
  const published = (await lstatOrUndefined(folder.output))?.isSymbolicLink() ? await readlink(folder.output) : "";
  const version = join(folder.versions, folder.id);
  if (resolve(dirname(folder.output), published) !== resolve(version)) {
    await rm(version, { recursive: true, force: true });
    await rm(`${folder.output}.link`, { force: true });
  }
}
