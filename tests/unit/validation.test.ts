/**
 * The content checks, one case per rule. Each asserts the editor sees the
 * file and the field named, and that the rest of the site is still checked.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { relative } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { formatProblem } from "../../scripts/content/problems.ts";
import { readFileSync } from "node:fs";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";

function problemsFor(files: Record<string, string | Uint8Array>, remove: string[] = []) {
  const dir = contentWith(files, remove);
  const result = loadContent({ contentDir: dir, language: "en" });
  const rel = relative(process.cwd(), dir);
  return result.ok
    ? []
    : result.problems.map((p) => ({ ...p, file: p.file.replace(`${rel}/`, ""), text: formatProblem(p) }));
}

function only(files: Record<string, string | Uint8Array>) {
  const problems = problemsFor(files);
  assert.equal(problems.length, 1, `expected one problem, got:\n${problems.map((p) => p.text).join("\n")}`);
  return problems[0]!;
}

const cases: { rule: string; file: string; content: string; field: string; line?: number; message: RegExp }[] = [
  {
    rule: "a required field is missing",
    file: "articles/no-title.md",
    content: articleFile(VALID.replace(/^title:.*\n/m, "")),
    field: "title",
    message: /is missing\. Add a line such as `title: /,
  },
  {
    rule: "a required field is empty",
    file: "articles/empty-summary.md",
    content: articleFile(VALID.replace(/^summary:.*$/m, 'summary: ""')),
    field: "summary",
    line: 3,
    message: /is empty/,
  },
  {
    rule: "the YAML is malformed",
    file: "articles/bad-yaml.md",
    content: articleFile(`${VALID}\ntags: [البيئة, "غير مغلق]`),
    field: "front matter",
    message: /YAML is malformed/,
  },
  {
    rule: "a month that does not exist (2019-13-45)",
    file: "articles/bad-month.md",
    content: articleFile(VALID.replace("2026-03-12", "2019-13-45")),
    field: "date",
    line: 4,
    message: /"2019-13-45" is not a real calendar date/,
  },
  {
    rule: "February 29th in a common year (2023-02-29)",
    file: "articles/not-leap.md",
    content: articleFile(VALID.replace("2026-03-12", "2023-02-29")),
    field: "date",
    message: /"2023-02-29" is not a real calendar date/,
  },
  {
    rule: "a date in another format",
    file: "articles/slashes.md",
    content: articleFile(VALID.replace("2026-03-12", "2026/03/12")),
    field: "date",
    message: /is not a date in the form YYYY-MM-DD/,
  },
  {
    rule: "a time without a UTC offset",
    file: "articles/no-offset.md",
    content: articleFile(VALID.replace("2026-03-12", "2026-03-12T10:00:00")),
    field: "date",
    message: /has a time but no UTC offset/,
  },
  {
    rule: "updated before date",
    file: "articles/time-travel.md",
    content: articleFile(`${VALID}\nupdated: 2026-03-01`),
    field: "updated",
    line: 7,
    message: /is before the publication date/,
  },
  {
    rule: "an unknown section, with a suggestion",
    file: "articles/typo-section.md",
    content: articleFile(VALID.replace("section: news", "section: nwes")),
    field: "section",
    line: 5,
    message: /"nwes" is not a section\. Did you mean "news"\? Valid sections: news, sport/,
  },
  {
    rule: "an unknown author",
    file: "articles/stranger.md",
    content: articleFile(VALID.replace("author: huda", "author: [huda, nobody]")),
    field: "author",
    message: /"nobody" is not an author\. .*Valid authors: huda, sami/,
  },
  {
    rule: "a related slug that does not exist",
    file: "articles/dangling.md",
    content: articleFile(`${VALID}\nrelated: [no-such-story]`),
    field: "related",
    line: 7,
    message: /"no-such-story" is not the slug of any article/,
  },
  {
    rule: "a related slug that is the article itself",
    file: "articles/selfish.md",
    content: articleFile(`${VALID}\nrelated: [selfish]`),
    field: "related",
    message: /"selfish" is this article itself/,
  },
  {
    rule: "two articles with one slug",
    file: "articles/zz-copy.md",
    content: articleFile(`${VALID}\nslug: river-cleanup`),
    field: "slug",
    message: /"river-cleanup" is already the slug of .*articles\/river-cleanup\.md/,
  },
  {
    rule: "a slug that is not URL-safe",
    file: "articles/bad-slug.md",
    content: articleFile(`${VALID}\nslug: Hello World`),
    field: "slug",
    message:
      /"Hello World" may only contain lowercase Latin letters, digits and single hyphens\. Try `slug: hello-world`\./,
  },
  {
    rule: "a file name that cannot be a slug",
    file: "articles/خبر.md",
    content: articleFile(VALID),
    field: "slug",
    message: /cannot be used in a URL\. Add `slug: /,
  },
  {
    rule: "a file that is not UTF-8 (Windows-1256)",
    file: "articles/cp1256.md",
    content: "", // replaced below with bytes
    field: "encoding",
    message: /not valid UTF-8/,
  },
  {
    rule: "an image without alt text",
    file: "articles/no-alt.md",
    content: articleFile(`${VALID}\nimage:\n  src: /images/x.jpg`),
    field: "image.alt",
    message: /is missing/,
  },
  {
    rule: "an image that is not under /images/",
    file: "articles/remote-image.md",
    content: articleFile(`${VALID}\nimage:\n  src: https://tracker.example/x.jpg\n  alt: صورة`),
    field: "image.src",
    message: /must be a path under \/images\//,
  },
  {
    rule: "a picture in the body from another site",
    file: "articles/remote-body-image.md",
    content: articleFile(VALID, "فقرة.\n\n![صورة](https://tracker.example/pixel.jpg)\n"),
    field: "body",
    line: 10,
    message: /"https:\/\/tracker\.example\/pixel\.jpg" is not a file under \/images\//,
  },
  {
    rule: "a picture in the body that does not exist",
    file: "articles/missing-body-image.md",
    content: articleFile(VALID, "![صورة](/images/missing.jpg)\n"),
    field: "body",
    line: 8,
    message: /\/images\/missing\.jpg does not exist/,
  },
  {
    rule: "a tag with no letters",
    file: "articles/empty-tag.md",
    content: articleFile(`${VALID}\ntags: ["ـــ"]`),
    field: "tags",
    message: /has no letters or digits/,
  },
  {
    rule: "an unknown field, with a suggestion",
    file: "articles/titel.md",
    content: articleFile(`${VALID}\ntitel: عنوان`),
    field: "titel",
    message: /is not a known field\. Did you mean "title"\?/,
  },
  {
    rule: "an unsupported language",
    file: "articles/german.md",
    content: articleFile(`${VALID}\nlang: de`),
    field: "lang",
    message: /must be one of: ar, en, fr/,
  },
  {
    rule: "a file without front matter",
    file: "articles/plain.md",
    content: "مجرد نص.\n",
    field: "front matter",
    message: /does not start with front matter/,
  },
];

// "خبر" in Windows-1256: bytes that are not valid UTF-8.
const CP1256 = new Uint8Array([
  0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xce, 0xc8, 0xd1, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a,
]);

for (const c of cases) {
  test(`rejects ${c.rule}, naming ${c.file} and ${c.field}`, () => {
    const problem = only({ [c.file]: c.field === "encoding" ? CP1256 : c.content });
    assert.equal(problem.file, c.file);
    assert.equal(problem.field, c.field);
    assert.match(problem.message, c.message);
    if (c.line) assert.equal(problem.line, c.line);
    assert.ok(problem.text.includes(c.file) && problem.text.includes(`${c.field}:`), problem.text);
  });
}

test("rejects a picture in the body that is not in content/images, naming the line", () => {
  const problem = only({
    "articles/missing-picture.md": articleFile(VALID, "فقرة.\n\nفقرة ثانية.\n\n![صورة](/images/nowhere.png)\n"),
  });
  assert.equal(problem.file, "articles/missing-picture.md");
  assert.equal(problem.field, "body");
  assert.equal(problem.line, 12);
  assert.match(problem.message, /\/images\/nowhere\.png does not exist/);
});

test("reports every problem in every file at once", () => {
  const problems = problemsFor({
    "articles/a.md": articleFile(VALID.replace("2026-03-12", "2019-13-45").replace("section: news", "section: nope")),
    "articles/b.md": articleFile(VALID.replace(/^title:.*\n/m, "")),
  });
  assert.deepEqual(
    problems.map((p) => `${p.file} ${p.field}`),
    ["articles/a.md date", "articles/a.md section", "articles/b.md title"],
  );
});

test("accepts a byte-order mark, CRLF line endings and 29 February in a leap year", () => {
  const crlf = `\uFEFF${articleFile(VALID.replace("2026-03-12", "2024-02-29"), "سطر أول\r\nسطر ثان\r\n")}`
    .replace(/\n/g, "\r\n")
    .replace(/\r\r/g, "\r");
  const dir = contentWith({ "articles/windows.md": crlf });
  const result = loadContent({ contentDir: dir, language: "en" });
  assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
  const article = result.content.articles.find((a) => a.slug === "windows")!;
  assert.equal(article.title, "خبر للاختبار");
  assert.equal(article.date.toISOString(), "2024-02-28T21:00:00.000Z", "midnight in Asia/Riyadh");
});

test("a problem in the site settings names site.yaml and the field", () => {
  const problems = problemsFor({ "site.yaml": "name: موقع\n" });
  assert.ok(problems.every((p) => p.file === "site.yaml"));
  assert.ok(problems.some((p) => p.field === "timeZone" && /is missing/.test(p.message)));
});

test("a masthead logo that is not in content/images/ is named with its field", () => {
  const site = readFileSync(`${FIXTURE}/site.yaml`, "utf8").replace(
    "  height: 512\n",
    "  height: 512\n  masthead: /images/mark.svg\n",
  );
  const problem = only({ "site.yaml": site });
  assert.equal(problem.file, "site.yaml");
  assert.equal(problem.field, "logo.masthead");
  assert.match(
    problem.message,
    /^"\/images\/mark\.svg" is not a file in .*images\/\. Add the logo there or correct the path\.$/,
  );
});

test("tags that differ only in tashkeel or tatweel are one tag", () => {
  const dir = contentWith({ "articles/marks.md": articleFile(`${VALID}\ntags: [البيئة, البِيئة, البيـــئة]`) });
  const result = loadContent({ contentDir: dir, language: "en" });
  assert.ok(result.ok);
  assert.deepEqual(result.content.articles.find((a) => a.slug === "marks")!.tags, ["البيئة"]);
});
