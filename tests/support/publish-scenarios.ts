/**
 * What the publishing-safety tests (issue 23) share: an old and a new site, each built once from an
 * empty cache when this module is loaded, and places (an output and a build cache in a temporary
 * folder) that start from what one of those builds left. A scenario publishes through the
 * publishing step alone (publish-step.ts) or a real build, then checks that `_site` is, byte for
 * byte, the old or the new complete site.
 *
 * Builds and publishing steps that nobody kills or races run in the test's process; those that
 * are killed, paused or started together are processes of their own.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { build, buildInProcess, type BuildResult } from "./build.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "./fixture.ts";
import { program } from "./program.ts";
import { publishCopy } from "./publish-step.ts";

export const NOW = "2026-12-01T08:00:00+03:00";
// A picture, so that the cache has encoded pictures and the site has their files: the fixture's
// 512-pixel logo, as a larger one only makes every build from an empty cache encode longer.
const CHART = readFileSync(join(FIXTURE, "images/logo.png"));
const PICTURE = articleFile(VALID, "فقرة.\n\n![رسم بياني](/images/chart.png)\n");

/** The old site's content, and the new one's: one more article, so that most pages change. */
export const OLD = contentWith({ "images/chart.png": CHART, "articles/picture.md": PICTURE });
export const NEW = contentWith({
  "images/chart.png": CHART,
  "articles/picture.md": PICTURE,
  "articles/later.md": articleFile(VALID.replace("title: خبر للاختبار", "title: خبر لاحق")),
});

export type Which = "old" | "new";

/** Every file under the published folder (through its link), by path, as a hash of its bytes. */
function tree(output: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else
        files[path] = createHash("sha256")
          .update(readFileSync(join(dir, entry.name)))
          .digest("base64url");
    }
  };
  walk(output, "");
  return files;
}

/** A folder for one scenario: its own output and its own build cache. */
export function place() {
  const dir = mkdtempSync(join(tmpdir(), "publish-"));
  return { output: join(dir, "_site"), cache: join(dir, "cache"), dir };
}
export type Place = ReturnType<typeof place>;

const settings = (where: { output: string; cache: string }, env: Record<string, string>) => ({
  output: where.output,
  env: { NEWSROOM_NOW: NOW, NEWSROOM_CACHE: where.cache, ...env },
});

/** A real build, in the test's process (decision 0039). */
export function run(content: string, where: { output: string; cache: string }, args: string[] = []) {
  return buildInProcess(content, { ...settings(where, {}), args });
}

/** A real build in a process of its own: for a fault that kills it (NEWSROOM_TEST_FAULT), or a count kept per process. */
export function runProcess(
  content: string,
  where: { output: string; cache: string },
  env: Record<string, string> = {},
) {
  return build(content, settings(where, env));
}

export function ok(result: BuildResult): BuildResult {
  assert.equal(result.status, 0, result.stderr);
  assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  return result;
}

/** Each content's site built from an empty cache: what every other build must equal. */
export const built = { old: place(), new: place() };
const clean = {
  old: tree(ok(await run(OLD, built.old)).output),
  new: tree(ok(await run(NEW, built.new)).output),
};
/** The complete sites those builds published, for the publishing step to copy. */
const SITES = { old: realpathSync(built.old.output), new: realpathSync(built.new.output) };

/** A place as a build of `which` left it: its cache (every entry made) and its published site, copied. */
export function warmPlace(which: Which = "old"): Place {
  const where = place();
  const from = built[which];
  cpSync(from.cache, where.cache, { recursive: true });
  cpSync(`${from.output}.versions`, `${where.output}.versions`, { recursive: true });
  symlinkSync(readlinkSync(from.output), where.output);
  return where;
}

/** A place whose `_site` is a plain folder holding the old site, as the builds before this design left it. */
export function plainPlace(): Place {
  const where = place();
  cpSync(SITES.old, where.output, { recursive: true });
  return where;
}

/** The publishing step as a program: started a dozen times per file, killed at each step. */
const STEP = program("tests/support/publish-step.ts");

/** The publishing step in a process of its own, publishing a copy of the old or the new site; `hold` ms with the locks held. */
export function publish(site: Which, where: Place, env: Record<string, string> = {}, hold = 0) {
  const args = [...STEP, SITES[site], where.output, where.cache, String(hold)];
  return spawn(process.execPath, args, { env: { ...process.env, ...env } });
}

/** Runs the publishing step in a process of its own to its end. */
export function publishSync(site: Which, where: Place, env: Record<string, string> = {}): BuildResult {
  const args = [...STEP, SITES[site], where.output, where.cache];
  const done = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: done.status, stdout: done.stdout, stderr: done.stderr, output: where.output };
}

/** The publishing step in the test's process, for one that is not killed: `fault` as NEWSROOM_TEST_FAULT, "fail:…" only. */
export async function publishHere(site: Which, where: Place, fault?: `fail:${string}`): Promise<BuildResult> {
  let stdout = "";
  let stderr = "";
  const status = await publishCopy([SITES[site], where.output, where.cache], {
    fault,
    out: (text) => (stdout += `${text}\n`),
    err: (text) => (stderr += `${text}\n`),
  });
  return { status, stdout, stderr, output: where.output };
}

/** The paths whose bytes differ between two trees. */
function differences(a: Record<string, string>, b: Record<string, string>): string {
  const paths = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((path) => a[path] !== b[path]).sort();
  return `${paths.slice(0, 8).join(", ")}${paths.length > 8 ? ` and ${paths.length - 8} more` : ""}`;
}

export function assertWhole(output: string, message: string): Which {
  const published = tree(output);
  if (!differences(published, clean.old)) return "old";
  if (!differences(published, clean.new)) return "new";
  assert.fail(
    `${message}: the published site is neither the old one (it differs in ${differences(published, clean.old)}) nor the new one (${differences(published, clean.new)})`,
  );
}

/**
 * Nothing a build leaves only while it runs: its staging folder, its new link, its lock. The
 * published version, and at most the one it replaced, which the next build removes (decision 0048).
 */
export function assertTidy(output: string): void {
  const versions = readdirSync(`${output}.versions`);
  const published = basename(readlinkSync(output));
  assert.ok(versions.includes(published), `the published version ${published} is among ${versions.join(", ")}`);
  assert.ok(versions.length <= 2, `the published version and the one before it at most: ${versions.join(", ")}`);
  assert.ok(!versions.some((version) => version.endsWith(".partial")), versions.join(", "));
  for (const leftover of [".link", ".lock", ".next", ".prev"]) assert.ok(!existsSync(`${output}${leftover}`), leftover);
}

/** Follows a process's output to its end. */
export function started(child: ReturnType<typeof spawn>, output: string) {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<BuildResult>((resolve) =>
    child.on("close", (status) => resolve({ status, stdout, stderr, output })),
  );
  return { pid: child.pid!, done };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
