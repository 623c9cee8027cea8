/**
 * Checks over every file of the built sample site: html-validate finds no
 * error in any page, no internal link or #fragment is broken (at the domain
 * root and under a path prefix), and an article page stays within its byte
 * budgets (listed in the README).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { HtmlValidate, type ConfigData } from "html-validate";
import htmlValidateConfig from "../.htmlvalidate.mjs";
import { build, page } from "./support/build.ts";
import { checkLinks } from "./support/link-check.ts";

const site = build("content");
const SITE_URL = "https://almadar.example/";

const htmlFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));

test("the sample site builds", () => {
  assert.equal(site.status, 0, site.stderr);
});

test("html-validate finds no error in any built page", async () => {
  const validator = new HtmlValidate(htmlValidateConfig as ConfigData);
  // The configuration is in force: a picture without alt text is an error.
  assert.equal((await validator.validateString('<!doctype html><html lang="ar"><head><title>x</title></head><body><img src="a.jpg"></body></html>')).valid, false);
  const pages = htmlFiles(site.output);
  assert.ok(pages.length > 80, `${pages.length} pages`);
  const errors: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readFileSync(join(site.output, file), "utf8"), file);
    for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  assert.deepEqual(errors, []);
});

test("no internal link, picture, stylesheet, font or #fragment is broken", (t) => {
  const report = checkLinks(site.output, SITE_URL);
  t.diagnostic(`${report.checked} internal URLs checked, ${report.external} external left alone`);
  assert.ok(report.checked > 1000);
  assert.deepEqual(report.problems, []);
});

test("under a path prefix too, every internal link resolves inside the prefix", (t) => {
  const prefixed = build("content", { siteUrl: "https://org.github.io/almadar/" });
  assert.equal(prefixed.status, 0, prefixed.stderr);
  const report = checkLinks(prefixed.output, "https://org.github.io/almadar/");
  t.diagnostic(`${report.checked} internal URLs checked`);
  assert.ok(report.checked > 1000);
  assert.deepEqual(report.problems, []);
});

test("the link checker reports a missing page, a missing fragment and a link that escapes the prefix", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "links-")), "_site");
  mkdirSync(join(dir, "a"), { recursive: true });
  writeFileSync(join(dir, "a/index.html"), '<h1 id="top">x</h1><a href="#top">ok</a><a href="/news/nope/">1</a><a href="/news/a/#gone">2</a><a href="/elsewhere/">3</a><a href="https://other.example/">4</a>');
  const report = checkLinks(dir, "https://x.example/news/");
  assert.equal(report.external, 1);
  assert.deepEqual(report.problems.map((p) => p.replace(/:.*/, "")), ["a/index.html → /news/nope/", "a/index.html → /news/a/#gone", "a/index.html → /elsewhere/"]);
});

/** Budgets for an article page, in bytes. Compressed sizes are gzip -9, what a CDN sends at least. */
const BUDGETS = {
  "HTML of any article, raw": 24_000,
  "HTML of any article, gzip": 7_000,
  "stylesheet, raw": 16_000,
  "stylesheet, gzip": 4_500,
  "webfont, both weights": 32_000,
  "lead picture, AVIF at 800 px": 25_000,
  "first view, compressed (HTML + CSS + fonts + lead picture)": 60_000,
  "lite version, compressed (HTML + CSS)": 5_000,
};

test("an article page stays within its byte budgets", (t) => {
  const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
  const read = (path: string) => readFileSync(join(site.output, decodeURIComponent(path)));
  const articles = htmlFiles(site.output).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
  const biggest = articles.map((f) => readFileSync(join(site.output, f))).sort((a, b) => b.length - a.length)[0]!;
  const $ = page(site.output, "/articles/solar-power-prices-arab-region/");
  const html = read("articles/solar-power-prices-arab-region/index.html");
  const css = read($('link[rel="stylesheet"]').attr("href")!);
  const fonts = $('link[rel="preload"][as="font"]').map((_, l) => statSync(join(site.output, $(l).attr("href")!)).size).get().reduce((a: number, b: number) => a + b, 0);
  const lead = $(".lead-image source[type='image/avif']").attr("srcset")!.split(",").map((c) => c.trim().split(" ")).find(([, w]) => w === "800w")![0]!;
  const picture = read(lead).length;
  const lite = page(site.output, "/lite/articles/solar-power-prices-arab-region/");
  const liteBytes = gz(read("lite/articles/solar-power-prices-arab-region/index.html")) + gz(read(lite('link[rel="stylesheet"]').attr("href")!));
  const sizes: Record<keyof typeof BUDGETS, number> = {
    "HTML of any article, raw": biggest.length,
    "HTML of any article, gzip": gz(biggest),
    "stylesheet, raw": css.length,
    "stylesheet, gzip": gz(css),
    "webfont, both weights": fonts,
    "lead picture, AVIF at 800 px": picture,
    "first view, compressed (HTML + CSS + fonts + lead picture)": gz(html) + gz(css) + fonts + picture,
    "lite version, compressed (HTML + CSS)": liteBytes,
  };
  for (const [name, size] of Object.entries(sizes)) t.diagnostic(`${name}: ${size} of ${BUDGETS[name as keyof typeof BUDGETS]} bytes`);
  const over = Object.entries(sizes).filter(([name, size]) => size > BUDGETS[name as keyof typeof BUDGETS]);
  assert.deepEqual(over, []);
});
