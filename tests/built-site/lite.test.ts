/**
 * The text-only version of every article, for readers on slow or filtered
 * networks: one small page and one small stylesheet, no pictures, no
 * webfont, linked both ways with the full article.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { buildInProcess as build, page } from "../support/build.ts";
import { servedInChromium } from "../support/served-site.ts";
import { FIXTURE } from "../support/fixture.ts";

const ARTICLES = ["river-cleanup", "city-budget", "park-opening", "league-final", "city-budget-english"];
const site = await build(FIXTURE);
const web = servedInChromium(() => site);

test("every article has a lite version, linked from the full page and linking back, canonical to the full page", () => {
  for (const slug of ARTICLES) {
    const full = page(site.output, `/articles/${slug}/`);
    const lite = page(site.output, `/lite/articles/${slug}/`);
    assert.equal(full(`a[href="/lite/articles/${slug}/"]`).length, 1, slug);
    assert.ok(lite(`a[href="/articles/${slug}/"]`).length >= 1, slug);
    assert.equal(lite('link[rel="canonical"]').attr("href"), `https://test.example/articles/${slug}/`);
    assert.equal(lite("h1").text(), full("h1").text());
    assert.equal(lite(".article-body").text(), full('[data-region="body"]').text());
  }
});

test("a lite page has no pictures, no webfont, no script and one small stylesheet", () => {
  const $ = page(site.output, "/lite/articles/river-cleanup/");
  assert.equal($("img, picture, svg, video, iframe, script").length, 0);
  assert.equal($('link[rel="preload"]').length, 0);
  const sheets = $('link[rel="stylesheet"]');
  assert.equal(sheets.length, 1);
  assert.match(sheets.attr("href")!, /^\/assets\/lite-rtl\.[0-9a-f]{10}\.css$/);
  const css = readFileSync(join(site.output, sheets.attr("href")!), "utf8");
  assert.ok(!/@font-face|url\(/.test(css), "no webfont, nothing else to download");
  assert.match(css, /font-family: system-ui/);
  const html = statSync(join(site.output, "lite/articles/river-cleanup/index.html")).size;
  assert.ok(html + css.length < 12_000, `${html} + ${css.length} bytes`);
  assert.ok(html < statSync(join(site.output, "articles/river-cleanup/index.html")).size / 2);
});

test("an English article's lite version is left-to-right, with the site's name still marked Arabic", () => {
  const $ = page(site.output, "/lite/articles/city-budget-english/");
  assert.equal($("html").attr("lang"), "en");
  assert.equal($("html").attr("dir"), "ltr");
  assert.match($('link[rel="stylesheet"]').attr("href")!, /lite-ltr\./);
  assert.equal($(".lite-name").attr("lang"), "ar");
  assert.equal($(".lite-name").attr("dir"), "rtl");
});

test("in the browser a lite page downloads only itself and its stylesheet, in the system font", async () => {
  const context = await web.browser.newContext();
  const tab = await context.newPage();
  const requests: string[] = [];
  tab.on("request", (r) => requests.push(`${r.resourceType()} ${r.url().replace(web.server.url, "/")}`));
  await tab.goto(`${web.server.url}lite/articles/river-cleanup/`);
  await tab.evaluate("document.fonts.ready");
  assert.deepEqual(
    requests.filter((r) => !r.includes("favicon")).map((r) => r.replace(/\.[0-9a-f]{10}\./, ".#.")),
    ["document /lite/articles/river-cleanup/", "stylesheet /assets/lite-rtl.#.css"],
  );
  assert.deepEqual(await tab.evaluate("[...document.fonts].map((f) => f.family)"), []);
  assert.equal(await tab.evaluate("getComputedStyle(document.body).direction"), "rtl");
  await context.close();
});

test("under a path prefix the lite links carry it", async () => {
  const prefixed = await build(FIXTURE, { siteUrl: "https://user.github.io/almadar/" });
  assert.equal(prefixed.status, 0, prefixed.stderr);
  const full = page(prefixed.output, "/articles/river-cleanup/");
  assert.equal(full(".lite-link a").attr("href"), "/almadar/lite/articles/river-cleanup/");
  const lite = page(prefixed.output, "/lite/articles/river-cleanup/");
  assert.equal(lite('link[rel="canonical"]').attr("href"), "https://user.github.io/almadar/articles/river-cleanup/");
  assert.deepEqual(
    lite("[href]")
      .map((_, el) => lite(el).attr("href"))
      .get()
      .filter((u: string) => u.startsWith("/") && !u.startsWith("/almadar/")),
    [],
  );
});
