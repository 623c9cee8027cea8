/**
 * Builds small fixture sites with the real build command and checks the
 * HTML a reader would get.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildInProcess as build, page } from "../support/build.ts";
import { leftToMinify, pagesLeftToMinify } from "../support/minified.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";

const fixture = await build(FIXTURE);

test("the fixture site builds", () => {
  assert.equal(fixture.status, 0, fixture.stderr);
});

test("an Arabic article page is right-to-left with every region", () => {
  const $ = page(fixture.output, "/articles/river-cleanup/");
  assert.equal($("html").attr("lang"), "ar");
  assert.equal($("html").attr("dir"), "rtl");
  assert.match($('link[rel="stylesheet"]').attr("href")!, /^\/assets\/site-rtl\.[0-9a-f]{10}\.css$/);
  assert.equal($('[data-region="headline"]').text(), "متطوعون ينظفون ضفاف النهر في يوم واحد");
  assert.equal($("h1").length, 1);
  assert.equal($(".standfirst").text(), "شارك مئات المتطوعين في حملة لتنظيف ضفاف النهر.");
  assert.equal($('.byline a[href="/authors/huda/"]').text(), "هدى سالم");
  assert.equal($('.kicker a[href="/sections/news/"]').text(), "أخبار");
  assert.equal($(".dateline time").attr("datetime"), "2026-03-10T09:00:00+03:00");
  assert.match($(".dateline time").text(), /^10 مارس 2026/);
  assert.equal($('[data-region="body"] h2').text(), "ماذا بعد");
  assert.deepEqual(
    $(".tag-list a")
      .map((_, a) => $(a).attr("href"))
      .get(),
    [
      "/tags/%D8%A7%D9%84%D8%A8%D9%8A%D8%A6%D8%A9/",
      "/tags/%D8%A7%D9%84%D8%B9%D9%85%D9%84-%D8%A7%D9%84%D8%AA%D8%B7%D9%88%D8%B9%D9%8A/",
    ],
  );
  assert.equal($('[data-region="signup"] h2').text(), "اشترك في النشرة");
  assert.equal($('[data-region="signup"] form').attr("action"), "https://test.example/signup");
  assert.equal(
    $('[data-region="signup"] input[type="email"]').attr("id"),
    $('[data-region="signup"] label').attr("for"),
  );
  assert.equal($('link[rel="canonical"]').attr("href"), "https://test.example/articles/river-cleanup/");
  assert.equal($('meta[property="og:locale"]').attr("content"), "ar_AR");
});

test("related headlines: the curated one first, then by tags and section, never itself", () => {
  const $ = page(fixture.output, "/articles/river-cleanup/");
  const related = $('[data-region="related"] a')
    .map((_, a) => $(a).attr("href"))
    .get();
  assert.equal(related[0], "/articles/city-budget/");
  assert.equal(related[1], "/articles/park-opening/", "shares the tag البيئة");
  assert.ok(!related.includes("/articles/river-cleanup/"));
  assert.equal(new Set(related).size, related.length);
  assert.ok(related.length <= 5);
});

test("an English article is left-to-right and keeps the Arabic site chrome marked as Arabic", () => {
  const $ = page(fixture.output, "/articles/city-budget-english/");
  assert.equal($("html").attr("lang"), "en");
  assert.equal($("html").attr("dir"), "ltr");
  assert.match($('link[rel="stylesheet"]').attr("href")!, /site-ltr\./);
  assert.equal($(".byline").text().startsWith("By "), true);
  assert.equal($(".masthead").attr("lang"), "ar");
  assert.equal($(".masthead").attr("dir"), "rtl");
  assert.equal($('[data-region="signup"]').attr("dir"), "rtl");
  assert.equal($('meta[property="og:locale"]').attr("content"), "en_US");
});

test("NewsArticle structured data describes the article", () => {
  const $ = page(fixture.output, "/articles/city-budget/");
  const [article, breadcrumbs] = JSON.parse($('script[type="application/ld+json"]').text()) as [
    {
      "@type": string;
      headline: string;
      datePublished: string;
      author: { url: string }[];
      mainEntityOfPage: { "@id": string };
    },
    { "@type": string },
  ];
  assert.equal(article["@type"], "NewsArticle");
  assert.equal(article.headline, "البلدية تعلن ميزانية العام المقبل");
  assert.equal(article.datePublished, "2026-03-08T00:00:00+03:00");
  assert.deepEqual(
    article.author.map((a: { url: string }) => a.url),
    ["https://test.example/authors/huda/", "https://test.example/authors/sami/"],
  );
  assert.equal(article.mainEntityOfPage["@id"], "https://test.example/articles/city-budget/");
  assert.equal(breadcrumbs["@type"], "BreadcrumbList");
});

test("home, section, tag and author pages list the published headlines, paginated", () => {
  const home = page(fixture.output, "/");
  assert.equal(home(".lead-story .card-title a").attr("href"), "/articles/river-cleanup/", "the newest story leads");
  const news = page(fixture.output, "/sections/news/");
  assert.equal(news("h1").text(), "قسم أخبار");
  assert.equal(news(".listing-count").text(), "4 مقالات");
  assert.equal(news(".card").length, 2);
  assert.equal(news('.pagination a[rel="next"]').attr("href"), "/sections/news/page/2/");
  const second = page(fixture.output, "/sections/news/page/2/");
  assert.equal(second('.pagination a[rel="prev"]').attr("href"), "/sections/news/");
  assert.match(second("title").text(), /الصفحة 2 من 2/);
  const tag = page(fixture.output, "/tags/البيئة/");
  assert.deepEqual(
    tag(".card-title a")
      .map((_, a) => tag(a).attr("href"))
      .get(),
    ["/articles/river-cleanup/", "/articles/park-opening/"],
  );
  const author = page(fixture.output, "/authors/sami/");
  assert.equal(author(".card").length, 2);
  assert.ok(existsSync(join(fixture.output, "404.html")));
  assert.match(
    readFileSync(join(fixture.output, "feed.xml"), "utf8"),
    /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ar">/,
  );
});

test("every page is as html-minifier-terser would write it, Markdown bodies included", async () => {
  const html = readFileSync(join(fixture.output, "articles/river-cleanup/index.html"), "utf8");
  assert.deepEqual(await pagesLeftToMinify(fixture.output), []);
  // The check sees what it is there to see: line breaks such as markdown-it puts between blocks.
  assert.match(
    (await leftToMinify(html.replace('data-region="body">', 'data-region="body">\n\n'))) ?? "",
    /would become/,
  );
});

test("a headline with markup is text everywhere it lands", async () => {
  const title = `<script>alert("x")</script> & 'quotes' </title>`;
  const content = contentWith({
    "articles/evil.md": articleFile(VALID.replace(/^title:.*$/m, `title: ${JSON.stringify(title)}`)),
  });
  const result = await build(content);
  assert.equal(result.status, 0, result.stderr);
  const html = readFileSync(join(result.output, "articles/evil/index.html"), "utf8");
  const $ = page(result.output, "/articles/evil/");
  assert.equal($("h1").text(), title);
  assert.equal(
    $("title")
      .text()
      .replace(/[\u2066-\u2069]/g, ""),
    `${title} | صحيفة الاختبار`,
  );
  assert.equal($('meta[property="og:title"]').attr("content"), title);
  const [article] = JSON.parse($('script[type="application/ld+json"]').text()) as [{ headline: string }];
  assert.equal(article.headline, title);
  assert.equal($("script").length, 1, "only the JSON-LD script element");
  assert.ok(!html.includes("<script>alert"));
  assert.ok(
    !/<\/script>(?!<\/head>)/.test(html.replace(/<script type="application\/ld\+json">.*?<\/script>/s, "")),
    "nothing closes a script early",
  );
  const listing = page(result.output, "/sections/news/");
  assert.ok(
    listing(".card-title a")
      .map((_, a) => listing(a).text())
      .get()
      .includes(title),
  );
});

test("raw HTML and script URLs in a Markdown body never become markup", async () => {
  const body = [
    "فقرة عادية.",
    "",
    "<script>alert(1)</script>",
    "",
    '<img src="x" onerror="alert(2)">',
    "",
    '<iframe src="https://evil.example/"></iframe>',
    "",
    "[اضغط هنا](javascript:alert(3)) و[رابط](vbscript:msgbox) و<javascript:alert(4)>",
    "",
    '<a href="#" onclick="alert(5)">رابط</a>',
  ].join("\n");
  const content = contentWith({ "articles/xss.md": articleFile(VALID, body) });
  const result = await build(content);
  assert.equal(result.status, 0, result.stderr);
  const $ = page(result.output, "/articles/xss/");
  const region = $('[data-region="body"]');
  assert.equal(region.find("script, iframe, img, object, embed").length, 0);
  assert.equal(region.find("[onerror], [onclick]").length, 0);
  assert.ok(
    region
      .find("a")
      .toArray()
      .every((a) => !/^\s*(javascript|vbscript|data):/i.test($(a).attr("href") ?? "")),
  );
  assert.match(region.text(), /<script>alert\(1\)<\/script>/, "shown as text");
});

test("under a path prefix every link, asset, feed and canonical URL carries it", async () => {
  const result = await build(FIXTURE, { siteUrl: "https://user.github.io/almadar/" });
  assert.equal(result.status, 0, result.stderr);
  for (const path of ["/", "/articles/river-cleanup/", "/sections/news/page/2/", "/tags/البيئة/", "/404.html"]) {
    const $ = page(result.output, path);
    const urls = $("[href], [src], form[action]")
      .map((_, el) => $(el).attr("href") ?? $(el).attr("src") ?? $(el).attr("action"))
      .get();
    const local = urls.filter((u) => u.startsWith("/"));
    assert.ok(local.length > 5, path);
    assert.deepEqual(
      local.filter((u) => !u.startsWith("/almadar/")),
      [],
      path,
    );
    assert.deepEqual(
      urls.filter(
        (u) =>
          /^https?:/.test(u) &&
          !u.startsWith("https://user.github.io/almadar/") &&
          !u.startsWith("https://test.example/signup"),
      ),
      [],
      path,
    );
  }
  const feed = readFileSync(join(result.output, "feed.xml"), "utf8");
  assert.match(feed, /<link href="https:\/\/user.github.io\/almadar\/feed.xml" rel="self"/);
});

test("drafts are left out of the production build", async () => {
  const content = contentWith({ "articles/unfinished.md": articleFile(`${VALID}\ndraft: true`) });
  const result = await build(content);
  assert.equal(result.status, 0, result.stderr);
  assert.ok(!existsSync(join(result.output, "articles/unfinished")));
  assert.ok(!readFileSync(join(result.output, "index.html"), "utf8").includes("unfinished"));
});

test("bad content fails the build with every problem and leaves the published site untouched", async () => {
  const content = contentWith({
    "articles/bad-date.md": articleFile(VALID.replace("2026-03-12", "2023-02-29")),
    "articles/bad-section.md": articleFile(VALID.replace("section: news", "section: weather")),
  });
  const before = readdirSync(fixture.output, { recursive: true }).sort();
  const homeBefore = readFileSync(join(fixture.output, "index.html"));
  const result = await build(content, { output: fixture.output });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /articles\/bad-date\.md:4:1: date: "2023-02-29" is not a real calendar date/);
  assert.match(result.stderr, /articles\/bad-section\.md:5:1: section: "weather" is not a section/);
  assert.match(result.stderr, /nothing was published/);
  assert.ok(!/\n\s+at /.test(result.stderr), "no stack trace for a content error");
  assert.deepEqual(readdirSync(fixture.output, { recursive: true }).sort(), before);
  assert.deepEqual(readFileSync(join(fixture.output, "index.html")), homeBefore);
  assert.ok(!existsSync(`${fixture.output}.next`));
});

test("a build's summary counts the damaged cache entries it found, not those an earlier build in the process found", async () => {
  // Builds in one process (as here) each count their own damage: the tally is the build's, not the module's.
  const env = { NEWSROOM_CACHE: mkdtempSync(join(tmpdir(), "damage-cache-")) };
  assert.equal((await build(FIXTURE, { env })).status, 0);
  const html = join(env.NEWSROOM_CACHE, "html");
  const stored = readdirSync(html).find((name) => name.includes("~"))!;
  writeFileSync(join(html, stored), "<p>damaged</p>");
  const damaged = await build(FIXTURE, { env });
  assert.equal(damaged.status, 0, damaged.stderr);
  assert.match(damaged.stdout, /1 damaged entry \(html 1\)/);
  const clean = await build(FIXTURE, { env });
  assert.equal(clean.status, 0, clean.stderr);
  assert.doesNotMatch(clean.stdout, /damaged/);
});
