import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../../scripts/content/schema.ts";
import { buildRelatedIndex, selectRelated } from "../../scripts/site/related.ts";

let day = 0;
function story(slug: string, section: string, tags: string[], related: string[] = []): Article {
  day++;
  return {
    slug,
    file: `${slug}.md`,
    title: slug,
    summary: "",
    date: new Date(Date.UTC(2026, 0, day)),
    timed: false,
    section,
    authors: ["a"],
    tags,
    related,
    lang: "ar",
    dir: "rtl",
    draft: false,
    words: 100,
  };
}

const a = story("a", "tech", ["ذكاء", "خصوصية"]);
const b = story("b", "tech", ["ذكاء"]);
const c = story("c", "sport", ["ذكاء", "خصوصية"]);
const d = story("d", "tech", []);
const e = story("e", "economy", ["خصوصية"]);
const f = story("f", "economy", []);
const g = story("g", "tech", ["ذِكاء"]); // tashkeel: same tag as ذكاء
const self = story("self", "tech", ["ذكاء", "خصوصية"], ["f", "self", "missing", "f"]);
const all = [a, b, c, d, e, f, g, self].sort((x, y) => y.date.getTime() - x.date.getTime());
const index = buildRelatedIndex(all);

test("curated links come first, in order, without duplicates, itself or unknown slugs", () => {
  assert.deepEqual(selectRelated(self, index).map((x) => x.slug)[0], "f");
});

test("then the most shared tags, the same section breaking ties, then the most recent", () => {
  // a and c share two tags; a is in the same section. g shares ذكاء through a spelling with tashkeel.
  assert.deepEqual(
    selectRelated(self, index).map((x) => x.slug),
    ["f", "a", "c", "g", "b"],
  );
});

test("never more than five, and never the article itself", () => {
  for (const article of all) {
    const related = selectRelated(article, index);
    assert.ok(related.length <= 5);
    assert.ok(!related.includes(article));
    assert.equal(new Set(related).size, related.length);
  }
});

test("falls back to the newest articles of the section when no tags are shared", () => {
  assert.deepEqual(
    selectRelated(d, index).map((x) => x.slug),
    ["self", "g", "b", "a"],
  );
});
