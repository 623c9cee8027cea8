/**
 * Article pages are written outside Eleventy (scripts/pages/): in worker
 * threads on an archive, on the main thread for a small site, and minified
 * once per distinct page (scripts/render/minified-pages.ts). The fixture is
 * small, so NEWSROOM_WORKERS forces the threads that an archive would use.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "./support/build.ts";
import { contentWith } from "./support/fixture.ts";

const NOW = "2026-03-15T12:00:00+03:00";

function tree(dir: string): Map<string, string> {
  const all = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(all.map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name), "latin1")]));
}

test("worker threads write the same site as the main thread", () => {
  const content = contentWith();
  const env = (workers: string) => ({ NEWSROOM_NOW: NOW, NEWSROOM_WORKERS: workers, NEWSROOM_CACHE: mkdtempSync(join(tmpdir(), "cache-")) });
  const threaded = build(content, { env: env("2") });
  assert.equal(threaded.status, 0, threaded.stderr);
  assert.match(threaded.stdout, /article pages on 2 worker threads/);
  const single = build(content, { env: { ...env(""), NEWSROOM_WORKERS: "" } });
  assert.equal(single.status, 0, single.stderr);
  assert.match(single.stdout, /article pages on the main thread/);
  const [a, b] = [tree(threaded.output), tree(single.output)];
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [file, bytes] of a) assert.ok(bytes === b.get(file), `${file} differs`);
});

test("each distinct page is minified once: a rebuild reuses them all, an edit re-minifies only the pages it changed", () => {
  const content = contentWith();
  const cache = mkdtempSync(join(tmpdir(), "cache-"));
  const env = { NEWSROOM_NOW: NOW, NEWSROOM_CACHE: cache };
  const first = build(content, { env });
  assert.equal(first.status, 0, first.stderr);
  const [, written, minified] = /Wrote (\d+) article pages .*\((\d+) minified, 0 unchanged/.exec(first.stdout)!;
  assert.equal(minified, written, "an empty cache minifies every article page");
  const page = readFileSync(join(first.output, "articles/river-cleanup/index.html"), "utf8");
  assert.ok(!page.includes("\n"), "the page is minified: no line breaks left");

  assert.match(build(content, { env }).stdout, new RegExp(`\\(0 minified, ${written} unchanged since the last build\\)`));

  const file = join(content, "articles/river-cleanup.md");
  writeFileSync(file, readFileSync(file, "utf8").replace(/\n\n/, "\n\nفقرة أضيفت للاختبار.\n\n"));
  const edited = build(content, { env });
  assert.equal(edited.status, 0, edited.stderr);
  assert.match(edited.stdout, /\(2 minified, \d+ unchanged since the last build\)/, "the article and its lite copy only");
  assert.ok(readFileSync(join(edited.output, "articles/river-cleanup/index.html"), "utf8").includes("فقرة أضيفت للاختبار."));
  // Pages no build uses any more are forgotten: one kept file per distinct page of the last build.
  const kept = readdirSync(join(cache, "html")).length;
  const pages = readdirSync(edited.output, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).length;
  assert.ok(kept <= pages, `${kept} kept pages for ${pages} written`);
});
