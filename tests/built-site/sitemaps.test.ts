/**
 * sitemap.xml (an index of sitemap files), the Google News sitemap with its
 * two-day window, and robots.txt. The window is tested on articles dated
 * relative to the moment the test runs.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildInProcess as build, sharedBuild } from "../support/build.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";
import { xml } from "../support/xml.ts";
import { newsArticles, sitemapEntries, splitSitemaps, NEWS_URL_LIMIT } from "../../scripts/site/sitemaps.ts";
import type { Article } from "../../scripts/content/schema.ts";

const HOUR = 60 * 60 * 1000;
/** An ISO date `hours` before now, as an editor would write it (UTC, whole seconds). */
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString().replace(/\.\d{3}Z$/, "Z");
const dated = (title: string, date: string, extra = "") =>
  articleFile(
    VALID.replace(/^title:.*$/m, `title: ${JSON.stringify(title)}`).replace(/^date:.*$/m, `date: ${date}`) + extra,
  );

const content = contentWith({
  "articles/just-now.md": dated("خبر قبل ساعة", hoursAgo(1)),
  "articles/yesterday.md": dated(`خبر الأمس & "غدًا" <قريبًا>`, hoursAgo(30), "\nlang: en"),
  "articles/almost-two-days.md": dated("خبر قبل يومين إلا ساعة", hoursAgo(47)),
  "articles/three-days.md": dated("خبر قبل ثلاثة أيام", hoursAgo(72), "\nupdated: " + hoursAgo(2)),
  "articles/future.md": dated(
    "خبر بتاريخ لاحق",
    new Date(Date.now() + 5 * HOUR).toISOString().replace(/\.\d{3}Z$/, "Z"),
  ),
  "articles/draft.md": dated("مسودة حديثة", hoursAgo(1), "\ndraft: true"),
});
const site = await build(content);
const prefixed = await build(content, { siteUrl: "https://user.github.io/almadar/" });

test("the fixture builds", () => {
  assert.equal(site.status, 0, site.stderr);
  assert.equal(prefixed.status, 0, prefixed.stderr);
});

function sitemapUrls(output: string): Map<string, string> {
  const index = xml(output, "sitemap.xml");
  assert.equal(index("sitemapindex").attr("xmlns"), "http://www.sitemaps.org/schemas/sitemap/0.9");
  const urls = new Map<string, string>();
  for (const loc of index("sitemap > loc")
    .map((_, l) => index(l).text())
    .get()) {
    const file = new URL(loc).pathname.replace(/^\/(almadar\/)?/, "");
    assert.match(file, /^sitemap-\d+\.xml$/, "sitemap files sit at the root, beside the URLs they list");
    const $ = xml(output, file);
    $("url").each((_, u) => void urls.set($(u).find("loc").text(), $(u).find("lastmod").text()));
  }
  return urls;
}

