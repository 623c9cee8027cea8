/**
 * Lead and body pictures: what the reader's browser gets (<picture> with
 * AVIF, WebP and a JPEG/PNG fallback at several widths, sizes, dimensions,
 * loading priority, caption and credit), that every file exists, that the
 * path prefix is honoured, and that the build cache re-encodes only what
 * changed.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Image from "@11ty/eleventy-img";
import { buildInProcess as build, page } from "../support/build.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";

const PHOTO = readFileSync("content/images/solar-desert-field.jpg");
const CHART = readFileSync("content/images/solar-storage-day-curve.png");
const LOGO = readFileSync(join(FIXTURE, "images/logo.png"));

const LEAD = `${VALID}
image:
  src: /images/lead.jpg
  alt: ألواح شمسية فوق الرمال
  caption: محطة في الصحراء
  credit: قسم الغرافيك`;
const BODY = `فقرة أولى.

![رسم بياني للإنتاج والطلب](/images/chart.png "الإنتاج والطلب خلال اليوم | المدار")

سطر فيه أيقونة ![رمز صغير](/images/chart.png) بين كلمتين.
`;

const content = contentWith({
  "images/lead.jpg": PHOTO,
  "images/chart.png": CHART,
  "articles/pictures.md": articleFile(LEAD, BODY),
});
const site = await build(content);

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  avif: (b) => b.subarray(4, 12).toString("latin1") === "ftypavif",
  webp: (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8,
  png: (b) => b.subarray(1, 4).toString("latin1") === "PNG",
};

/** "/img/a-480.avif 480w, ..." → [["/img/a-480.avif", 480], ...] */
function candidates(srcset: string | undefined): [string, number][] {
  return (srcset ?? "").split(",").map((c) => {
    const [url, w] = c.trim().split(/\s+/);
    return [url!, Number(w!.replace("w", ""))];
  });
}

test("the site with pictures builds", () => {
  assert.equal(site.status, 0, site.stderr);
});

test("the lead image is a <picture>: AVIF, WebP, then JPEG, three widths, sized, fetched first", () => {
  const $ = page(site.output, "/articles/pictures/");
  const figure = $("figure.lead-image");
  const sources = figure.find("picture source");
  assert.deepEqual(sources.map((_, s) => $(s).attr("type")).get(), ["image/avif", "image/webp"]);
  const img = figure.find("picture img");
  assert.equal(img.attr("alt"), "ألواح شمسية فوق الرمال");
  assert.equal(img.attr("width"), "1200");
  assert.equal(img.attr("height"), "675");
  assert.equal(img.attr("loading"), "eager");
  assert.equal(img.attr("fetchpriority"), "high");
  assert.match(img.attr("src")!, /^\/img\/[\w-]{10}-480\.jpeg$/);
  for (const el of [...sources.toArray(), img[0]!]) {
    assert.deepEqual(
      candidates($(el).attr("srcset")).map(([, w]) => w),
      [480, 800, 1200],
    );
    assert.equal($(el).attr("sizes"), "(min-width: 44rem) 42rem, calc(100vw - 2rem)");
  }
  assert.equal(figure.find("figcaption .caption").text(), "محطة في الصحراء");
  assert.equal(figure.find("figcaption .credit").text(), "المصدر: قسم الغرافيك");
  assert.equal(
    $('link[rel="preload"][as="image"]').length,
    0,
    "no preload needed: the <img> is in the first bytes of the page",
  );
});

test("a picture alone in a paragraph of the body is a lazy figure with its caption and credit", () => {
  const $ = page(site.output, "/articles/pictures/");
  const figure = $('[data-region="body"] figure.body-image');
  assert.equal(figure.length, 1);
  assert.deepEqual(
    figure
      .find("source")
      .map((_, s) => $(s).attr("type"))
      .get(),
    ["image/avif", "image/webp"],
  );
  const img = figure.find("img");
  assert.equal(img.attr("alt"), "رسم بياني للإنتاج والطلب");
  assert.equal(img.attr("loading"), "lazy");
  assert.equal(img.attr("fetchpriority"), undefined);
  assert.match(img.attr("src")!, /-480\.png$/, "a PNG stays PNG in the fallback");
  assert.equal(img.attr("width"), "1200");
  assert.equal(img.attr("height"), "675");
  assert.equal(figure.find(".caption").text(), "الإنتاج والطلب خلال اليوم");
  assert.equal(figure.find(".credit").text(), "المصدر: المدار");
  const inline = $('[data-region="body"] p picture img');
  assert.equal(inline.attr("alt"), "رمز صغير", "a picture inside a sentence stays in its paragraph");
  assert.equal(inline.attr("loading"), "lazy");
});

