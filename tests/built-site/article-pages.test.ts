/**
 * Article pages are written outside Eleventy (scripts/publish/): in worker
 * threads on an archive, on the main thread for a small site, and kept between
 * builds while their inputs are unchanged (scripts/publish/page-cache.ts). The fixture is
 * small, so NEWSROOM_WORKERS forces the threads that an archive would use.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { buildInProcess as build } from "../support/build.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";

const NOW = "2026-03-15T12:00:00+03:00";

function tree(dir: string): Map<string, string> {
  const all = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    all.map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name), "latin1")]),
  );
}

test("worker threads write the same site as the main thread", async () => {
  const content = contentWith();
  const env = (workers: string) => ({
    NEWSROOM_NOW: NOW,
    NEWSROOM_WORKERS: workers,
    NEWSROOM_CACHE: mkdtempSync(join(tmpdir(), "cache-")),
  });
  const threaded = await build(content, { env: env("2") });
  assert.equal(threaded.status, 0, threaded.stderr);
  assert.match(threaded.stdout, /author pages on 2 worker threads/);
  const single = await build(content, { env: { ...env(""), NEWSROOM_WORKERS: "" } });
  assert.equal(single.status, 0, single.stderr);
  assert.match(single.stdout, /author pages on the main thread/);
  const [a, b] = [tree(threaded.output), tree(single.output)];
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [file, bytes] of a) assert.ok(bytes === b.get(file), `${file} differs`);
});

/** The counts from the build's line about the pages it writes itself. */
function articleCounts(stdout: string): { kept: number; rendered: number; listings: number; minified: number } {
  const match =
    /\((\d+) kept from the last build, (\d+) rendered\) and (\d+) section, tag and author pages .*; (\d+) Markdown bodies minified/.exec(
      stdout,
    );
  assert.ok(match, `no page counts in:\n${stdout}`);
  return { kept: Number(match[1]), rendered: Number(match[2]), listings: Number(match[3]), minified: Number(match[4]) };
}

/** Builds `content` again with an empty cache and checks the kept build wrote exactly the same files. */
async function assertSameAsFreshBuild(content: string, output: string, env: Record<string, string>): Promise<void> {
  const fresh = await build(content, { env: { ...env, NEWSROOM_CACHE: mkdtempSync(join(tmpdir(), "cache-")) } });
  assert.equal(fresh.status, 0, fresh.stderr);
  const [a, b] = [tree(output), tree(fresh.output)];
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [file, bytes] of a) assert.ok(bytes === b.get(file), `${file} differs from a build with an empty cache`);
}

