/** The messages an editor reads for a story type or sponsor written wrong. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { relative } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { formatProblem } from "../../scripts/content/problems.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";

function problems(files: Record<string, string>): string[] {
  const dir = contentWith(files);
  const result = loadContent({ contentDir: dir, language: "en" });
  return result.ok
    ? []
    : result.problems.map((p) => formatProblem({ ...p, file: relative(dir, p.file) }).replaceAll(`${dir}/`, ""));
}

test("an unknown type lists the types", () => {
  assert.deepEqual(problems({ "articles/a.md": articleFile(`${VALID}\ntype: column`) }), [
    "articles/a.md:7:1: type: must be one of: news, opinion, analysis, explainer, interview, obituary, sponsored, live.",
  ]);
});

test("a sponsored story must name its sponsor, and only a sponsored story may", () => {
  assert.deepEqual(problems({ "articles/a.md": articleFile(`${VALID}\ntype: sponsored`) }), [
    "articles/a.md:8:1: sponsor: is missing: a sponsored story names who paid for it. Add `sponsor:` with `name: …` indented under it.",
  ]);
  assert.deepEqual(problems({ "articles/a.md": articleFile(`${VALID}\nsponsor:\n  name: شركة`) }), [
    "articles/a.md:7:1: sponsor: is only for sponsored stories. Add `type: sponsored`, or remove the sponsor.",
  ]);
  assert.deepEqual(
    problems({ "articles/a.md": articleFile(`${VALID}\ntype: sponsored\nsponsor:\n  name: شركة\n  urll: x`) }),
    [
      'articles/a.md:10:1: sponsor.urll: is not a known field. Did you mean "url"? The fields of sponsor are: name, url.',
    ],
  );
  assert.deepEqual(
    problems({ "articles/a.md": articleFile(`${VALID}\ntype: sponsored\nsponsor:\n  name: شركة\n  url: http://x`) }),
    ["articles/a.md:10:1: sponsor.url: must be a full address starting with https://."],
  );
});

test("an author's photo must be a picture in content/images/", () => {
  const authors = "- id: huda\n  name: هدى سالم\n  photo: /images/nobody.jpg\n- id: sami\n  name: سامي نور\n";
  assert.deepEqual(problems({ "authors.yaml": authors }), [
    `authors.yaml: authors[1].photo: "/images/nobody.jpg" is not a file in images/. Add the photo there or correct the path.`,
  ]);
});
