/**
 * The published site is never missing, mixed or damaged (issue 23), against
 * the real build in a temporary folder: a build killed or failing after each
 * step of the swap, two builds started together, a damaged cache, an edit of
 * the published site, an output that cannot be moved. Each checks that `_site`
 * is, byte for byte, the old or the new complete site, and that the next
 * build equals a build from an empty cache.
 *
 * Two builds from an empty cache are made once; a scenario that needs a warm
 * cache starts from a copy of one (warmPlace). A fault of the swap or the
 * locks is injected into the publishing step alone (tests/support/publish-step.ts:
 * the build's own locks, recovery and swap, with a copy of a built site for the
 * pages), and a real build then follows from what it left.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type BuildResult } from "./support/build.ts";
import { articleFile, contentWith, VALID } from "./support/fixture.ts";

const NOW = "2026-12-01T08:00:00+03:00";
const CHART = readFileSync("content/images/solar-storage-day-curve.png");
const PICTURE = articleFile(VALID, "فقرة.\n\n![رسم بياني](/images/chart.png)\n");

/** The old site's content, and the new one's: one more article, so that most pages change. */
const OLD = contentWith({ "images/chart.png": CHART, "articles/picture.md": PICTURE });
const NEW = contentWith({
  "images/chart.png": CHART,
  "articles/picture.md": PICTURE,
  "articles/later.md": articleFile(VALID.replace("title: خبر للاختبار", "title: خبر لاحق")),
});

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
function place() {
  const dir = mkdtempSync(join(tmpdir(), "publish-"));
  return { output: join(dir, "_site"), cache: join(dir, "cache"), dir };
}
type Place = ReturnType<typeof place>;

function run(content: string, where: { output: string; cache: string }, env: Record<string, string> = {}) {
  return build(content, { output: where.output, env: { NEWSROOM_NOW: NOW, NEWSROOM_CACHE: where.cache, ...env } });
}

function ok(result: BuildResult): BuildResult {
  assert.equal(result.status, 0, result.stderr);
  assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  return result;
}

/** Each content's site built from an empty cache: what every other build must equal. */
const built = { old: place(), new: place() };
const clean = { old: tree(ok(run(OLD, built.old)).output), new: tree(ok(run(NEW, built.new)).output) };
/** The complete sites those builds published, for the publishing step to copy. */
const SITES = { old: realpathSync(built.old.output), new: realpathSync(built.new.output) };

/** A place as a build of `which` left it: its cache (every entry made) and its published site, copied. */
function warmPlace(which: "old" | "new" = "old"): Place {
  const where = place();
  const from = built[which];
  cpSync(from.cache, where.cache, { recursive: true });
  cpSync(`${from.output}.versions`, `${where.output}.versions`, { recursive: true });
  symlinkSync(readlinkSync(from.output), where.output);
  return where;
}

/** A place whose `_site` is a plain folder holding the old site, as the builds before this design left it. */
function plainPlace(): Place {
  const where = place();
  cpSync(SITES.old, where.output, { recursive: true });
  return where;
}

/** The publishing step alone, publishing a copy of the old or the new site; `hold` ms with the locks held. */
function publish(site: "old" | "new", where: Place, env: Record<string, string> = {}, hold = 0) {
  const args = [
    "--import",
    "tsx",
    "tests/support/publish-step.ts",
    SITES[site],
    where.output,
    where.cache,
    String(hold),
  ];
  return spawn(process.execPath, args, { env: { ...process.env, ...env } });
}

/** Runs the publishing step to its end. */
function publishSync(site: "old" | "new", where: Place, env: Record<string, string> = {}): BuildResult {
  const args = ["--import", "tsx", "tests/support/publish-step.ts", SITES[site], where.output, where.cache];
  const done = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: done.status, stdout: done.stdout, stderr: done.stderr, output: where.output };
}

/** The paths whose bytes differ between two trees. */
function differences(a: Record<string, string>, b: Record<string, string>): string {
  const paths = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((path) => a[path] !== b[path]).sort();
  return `${paths.slice(0, 8).join(", ")}${paths.length > 8 ? ` and ${paths.length - 8} more` : ""}`;
}

function assertWhole(output: string, message: string): "old" | "new" {
  const published = tree(output);
  if (!differences(published, clean.old)) return "old";
  if (!differences(published, clean.new)) return "new";
  assert.fail(
    `${message}: the published site is neither the old one (it differs in ${differences(published, clean.old)}) nor the new one (${differences(published, clean.new)})`,
  );
}

