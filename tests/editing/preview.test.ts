/**
 * The preview editors use (`npm start`): drafts and embargoed articles shown
 * with a banner, every page rendered when it is asked for, and live reload:
 * an edited headline reaches the open page in a real browser, and the pages
 * that list it, within a bound. One real dev server for the file, always
 * stopped at the end.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { startDevServer, type DevServer } from "../../scripts/dev/preview-process.ts";
import { sharedBrowser } from "../support/chromium.ts";
import { articleFile, contentWith } from "../support/fixture.ts";
import { buildInProcess as build, type BuildResult } from "../support/build.ts";

// The goal is half a second (0.45-0.55 s measured for the sample site on a shared 2-core machine:
// npm run bench:live-reload). The bound leaves room for a machine busy with other work, which slows
// Chromium's reload most; the measured time is printed with the test results.
const LIVE_RELOAD_BOUND_MS = 5000;

const NOW = "2026-03-15T12:00:00+03:00";
// Small, so that its few encodings cost little: the body picture the preview must send from its cache.
const photo = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#3a6ea5" } })
  .jpeg()
  .toBuffer();
const content = contentWith({
  "images/market.jpg": photo,
  "articles/market-photo.md": articleFile(
    `title: السوق في الصباح
summary: صورة من السوق.
date: 2026-03-10
section: news
author: huda`,
    'نص الخبر.\n\n![باعة في السوق](/images/market.jpg "السوق صباحًا")\n',
  ),
  "articles/draft-story.md": articleFile(`title: مسودة عن دوري الأحياء
summary: لم تكتمل بعد.
date: 2026-03-09
section: sport
author: sami
draft: true`),
  "articles/embargoed-story.md": articleFile(`title: نتائج القرعة تعلن الجمعة
summary: تعلن اللجنة القرعة في موعدها.
date: 2026-03-20T08:00:00+03:00
section: sport
author: sami`),
});

/** Every file under a folder with its bytes' hash, or "absent": what a published `_site/` holds. */
function tree(dir: string): string {
  if (!existsSync(dir)) return "absent";
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return statSync(file).isFile()
        ? `${name} ${createHash("sha256").update(readFileSync(file)).digest("hex")}`
        : `${name}/`;
    })
    .join("\n");
}
/**
 * The preview runs in a project folder of its own (the project's files linked in) that has a
 * published `_site/`: the production build of the same content.
 */
const project = mkdtempSync(join(tmpdir(), "project-"));
for (const name of ["package.json", "node_modules", "scripts", "templates", "styles", "static"])
  symlinkSync(resolve(name), join(project, name));

let server: DevServer;
let browser: Browser;
/** The production build of the same content, to compare the preview's pages with. */
let built: BuildResult;

before(async () => {
  // Built before the server starts: the build blocks this process for seconds, longer than the dev
  // server keeps an idle connection open, and a fetch on a connection it has closed fails.
  built = await build(content, { env: { NEWSROOM_NOW: NOW } });
  cpSync(built.output, join(project, "_site"), { recursive: true });
  server = await startDevServer(content, { NEWSROOM_NOW: NOW }, 60_000, project);
  browser = await sharedBrowser();
});

after(async () => {
  await server?.stop();
});

async function html(path: string): Promise<string> {
  const response = await fetch(`${server.url}${encodeURI(path)}`);
  return response.text();
}

/** The pages written under a folder, as site paths (`/articles/x/index.html`), the search index aside. */
function pagesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(html|xml|json|txt)$/.test(name) && !name.startsWith("pagefind/"))
    .map((name) => `/${name}`)
    .sort();
}

