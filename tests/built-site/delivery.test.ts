/**
 * Delivery on any static host or CDN: the `_headers` file (security headers,
 * a year of caching for hashed files, a minute for everything else), hashed
 * asset names, no inline script or style in any page, and no Content
 * Security Policy violation in a real browser served with those headers.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";
import type { Request, Response } from "playwright-core";

import { buildInProcess as build, sharedBuild } from "../support/build.ts";
import { servedInChromium } from "../support/served-site.ts";
import { tabTakenInTurn } from "../support/chromium.ts";
import { FIXTURE } from "../support/fixture.ts";
import { waitUntil } from "../../scripts/dev/browser.ts";
import { matches, parseHeadersFile, type HeaderRule } from "../../scripts/dev/static-server.ts";

const site = sharedBuild("content");
const web = servedInChromium(() => site, { headers: true });

const htmlFiles = () =>
  readdirSync(site.output, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
const rules = (): HeaderRule[] => parseHeadersFile(readFileSync(join(site.output, "_headers"), "utf8"));
const headerFor = (path: string, name: string) =>
  rules()
    .filter((r) => matches(r.pattern, path))
    .flatMap((r) => r.headers.filter(([n]) => n === name).map(([, v]) => v));

/** The URL path a file is served at (a folder's index.html at the folder), percent-encoded as a host matches it. */
const urlPath = (file: string) =>
  "/" +
  file
    .replace(/(^|\/)index\.html$/, "$1")
    .split("/")
    .map(encodeURIComponent)
    .join("/");