/** Nothing a build leaves only while it runs: its staging folder, its new link, its lock. */
function assertTidy(output: string): void {
  const versions = readdirSync(`${output}.versions`);
  assert.equal(versions.length, 1, `one version of the site: ${versions.join(", ")}`);
  assert.ok(!versions[0]!.endsWith(".partial"));
  for (const leftover of [".link", ".lock", ".next", ".prev"]) assert.ok(!existsSync(`${output}${leftover}`), leftover);
}

test("the site is a link to a complete version, replaced in one step", () => {
  const where = warmPlace();
  assert.ok(statSync(`${where.output}.versions`).isDirectory());
  assert.equal(assertWhole(where.output, "first build"), "old");
  ok(run(NEW, where));
  assert.equal(assertWhole(where.output, "second build"), "new");
  assertTidy(where.output);
});

test("publishing killed or failing after any step of the swap leaves the old or the new site, and the next build is clean", () => {
  const where = warmPlace();
  let site: "old" | "new" = "new";
  const other = (): "old" | "new" => (site === "new" ? "old" : "new");
  for (const step of ["locked", "staged", "versioned", "linked", "swapped", "pruned"]) {
    const killed = publishSync(site, where, { NEWSROOM_TEST_FAULT: `kill:${step}` });
    assert.equal(killed.status, null, `killed after ${step}`);
    // Before the link is renamed the old site is published; from then on the new one.
    const expected: "old" | "new" = step === "swapped" || step === "pruned" ? site : other();
    assert.equal(assertWhole(where.output, `killed after ${step}`), expected, step);
    // The next one, of the other site, starts from what the killed one left: the locks too.
    site = other();
    ok(publishSync(site, where));
    assert.equal(assertWhole(where.output, `the publishing after a kill at ${step}`), site);
    assertTidy(where.output);
    site = other();
  }
  for (const step of ["staged", "versioned", "linked"]) {
    const failed = publishSync(site, where, { NEWSROOM_TEST_FAULT: `fail:${step}` });
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, new RegExp(`stopped after the step "${step}"`));
    assert.equal(assertWhole(where.output, `failed after ${step}`), other());
    assertTidy(where.output);
  }
  // A real build from what the faults left equals one from an empty cache.
  const killed = run(NEW, where, { NEWSROOM_TEST_FAULT: "kill:versioned" });
  assert.equal(killed.status, null);
  ok(run(NEW, where));
  assert.equal(assertWhole(where.output, "the build after the faults"), "new");
  assertTidy(where.output);
});

/** renameat2(RENAME_EXCHANGE) through Perl (scripts/build/site-folder.ts): Linux on the two CPUs it knows. */
const canExchange =
  process.platform === "linux" && ["x64", "arm64"].includes(process.arch) && spawnSync("perl", ["-v"]).status === 0;

test(
  "a site published as a plain folder becomes a link in one exchange: a kill at any step leaves a whole site",
  { skip: canExchange ? false : "needs Linux on x64 or arm64 with perl" },
  () => {
    for (const step of ["linked", "swapped", "moved-aside", "pruned"]) {
      const where = plainPlace();
      const killed = publishSync("new", where, { NEWSROOM_TEST_FAULT: `kill:${step}` });
      assert.equal(killed.status, null, `killed after ${step}`);
      // Never a moment without `_site`: the link and the plain folder traded places in one step.
      assert.equal(assertWhole(where.output, `killed after ${step}`), step === "linked" ? "old" : "new", step);
      const next = ok(publishSync("old", where));
      assert.doesNotMatch(next.stdout, /was missing/);
      assert.equal(assertWhole(where.output, `the publishing after a kill at ${step}`), "old");
      assertTidy(where.output);
    }
  },
);

