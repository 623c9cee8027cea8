/**
 * The relevance set (tests/fixtures/search-relevance/), built with the real
 * build and searched with Pagefind's own pagefind.js as the search page
 * searches: the floors of issue 16 (docs/search-relevance.md).
 */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import {
  buildRelevanceSite,
  figures,
  runQueries,
  table,
  type QueryResult,
} from "../../scripts/bench/search-relevance.ts";

let results: QueryResult[];
before(async () => {
  results = await runQueries(buildRelevanceSite());
});

test("the relevance set has at least 80 queries over at least 60 articles, in every category", async () => {
  const { readFileSync } = await import("node:fs");
  const articles = readFileSync("tests/fixtures/search-relevance/articles.yaml", "utf8").match(/^- slug:/gm)!.length;
  assert.ok(articles >= 60, `${articles} articles`);
  assert.ok(results.length >= 80, `${results.length} queries`);
  for (const row of figures(results)) assert.ok(row.queries > 0, row.category);
});

test("no result in any top 10 is a hit on stop words alone, and a query of stop words shows nothing", () => {
  const hits = results.filter((r) => r.stopWordHits > 0).map((r) => `«${r.q}»`);
  assert.deepEqual(hits, []);
  for (const q of ["في", "من", "عن", "أي"]) assert.deepEqual(results.find((r) => r.q === q)?.found, [], q);
});

test("the first result is relevant for at least 90% of the queries with an answer, and recall at 10 is at least 0.9", () => {
  const all = figures(results).at(-1)!;
  const misses = results
    .filter((r) => r.relevant.length && !r.relevant.includes(r.found[0] ?? ""))
    .map((r) => `«${r.q}» -> ${r.found.slice(0, 3).join(", ") || "nothing"}`);
  assert.ok(all.firstRelevant >= 0.9, `${table(figures(results))}\n${misses.join("\n")}`);
  assert.ok(all.recallAt10 >= 0.9, table(figures(results)));
});

test("a name spelled as the variants list spells it finds the article that writes it another way", () => {
  for (const q of ["تلغرام", "تيليجرام", "فيس بوك", "الفيسبوك", "ايفون", "قوقل", "Tesla", "سامسونغ"])
    assert.equal(results.find((r) => r.q === q)?.found.length, 1, q);
});
