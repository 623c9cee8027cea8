/**
 * The message catalogue (scripts/content/messages/): every message, in each of its three
 * languages, rendered with a sample of its parameters. The samples are typed from the catalogue,
 * so a message added without one does not compile; each test checks that the languages differ,
 * that the Arabic one is Arabic, and that what the editor typed appears in every language exactly
 * as typed (in Arabic, isolated from the sentence around it).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { MESSAGES, speak, viaZod, fromZod, type Texts } from "../../scripts/content/messages/index.ts";
import { LANGUAGES, type Language } from "../../scripts/text/languages.ts";

type Samples = { [K in keyof typeof MESSAGES]: Parameters<(typeof MESSAGES)[K]>[0] };

const when: Texts = { en: "in commit abc1234 (2026-11-02)", ar: "في الإيداع abc1234", fr: "dans le commit abc1234" };

const SAMPLES: Samples = {
  missing: { field: "title", example: "عنوان الخبر" },
  mustBeTextLike: { field: "title", example: "عنوان الخبر" },
  empty: { field: "summary" },
  mustBeText: undefined,
  dateShape: { field: "updated" },
  listShape: { field: "tags", example: "الذكاء الاصطناعي" },
  tooMany: { count: 31, max: 30 },
  authorShape: undefined,
  slugText: undefined,
  imagePath: undefined,
  imageUnder: undefined,
  noDotDot: undefined,
  imageGroup: undefined,
  correctionItem: undefined,
  correctionList: undefined,
  oneOf: { values: "ar, en, fr" },
  trueOrFalse: undefined,
  sponsorGroup: undefined,
  sponsorUrlText: undefined,
  unknownField: { suggestion: "caption", group: "image", known: "src, alt, caption, credit" },
  unknownSection: { value: "nwes", suggestion: "news", valid: "news, sport" },
  unknownAuthor: { value: "sammi", suggestion: "sami", valid: "huda, sami" },
  slugRule: { value: "Hello World", latin: true, suggestion: "hello-world" },
  fileNameNotUrl: { name: "خبر جديد", latin: true, suggestion: "" },
  slugFolder: { slug: "con", reason: "is a name Windows reserves for a device (CON).", fromFile: true },
  updatedBefore: { updated: "2026-03-01", date: "2026-03-12" },
  correctionBefore: { value: "2026-03-01", date: "2026-03-12" },
  tagNoLetters: { tag: "!!" },
  tagFolder: { tag: "con", folder: "con", reason: "is a name Windows reserves for a device (CON)." },
  sponsorMissing: undefined,
  sponsorNotSponsored: undefined,
  sponsorUrl: undefined,
  openControl: undefined,
  notUtf8: undefined,
  noFrontMatter: undefined,
  frontMatterOpen: undefined,
  yamlMalformed: { reason: "bad indentation of a mapping entry" },
  notFields: undefined,
  notDate: { value: "2026/03/12" },
  noOffset: { value: "2026-03-12T10:00:00" },
  notCalendar: { value: "2023-02-29" },
  impossibleTime: { value: "2026-03-12T25:00:00+03:00" },
  pictureNotUnderImages: { src: "/images/ذهب.jpg" },
  pictureMissing: { src: "/images/none.jpg", file: "content/images/none.jpg" },
  pictureRefused: { src: "/images/link.jpg", reason: "is a symbolic link." },
  slugTaken: { slug: "river-cleanup", file: "content/articles/river-cleanup.md" },
  relatedSelf: { slug: "city-budget" },
  relatedUnknown: { slug: "no-such-story" },
  relatedRenamed: {
    slug: "old-name",
    file: "content/articles/old-name.md",
    to: "content/articles/new-name.md",
    when,
    now: "new-name",
  },
  relatedRenamedGone: {
    slug: "old-name",
    file: "content/articles/old-name.md",
    to: "content/articles/new-name.md",
    when,
  },
  relatedDeleted: { slug: "old-name", file: "content/articles/old-name.md", when, name: "old-name.md" },
  inCommit: { commit: "abc1234", day: "2026-11-02" },
  notCommitted: undefined,
  placeholderSummary: { text: "اكتب هنا ملخص الخبر في جملة أو جملتين." },
  placeholderBody: { text: "اكتب نص الخبر هنا." },
  bodyTooLong: { length: "200,001", max: "200,000" },
  paragraphTooLong: { max: "10,000" },
  nestedTooDeep: { max: 8 },
  tableRowTooWide: { cells: 4, columns: 3 },
  noProblems: undefined,
  onlyWarnings: { warnings: 12, files: 11 },
  summary: { errors: 13, warnings: 12, files: 11 },
  warningsHeading: undefined,
  allChecked: { articles: 18 },
  nothingPublished: { problems: 13, files: 11 },
  previewWarnings: { warnings: 12 },
  badFormat: { value: "json" },
  badLang: { value: "de" },
  built: { output: "_site", seconds: "4.2" },
  shardBuilt: { index: 2, count: 4 },
  merged: { shards: 4, files: 35020 },
  mergeUsage: undefined,
  created: { file: "content/articles/2026/gold-prices.md", slug: "gold-prices" },
  wrote: { pages: 120, reused: 100, rendered: 20, listings: 45, threads: 2, minified: 19 },
  pictures: { encoded: 14, reused: 30, seconds: "2.5", linked: 88 },
  searchIndex: { parts: 12, indexed: 20, total: 120, seconds: "0.91" },
  settingsBroken: undefined,
  tagsArabicComma: { corrected: "tags: [الذهب, الاستثمار]" },
  tagsOneText: { corrected: "tags: [الذهب, الاستثمار]" },
  emptyBody: undefined,
  pictureWithSpaces: { path: "/images/gold bars.jpg", renamed: "gold-bars.jpg" },
  pictureNotMade: undefined,
  secondColon: { corrected: 'title: "عاجل: الذهب يرتفع"' },
  unclosedQuote: { quote: '"' },
  curlyQuotes: { corrected: 'title: "عاجل"' },
  quotesInQuotes: { corrected: 'title: "قال «لا» للخطة"' },
  spaceAfterColon: { corrected: "title: عاجل" },
  brokenValue: { field: "summary" },
  nameNotId: { value: "اقتصاد", id: "economy", name: "اقتصاد" },
  arabicDigits: { value: "٢٠٢٦-١٢-٠٣", converted: "2026-12-03" },
  spaceForT: { value: "2026-12-03 10:00", corrected: "2026-12-03T10:00+03:00" },
  dayMonthYear: { value: "3-12-2026", corrected: "2026-12-03" },
  farPast: { value: "2016-12-03", years: 2 },
  relatedUrl: { url: "https://almadar.example/articles/gold-prices/", slug: "gold-prices" },
  relatedNearMiss: { slug: "gold-prcies", suggestion: "gold-prices" },
  latinPunctuation: { mark: ",", word: "الوزير" },
  tatweel: { word: "جمـــيل" },
  doubledSpaces: { count: 3, word: "ارتفعت" },
  mixedDigits: { minority: "arab", line: 12, site: "latn" },
  imageWithoutAlt: undefined,
  longHeadline: { length: 119, max: 110 },
  unusedReference: { label: "المصدر" },
  duplicateReference: { label: "BBC", first: "bbc" },
  moreWarnings: { rest: 45 },
};

/** Parameters that choose between wordings rather than being printed. */
const CHOICES = new Set(["latin", "fromFile", "minority", "site", "when"]);