test("unchanged article pages are kept from the last build; whatever changes an article page renders it again", async () => {
  // Another picture, to put under the chart's name: small, as this one is encoded twice (in the
  // build that keeps pages and in the build from an empty cache) and its size proves nothing here.
  const picture = await sharp({ create: { width: 320, height: 180, channels: 3, background: "#2a6f97" } })
    .png()
    .toBuffer();
  const content = contentWith({
    "images/chart.png": readFileSync(join(FIXTURE, "images/logo.png")),
    "articles/chart.md": articleFile(
      `${VALID}\ntags: [البلدية]`,
      "رسم بياني.\n\n![رسم يبين الأرقام](/images/chart.png)\n",
    ),
  });
  const cache = mkdtempSync(join(tmpdir(), "cache-"));
  const env = { NEWSROOM_NOW: NOW, NEWSROOM_CACHE: cache };
  const run = async (expect: string) => {
    const result = await build(content, { env });
    assert.equal(result.status, 0, result.stderr);
    return { ...result, counts: articleCounts(result.stdout), expect };
  };

  const first = await run("an empty cache");
  assert.equal(first.counts.kept, 0);
  const { rendered: pages, listings } = first.counts;
  assert.ok(listings >= 5, `${listings} listing pages`);
  assert.ok(pages >= 10, `${pages} article pages`);
  // Each article's body once for its full and lite pages; the chart's twice, as its picture makes them differ.
  assert.equal(first.counts.minified, pages / 2 + 1, "an empty cache minifies every body");
  assert.ok(
    !readFileSync(join(first.output, "articles/river-cleanup/index.html"), "utf8").includes("\n"),
    "the page is minified: no line breaks left",
  );

  assert.deepEqual((await run("nothing changed")).counts, { kept: pages, rendered: 0, listings, minified: 0 });

  // A body edit: the article and its lite copy, nothing else (other pages show its headline, not its body).
  const river = join(content, "articles/river-cleanup.md");
  writeFileSync(river, readFileSync(river, "utf8").replace(/\n\n/, "\n\nفقرة أضيفت للاختبار.\n\n"));
  const body = await run("a body edit");
  assert.deepEqual(body.counts, { kept: pages - 2, rendered: 2, listings, minified: 1 });
  assert.ok(
    readFileSync(join(body.output, "articles/river-cleanup/index.html"), "utf8").includes("فقرة أضيفت للاختبار."),
  );
  await assertSameAsFreshBuild(content, body.output, { NEWSROOM_NOW: NOW });

  // A headline edit: also every page that lists the article among its related headlines.
  const budget = join(content, "articles/city-budget.md");
  writeFileSync(budget, readFileSync(budget, "utf8").replace(/^title: .*$/m, "title: عنوان مصحح للميزانية"));
  const headline = await run("a headline edit");
  assert.ok(headline.counts.rendered > 2 && headline.counts.kept > 0, JSON.stringify(headline.counts));
  assert.ok(
    readFileSync(join(headline.output, "articles/river-cleanup/index.html"), "utf8").includes("عنوان مصحح للميزانية"),
    "the related list shows the new headline",
  );
  await assertSameAsFreshBuild(content, headline.output, { NEWSROOM_NOW: NOW });

  // A picture replaced under the same name: the page that shows it.
  writeFileSync(join(content, "images/chart.png"), picture);
  const replaced = await run("a replaced picture");
  assert.deepEqual(replaced.counts, { kept: pages - 2, rendered: 2, listings, minified: 2 });
  await assertSameAsFreshBuild(content, replaced.output, { NEWSROOM_NOW: NOW });

  // The picture taken out of the body and deleted: the kept pages named it, and the build must not trip on it.
  writeFileSync(join(content, "articles/chart.md"), articleFile(`${VALID}\ntags: [البلدية]`, "رسم بياني حذف.\n"));
  rmSync(join(content, "images/chart.png"));
  const removed = await run("a picture removed with its mention");
  assert.deepEqual(removed.counts, { kept: pages - 2, rendered: 2, listings, minified: 1 });
  await assertSameAsFreshBuild(content, removed.output, { NEWSROOM_NOW: NOW });

  // The frame of every page (here the site's name, in every header) renders them all again, but
  // not their bodies: those are taken from the kept pages, and not minified again.
  const site = join(content, "site.yaml");
  const rename = (name: string) =>
    writeFileSync(site, readFileSync(site, "utf8").replace(/^name: .*$/m, `name: ${name}`));
  rename("صحيفة الاختبار الجديدة");
  const renamed = await run("a new site name");
  assert.deepEqual(renamed.counts, { kept: 0, rendered: pages, listings, minified: 0 });
  assert.ok(readFileSync(join(renamed.output, "articles/chart/index.html"), "utf8").includes("صحيفة الاختبار الجديدة"));
  await assertSameAsFreshBuild(content, renamed.output, { NEWSROOM_NOW: NOW });

  // A kept page damaged in the cache, and a record of a body in a shape no build writes: those
  // bodies are rendered again from the article, not cut out of the page.
  const recordsFile = join(cache, "article-pages.json");
  const records = JSON.parse(readFileSync(recordsFile, "utf8")) as { path: string; full: string; body?: unknown }[];
  const damaged = records.find((r) => r.path === "/articles/river-cleanup/")!;
  const stored = join(
    cache,
    "html",
    readdirSync(join(cache, "html")).find((f) => f.startsWith(damaged.full))!,
  );
  writeFileSync(stored, readFileSync(stored, "utf8").replace("فقرة أضيفت للاختبار.", "فقرة أضيفت للاختبار!"));
  const garbled = records.find((r) => r.path === "/articles/city-budget/")!;
  garbled.body = { ...(garbled.body as object), full: 5578 };
  writeFileSync(recordsFile, JSON.stringify(records));
  rename("صحيفة الاختبار الثالثة");
  const again = await run("another site name, over a damaged kept page and a garbled record");
  assert.deepEqual(again.counts, { kept: 0, rendered: pages, listings, minified: 2 });
  assert.ok(
    readFileSync(join(again.output, "articles/river-cleanup/index.html"), "utf8").includes("فقرة أضيفت للاختبار."),
  );
  await assertSameAsFreshBuild(content, again.output, { NEWSROOM_NOW: NOW });

  // Pages no build uses any more are forgotten: one kept file per distinct article or listing page of the last build.
  const kept = readdirSync(join(cache, "html")).length;
  assert.ok(kept <= pages + listings, `${kept} kept pages for ${pages} article and ${listings} listing pages`);
});
