/**
 * The "عاجل" bar: on every page while it runs, linked to its story, without JavaScript; gone after
 * its time at the next scheduled rebuild. Article pages are kept between builds under a hash of
 * their inputs (scripts/publish/page-cache.ts): the bar is part of that hash (the frame), so a kept
 * page is rendered again when the bar starts or ends, and kept as it is otherwise.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildInProcess as build, page } from "../support/build.ts";
import { contentWith } from "../support/fixture.ts";

const content = contentWith({
  "front-page.yaml": "breaking:\n  article: park-opening\n  until: 2026-03-14T18:00:00+03:00\n",
});
const cache = mkdtempSync(join(tmpdir(), "breaking-cache-"));
const at = async (now: string) => await build(content, { env: { NEWSROOM_NOW: now, NEWSROOM_CACHE: cache } });

/** "Wrote 12 article pages (4 kept from the last build, 8 rendered)": the number kept. */
const kept = (stdout: string) => Number(/\((\d+) kept from the last build/.exec(stdout)?.[1] ?? NaN);
const bar = (output: string, path: string) => {
  const $ = page(output, path);
  return { text: $(".breaking-bar").text(), href: $(".breaking-bar a").attr("href") };
};

// Builds in order, each on the cache the one before left.
const during = await at("2026-03-14T12:00:00+03:00");
const again = await at("2026-03-14T12:05:00+03:00");
const after = await at("2026-03-14T18:00:00+03:00");

test("the builds succeed", () => {
  for (const run of [during, again, after]) assert.equal(run.status, 0, run.stderr);
});

test("while it runs, every page shows the bar linked to the story, without a script", () => {
  for (const path of ["/", "/articles/river-cleanup/", "/sections/news/", "/404.html"]) {
    const shown = bar(during.output, path);
    assert.match(shown.text, /^عاجل/, path);
    assert.equal(shown.href, "/articles/park-opening/", path);
    assert.equal(page(during.output, path)("script[src]").length, 0, path);
  }
  assert.match(bar(during.output, "/").text, /افتتاح/, "the story's headline is the bar's line");
});

test("a rebuild with the bar unchanged keeps the article pages, bar and all", () => {
  assert.ok(kept(again.stdout) > 0, again.stdout);
  assert.equal(bar(again.output, "/articles/river-cleanup/").href, "/articles/park-opening/");
});

test("the rebuild after its time takes the bar off every page, kept article pages included", () => {
  assert.equal(kept(after.stdout), 0, `every article page is rendered again: ${after.stdout}`);
  for (const path of ["/", "/articles/river-cleanup/", "/articles/park-opening/", "/sections/news/"])
    assert.equal(page(after.output, path)(".breaking-bar").length, 0, path);
});
