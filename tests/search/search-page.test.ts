/**
 * Search, end to end: a fixture newsroom with articles written to exercise
 * each Arabic spelling rule is built with the real build command, and
 * queries are typed into the real search page in Chromium, against the real
 * Pagefind index.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildInProcess as build } from "../support/build.ts";
import { servedInChromium } from "../support/served-site.ts";
import { tabTakenInTurn } from "../support/chromium.ts";
import { axeViolations, COLOUR_RULES } from "../support/axe.ts";
import { articleFile, contentWith } from "../support/fixture.ts";
import { PART_SIZE, partNames, partsOf } from "../../scripts/search/parts.ts";
import { serve } from "../../scripts/dev/static-server.ts";

const article = (slug: string, title: string, body: string, extra = "", date = "2026-03-11") =>
  articleFile(
    `title: ${title}\nsummary: ملخص خبر ${title}.\ndate: ${date}\nsection: news\nauthor: huda\n${extra}`,
    body,
  );

const content = contentWith({
  // Tashkeel in the text; و + ال in the text.
  // Lists the 2019 article among its related headlines, so a new headline there changes this 2026 page too.
  "articles/olive-harvest.md": article(
    "olive-harvest",
    "موسم الزيتون يبدأ مبكرا هذا العام",
    "بدأ المزارعون قطف الزَّيْتُونِ في القرى الجبلية، والمعاصرُ تعمل ليلًا ونهارًا.\n",
    "related: [coffee-prices]",
  ),
  // Tatweel and final ى in the text; hamza on alef.
  "articles/new-hospital.md": article(
    "new-hospital",
    "مستشفى جديد في الضاحية الشمالية",
    "افتُتح المستشفـــى الجديد بعد أربع سنوات من البناء. أعلنت إدارته أن قسم الطوارئ يعمل على مدار الساعة.\n",
  ),
  // ة, and ف + ال in the text.
  "articles/library-hours.md": article(
    "library-hours",
    "مكتبة الحي تمدد ساعات العمل",
    "قررت مكتبة الحي فتح أبوابها مساءً، فالطلاب يحتاجون مكانًا هادئًا للمذاكرة.\n",
  ),
  // Plain الاقتصاد in the text, for queries that carry و/ب/ف/ل, hamza, tatweel or tashkeel; final ي.
  // From another year, so it lives in another part of the index and every query searches both parts.
  "articles/coffee-prices.md": article(
    "coffee-prices",
    "ارتفاع أسعار القهوة في الأسواق",
    "سجلت أسعار البن ارتفاعًا جديدًا أثّر في الاقتصاد المحلي وفي المقاهي الصغيرة في القرى.\n",
    "",
    "2019-06-02",
  ),
  // A draft is never published, so never found.
  "articles/draft-plan.md": article("draft-plan", "خطة لم تنشر بعد", "هذه المسودة لا تظهر للقراء.\n", "draft: true"),
  // A headline that starts with a Latin brand; the article writes تليغرام and iPhone, readers type them other ways.
  "articles/apple-update.md": article(
    "apple-update",
    "Apple تطرح تحديثًا يحسن الخصوصية",
    "يمنع التحديث التطبيقات من تتبع المستخدمين. ويصل إلى هواتف iPhone ويحسن تطبيق تليغرام عليها.\n",
  ),
  "search-variants.yaml": "- [تليغرام, تلغرام, تيليغرام, Telegram]\n- [آيفون, ايفون, iPhone]\n",
});

const site = await build(content);
const web = servedInChromium(() => site);

const LOADING = "جارٍ البحث…";

async function settled(page: Page): Promise<void> {
  await page.waitForFunction((loading) => {
    const status = document.getElementById("search-status")?.textContent;
    return !!status && status !== loading;
  }, LOADING);
}

/** The tab search() loads results pages in; a test reads what it needs before the next search. */
const resultsTab = tabTakenInTurn(() => web.browser);

/** Opens /search/?q=…, as the form's GET does, and returns the status line and the result links. */
async function search(query: string, base = web.server.url): Promise<{ status: string; hrefs: string[]; page: Page }> {
  const page = await resultsTab();
  await page.goto(`${base}search/?q=${encodeURIComponent(query)}`);
  await settled(page);
  return {
    page,
    status: (await page.textContent("#search-status"))!,
    hrefs: await page
      .locator(".search-result-title a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")!)),
  };
}

let searchPage: Page | undefined;

