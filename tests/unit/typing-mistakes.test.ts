/**
 * What journalists type by mistake, and the line the check answers with, in Arabic (the fixture
 * newsroom's language, so the default). One row per mistake, compared as whole lines: the file, the
 * line of the mistake, the field, and a message that names the fix. VALID's front matter fills
 * lines 2-6; a field added after it is on line 7 and a body starts on line 8.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join, relative } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { formatProblem, type Problem } from "../../scripts/content/problems.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";

/** The build's clock for these rows: a draft dated before 2024-12-05 is years old. */
const NOW = new Date("2026-12-05T08:00:00+03:00");

const withField = (line: string) => articleFile(`${VALID}\n${line}`);
const withBody = (body: string) => articleFile(VALID, body);
const replaced = (from: string | RegExp, to: string) => articleFile(VALID.replace(from, to));

interface Row {
  mistake: string;
  file: string;
  errors?: string[];
  warnings?: string[];
}

const rows: Row[] = [
  {
    mistake: "tags in a list separated with the Arabic comma",
    file: withField("tags: [الذهب، الاستثمار، الأسواق]"),
    errors: [
      "a.md:7:1: tags: يفصل بين الوسوم بالفاصلة العربية (،) أو الفاصلة المنقوطة (؛)، فتصير كلها وسمًا واحدًا. افصل بين الوسوم بالفاصلة اللاتينية (,) هكذا: \u2068`tags: [الذهب, الاستثمار, الأسواق]`\u2069.",
    ],
  },
  {
    mistake: "tags on their own lines, one of them holding two with the Arabic semicolon",
    file: withField("tags:\n  - الذهب؛ الاستثمار\n  - الأسواق"),
    errors: [
      "a.md:7:1: tags: يفصل بين الوسوم بالفاصلة العربية (،) أو الفاصلة المنقوطة (؛)، فتصير كلها وسمًا واحدًا. افصل بين الوسوم بالفاصلة اللاتينية (,) هكذا: \u2068`tags: [الذهب, الاستثمار, الأسواق]`\u2069.",
    ],
  },
  {
    mistake: "tags as one text separated with Arabic commas",
    file: withField("tags: الذهب، الاستثمار؛ الأسواق"),
    errors: [
      "a.md:7:1: tags: نص واحد وليس قائمة. ضع الوسوم بين قوسين مربعين وافصل بينها بالفاصلة اللاتينية (,): \u2068`tags: [الذهب, الاستثمار, الأسواق]`\u2069.",
    ],
  },
  {
    mistake: "an empty body",
    file: withBody("\n"),
    errors: [
      "a.md:7:1: body: المقال بلا نص: لا شيء مكتوب تحت سطر \u2068---\u2069 الثاني. اكتب المقال هناك، أو أضف \u2068`draft: true`\u2069 حتى يجهز.",
    ],
  },
  { mistake: "an empty body in a draft", file: articleFile(`${VALID}\ndraft: true`, "") },
  {
    mistake: "a picture whose path has spaces",
    file: withBody('فقرة.\n\n![سبائك ذهب](/images/gold bars.jpg "سبائك | رويترز")\n'),
    errors: [
      'a.md:10:1: body: هذا السطر يشبه صورة لكنه سيُطبع نصًا كما هو: في المسار \u2068"/images/gold bars.jpg"\u2069 مسافات. غيّر اسم الملف إلى اسم بلا مسافات (مثل \u2068gold-bars.jpg\u2069) واكتب ذلك المسار، أو ضع المسار بين قوسين زاويين: \u2068(</images/gold bars.jpg>)\u2069.',
    ],
  },
  {
    mistake: "a picture with a space between its brackets and its path",
    file: withBody("فقرة.\n\n![سبائك ذهب] (/images/logo.png)\n"),
    errors: [
      'a.md:10:1: body: هذا السطر يشبه صورة لكنه سيُطبع نصًا كما هو. اكتبه هكذا: \u2068![ما تظهره الصورة](/images/photo.jpg "الشرح | المصدر")\u2069: الوصف بين قوسين مربعين، ثم المسار بين قوسين عاديين بعدهما مباشرة، والشرح بين علامتي تنصيص مستقيمتين.',
    ],
  },
  {
    mistake: "a picture with an Arabic file name, printed as typed rather than percent-encoded",
    file: withBody("فقرة.\n\n![سبائك](/images/ذهب.jpg)\n"),
    errors: [
      'a.md:10:1: body: الصورة \u2068"/images/ذهب.jpg"\u2069 ليست ملفًا داخل \u2068/images/\u2069. ضعها في \u2068content/images/\u2069 واكتب مسارها مثل \u2068/images/photo.jpg\u2069 (حروف لاتينية وأرقام وشرطات؛ \u2068.jpg, .png, .webp, .avif, .gif, .svg\u2069).',
    ],
  },
  {
    mistake: "a second colon in an unquoted headline",
    file: replaced(/^title:.*$/m, "title: عاجل: الذهب يرتفع"),
    errors: [
      'a.md:2:1: title: في قيمته نقطتان (:) ثانيتان، ولا تستطيع الترويسة قراءتهما. ضع القيمة كلها بين علامتي تنصيص مزدوجتين: \u2068`title: "عاجل: الذهب يرتفع"`\u2069',
    ],
  },
  {
    mistake: "a quote opened and never closed, named on the line where it opens",
    file: replaced(/^summary:.*$/m, 'summary: "ملخص الخبر'),
    errors: ['a.md:3:1: summary: تُفتح على هذا السطر علامة تنصيص (") لا تُغلق. أضف " الختامية في نهاية القيمة.'],
  },
  {
    mistake: "Word's curly quotes",
    file: replaced(/^title:.*$/m, "title: “عاجل: الذهب يرتفع”"),
    errors: [
      'a.md:2:1: title: بين علامتي تنصيص منحنيتين (“ ”)، وتقرؤهما الترويسة حرفين عاديين. استعمل علامتي التنصيص المستقيمتين: \u2068`title: "عاجل: الذهب يرتفع"`\u2069',
    ],
  },
  {
    mistake: "quotes inside quotes",
    file: replaced(/^title:.*$/m, 'title: "قال "لا" للخطة"'),
    errors: [
      'a.md:2:1: title: فيه علامتا تنصيص مزدوجتان داخل علامتي تنصيص مزدوجتين، فتنتهي القيمة قبل أوانها. استعمل علامتي التنصيص العربيتين « » في الداخل: \u2068`title: "قال «لا» للخطة"`\u2069',
    ],
  },
  {
    mistake: "no space after the colon",
    file: replaced(/^title:.*$/m, "title:عاجل"),
    errors: ["a.md:2:1: title: لا مسافة بعد النقطتين. اترك مسافة بين النقطتين والقيمة: \u2068`title: عاجل`\u2069"],
  },
  {
    mistake: "a summary broken over two lines, named on the second",
    file: replaced(/^summary:.*$/m, "summary: جملة أولى\nتكملة الجملة"),
    errors: [
      "a.md:4:1: summary: قيمة \u2068summary\u2069 تمتد إلى هذا السطر، وتقرؤه الترويسة حقلًا جديدًا. صِله بالسطر الذي فوقه لتكون القيمة كلها في سطر واحد.",
    ],
  },
  {
    mistake: "a section written by its Arabic name",
    file: replaced("section: news", "section: أخبار"),
    errors: ['a.md:5:1: section: \u2068"أخبار"\u2069 اسم وليس معرّفًا؛ اكتب المعرّف. هل تقصد \u2068`news`\u2069 (أخبار)؟'],
  },
  {
    mistake: "an author written by the name printed on the site",
    file: replaced("author: huda", "author: هدى سالم"),
    errors: [
      'a.md:6:1: author: \u2068"هدى سالم"\u2069 اسم وليس معرّفًا؛ اكتب المعرّف. هل تقصد \u2068`huda`\u2069 (هدى سالم)؟',
    ],
  },
  {
    mistake: "a date in Arabic-Indic digits",
    file: replaced("2026-03-12", "٢٠٢٦-٠٣-١٢"),
    errors: [
      'a.md:4:1: date: \u2068"٢٠٢٦-٠٣-١٢"\u2069 مكتوب بالأرقام الهندية (٠-٩). اكتب التواريخ بالأرقام \u20680–9\u2069: \u20682026-03-12\u2069.',
    ],
  },
  {
    mistake: "a space instead of T, with the site's offset proposed",
    file: replaced("2026-03-12", "2026-03-12 10:00"),
    errors: [
      'a.md:4:1: date: في \u2068"2026-03-12 10:00"\u2069 مسافة بين التاريخ والوقت. اكتب مكانها الحرف \u2068T\u2069، وبعد الوقت فارق توقيت الموقع عن \u2068UTC\u2069: \u20682026-03-12T10:00+03:00\u2069.',
    ],
  },
  {
    mistake: "day, month, year",
    file: replaced("2026-03-12", "12-3-2026"),
    errors: [
      'a.md:4:1: date: \u2068"12-3-2026"\u2069 يبدأ باليوم. اكتب التاريخ بادئًا بالسنة على صورة \u2068YYYY-MM-DD\u2069: \u20682026-03-12\u2069.',
    ],
  },
  {
    mistake: "a new article (a draft) dated years ago",
    file: articleFile(`${VALID.replace("2026-03-12", "2016-03-12")}\ndraft: true`),
    warnings: ["a.md:4:1: date: \u20682016-03-12\u2069 قبل أكثر من سنتين، لمقال ما زال مسودة. راجع السنة."],
  },
  {
    mistake: "a published article dated years ago is the archive, not a mistake",
    file: replaced("2026-03-12", "2016-03-12"),
  },
  {
    mistake: "a related slug one letter off",
    file: withField("related: [city-budgte]"),
    errors: [
      'a.md:7:1: related: \u2068"city-budgte"\u2069 ليس الاسم المختصر لأي مقال. هل تقصد \u2068"city-budget"\u2069؟',
    ],
  },
  {
    mistake: "a related article's full address",
    file: withField("related:\n  - river-cleanup\n  - https://almadar.example/articles/city-budget/"),
    errors: [
      'a.md:9:1: related: \u2068"https://almadar.example/articles/city-budget/"\u2069 عنوان كامل؛ اكتب الاسم المختصر للمقال وحده: \u2068city-budget\u2069',
    ],
  },
];