test("without the exchange (no perl), a kill between the two renames is put right by the next build", () => {
  const where = plainPlace();
  const noPerl = { PATH: "/nonexistent" };
  const failed = publishSync("new", where, { ...noPerl, NEWSROOM_TEST_FAULT: "fail:moved-aside" });
  assert.equal(failed.status, 1);
  assert.ok(statSync(where.output).isDirectory());
  assert.equal(assertWhole(where.output, "failed after moving the folder aside"), "old");

  const killed = publishSync("new", where, { ...noPerl, NEWSROOM_TEST_FAULT: "kill:moved-aside" });
  assert.equal(killed.status, null);
  // The one moment without a `_site`: the next build puts the old one back before anything else.
  assert.ok(!existsSync(where.output));
  const next = ok(run(NEW, where));
  assert.match(next.stdout, /was missing after a stopped build; the last complete site was put back/);
  assert.equal(assertWhole(where.output, "after the kill"), "new");
  assertTidy(where.output);
});

/** Starts a build without waiting for it. */
function start(content: string, where: { output: string; cache: string }, env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/cli/build.ts", "--content", content, "--output", where.output],
    { env: { ...process.env, NEWSROOM_NOW: NOW, NEWSROOM_CACHE: where.cache, NEWSROOM_LANG: "en", ...env } },
  );
  return started(child, where.output);
}

function started(child: ReturnType<typeof spawn>, output: string) {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<BuildResult>((resolve) =>
    child.on("close", (status) => resolve({ status, stdout, stderr, output })),
  );
  return { pid: child.pid!, done };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("two builds started together: one waits for the other, and the site is whole", async () => {
  const where = warmPlace();
  // Two real builds, then many publishing steps that each hold the locks for a while, as a build does.
  const first = start(NEW, where);
  await sleep(Math.random() * 1500);
  const second = start(OLD, where);
  (await Promise.all([first.done, second.done])).forEach(ok);
  assertWhole(where.output, "two builds");
  assertTidy(where.output);
  for (let round = 0; round < 4; round++) {
    const one = started(publish(round % 2 ? "old" : "new", where, {}, Math.random() * 400), where.output);
    await sleep(Math.random() * 300);
    const two = started(publish(round % 2 ? "new" : "old", where, {}, Math.random() * 400), where.output);
    (await Promise.all([one.done, two.done])).forEach(ok);
    // Whichever took the lock last published last: its site, whole.
    assertWhole(where.output, `round ${round}`);
    assertTidy(where.output);
  }
  // The build after them equals one from an empty cache.
  ok(run(NEW, where));
  assert.equal(assertWhole(where.output, "after the rounds"), "new");
});

test("--no-wait stops at once and names the build that holds the lock; a killed holder's lock is taken over", async () => {
  const where = warmPlace();
  // Holds both locks once its site is complete, until it is killed.
  const holder = started(publish("new", where, { NEWSROOM_TEST_FAULT: "pause:staged" }), where.output);
  while (!existsSync(join(where.cache, "lock.json"))) await sleep(50);
  const refused = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/cli/build.ts", "--content", OLD, "--output", where.output, "--no-wait"],
    { encoding: "utf8", env: { ...process.env, NEWSROOM_NOW: NOW, NEWSROOM_CACHE: where.cache, NEWSROOM_LANG: "en" } },
  );
  assert.equal(refused.status, 1, refused.stdout);
  assert.match(
    refused.stderr,
    new RegExp(
      `^Another build is writing the build cache .*: process ${holder.pid} on .*, which started at \\d{4}-`,
      "m",
    ),
  );
  assert.doesNotMatch(refused.stderr, /\n\s+at /);
  process.kill(holder.pid, "SIGKILL");
  assert.equal((await holder.done).status, null);
  assert.equal(assertWhole(where.output, "after the refused build and the killed one"), "old");
  // The killed holder's locks are taken over: its process is gone.
  const next = ok(publishSync("new", where));
  assert.match(
    next.stdout,
    new RegExp(`Took over the lock on the build cache .* stopped before it finished: process ${holder.pid} `),
  );
  assert.equal(assertWhole(where.output, "after the lock was taken over"), "new");
  assertTidy(where.output);
});

/** Every stored file of a cache folder, those of folder entries too; not the pictures' manifest. */
function entries(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== "manifest.json")
    .map((e) => join(e.parentPath, e.name));
}