/** Types a query into one open search page and submits it, as a reader does; returns the result links. */
async function found(query: string): Promise<string[]> {
  if (!searchPage) {
    searchPage = await web.browser.newPage();
    await searchPage.goto(`${web.server.url}search/`);
  }
  await searchPage.fill("#search-input", query);
  await searchPage.press("#search-input", "Enter");
  // The status line names the query once its results are on the page.
  await searchPage.waitForFunction(
    (q) => document.getElementById("search-status")?.textContent?.includes(`«${q}»`),
    query,
  );
  return (
    await searchPage.locator(".search-result-title a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!))
  ).sort();
}

const HITS: [rule: string, query: string, slug: string][] = [
  ["tashkeel in the text", "الزيتون", "olive-harvest"],
  ["tashkeel in the query", "القَهْوَة", "coffee-prices"],
  ["tatweel in the text, ى written ى", "المستشفى", "new-hospital"],
  ["tatweel in the query", "المقـــاهي", "coffee-prices"],
  ["ى typed as ي", "المستشفي", "new-hospital"],
  ["hamza dropped in the query", "ادارته", "new-hospital"],
  ["hamza added in the query", "الإقتصاد", "coffee-prices"],
  ["ة typed as ه", "مكتبه", "library-hours"],
  ["و + ال in the text", "المعاصر", "olive-harvest"],
  ["ف + ال in the text", "الطلاب", "library-hours"],
  ["و + ال in the query", "والاقتصاد", "coffee-prices"],
  ["ب + ال in the query", "بالاقتصاد", "coffee-prices"],
  ["ف + ال in the query", "فالاقتصاد", "coffee-prices"],
  ["ل + ال in the query", "للاقتصاد", "coffee-prices"],
  ["a tag, which sits in the page's <nav>", "العمل التطوعي", "river-cleanup"],
  ["an English article, from the Arabic search page", "council", "city-budget-english"],
  ["a spelling from the variants list", "تلغرام", "apple-update"],
  ["another spelling from the variants list", "تيليغرام", "apple-update"],
  ["an Arabic spelling of a Latin name, by the list", "ايفون", "apple-update"],
  ["a stop word beside a word: only the word is searched", "في المستشفى", "new-hospital"],
];

for (const [rule, query, slug] of HITS) {
  test(`search finds «${query}» (${rule})`, async () => {
    assert.deepEqual(await found(query), [`/articles/${slug}/`]);
  });
}

test("a headline shown under another article's related links finds only its own article", async () => {
  // river-cleanup lists city-budget's headline among its related links; those are not indexed.
  assert.deepEqual(await found("ميزانية"), ["/articles/city-budget/"]);
});

const MISSES: [why: string, query: string][] = [
  ["a word in no article", "البطريق"],
  ["the reading time in every dateline", "للقراءة"],
  ["the site's name, in the masthead and footer", "الاختبار"],
  ["a draft", "المسودة"],
  ["و without ال is not a clitic: «ولد» is not «لد»", "ولد"],
  ["the byline, on every article", "بقلم"],
  ["the link to the lite version", "الخفيفة"],
  ["the print-only address line", "رابط"],
  ["a stop word alone", "في"],
  ["two stop words", "من عن"],
  ["a word over-stemmed to a stop word by Pagefind's stemmer", "فيسبوك"],
];

for (const [why, query] of MISSES) {
  test(`search does not find «${query}» (${why})`, async () => {
    assert.deepEqual(await found(query), []);
    assert.equal(await searchPage!.textContent("#search-status"), `لا نتائج عن «${query}»`);
  });
}

test("the result count follows Arabic plural rules", async () => {
  const one = await search("الزيتون");
  assert.equal(one.status, "نتيجة واحدة عن «الزيتون»");
  const four = await search("البلدية");
  assert.deepEqual(four.hrefs.sort(), [
    "/articles/city-budget-english/",
    "/articles/city-budget/",
    "/articles/park-opening/",
    "/articles/river-cleanup/",
  ]);
  assert.equal(four.status, "4 نتائج عن «البلدية»");
  const two = await search("القرى");
  assert.deepEqual(two.hrefs.sort(), ["/articles/coffee-prices/", "/articles/olive-harvest/"]);
  assert.equal(two.status, "نتيجتان عن «القرى»");
});

test("a result shows its title, section, date and the article's own words around the hit", async () => {
  const { page } = await search("المعاصر");
  const result = page.locator(".search-result").first();
  assert.equal(await result.locator("h2 a").textContent(), "موسم الزيتون يبدأ مبكرا هذا العام");
  assert.equal(await result.locator(".search-result-meta").textContent(), "أخبار · 11 مارس 2026");
  assert.deepEqual(await result.locator(".search-result-excerpt mark").allTextContents(), ["والمعاصرُ"]);
  assert.match(
    (await result.locator(".search-result-excerpt").textContent())!,
    /قطف الزَّيْتُونِ في القرى الجبلية، والمعاصرُ تعمل/,
  );
  await page.click(".search-result-title a");
  await page.waitForURL(`${web.server.url}articles/olive-harvest/`);
});

test("typing in the box searches and keeps the query in the address", async () => {
  const page = await web.browser.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${web.server.url}search/`);
  await page.fill("#search-input", "مكتبه");
  await settled(page);
  assert.equal(await page.textContent("#search-status"), "نتيجة واحدة عن «مكتبه»");
  assert.equal(new URL(page.url()).searchParams.get("q"), "مكتبه");
  assert.ok(
    requests.every((url) => url.startsWith(web.server.url)),
    `only same-origin requests: ${requests.join(", ")}`,
  );
  await page.close();
});

test("without JavaScript the form still submits the query and the page says why there are no results", async () => {
  const context = await web.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${web.server.url}search/`);
  assert.ok(await page.locator(".search-noscript").isVisible());
  await page.fill("#search-input", "الزيتون");
  await Promise.all([page.waitForURL(/\?q=/), page.press("#search-input", "Enter")]);
  assert.equal(new URL(page.url()).searchParams.get("q"), "الزيتون");
  await context.close();
});

