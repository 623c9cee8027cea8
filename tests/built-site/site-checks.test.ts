/**
 * Checks over every file of the built sample site: every page is as
 * html-minifier-terser would write it, html-validate finds no error in any
 * page, no internal link or #fragment is broken (at the domain
 * root and under a path prefix), an article page stays within its byte
 * budgets (listed in docs/quality.md), and nothing delays its first paint but its
 * one stylesheet: no script, no @import, no font found late (read from the
 * built files, then watched in Chromium).
 */
import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { HtmlValidate, type ConfigData } from "html-validate";
import type { CheerioAPI } from "cheerio";
import htmlValidateConfig from "../../.htmlvalidate.mjs";
import { buildInProcess as build, page, sharedBuild } from "../support/build.ts";
import { pagesLeftToMinify } from "../support/minified.ts";
import { checkLinks, cssUrls } from "../support/link-check.ts";
import { sharedBrowser, tabTakenInTurn } from "../support/chromium.ts";
import { serve } from "../../scripts/dev/static-server.ts";

const site = sharedBuild("content");
const SITE_URL = "https://almadar.example/";
const FONTSOURCE = "node_modules/@fontsource/noto-naskh-arabic/files";

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
/** A built file by its path in the site, which is published at the domain root. */
const read = (path: string) => readFileSync(join(site.output, decodeURIComponent(path)));
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

interface ArticlePage {
  /** The built file, e.g. "articles/<slug>/index.html". */
  file: string;
  /** Its address on the site, e.g. "/articles/<slug>/". */
  path: string;
  $: CheerioAPI;
  /** The href of its (first) stylesheet. */
  stylesheet: string;
}

/** Every article page of the built sample site. */
function articlePages(): ArticlePage[] {
  const files = htmlFiles(site.output)
    .filter((f) => /^articles\/[^/]+\/index\.html$/.test(f))
    .sort();
  assert.ok(files.length > 10, `${files.length} article pages`);
  return files.map((file) => {
    const $ = page(site.output, file);
    return {
      file,
      path: "/" + file.replace(/index\.html$/, ""),
      $,
      stylesheet: $('link[rel~="stylesheet"]').attr("href") ?? "",
    };
  });
}

/** The page's font preloads. */
const fontPreloads = ($: CheerioAPI) =>
  $('link[rel~="preload"][as="font"]')
    .toArray()
    .map((l) => $(l));

test("the sample site builds", () => {
  assert.equal(site.status, 0, site.stderr);
});

test("every page is as html-minifier-terser would write it", async () => {
  assert.deepEqual(await pagesLeftToMinify(site.output), []);
});

test("html-validate finds no error in any built page", async () => {
  const validator = new HtmlValidate(htmlValidateConfig as ConfigData);
  // The configuration is in force: a picture without alt text is an error.
  assert.equal(
    (
      await validator.validateString(
        '<!doctype html><html lang="ar"><head><title>x</title></head><body><img src="a.jpg"></body></html>',
      )
    ).valid,
    false,
  );
  const pages = htmlFiles(site.output);
  assert.ok(pages.length > 80, `${pages.length} pages`);
  const errors: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readFileSync(join(site.output, file), "utf8"), file);
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  assert.deepEqual(errors, []);
});

test("no internal link, picture, stylesheet, font or #fragment is broken", (t) => {
  const report = checkLinks(site.output, SITE_URL);
  t.diagnostic(`${report.checked} internal URLs checked, ${report.external} external left alone`);
  assert.ok(report.checked > 1000);
  assert.deepEqual(report.problems, []);
});

test("under a path prefix too, every internal link resolves inside the prefix", async (t) => {
  const prefixed = await build("content", { siteUrl: "https://org.github.io/almadar/" });
  assert.equal(prefixed.status, 0, prefixed.stderr);
  const report = checkLinks(prefixed.output, "https://org.github.io/almadar/");
  t.diagnostic(`${report.checked} internal URLs checked`);
  assert.ok(report.checked > 1000);
  assert.deepEqual(report.problems, []);
});

test("the link checker reports a missing page, a missing fragment and a link that escapes the prefix", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "links-")), "_site");
  mkdirSync(join(dir, "a"), { recursive: true });
  writeFileSync(
    join(dir, "a/index.html"),
    '<h1 id="top">x</h1><a href="#top">ok</a><a href="/news/nope/">1</a><a href="/news/a/#gone">2</a><a href="/elsewhere/">3</a><a href="https://other.example/">4</a>',
  );
  const report = checkLinks(dir, "https://x.example/news/");
  assert.equal(report.external, 1);
  assert.deepEqual(
    report.problems.map((p) => p.replace(/:.*/, "")),
    ["a/index.html → /news/nope/", "a/index.html → /news/a/#gone", "a/index.html → /elsewhere/"],
  );
});