test("the sitemap lists every page a reader can land on, and nothing else", () => {
  const urls = sitemapUrls(site.output);
  const pages = readdirSync(site.output, { recursive: true, encoding: "utf8" })
    // Lite copies declare the full article canonical, so only the full one is listed; /admin/ is the newsroom's.
    .filter((f) => f.endsWith("index.html") && !/^(search|lite|admin)\//.test(f))
    .map(
      (f) =>
        `https://test.example/${f
          .replace(/index\.html$/, "")
          .split("/")
          .map(encodeURIComponent)
          .join("/")}`,
    );
  assert.deepEqual([...urls.keys()].sort(), pages.sort());
  assert.ok(urls.has("https://test.example/sections/news/page/2/"));
  assert.ok(urls.has("https://test.example/tags/%D8%A7%D9%84%D8%A8%D9%8A%D8%A6%D8%A9/"));
  assert.ok(!urls.has("https://test.example/articles/draft/"));
});

test("lastmod is when a page last changed: an article's update, a listing's newest entry", () => {
  const urls = sitemapUrls(site.output);
  const threeDays = new Date(urls.get("https://test.example/articles/three-days/")!);
  assert.ok(Math.abs(threeDays.getTime() - (Date.now() - 2 * HOUR)) < 5 * 60_000, "the update, two hours ago");
  assert.match(urls.get("https://test.example/articles/river-cleanup/")!, /^2026-03-10T09:00:00\+03:00$/);
  assert.equal(urls.get("https://test.example/authors/sami/"), "2026-03-09T00:00:00+03:00", "its newest article");
  assert.equal(
    urls.get("https://test.example/")!,
    urls.get("https://test.example/articles/just-now/"),
    "home changes with the newest published article",
  );
  assert.ok(!urls.has("https://test.example/articles/future/"), "an embargoed article is not listed before its time");
});

test("the news sitemap lists only the articles published in the last two days", () => {
  const $ = xml(site.output, "news-sitemap.xml");
  assert.equal($("urlset").attr("xmlns:news"), "http://www.google.com/schemas/sitemap-news/0.9");
  const locs = $("url > loc")
    .map((_, l) => $(l).text())
    .get();
  assert.deepEqual(locs, [
    "https://test.example/articles/just-now/",
    "https://test.example/articles/yesterday/",
    "https://test.example/articles/almost-two-days/",
  ]);
  const yesterday = $("url").eq(1);
  assert.equal(yesterday.find("news\\:publication > news\\:name").text(), "صحيفة الاختبار");
  assert.equal(yesterday.find("news\\:publication > news\\:language").text(), "en");
  assert.equal($("url").eq(0).find("news\\:language").text(), "ar");
  assert.equal(yesterday.find("news\\:title").text(), `خبر الأمس & "غدًا" <قريبًا>`);
  assert.match(yesterday.find("news\\:publication_date").text(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
});

test("robots.txt allows crawling, keeps search results out and names both sitemaps", () => {
  assert.equal(
    readFileSync(join(site.output, "robots.txt"), "utf8"),
    "User-agent: *\nDisallow: /search/\n\nSitemap: https://test.example/sitemap.xml\nSitemap: https://test.example/news-sitemap.xml\n",
  );
  assert.equal(
    readFileSync(join(prefixed.output, "robots.txt"), "utf8"),
    "User-agent: *\nDisallow: /almadar/search/\n\nSitemap: https://user.github.io/almadar/sitemap.xml\nSitemap: https://user.github.io/almadar/news-sitemap.xml\n",
  );
  assert.ok([...sitemapUrls(prefixed.output).keys()].every((u) => u.startsWith("https://user.github.io/almadar/")));
});

const fake = (i: number, date: Date): Article => ({
  slug: `a${i}`,
  date,
  title: `t${i}`,
  summary: "",
  section: "s",
  authors: ["x"],
  tags: [],
  related: [],
  lang: "ar",
  dir: "rtl",
  draft: false,
  words: 1,
  timed: true,
  file: "",
});

test("sitemap files hold at most the limit each, in order, behind the index", () => {
  const articles = Array.from({ length: 5 }, (_, i) => fake(i, new Date(Date.UTC(2026, 0, 10 - i))));
  const files = splitSitemaps(sitemapEntries(articles, []), 2);
  assert.deepEqual(
    files.map((f) => f.path),
    ["/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"],
  );
  assert.deepEqual(
    files.map((f) => f.entries.map((e) => e.path)),
    [
      ["/", "/articles/a0/"],
      ["/articles/a1/", "/articles/a2/"],
      ["/articles/a3/", "/articles/a4/"],
    ],
  );
  assert.deepEqual(
    files.map((f) => f.lastmod?.toISOString().slice(0, 10)),
    ["2026-01-10", "2026-01-09", "2026-01-07"],
  );
  assert.deepEqual(
    splitSitemaps(sitemapEntries([], [])),
    [{ path: "/sitemap-1.xml", entries: [{ path: "/" }] }],
    "a new site still lists its home page",
  );
});

test("the news sitemap stops at 1,000 articles, the newest", () => {
  const now = new Date("2026-05-01T12:00:00Z");
  const articles = Array.from({ length: 1_500 }, (_, i) => fake(i, new Date(now.getTime() - i * 60_000)));
  const news = newsArticles(articles, now);
  assert.equal(news.length, NEWS_URL_LIMIT);
  assert.equal(news[0]!.slug, "a0");
  assert.equal(news.at(-1)!.slug, "a999");
});

test("on a day without news the news sitemap still holds one <url>, the home page, as the sitemap schema requires", () => {
  // The fixture's newest article is from March 2026: nothing is within two days of the build.
  const quiet = sharedBuild(FIXTURE);
  assert.equal(quiet.status, 0, quiet.stderr);
  const $ = xml(quiet.output, "news-sitemap.xml");
  assert.deepEqual(
    $("urlset > url")
      .toArray()
      .map((url) =>
        $(url)
          .children()
          .toArray()
          .map((child) => [child.tagName, $(child).text()]),
      ),
    [[["loc", "https://test.example/"]]],
  );
});