test("the search page with results has no axe-core violations, light and dark", async () => {
  const page = await resultsTab();
  await page.emulateMedia({ colorScheme: "light" });
  await search("الاقتصاد");
  assert.deepEqual(await axeViolations(page), [], "light");
  // The other scheme on the same page: only its palette changes (tests/in-browser/sample-site.test.ts checks the stylesheets).
  await page.emulateMedia({ colorScheme: "dark" });
  assert.equal(await page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches"), true);
  assert.deepEqual(await axeViolations(page, COLOUR_RULES), [], "dark");
  await page.emulateMedia({ colorScheme: "light" });
});

test("the search page is the only reader's page with a script, and only articles are indexed", () => {
  // The browser editor at /admin/ is the newsroom's page, not a reader's: it is a script.
  const pages = readdirSync(site.output, { recursive: true, encoding: "utf8" }).filter(
    (f) => f.endsWith(".html") && !f.startsWith("admin/"),
  );
  const withScript = pages.filter((f) =>
    /<script(?![^>]*application\/ld\+json)/.test(readFileSync(join(site.output, f), "utf8")),
  );
  assert.deepEqual(withScript, ["search/index.html"]);
  const script = readFileSync(join(site.output, "search/index.html"), "utf8").match(
    /<script type="module" src="([^"]+)"/,
  )![1]!;
  assert.match(script, /^\/assets\/search\.[0-9a-f]{10}\.js$/);
  assert.ok(existsSync(join(site.output, script)));
  assert.deepEqual(readdirSync(join(site.output, "pagefind")), ["2019", "2026"], "one part of the index per year");
  for (const year of ["2019", "2026"]) {
    assert.ok(existsSync(join(site.output, `pagefind/${year}/pagefind.js`)));
    assert.ok(!existsSync(join(site.output, `pagefind/${year}/pagefind-ui.js`)), "Pagefind's own UI is not shipped");
  }
  assert.match(
    site.stdout,
    /2 parts by date, 10 of 10 articles indexed/,
    "the fixture's 10 published articles, no listing pages",
  );
});

test("a rebuild re-indexes only the years whose articles changed", async () => {
  const cache = mkdtempSync(join(tmpdir(), "search-cache-"));
  const env = { NEWSROOM_CACHE: cache };
  assert.match((await build(content, { env })).stdout, /10 of 10 articles indexed/);
  const again = await build(content, { env });
  assert.match(again.stdout, /0 of 10 articles indexed/, "nothing changed: every part comes from the cache");
  const file = join(content, "articles/coffee-prices.md");
  const original = readFileSync(file, "utf8");
  try {
    // A new headline also changes the related headlines on other articles' pages, but not what is indexed of them.
    writeFileSync(file, original.replace("ارتفاع أسعار القهوة في الأسواق", "أسعار القهوة تبلغ أعلى مستوى في الأسواق"));
    const edited = await build(content, { env });
    assert.equal(edited.status, 0, edited.stderr);
    assert.match(edited.stdout, /1 of 10 articles indexed/, "only 2019's part, where the edited article is");
    assert.ok(readdirSync(join(edited.output, "pagefind/2019/fragment")).length === 1);
  } finally {
    writeFileSync(file, original);
  }
});