/** Prints each size beside its budget, then fails with every size over its budget. */
function assertWithinBudgets<K extends string>(
  t: TestContext,
  budgets: Record<K, number>,
  sizes: Record<K, number>,
): void {
  for (const [name, size] of Object.entries<number>(sizes))
    t.diagnostic(`${name}: ${size} of ${budgets[name as K]} bytes`);
  assert.deepEqual(
    Object.entries<number>(sizes).filter(([name, size]) => size > budgets[name as K]),
    [],
  );
}

/** Budgets for an article page, in bytes. Compressed sizes are gzip -9, what a CDN sends at least. */
const BUDGETS = {
  "HTML of any article, raw": 24_000,
  "HTML of any article, gzip": 7_000,
  "stylesheet, raw": 19_000,
  "stylesheet, gzip": 5_000,
  "webfont, both weights": 32_000,
  "lead picture, AVIF at 800 px": 25_000,
  "first view, compressed (HTML + CSS + fonts + lead picture)": 60_000,
  "HTML + stylesheet of any article, compressed": 30_000,
  "lite version, compressed (HTML + CSS)": 5_000,
};

test("an article page stays within its byte budgets", (t) => {
  const articles = articlePages();
  const biggest = articles.map(({ file }) => read(file)).sort((a, b) => b.length - a.length)[0]!;
  // HTML and stylesheet travel as two responses, each compressed on its own.
  const heaviest = articles
    .map(({ file, stylesheet }) => ({ file, bytes: gz(read(file)) + gz(read(stylesheet)) }))
    .sort((a, b) => b.bytes - a.bytes)[0]!;
  const $ = page(site.output, "/articles/solar-power-prices-arab-region/");
  const html = read("articles/solar-power-prices-arab-region/index.html");
  const css = read($('link[rel="stylesheet"]').attr("href")!);
  const fonts = fontPreloads($)
    .map((l) => statSync(join(site.output, l.attr("href")!)).size)
    .reduce((a, b) => a + b, 0);
  const lead = $(".lead-image source[type='image/avif']")
    .attr("srcset")!
    .split(",")
    .map((c) => c.trim().split(" "))
    .find(([, w]) => w === "800w")![0]!;
  const picture = read(lead).length;
  const lite = page(site.output, "/lite/articles/solar-power-prices-arab-region/");
  const liteBytes =
    gz(read("lite/articles/solar-power-prices-arab-region/index.html")) +
    gz(read(lite('link[rel="stylesheet"]').attr("href")!));
  const sizes: Record<keyof typeof BUDGETS, number> = {
    "HTML of any article, raw": biggest.length,
    "HTML of any article, gzip": gz(biggest),
    "stylesheet, raw": css.length,
    "stylesheet, gzip": gz(css),
    "webfont, both weights": fonts,
    "lead picture, AVIF at 800 px": picture,
    "first view, compressed (HTML + CSS + fonts + lead picture)": gz(html) + gz(css) + fonts + picture,
    "HTML + stylesheet of any article, compressed": heaviest.bytes,
    "lite version, compressed (HTML + CSS)": liteBytes,
  };
  t.diagnostic(`heaviest article, HTML + stylesheet compressed, of ${articles.length}: ${heaviest.file}`);
  assertWithinBudgets(t, BUDGETS, sizes);
});

/** Budgets for the home page, in bytes: its HTML, and its first view with the pictures it loads at once. */
const HOME_BUDGETS = {
  "home HTML, raw": 40_000,
  "home HTML, gzip": 8_000,
  "home pictures loaded at once, AVIF at the 800 px width": 60_000,
  "home first view, compressed (HTML + CSS + fonts + pictures loaded at once)": 100_000,
};