test("pages are rendered on request: every page a build writes is served, and none is written", async () => {
  assert.equal(built.status, 0, built.stderr);
  const pages = pagesIn(built.output);
  assert.ok(pages.length > 30, `the build wrote ${pages.length} pages`);
  for (const file of pages) {
    const path = file.replace(/index\.html$/, "");
    const response = await fetch(`${server.url}${encodeURI(path)}`);
    assert.equal(response.status, 200, `${path} is served`);
    await response.arrayBuffer();
  }
  // No page is written: the preview's folder holds only what pages link to (stylesheets, fonts, the search script).
  // The browser editor's own files (its locale JSON) are assets like the stylesheets, not pages.
  assert.deepEqual(
    pagesIn(server.output).filter((path) => !path.startsWith("/admin/sveltia-cms@")),
    [],
  );
  assert.ok(!existsSync(join(server.output, "articles/river-cleanup/index.html")));
});

test("article, lite, tag and author pages are served with their content", async () => {
  assert.match(await html("/articles/river-cleanup/"), /<h1[^>]*>متطوعون ينظفون ضفاف النهر في يوم واحد<\/h1>/);
  assert.match(await html("/lite/articles/river-cleanup/"), /<h1>متطوعون ينظفون ضفاف النهر في يوم واحد<\/h1>/);
  assert.ok(
    (await html("/tags/البيئة/")).includes('href="/articles/river-cleanup/"'),
    "the tag page lists the article",
  );
  assert.ok((await html("/authors/huda/")).includes("هدى سالم"), "the author page names the author");
  const redirect = await fetch(`${server.url}/articles/river-cleanup`, { redirect: "manual" });
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.get("location"), "/articles/river-cleanup/");
});

test("encoded pictures and share cards are sent from the cache, with their image types", async () => {
  const withPhoto = await html("/articles/market-photo/");
  const sources = [...withPhoto.matchAll(/(?:src|srcset)="(\/img\/[^"]+)"/g)].flatMap((m) =>
    m[1]!.split(", ").map((candidate) => candidate.split(" ")[0]!),
  );
  assert.ok(sources.length >= 3, `the body picture offers AVIF, WebP and JPEG: ${sources.join(" ")}`);
  // An article without a lead photo is shared with a card drawn from its headline.
  const card = /<meta property="og:image" content="https:\/\/test\.example(\/img\/card-[^"]+\.png)"/.exec(
    await html("/articles/river-cleanup/"),
  )?.[1];
  assert.ok(card, "river-cleanup names a share card");
  for (const path of new Set([...sources, card])) {
    const response = await fetch(`${server.url}${path}`);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get("content-type") ?? "", /^image\/(avif|webp|jpeg|png)$/, path);
    assert.ok((await response.arrayBuffer()).byteLength > 100, `${path} has the picture's bytes`);
  }
});

test("an unknown path gets the site's 404 page with status 404", async () => {
  // Odd paths too: names the file system refuses (too long, a file used as a folder) once answered with a stack trace.
  const odd = [`/${"a".repeat(5000)}`, `/images/${"b".repeat(300)}.jpg`, "/favicon.svg/x.css", `/${"c/".repeat(3000)}`];
  for (const path of ["/articles/no-such-story/", "/no/such/page/", "/assets/gone.css", ...odd]) {
    const response = await fetch(`${server.url}${path}`);
    assert.equal(response.status, 404, path.slice(0, 40));
    assert.match(await response.text(), /<h1>الصفحة غير موجودة<\/h1>/, path.slice(0, 40));
  }
});

test("a draft is shown in the preview with a banner", async () => {
  const page = await html("/articles/draft-story/");
  assert.match(
    page,
    /<p class="draft-banner" role="status" data-region="preview-banner">مسودة: هذه المعاينة لا تُنشر على الموقع.<\/p>/,
  );
});

test("an embargoed article is shown in the preview with a banner giving its time", async () => {
  const page = await html("/articles/embargoed-story/");
  assert.match(
    page,
    /data-region="preview-banner">مجدول: لن يُنشر هذا المقال على الموقع قبل 20 مارس 2026 في 8:00 ص.<\/p>/,
  );
  assert.ok((await html("/")).includes('href="/articles/embargoed-story/"'), "listed on the home page of the preview");
});

