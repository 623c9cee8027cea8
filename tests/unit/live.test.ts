/**
 * Live coverage as the checker reads it: each update's time with its offset, newest first, inside
 * the coverage, the pinned update one of them; every problem named by file, line and field.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { relative } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { formatProblem } from "../../scripts/content/problems.ts";
import { splitLive } from "../../scripts/content/live.ts";
import { searchDocument } from "../../scripts/search/indexed-text.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";

const START = "2026-03-12T18:00:00+03:00";
const live = (fields: string, body: string) =>
  articleFile(`${VALID.replace("2026-03-12", START)}\ntype: live\n${fields}`, body);

function check(content: string) {
  const dir = contentWith({ "articles/outage.md": content });
  const result = loadContent({ contentDir: dir, language: "en" });
  const rel = relative(process.cwd(), dir);
  if (result.ok) return { problems: [], article: result.content.articles.find((a) => a.slug === "outage") };
  return { problems: result.problems.map((p) => formatProblem({ ...p, file: p.file.replace(`${rel}/`, "") })) };
}

const BODY = `المقدمة.

## 2026-03-12T21:00:00+03:00 الأحدث
نص.

## 2026-03-12T19:30+03:00
نص بلا عنوان.
`;

test("a live article's updates are read newest first, with the pinned one and the key points", () => {
  const { problems, article } = check(
    live("live:\n  keyPoints: [أولى, ثانية]\n  pinned: 2026-03-12T19:30:00+03:00", BODY),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(
    article?.live?.updates.map((u) => [u.date.toISOString(), u.title]),
    [
      ["2026-03-12T18:00:00.000Z", "الأحدث"],
      ["2026-03-12T16:30:00.000Z", ""],
    ],
  );
  assert.equal(article?.live?.pinned, "u-20260312T163000Z");
  assert.deepEqual(article?.live?.keyPoints, ["أولى", "ثانية"]);
  assert.equal(article?.live?.running, true);
});

test("a heading inside a code fence is text, not an update", () => {
  const split = splitLive("مقدمة\n\n```\n## ليس تحديثًا\n```\n\n## 2026-03-12T21:00:00+03:00 تحديث\nنص\n");
  assert.equal(split.updates.length, 1);
  assert.match(split.intro, /ليس تحديثًا/);
});

// Without \`live:\` the body starts on line 9; with a group of one field, on line 11.
const cases: { rule: string; fields?: string; body: string; expected: RegExp }[] = [
  {
    rule: "an update's time has no offset",
    body: "مقدمة\n\n## 2026-03-12T21:00:00 تحديث\nنص\n",
    expected:
      /^articles\/outage\.md:11:1: update: .*2026-03-12T21:00:00.*2026-03-12T21:00:00\+03:00.* Each update starts with a heading such as/,
  },
  {
    rule: "a heading that is not a time",
    body: "مقدمة\n\n## تحديث بلا وقت\nنص\n",
    expected:
      /^articles\/outage\.md:11:1: update: "تحديث" is not the time of an update\. Each update starts with a heading giving its date and time with the UTC offset/,
  },
  {
    rule: "updates out of order",
    body: "## 2026-03-12T19:00:00+03:00 أ\nنص\n\n## 2026-03-12T20:00:00+03:00 ب\nنص\n",
    expected:
      /^articles\/outage\.md:12:1: update: 2026-03-12T20:00:00\+03:00 is not earlier than the update above it \(2026-03-12T19:00:00\+03:00\)\. Updates are written newest first/,
  },
  {
    rule: "an update before the coverage began",
    body: "## 2026-03-12T17:00:00+03:00 أ\nنص\n",
    expected: /^articles\/outage\.md:9:1: update: 2026-03-12T17:00:00\+03:00 is before the coverage began \(`date:`\)/,
  },
  {
    rule: "an update after the coverage ended",
    fields: "live:\n  ended: 2026-03-12T20:00:00+03:00",
    body: "## 2026-03-12T21:00:00+03:00 أ\nنص\n",
    expected:
      /^articles\/outage\.md:11:1: update: 2026-03-12T21:00:00\+03:00 is after the coverage ended \(`live\.ended`\)/,
  },
  {
    rule: "a pin to no update",
    fields: "live:\n  pinned: 2026-03-12T20:00:00+03:00",
    body: "## 2026-03-12T21:00:00+03:00 أ\nنص\n",
    expected:
      /^articles\/outage\.md:9:1: live\.pinned: 2026-03-12T20:00:00\+03:00 is not the time of any update\. Copy the time from the heading/,
  },
];

for (const { rule, fields = "", body, expected } of cases) {
  test(`live coverage: ${rule}`, () => {
    const { problems } = check(live(fields, body));
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0]!, expected);
  });
}

test("`live:` on a story that is not live coverage is refused", () => {
  const { problems } = check(articleFile(`${VALID}\nlive:\n  keyPoints: [أ]`));
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0]!, /live: is only for live coverage\. Add `type: live`, or remove the group\./);
});

test("search reads a live page to the end of its story, past the updates' own <article> elements", () => {
  const html =
    '<html lang="ar"><body><main><article data-pagefind-body><p>مقدمة</p>' +
    '<article class="live-update"><p>تحديث أول</p></article><article class="live-update"><p>تحديث ثان</p></article>' +
    "<p>وسوم</p></article><aside>إعلان</aside></main></body></html>";
  const indexed = searchDocument(html);
  assert.match(indexed, /تحديث ثان.*وسوم/);
  assert.doesNotMatch(indexed, /إعلان/);
});