test("_headers sends a strict Content-Security-Policy, nosniff and a referrer policy for every path", () => {
  for (const path of ["/", "/articles/solar-power-prices-arab-region/", "/assets/x.css", "/404.html"]) {
    const [csp, ...more] = headerFor(path, "Content-Security-Policy");
    assert.equal(more.length, 0, "one policy, not two merged");
    assert.ok(csp, path);
    const directives = new Map(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    assert.deepEqual(directives.get("default-src"), ["'none'"]);
    assert.deepEqual(directives.get("script-src"), ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(directives.get("style-src"), ["'self'"]);
    assert.deepEqual(directives.get("frame-ancestors"), ["'none'"]);
    assert.deepEqual(directives.get("base-uri"), ["'none'"]);
    assert.ok(!csp.includes("unsafe-inline") && !csp.includes("'unsafe-eval'") && !/\*/.test(csp), csp);
    assert.deepEqual(headerFor(path, "X-Content-Type-Options"), ["nosniff"]);
    assert.deepEqual(headerFor(path, "Referrer-Policy"), ["strict-origin-when-cross-origin"]);
  }
});

test("every file gets exactly one caching rule: a year for hashed names, a minute for the rest", () => {
  const all = readdirSync(site.output, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  assert.ok(all.length > 50);
  for (const entry of all) {
    const file = join(entry.parentPath, entry.name).slice(site.output.length + 1);
    if (file === "_headers") continue;
    const values = headerFor(urlPath(file), "Cache-Control");
    assert.equal(values.length, 1, `${file}: ${values.join(" | ")}`);
    if (/^(assets|img)\//.test(file)) {
      assert.equal(values[0], "public, max-age=31536000, immutable", file);
      assert.match(
        file.replace(/.*\//, ""),
        /(\.[0-9a-f]{10}\.(css|woff2|js)|^[\w-]{10}-\d+\.(avif|webp|jpeg|png)|^card-[\w-]{22}\.png|^logo\.[0-9a-f]{10}\.svg)$/,
        `${file} has a content hash in its name`,
      );
    } else {
      assert.match(values[0]!, /^public, max-age=(\d+), must-revalidate$/, file);
      assert.ok(Number(/max-age=(\d+)/.exec(values[0]!)![1]) <= 300, file);
    }
  }
});

test("pages load their styles, fonts and pictures only from hashed names", () => {
  for (const file of htmlFiles()) {
    const $ = cheerio.load(readFileSync(join(site.output, file), "utf8"));
    const urls: string[] = [
      ...$('link[rel="stylesheet"], link[rel="preload"]')
        .map((_, l) => $(l).attr("href")!)
        .get(),
      ...$("img")
        .map((_, i) => $(i).attr("src")!)
        .get(),
      ...$("img[srcset], source")
        .map((_, s) =>
          $(s)
            .attr("srcset")!
            .split(",")
            .map((c) => c.trim().split(" ")[0]!),
        )
        .get(),
    ];
    assert.deepEqual(
      urls.filter((u) => !/^\/(assets|img)\//.test(u)),
      [],
      file,
    );
  }
});

test("no page carries inline script, inline style or event-handler attributes", () => {
  const pages = htmlFiles();
  assert.ok(pages.length > 50);
  for (const file of pages) {
    const $ = cheerio.load(readFileSync(join(site.output, file), "utf8"));
    assert.equal($("style").length, 0, `${file}: <style>`);
    assert.equal($("[style]").length, 0, `${file}: style=""`);
    assert.equal($("script:not([src])").not('[type="application/ld+json"]').length, 0, `${file}: inline <script>`);
    const handlers = $("*")
      .toArray()
      .flatMap((el) =>
        Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => /^on/i.test(a)),
      );
    assert.deepEqual(handlers, [], file);
    assert.equal($('[href^="javascript:"], [src^="javascript:"]').length, 0, file);
  }
});

const BROWSER_PAGES = [
  "",
  "sections/economy/",
  "tags/%D8%AA%D9%84%D9%8A%D8%BA%D8%B1%D8%A7%D9%85/",
  "authors/rana-haddad/",
  "articles/solar-power-prices-arab-region/",
  "articles/gulf-data-centres-power-demand/",
  "lite/articles/solar-power-prices-arab-region/",
  "lite/articles/gulf-data-centres-power-demand/",
  "404.html",
  "pages/corrections/",
];

/** The tab the pages below are loaded in, one after another, each fetching everything it needs afresh. */
const cspTab = tabTakenInTurn(() => web.browser, {
  fetchEveryTime: true,
  everyPage:
    "window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
});

for (const path of BROWSER_PAGES) {
  test(`/${path} raises no CSP violation in Chromium, with the policy sent as a header`, async (t) => {
    const page = await cspTab();
    const failed: string[] = [];
    const refused = (r: Request) => void failed.push(r.url());
    const answered = (r: Response) =>
      void (r.status() >= 400 && !r.url().endsWith("404.html") && failed.push(`${r.status()} ${r.url()}`));
    page.on("requestfailed", refused).on("response", answered);
    t.after(() => page.off("requestfailed", refused).off("response", answered));
    const response = await page.goto(web.server.url + path);
    assert.match((await response!.allHeaders())["content-security-policy"] ?? "", /default-src 'none'/);
    // Bring lazy pictures in and let the fonts arrive, so every resource is judged.
    await page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
    await page.evaluate("document.fonts.ready");
    await page.waitForLoadState("networkidle");
    assert.deepEqual(await page.evaluate("window.__violations"), []);
    assert.deepEqual(failed, []);
  });
}

test("the check sees a violation when there is one: an inline style attribute is refused", async () => {
  const context = await web.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(
    "window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));",
  );
  await page.goto(web.server.url);
  await page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')");
  await waitUntil(page, "window.__violations.length > 0");
  assert.match(String(await page.evaluate("window.__violations[0]")), /^style-src/);
  await context.close();
});

test("under a path prefix the _headers rules carry it", async () => {
  const prefixed = await build(FIXTURE, { siteUrl: "https://user.github.io/almadar/" });
  assert.equal(prefixed.status, 0, prefixed.stderr);
  const patterns = parseHeadersFile(readFileSync(join(prefixed.output, "_headers"), "utf8")).map((r) => r.pattern);
  assert.ok(
    patterns.includes("/almadar/*") &&
      patterns.includes("/almadar/assets/*") &&
      patterns.includes("/almadar/img/*") &&
      patterns.includes("/almadar/"),
  );
  assert.deepEqual(
    patterns.filter((p) => !p.startsWith("/almadar/")),
    [],
  );
});
