/**
 * `npm run new`: the real command on a copy of the fixture newsroom (compiled once,
 * support/program.ts; the first test runs it through tsx, as npm does). The
 * file it writes must pass the check; bad input gets a sentence that says
 * what to type instead, and nothing is written.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { formatProblem } from "../../scripts/content/problems.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";
import { program } from "../support/program.ts";

// 22:30 UTC on 31 December is already 1 January in Riyadh, the fixture's time zone.
const NOW = "2026-12-31T22:30:45Z";

/** `npm run new` as npm runs it, through tsx. */
const AS_NPM = ["--import", "tsx", "scripts/cli/new-article.ts"];
/** The same command compiled once (support/program.ts): a dozen runs start in a third of the CPU. */
const COMPILED = program("scripts/cli/new-article.ts");

function runNew(contentDir: string, args: string[], env: Record<string, string> = {}, command = COMPILED) {
  const { NEWSROOM_AUTHOR: _, ...rest } = process.env;
  const run = spawnSync(process.execPath, [...command, "--content", contentDir, ...args], {
    encoding: "utf8",
    env: { ...rest, NEWSROOM_NOW: NOW, NEWSROOM_LANG: "en", ...env },
  });
  const rel = relative(process.cwd(), contentDir);
  return {
    status: run.status,
    stdout: run.stdout.replaceAll(rel, "<content>"),
    stderr: run.stderr.replaceAll(rel, "<content>"),
  };
}

function articleFiles(dir: string): string[] {
  return readdirSync(join(dir, "articles"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .sort();
}

const USAGE = 'Usage: npm run new -- --title "عنوان الخبر" --section <id> [--author <id>] [--slug <latin-words>]';

test("writes a draft dated now in the site's time zone, in that year's folder, that passes the check", () => {
  const dir = contentWith();
  const result = runNew(
    dir,
    ["--title", 'الذهب يرتفع "بقوة" في الأسواق', "--section", "news", "--author", "huda", "--slug", "gold-rises"],
    {},
    AS_NPM,
  );
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.split("\n")[0], "Created <content>/articles/2027/gold-rises.md (a draft).");
  const text = readFileSync(join(dir, "articles/2027/gold-rises.md"), "utf8");
  assert.equal(
    text,
    [
      "---",
      'title: "الذهب يرتفع \\"بقوة\\" في الأسواق"',
      'summary: "اكتب هنا ملخص الخبر في جملة أو جملتين."',
      "date: 2027-01-01T01:30:00+03:00",
      "section: news",
      "author: huda",
      "# tags: [موضوع, موضوع آخر]",
      "# related: [slug-of-another-article]",
      "# When the article is ready: replace the summary and the text, then delete the line draft: true.",
      "draft: true",
      "---",
      "اكتب نص الخبر هنا.",
      "",
    ].join("\n"),
  );
  const loaded = loadContent({ contentDir: dir, language: "en" });
  assert.ok(loaded.ok, loaded.ok ? "" : loaded.problems.map(formatProblem).join("\n"));
  const article = loaded.content.articles.find((a) => a.slug === "gold-rises")!;
  assert.equal(article.title, 'الذهب يرتفع "بقوة" في الأسواق');
  assert.equal(article.draft, true);
  assert.equal(article.date.toISOString(), "2026-12-31T22:30:00.000Z");
  assert.deepEqual(loaded.warnings, []);
});

test("a headline in Latin letters gives the slug; several authors are separated by commas", () => {
  const dir = contentWith();
  const result = runNew(dir, [
    "--title",
    "City Council Approves the New Budget for Public Transport in 2027",
    "--section",
    "news",
    "--author",
    "huda,sami",
  ]);
  assert.equal(result.status, 0, result.stderr);
  const file = join(dir, "articles/2027/city-council-approves-the-new-budget-for-public.md");
  assert.match(readFileSync(file, "utf8"), /^author: \[huda, sami\]$/m);
  assert.ok(loadContent({ contentDir: dir, language: "en" }).ok);
});

test("the author may come from NEWSROOM_AUTHOR", () => {
  const dir = contentWith();
  const result = runNew(dir, ["--title", "Morning briefing", "--section", "sport"], { NEWSROOM_AUTHOR: "sami" });
  assert.equal(result.status, 0, result.stderr);
  assert.match(readFileSync(join(dir, "articles/2027/morning-briefing.md"), "utf8"), /^author: sami$/m);
});

test("an Arabic headline without --slug is refused with what to add; everything wrong is said at once", () => {
  const dir = contentWith();
  const before = articleFiles(dir);
  const result = runNew(dir, ["--title", "الذهب يرتفع", "--section", "nwes"]);
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr,
    [
      '"nwes" is not a section. Did you mean "news"? Sections: news, sport (see <content>/sections.yaml).',
      "Give the author with --author (your id in authors.yaml). Authors: huda, sami (see <content>/authors.yaml).",
      "The headline is in Arabic, and a web address cannot be made from Arabic letters automatically. Add --slug with a few lowercase English words that say what the story is about, e.g. --slug gold-prices-rise.",
      "",
      USAGE,
      "",
    ].join("\n"),
  );
  assert.deepEqual(articleFiles(dir), before);
});

