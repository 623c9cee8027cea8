/**
 * Every content rule and the exact line an editor reads for it: errors
 * (which stop a build) and typography warnings (which do not). One row per
 * rule, compared as whole strings, so a change of wording is a deliberate
 * change of this table.
 *
 * Each row writes one file into a copy of the fixture newsroom; paths are
 * shown relative to that copy. VALID's front matter fills lines 2-6, so a
 * field added after it is on line 7 and a body starts on line 8. A field
 * that is missing is placed on the closing --- line, where it can be added.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { relative } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { formatProblem, type Problem } from "../../scripts/content/problems.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";

interface Row {
  rule: string;
  files: Record<string, string | Uint8Array>;
  errors?: string[];
  warnings?: string[];
}

const withField = (line: string) => articleFile(`${VALID}\n${line}`);
const withBody = (body: string) => articleFile(VALID, body);
const CP1256 = new Uint8Array([
  0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xce, 0xc8, 0xd1, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a,
]);
const LONG_TITLE = "عنوان طويل جدا ".repeat(8).trim(); // 119 characters

const errors: Row[] = [
  {
    rule: "title is missing",
    files: { "a.md": articleFile(VALID.replace(/^title:.*\n/m, "")) },
    errors: ["a.md:6:1: title: is missing. Add a line such as `title: عنوان الخبر`."],
  },
  {
    rule: "summary is missing",
    files: { "a.md": articleFile(VALID.replace(/^summary:.*\n/m, "")) },
    errors: ["a.md:6:1: summary: is missing. Add a line such as `summary: جملة أو جملتان تلخصان الخبر`."],
  },
  {
    rule: "date is missing",
    files: { "a.md": articleFile(VALID.replace(/^date:.*\n/m, "")) },
    errors: ["a.md:6:1: date: is missing. Add a line such as `date: 2024-05-07`."],
  },
  {
    rule: "section is missing",
    files: { "a.md": articleFile(VALID.replace(/^section:.*\n/m, "")) },
    errors: ["a.md:6:1: section: is missing. Add a line such as `section: technology`."],
  },
  {
    rule: "author is missing",
    files: { "a.md": articleFile(VALID.replace(/^author:.*$/m, "")) },
    errors: ["a.md:6:1: author: is missing. Add a line such as `author: rana-haddad`."],
  },
  {
    rule: "a required field is empty",
    files: { "a.md": articleFile(VALID.replace(/^summary:.*$/m, 'summary: ""')) },
    errors: ["a.md:3:1: summary: is empty. Write the summary after the colon."],
  },
  {
    rule: "a text field holds a list",
    files: { "a.md": articleFile(VALID.replace(/^title:.*$/m, "title: [a, b]")) },
    errors: ["a.md:2:1: title: must be text, e.g. `title: عنوان الخبر`."],
  },
  {
    rule: "an author that is neither an id nor a list",
    files: { "a.md": articleFile(VALID.replace("author: huda", "author: {a: 1}")) },
    errors: ["a.md:6:1: author: must be an author id, or a list of author ids."],
  },
  {
    rule: "malformed YAML",
    files: { "a.md": withField('tags: [البيئة, "غير مغلق]') },
    errors: [
      "a.md:8:1: front matter: The YAML is malformed (unexpected end of the stream within a double quoted scalar). Check this line for a missing colon, a stray quote or wrong indentation.",
    ],
  },
  {
    rule: "front matter is not fields",
    files: { "a.md": "---\n- a\n- b\n---\nنص.\n" },
    errors: ["a.md:2:1: front matter: The front matter must be a list of `field: value` lines."],
  },
  {
    rule: "no front matter",
    files: { "a.md": "مجرد نص.\n" },
    errors: [
      "a.md:1:1: front matter: The file does not start with front matter. Its first line must be three dashes (---), followed by the fields and a closing --- line.",
    ],
  },
  {
    rule: "front matter never closed",
    files: { "a.md": "---\ntitle: خبر\n" },
    errors: [
      "a.md:1:1: front matter: The front matter is never closed. Add a line with three dashes (---) after the last field.",
    ],
  },
  {
    rule: "not UTF-8",
    files: { "a.md": CP1256 },
    errors: [
      'a.md: encoding: The file is not valid UTF-8 text. Save it as UTF-8 in your editor ("Save with encoding" → UTF-8) and commit it again.',
    ],
  },
  {
    rule: "a date that is not on the calendar",
    files: { "a.md": articleFile(VALID.replace("2026-03-12", "2023-02-29")) },
    errors: [
      'a.md:4:1: date: "2023-02-29" is not a real calendar date. Check the month (01-12) and the day of that month.',
    ],
  },
  {
    rule: "a date in another format",
    files: { "a.md": articleFile(VALID.replace("2026-03-12", "2026/03/12")) },
    errors: [
      'a.md:4:1: date: "2026/03/12" is not a date in the form YYYY-MM-DD (e.g. 2024-05-07) or YYYY-MM-DDTHH:MM:SS+03:00.',
    ],
  },
  {
    rule: "a date YAML reads as a number",
    files: { "a.md": articleFile(VALID.replace("2026-03-12", "20260312")) },
    errors: ["a.md:4:1: date: must be a date written as YYYY-MM-DD, e.g. `date: 2024-05-07`."],
  },
  {
    rule: "a time without an offset",
    files: { "a.md": articleFile(VALID.replace("2026-03-12", "2026-03-12T10:00:00")) },
    errors: [
      'a.md:4:1: date: "2026-03-12T10:00:00" has a time but no UTC offset. Add the offset, e.g. 2026-03-12T10:00:00+03:00.',
    ],
  },
  {
    rule: "an impossible time",
    files: { "a.md": articleFile(VALID.replace("2026-03-12", "2026-03-12T25:00:00+03:00")) },
    errors: ['a.md:4:1: date: "2026-03-12T25:00:00+03:00" has an impossible time of day. Use 00:00 to 23:59.'],
  },
  {
    rule: "updated before date",
    files: { "a.md": withField("updated: 2026-03-01") },
    errors: [
      "a.md:7:1: updated: 2026-03-01 is before the publication date 2026-03-12. An update cannot come before the article; fix one of the two.",
    ],
  },
  {
    rule: "an unknown section, with a suggestion",
    files: { "a.md": articleFile(VALID.replace("section: news", "section: nwes")) },
    errors: [
      'a.md:5:1: section: "nwes" is not a section. Did you mean "news"? Valid sections: news, sport (see content/sections.yaml).',
    ],
  },
  {
    rule: "an unknown author, with a suggestion",
    files: { "a.md": articleFile(VALID.replace("author: huda", "author: [huda, sammi]")) },
    errors: [
      'a.md:6:1: author: "sammi" is not an author. Did you mean "sami"? Valid authors: huda, sami (see content/authors.yaml).',
    ],
  },
  {
    rule: "a related slug that never existed",
    files: { "a.md": withField("related: [no-such-story]") },
    errors: [
      'a.md:7:1: related: "no-such-story" is not the slug of any article. Check the spelling against the file names in content/articles/, or remove it.',
    ],
  },
  {
    rule: "a related slug on its own line, placed on that line",
    files: { "a.md": withField("related:\n  - city-budget\n  - no-such-story") },
    errors: [
      'a.md:9:1: related: "no-such-story" is not the slug of any article. Check the spelling against the file names in content/articles/, or remove it.',
    ],
  },
  {
    rule: "a related slug that is the article itself",
    files: { "a.md": withField("related: [a]") },
    errors: ['a.md:7:1: related: "a" is this article itself. List other articles only.'],
  },
  {
    rule: "two articles with one slug",
    files: { "zz.md": withField("slug: river-cleanup") },
    errors: [
      'zz.md:7:1: slug: "river-cleanup" is already the slug of <content>/articles/river-cleanup.md. Two articles cannot share a URL; give this one its own slug.',
    ],
  },
  {
    rule: "a slug with capitals and spaces",
    files: { "a.md": withField("slug: Hello World") },
    errors: [
      'a.md:7:1: slug: "Hello World" may only contain lowercase Latin letters, digits and single hyphens. Try `slug: hello-world`.',
    ],
  },
  {
    rule: "a slug that is a number",
    files: { "a.md": withField("slug: 123") },
    errors: ["a.md:7:1: slug: must be text, e.g. `slug: gold-prices-rise`."],
  },
  {
    rule: "a file name that cannot be a URL",
    files: { "خبر جديد.md": articleFile(VALID) },
    errors: [
      'خبر جديد.md:7:1: slug: the file name "خبر جديد" cannot be used in a URL. Add `slug: a-short-latin-name` (lowercase Latin letters, digits and single hyphens) or rename the file.',
    ],
  },
  {
    rule: "tags written as one text",
    files: { "a.md": withField("tags: البيئة") },
    errors: [
      "a.md:7:1: tags: is one text, not a list. Put the tags between square brackets, separated by Latin commas: `tags: [البيئة]`.",
    ],
  },
  {
    rule: "a tag with no letters",
    files: { "a.md": withField('tags: ["!!"]') },
    errors: ['a.md:7:1: tags: "!!" has no letters or digits, so it cannot have a page. Use a word or remove it.'],
  },
  {
    rule: "an image without alt text",
    files: { "a.md": withField("image:\n  src: /images/x.jpg") },
    errors: ["a.md:7:1: image.alt: is missing. Add a line such as `image.alt: وصف ما تظهره الصورة`."],
  },
  {
    rule: "an image from another site",
    files: { "a.md": withField("image:\n  src: https://tracker.example/x.jpg\n  alt: صورة") },
    errors: [
      "a.md:8:1: image.src: must be a path under /images/ ending in .jpg, .png, .webp, .avif, .gif or .svg, e.g. /images/photo.jpg.",
    ],
  },
  {
    rule: "an image file that does not exist",
    files: { "a.md": withField("image:\n  src: /images/none.jpg\n  alt: صورة") },
    errors: [
      "a.md:8:1: image.src: /images/none.jpg does not exist. Put the picture at <content>/images/none.jpg or correct the path.",
    ],
  },
  {
    rule: "an image written as one line",
    files: { "a.md": withField("image: /images/x.jpg") },
    errors: ["a.md:7:1: image: must be a group of fields: src, alt, caption and credit, indented under `image:`."],
  },
  {
    rule: "a misspelled image field, with a suggestion",
    files: { "a.md": withField("image:\n  src: /images/none.jpg\n  alt: صورة\n  captoin: شرح") },
    errors: [
      'a.md:10:1: image.captoin: is not a known field. Did you mean "caption"? The fields of image are: src, alt, caption, credit.',
    ],
  },
  {
    rule: "an unknown field, with a suggestion",
    files: { "a.md": withField("titel: عنوان") },
    errors: [
      'a.md:7:1: titel: is not a known field. Did you mean "title"? The fields are: title, summary, date, updated, section, author, tags, related, slug, image, corrections, lang, draft, type, sponsor, live.',
    ],
  },
  {
    rule: "an unsupported language",
    files: { "a.md": withField("lang: de") },
    errors: ["a.md:7:1: lang: must be one of: ar, en, fr."],
  },
  {
    rule: "draft that is not true or false",
    files: { "a.md": withField("draft: yes") },
    errors: ["a.md:7:1: draft: must be true or false."],
  },
  {
    rule: "corrections written as one text",
    files: { "a.md": withField("corrections: صححنا خطأ") },
    errors: [
      "a.md:7:1: corrections: must be a list of corrections. Write each one as `- date: 2026-11-26` with `text: what was corrected` on the next line, lined up under `date`.",
    ],
  },
  {
    rule: "a correction without its fields",
    files: { "a.md": withField("corrections:\n  - صححنا خطأ") },
    errors: [
      "a.md:8:1: corrections[1]: must have a date and a text. Write each one as `- date: 2026-11-26` with `text: what was corrected` on the next line, lined up under `date`.",
    ],
  },
  {
    rule: "a correction without text",
    files: { "a.md": withField("corrections:\n  - date: 2026-03-13") },
    errors: [
      "a.md:8:1: corrections[1].text: is missing. Add a line such as `text: صُحّح اسم المتحدث في الفقرة الثالثة`.",
    ],
  },
  {
    rule: "a correction without a date",
    files: { "a.md": withField("corrections:\n  - text: صححنا الاسم") },
    errors: ["a.md:8:1: corrections[1].date: is missing. Add a line such as `date: 2024-05-07`."],
  },
  {
    rule: "a correction dated before the article, placed on its item",
    files: {
      "a.md": withField("corrections:\n  - date: 2026-03-13\n    text: أول\n  - date: 2026-03-01\n    text: ثان"),
    },
    errors: [
      "a.md:10:1: corrections[2].date: 2026-03-01 is before the publication date 2026-03-12. A correction cannot come before the article; fix one of the two.",
    ],
  },
  {
    rule: "a correction with an impossible date",
    files: { "a.md": withField("corrections:\n  - date: 2026-02-30\n    text: أول") },
    errors: [
      'a.md:8:1: corrections[1].date: "2026-02-30" is not a real calendar date. Check the month (01-12) and the day of that month.',
    ],
  },
  {
    rule: "a misspelled correction field",
    files: { "a.md": withField("corrections:\n  - date: 2026-03-13\n    txt: أول") },
    errors: [
      "a.md:8:1: corrections[1].text: is missing. Add a line such as `text: صُحّح اسم المتحدث في الفقرة الثالثة`.",
      'a.md:9:1: corrections[1].txt: is not a known field. Did you mean "text"? The fields of corrections are: date, text.',
    ],
  },
  {
    rule: "placeholders from npm run new left in a published article",
    files: {
      "a.md": articleFile(
        VALID.replace(/^summary:.*$/m, 'summary: "اكتب هنا ملخص الخبر في جملة أو جملتين."'),
        "مقدمة.\n\nاكتب نص الخبر هنا.\n",
      ),
    },
    errors: [
      'a.md:3:1: summary: still reads "اكتب هنا ملخص الخبر في جملة أو جملتين.", the placeholder from npm run new. Replace it with your own text, or put back `draft: true` until the article is ready.',
      'a.md:10:1: body: still contains "اكتب نص الخبر هنا.", the placeholder from npm run new. Replace it with your own text, or put back `draft: true` until the article is ready.',
    ],
  },
  {
    rule: "site.yaml without a time zone",
    files: {
      "../site.yaml":
        "name: موقع\ntagline: سطر\nurl: https://x.example/\nlanguage: ar\ndigits: latn\narticlesPerPage: 5\nlogo:\n  src: /images/logo.png\n  width: 512\n  height: 512\nsignup:\n  heading: ا\n  text: ب\n  action: https://x.example/s\n  button: ج\n",
    },
    errors: ["<content>/site.yaml: timeZone: is missing. Add an IANA time zone such as Asia/Riyadh."],
  },
];

const warnings: Row[] = [
  {
    rule: "a Latin comma in Arabic text",
    files: { "a.md": withBody("قال الوزير, إن الخطة جاهزة.\n") },
    warnings: ['a.md:8:11: body: Latin comma (,) after "الوزير" in Arabic text. Use the Arabic comma (،) instead.'],
  },
  {
    rule: "a Latin semicolon in Arabic text",
    files: { "a.md": withBody("ارتفعت الأسعار; وتراجع الطلب.\n") },
    warnings: [
      'a.md:8:15: body: Latin semicolon (;) after "الأسعار" in Arabic text. Use the Arabic semicolon (؛) instead.',
    ],
  },
  {
    rule: "a Latin question mark in Arabic text",
    files: { "a.md": withBody("فهل تنجح الخطة?\n") },
    warnings: [
      'a.md:8:15: body: Latin question mark (?) after "الخطة" in Arabic text. Use the Arabic question mark (؟) instead.',
    ],
  },
  {
    rule: "Latin punctuation in a front-matter field, at its column",
    files: { "a.md": articleFile(VALID.replace(/^title:.*$/m, 'title: "هل تنجح الخطة? سؤال مفتوح"')) },
    warnings: [
      'a.md:2:22: title: Latin question mark (?) after "الخطة" in Arabic text. Use the Arabic question mark (؟) instead.',
    ],
  },
  {
    rule: "tatweel in body text",
    files: { "a.md": withBody("هذا خبر جمـــيل.\n") },
    warnings: [
      'a.md:8:11: body: "جمـــيل" is stretched with tatweel (ـ). Delete the ـ: it stops readers finding the word by search.',
    ],
  },
  {
    rule: "doubled spaces",
    files: { "a.md": withBody("ارتفعت  الأسعار.\n") },
    warnings: ['a.md:8:7: body: 2 spaces in a row after "ارتفعت". Use a single space between words.'],
  },
  {
    rule: "Arabic-Indic and Western digits in one article",
    files: { "a.md": withBody("بلغ العدد 25 شخصًا في اليوم الأول.\n\nثم وصل إلى ٤٠ شخصًا.\n") },
    warnings: [
      "a.md:10:12: body: Arabic-Indic digits (٠-٩) here, but Western digits (0-9) elsewhere (first on line 8). Use one kind of digits throughout the article; the site's setting is 0-9.",
    ],
  },
  {
    rule: "an image in the body without alt text",
    files: { "a.md": withBody("فقرة.\n\n![](/images/logo.png)\n") },
    warnings: [
      "a.md:10:1: body: An image without alt text. Write what it shows between the square brackets, e.g. ![متطوعون ينظفون ضفة النهر](/images/river.jpg).",
    ],
  },
  {
    rule: "a headline longer than 110 characters",
    files: { "a.md": articleFile(VALID.replace(/^title:.*$/m, `title: ${LONG_TITLE}`)) },
    warnings: [
      "a.md:2:8: title: The headline is 119 characters long. Keep it to 110 or fewer: longer headlines are cut off in search results and when shared.",
    ],
  },
  {
    rule: "a reference definition no link uses, and a label defined twice",
    files: {
      "a.md": withBody(
        [
          "قالت [الوكالة][BBC] إن الخبر صحيح.",
          "",
          "[bbc]: https://www.bbc.com/arabic",
          "[المصدر]: https://example.org/report",
          "[BBC]: https://example.org/other",
        ].join("\n"),
      ),
    },
    warnings: [
      'a.md:11:1: body: The reference "[المصدر]" is defined here but no link uses it, so its address is not on the page. Link to it with [text][المصدر], or delete the line.',
      'a.md:12:1: body: "[BBC]" is defined a second time; links use only the first definition ([bbc]:), so this address is not on the page. Remove one of the two, or give this one its own label.',
    ],
  },
  {
    rule: "reference definitions that links use, in any case, and one shown in a code block",
    files: {
      "a.md": withBody(
        [
          "راجع [التقرير] و[الملحق][annex 2] و![صورة][ص].",
          "",
          "    [مثال]: /not-a-definition",
          "",
          "[التقرير]: /articles/x/",
          "[Annex 2]: /articles/y/",
          "[ص]: /images/logo.png",
        ].join("\n"),
      ),
    },
  },
  {
    rule: "code spans, code blocks, URLs, numbers and Latin text are not Arabic prose",
    files: {
      "a.md": withBody(
        [
          "استخدم الأمر `a, b?` ثم راجع [الرابط](https://example.org/?q=1,2;x) أو <https://example.org/a?b>.",
          "",
          "    كود, مزاح  بمسافتين",
          "",
          "```",
          "سطر, في كتلة كود?",
          "```",
          "",
          "بلغ النمو 3,5 في المئة، وقالت شركة Apple, إن المبيعات زادت. What?",
          "",
          "1. بند أول.",
          "2. بند ثان.",
          "",
          "سطر ينتهي بمسافتين  ",
          "وسطر بعده.",
        ].join("\n"),
      ),
    },
  },
];

function run(files: Record<string, string | Uint8Array>): { errors: string[]; warnings: string[] } {
  const dir = contentWith(Object.fromEntries(Object.entries(files).map(([name, data]) => [`articles/${name}`, data])));
  const rel = relative(process.cwd(), dir);
  const result = loadContent({ contentDir: dir, language: "en" });
  const show = (p: Problem) =>
    formatProblem({
      ...p,
      file: p.file.replace(`${rel}/articles/`, "").replace(rel, "<content>"),
      message: p.message.replaceAll(rel, "<content>").replaceAll(dir, "<content>"),
    });
  return { errors: result.ok ? [] : result.problems.map(show), warnings: result.warnings.map(show) };
}

for (const row of errors) {
  test(`error: ${row.rule}`, () => {
    const got = run(row.files);
    assert.deepEqual(got.errors, row.errors);
  });
}

for (const row of warnings) {
  test(`warning: ${row.rule}`, () => {
    const got = run(row.files);
    assert.deepEqual(got.errors, [], "a typography warning never stops the build");
    assert.deepEqual(got.warnings, row.warnings ?? []);
  });
}
