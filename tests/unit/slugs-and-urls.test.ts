import { test } from "node:test";
import assert from "node:assert/strict";
import { isArticleSlug, suggestArticleSlug, tagSlug } from "../../scripts/content/slugs.ts";
import { createUrls, paths } from "../../scripts/site/urls.ts";

test("article slugs are lowercase ASCII words joined by single hyphens", () => {
  for (const ok of ["telegram", "gold-prices-2024", "a1-b2"]) assert.ok(isArticleSlug(ok), ok);
  for (const bad of ["Telegram", "gold--prices", "-gold", "gold_prices", "ذهب", "gold prices"])
    assert.ok(!isArticleSlug(bad), bad);
  assert.equal(suggestArticleSlug("Gold Prices (2024)"), "gold-prices-2024");
});

test("tag slugs keep Arabic letters and drop tashkeel, tatweel and punctuation", () => {
  assert.equal(tagSlug("الذكاء الاصطناعي"), "الذكاء-الاصطناعي");
  assert.equal(tagSlug("الذَّكَاءُ  الاصطناعيّ"), "الذكاء-الاصطناعي");
  assert.equal(tagSlug("الاقتـــصاد"), "الاقتصاد");
  assert.equal(tagSlug("Apple iOS"), "apple-ios");
  assert.equal(tagSlug("كرة القدم، العربية!"), "كرة-القدم-العربية");
  assert.equal(tagSlug("ـــ"), "");
});

test("links honour the path prefix and percent-encode Arabic", () => {
  const root = createUrls("https://news.example/");
  const sub = createUrls("https://user.github.io/almadar/");
  assert.equal(root.href(paths.article("gold")), "/articles/gold/");
  assert.equal(sub.href(paths.article("gold")), "/almadar/articles/gold/");
  assert.equal(sub.absolute(paths.home()), "https://user.github.io/almadar/");
  assert.equal(root.href(paths.tag("البيئة")), "/tags/%D8%A7%D9%84%D8%A8%D9%8A%D8%A6%D8%A9/");
  assert.equal(root.href(paths.section("news", 3)), "/sections/news/page/3/");
  assert.equal(sub.href("/articles/gold/#comments"), "/almadar/articles/gold/#comments");
});