test("every picture file the page names exists under a content-hashed name and is the format it claims", () => {
  const $ = page(site.output, "/articles/pictures/");
  const urls = new Set<string>();
  $("picture source, picture img").each((_, el) => {
    for (const [url] of candidates($(el).attr("srcset"))) urls.add(url);
    if ($(el).attr("src")) urls.add($(el).attr("src")!);
  });
  assert.equal(urls.size, 18, "2 pictures × 3 widths × 3 formats");
  for (const url of urls) {
    const [, format] = /^\/img\/[\w-]{10}-\d+\.(avif|webp|jpeg|png)$/.exec(url) ?? [];
    assert.ok(format, url);
    assert.ok(MAGIC[format]!(readFileSync(join(site.output, url))), `${url} is really ${format}`);
  }
  // Besides them, the share cards of the articles without a photo (scripts/assets/share-card.ts), each named by a page.
  const published = readdirSync(join(site.output, "img"));
  assert.deepEqual(
    published.filter((f) => !f.startsWith("card-")).sort(),
    [...urls].map((u) => u.slice(5)).sort(),
    "only the pictures pages use are published",
  );
  const cards = readdirSync(join(site.output, "articles")).map((slug) =>
    page(site.output, `/articles/${slug}/`)('meta[property="og:image"]').attr("content")!,
  );
  assert.deepEqual(
    published.filter((f) => f.startsWith("card-")).sort(),
    cards
      .filter((url) => url.includes("/img/card-"))
      .map((url) => url.replace(/^.*\/img\//, ""))
      .sort(),
    "and the share cards of the articles without one",
  );
});

test("the lite version describes pictures in words and loads none", () => {
  const $ = page(site.output, "/lite/articles/pictures/");
  assert.equal($("img, picture, source").length, 0);
  assert.match($(".article-body").text(), /\[صورة: رسم بياني للإنتاج والطلب\]/);
});

test("under a path prefix every picture URL carries it", async () => {
  const prefixed = await build(content, { siteUrl: "https://user.github.io/almadar/" });
  assert.equal(prefixed.status, 0, prefixed.stderr);
  const $ = page(prefixed.output, "/articles/pictures/");
  const urls: string[] = $("picture source, picture img")
    .map((_, el) => [
      ...candidates($(el).attr("srcset")).map(([u]) => u),
      ...($(el).attr("src") ? [$(el).attr("src")!] : []),
    ])
    .get();
  assert.ok(urls.length > 10);
  assert.deepEqual(
    urls.filter((u) => !u.startsWith("/almadar/img/")),
    [],
  );
});

test("pictures are encoded once: the same picture twice, unchanged or merely touched files come from the cache, a changed file is re-encoded", async () => {
  const cache = mkdtempSync(join(tmpdir(), "image-cache-"));
  const dir = contentWith({
    // The fixture's 512-pixel logo, not the 1200-pixel chart: this cache starts empty, and what is
    // counted here is encodings, not their size.
    "images/chart.png": LOGO,
    "articles/chart.md": articleFile(VALID, BODY),
    // The same picture under another name, in another article: encoded once, published once.
    "images/same-chart.png": LOGO,
    "articles/again.md": articleFile(VALID, "![رسم بياني](/images/same-chart.png)\n"),
  });
  const run = async () => {
    const result = await build(dir, { env: { NEWSROOM_CACHE: cache } });
    assert.equal(result.status, 0, result.stderr);
    return {
      stdout: result.stdout,
      output: result.output,
      src: page(result.output, "/articles/chart/")("figure.body-image img").attr("src"),
    };
  };
  const first = await run();
  assert.match(first.stdout, /Pictures: 1 encoded, 1 from the cache/);
  assert.equal(page(first.output, "/articles/again/")("figure.body-image img").attr("src"), first.src);
  const second = await run();
  assert.match(second.stdout, /Pictures: 0 encoded, 2 from the cache/);
  assert.equal(second.src, first.src);
  // Share cards too: none drawn again, and the pages kept from the first build still get theirs, the same bytes.
  assert.match(first.stdout, /Share cards: [1-9]\d* drawn \(\d+ ms each\), 0 from the cache/);
  assert.match(second.stdout, /Share cards: 0 drawn, [1-9]\d* from the cache/);
  assert.match(second.stdout, /\(\d+ kept from the last build, 0 rendered\)/);
  const card = new URL(page(second.output, "/articles/again/")('meta[property="og:image"]').attr("content")!).pathname;
  assert.ok(readFileSync(join(second.output, card)).equals(readFileSync(join(first.output, card))), card);

  // A fresh checkout gives every file a new modification time but the same bytes.
  utimesSync(join(dir, "images/chart.png"), new Date(), new Date(Date.now() + 60_000));
  assert.match((await run()).stdout, /Pictures: 0 encoded, 2 from the cache/);

  // A different picture under the same name: new bytes, new hash, new URL.
  const smaller = await Image(join(dir, "images/chart.png"), {
    widths: [300],
    formats: ["png"],
    dryRun: true,
    useCache: false,
  });
  writeFileSync(join(dir, "images/chart.png"), smaller.png![0]!.buffer!);
  const changed = await run();
  assert.match(changed.stdout, /Pictures: 1 encoded, 1 from the cache/);
  assert.notEqual(changed.src, first.src);
});

test("a picture that is not one stops the build with the file named, in the site's language; the site stays", async () => {
  const before = readdirSync(site.output, { recursive: true, encoding: "utf8" }).sort();
  const home = readFileSync(join(site.output, "index.html"));
  // A phone's HEIC renamed .jpg reads no better than this to the encoder.
  const broken = contentWith({
    "images/lead.jpg": Buffer.from("ftypheic, not a JPEG at all"),
    "images/chart.png": CHART,
    "articles/pictures.md": articleFile(LEAD, BODY),
  });
  const failed = await build(broken, { output: site.output, env: { NEWSROOM_LANG: "ar" } });
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /تعذّرت قراءة \u2068[^\u2069]*images\/lead\.jpg\u2069 صورةً/);
  assert.match(failed.stderr, /احفظها من جديد بصيغة JPEG أو PNG أو WebP أو AVIF/);
  assert.doesNotMatch(failed.stderr, /\n\s+at /, "no stack trace");
  assert.deepEqual(readdirSync(site.output, { recursive: true, encoding: "utf8" }).sort(), before);
  assert.deepEqual(readFileSync(join(site.output, "index.html")), home);
});
