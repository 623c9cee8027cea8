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
  slugFolder: { slug: "con", reason: MESSAGES.unsafeName({ kind: "device", device: "CON" }), fromFile: true },
  updatedBefore: { updated: "2026-03-01", date: "2026-03-12" },
  correctionBefore: { value: "2026-03-01", date: "2026-03-12" },
  tagNoLetters: { tag: "!!" },
  tagFolder: { tag: "con", folder: "con", reason: MESSAGES.unsafeName({ kind: "device", device: "CON" }) },
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
  pictureRefused: { src: "/images/link.jpg", reason: MESSAGES.refusedFile({ kind: "link", leads: "outside" }) },
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
  // site.yaml, sections.yaml, authors.yaml, front-page.yaml, tags
  settingMissing: { what: "timeZone" },
  settingMustBe: { what: "httpsAddress" },
  settingEmpty: undefined,
  httpsOnly: { example: "https://example.org/" },
  endsWithSlash: undefined,
  pathUnderImages: { endings: [".png", ".jpg", ".webp", ".svg"], example: "/images/logo.png" },
  wholePixels: undefined,
  logoTooSmall: undefined,
  arabicOnly: undefined,
  notTimeZone: undefined,
  digitsChoice: undefined,
  monthNamesChoice: undefined,
  slugsChoice: undefined,
  atLeast: { min: 1 },
  atMost: { max: 500 },
  repoShape: undefined,
  branchName: undefined,
  indexNowKeyShape: undefined,
  idShape: undefined,
  notAFileIn: { path: "/images/logo.png", folder: "content/images", what: "logo" },
  fileMissing: undefined,
  folderNotYaml: undefined,
  settingsYamlMalformed: { reason: "bad indentation of a mapping entry" },
  unknownSettings: { keys: ["secret"] },
  registryNotList: { list: "sections" },
  idTwice: { id: "news" },
  tagSpelling: { tag: "کتاب", shown: "كتاب", mine: "U+06A9", theirs: "U+0643" },
  pinShape: undefined,
  pinArticleMissing: undefined,
  pinArticleShape: undefined,
  pinTimeShape: { example: "2026-12-06T18:00:00+03:00" },
  breakingShape: { needs: "lineOrStory" },
  breakingText: undefined,
  breakingTextEmpty: undefined,
  breakingUntilMissing: undefined,
  topList: undefined,
  topTooMany: { slots: 4 },
  sectionList: undefined,
  frontPageFields: undefined,
  pinUnknown: { slug: "river-clean", suggestion: "river-cleanup" },
  pinnedTwice: { slug: "river-cleanup" },
  sectionTwice: { id: "sport" },
  variantsNotList: { example: "- [تليغرام, تلغرام, Telegram]" },
  variantsEntryShape: { example: "- [تليغرام, تلغرام, Telegram]" },
  variantsEmptySpelling: undefined,
  variantsTooFew: { example: "- [تليغرام, تلغرام, Telegram]" },
  variantsTwice: { spelling: "تلغرام", other: 2 },
  // links, special files and names the repository may hold
  refusedFile: { kind: "inside-link", folder: "content/images/linked", leads: "outside" },
  unsafeName: { kind: "long", bytes: 300, max: 255 },
  sameName: { first: "images/Photo.jpg" },
  // live coverage and embargoes
  updateNotTime: { time: "21:40", example: "## 2019-03-13T21:40:00+03:00 عنوان التحديث" },
  updateHeading: { example: "## 2019-03-13T21:40:00+03:00 عنوان التحديث" },
  updateOrder: { time: "2019-03-13T21:40:00+03:00", above: "2019-03-13T20:10:00+03:00" },
  updateBeforeStart: { time: "2019-03-13T08:00:00+03:00" },
  updateAfterEnd: { time: "2019-03-14T08:00:00+03:00" },
  pinMatchesNothing: { pinned: "2019-03-13T21:45:00+03:00" },
  heldBack: { count: 3 },
  heldBackArticle: { file: "articles/draw.md", title: "نتائج القرعة", time: "2026-03-20T08:00:00+03:00" },
  // the build's folders, the lock, the operating system, the preview
  systemError: { code: "EROFS", syscall: "mkdir", path: "/srv/_site", dest: "/srv/_site.next" },
  buildFailed: undefined,
  otherBuild: {
    lock: { kind: "site", path: "_site" },
    owner: { pid: 4242, host: "ci-runner", started: "2026-12-05T06:00:00.000Z" },
  },
  waiting: { lock: { kind: "cache", path: ".cache" }, owner: undefined },
  tookOver: {
    lock: { kind: "cache", path: ".cache" },
    owner: { pid: 4242, host: "ci-runner", started: "2026-12-05T06:00:00.000Z" },
  },
  takenOver: { lock: { kind: "site", path: "_site" }, seconds: 60 },
  putBack: { output: "_site" },
  cacheIgnored: { cacheDir: ".cache" },
  cacheDamaged: { total: 3, folders: "images 2, html 1" },
  shareCards: { made: 12, each: 39, reused: 30 },
  refusedWhileBuilding: {
    path: "content/articles/a.md",
    reason: MESSAGES.refusedFile({ kind: "link", leads: "inside" }),
  },
  exposed: undefined,
  previewBuilding: undefined,
  previewTooLong: undefined,
  previewNoAnswer: undefined,
  previewNotRendered: { path: "/articles/gold/" },
  previewKept: { problems: 3, files: 2 },
  // npm run build's flags and shards
  shardOrMerge: undefined,
  shardValue: { value: "5/4" },
  clockNotTime: { value: "yesterday" },
  notShardFolder: { folder: "_shards/x", file: "shard.json" },
  shardCounts: { folder: "_shards/2-of-3", index: 2, count: 3, first: "_shards/1-of-2", firstCount: 2 },
  shardsMissing: { missing: "2/3" },
  shardTwice: { count: 3, folders: 4 },
  shardOtherBuild: { folder: "_shards/2-of-4", index: 2, count: 4 },
  shardFileDiffers: { file: "_shards/2-of-4/img/a.jpg" },
  // npm run new
  newUsage: { usage: "npm run new -- --title …" },
  unknownOption: { option: "--titel", suggestion: "title" },
  badOption: { problem: "Option '--title <value>' argument missing" },
  missingDashes: undefined,
  giveTitle: { example: 'npm run new -- --title "عنوان الخبر" --section news' },
  giveSection: { sections: "news, sport" },
  newUnknownSection: { value: "nwes", suggestion: "news", sections: "news, sport", file: "content/sections.yaml" },
  giveAuthor: { authors: "huda, sami", file: "content/authors.yaml" },
  newUnknownAuthor: { value: "hud", suggestion: "huda", authors: "huda, sami", file: "content/authors.yaml" },
  slugInUse: { slug: "river-cleanup", file: "content/articles/river-cleanup.md", free: "river-cleanup-2" },
  fileExists: { file: "content/articles/2027/briefing.md" },
  headlineNoLetters: undefined,
  slugNotUrl: { slug: "Gold Prices", suggestion: "gold-prices" },
  arabicHeadlineNeedsSlug: undefined,
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
  pageRoleTaken: { role: "corrections", file: "content/pages/corrections.md" },
  pageSlugRule: { value: "About Us", suggestion: "about-us" },
  pageSlugTaken: { slug: "about", file: "content/pages/about.md" },
  pageEmptyBody: undefined,
  // the browser editor's field patterns
  editorTag: undefined,
  editorSlug: { latin: false },
  editorImage: undefined,
  editorId: undefined,
  pictureUnreadable: { file: "content/images/gold bars.jpg", reason: "unsupported image format" },
};

/** Parameters that choose between wordings rather than being printed. */
const CHOICES = new Set([
  "latin",
  "fromFile",
  "minority",
  "site",
  "when",
  "what",
  "list",
  "needs",
  "kind",
  "leads",
  "syscall",
]);

/**
 * What of a parameter must appear in a language's text: a string or number as it is, each entry of
 * a list, the leaves of a group (the lock's path, the holder's process), and of a text already put
 * into words (a refusal's reason) the words of the same language.
 */
function printed(value: unknown, language: Language): string[] {
  if (typeof value === "string" || typeof value === "number") return value === "" ? [] : [String(value)];
  if (Array.isArray(value)) return value.flatMap((v) => printed(v, language));
  if (value && typeof value === "object") {
    if (Object.keys(value).sort().join() === "ar,en,fr") return [(value as Texts)[language]];
    return Object.entries(value).flatMap(([k, v]) => (CHOICES.has(k) ? [] : printed(v, language)));
  }
  return [];
}

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
        if (CHOICES.has(name)) continue;
        for (const shown of printed(value, language))
          assert.ok(text.includes(shown), `${language} leaves out ${name} = ${shown}:\n${text}`);
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
