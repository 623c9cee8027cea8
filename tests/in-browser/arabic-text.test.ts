/**
 * Arabic typesetting on built pages: isolation of Latin runs (checked by
 * where the browser actually draws the characters), digits, plurals,
 * calendars and Arabic URLs.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildInProcess as build, page } from "../support/build.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";
import { serve, type StaticServer } from "../../scripts/dev/static-server.ts";
import { sharedBrowser } from "../support/chromium.ts";

const EXAMPLE_1 = "أعلنت Apple عن iOS 18.2 اليوم (نسخة تجريبية) بسعر 999 دولاراً";
const EXAMPLE_2 = 'قال تيم كوك (Tim Cook): "we are excited".';
// Unisolated, the "++" would take the paragraph's direction and be drawn as "++C".
const EXAMPLE_3 = "يتعلم الطلاب لغة C++ في الصف الأول.";

const settings = readFileSync(join(FIXTURE, "site.yaml"), "utf8")
  .replace("digits: latn", "digits: arab")
  .concat("monthNames: both\nhijri: true\narticleSlugs: arabic\n");

const content = contentWith({
  "site.yaml": settings,
  "articles/mixed.md": articleFile(
    VALID.replace(/^title:.*$/m, `title: Apple تطرح iOS 18.2 (نسخة تجريبية)`).replace(
      "2026-03-12",
      "2019-03-13T12:00:00+03:00",
    ),
    `${EXAMPLE_1}\n\n${EXAMPLE_2}\n\n${EXAMPLE_3}\n`,
  ),
  "articles/أسعار الذهب.md": articleFile(VALID.replace(/^title:.*$/m, "title: أسعار الذهب ترتفع")),
});
const site = await build(content);

test("the site with Arabic-Indic digits, both month names, Hijri dates and Arabic slugs builds", () => {
  assert.equal(site.status, 0, site.stderr);
});

test("every number the site prints follows the digits setting", () => {
  const $ = page(site.output, "/articles/mixed/");
  assert.equal($(".dateline time").first().text(), "١٣ مارس/آذار ٢٠١٩ في ١٢:٠٠ م (٦ رجب ١٤٤٠ هـ)");
  assert.equal(
    $(".dateline time").first().attr("datetime"),
    "2019-03-13T12:00:00+03:00",
    "machine-readable dates stay ISO",
  );
  assert.match($(".dateline").text(), /دقيقة واحدة للقراءة/);
  const news = page(site.output, "/sections/news/");
  assert.equal(news(".listing-count").text(), "٦ مقالات");
  assert.equal(news(".pagination [aria-current]").text(), "الصفحة ١ من ٣");
  const chrome = [
    news(".listing-count").text(),
    news(".pagination").text(),
    news(".card-meta").text(),
    news(".site-footer").text(),
  ].join(" ");
  assert.ok(!/[0-9]/.test(chrome), `Western digits in: ${chrome}`);
});

test("an Arabic file name gives an Arabic URL, written as UTF-8 and linked percent-encoded", () => {
  assert.ok(existsSync(join(site.output, "articles", "أسعار-الذهب", "index.html")));
  const home = page(site.output, "/");
  const hrefs = home(".card-title a")
    .map((_, a) => home(a).attr("href"))
    .get();
  assert.ok(hrefs.includes(`/articles/${encodeURIComponent("أسعار-الذهب")}/`), hrefs.join("\n"));
});

test("Latin runs are isolated and language-tagged in the headline, <title>, listings and body", () => {
  const $ = page(site.output, "/articles/mixed/");
  assert.deepEqual(
    $("h1 span[dir=ltr][lang=en]")
      .map((_, s) => $(s).text())
      .get(),
    ["Apple", "iOS 18.2"],
  );
  assert.equal($("title").text(), "\u2066Apple\u2069 تطرح \u2066iOS 18.2\u2069 (نسخة تجريبية) | صحيفة الاختبار");
  assert.deepEqual(
    $('[data-region="body"] span[lang=en]')
      .map((_, s) => $(s).text())
      .get(),
    ["Apple", "iOS 18.2", "Tim Cook", "we are excited", "C++"],
  );
  const listing = page(site.output, "/sections/news/page/3/");
  assert.deepEqual(
    listing(".card-title span[lang=en]")
      .map((_, s) => listing(s).text())
      .get(),
    ["Apple", "iOS 18.2"],
  );
});

test("no template hard-codes Arabic: UI words live in templates/strings", () => {
  const offenders = readdirSync("templates", { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("strings"))
    .filter((f) =>
      /[\u0600-\u06FF]/.test(
        readFileSync(join("templates", f), "utf8")
          .replace(/^\s*(\/\/|\/?\*).*$/gm, "")
          .replace(/\{\/\*.*?\*\/\}/g, ""),
      ),
    );
  assert.deepEqual(offenders, []);
});

describeInBrowser();

function describeInBrowser(): void {
  let server: StaticServer;
  let tab: Page;
  before(async () => {
    server = await serve(site.output);
    tab = await (await sharedBrowser()).newPage();
    await tab.goto(`${server.url}articles/mixed/`);
    await tab.evaluate("document.fonts.ready");
  });
  after(async () => {
    await tab?.close();
    await server?.close();
  });

  /** Where the browser drew the n-th occurrence of `text` inside paragraph `p`: [left, right] in px. */
  const box = (p: number, text: string, nth = 0): Promise<[number, number]> =>
    tab.evaluate(
      ([p, text, nth]) => {
        const para = document.querySelectorAll('[data-region="body"] p')[p];
        if (!para) throw new Error(`paragraph ${p} not found`);
        const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const content = node.textContent ?? "";
          let at = content.indexOf(text);
          while (at !== -1) {
            if (seen++ === nth) {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + text.length);
              const r = range.getBoundingClientRect();
              return [r.left, r.right] as [number, number];
            }
            at = content.indexOf(text, at + 1);
          }
        }
        throw new Error(`${text} not found`);
      },
      [p, text, nth] as const,
    );

  test("«أعلنت Apple عن iOS 18.2 اليوم (نسخة تجريبية)» draws in Arabic order", async () => {
    const [apple, ios, version, open, close, price] = await Promise.all([
      box(0, "Apple"),
      box(0, "iOS"),
      box(0, "18.2"),
      box(0, "("),
      box(0, ")"),
      box(0, "999"),
    ]);
    assert.ok(apple[0] > ios[1], "Apple, read first, stands to the right of iOS 18.2");
    assert.ok(ios[1] <= version[0], "inside the Latin run, iOS comes before 18.2, left to right");
    assert.ok(open[0] > close[1], "the opening bracket is on the right, closing the phrase on the left");
    assert.ok(close[1] > price[1], "the price comes after the brackets, further left");
  });

  test('«قال تيم كوك (Tim Cook): "we are excited".» draws in Arabic order', async () => {
    const [open, name, close, colon, quote, stop] = await Promise.all([
      box(1, "("),
      box(1, "Tim Cook"),
      box(1, ")"),
      box(1, ":"),
      box(1, "we are excited"),
      box(1, "."),
    ]);
    assert.ok(open[0] >= name[1] - 1 && name[0] >= close[1] - 1, "(Tim Cook) with its brackets in place");
    assert.ok(close[0] >= colon[1] - 1, "the colon follows the bracket, to its left");
    assert.ok(colon[0] > quote[1], "the English quote follows the colon, to its left");
    assert.ok(quote[0] > stop[0], "the full stop ends the sentence, leftmost");
  });

  test("«لغة C++» keeps its plus signs after the C, and would not without isolation", async () => {
    const [c, plus] = await Promise.all([box(2, "C"), box(2, "++")]);
    assert.ok(c[1] <= plus[0] + 1, "C++ reads left to right");
    // A control: the same sentence without markup, to prove the check catches the failure it guards against.
    await tab.evaluate((text) => {
      const p = document.createElement("p");
      p.textContent = text;
      document.querySelector('[data-region="body"]')!.append(p);
    }, EXAMPLE_3);
    const [bareC, barePlus] = await Promise.all([box(3, "C"), box(3, "++")]);
    assert.ok(barePlus[1] <= bareC[0] + 1, "unisolated, the browser draws ++C");
  });
}
