/**
 * Input that is merely huge or odd (issue 17): every case ends quickly with a message naming the
 * file, the line and the limit, or builds, and none crashes the check.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { relative } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { formatProblem } from "../../scripts/content/problems.ts";
import { MAX_BODY, MAX_NESTING, MAX_PARAGRAPH } from "../../scripts/content/limits.ts";
import { MAX_RELATED, MAX_TAGS } from "../../scripts/content/schema.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";

/** Checks the fixture newsroom with `files` added; the errors and warnings as an editor reads them, and the time it took. */
function check(files: Record<string, string>) {
  const dir = contentWith(files);
  const started = performance.now();
  const result = loadContent({ contentDir: dir, language: "en" });
  const seconds = (performance.now() - started) / 1000;
  const rel = relative(process.cwd(), dir);
  const tidy = (p: Parameters<typeof formatProblem>[0]) => formatProblem(p).replace(`${rel}/`, "");
  return { errors: result.ok ? [] : result.problems.map(tidy), warnings: result.warnings.map(tidy), seconds };
}

for (const name of ["(", "(x+x+)+y", "a".repeat(30) + "!", "x{1,9}"]) {
  test(`an unknown field named ${JSON.stringify(name.slice(0, 12))} inside image: is reported on its line, not run as a pattern`, () => {
    const frontMatter = `${VALID}\nimage:\n  src: /images/river.jpg\n  alt: وصف\n  ${JSON.stringify(name)}: x`;
    const { errors, seconds } = check({ "articles/odd-field.md": articleFile(frontMatter) });
    assert.deepEqual(errors, [
      `articles/odd-field.md:10:1: image.${name}: is not a known field. The fields of image are: src, alt, caption, credit.`,
    ]);
    assert.ok(seconds < 5, `${seconds} s`);
  });
}

test("a body over the size limit stops the check with the limit named", () => {
  const { errors } = check({ "articles/huge.md": articleFile(VALID, "نص الخبر.\n\n".repeat(MAX_BODY / 10)) });
  assert.deepEqual(errors, [
    "articles/huge.md:8:1: body: The body is 200,000 characters long; the limit is 200,000 (about 30,000 words). Split it into several articles.".replace(
      "200,000 characters",
      `${(MAX_BODY * 1.1).toLocaleString("en")} characters`,
    ),
  ]);
});

test("a paragraph over the length limit is reported at its first line", () => {
  const body =
    "فقرة أولى.\n\n" +
    "كلمة ".repeat(MAX_PARAGRAPH / 10) +
    "\n" +
    "كلمة ".repeat(MAX_PARAGRAPH / 5) +
    "\n\nفقرة أخيرة.\n";
  const { errors } = check({ "articles/long-paragraph.md": articleFile(VALID, body) });
  assert.deepEqual(errors, [
    "articles/long-paragraph.md:9:1: body: This paragraph is longer than 10,000 characters, the limit for one paragraph. Break it up with blank lines.",
  ]);
});

test("lists and quotes nested past the limit are an error at the line where it is passed, not text quietly left out", () => {
  const quotes = ">".repeat(200) + " نص عميق\n\nفقرة بعدها.\n";
  const lists =
    Array.from({ length: 60 }, (_, depth) => `${"  ".repeat(depth)}- بند ${depth}`).join("\n") +
    "\n\nفقرة بعد القائمة.\n";
  assert.deepEqual(check({ "articles/quotes.md": articleFile(VALID, quotes) }).errors, [
    `articles/quotes.md:8:1: body: Lists and quotes are nested more than ${MAX_NESTING} deep here, the limit; deeper text could be left out of the page. Nest them less deeply.`,
  ]);
  assert.deepEqual(check({ "articles/lists.md": articleFile(VALID, lists) }).errors, [
    `articles/lists.md:16:1: body: Lists and quotes are nested more than ${MAX_NESTING} deep here, the limit; deeper text could be left out of the page. Nest them less deeply.`,
  ]);
  const shallow =
    Array.from({ length: MAX_NESTING }, (_, depth) => `${"  ".repeat(depth)}- بند`).join("\n") + "\n\n> > > اقتباس\n";
  assert.deepEqual(check({ "articles/shallow.md": articleFile(VALID, shallow) }).errors, []);
});

test("a table row with more cells than its header is an error: markdown-it would drop the extra cells", () => {
  const body = "| البلد | العدد |\n|---|---|\n| مصر | 3 |\n| الأردن | 4 | خلية زائدة |\n| لبنان | 5 \\| 6 |\n";
  assert.deepEqual(check({ "articles/table.md": articleFile(VALID, body) }).errors, [
    "articles/table.md:11:1: body: This table row has 3 cells but the table's header has 2; the extra cells would not be shown. Add columns to the header or remove cells.",
  ]);
});

test("tags and related lists over their limits are reported on their field, and 10,000 unknown slugs are checked in seconds", () => {
  const tags = `${VALID}\ntags: [${Array.from({ length: MAX_TAGS + 1 }, (_, i) => `وسم${i}`).join(", ")}]`;
  const related = `${VALID}\nrelated:\n${Array.from({ length: 10_000 }, (_, i) => `  - missing-${i}`).join("\n")}`;
  const result = check({ "articles/tags.md": articleFile(tags), "articles/related.md": articleFile(related) });
  assert.deepEqual(result.errors, [
    `articles/related.md:7:1: related: has 10000 entries; the limit is ${MAX_RELATED}. Keep the ${MAX_RELATED} that matter most.`,
    `articles/tags.md:7:1: tags: has ${MAX_TAGS + 1} entries; the limit is ${MAX_TAGS}. Keep the ${MAX_TAGS} that matter most.`,
  ]);
  assert.ok(result.seconds < 10, `${result.seconds} s`);
});

test("46,000 Latin commas after Arabic words are warned about without overflowing the stack, the first 100 listed", () => {
  const { errors, warnings } = check({
    "articles/commas.md": articleFile(VALID, "قال, ".repeat(1_000) + "\n\n" + "قال,".repeat(45_000) + "\n"),
  });
  assert.deepEqual(
    errors.filter((e) => !e.includes("paragraph")),
    [],
  );
  assert.equal(warnings.length, 101);
  assert.match(
    warnings.at(-1)!,
    /^articles\/commas\.md:8:504: body: and 45,900 more typography warnings from here on, not listed\./,
  );
});
