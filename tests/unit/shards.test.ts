/**
 * Which shard renders which article (scripts/publish/shards.ts), the `--shard` flag, and the merge's
 * check that it was given every shard of one build (scripts/build/shards.ts).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../../scripts/content/schema.ts";
import { partsOf } from "../../scripts/search/parts.ts";
import { shardsOf } from "../../scripts/publish/shards.ts";
import { parseShard } from "../../scripts/build/options.ts";
import { readShards, SHARD_FILE, type ShardRecord } from "../../scripts/build/shards.ts";

/** `perDay` articles a day for `days` days before 2026-12-05, newest first as the model lists them. */
function archive(days: number, perDay: number): Article[] {
  const end = Date.UTC(2026, 11, 5);
  return Array.from(
    { length: days * perDay },
    (_, i) => ({ date: new Date(end - Math.floor(i / perDay) * 86_400_000 - (i % perDay) * 60_000) }) as Article,
  );
}

function counts(articles: Article[], count: number): number[] {
  const shardOf = shardsOf(articles, count);
  const tally = new Array<number>(count).fill(0);
  for (const article of articles) tally[shardOf(article) - 1]!++;
  return tally;
}

test("every article goes to one shard, whole search index parts in date order, about equal shares", () => {
  const articles = archive(1825, 30); // five years, 54,750 articles, parts of one to four months
  const partOf = partsOf(articles);
  const sizes = new Map<string, number>();
  for (const article of articles) sizes.set(partOf(article), (sizes.get(partOf(article)) ?? 0) + 1);
  const largestPart = Math.max(...sizes.values());
  for (const count of [2, 3, 4, 7]) {
    const shardOf = shardsOf(articles, count);
    const byPart = new Map<string, number>();
    for (const article of articles) {
      const shard = shardOf(article);
      assert.ok(shard >= 1 && shard <= count);
      assert.equal(byPart.get(partOf(article)) ?? shard, shard, "a part is never split");
      byPart.set(partOf(article), shard);
    }
    const inOrder = [...byPart].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, shard]) => shard);
    assert.deepEqual(
      inOrder,
      [...inOrder].sort((a, b) => a - b),
      "older parts on lower shards",
    );
    for (const n of counts(articles, count))
      assert.ok(Math.abs(n - articles.length / count) <= largestPart, `${count} shards: ${n} articles in one`);
  }
});

test("a day's new articles move no old part, or one across each boundary", () => {
  const before = archive(3650, 30);
  const after = [
    ...archive(1, 300).map((a) => ({ date: new Date(a.date.getTime() + 86_400_000) }) as Article),
    ...before,
  ];
  const [old, now] = [shardsOf(before, 4), shardsOf(after, 4)];
  const moved = new Set(before.filter((a) => old(a) !== now(a)).map(partsOf(before)));
  assert.ok(moved.size <= 3, `${moved.size} parts moved`);
});

test("more shards than parts: the extra shards get nothing, and nothing is lost", () => {
  const articles = archive(30, 5); // one month: one part
  assert.deepEqual(counts(articles, 3), [0, 150, 0]);
});

test("--shard takes which of how many, and says how to write it", () => {
  assert.deepEqual(parseShard("2/4"), { index: 2, count: 4 });
  for (const bad of ["0/3", "4/3", "2", "a/b", "1/0"])
    assert.throws(() => parseShard(bad), new RegExp(`--shard ${bad}: write which share of how many, like --shard 2/4`));
});

function shardFolders(records: Partial<ShardRecord>[]): string[] {
  const work = mkdtempSync(join(tmpdir(), "shard-records-"));
  return records.map((record, i) => {
    const folder = join(work, String(i));
    mkdirSync(folder);
    writeFileSync(join(folder, SHARD_FILE), JSON.stringify({ key: "k", pages: 0, search: {}, ...record }));
    return folder;
  });
}

test("the merge takes every shard of one split once, in order, and names what is wrong", () => {
  const three = shardFolders([
    { index: 3, count: 3 },
    { index: 1, count: 3 },
    { index: 2, count: 3 },
  ]);
  assert.deepEqual(
    readShards(three).map((s) => s.index),
    [1, 2, 3],
  );
  assert.throws(() => readShards(three.slice(0, 2)), /The merge needs every shard: 2\/3 missing\./);
  assert.throws(() => readShards([...three, three[1]!]), /A shard was given twice: 3 shards, 4 folders\./);
  const mixed = shardFolders([
    { index: 1, count: 2 },
    { index: 2, count: 3 },
  ]);
  assert.throws(() => readShards(mixed), /is shard 2 of 3, but .* is one of 2\./);
  const empty = mkdtempSync(join(tmpdir(), "not-a-shard-"));
  assert.throws(() => readShards([empty]), new RegExp(`${empty} is not a shard's folder: it has no shard.json`));
});
