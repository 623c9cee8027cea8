/**
 * Where a slug went: when a `related` slug no longer exists, git knows which
 * file carried it and whether it was deleted or renamed, so the message can
 * name that file. Without git, outside a repository, or with no record, the
 * answer is simply "unknown" and the message says less.
 */
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";

export interface Removal {
  /** The file that carried the slug, relative to the working directory. */
  file: string;
  /** Where it was renamed to, if it was renamed rather than deleted. */
  renamedTo?: string;
  /** The commit that removed it (short hash), or undefined when the change is not committed yet. */
  commit?: string;
  /** The commit's date, YYYY-MM-DD. */
  day?: string;
}

/** Finds, for each slug, the most recent deletion or rename of `<slug>.md` under `articlesDir`. */
export function findRemovals(articlesDir: string, slugs: Iterable<string>): Map<string, Removal> {
  const wanted = new Set(slugs);
  const found = new Map<string, Removal>();
  if (wanted.size === 0) return found;
  let dir: string;
  try {
    dir = realpathSync(articlesDir);
  } catch {
    return found;
  }
  const root = git(dir, ["rev-parse", "--show-toplevel"])?.trim();
  if (!root) return found;
  const scope = relative(realpathSync(root), dir).split(sep).join("/") || ".";
  const display = (path: string) => relative(process.cwd(), join(root, path)).split(sep).join("/");

  const record = (status: string, paths: string[], commit?: string, day?: string) => {
    const [from, to] = paths;
    if (!from || !/^[DR]/.test(status)) return;
    const slug = basename(from).replace(/\.md$/, "");
    if (!wanted.has(slug) || found.has(slug)) return;
    found.set(slug, {
      file: display(from),
      ...(status.startsWith("R") && to ? { renamedTo: display(to) } : {}),
      ...(commit ? { commit, day } : {}),
    });
  };

  // First what the editor has changed but not committed (a rename before `git commit`), then history, newest first.
  const pending = git(root, ["diff", "-M", "--name-status", "--diff-filter=DR", "HEAD", "--", scope]);
  for (const line of (pending ?? "").split("\n")) {
    const [status = "", ...paths] = line.split("\t");
    record(status, paths);
  }
  const history = git(root, ["log", "-M", "--diff-filter=DR", "--name-status", "--format=%x1e%h %cs", "--", scope]);
  for (const entry of (history ?? "").split("\x1e").slice(1)) {
    const [header = "", ...lines] = entry.split("\n");
    const [commit, day] = header.split(" ");
    for (const line of lines) {
      const [status = "", ...paths] = line.split("\t");
      record(status, paths, commit, day);
    }
  }
  return found;
}

function git(cwd: string, args: string[]): string | undefined {
  // quotePath=false keeps non-Latin file names readable instead of octal-escaped.
  const run = spawnSync("git", ["-c", "core.quotePath=false", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return run.error || run.status !== 0 ? undefined : run.stdout;
}