const ARABIC_LETTER = /\p{Script=Arabic}/u;

for (const key of Object.keys(SAMPLES) as (keyof typeof MESSAGES)[]) {
  test(`message ${key}: in Arabic, English and French, with its parameters as typed`, () => {
    const params = SAMPLES[key];
    const texts = (MESSAGES[key] as (p: unknown) => Texts)(params);
    assert.deepEqual(Object.keys(texts).sort(), Object.keys(LANGUAGES).sort());
    for (const language of Object.keys(LANGUAGES) as Language[]) {
      const text = texts[language];
      assert.ok(text.trim().length > 0, `${language} is empty`);
      for (const [name, value] of Object.entries(params ?? {})) {
        if (CHOICES.has(name) || typeof value === "boolean" || value === "") continue;
        assert.ok(text.includes(String(value)), `${language} leaves out ${name} = ${String(value)}:\n${text}`);
      }
    }
    assert.notEqual(texts.ar, texts.en, "the Arabic is a translation");
    assert.notEqual(texts.fr, texts.en, "the French is a translation");
    assert.match(texts.ar, ARABIC_LETTER);
  });
}

test("in Arabic, a Latin value sits in a direction isolate, and the value inside is untouched", () => {
  const ar = MESSAGES.unknownSection({ value: "nwes", suggestion: "news", valid: "news, sport" }).ar;
  assert.ok(ar.includes('\u2068"nwes"\u2069'), ar);
  assert.ok(ar.includes('\u2068"news"\u2069'), ar);
  // Every isolate opened is closed, so nothing after the message is pulled into it.
  for (const key of Object.keys(SAMPLES) as (keyof typeof MESSAGES)[]) {
    const text = (MESSAGES[key] as (p: unknown) => Texts)(SAMPLES[key]).ar;
    assert.equal(text.split("\u2068").length, text.split("\u2069").length, key);
  }
});

test("a message passed through zod comes out in the run's language, and zod's own words pass as they are", () => {
  const through = viaZod(MESSAGES.trueOrFalse());
  assert.equal(fromZod(through, speak("fr")), "doit être true ou false.");
  assert.equal(fromZod(through, speak("ar")), MESSAGES.trueOrFalse().ar);
  assert.equal(fromZod("Invalid input", speak("ar")), "Invalid input");
});

test("Arabic counts take their own forms: one, two, three to ten, eleven and more", () => {
  const say = speak("ar");
  assert.equal(say(MESSAGES.allChecked({ articles: 1 })), "فُحص مقال واحد: لا مشكلات.");
  assert.equal(say(MESSAGES.allChecked({ articles: 2 })), "فُحص مقالان: لا مشكلات.");
  assert.equal(say(MESSAGES.allChecked({ articles: 5 })), "فُحص \u20685\u2069 مقالات: لا مشكلات.");
  assert.equal(say(MESSAGES.allChecked({ articles: 18 })), "فُحص \u206818\u2069 مقالًا: لا مشكلات.");
});
