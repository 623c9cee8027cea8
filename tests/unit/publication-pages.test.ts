/**
 * The publication's pages (content/pages/) are checked as articles are where it applies: the
 * front matter with the field's line, the body, the typography lint; and one page per role and
 * per address. What the check says, in English, as an editor reads it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { relative } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { formatProblem, type Problem } from "../../scripts/content/problems.ts";
import { contentWith } from "../support/fixture.ts";

const PAGE = "title: من نحن\nsummary: تعريف بالموقع.\nrole: about";
const file = (frontMatter: string, body = "نص الصفحة.\n") => `---\n${frontMatter}\n---\n${body}`;

function check(files: Record<string, string>) {
  const dir = contentWith(files);
  const result = loadContent({ contentDir: dir, language: "en" });
  // Messages name other files as the command shows them, relative to where it runs.
  const shownDir = `${relative(process.cwd(), dir)}/`;
  const shown = (problems: Problem[]) =>
    problems.map((p) => formatProblem({ ...p, file: relative(dir, p.file) }).replaceAll(shownDir, ""));
  return { result, problems: result.ok ? [] : shown(result.problems), warnings: shown(result.warnings) };
}

test("a valid page is read with its role and its date, and pages come in the footer's order", () => {
  const { result } = check({
    "pages/contact.md": file("title: اتصل بنا\nsummary: كيف تراسلنا.\nrole: contact"),
    "pages/about.md": file(`${PAGE}\nupdated: 2026-12-05`),
    "pages/advertise.md": file("title: أعلن معنا\nsummary: للمعلنين."),
    "pages/corrections.md": file("title: سياسة التصحيح\nsummary: كيف نصحح.\nrole: corrections"),
  });
  assert.ok(result.ok);
  assert.deepEqual(
    result.content.pages.map((p) => [p.slug, p.role]),
    [
      ["about", "about"],
      ["corrections", "corrections"],
      ["contact", "contact"],
      ["advertise", undefined],
    ],
  );
  // Midnight in the site's zone (Asia/Riyadh in the fixture), as an article's date.
  assert.equal(result.content.pages[0]!.updated?.toISOString(), "2026-12-04T21:00:00.000Z");
});

test("front matter mistakes name the file, the line and the field, and suggest the right one", () => {
  assert.deepEqual(
    check({ "pages/about.md": file("summary: تعريف.\nrole: abuot\ntitel: من نحن\nupdated: 2026-13-01") }).problems,
    [
      "pages/about.md:3:1: role: must be one of: about, ethics, corrections, privacy, contact.",
      'pages/about.md:4:1: titel: is not a known field. Did you mean "title"? The fields are: title, summary, role, updated, slug.',
      'pages/about.md:5:1: updated: "2026-13-01" is not a real calendar date. Check the month (01-12) and the day of that month.',
      // A field not written at all is placed on the closing --- line, where it can be added (as for an article).
      "pages/about.md:6:1: title: is missing. Add a line such as `title: من نحن`.",
    ],
  );
});

test("a role belongs to one page, an address to one page, and a name in a URL is Latin", () => {
  assert.deepEqual(
    check({
      "pages/about.md": file(PAGE),
      "pages/who-we-are.md": file(`${PAGE}\nslug: about`),
      "pages/من-نحن.md": file("title: من نحن\nsummary: تعريف."),
    }).problems,
    [
      'pages/who-we-are.md:4:1: role: "about" is already the role of pages/about.md. The footer and the publisher\'s data link one page for each role: remove the line from one of the two.',
      'pages/who-we-are.md:5:1: slug: "about" is already the name of pages/about.md in its URL. Two pages cannot share an address; give this one its own slug.',
      'pages/من-نحن.md:4:1: slug: "من-نحن" is not a page\'s name in a URL: lowercase Latin letters, digits and single hyphens only.',
    ],
  );
});

test("an empty page and a missing picture stop the build; Latin punctuation in Arabic is a warning", () => {
  const { problems } = check({ "pages/about.md": file(PAGE, "\n") });
  assert.deepEqual(problems, [
    "pages/about.md:5:1: body: The page has no text: nothing is written under the second --- line. Write it there.",
  ]);
  assert.match(
    check({ "pages/about.md": file(PAGE, "![الفريق](/images/team.jpg)\n") }).problems.join("\n"),
    /team\.jpg/,
  );
  const { result, warnings } = check({ "pages/about.md": file(PAGE, "من نحن, وماذا نفعل?\n") });
  assert.ok(result.ok);
  assert.equal(warnings.length, 2, warnings.join("\n"));
  assert.ok(warnings.every((w) => w.startsWith("pages/about.md:6:")));
});
