/**
 * A headline ending in an unclosed RIGHT-TO-LEFT OVERRIDE (U+202E) must not reverse what comes
 * after it (issue 22): the build closes it at the end of the field. Two builds of the same site, one
 * with the control and one without, drawn by Chromium: the `<title>` (drawn in the page, since a
 * headless browser has no tab), the masthead and the home page's listing are the same pixels.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { buildInProcess as build } from "../support/build.ts";
import { articleFile, contentWith } from "../support/fixture.ts";
import { serve, type StaticServer } from "../../scripts/dev/static-server.ts";
import { sharedBrowser } from "../support/chromium.ts";

const NOW = "2026-03-20T12:00:00+03:00";
const HEADLINE = "خبر عاجل عن السوق";
const site = (headline: string) =>
  contentWith({
    "articles/spoof.md": articleFile(
      `title: ${JSON.stringify(headline)}\nsummary: ملخص.\ndate: 2026-03-19T08:00:00+03:00\nsection: news\nauthor: huda`,
    ),
  });

let browser: Browser;
let spoofed: StaticServer;
let plain: StaticServer;

before(async () => {
  const a = await build(site(`${HEADLINE}\u202E`), { env: { NEWSROOM_NOW: NOW } });
  const b = await build(site(HEADLINE), { env: { NEWSROOM_NOW: NOW } });
  assert.equal(a.status, 0, a.stderr);
  assert.equal(b.status, 0, b.stderr);
  spoofed = await serve(a.output);
  plain = await serve(b.output);
  browser = await sharedBrowser();
});

after(async () => {
  await spoofed?.close();
  await plain?.close();
});

/** Screenshots of the page's masthead and listing, and of its `<title>` written into the page in the site's font. */
async function drawn(server: StaticServer, path: string): Promise<{ title: string; shots: Buffer[] }> {
  const page: Page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  try {
    await page.goto(new URL(path, server.url).href);
    await page.evaluate(() => document.fonts.ready);
    const shots = [await page.locator("header.masthead").screenshot()];
    if (path === "/") shots.push(await page.locator(".card-list").first().screenshot());
    const title = await page.title();
    await page.evaluate(() => {
      const line = document.createElement("p");
      line.id = "drawn-title";
      line.style.cssText = "font-size: 32px; display: inline-block; white-space: nowrap";
      line.textContent = document.title;
      document.body.prepend(line);
    });
    shots.push(await page.locator("#drawn-title").screenshot());
    return { title, shots };
  } finally {
    await page.close();
  }
}

test("an open override in a headline changes no pixel of the title, the masthead or the listings", async () => {
  for (const path of ["/", "/articles/spoof/"]) {
    const a = await drawn(spoofed, path);
    const b = await drawn(plain, path);
    if (path !== "/") assert.ok(a.title.includes("\u202E\u202C"), "the override is closed where the headline ends");
    assert.equal(a.shots.length, b.shots.length);
    a.shots.forEach((shot, i) => assert.ok(shot.equals(b.shots[i]!), `${path}: drawing ${i + 1} differs`));
  }
});