test("the home page stays within its byte budgets, its pictures on the first screen included", (t) => {
  const $ = page(site.output, "/");
  const html = read("index.html");
  const css = read($('link[rel="stylesheet"]').attr("href")!);
  const fonts = fontPreloads($)
    .map((l) => statSync(join(site.output, l.attr("href")!)).size)
    .reduce((a, b) => a + b, 0);
  // A lazy picture waits until the reader scrolls near it: not part of the first view.
  const eager = $("picture")
    .toArray()
    .filter((p) => $(p).find("img").attr("loading") !== "lazy");
  assert.ok(eager.length >= 1, "the lead's photo loads at once");
  const pictures = eager
    .map((p) => {
      const candidates = $(p).find("source[type='image/avif']").attr("srcset")!.split(",");
      const at800 = candidates.map((c) => c.trim().split(" ")).find(([, w]) => w === "800w") ?? [];
      return read(at800[0]!).length;
    })
    .reduce((a, b) => a + b, 0);
  const sizes: Record<keyof typeof HOME_BUDGETS, number> = {
    "home HTML, raw": html.length,
    "home HTML, gzip": gz(html),
    "home pictures loaded at once, AVIF at the 800 px width": pictures,
    "home first view, compressed (HTML + CSS + fonts + pictures loaded at once)": gz(html) + gz(css) + fonts + pictures,
  };
  assertWithinBudgets(t, HOME_BUDGETS, sizes);
});

/** Budgets for a page of the publication (content/pages/): text in the site's frame, no picture. */
const PAGE_BUDGETS = {
  "HTML of any publication page, raw": 12_000,
  "HTML of any publication page, gzip": 4_000,
  "publication page first view, compressed (HTML + CSS + fonts)": 40_000,
};

test("a page of the publication stays within its byte budgets", (t) => {
  const files = htmlFiles(join(site.output, "pages")).map((f) => `pages/${f}`);
  assert.ok(files.length >= 4, files.join());
  const biggest = files.map((file) => read(file)).sort((a, b) => gz(b) - gz(a))[0]!;
  const $ = page(site.output, "/pages/corrections/");
  const fonts = fontPreloads($)
    .map((l) => statSync(join(site.output, l.attr("href")!)).size)
    .reduce((a, b) => a + b, 0);
  const css = read($('link[rel="stylesheet"]').attr("href")!);
  const sizes: Record<keyof typeof PAGE_BUDGETS, number> = {
    "HTML of any publication page, raw": Math.max(...files.map((file) => read(file).length)),
    "HTML of any publication page, gzip": gz(biggest),
    "publication page first view, compressed (HTML + CSS + fonts)": gz(biggest) + gz(css) + fonts,
  };
  assertWithinBudgets(t, PAGE_BUDGETS, sizes);
});

test("nothing on an article page blocks rendering but its one stylesheet: no script, no @import, nothing from another site", () => {
  const problems: string[] = [];
  for (const { file, $, stylesheet } of articlePages()) {
    const sheets = $('link[rel~="stylesheet"]');
    if (sheets.length !== 1) problems.push(`${file}: ${sheets.length} stylesheets`);
    if (!stylesheet) continue;
    sheets
      .filter("[media]")
      .each((_, l) => void problems.push(`${file}: a stylesheet for media="${$(l).attr("media")}"`));
    // JSON-LD is data: the browser neither runs nor fetches it. Anything else would be a script.
    $("script")
      .not('[type="application/ld+json"]:not([src])')
      .each((_, s) => void problems.push(`${file}: <script ${$(s).attr("src") ?? $(s).attr("type") ?? ""}>`));
    $('link[rel~="preload"], link[rel~="modulepreload"]')
      .not('[as="font"]')
      .each((_, l) => void problems.push(`${file}: preloads ${$(l).attr("href")} as ${$(l).attr("as")}`));
    const css = read(stylesheet)
      .toString("utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "");
    if (/@import\b/i.test(css))
      problems.push(`${file}: ${stylesheet} has an @import, a request only found once the stylesheet arrives`);
    const base = new URL(stylesheet, SITE_URL);
    for (const ref of cssUrls(css))
      if (!/^data:/i.test(ref) && new URL(ref, base).origin !== base.origin)
        problems.push(`${file}: ${stylesheet} loads ${ref} from another site`);
  }
  assert.deepEqual(problems, []);
});

test("every font an article's stylesheet names is a subset of its @fontsource file, preloaded in CORS mode as font/woff2", (t) => {
  const sizes = new Map<string, string>();
  for (const { file, path, $, stylesheet } of articlePages()) {
    const base = new URL(stylesheet, SITE_URL);
    const faces =
      read(stylesheet)
        .toString("utf8")
        .match(/@font-face\s*{[^}]*}/g) ?? [];
    const named = faces
      .flatMap(cssUrls)
      .map((ref) => new URL(ref, base).pathname)
      .sort();
    assert.ok(named.length > 0, `${stylesheet} has no @font-face`);
    const preloads = fontPreloads($);
    assert.deepEqual(
      preloads.map((l) => new URL(l.attr("href")!, new URL(path, SITE_URL)).pathname).sort(),
      named,
      `${file} preloads exactly the fonts its stylesheet names`,
    );
    for (const link of preloads) {
      const href = link.attr("href")!;
      assert.equal(link.attr("type"), "font/woff2", `${file}: ${href}`);
      // Fonts are always fetched in CORS mode; a preload without crossorigin is fetched again.
      assert.ok(
        ["", "anonymous"].includes(link.attr("crossorigin") ?? "missing"),
        `${file}: ${href} needs crossorigin="anonymous"`,
      );
      const weight = /noto-naskh-arabic-(\d{3})\.[0-9a-f]{10}\.woff2$/.exec(href)?.[1];
      assert.ok(weight, `${file}: ${href} is not a Noto Naskh Arabic weight from @fontsource`);
      const original = statSync(join(FONTSOURCE, `noto-naskh-arabic-arabic-${weight}-normal.woff2`)).size;
      const size = read(href).length;
      assert.ok(size < original, `${href}: ${size} bytes, the @fontsource file ${original}`);
      sizes.set(href, `${size} of ${original} bytes`);
    }
  }
  for (const [href, size] of sizes) t.diagnostic(`${href}: ${size}`);
});