function run(text: string, files: Record<string, string> = {}): { errors: string[]; warnings: string[] } {
  const dir = contentWith({ "articles/a.md": text, ...files });
  const rel = relative(process.cwd(), dir);
  const result = loadContent({ contentDir: dir, now: () => NOW });
  const show = (p: Problem) => formatProblem({ ...p, file: p.file.replace(`${rel}/articles/`, "") });
  const mine = (p: Problem) => p.file.endsWith("/a.md");
  return { errors: result.ok ? [] : result.problems.map(show), warnings: result.warnings.filter(mine).map(show) };
}

for (const row of rows) {
  test(`mistake: ${row.mistake}`, () => {
    const got = run(row.file);
    assert.deepEqual(got.errors, row.errors ?? []);
    assert.deepEqual(got.warnings, row.warnings ?? []);
  });
}

test("a picture whose path has spaces, written in angle brackets, is a picture", () => {
  const dir = contentWith({
    "articles/a.md": withBody('فقرة.\n\n![سبائك ذهب](</images/gold bars.png> "سبائك | رويترز")\n'),
  });
  copyFileSync(join(dir, "images/logo.png"), join(dir, "images/gold bars.png"));
  const result = loadContent({ contentDir: dir, now: () => NOW });
  assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
});

test("a value that is quoted as it should be is not taken for a mistake", () => {
  const got = run(replaced(/^title:.*$/m, 'title: "عاجل: الذهب يرتفع"'));
  assert.deepEqual(got, { errors: [], warnings: [] });
});

test("the mistakes are told in English with --lang en", () => {
  const dir = contentWith({ "articles/a.md": replaced(/^title:.*$/m, "title: عاجل: الذهب يرتفع") });
  const result = loadContent({ contentDir: dir, language: "en" });
  assert.ok(!result.ok);
  assert.equal(
    result.problems[0]!.message,
    'has a second colon (:) in its value, which YAML cannot read. Put the whole value in double quotes: `title: "عاجل: الذهب يرتفع"`',
  );
});
