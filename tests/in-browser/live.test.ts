/**
 * Live coverage as a reader and a search engine see it: updates newest first under the key points
 * and the pinned update, an update not yet due held back, "مباشر" on the cards while it runs and
 * "انتهت التغطية" once ended, LiveBlogPosting data, and in Chromium the script's button, which
 * moves nothing until it is pressed and asks nothing of another site.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { buildInProcess as build, page } from "../support/build.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";
import { waitUntil } from "../../scripts/dev/browser.ts";
import { sharedBrowser } from "../support/chromium.ts";
import { serve } from "../../scripts/dev/static-server.ts";

const live = (slug: string, date: string, fields: string, body: string) => ({
  [`articles/${slug}.md`]: articleFile(`${VALID.replace("2026-03-12", date)}\ntype: live\n${fields}`, body),
});
const content = contentWith({
  ...live(
    "storm",
    "2026-03-12T18:00:00+03:00",
    "live:\n  keyPoints: [الرياح تشتد على الساحل]\n  pinned: 2026-03-12T19:00:00+03:00",
    `نتابع العاصفة هنا.

## 2026-03-12T23:00:00+03:00 تحديث لم يحن وقته
نص مؤجل.

## 2026-03-12T21:00:00+03:00 إغلاق الطرق
أُغلقت الطرق الساحلية.

## 2026-03-12T19:00:00+03:00 تحذير رسمي
صدر تحذير رسمي.
`,
  ),
  ...live(
    "match",
    "2026-03-12T16:00:00+03:00",
    "live:\n  ended: 2026-03-12T18:00:00+03:00",
    "## 2026-03-12T17:00:00+03:00 صافرة النهاية\nانتهت المباراة.\n",
  ),
});
const site = await build(content, { env: { NEWSROOM_NOW: "2026-03-12T22:00:00+03:00" } });

const ids = ($: ReturnType<typeof page>, selector: string) =>
  $(selector)
    .toArray()
    .map((e) => $(e).attr("id"));

test("the site with live coverage builds", () => {
  assert.equal(site.status, 0, site.stderr);
});

test("a live page shows key points, the pinned update and the updates newest first; a later update waits", () => {
  const $ = page(site.output, "/articles/storm/");
  assert.equal($(".article-header .story-label").text(), "مباشر");
  assert.equal($(".key-points li").text(), "الرياح تشتد على الساحل");
  assert.ok($(".key-points").index() < $(".article-body").index(), "the key points come before the introduction");
  assert.equal($(".live-pinned .live-title").text(), "تحذير رسمي");
  assert.deepEqual(ids($, ".live-list .live-update"), ["u-20260312T180000Z", "u-20260312T160000Z"]);
  assert.deepEqual(
    $(".live-list .live-time time")
      .toArray()
      .map((e) => $(e).attr("datetime")),
    ["2026-03-12T21:00:00+03:00", "2026-03-12T19:00:00+03:00"],
  );
  assert.doesNotMatch($.html(), /لم يحن وقته|نص مؤجل/);
  assert.equal($("script[src*='/assets/live.']").length, 1);
  assert.notEqual($(".live-new").attr("hidden"), undefined);
});

test("ended coverage says so, on its page and its cards, and loads no script", () => {
  const $ = page(site.output, "/articles/match/");
  assert.equal($(".article-header .story-label").text(), "انتهت التغطية");
  assert.equal($("#live-updates").text(), "انتهت التغطية");
  assert.equal($("script[src]").length, 0);
  assert.equal($("[data-live]").length, 0);
  const home = page(site.output, "/");
  const card = (slug: string) => home(`.card:has(a[href="/articles/${slug}/"]) .story-label`).first().text();
  assert.equal(card("storm"), "مباشر");
  assert.equal(card("match"), "انتهت التغطية");
});

test("LiveBlogPosting data has the coverage times and each update as a BlogPosting", () => {
  const data = (slug: string) =>
    [
      JSON.parse(
        page(site.output, `/articles/${slug}/`)('script[type="application/ld+json"]').first().text(),
      ) as unknown,
    ].flat()[0] as {
      "@type": string;
      coverageStartTime: string;
      coverageEndTime?: string;
      liveBlogUpdate: { "@type": string; headline: string; datePublished: string; url: string }[];
    };
  const storm = data("storm");
  assert.equal(storm["@type"], "LiveBlogPosting");
  assert.equal(storm.coverageStartTime, "2026-03-12T18:00:00+03:00");
  assert.equal(storm.coverageEndTime, undefined);
  assert.deepEqual(
    storm.liveBlogUpdate.map((u) => [u["@type"], u.headline, u.datePublished, u.url]),
    [
      [
        "BlogPosting",
        "إغلاق الطرق",
        "2026-03-12T21:00:00+03:00",
        "https://test.example/articles/storm/#u-20260312T180000Z",
      ],
      [
        "BlogPosting",
        "تحذير رسمي",
        "2026-03-12T19:00:00+03:00",
        "https://test.example/articles/storm/#u-20260312T160000Z",
      ],
    ],
  );
  assert.equal(data("match").coverageEndTime, "2026-03-12T18:00:00+03:00");
});

test("in the feeds each update shows its time as the page does, in the site's zone and language; a later update waits", () => {
  const atom = cheerio.load(readFileSync(join(site.output, "feed.xml"), "utf8"), { xml: true });
  const entry = atom('entry:has(id:contains("/articles/storm/"))');
  const $ = cheerio.load(entry.find("content").text());
  assert.deepEqual(
    $(".live-update")
      .toArray()
      .map((u) => [$(u).find("time").attr("datetime"), $(u).find("time").text(), $(u).find("h3").text()]),
    [
      ["2026-03-12T21:00:00+03:00", "9:00 م 12 مارس 2026", "إغلاق الطرق"],
      ["2026-03-12T19:00:00+03:00", "7:00 م 12 مارس 2026", "تحذير رسمي"],
    ],
  );
  assert.equal($("p").first().text(), "نتابع العاصفة هنا.");
  const json = JSON.parse(readFileSync(join(site.output, "feed.json"), "utf8")) as {
    items: { url: string; content_html: string }[];
  };
  const item = json.items.find((i) => i.url.endsWith("/articles/storm/"))!;
  assert.equal(item.content_html, entry.find("content").text());
  // Not the heading as the editor typed it, and nothing of the update whose time has not come.
  for (const html of [item.content_html, atom.xml()]) {
    assert.doesNotMatch(html, /<h2>2026-03-12|T2[13]:00:00\+03:00 /);
    assert.doesNotMatch(html, /لم يحن وقته|نص مؤجل/);
  }
});

test("in Chromium the script offers newer updates with a button, moves nothing until pressed, and asks only this site", async (t) => {
  const server = await serve(site.output, "/", { headers: true });
  const browser = await sharedBrowser();
  t.after(async () => {
    await server.close();
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 500 } });
  const tab = await context.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  tab.on("request", (r) => void requests.push(r.url()));
  tab.on("console", (m) => void (/Content Security Policy/.test(m.text()) && violations.push(m.text())));
  await tab.goto(`${server.url}articles/storm/`);
  await tab.evaluate("window.scrollTo(0, 400)");
  const before = await tab.evaluate<number[]>(
    "[window.scrollY, document.querySelector('.live-list').getBoundingClientRect().top]",
  );

  // The editor publishes an update: the next build writes it into the page's updates.json.
  const file = join(site.output, "articles/storm/updates.json");
  const json = JSON.parse(readFileSync(file, "utf8")) as { updates: { id: string; html: string }[] };
  json.updates.unshift({
    id: "u-20260312T190000Z",
    html: '<article class="live-update" id="u-20260312T190000Z"><h3 class="live-title">عودة الكهرباء</h3></article>',
  });
  writeFileSync(file, JSON.stringify(json));
  // The script asks again whenever the tab is looked at, as well as every 30 to 60 seconds.
  await tab.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
  await waitUntil(tab, "!document.querySelector('.live-new').hidden");
  assert.equal(await tab.textContent(".live-new"), "تحديثات جديدة (1)");
  const waiting = await tab.evaluate<number[]>(
    "[window.scrollY, document.querySelector('.live-list').getBoundingClientRect().top]",
  );
  assert.deepEqual(waiting, before, "the page did not move under the reader");
  assert.equal(await tab.evaluate("document.querySelectorAll('.live-list .live-update').length"), 2);

  await tab.click(".live-new");
  assert.equal(await tab.evaluate("document.querySelector('.live-list .live-update').id"), "u-20260312T190000Z");
  assert.equal(await tab.evaluate("document.activeElement.id"), "u-20260312T190000Z");
  assert.equal(await tab.evaluate("document.querySelector('.live-new').hidden"), true);
  assert.deepEqual(
    requests.filter((url) => !url.startsWith(server.url)),
    [],
    "requests to another site",
  );
  assert.ok(requests.some((url) => url.endsWith("/articles/storm/updates.json")));
  assert.deepEqual(violations, []);
  await context.close();
});
