/**
 * The sample site in a real browser (Debian's Chromium through
 * playwright-core): direction, visible regions, no script needed, nothing
 * fetched from elsewhere, and no axe-core violations.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { build } from "./support/build.ts";
import { serve, type StaticServer } from "./support/static-server.ts";
import { launchBrowser } from "./support/browser.ts";

let server: StaticServer;
let browser: Browser;

before(async () => {
  const site = build("content");
  assert.equal(site.status, 0, site.stderr);
  server = await serve(site.output);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const ARABIC_ARTICLE = "articles/telegram-three-million-users-facebook-outage/";
const ENGLISH_ARTICLE = "articles/gulf-data-centres-power-demand/";

async function open(path: string, options: { javaScriptEnabled?: boolean; colorScheme?: "light" | "dark" } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, colorScheme: options.colorScheme ?? "light" });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const response = await page.goto(server.url + path);
  await page.evaluate("document.fonts.ready");
  return { page, context, requests, status: response?.status() };
}

test("an Arabic article reads right-to-left with every region visible, without JavaScript", async () => {
  const { page, context, requests } = await open(ARABIC_ARTICLE, { javaScriptEnabled: false });
  assert.equal(await page.evaluate("getComputedStyle(document.body).direction"), "rtl");
  for (const region of ["headline", "body", "related", "signup"]) {
    assert.ok(await page.locator(`[data-region="${region}"]`).isVisible(), region);
  }
  // Right-to-left means the headline hugs the right edge of its column.
  const headline = (await page.locator('[data-region="headline"]').boundingBox())!;
  const column = (await page.locator(".article").boundingBox())!;
  assert.ok(Math.abs(headline.x + headline.width - (column.x + column.width)) < 2);
  assert.ok(requests.every((url) => url.startsWith(server.url)), `only same-origin requests: ${requests.join(", ")}`);
  await context.close();
});

test("the Arabic webfont is the one rendering the body", async () => {
  const { page, context } = await open(ARABIC_ARTICLE);
  const loaded: string[] = await page.evaluate('[...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family)');
  assert.ok(loaded.some((family) => family.includes("Noto Naskh Arabic")), loaded.join());
  await context.close();
});

test("an English article reads left-to-right", async () => {
  const { page, context } = await open(ENGLISH_ARTICLE);
  assert.equal(await page.evaluate("getComputedStyle(document.body).direction"), "ltr");
  assert.equal(await page.evaluate("getComputedStyle(document.querySelector('.masthead')).direction"), "rtl");
  assert.ok(await page.locator('[data-region="headline"]').isVisible());
  await context.close();
});

const PAGES = [
  ["home", ""],
  ["section", "sections/technology/"],
  ["tag", "tags/%D8%AA%D9%84%D9%8A%D8%BA%D8%B1%D8%A7%D9%85/"],
  ["author", "authors/rana-haddad/"],
  ["Arabic article", ARABIC_ARTICLE],
  ["English article", ENGLISH_ARTICLE],
  ["article with a table", "articles/caffeine-how-much-is-too-much/"],
  ["article with an image", "articles/solar-power-prices-arab-region/"],
  ["404", "404.html"],
] as const;

for (const [name, path] of PAGES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe-core finds no violations on the ${name} page (${colorScheme})`, async () => {
      const { page, context, status } = await open(path, { colorScheme });
      assert.equal(status, 200);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      const violations = results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
}
