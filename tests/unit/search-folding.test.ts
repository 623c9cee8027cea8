/**
 * The Arabic folds shared by the index and the query, the text Pagefind
 * indexes on a page, and the excerpt under a result.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { foldedVariants, normalizeQuery, normalizeWord } from "../../scripts/search/normalize.ts";
import { indexedText, variantKeys, withSearchTerms } from "../../scripts/search/indexed-text.ts";
import {
  decodeTerm,
  decodeVariantMark,
  exactTerm,
  prefixTerm,
  searchKeys,
  stemTerm,
} from "../../scripts/search/terms.ts";
import { planQuery } from "../../scripts/search/query.ts";
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

test("the page handed to Pagefind gains one block of search terms: headline, standfirst and tags, the rest", () => {
  const page = PAGE.replace("<h1>", '<h1 data-pagefind-meta="title">');
  const html = withSearchTerms(page, ["العمل التطوعي"]);
  const block = new RegExp(`<div data-pagefind-body id="${VARIANTS_ANCHOR}">(.*?)</div></body>`).exec(html);
  assert.ok(block, "added at the end of the body");
  const paragraphs = [...block[1]!.matchAll(/<p(?: data-pagefind-weight="(\d)")?>([^<]*)<\/p>/g)].map((m) => [
    m[1] ?? "1",
    m[2]!.split(" ").map((t) => decodeTerm(t)?.key),
  ]);
  assert.deepEqual(paragraphs, [
    ["7", ["خبر", "اقتصاد", "خبر", "اقتصاد"]],
    ["3", ["عمل", "تطوعي", "عمل", "تطوع"]],
    ["1", ["نص", "خبر", "مدينه", "ريف", "نص", "خبر", "مدين", "ريف"]],
  ]);
  assert.equal(html.replace(block[0], "</body>"), page, "nothing else changes");
});

test("stop words get no term and a query of stop words only is not searched", () => {
  assert.deepEqual(searchKeys("في أي من عن التي"), []);
  assert.equal(planQuery("في من"), undefined);
  assert.deepEqual(planQuery("الفيسبوك في")?.searches, [prefixTerm("فيسبوك"), stemTerm("فيسبوك")]);
  assert.deepEqual(planQuery("النقل العام")?.searches, [
    `"${exactTerm("نقل")} ${exactTerm("عام")}"`,
    `${prefixTerm("نقل")} ${prefixTerm("عام")}`,
    `${stemTerm("نقل")} ${stemTerm("عام")}`,
  ]);
});

test("a spelling in the variants list brings the terms of the list's other spellings", () => {
  const variants = variantKeys([
    ["تليغرام", "تلغرام", "Telegram"],
    ["فيسبوك", "فيس بوك"],
  ]);
  const html = withSearchTerms("<article data-pagefind-body><p>عطل في فيسبوك</p></article>", [], variants);
  const terms = [...html.matchAll(/q[zxv][a-y]*zq/g)].map(
    (m) => decodeTerm(m[0])?.key ?? `(${decodeVariantMark(m[0])})`,
  );
  assert.deepEqual(
    terms,
    ["عطل", "فيسبوك", "(فيسبوك)", "فيس", "بوك", "()", "عطل", "فيسبوك", "فيس", "بوك"],
    "the other spelling after the one written, then the stems",
  );
  // A hit on «فيس» is shown on the article's «فيسبوك».
  const content = `عطل في فيسبوك ${html.match(/q[zxv][a-y]*zq/g)!.join(" ")}`;
  const parts = buildExcerpt({ content, locations: [6], variantsStart: 3 });
  assert.deepEqual(
    parts.filter((p) => p.mark).map((p) => p.text),
    ["فيسبوك"],
  );
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
  // Words 0-5 are the article; from word 6 on, the search terms.
  const content = `قال الخبراء إن والاقتصادُ سيتعافى قريبًا. ${exactTerm("اقتصاد")} ${exactTerm("سيتعافي")}`;
  const parts = buildExcerpt({ content, locations: [6], variantsStart: 6 });
  assert.deepEqual(
    parts.filter((p) => p.mark).map((p) => p.text),
    ["والاقتصادُ"],
  );
  assert.ok(!parts.some((p) => p.text.includes("qz")), "the terms themselves are never shown");
});

test("with no hit in the article's own words there is no excerpt (the page shows the summary)", () => {
  assert.deepEqual(buildExcerpt({ content: "نص المقال. وسم", locations: [2], variantsStart: 2 }), []);
});
