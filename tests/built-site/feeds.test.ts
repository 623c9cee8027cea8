/**
 * Atom and JSON feeds, for the site and each section, built from a fixture
 * with a headline that tries every way of breaking XML and JSON.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildInProcess as build, page } from "../support/build.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";
import { xml } from "../support/xml.ts";

const HEADLINE = `<b>"ذهب" & 'فضة'</b> ]]> </title><!-- «مؤشر»`;
const BODY = "الأسعار < 5 & 6 ]]> كما في [تقرير الأمس](/articles/city-budget/).\n\n![صورة](/images/logo.png)\n";
const content = contentWith({
  "articles/markup-headline.md": articleFile(
    VALID.replace(/^title:.*$/m, `title: ${JSON.stringify(`${HEADLINE}\u0007`)}`)
      .replace("date: 2026-03-12", "date: 2026-03-12T08:00:00+03:00")
      .concat("\nupdated: 2026-03-13T10:30:00+03:00\ntags: [ذهب]"),
    BODY,
  ),
  "articles/draft.md": articleFile(`${VALID}\ndraft: true`),
});
const site = await build(content);
const prefixed = await build(content, { siteUrl: "https://user.github.io/almadar/" });

test("the fixture builds", () => {
  assert.equal(site.status, 0, site.stderr);
  assert.equal(prefixed.status, 0, prefixed.stderr);
});

test("the site's Atom feed is well-formed Arabic Atom with the newest articles first", () => {
  const $ = xml(site.output, "feed.xml");
  assert.equal($("feed").attr("xmlns"), "http://www.w3.org/2005/Atom");
  assert.equal($("feed").attr("xml:lang"), "ar");
  assert.equal($('feed > link[rel="self"]').attr("href"), "https://test.example/feed.xml");
  assert.equal($('feed > link[type="application/feed+json"]').attr("href"), "https://test.example/feed.json");
  assert.equal($("feed > icon").text(), "https://test.example/images/logo.png");
  const ids = $("entry > id")
    .map((_, e) => $(e).text())
    .get();
  assert.equal(ids[0], "https://test.example/articles/markup-headline/");
  assert.equal(ids.length, 6, "all 6 published fixture articles (fewer than 20), not the draft");
  assert.ok(!ids.includes("https://test.example/articles/draft/"));
  assert.equal($("feed > updated").text(), "2026-03-13T10:30:00+03:00", "the latest update among the entries");
  assert.equal($("entry").eq(1).attr("xml:lang"), undefined);
  assert.equal($('entry:has(id:contains("city-budget-english")) ').attr("xml:lang"), "en");
});

test("a headline with <, &, quotes, ]]> and a control character survives the XML feed as text", () => {
  const $ = xml(site.output, "feed.xml");
  const entry = $("entry").first();
  // Latin runs are wrapped in invisible Unicode isolates (U+2066…U+2069) so feed readers keep them in order.
  assert.equal(
    entry
      .find("title")
      .text()
      .replace(/[\u2066-\u2069]/g, ""),
    HEADLINE,
    "the control character is dropped, everything else is kept",
  );
  assert.match(entry.find("title").text(), /<\u2066b\u2069>/);
  assert.deepEqual(
    entry
      .find("category")
      .map((_, c) => $(c).attr("term"))
      .get(),
    ["أخبار", "ذهب"],
  );
  assert.equal(entry.find("updated").text(), "2026-03-13T10:30:00+03:00");
  assert.equal(entry.find("published").text(), "2026-03-12T08:00:00+03:00");
});

test("entries carry the summary and the full body as HTML, with absolute links", () => {
  const $ = xml(site.output, "feed.xml");
  const entry = $("entry").first();
  assert.equal(entry.find("summary").text(), "ملخص الخبر.");
  assert.equal(entry.find("content").attr("type"), "html");
  const body = entry.find("content").text();
  assert.match(
    body,
    /^<p>الأسعار &lt; 5 &amp; 6 \]\]&gt; كما في <a href="https:\/\/test\.example\/articles\/city-budget\/">تقرير الأمس<\/a>/,
  );
  assert.match(body, /<picture>.*<img [^>]*alt="صورة"/s, "pictures come through the image pipeline");
  assert.match(body, /<img [^>]*src="https:\/\/test\.example\/img\/[^"]+"/, "with absolute addresses");
  // The same body, escaped once more, is what the article page shows.
  const article = page(site.output, "/articles/markup-headline/");
  assert.equal(article('[data-region="body"] p').first().text(), "الأسعار < 5 & 6 ]]> كما في تقرير الأمس.");
});

/** The part of a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) these tests read. */
interface JsonFeed {
  version: string;
  title: string;
  language: string;
  feed_url: string;
  home_page_url: string;
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    date_modified: string;
    authors: { name: string; url: string }[];
    tags: string[];
  }[];
}

