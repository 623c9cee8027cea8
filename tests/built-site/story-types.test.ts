/**
 * Story types as a reader and a search engine see them: the label on the article and its card,
 * the schema.org type, the opinion writer's photo and bio line, and the sponsor's name,
 * disclaimer, rel="sponsored" links and absence from the Google News sitemap.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { buildInProcess as build, page } from "../support/build.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";

const portrait = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#7a5230" } })
  .jpeg()
  .toBuffer();

const typed = (date: string, lines: string, body = "نص المقال.\n") =>
  articleFile(`${VALID.replace("2026-03-12", date)}\n${lines}`, body);
const content = contentWith({
  "images/authors/huda.jpg": portrait,
  "authors.yaml": readFileSync(`${FIXTURE}/authors.yaml`, "utf8").replace(
    "  role: محررة\n",
    "  role: محررة\n  bio: تكتب هدى سالم عن المدينة وناسها. عملت مراسلة في ثلاث عواصم.\n  photo: /images/authors/huda.jpg\n",
  ),
  "articles/column.md": typed("2026-03-13T09:00:00+03:00", "type: opinion"),
  "articles/why-rates-rose.md": typed("2026-03-13T08:00:00+03:00", "type: analysis"),
  "articles/paid.md": typed(
    "2026-03-13T10:00:00+03:00",
    "type: sponsored\nsponsor:\n  name: شركة المثال\n  url: https://sponsor.example/",
    "اقرأ المزيد على [موقع الشركة](https://sponsor.example/offer) أو في [قسم الأخبار](/sections/news/).\n",
  ),
});
const site = await build(content, { env: { NEWSROOM_NOW: "2026-03-14T12:00:00+03:00" } });

/** The page's first structured-data object: the article. */
function jsonLd(path: string): { "@type": string; sponsor?: unknown } {
  const text = page(site.output, path)('script[type="application/ld+json"]').first().text();
  return ([JSON.parse(text) as unknown].flat() as { "@type": string; sponsor?: unknown }[])[0]!;
}

test("the site with every story type builds", () => {
  assert.equal(site.status, 0, site.stderr);
});

test("each story type is labelled on its page and its cards, in the site's language; news is not", () => {
  assert.equal(page(site.output, "/articles/column/")(".article-header .story-label").text(), "رأي");
  assert.equal(page(site.output, "/articles/why-rates-rose/")(".article-header .story-label").text(), "تحليل");
  assert.equal(page(site.output, "/articles/paid/")(".article-header .story-label").text(), "محتوى مدعوم");
  assert.equal(page(site.output, "/articles/river-cleanup/")(".story-label").length, 0);
  const $ = page(site.output, "/sections/news/");
  const label = (slug: string) => $(`.card:has(a[href="/articles/${slug}/"]) .card-label`).text().trim();
  assert.equal(label("column"), "رأي");
  assert.equal(label("paid"), "محتوى مدعوم");
  assert.equal(label("river-cleanup"), "");
});

test("each story type has its schema.org type", () => {
  assert.equal(jsonLd("/articles/column/")["@type"], "OpinionNewsArticle");
  assert.equal(jsonLd("/articles/why-rates-rose/")["@type"], "AnalysisNewsArticle");
  assert.equal(jsonLd("/articles/river-cleanup/")["@type"], "NewsArticle");
  const paid = jsonLd("/articles/paid/");
  assert.equal(paid["@type"], "AdvertiserContentArticle");
  assert.deepEqual(paid.sponsor, { "@type": "Organization", name: "شركة المثال" });
});

test("an opinion piece shows its writer's photo and the first sentence of the bio", () => {
  const $ = page(site.output, "/articles/column/");
  const writer = $(".opinion-writer");
  assert.equal(writer.find("a").attr("href"), "/authors/huda/");
  assert.equal(writer.find(".opinion-bio").text(), "تكتب هدى سالم عن المدينة وناسها.");
  assert.match(writer.find("source[type='image/avif']").attr("srcset")!, /\/img\/[\w-]+-300\.avif 300w/);
});

test("a sponsored piece names its sponsor, says who paid, and marks its links to other sites rel=sponsored", () => {
  const $ = page(site.output, "/articles/paid/");
  assert.equal($(".sponsor-name a").text(), "برعاية شركة المثال");
  assert.equal($(".sponsor-name a").attr("rel"), "sponsored");
  assert.match($(".sponsor-disclaimer").text(), /بتمويل من شركة المثال/);
  assert.equal($('[data-region="body"] a[href="https://sponsor.example/offer"]').attr("rel"), "sponsored");
  assert.equal(
    $('[data-region="body"] a[href="/sections/news/"]').attr("rel"),
    undefined,
    "the site's own links are not",
  );
  assert.equal(page(site.output, "/articles/river-cleanup/")("[rel~=sponsored]").length, 0);
});

test("a sponsored piece has no place in the Google News sitemap; the other types do", () => {
  const news = readFileSync(join(site.output, "news-sitemap.xml"), "utf8");
  assert.ok(news.includes("/articles/column/"));
  assert.ok(news.includes("/articles/why-rates-rose/"));
  assert.ok(!news.includes("/articles/paid/"));
});
