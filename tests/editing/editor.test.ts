/**
 * The browser editor at /admin/ (Sveltia CMS), in Chromium, offline: its interface in Arabic and
 * right to left, served by the site alone, working on a copy of the newsroom's repository.
 *
 * The editor opens a local folder through the browser's File System Access API. Headless Chromium
 * cannot show the folder picker, so the picker alone is replaced: it hands the editor a folder of
 * the browser's own file system (OPFS) holding a copy of the repository. Everything after the
 * picker is the editor's own code: it reads that folder and writes the article and its picture into
 * it through the same API it uses on a disk, and the test copies what it wrote, byte for byte, into
 * the repository on disk to check and build it (decision 0031).
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { sharedBrowser } from "../support/chromium.ts";
import { serve, type StaticServer } from "../../scripts/dev/static-server.ts";
import { buildInProcess as build, type BuildResult } from "../support/build.ts";
import { checkInProcess } from "../support/check.ts";
import { FIXTURE } from "../support/fixture.ts";
import sharp from "sharp";

/** A newsroom's repository: the fixture content as `npm run new` files it (articles/2026/…), under git. */
const repo = mkdtempSync(join(tmpdir(), "newsroom-repo-"));
const content = join(repo, "content");
cpSync(FIXTURE, content, { recursive: true });
mkdirSync(join(content, "articles/2026"));
for (const name of readdirSync(join(content, "articles")).filter((n) => n.endsWith(".md")))
  renameSync(join(content, "articles", name), join(content, "articles/2026", name));
spawnSync("git", ["init", "-q", repo]);

let site: BuildResult;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every request the editor made to another host (each one refused). */
const outside: string[] = [];
/** What the browser reported against the page's Content-Security-Policy. */
const violations: string[] = [];

before(async () => {
  site = await build(content, { env: { NEWSROOM_CACHE: join(repo, ".cache") } });
  assert.equal(site.status, 0, site.stderr);
  server = await serve(site.output, "/", { headers: true });
  browser = await sharedBrowser();
  context = await browser.newContext({ locale: "ar", viewport: { width: 1280, height: 900 } });
  await context.route(/.*/, (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === "127.0.0.1") return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  // The folder picker is the one thing headless Chromium cannot show: it answers with the copy of
  // the repository in the browser's own file system.
  // (Text, not a function: tsx would name the function with a helper the page does not have.)
  await context.addInitScript(
    'window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle("repository");',
  );
  page = await context.newPage();
  page.on("console", (message) => {
    if (/Content Security Policy/.test(message.text())) violations.push(message.text());
  });
});

after(async () => {
  await context?.close();
  await server?.close();
});

/** Copies the repository's files into the browser's file system, as the folder the picker returns. */
async function openRepositoryInBrowser(): Promise<void> {
  const files = readdirSync(repo, { recursive: true, encoding: "utf8" })
    .filter((name) => name.startsWith("content/") && statSync(join(repo, name)).isFile())
    .map((name) => [name, readFileSync(join(repo, name)).toString("base64")] as const);
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle("repository", { create: true });
    await root.getDirectoryHandle(".git", { create: true });
    for (const [path, base64] of files) {
      const parts = path.split("/");
      let folder = root;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

test("the editor's interface is in Arabic, right to left, and every file it loads comes from the site", async () => {
  await page.goto(`${server.url}admin/`);
  await openRepositoryInBrowser();
  const local = page.getByRole("button", { name: "العمل مع مستودع محلي" });
  await local.waitFor({ timeout: 30_000 });
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  await local.click();
  await page.getByRole("button", { name: "إنشاء عنصر جديد" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ar");
  assert.match(
    await page.locator("body").innerText(),
    /متطوعون ينظفون ضفاف النهر في يوم واحد/,
    "the repository's articles",
  );
  assert.deepEqual(outside, [], "no request left the site");
  // The strings and the script came from the site: only what the editor can do without was refused.
  assert.deepEqual(
    violations.filter((v) => !/cdn\.jsdelivr\.net\/fontsource|githubstatus\.com/.test(v)),
    [],
    "nothing else was refused by the page's policy",
  );
});

test("the new article form is made from the schema: Arabic labels, sections and authors by their names", async () => {
  await page.getByRole("button", { name: "إنشاء عنصر جديد" }).evaluate((button: HTMLElement) => button.click());
  const field = (keyPath: string) => page.locator(`section.field[data-key-path="${keyPath}"]`);
  await field("title").waitFor();
  assert.equal((await field("title").locator("h4").innerText()).trim(), "العنوان");
  assert.deepEqual(
    await field("section")
      .getByRole("radio")
      .evaluateAll((r) => r.map((e) => e.getAttribute("value"))),
    ["news", "sport"],
  );
  assert.match(await field("section").innerText(), /أخبار[\s\S]*رياضة/);
  assert.match(await field("author").innerText(), /هدى سالم[\s\S]*سامي نور/);
  // `related` offers the repository's articles by headline.
  assert.match(await field("related").innerText(), /متطوعون ينظفون ضفاف النهر في يوم واحد/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), "rtl");
  await page.screenshot({ path: join(repo, "editor-form.png") });
});

/**
 * Every file under the repository's folder in the browser's file system, as base64, by path. Read
 * again when a file listed is gone before it is read: the editor saves through files it then
 * removes, and a listing taken in the middle of a save names them.
 */
async function filesInBrowser(): Promise<Record<string, string>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readFilesInBrowser();
    } catch (error) {
      if (attempt === 50 || !/NotFoundError/.test(String(error))) throw error;
      await page.waitForTimeout(100);
    }
  }
}

function readFilesInBrowser(): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const found: Record<string, string> = {};
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle("repository");
    const folders: [string, FileSystemDirectoryHandle][] = [["", root]];
    for (let next = folders.pop(); next; next = folders.pop()) {
      const [path, folder] = next;
      // TypeScript's DOM types (without DOM.AsyncIterable) do not list a folder's entries.
      const entries = (folder as unknown as { values(): AsyncIterable<FileSystemHandle> }).values();
      for await (const handle of entries) {
        const name = handle.name;
        if (handle.kind === "directory") folders.push([`${path}${name}/`, handle as FileSystemDirectoryHandle]);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          found[`${path}${name}`] = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(""));
        }
      }
    }
    return found;
  });
}

