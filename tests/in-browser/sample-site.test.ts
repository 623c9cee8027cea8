/**
 * The sample site in a real browser (Debian's Chromium through
 * playwright-core): direction, visible regions, no script needed, nothing
 * fetched from elsewhere, and no axe-core violations.
 */
import { test } from "node:test";
import assert from "node:assert/strict";

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import postcss from "postcss";
import { sharedBuild } from "../support/build.ts";
import { servedInChromium } from "../support/served-site.ts";
import { tabTakenInTurn } from "../support/chromium.ts";
import { axeViolations, COLOUR_RULES } from "../support/axe.ts";

import { waitUntil } from "../../scripts/dev/browser.ts";

const web = servedInChromium(() => sharedBuild("content"));

const ARABIC_ARTICLE = "articles/telegram-three-million-users-facebook-outage/";
const ENGLISH_ARTICLE = "articles/gulf-data-centres-power-demand/";
/** The tab the tests that only read a page take turns with: each loads its page there, in the light scheme. */
const tab = tabTakenInTurn(() => web.browser);

async function load(path: string) {
  const page = await tab();
  await page.emulateMedia({ colorScheme: "light" });
  const response = await page.goto(web.server.url + path);
  await page.evaluate("document.fonts.ready");
  return { page, status: response?.status() };
}

test("an Arabic article reads right-to-left with every region visible, without JavaScript", async () => {
  const context = await web.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(web.server.url + ARABIC_ARTICLE);
  await page.evaluate("document.fonts.ready");
  assert.equal(await page.evaluate("getComputedStyle(document.body).direction"), "rtl");
  for (const region of ["headline", "body", "related", "signup"]) {
    assert.ok(await page.locator(`[data-region="${region}"]`).isVisible(), region);
  }
  // Right-to-left means the headline hugs the right edge of its column.
  const headline = (await page.locator('[data-region="headline"]').boundingBox())!;
  const column = (await page.locator(".article").boundingBox())!;
  assert.ok(Math.abs(headline.x + headline.width - (column.x + column.width)) < 2);
  assert.ok(
    requests.every((url) => url.startsWith(web.server.url)),
    `only same-origin requests: ${requests.join(", ")}`,
  );
  await context.close();
});

test("the Arabic webfont is the one rendering the body", async () => {
  const { page } = await load(ARABIC_ARTICLE);
  const loaded: string[] = await page.evaluate(
    '[...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family)',
  );
  assert.ok(
    loaded.some((family) => family.includes("Noto Naskh Arabic")),
    loaded.join(),
  );
});

test("dark mode turns every page dark: the palette, not one element, changes", async () => {
  for (const path of ["", ARABIC_ARTICLE, "lite/articles/gulf-data-centres-power-demand/"]) {
    // One load, then the other scheme on the same page, as the axe-core tests below do.
    const { page } = await load(path);
    const colours = () =>
      page.evaluate<string[]>(
        "[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color, getComputedStyle(document.querySelector('main a')).color]",
      );
    const [lightBg, lightInk] = await colours();
    await page.emulateMedia({ colorScheme: "dark" });
    const [darkBg, darkInk, darkLink] = await colours();
    const luminance = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .reduce((sum, c) => sum + Number(c), 0) / 3;
    assert.ok(luminance(lightBg!) > 200 && luminance(lightInk!) < 80, `light ${path}: ${lightBg} / ${lightInk}`);
    assert.ok(
      luminance(darkBg!) < 50 && luminance(darkInk!) > 180 && luminance(darkLink!) > 120,
      `dark ${path}: ${darkBg} / ${darkInk} / ${darkLink}`,
    );
    assert.equal(
      await page.evaluate("getComputedStyle(document.documentElement).colorScheme"),
      "light dark",
      "form controls and scrollbars follow",
    );
  }
});

