/**
 * The published site is never mixed or damaged (issue 23), continued from publish-safety.test.ts:
 * two builds started together, and a build cache damaged, edited through the published site or
 * made by another version. Each checks that `_site` is, byte for byte, the old or the new complete
 * site, and that the next build equals a build from an empty cache (support/publish-scenarios.ts).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  assertTidy,
  assertWhole,
  NEW,
  NOW,
  ok,
  OLD,
  publish,
  run,
  sleep,
  started,
  warmPlace,
} from "../support/publish-scenarios.ts";
import { siteFolderPaths } from "../../scripts/build/site-folder.ts";
import { contentHash } from "../../scripts/cache/build-cache.ts";

/** Starts a build in a process of its own without waiting for it. */
function start(content: string, where: { output: string; cache: string }) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/cli/build.ts", "--content", content, "--output", where.output],
    { env: { ...process.env, NEWSROOM_NOW: NOW, NEWSROOM_CACHE: where.cache, NEWSROOM_LANG: "en" } },
  );
  return started(child, where.output);
}

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
  ok(await run(NEW, where));
  assert.equal(assertWhole(where.output, "after the rounds"), "new");
});

/** Every stored file of a cache folder, those of folder entries too; not the pictures' manifest. */
function entries(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== "manifest.json")
    .map((e) => join(e.parentPath, e.name));
}

test("entries of every cache folder cut to half their size, or with one bit flipped, are found, made again, and nothing damaged is published", async () => {
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
    // As on a fresh CI runner, which restores the cache and nothing else: with no published site
    // to link unchanged files from, every entry is read (the test below has the published site).
    for (const path of siteFolderPaths(where.output)) rmSync(path, { recursive: true, force: true });
    const counts: Record<string, number> = {};
    // checks: the record of each article's check (decision 0046); a damaged one means every file is checked.
    for (const folder of ["fonts", "images", "html", "search", "checks"]) {
      const files = entries(join(where.cache, folder));
      assert.ok(files.length > 0, `${folder} has entries`);
      files.forEach(harm);
      counts[folder] = folder === "search" ? readdirSync(join(where.cache, folder)).length : files.length;
    }
    const result = ok(await run(OLD, where));
    assert.equal(assertWhole(where.output, damage), "old");
    for (const [folder, n] of Object.entries(counts)) {
      // A page whose full copy was damaged is rendered again whole: its lite copy is replaced unread.
      const found = Number(new RegExp(`damaged entr.*\\b${folder} (\\d+)\\b`).exec(result.stdout)?.[1]);
      if (folder === "html") assert.ok(found > 0 && found <= n, `${damage}, ${folder}: ${result.stdout}`);
      else assert.equal(found, n, `${damage}, ${folder}: ${result.stdout}`);
    }
  }
  // Made again: the next build finds nothing damaged.
  const next = ok(await run(OLD, where));
  assert.doesNotMatch(next.stdout, /damaged/);
  assert.equal(assertWhole(where.output, "the build after"), "old");
});

test("an edit of the published site does not reach the cache, and the next build publishes the site as built", async () => {
  const where = warmPlace();
  for (const file of ["index.html", "articles/picture/index.html", "lite/articles/picture/index.html"])
    appendFileSync(join(where.output, file), "<script>analytics()</script>");
  const [edited, ...pictures] = readdirSync(join(where.output, "img"));
  appendFileSync(join(where.output, "img", edited!), "x");
  // A part of the search index, edited and given a file of its own.
  const part = join(
    where.output,
    "pagefind",
    readdirSync(join(where.output, "pagefind")).find((f) => /^\d{4}/.test(f))!,
  );
  appendFileSync(join(part, "pagefind-entry.json"), " ");
  writeFileSync(join(part, "extra.js"), "analytics()");
  // Files left as built are linked into the next version (decision 0047), checked against the
  // hashes the cache recorded: their copies in the cache are damaged here, and must not be needed.
  const unchanged = ["articles/river-cleanup/index.html", "lite/articles/river-cleanup/index.html"];
  unchanged.push(...pictures.map((f) => `img/${f}`));
  const inodes = new Map(unchanged.map((f) => [f, statSync(join(where.output, f)).ino]));
  for (const file of unchanged) {
    const entry = file.startsWith("img/")
      ? `${file.slice(4)}~`
      : `${contentHash(readFileSync(join(where.output, file))).slice(0, 32)}.html~`;
    const folder = join(where.cache, file.startsWith("img/") ? "images" : "html");
    const stored = readdirSync(folder).filter((f) => f.startsWith(entry));
    assert.equal(stored.length, 1, `${file} is in the cache`);
    truncateSync(join(folder, stored[0]!), 1);
  }
  const next = ok(await run(OLD, where));
  assert.doesNotMatch(next.stdout, /damaged/);
  assert.equal(assertWhole(where.output, "after an edit in place"), "old");
  // The same files, with two names: the new version's and the replaced version's, kept until the next build (decision 0048).
  for (const [file, ino] of inodes) {
    const now = statSync(join(where.output, file));
    assert.deepEqual([now.ino, now.nlink], [ino, 2], file);
  }
  for (const folder of ["html", "images", "search"])
    for (const file of entries(join(where.cache, folder))) assert.equal(statSync(file).nlink, 1, file);
});

test("a cache from another version of the project or Node is ignored whole", async () => {
  const where = warmPlace();
  const stamp = join(where.cache, "stamp.json");
  writeFileSync(stamp, readFileSync(stamp, "utf8").replace(/"node":"[^"]*"/, '"node":"v18.0.0"'));
  for (const file of entries(join(where.cache, "html"))) writeFileSync(file, "<p>from another version</p>");
  const next = ok(await run(OLD, where));
  assert.match(next.stdout, /was made by another version of the project, its lockfile or Node; it was emptied/);
  assert.doesNotMatch(next.stdout, /damaged/);
  assert.equal(assertWhole(where.output, "after a foreign cache"), "old");
});