test("every page links to search from the masthead", () => {
  for (const file of ["index.html", "articles/river-cleanup/index.html", "sections/news/index.html", "404.html"]) {
    assert.match(readFileSync(join(site.output, file), "utf8"), /<a class="masthead-search" href="\/search\/"/, file);
  }
});

test("under a path prefix, search loads its index from the prefix and links into it", async () => {
  const prefixed = await build(content, { siteUrl: "https://user.github.io/almadar/" });
  assert.equal(prefixed.status, 0, prefixed.stderr);
  const prefixedServer = await serve(prefixed.output, "/almadar/");
  try {
    const { hrefs } = await search("الزيتون", prefixedServer.url);
    assert.deepEqual(hrefs, ["/almadar/articles/olive-harvest/"]);
  } finally {
    await prefixedServer.close();
  }
});

test("the index is split by year, and a year with more articles than a part holds by runs of months", () => {
  const on = (iso: string, count: number) => Array.from({ length: count }, () => ({ date: new Date(iso) }));
  const busy = [0, 2, 4, 6, 8, 10].flatMap((month) =>
    on(`2025-${String(month + 1).padStart(2, "0")}-15T10:00:00Z`, Math.ceil((PART_SIZE * 2.5) / 6)),
  );
  const articles = [...on("2024-03-01T10:00:00Z", PART_SIZE), ...busy, ...on("2026-01-05T10:00:00Z", 3)];
  // 2.5 parts' worth in 2025: three runs of four months; 2024 fills one part exactly and stays whole.
  assert.deepEqual(partNames(articles), ["2026", "2025-09", "2025-05", "2025-01", "2024"]);
  const partOf = partsOf(articles);
  assert.equal(partOf({ date: new Date("2025-08-31T23:00:00Z") }), "2025-05");
  assert.equal(partOf({ date: new Date("2025-09-01T00:00:00Z") }), "2025-09");
  // A single month over the size cannot be split further: it is a part of its own.
  assert.deepEqual(partNames(on("2023-05-01T10:00:00Z", PART_SIZE + 1)), ["2023-05"]);
});

test("a result is laid out in its article's direction, not guessed from a headline that starts in Latin", async () => {
  const { page } = await search("الخصوصية");
  const result = page.locator(".search-result").first();
  assert.equal(await result.locator("h2 a").textContent(), "Apple تطرح تحديثًا يحسن الخصوصية");
  assert.equal(await result.getAttribute("dir"), "rtl");
  assert.equal(await result.getAttribute("lang"), "ar");
  const english = await search("council");
  assert.equal(await english.page.locator(".search-result").first().getAttribute("dir"), "ltr");
  assert.equal(
    await english.page.locator(".search-result-meta").first().getAttribute("lang"),
    "ar",
    "section and date",
  );
});

test("an excerpt starts and ends on whole words, and marks the article's own spelling of a variant", async () => {
  const { page } = await search("تلغرام");
  const excerpt = page.locator(".search-result-excerpt").first();
  assert.deepEqual(await excerpt.locator("mark").allTextContents(), ["تليغرام"]);
  const text = (await excerpt.textContent())!;
  assert.ok(!/qz|qx/.test(text), "the index's terms are never shown");
  assert.match(text, /^(… )?[\p{L}]/u, "starts on a word, or an ellipsis then a word");
});

test("the index holds the story only: its author and section are filters, not words", async () => {
  const { readFile } = await import("node:fs/promises");
  const html = await readFile(join(site.output, "articles/apple-update/index.html"), "utf8");
  assert.match(html, /<p class="byline" data-pagefind-ignore>/);
  assert.match(html, /data-pagefind-filter="author"/);
  assert.match(html, /data-pagefind-filter="section"/);
  assert.match(
    html,
    /<article class="article" data-pagefind-body lang="ar" dir="rtl" data-pagefind-meta="lang\[lang\], dir\[dir\]">/,
  );
});

// Without --search the preview's search page says it does not work: tests/editing/preview.test.ts, on its own preview.
test("the preview with --search finds its drafts, marked, and says so", async () => {
  const { startDevServer } = await import("../../scripts/dev/preview-process.ts");
  const indexed = await startDevServer(content, { PREVIEW_SEARCH: "1" });
  try {
    const { hrefs, page } = await search("المسودة", new URL("/", indexed.url).href);
    assert.deepEqual(hrefs, ["/articles/draft-plan/"]);
    assert.match((await page.textContent(".search-result-status"))!, /^مسودة/);
    assert.match((await page.textContent(".search-preview-note"))!, /ومنها المسودات/);
  } finally {
    await indexed.stop();
  }
});
