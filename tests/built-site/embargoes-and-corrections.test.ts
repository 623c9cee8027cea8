/**
 * Publishing rules in the production build: embargoes, updates and
 * corrections, and typography warnings that are printed but never block.
 * Real builds of the fixture newsroom; NEWSROOM_NOW sets the build's clock.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { CheerioAPI } from "cheerio";
import { buildInProcess as build, page } from "../support/build.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";

// Shares the tag البيئة with river-cleanup, so once published it is among river-cleanup's related headlines.
const embargoed = contentWith({
  "articles/dam-report.md": articleFile(`title: تقرير السد يصدر صباح الجمعة
summary: ينشر التقرير الكامل عن سلامة السد في موعده.
date: 2026-03-20T08:00:00+03:00
section: news
author: huda
tags: [البيئة]`),
});
const before = await build(embargoed, { env: { NEWSROOM_NOW: "2026-03-20T07:59:00+03:00" } });
const after = await build(embargoed, { env: { NEWSROOM_NOW: "2026-03-20T08:00:00+03:00" } });
const rel = relative(process.cwd(), embargoed);

const listsDamReport = (output: string, path: string) =>
  page(output, path)('a[href="/articles/dam-report/"]').length > 0;

test("an article dated in the future is held back from the production build, and the build says so", () => {
  assert.equal(before.status, 0, before.stderr);
  assert.ok(
    before.stdout.includes(
      `Held back until their publication time (embargo), 1 article:\n  ${rel}/articles/dam-report.md: "تقرير السد يصدر صباح الجمعة" at 2026-03-20T08:00:00+03:00\n`,
    ),
    before.stdout,
  );
  assert.ok(!existsSync(join(before.output, "articles/dam-report")));
  for (const path of ["/", "/sections/news/", "/tags/البيئة/", "/authors/huda/", "/articles/river-cleanup/"])
    assert.ok(!listsDamReport(before.output, path), path);
  assert.ok(!readFileSync(join(before.output, "feed.xml"), "utf8").includes("dam-report"));
});

test("at its time the next build publishes it everywhere it belongs", () => {
  assert.equal(after.status, 0, after.stderr);
  assert.ok(!after.stdout.includes("Held back"), after.stdout);
  assert.equal(page(after.output, "/articles/dam-report/")("h1").text(), "تقرير السد يصدر صباح الجمعة");
  assert.equal(
    page(after.output, "/articles/dam-report/")('[data-region="preview-banner"]').length,
    0,
    "no banner on the published page",
  );
  assert.equal(
    page(after.output, "/")(".lead-story .card-title a").attr("href"),
    "/articles/dam-report/",
    "the newest story leads",
  );
  for (const path of ["/sections/news/", "/tags/البيئة/", "/authors/huda/", "/articles/river-cleanup/"])
    assert.ok(listsDamReport(after.output, path), path);
  assert.ok(readFileSync(join(after.output, "feed.xml"), "utf8").includes("https://test.example/articles/dam-report/"));
});

const corrected = contentWith({
  "articles/corrected.md": articleFile(
    `title: البلدية تصحح أرقام الميزانية
summary: تفاصيل الميزانية بعد التصحيح.
date: 2026-03-12T09:00:00+03:00
updated: 2026-03-13T10:00:00+03:00
section: news
author: huda
corrections:
  - date: 2026-03-14
    text: كان المبلغ المخصص للنقل 40 مليونًا لا 14 مليونًا.
  - date: 2026-03-13T12:00:00+03:00
    text: صُحّح اسم مديرة المشروع.`,
    "نص الخبر, بفاصلة لاتينية.\n",
  ),
  "articles/updated-only.md": articleFile(
    `${VALID.replace("2026-03-12", "2026-03-11T08:00:00+03:00")}\nupdated: 2026-03-11T15:30:00+03:00`,
  ),
});
const withCorrections = await build(corrected);

test("updated and corrections show as an 'updated' line with the latest time and a corrections note, oldest first", () => {
  assert.equal(withCorrections.status, 0, withCorrections.stderr);
  const $ = page(withCorrections.output, "/articles/corrected/");
  assert.equal($(".dateline-updated").text(), "آخر تحديث 14 مارس 2026");
  assert.equal($(".dateline-updated time").attr("datetime"), "2026-03-14T00:00:00+03:00");
  const note = $('[data-region="corrections"]');
  assert.equal(note.find("h2").text(), "تصحيحان");
  assert.deepEqual(
    note
      .find("li")
      .map((_, li) => $(li).text())
      .get(),
    [
      "13 مارس 2026 في 12:00 م: صُحّح اسم مديرة المشروع.",
      "14 مارس 2026: كان المبلغ المخصص للنقل 40 مليونًا لا 14 مليونًا.",
    ],
  );
  assert.deepEqual(
    note
      .find("time")
      .map((_, t) => $(t).attr("datetime"))
      .get(),
    ["2026-03-13T12:00:00+03:00", "2026-03-14T00:00:00+03:00"],
  );
});

/** The NewsArticle's dateModified in a page's JSON-LD. */
function dateModified($: CheerioAPI): string | undefined {
  const [article] = JSON.parse($('script[type="application/ld+json"]').text()) as [{ dateModified?: string }];
  return article.dateModified;
}

test("dateModified, article:modified_time and the feed's <updated> use the latest of updated and corrections", () => {
  const $ = page(withCorrections.output, "/articles/corrected/");
  assert.equal(dateModified($), "2026-03-14T00:00:00+03:00");
  assert.equal($('meta[property="article:modified_time"]').attr("content"), "2026-03-14T00:00:00+03:00");
  const feed = readFileSync(join(withCorrections.output, "feed.xml"), "utf8");
  const entry = feed.slice(feed.indexOf("<entry><title>البلدية تصحح"));
  assert.match(
    entry,
    /^<entry><title>[^<]+<\/title><id>https:\/\/test\.example\/articles\/corrected\/<\/id>.*?<updated>2026-03-14T00:00:00\+03:00<\/updated>/,
  );
  assert.match(
    feed,
    /^<\?xml[^>]*>\s*<feed[^>]*>.*?<updated>2026-03-14T00:00:00\+03:00<\/updated>/s,
    "the feed's own <updated> is its latest change",
  );
});

test("an update without corrections shows the update and no corrections note", () => {
  const $ = page(withCorrections.output, "/articles/updated-only/");
  assert.equal($(".dateline-updated").text(), "آخر تحديث 11 مارس 2026 في 3:30 م");
  assert.equal($('[data-region="corrections"]').length, 0);
  assert.equal(dateModified($), "2026-03-11T15:30:00+03:00");
});

test("typography warnings are printed by the build, which still publishes", () => {
  assert.equal(withCorrections.status, 0);
  const rel = relative(process.cwd(), corrected);
  assert.ok(
    withCorrections.stderr.includes(
      `Typography warnings (the site still builds; fix them when you can):\n${rel}/articles/corrected.md:14:9: body: Latin comma (,) after "الخبر" in Arabic text. Use the Arabic comma (،) instead.\n`,
    ),
    withCorrections.stderr,
  );
});