test("entries of every cache folder cut to half their size, or with one bit flipped, are found, made again, and nothing damaged is published", () => {
  const where = warmPlace();
  for (const [damage, harm] of [
    ["cut to half their size", (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    [
      "with one bit flipped",
      (file: string) => {
        const bytes = readFileSync(file);
        bytes[bytes.length >> 1]! ^= 0x10;
        writeFileSync(file, bytes);
      },
    ],
  ] as const) {
    const counts: Record<string, number> = {};
    for (const folder of ["fonts", "images", "html", "search"]) {
      const files = entries(join(where.cache, folder));
      assert.ok(files.length > 0, `${folder} has entries`);
      files.forEach(harm);
      counts[folder] = folder === "search" ? readdirSync(join(where.cache, folder)).length : files.length;
    }
    const result = ok(run(OLD, where));
    assert.equal(assertWhole(where.output, damage), "old");
    for (const [folder, n] of Object.entries(counts)) {
      // A page whose full copy was damaged is rendered again whole: its lite copy is replaced unread.
      const found = Number(new RegExp(`damaged entr.*\\b${folder} (\\d+)\\b`).exec(result.stdout)?.[1]);
      if (folder === "html") assert.ok(found > 0 && found <= n, `${damage}, ${folder}: ${result.stdout}`);
      else assert.equal(found, n, `${damage}, ${folder}: ${result.stdout}`);
    }
  }
  // Made again: the next build finds nothing damaged.
  const next = ok(run(OLD, where));
  assert.doesNotMatch(next.stdout, /damaged/);
  assert.equal(assertWhole(where.output, "the build after"), "old");
});

test("an edit of the published site does not reach the cache, and the next build publishes the site as built", () => {
  const where = warmPlace();
  for (const file of ["index.html", "articles/picture/index.html"])
    appendFileSync(join(where.output, file), "<script>analytics()</script>");
  const edited = readdirSync(join(where.output, "img"))[0]!;
  appendFileSync(join(where.output, "img", edited), "x");
  const next = ok(run(OLD, where));
  assert.doesNotMatch(next.stdout, /damaged/);
  assert.equal(assertWhole(where.output, "after an edit in place"), "old");
  for (const folder of ["html", "images"])
    for (const file of entries(join(where.cache, folder))) assert.equal(statSync(file).nlink, 1, file);
});

test("a cache from another version of the project or Node is ignored whole", () => {
  const where = warmPlace();
  const stamp = join(where.cache, "stamp.json");
  writeFileSync(stamp, readFileSync(stamp, "utf8").replace(/"node":"[^"]*"/, '"node":"v18.0.0"'));
  for (const file of entries(join(where.cache, "html"))) writeFileSync(file, "<p>from another version</p>");
  const next = ok(run(OLD, where));
  assert.match(next.stdout, /was made by another version of the project, its lockfile or Node; it was emptied/);
  assert.doesNotMatch(next.stdout, /damaged/);
  assert.equal(assertWhole(where.output, "after a foreign cache"), "old");
});

const hasChattr = spawnSync("chattr", ["--help"]).error === undefined && process.getuid?.() === 0;

test(
  "an output that cannot be moved fails the build with a plain message and leaves the old site",
  {
    skip: hasChattr ? false : "needs chattr and root",
  },
  () => {
    const where = plainPlace();
    cpSync(built.new.cache, where.cache, { recursive: true });
    assert.equal(spawnSync("chattr", ["+i", where.output]).status, 0);
    try {
      const failed = run(NEW, where);
      assert.equal(failed.status, 1);
      assert.match(
        failed.stderr,
        new RegExp(`The build could not move ${where.output} to .*: the system refused it \\(EPERM\\)\\. Check that`),
      );
      assert.doesNotMatch(failed.stderr, /\n\s+at /);
      assert.equal(assertWhole(where.output, "after the refused move"), "old");
      assert.deepEqual(readdirSync(`${where.output}.versions`), []);
      assert.ok(!existsSync(`${where.output}.link`));
    } finally {
      spawnSync("chattr", ["-i", where.output]);
    }
    ok(publishSync("new", where));
    assert.equal(assertWhole(where.output, "once it can be moved"), "new");
  },
);

test("an output under a loop of links fails the build with a plain message", () => {
  const where = place();
  symlinkSync("loop", join(where.dir, "loop"));
  const output = join(where.dir, "loop", "_site");
  const failed = run(OLD, { output, cache: where.cache });
  assert.equal(failed.status, 1);
  assert.match(
    failed.stderr,
    /^The build could not .*loop\S*: a symbolic link on the way to .*loop\S* points back at itself \(ELOOP\)\. Remove or correct the link/m,
  );
  assert.doesNotMatch(failed.stderr, /\n\s+at /);
  rmSync(join(where.dir, "loop"));
});
