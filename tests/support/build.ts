/** Runs the real `npm run build` entry point on a content folder, in a child process. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as cheerio from "cheerio";

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
  /** A shared build's clock (NEWSROOM_NOW), for a test that builds the same site again to compare. */
  now?: string;
}

export interface BuildSettings {
  output?: string;
  siteUrl?: string;
  /** More environment variables, e.g. NEWSROOM_CACHE for a build cache of the test's own. */
  env?: Record<string, string>;
  /** More flags for `npm run build`, e.g. ["--shard", "2/3"]. */
  args?: string[];
}

export function build(
  contentDir: string,
  { output = join(mkdtempSync(join(tmpdir(), "site-")), "_site"), siteUrl, env, args = [] }: BuildSettings = {},
): BuildResult {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/cli/build.ts", "--content", contentDir, "--output", output, ...args],
    {
      encoding: "utf8",
      // A build forgets the kept pages and search index parts it did not use; test builds keep
      // theirs apart, so that running the tests never empties the site's own cache before `npm run build`.
      env: {
        ...process.env,
        SITE_URL: siteUrl ?? "",
        NEWSROOM_CACHE: join(".cache", "tests"),
        NEWSROOM_LANG: "en",
        ...env,
      },
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output };
}

/**
 * The same build as `build()`, run by the command's own function in this test process: a test that
 * builds many times pays for loading the build's modules once. `build()` remains for what only a
 * process shows (its exit, a kill, a lock held by another process).
 */
export function buildInProcess(contentDir: string, settings: BuildSettings = {}): Promise<BuildResult> {
  const run = inProcessBuilds.then(() => buildHere(contentDir, settings));
  inProcessBuilds = run.catch(() => undefined);
  return run;
}

/**
 * The in-process builds of this test process, one after another. Pagefind's Node API runs one
 * indexing service per imported module, shared by the whole process, and a build closes it when
 * its index is written: a second build indexing beside it would lose its index. Test files run
 * together in one process (tests/built-site.test.ts) start their builds while earlier files' tests run.
 */
let inProcessBuilds: Promise<unknown> = Promise.resolve();

async function buildHere(
  contentDir: string,
  { output = join(mkdtempSync(join(tmpdir(), "site-")), "_site"), siteUrl, env, args = [] }: BuildSettings,
): Promise<BuildResult> {
  const { buildCommand } = await import("../../scripts/cli/build.ts");
  let stdout = "";
  let stderr = "";
  const status = await buildCommand(
    ["--content", contentDir, "--output", output, ...args],
    { ...process.env, SITE_URL: siteUrl ?? "", NEWSROOM_CACHE: join(".cache", "tests"), NEWSROOM_LANG: "en", ...env },
    { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) },
  );
  return { status, stdout, stderr, output };
}

/** Where shared builds are kept: inside the project, so that every test process of a run finds them. */
const SHARED = join("tests", ".output", "shared");
/** Everything a build reads besides its content folder. */
const CODE = ["scripts", "templates", "styles", "static", "package-lock.json", ".eleventy.ts"];

/** A hash of every file under `paths`, names and bytes. */
function treeHash(paths: string[]): string {
  const hash = createHash("sha256");
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
      : [path];
    for (const file of files.sort()) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("base64url").slice(0, 24);
}

/** Makes `folder`, or says that another process made it first (or left it, if it died more than ten minutes ago). */
function claim(folder: string): boolean {
  try {
    mkdirSync(folder);
    return true;
  } catch {
    const made = statSync(folder, { throwIfNoEntry: false })?.mtimeMs;
    if (made !== undefined && Date.now() - made < 600_000) return false;
    rmSync(folder, { recursive: true, force: true });
    return claim(folder);
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * A build that tests only read, made once for every test file of a run that asks for the same
 * content, code and settings (the sample site is read by eight files). Keyed by a hash of all of
 * them and the hour, since the build's clock decides what is published; a build that fails is not kept.
 */
export function sharedBuild(contentDir: string, settings: Omit<BuildSettings, "output" | "args"> = {}): BuildResult {
  const hour = new Date().toISOString().slice(0, 13);
  const key = createHash("sha256")
    .update(treeHash([contentDir, ...CODE]))
    .update(JSON.stringify([resolve(contentDir), settings, hour]))
    .digest("base64url")
    .slice(0, 24);
  const folder = join(SHARED, key);
  const record = join(folder, "result.json");
  const kept = (): BuildResult => ({
    ...(JSON.parse(readFileSync(record, "utf8")) as Omit<BuildResult, "output">),
    output: join(folder, "_site"),
  });
  if (existsSync(record)) return kept();
  mkdirSync(SHARED, { recursive: true });
  // Builds of earlier runs, older than a day, go.
  for (const entry of readdirSync(SHARED)) {
    if (Date.now() - statSync(join(SHARED, entry)).mtimeMs > 86_400_000)
      rmSync(join(SHARED, entry), { recursive: true, force: true });
  }
  // Test files run two at a time: the first to ask builds, the other waits for its copy.
  const building = join(SHARED, `${key}.building`);
  if (!claim(building)) {
    while (existsSync(building) && !existsSync(record)) sleep(200);
    if (existsSync(record)) return sharedBuild(contentDir, settings);
  }
  const tmp = mkdtempSync(join(SHARED, `${key}.`));
  // The clock is fixed and kept, so that a test can build the same site again (tests/built-site/shards.test.ts).
  const now = settings.env?.NEWSROOM_NOW ?? new Date().toISOString();
  let result: BuildResult;
  try {
    result = build(contentDir, {
      ...settings,
      env: { NEWSROOM_NOW: now, ...settings.env },
      output: join(tmp, "_site"),
    });
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  if (result.status !== 0) return result;
  writeFileSync(
    join(tmp, "result.json"),
    JSON.stringify({ status: result.status, stdout: result.stdout, stderr: result.stderr, now }),
  );
  try {
    renameSync(tmp, folder);
  } catch {
    // Another test process finished the same build first: use its copy.
    rmSync(tmp, { recursive: true, force: true });
    return kept();
  }
  return { ...result, output: join(folder, "_site"), now };
}

/** Loads a built page for querying by selector. */
export function page(output: string, path: string): cheerio.CheerioAPI {
  const file = join(output, decodeURIComponent(path), path.endsWith("/") ? "index.html" : "");
  return cheerio.load(readFileSync(file, "utf8"));
}