test("the stylesheets name no colour outside the palette, so dark mode cannot miss one", () => {
  for (const file of readdirSync("styles").filter((f) => f.endsWith(".css"))) {
    const css = readFileSync(join("styles", file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    // Colours are defined once, as custom properties in :root and its dark and print variants.
    const stray = [...css.matchAll(/^\s*(?!--)([\w-]+)\s*:[^;]*(#[0-9a-f]{3,8}\b|rgba?\(|hsla?\()/gim)].map(
      (m) => `${file}: ${m[0].trim()}`,
    );
    assert.deepEqual(stray, [], "use a var(--…) from the palette");
  }
});

test("dark mode changes the palette and nothing else: its blocks set colours alone", () => {
  const found: string[] = [];
  const notColours: string[] = [];
  for (const file of readdirSync("styles").filter((f) => f.endsWith(".css"))) {
    postcss.parse(readFileSync(join("styles", file), "utf8")).walkAtRules(/^media$/i, (media) => {
      if (!/prefers-color-scheme/i.test(media.params)) return;
      found.push(`${file}: @media ${media.params}`);
      media.walkDecls((d) => {
        if (!d.prop.startsWith("--") || !/^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([^)]*\))$/i.test(d.value))
          notColours.push(`${file}: ${d.prop}: ${d.value}`);
      });
      media.walkAtRules((inner) => void notColours.push(`${file}: @${inner.name} ${inner.params}`));
    });
  }
  assert.ok(found.length > 0, "the stylesheets have a dark scheme");
  // The axe-core tests below rely on this: in the dark scheme they run only the rules colour can change.
  assert.deepEqual(notColours, [], "a dark-scheme block sets palette colours (--name: #hex) only");
});

test("pictures arrive as AVIF at the width the screen needs, without shifting the layout", async () => {
  for (const [viewport, deviceScaleFactor] of [
    [{ width: 390, height: 844 }, 2],
    [{ width: 1280, height: 900 }, 1],
  ] as const) {
    const context = await web.browser.newContext({ viewport, deviceScaleFactor });
    const page = await context.newPage();
    await page.goto(web.server.url + "articles/solar-power-prices-arab-region/", { waitUntil: "load" });
    await waitUntil(page, "document.querySelector('.lead-image img').complete");
    assert.match(
      String(
        await page.evaluate(
          "document.querySelector('.lead-image img').naturalWidth > 0 && document.querySelector('.lead-image img').currentSrc",
        ),
      ),
      /-800\.avif$/,
    );
    const figure = page.locator(".body-image img");
    await figure.scrollIntoViewIfNeeded();
    await waitUntil(
      page,
      "document.querySelector('.body-image img').complete && document.querySelector('.body-image img').naturalWidth > 0",
    );
    assert.match(String(await page.evaluate("document.querySelector('.body-image img').currentSrc")), /-800\.avif$/);
    // width and height reserve the space: the picture's box has the picture's shape before and after it loads.
    const box = (await figure.boundingBox())!;
    assert.ok(Math.abs(box.width / box.height - 1200 / 675) < 0.02);
    await context.close();
  }
});

test("an English article reads left-to-right", async () => {
  const { page } = await load(ENGLISH_ARTICLE);
  assert.equal(await page.evaluate("getComputedStyle(document.body).direction"), "ltr");
  assert.equal(await page.evaluate("getComputedStyle(document.querySelector('.masthead')).direction"), "rtl");
  assert.ok(await page.locator('[data-region="headline"]').isVisible());
});

const PAGES = [
  ["home", ""],
  ["section", "sections/technology/"],
  ["tag", "tags/%D8%AA%D9%84%D9%8A%D8%BA%D8%B1%D8%A7%D9%85/"],
  ["author", "authors/rana-haddad/"],
  ["Arabic article", ARABIC_ARTICLE],
  ["English article", ENGLISH_ARTICLE],
  ["article with a table", "articles/caffeine-how-much-is-too-much/"],
  ["article with a lead picture and a figure", "articles/solar-power-prices-arab-region/"],
  ["Arabic lite article", "lite/articles/telegram-three-million-users-facebook-outage/"],
  ["English lite article", "lite/articles/gulf-data-centres-power-demand/"],
  ["404", "404.html"],
  ["opinion", "articles/one-app-for-everything-is-a-risk/"],
  ["sponsored", "articles/digital-skills-workshops-sponsored/"],
  ["live coverage", "articles/facebook-apps-outage-live/"],
  ["corrections policy", "pages/corrections/"],
] as const;

test("the axe-core check finds a violation put in the page, in the light pass and in the dark one", async () => {
  const { page } = await load(ARABIC_ARTICLE);
  await page.evaluate("document.documentElement.removeAttribute('lang')");
  assert.deepEqual(
    (await axeViolations(page)).map((v) => v.split(":")[0]),
    ["serious html-has-lang"],
  );
  await page.emulateMedia({ colorScheme: "dark" });
  // The byline's link in the colour of the rules between sections: too faint to read on the dark paper.
  await page.evaluate("document.querySelector('a[rel=author]').style.color = 'var(--rule)'");
  assert.deepEqual(
    (await axeViolations(page, COLOUR_RULES)).map((v) => v.split(":")[0]),
    ["serious color-contrast"],
  );
});

for (const [name, path] of PAGES) {
  test(`axe-core finds no violations on the ${name} page, light and dark`, async () => {
    const { page, status } = await load(path);
    assert.equal(status, 200);
    const violations: string[] = [];
    // One load, then the other scheme on the same page: the palette is all that changes between them,
    // so the dark pass runs only the rules a palette can change (the test above checks the premise).
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      assert.equal(await page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches"), colorScheme === "dark");
      const found = await axeViolations(page, colorScheme === "dark" ? COLOUR_RULES : undefined);
      violations.push(...found.map((v) => `${colorScheme}: ${v}`));
    }
    assert.deepEqual(violations, []);
  });
}