/**
 * Clicks through the DOM: Playwright's pointer click waits for nothing to cover the element, and a
 * popup of the editor's covered the form now and then (decision 0029).
 */
async function press(target: Locator): Promise<void> {
  await target.evaluate((element: HTMLElement) => element.click());
}

/** A picture from the editor's computer (a new one: the editor reuses a picture the site already has). */
const goldPicture = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#c9a227" } })
  .png()
  .toBuffer();

test("an Arabic article written through the form is a file that passes the check and builds into its page", async () => {
  const before = await filesInBrowser();
  const field = (keyPath: string) => page.locator(`section.field[data-key-path="${keyPath}"]`);
  const headline = "عاجل: الذهب يرتفع إلى أعلى مستوى في عام";
  // Yesterday at 09:30 in the site's zone, typed as an editor would, whatever this machine's zone.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Riyadh" }).format(Date.now() - 86_400_000);
  await field("title").locator("input").fill(headline);
  await field("summary").locator("textarea").fill("ارتفع سعر الذهب في الأسواق المحلية.");
  await field("date").locator("input").fill(`${day}T09:30`);
  await field("date").locator("input").blur();
  await press(field("section").getByRole("radio", { name: "أخبار" }));
  await press(field("author").getByRole("checkbox", { name: "هدى سالم" }));
  // A list of one-line fields (each tag checked on its own): an entry is added, then typed into.
  const addTag = field("tags").getByRole("button", { name: /إضافة/ }).last();
  await press(addTag);
  await field("tags").getByRole("textbox").first().fill("الذهب");
  await press(addTag);
  await field("tags").getByRole("textbox").nth(1).fill("الأسواق");
  await press(field("related").getByRole("checkbox", { name: "متطوعون ينظفون ضفاف النهر في يوم واحد" }));
  await field("slug").locator("input").fill("gold-record");
  // The form draws the picture's fields only while the object is in view: scrolled to it first.
  await field("image").scrollIntoViewIfNeeded();
  await press(field("image").getByRole("checkbox").first());
  await field("image.src").scrollIntoViewIfNeeded();
  await field("image.src")
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ name: "gold.png", mimeType: "image/png", buffer: goldPicture });
  await field("image.alt").locator("input").fill("سبائك ذهب");
  // The form draws a field when it scrolls into view: down to the body, one field at a time.
  for (const below of ["lang", "type", "sponsor", "body"]) await field(below).scrollIntoViewIfNeeded();
  await field("body").locator('[contenteditable="true"]').focus();
  await page.keyboard.type("ارتفع سعر الذهب اليوم إلى أعلى مستوى منذ عام.");
  await press(page.getByRole("button", { name: "حفظ" }));
  const written = "content/articles/2026/gold-record.md";
  const picture = "content/images/gold.png";
  let after = await filesInBrowser();
  for (let i = 0; i < 100 && !(written in after && picture in after); i++) {
    await page.waitForTimeout(100);
    after = await filesInBrowser();
  }
  const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
  assert.deepEqual(changed.sort(), [written, picture], "the article and its picture, nothing else");

  // What the editor wrote, byte for byte, into the newsroom's repository on disk.
  for (const path of changed) writeFileSync(join(repo, path), Buffer.from(after[path]!, "base64"));
  const file = readFileSync(join(repo, written), "utf8");
  // The headline's colon is inside quotes, the date carries the site's offset, the picture its address.
  assert.match(file, /^title: ['"]عاجل: الذهب يرتفع إلى أعلى مستوى في عام['"]$/m);
  assert.match(file, new RegExp(`^date: ${day}T09:30:00\\+03:00$`, "m"));
  assert.match(file, /^tags:\n {2}- الذهب\n {2}- الأسواق$/m);
  assert.match(file, /^related:\n {2}- river-cleanup$/m);
  assert.match(file, /^ {2}src: \/images\/gold\.png$/m);

  const check = checkInProcess(content);
  assert.equal(check.status, 0, check.stdout + check.stderr);
  const published = await build(content, { env: { NEWSROOM_CACHE: join(repo, ".cache") } });
  assert.equal(published.status, 0, published.stderr);
  const html = readFileSync(join(published.output, "articles/gold-record/index.html"), "utf8");
  assert.match(html, /<h1[^>]*>عاجل: الذهب يرتفع إلى أعلى مستوى في عام<\/h1>/);
  assert.match(html, /ارتفع سعر الذهب اليوم إلى أعلى مستوى منذ عام\./);
});
