/**
 * Random and structured front matter and Markdown, thrown at the check and the renderer for a
 * fixed time budget (fast-check): nothing crashes or hangs, and each file either renders or gets
 * messages that name the file and a line. Inputs that once failed are kept below as regression
 * cases and run first, every time.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import yaml from "js-yaml";
import { readSource } from "../../scripts/content/read-source.ts";
import { checkArticle } from "../../scripts/content/check-article.ts";
import { speak } from "../../scripts/content/messages/index.ts";
import { checkBodyLimits } from "../../scripts/content/limits.ts";
import { checkPlaceholders } from "../../scripts/content/placeholders.ts";
import { lintArticle } from "../../scripts/content/lint/index.ts";
import { loadRegistries } from "../../scripts/content/registries.ts";
import { ARTICLE_FIELDS } from "../../scripts/content/schema.ts";
import { createMarkdown } from "../../scripts/render/markdown.ts";
import { minifyFragment } from "../../scripts/render/minify.ts";
import { createUrls } from "../../scripts/site/urls.ts";
import { FIXTURE } from "../support/fixture.ts";

/** Milliseconds each property runs for; a run of either takes a few milliseconds, so each tries hundreds of files. */
const BUDGET = 3_000;
/** One file's check and render; anything slower is a hang in the making. */
const PER_FILE = 2_000;

const loaded = loadRegistries(FIXTURE);
if (!loaded.ok) throw new Error("the fixture's registries do not load");
const registries = loaded.registries;
const md = createMarkdown(createUrls("https://test.example/"));
const strings = { imageCredit: "تصوير", imageNote: "صورة" };

/** Checks one file as the check does, renders it if it passes, and says what is wrong with the outcome, if anything. */
async function outcome(text: string): Promise<string | undefined> {
  const started = performance.now();
  const read = readSource("articles/fuzz.md", new TextEncoder().encode(text), "en");
  let problems;
  if (!read.ok) problems = [read.problem];
  else {
    const checked = checkArticle(read.source, registries, FIXTURE, () => true);
    lintArticle(read.source, registries.site.digits, "en");
    problems = [
      ...checked.problems,
      ...checkPlaceholders(read.source, speak("en")),
      ...checkBodyLimits(read.source, speak("en")),
    ];
    if (problems.length === 0) {
      const env = { dir: checked.article!.dir, strings, pictures: new Map(), lite: true };
      const html = md.renderer.render(md.parse(read.source.body, env), md.options, env);
      await minifyFragment(html);
    }
  }
  const unplaced = problems.filter(
    (p) => p.file !== "articles/fuzz.md" || !(typeof p.line === "number" && p.line >= 1),
  );
  if (unplaced.length) return `a message without file and line: ${JSON.stringify(unplaced[0])}`;
  const ms = performance.now() - started;
  return ms > PER_FILE ? `took ${Math.round(ms)} ms` : undefined;
}

// Markdown made of the pieces that interact: containers, emphasis, code, links, tables, both scripts.
const piece = fc.constantFrom(
  ">",
  "> ",
  "- ",
  "* ",
  "1. ",
  "  ",
  "    ",
  "\t",
  "\n",
  "\n\n",
  "#",
  "## ",
  "---",
  "***",
  "===",
  "*",
  "**",
  "_",
  "__",
  "~~",
  "`",
  "```",
  "~~~",
  "[",
  "]",
  "(",
  ")",
  "](",
  "![",
  "<",
  ">",
  "|",
  "|---|",
  "\\",
  "&amp;",
  "&#1575;",
  "&copy;",
  "قال",
  "الخبر",
  "ـــ",
  "،",
  ",",
  ";",
  "?",
  "؟",
  "Apple",
  "iOS 18.2",
  "C++",
  "2024",
  "٢٠٢٤",
  "https://example.com/a_b",
  "/images/river.jpg",
  '"title"',
  "\u200f",
  "\u202e",
  "\u0000",
);
const markdown = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 80 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(piece, fc.integer({ min: 1, max: 3000 })).map(([p, n]) => p.repeat(n)) },
);

const key = fc.oneof(
  fc.constantFrom(...ARTICLE_FIELDS, "titel", "(", "(x+x+)+y", "[a", "image.src", "a:b"),
  fc.string({ maxLength: 12 }),
);
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("2026-03-12", "2026-13-45", "news", "huda", "/images/river.jpg"),
);
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
})).value;
const valid = { title: "خبر", summary: "ملخص.", date: "2026-03-12", section: "news", author: "huda" };
const frontMatter = fc.oneof(
  // A valid article with fields changed, added or removed.
  fc.tuple(fc.dictionary(key, value, { maxKeys: 4 }), fc.subarray(Object.keys(valid))).map(([extra, dropped]) => {
    const data: Record<string, unknown> = { ...valid, ...extra };
    for (const k of dropped) delete data[k];
    return yaml.dump(data, { schema: yaml.CORE_SCHEMA, skipInvalid: true });
  }),
  // Anything at all between the fences.
  fc.string({ maxLength: 200 }),
);

/** Inputs that once failed, kept so they are tried first on every run. */
const REGRESSIONS: string[] = [
  // An unknown field inside image: named like a regular expression (it once crashed, and then hung, the check).
  "---\ntitle: خبر\nsummary: ملخص.\ndate: 2026-03-12\nsection: news\nauthor: huda\nimage:\n  src: /images/river.jpg\n  alt: وصف\n  (x+x+)+y: 1\n---\nنص\n",
  "---\ntitle: خبر\nsummary: ملخص.\ndate: 2026-03-12\nsection: news\nauthor: huda\nimage:\n  src: /images/river.jpg\n  alt: وصف\n  (: 1\n---\nنص\n",
  // Quotes nested past markdown-it's limit, with a paragraph after them.
  `---\ntitle: خبر\nsummary: ملخص.\ndate: 2026-03-12\nsection: news\nauthor: huda\n---\n${">".repeat(5000)} نص\n\nفقرة\n`,
];

test("the regression cases are checked and rendered without a crash, and every message has a file and a line", async () => {
  for (const text of REGRESSIONS) assert.equal(await outcome(text), undefined, text.slice(0, 200));
});

test(`random Markdown bodies under valid front matter: no crash, no hang, a page or a placed message (${BUDGET / 1000} s)`, async () => {
  const head = `---\n${yaml.dump(valid)}---\n`;
  await fc.assert(
    fc.asyncProperty(markdown, async (body) => (await outcome(head + body)) === undefined),
    { interruptAfterTimeLimit: BUDGET, markInterruptAsFailure: false, numRuns: 100_000 },
  );
});

test(`random front matter and bodies: no crash, no hang, a page or a placed message (${BUDGET / 1000} s)`, async () => {
  await fc.assert(
    fc.asyncProperty(
      frontMatter,
      markdown,
      async (fm, body) => (await outcome(`---\n${fm}\n---\n${body}`)) === undefined,
    ),
    { interruptAfterTimeLimit: BUDGET, markInterruptAsFailure: false, numRuns: 100_000 },
  );
});
