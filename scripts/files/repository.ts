/**
 * The one door through which the build, the check and the preview read the repository: articles,
 * registries, site.yaml, pictures, the files copied into the site as they are. A pull request can
 * hold symbolic links (git stores them, a checkout makes them real), so every path is looked at
 * without following links, from the content root down. Only regular files and folders reached
 * without a link are read; anything else is refused with a sentence for the editor that says what
 * it is, never where a link points (decision 0025).
 */
import {
  closeSync,
  constants,
  copyFileSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Dirent,
} from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";

/** Where a link leads: inside the root, outside it, round in a circle, nowhere, or (opened, not looked at) unknown. */
export type LinkLeads = "inside" | "outside" | "loop" | "nowhere" | "unknown";

/**
 * Why the door refuses a path. The files layer sits below the message catalogue, so it says why
 * as data; scripts/content/messages/files.ts puts it into the editor's language.
 */
export type RefusalReason =
  | { kind: "link"; leads: LinkLeads }
  /** A file inside `folder`, a link on the way. */
  | { kind: "inside-link"; folder: string; leads: LinkLeads }
  /** The content folder itself is a link. */
  | { kind: "root-link" }
  /** A device, pipe or socket. */
  | { kind: "special" }
  | { kind: "outside" }
  | { kind: "folder" }
  | { kind: "missing" };

/** A path the door will not read, and why. */
export interface Refusal {
  path: string;
  reason: RefusalReason;
}

/** Thrown by `regularFile` and `readRegularFile`; the commands put `refusal` into words. */
export class RefusedFile extends Error {
  constructor(readonly refusal: Refusal) {
    super(`${refusal.path}: refused (${refusal.reason.kind})`);
    this.name = "RefusedFile";
  }
}

/** What a path under the root is, looked at without following links. */
export type Entry =
  { kind: "file" } | { kind: "folder" } | { kind: "missing" } | { kind: "refused"; reason: RefusalReason };

/** Why a link is refused: whether it leads inside the root, outside it, round in a circle, or nowhere. */
function linkLeads(link: string, root: string): LinkLeads {
  let target: string;
  try {
    target = realpathSync(link);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ELOOP" ? "loop" : "nowhere";
  }
  return isWithin(realRoot(root), target) ? "inside" : "outside";
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function kindOf(stats: { isFile(): boolean; isDirectory(): boolean }): Entry {
  if (stats.isFile()) return { kind: "file" };
  if (stats.isDirectory()) return { kind: "folder" };
  return { kind: "refused", reason: { kind: "special" } };
}

/**
 * What `path` is, every folder on the way from `root` looked at without following links: a link
 * anywhere on the way refuses it, so a file inside a linked folder is refused as well.
 */
export function inspect(root: string, path: string): Entry {
  const rel = relative(root, path);
  if (rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel))
    return { kind: "refused", reason: { kind: "outside" } };
  const segments = rel ? rel.split(sep) : [];
  let current = root;
  for (let i = -1; i < segments.length; i++) {
    if (i >= 0) current = join(current, segments[i]!);
    let stats;
    try {
      stats = lstatSync(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
      throw error;
    }
    if (stats.isSymbolicLink()) {
      if (i < 0) return { kind: "refused", reason: { kind: "root-link" } };
      const leads = linkLeads(current, root);
      return {
        kind: "refused",
        reason: i === segments.length - 1 ? { kind: "link", leads } : { kind: "inside-link", folder: current, leads },
      };
    }
    if (i === segments.length - 1) return kindOf(stats);
    if (!stats.isDirectory()) return { kind: "missing" };
  }
  return { kind: "missing" };
}

/** Whether `path` is a regular file under `root`, reached without a link: what "the picture is there" means. */
export function isRegularFile(root: string, path: string): boolean {
  return inspect(root, path).kind === "file";
}

/** `path`, if it is a regular file under `root` reached without a link; otherwise throws RefusedFile. */
export function regularFile(root: string, path: string): string {
  const entry = inspect(root, path);
  if (entry.kind === "file") return path;
  throw new RefusedFile({ path, reason: entry.kind === "refused" ? entry.reason : { kind: entry.kind } });
}

/**
 * The bytes of a file a walk of the root listed earlier in this run (an article's body, read again
 * when its page is rendered): its folders were looked at then, so only the file itself is, again.
 */
export function readRegularFile(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP")
      throw new RefusedFile({ path, reason: { kind: "link", leads: "unknown" } });
    throw error;
  }
  try {
    if (!fstatSync(fd).isFile()) throw new RefusedFile({ path, reason: { kind: "special" } });
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface Walk {
  /** The regular files under the folder, relative to it (with the platform's separator), in listing order. */
  files: string[];
  /** Every link and special file found on the way, none of them followed. */
  refused: Refusal[];
}

/**
 * Every regular file under `dir` (itself under `root`), walked by directory entries, which say what
 * each entry is without a stat per file; links are listed as refused and never followed.
 */
export function walk(root: string, dir: string): Walk {
  const result: Walk = { files: [], refused: [] };
  const entry = inspect(root, dir);
  if (entry.kind === "refused") result.refused.push({ path: dir, reason: entry.reason });
  if (entry.kind !== "folder") return result;
  walkInto(root, dir, "", result);
  return result;
}

function walkInto(root: string, dir: string, under: string, result: Walk): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(under ? `${dir}${sep}${under}` : dir, { withFileTypes: true });
  } catch (error) {
    // A folder that vanished between two saves of the preview has no files.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const entry of entries) {
    const name = under ? `${under}${sep}${entry.name}` : entry.name;
    if (entry.isDirectory()) walkInto(root, dir, name, result);
    else if (entry.isFile()) result.files.push(name);
    else {
      const path = `${dir}${sep}${name}`;
      result.refused.push({
        path,
        reason: entry.isSymbolicLink() ? { kind: "link", leads: linkLeads(path, root) } : { kind: "special" },
      });
    }
  }
}

/**
 * Copies every regular file under `from` to the same place under `to`: the build's copy of the
 * pictures and static files, in place of Eleventy's passthrough copy, which follows links. Returns
 * what it refused; the check has already stopped a build over any of them.
 */
export function copyFolder(root: string, from: string, to: string): Refusal[] {
  const { files, refused } = walk(root, from);
  const made = new Set<string>();
  for (const name of files) {
    const target = join(to, name);
    const folder = join(target, "..");
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    copyFileSync(join(from, name), target);
  }
  return refused;
}