const jsonFeed = (path: string) => JSON.parse(readFileSync(join(site.output, path), "utf8")) as JsonFeed;

test("the JSON Feed holds the same entries as valid JSON Feed 1.1", () => {
  const feed = jsonFeed("feed.json");
  assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
  assert.equal(feed.language, "ar");
  assert.equal(feed.feed_url, "https://test.example/feed.json");
  assert.equal(feed.home_page_url, "https://test.example/");
  const [first] = feed.items;
  assert.ok(first, "the feed has items");
  assert.equal(first.id, "https://test.example/articles/markup-headline/");
  assert.equal(
    first.title.replace(/[\u2066-\u2069]/g, ""),
    `${HEADLINE}\u0007`,
    "JSON can carry every character, escaped",
  );
  assert.equal(first.summary, "ملخص الخبر.");
  assert.match(first.content_html, /^<p>الأسعار &lt; 5 &amp; 6 \]\]&gt;/);
  assert.equal(first.date_published, "2026-03-12T08:00:00+03:00");
  assert.equal(first.date_modified, "2026-03-13T10:30:00+03:00");
  assert.deepEqual(first.authors, [{ name: "هدى سالم", url: "https://test.example/authors/huda/" }]);
  assert.deepEqual(first.tags, ["أخبار", "ذهب"]);
  assert.equal(feed.items.length, 6);
  for (const item of feed.items)
    for (const key of ["id", "url", "title", "content_html", "date_published"] as const)
      assert.ok(item[key], `${item.id} has ${key}`);
});

test("each section has its own Atom and JSON feed with only its articles", () => {
  const news = xml(site.output, "sections/news/feed.xml");
  assert.equal(news("feed > title").text(), "صحيفة الاختبار: أخبار");
  assert.equal(
    news('feed > link[rel="alternate"][type="text/html"]').attr("href"),
    "https://test.example/sections/news/",
  );
  assert.equal(news("entry").length, 5);
  const sport = xml(site.output, "sections/sport/feed.xml");
  assert.deepEqual(
    sport("entry > id")
      .map((_, e) => sport(e).text())
      .get(),
    ["https://test.example/articles/league-final/"],
  );
  const sportJson = jsonFeed("sections/sport/feed.json");
  assert.deepEqual(
    sportJson.items.map((i) => i.id),
    ["https://test.example/articles/league-final/"],
  );
  assert.equal(sportJson.title, "صحيفة الاختبار: رياضة");
});

test("every page announces the site's feeds; section pages their own too", () => {
  const alternates = (path: string) => {
    const $ = page(site.output, path);
    return $('link[rel="alternate"]')
      .map((_, l) => `${$(l).attr("type")} ${$(l).attr("href")}`)
      .get();
  };
  const siteFeeds = ["application/atom+xml /feed.xml", "application/feed+json /feed.json"];
  assert.deepEqual(alternates("/"), siteFeeds);
  assert.deepEqual(alternates("/articles/river-cleanup/"), siteFeeds);
  assert.deepEqual(alternates("/sections/news/page/2/"), [
    ...siteFeeds,
    "application/atom+xml /sections/news/feed.xml",
    "application/feed+json /sections/news/feed.json",
  ]);
  for (const feed of ["feed.xml", "feed.json", "sections/news/feed.xml", "sections/news/feed.json"])
    assert.ok(existsSync(join(site.output, feed)), feed);
  const $ = page(site.output, "/sections/news/");
  assert.equal($('link[type="application/atom+xml"]').last().attr("title"), "صحيفة الاختبار: أخبار (موجز Atom)");
});

test("under a path prefix, feeds and their links carry it", () => {
  const $ = xml(prefixed.output, "sections/news/feed.xml");
  assert.equal($('feed > link[rel="self"]').attr("href"), "https://user.github.io/almadar/sections/news/feed.xml");
  assert.match(
    $("entry > content").first().text(),
    /href="https:\/\/user\.github\.io\/almadar\/articles\/city-budget\/"/,
  );
  assert.equal(page(prefixed.output, "/")('link[type="application/feed+json"]').attr("href"), "/almadar/feed.json");
});
