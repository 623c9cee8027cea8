/**
 * The Arabic folds shared by the index and the query, the text Pagefind
 * indexes on a page, and the excerpt under a result.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { foldedVariants, normalizeQuery, normalizeWord } from "../../scripts/search/normalize.ts";
import { indexedText, withFoldedSpellings } from "../../scripts/search/indexed-text.ts";
import { buildExcerpt } from "../../scripts/search/excerpt.ts";
import { VARIANTS_ANCHOR } from "../../scripts/search/config.ts";

test("tashkeel and tatweel are dropped", () => {
  assert.equal(normalizeWord("العَرَبِيَّةُ"), "العربيه");
  assert.equal(normalizeWord("المستشفـــى"), "المستشفي");
  assert.equal(normalizeWord("ﷲ"), "الله", "presentation forms become letters");
});

test("every alef with hamza or madda becomes a bare alef", () => {
  assert.deepEqual(["أخبار", "إعلان", "آمال", "ٱلكتاب"].map(normalizeWord), ["اخبار", "اعلان", "امال", "الكتاب"]);
});

test("final ى and ي, ة and ه are one letter each", () => {
  assert.equal(normalizeWord("مستشفى"), normalizeWord("مستشفي"));
  assert.equal(normalizeWord("مكتبة"), normalizeWord("مكتبه"));
});

test("و، ف، ب، ك، ل before ال are dropped, so every form meets at ال", () => {
  for (const word of [
    "والاقتصاد",
    "فالاقتصاد",
    "بالاقتصاد",
    "كالاقتصاد",
    "للاقتصاد",
    "وبالاقتصاد",
    "وللاقتصاد",
    "الاقتصاد",
  ]) {
    assert.equal(normalizeWord(word), "الاقتصاد", word);
  }
});

test("short words and words that merely start with these letters are left alone", () => {
  assert.equal(normalizeWord("والد"), "والد", "و + ال + one letter is a word of its own");
  assert.equal(normalizeWord("لله"), "لله");
  assert.equal(normalizeWord("وطن"), "وطن", "no ال, nothing to drop");
  assert.equal(normalizeWord("بيت"), "بيت");
});

test("a query is folded word by word, without punctuation", () => {
  assert.equal(normalizeQuery("  «والاقتصادُ»،  فالمَدينة؟ "), "الاقتصاد المدينه");
  assert.equal(normalizeQuery("Telegram أخبار"), "telegram اخبار");
  assert.equal(normalizeQuery("؟!"), "");
});

test("folded variants list only spellings that differ, once each", () => {
  assert.deepEqual(foldedVariants("الاقتصاد والاقتصاد فالاقتصاد كتاب مكتبة"), ["الاقتصاد", "مكتبه"]);
});

const PAGE = `<!doctype html><html lang="ar"><head><title>عنوان الموقع</title></head><body>
<header class="masthead"><a href="/">المدار</a></header>
<article data-pagefind-body><p data-pagefind-ignore>اقتصاد</p><h1>خبرٌ عن الاقتصاد</h1>
<p class="dateline" data-pagefind-ignore>دقيقة واحدة للقراءة</p><p>نصُّ الخبر والمدينة&amp;الريف</p>
<nav class="tag-list"><a>وسم</a></nav></article>
<aside class="related"><a>عنوان مقال آخر</a></aside><footer>حقوق</footer></body></html>`;

test("the indexed text is the marked body, minus what Pagefind skips", () => {
  assert.equal(indexedText(PAGE), "خبرٌ عن الاقتصاد نصُّ الخبر والمدينة&الريف");
});

test("the page handed to Pagefind gains one block with the tags and the folded spellings", () => {
  const html = withFoldedSpellings(PAGE, ["العمل التطوعي"]);
  const block = new RegExp(`<div data-pagefind-body id="${VARIANTS_ANCHOR}">([^<]*)</div></body>`).exec(html);
  assert.ok(block, "added at the end of the body");
  assert.deepEqual(block[1]!.split(" "), ["العمل", "التطوعي", "خبر", "نص", "المدينه"]);
  assert.equal(html.replace(block[0], "</body>"), PAGE, "nothing else changes");
});

test("an excerpt marks the words Pagefind matched", () => {
  const content = "الطاقة الشمسية في المنطقة العربية تواصل كلفة إنتاج الكهرباء الانخفاض.";
  assert.deepEqual(buildExcerpt({ content, locations: [1], length: 4 }), [
    { text: "الطاقة ", mark: false },
    { text: "الشمسية", mark: true },
    { text: " في المنطقة …", mark: false },
  ]);
});

test("a hit on a folded spelling is shown on the word as the article writes it", () => {
  // Words 0-5 are the article; from word 6 on, the folded spellings block.
  const content = "قال الخبراء إن والاقتصادُ سيتعافى قريبًا. الاقتصاد سيتعافي قريبا.";
  const parts = buildExcerpt({ content, locations: [6], variantsStart: 6 });
  assert.deepEqual(
    parts.filter((p) => p.mark).map((p) => p.text),
    ["والاقتصادُ"],
  );
  assert.ok(!parts.some((p) => p.text.includes("سيتعافي")), "the folded block itself is never shown");
});

test("with no hit in the article's own words there is no excerpt (the page shows the summary)", () => {
  assert.deepEqual(buildExcerpt({ content: "نص المقال. وسم", locations: [2], variantsStart: 2 }), []);
});