/**
 * What decides the requests an article page makes: its stylesheet and font preloads, its language
 * and direction (which fonts its letters fall in), its kind of story, and its pictures.
 */
const requestShape = ({ $, stylesheet }: ArticlePage) =>
  JSON.stringify([
    stylesheet,
    fontPreloads($)
      .map((l) => l.attr("href"))
      .sort(),
    $("html").attr("lang"),
    $("html").attr("dir"),
    $(".story-label").attr("class") ?? "",
    ["img", ".lead-image", ".body-image", "video", "iframe"].map((selector) => $(selector).length > 0),
  ]);

test("in Chromium an article page fetches only itself, its stylesheet, its preloaded fonts and pictures; no font is found late", async (t) => {
  const server = await serve(site.output);
  const browser = await sharedBrowser();
  // One tab loads them in turn, fetching each page's files afresh as a first visit would.
  const shapesTab = tabTakenInTurn(() => browser, { fetchEveryTime: true });
  t.after(async () => {
    await server.close();
  });
  // The tests above read every article page's fonts, preloads and scripts from its file; Chromium
  // confirms what those files make it fetch on one page of each shape (a page like another fetches alike).
  const all = articlePages();
  const shapes = [...new Map(all.map((p) => [requestShape(p), p])).values()];
  assert.ok(shapes.length >= 5, `${shapes.length} shapes of article page`);
  t.diagnostic(`${shapes.length} pages loaded, one of each shape, of ${all.length}`);
  for (const { file, path, $, stylesheet } of shapes) {
    const url = new URL(path.slice(1), server.url).href;
    const local = (href: string) => new URL(href, url).href;
    const icon = local($('link[rel~="icon"]').attr("href")!);
    const tab = await shapesTab();
    // Chromium's own request events, which say what kind of request each is and what asked for it.
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send("Network.enable");
    const requests: { type: string; url: string; from: string }[] = [];
    cdp.on(
      "Network.requestWillBeSent",
      (e) => void requests.push({ type: e.type ?? "?", url: e.request.url, from: e.initiator.url ?? e.initiator.type }),
    );
    await tab.goto(url);
    // Bring every lazy picture in and let the fonts arrive, so every request is seen.
    await tab.evaluate("window.scrollTo(0, document.body.scrollHeight)");
    await tab.evaluate("document.fonts.ready");
    await tab.waitForLoadState("networkidle");
    const pictures = requests.filter((r) => r.type === "Image" || (r.type === "Other" && r.url === icon));
    assert.deepEqual(
      pictures.filter((r) => !r.url.startsWith(server.url)),
      [],
      `${file}: pictures from another site`,
    );
    // A font the preload did not fetch shows as a second request, found by the stylesheet.
    const expected = [
      `Document ${url}`,
      `Stylesheet ${local(stylesheet)}`,
      ...fontPreloads($).map((l) => `Font ${local(l.attr("href")!)} found by the page`),
    ];
    const seen = requests
      .filter((r) => !pictures.includes(r))
      .map((r) => `${r.type} ${r.url}${r.type === "Font" ? ` found by ${r.from === url ? "the page" : r.from}` : ""}`);
    assert.deepEqual(seen.sort(), expected.sort(), file);
    const blocking = await tab.evaluate(
      'performance.getEntriesByType("resource").filter((e) => e.renderBlockingStatus === "blocking").map((e) => e.name)',
    );
    assert.deepEqual(blocking, [local(stylesheet)], `${file}: what Chromium counts as render-blocking`);
    await cdp.detach();
  }
});
