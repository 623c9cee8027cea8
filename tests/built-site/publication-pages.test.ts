/**
 * The publication's pages (content/pages/) in the built sample: each at /pages/<slug>/ in the
 * site's frame, in the sitemap, and linked with the sections and the feeds from the footer of every
 * page type; the lite copies' small footer links them too.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { page, sharedBuild } from "../support/build.ts";

const site = sharedBuild("content");
const PAGES = ["about", "standards", "corrections", "privacy", "contact"];

test("each page is rendered in the site's frame, with its title, summary and Markdown body", () => {
  assert.equal(site.status, 0, site.stderr);
  const $ = page(site.output, "/pages/corrections/");
  assert.equal($("h1").text(), "سياسة التصحيح");
  assert.match($(".standfirst").text(), /كيف نصحّح الأخطاء/);
  assert.equal($(".dateline time").attr("datetime"), "2026-12-05T00:00:00+03:00");
  assert.equal($(".article-body h2").first().text(), "كيف نصحّح");
  assert.equal($('.article-body a[href="/pages/contact/"]').text(), "اتصل بنا");
  assert.equal($(".masthead").length, 1);
  assert.equal($("title").text(), "سياسة التصحيح | المدار");
  // No lite copy (decision 0041), so no link to one.
  assert.equal($(".lite-link").length, 0);
});

test("the footer of every page type links the sections, the publication's pages in their order, and the feeds", () => {
  for (const path of [
    "/",
    "/sections/technology/",
    "/tags/تليغرام/",
    "/authors/rana-haddad/",
    "/articles/solar-power-prices-arab-region/",
    "/articles/facebook-apps-outage-live/",
    "/search/",
    "/404.html",
    "/pages/about/",
  ]) {
    const $ = page(site.output, path);
    const links = $(".site-footer nav a")
      .toArray()
      .map((a) => $(a).attr("href"));
    assert.deepEqual(
      links,
      [
        ...["technology", "economy", "culture", "sports", "health"].map((id) => `/sections/${id}/`),
        ...PAGES.map((slug) => `/pages/${slug}/`),
        "/feed.xml",
        "/feed.json",
      ],
      path,
    );
  }
});

test("a lite copy's footer links the publication's pages beside the full version", () => {
  const $ = page(site.output, "/lite/articles/telegram-three-million-users-facebook-outage/");
  assert.deepEqual(
    $(".lite-footer a")
      .toArray()
      .map((a) => $(a).attr("href")),
    ["/articles/telegram-three-million-users-facebook-outage/", ...PAGES.map((slug) => `/pages/${slug}/`)],
  );
});

test("the sitemap lists every page, dated by `updated` when it has one", () => {
  const sitemap = readFileSync(join(site.output, "sitemap-1.xml"), "utf8");
  for (const slug of PAGES) assert.ok(sitemap.includes(`<loc>https://almadar.example/pages/${slug}/</loc>`), slug);
  assert.ok(sitemap.includes("<loc>https://almadar.example/pages/privacy/</loc><lastmod>2026-12-05T00:00:00+03:00"));
  assert.match(sitemap, /<loc>https:\/\/almadar\.example\/pages\/contact\/<\/loc><\/url>/);
});