test("an unknown author is refused with the list and a suggestion", () => {
  const result = runNew(contentWith(), ["--title", "Briefing", "--section", "news", "--author", "hud"]);
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr.split("\n")[0],
    '"hud" is not an author. Did you mean "huda"? Authors: huda, sami (see <content>/authors.yaml).',
  );
});

test("an existing slug is never reused, whether it is a file name or a slug: line, and no file is overwritten", () => {
  const dir = contentWith({ "articles/2026/renamed.md": articleFile(`${VALID}\nslug: gold-rises`) });
  const original = readFileSync(join(dir, "articles/river-cleanup.md"), "utf8");
  const byName = runNew(dir, ["--title", "x", "--section", "news", "--author", "huda", "--slug", "river-cleanup"]);
  assert.equal(byName.status, 1);
  assert.equal(
    byName.stderr.split("\n")[0],
    '"river-cleanup" is already the slug of <content>/articles/river-cleanup.md. Choose another with --slug, e.g. --slug river-cleanup-2.',
  );
  assert.equal(readFileSync(join(dir, "articles/river-cleanup.md"), "utf8"), original);
  const byField = runNew(dir, ["--title", "x", "--section", "news", "--author", "huda", "--slug", "gold-rises"]);
  assert.equal(byField.status, 1);
  assert.equal(
    byField.stderr.split("\n")[0],
    '"gold-rises" is already the slug of <content>/articles/2026/renamed.md. Choose another with --slug, e.g. --slug gold-rises-2.',
  );
  assert.ok(!existsSync(join(dir, "articles/2027")));
});

test("a slug that cannot be a URL is refused with a corrected one", () => {
  const result = runNew(contentWith(), [
    "--title",
    "x",
    "--section",
    "news",
    "--author",
    "huda",
    "--slug",
    "Gold Prices",
  ]);
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr.split("\n")[0],
    '--slug "Gold Prices" cannot be used in a web address: use lowercase Latin letters, digits and single hyphens. Did you mean --slug gold-prices?',
  );
});

test("a forgotten -- or a misspelled option gets a plain explanation", () => {
  const missingDashes = runNew(contentWith(), ["خبر"]);
  assert.equal(missingDashes.status, 1);
  assert.equal(
    missingDashes.stderr,
    ["Put -- between npm run new and the options, so npm passes them on:", "", USAGE, ""].join("\n"),
  );
  const typo = runNew(contentWith(), ["--titel", "x"]);
  assert.equal(typo.status, 1);
  assert.equal(typo.stderr.split("\n")[0], "Unknown option --titel. Did you mean --title?");
});

test("once draft: true is removed, the placeholders stop the check until they are replaced", () => {
  const dir = contentWith();
  assert.equal(runNew(dir, ["--title", "Briefing", "--section", "news", "--author", "huda"]).status, 0);
  const file = join(dir, "articles/2027/briefing.md");
  const text = readFileSync(file, "utf8");
  const published = contentWith({ "articles/2027/briefing.md": text.replace("draft: true\n", "") });
  const loaded = loadContent({ contentDir: published });
  assert.ok(!loaded.ok);
  assert.deepEqual(
    loaded.problems.map((p) => `${p.field}:${p.line}`),
    ["summary:3", "body:11"],
  );
});

test("on a site with Arabic addresses the slug is made from the Arabic headline", () => {
  const site = readFileSync("tests/fixtures/newsroom/site.yaml", "utf8").concat("articleSlugs: arabic\n");
  const dir = contentWith({ "site.yaml": site });
  const result = runNew(dir, ["--title", "الذَّهب يرتفع في الأسواق", "--section", "news", "--author", "huda"]);
  assert.equal(result.status, 0, result.stderr);
  assert.ok(existsSync(join(dir, "articles/2027/الذهب-يرتفع-في-الأسواق.md")), articleFiles(dir).join());
  const checked = loadContent({ contentDir: dir, language: "en" });
  assert.ok(checked.ok, checked.ok ? "" : checked.problems.map(formatProblem).join("\n"));
  assert.ok(checked.content.articles.some((a) => a.slug === "الذهب-يرتفع-في-الأسواق"));
});