test("without --search, the preview's search page says plainly that search does not work here", async () => {
  // The preview with --search, which indexes its drafts, is tested in tests/search/search-page.test.ts.
  assert.match(await html("/search/"), /class="search-preview-note">[^<]*البحث لا يعمل في المعاينة/);
});

test("editing an article reloads it in the browser, and pages listing its headline are not stale", async (t) => {
  const file = join(content, "articles/river-cleanup.md");
  const context = await browser.newContext();
  const page = await context.newPage();
  // The live-reload client logs "Connected" once its socket is open; an edit before that would go unheard.
  const connected = page.waitForEvent("console", { predicate: (m) => m.text().includes("Connected"), timeout: 15_000 });
  await page.goto(`${server.url}/articles/river-cleanup/`);
  assert.equal(await page.locator("h1").textContent(), "متطوعون ينظفون ضفاف النهر في يوم واحد");
  await connected;

  const headline = "متطوعون ينظفون ضفاف النهر للمرة الثانية";
  const saved = performance.now();
  writeFileSync(file, readFileSync(file, "utf8").replace(/^title:.*$/m, `title: ${headline}`));
  // A function, not a string: the pages' Content-Security-Policy forbids evaluating strings.
  await page.waitForFunction((h) => document.querySelector("h1")?.textContent === h, headline, {
    timeout: 15_000,
  });
  const inBrowser = performance.now() - saved;

  // Pages that show the headline: the home page, its section, another article's related list (city-budget's),
  // its tag and author pages, and its lite copy.
  const listings = [
    "/",
    "/sections/news/",
    "/articles/city-budget/",
    "/tags/البيئة/",
    "/authors/huda/",
    "/lite/articles/river-cleanup/",
  ];
  for (const path of listings) assert.ok((await html(path)).includes(headline), `${path} shows the new headline`);
  const everywhere = performance.now() - saved;
  await context.close();

  t.diagnostic(
    `live reload: the browser showed the edit ${Math.round(inBrowser)} ms after the save; every listing had it after ${Math.round(everywhere)} ms`,
  );
  assert.ok(inBrowser < LIVE_RELOAD_BOUND_MS, `the browser took ${Math.round(inBrowser)} ms`);
});

/** Waits until `check` passes, up to 15 s. */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

test("an edit that breaks an article is reported in the terminal; the preview keeps its pages and takes the fix", async () => {
  const file = join(content, "articles/park-opening.md");
  const original = readFileSync(file, "utf8");
  const logged = server.log().length;
  writeFileSync(file, original.replace(/^date:.*$/m, "date: 2023-02-29"));
  await until(
    // In the site's language, Arabic, with the date as typed isolated inside the sentence.
    () =>
      server
        .log()
        .slice(logged)
        .includes('park-opening.md:4:1: date: \u2068"2023-02-29"\u2069 ليس تاريخًا موجودًا في التقويم'),
    "the terminal names the problem",
  );
  assert.equal(
    (await fetch(`${server.url}/articles/park-opening/`)).status,
    200,
    "the page of the last good save is still served",
  );

  const headline = "افتتاح الحديقة بعد تصحيح التاريخ";
  writeFileSync(file, original.replace(/^title:.*$/m, `title: ${headline}`));
  await until(async () => (await html("/")).includes(headline), "the fixed article is on the home page");
  assert.ok((await html("/articles/park-opening/")).includes(headline));
});

test("a preview session leaves the published _site/ byte for byte as it was, and writes only into its own folder", () => {
  // Every page was served, edits were made and reloaded above; the stylesheets, fonts and search script went here.
  assert.ok(
    readdirSync(join(server.output, "assets")).some((f) => f.endsWith(".css")),
    "the preview's stylesheets are in its own folder",
  );
  assert.equal(tree(join(project, "_site")), tree(built.output));
  assert.ok(!existsSync(join(project, "_site.next")), "no staging folder");
});
