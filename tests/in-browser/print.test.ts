/**
 * Printing an article in Chromium (print media, and a real PDF): the
 * reading column only, right-to-left, black on white even for a reader in
 * dark mode, outside links followed by their address, the article's own
 * address at the end, and no heading left alone at the foot of a page.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { sharedBuild } from "../support/build.ts";
import { sharedBrowser } from "../support/chromium.ts";
import { serve, type StaticServer } from "../../scripts/dev/static-server.ts";

const ARTICLE = "articles/solar-power-prices-arab-region/";
let server: StaticServer;
let browser: Browser;
let page: Page;

before(async () => {
  const site = sharedBuild("content");
  assert.equal(site.status, 0, site.stderr);
  server = await serve(site.output);
  browser = await sharedBrowser();
  // A reader whose screen is in dark mode: paper must still come out black on white.
  page = await (await browser.newContext({ colorScheme: "dark" })).newPage();
  await page.goto(server.url + ARTICLE);
  await page.emulateMedia({ media: "print" });
  await page.evaluate("document.fonts.ready");
});

after(async () => {
  await server?.close();
});

/** A computed style in the page (the function runs in Chromium, so it is passed as text). */
const style = (selector: string, property: string, pseudo = ""): Promise<string> =>
  page.evaluate(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)}), ${JSON.stringify(pseudo || null)}).getPropertyValue(${JSON.stringify(property)})`,
  );

test("navigation, sign-up box, related headlines and footer are left off the page", async () => {
  for (const selector of [
    ".skip-link",
    ".sections-nav",
    "[data-region=signup]",
    "[data-region=related]",
    ".site-footer",
    ".lite-link",
    ".masthead-tagline",
  ]) {
    assert.equal(await page.locator(selector).first().isVisible(), false, selector);
  }
  for (const selector of [
    ".masthead-name",
    "[data-region=headline]",
    ".standfirst",
    ".byline",
    ".dateline",
    ".lead-image img",
    "[data-region=body]",
    ".tag-list",
  ]) {
    assert.equal(await page.locator(selector).first().isVisible(), true, selector);
  }
});

test("the article prints right-to-left, black on white, even from a dark screen", async () => {
  assert.equal(await style("body", "direction"), "rtl");
  assert.equal(await style("body", "color"), "rgb(0, 0, 0)");
  assert.equal(await style("body", "background-color"), "rgb(255, 255, 255)");
  assert.equal(await style(".masthead", "background-color"), "rgba(0, 0, 0, 0)");
  const headline = (await page.locator("[data-region=headline]").boundingBox())!;
  const body = (await page.locator("[data-region=body]").boundingBox())!;
  assert.ok(
    Math.abs(headline.x + headline.width - (body.x + body.width)) < 2,
    "the headline starts at the right edge of the text",
  );
});

test("outside links print their address; the article's own address closes it", async () => {
  const href = await page.locator('[data-region=body] a[href^="http"]').first().getAttribute("href");
  assert.equal(href, "https://www.irena.org/");
  assert.equal(await style('[data-region=body] a[href^="http"]', "content", "::after"), '"(https://www.irena.org/)"');
  const address = page.locator(".print-url");
  assert.equal(await address.isVisible(), true);
  assert.match(
    (await address.textContent())!,
    /رابط المقال: https:\/\/almadar\.example\/articles\/solar-power-prices-arab-region\//,
  );
});

test("headings stay with their text; pictures, tables and quotations are not split", async () => {
  assert.equal(await style("[data-region=body] h2", "break-after"), "avoid");
  for (const selector of ["figure", "blockquote"])
    assert.equal(await style(`[data-region=body] ${selector}`, "break-inside"), "avoid", selector);
  assert.equal(await style("[data-region=body] p", "orphans"), "3");
});

test("Chromium prints it to a PDF of a few A4 pages", async () => {
  const pdf = await page.pdf({ format: "A4" });
  assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  assert.ok(pages >= 2 && pages <= 6, `${pages} pages`);
});
