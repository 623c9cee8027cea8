/**
 * content/search-variants.yaml as `npm run check` reports it: each problem
 * with the file, the entry's line, the entry and what to do.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { relative } from "node:path";
import { contentWith } from "../support/fixture.ts";
import { checkInProcess } from "../support/check.ts";

function check(contentDir: string) {
  const run = checkInProcess(contentDir, ["--lang", "en"]);
  const rel = relative(process.cwd(), contentDir);
  return { status: run.status, stderr: run.stderr.replaceAll(`${rel}/`, "") };
}

test("a valid variants list passes, and so does a content folder without one", () => {
  assert.equal(check(contentWith({ "search-variants.yaml": "# names\n- [تليغرام, تلغرام, Telegram]\n" })).status, 0);
  assert.equal(check(contentWith()).status, 0);
});

test("each problem in the variants list names the file, the entry's line and what to do", () => {
  const result = check(
    contentWith({
      "search-variants.yaml": [
        "# spellings",
        "- [تليغرام, تلغرام]",
        "- تلغرام",
        "- [فيسبوك]",
        '- [غوغل, "", جوجل]',
        "- [Telegram, تلغرام]",
      ].join("\n"),
    }),
  );
  assert.equal(result.status, 1);
  for (const line of [
    "search-variants.yaml:3:1: entry 2: must be a list of spellings in brackets, e.g. - [تليغرام, تلغرام, Telegram].",
    "search-variants.yaml:4:1: entry 3: must list at least two different spellings of one name, e.g. - [تليغرام, تلغرام, Telegram].",
    "search-variants.yaml:5:1: entry 4: has an empty spelling. Remove the extra comma or write the spelling.",
    'search-variants.yaml:6:1: entry 5: "تلغرام" is also in entry 1. Merge the two entries into one.',
  ])
    assert.ok(result.stderr.includes(line), `${line}\nin:\n${result.stderr}`);
});

test("a list that is not a list says what the file should look like", () => {
  const result = check(contentWith({ "search-variants.yaml": "telegram: تليغرام\n" }));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /search-variants\.yaml: file: The file must be a list of entries, one a line/);
});
