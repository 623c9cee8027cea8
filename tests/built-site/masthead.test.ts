/**
 * The masthead on a phone: one compact bar with the search link and a section strip that scrolls
 * sideways, at most 15% of the first screen with fifteen sections and the logo. Measured in Chromium.
 */
import { test } from "node:test";
import assert from "node:assert/strict";

import { buildInProcess as build } from "../support/build.ts";
import { servedInChromium } from "../support/served-site.ts";
import { tabTakenInTurn } from "../support/chromium.ts";
import { readFileSync } from "node:fs";
import { contentWith, FIXTURE } from "../support/fixture.ts";

const names = ["أخبار", "رياضة", "اقتصاد", "سياسة", "ثقافة", "تكنولوجيا", "صحة", "علوم", "سفر", "مجتمع"];
const sections = Array.from({ length: 15 }, (_, i) =>
  i < 2 ? "" : `- id: extra-${i}\n  name: ${names[i % names.length]} ${i}\n`,
).join("");
const content = contentWith({
  "sections.yaml": `- id: news\n  name: أخبار\n- id: sport\n  name: رياضة\n${sections}`,
  // The masthead's logo beside the name, as the sample site has it.
  "images/logo.svg": readFileSync("content/images/logo.svg"),
  "site.yaml": readFileSync(`${FIXTURE}/site.yaml`, "utf8").replace(
    "  height: 512\n",
    "  height: 512\n  masthead: /images/logo.svg\n",
  ),
});
const site = await build(content);

interface Measured {
  share: number;
  links: number;
  scrolls: boolean;
  searchVisible: boolean;
  /** The logo's height on screen, once loaded (0 if it is missing or broken). */
  logo: number;
}

const web = servedInChromium(() => site);
/** A phone's screen, and no script: what a reader on a phone sees first. */
const phone = tabTakenInTurn(() => web.browser, { viewport: { width: 412, height: 915 }, javaScriptEnabled: false });

for (const [name, path] of [
  ["home", ""],
  ["article", "articles/river-cleanup/"],
] as const) {
  test(`on a phone the ${name} page's masthead takes at most 15% of the first screen with 15 sections`, async (t) => {
    const page = await phone();
    await page.goto(web.server.url + path, { waitUntil: "load" });
    const measured = await page.evaluate<Measured>(`(() => {
      const masthead = document.querySelector(".masthead").getBoundingClientRect();
      const strip = document.querySelector(".sections-nav ul");
      const search = document.querySelector(".masthead-search").getBoundingClientRect();
      return {
        share: masthead.height / innerHeight,
        links: strip.querySelectorAll("a").length,
        scrolls: strip.scrollWidth > strip.clientWidth && getComputedStyle(strip).overflowX === "auto",
        searchVisible: search.width > 0 && search.top >= 0 && search.bottom <= masthead.bottom,
        logo: [document.querySelector(".masthead-logo")].map((img) => (img?.naturalWidth ? img.getBoundingClientRect().height : 0))[0],
      };
    })()`);
    t.diagnostic(`masthead: ${(measured.share * 100).toFixed(1)}% of a 412×915 screen`);
    assert.equal(measured.links, 15);
    assert.ok(measured.share <= 0.15, `the masthead takes ${(measured.share * 100).toFixed(1)}% of the screen`);
    assert.ok(measured.scrolls, "the section strip scrolls sideways");
    assert.ok(measured.searchVisible, "the search link is in the bar");
    assert.ok(measured.logo > 20, `the logo is shown beside the name (${measured.logo}px high)`);
  });
}

test("the 404 page offers the search and the latest headlines", async () => {
  const page = await phone();
  await page.goto(web.server.url + "404.html");
  const form = page.locator("form.not-found-search");
  assert.equal(await form.getAttribute("action"), "/search/");
  assert.equal(await form.locator("input[name=q]").count(), 1);
  assert.equal(await page.locator(".latest .card-title a").first().getAttribute("href"), "/articles/river-cleanup/");
});
