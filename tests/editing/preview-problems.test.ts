/**
 * The preview (`npm start`) shows the checker's problems on the page, in the site's language: a
 * save with a mistake brings a panel listing each error and warning (file, line, the message that
 * says the fix) over the open page; the save that fixes it takes the panel away. A page the broken
 * file no longer lets the preview show gets the panel too, never a stack trace. The real preview
 * process, the small fixture site, Chromium.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { startDevServer, type DevServer } from "../../scripts/dev/preview-process.ts";
import { sharedBrowser } from "../support/chromium.ts";
import { loadContent } from "../../scripts/content/load-content.ts";
import type { Problem } from "../../scripts/content/problems.ts";
import { contentWith } from "../support/fixture.ts";

const content = contentWith();
const park = join(content, "articles/park-opening.md");
const river = join(content, "articles/river-cleanup.md");
const parkOriginal = readFileSync(park, "utf8");
const riverOriginal = readFileSync(river, "utf8");

let server: DevServer;
let browser: Browser;

before(async () => {
  server = await startDevServer(content);
  browser = await sharedBrowser();
});

after(async () => {
  await server?.stop();
});

/** What `npm run check` says about the content as it is now: the panel must say the same. */
function checkerSays(): { errors: Problem[]; warnings: Problem[] } {
  const loaded = loadContent({ contentDir: resolve(content) });
  return { errors: loaded.ok ? [] : loaded.problems, warnings: loaded.warnings };
}

/** Waits until `check` passes, up to 30 s (a save is checked in well under a second on a quiet machine). */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline)
      assert.fail(`timed out waiting until ${what}; the preview said:\n${server.log().slice(-2000)}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

test("a save with a mistake shows the checker's problems over the open page in Arabic; the fix takes them away", async (t) => {
  t.after(() => writeFileSync(park, parkOriginal));
  const context = await browser.newContext({ locale: "ar" });
  t.after(() => context.close());
  const page = await context.newPage();
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/.test(message.text())) refused.push(message.text());
  });
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).hostname !== "localhost") elsewhere.push(request.url());
  });
  const connected = page.waitForEvent("console", { predicate: (m) => m.text().includes("Connected"), timeout: 30_000 });
  await page.goto(`${server.url}/articles/river-cleanup/`);
  await connected;
  assert.equal(await page.locator("#preview-problems").count(), 0, "no panel while the content is fine");

  // One save, one error (a date that does not exist) and one warning (a Latin comma in Arabic).
  writeFileSync(
    park,
    parkOriginal.replace(/^date:.*$/m, "date: 2023-02-29").replace(/^summary: (\S+) /m, "summary: $1, "),
  );
  const panel = page.locator("#preview-problems");
  await panel.waitFor({ timeout: 30_000 });
  const { errors, warnings } = checkerSays();
  assert.equal(errors.length, 1);
  assert.equal(warnings.length, 1);
  assert.equal(await panel.getAttribute("lang"), "ar");
  assert.equal(await panel.getAttribute("dir"), "rtl");
  assert.equal(await panel.locator(".preview-problems-errors summary").innerText(), "مشكلة واحدة تمنع النشر");
  assert.equal(await panel.locator(".preview-problems-warnings summary").innerText(), "تنبيه واحد لا يمنع النشر");
  for (const [kind, problems] of [
    ["errors", errors],
    ["warnings", warnings],
  ] as const) {
    const items = await panel
      .locator(`.preview-problems-${kind} li`)
      .evaluateAll((lis) => lis.map((li) => li.textContent));
    assert.deepEqual(
      items,
      problems.map((p) => `${p.file} السطر ${p.line} ${p.field} ${p.message}`),
      `every ${kind} as the checker words it, with its file and line`,
    );
  }
  // Over the page, not instead of it: the page of the last good save is still there under it.
  assert.ok(await panel.isVisible());
  assert.equal(await page.locator("h1").first().innerText(), "متطوعون ينظفون ضفاف النهر في يوم واحد");

  writeFileSync(park, parkOriginal);
  await panel.waitFor({ state: "detached", timeout: 30_000 });
  assert.deepEqual(refused, [], "the panel and its stylesheet pass the page's Content-Security-Policy");
  assert.deepEqual(elsewhere, [], "no request leaves the preview");
});

test("view the home page, save a good edit, break the front matter, open the article: the problems, not a 500", async (t) => {
  t.after(() => writeFileSync(river, riverOriginal));
  assert.equal((await fetch(`${server.url}/`)).status, 200);
  const headline = "متطوعون ينظفون ضفاف النهر مرة ثانية";
  const edited = riverOriginal.replace(/^title:.*$/m, `title: ${headline}`);
  writeFileSync(river, edited);
  await until(async () => (await (await fetch(`${server.url}/`)).text()).includes(headline), "the good edit is served");

  // The closing fence deleted: the file has no front matter left to read a body after.
  const logged = server.log().length;
  writeFileSync(river, edited.replace(/\n---\n/, "\n"));
  await until(() => server.log().slice(logged).includes("river-cleanup.md"), "the terminal names the broken file");
  const response = await fetch(`${server.url}/articles/river-cleanup/`);
  const page = await response.text();
  assert.notEqual(response.status, 500);
  assert.match(response.headers.get("content-type") ?? "", /^text\/html/);
  assert.doesNotMatch(page, /changed during the build|Build again|\n\s+at /, "no stack trace, no wrong cause");
  assert.match(page, /<html lang="ar" dir="rtl">/);
  assert.match(page, /<h1>لا يمكن عرض هذه الصفحة حتى تُصلَح المشكلات أدناه.<\/h1>/);
  const [problem] = checkerSays().errors;
  assert.ok(problem && page.includes(problem.file.replaceAll("&", "&amp;")), "the panel names the broken file");
  assert.ok(page.includes(`السطر ${problem.line}`), "and its line");
  assert.ok((await (await fetch(`${server.url}/`)).text()).includes('id="preview-problems"'), "so do the other pages");

  writeFileSync(river, riverOriginal);
  await until(async () => {
    const fixed = await fetch(`${server.url}/articles/river-cleanup/`);
    const html = await fixed.text();
    return (
      fixed.status === 200 &&
      html.includes("متطوعون ينظفون ضفاف النهر في يوم واحد") &&
      !html.includes("preview-problems")
    );
  }, "the article is back without the panel");
});
