/**
 * Structured data, social cards and canonical URLs on the sample site: every
 * article page's JSON-LD is checked against Google's Article requirements
 * (tests/support/google-article.ts) and against the page it describes.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheerioAPI } from "cheerio";
import sharp from "sharp";
import { buildInProcess as build, page, sharedBuild } from "../support/build.ts";
import { contentWith } from "../support/fixture.ts";
import { breadcrumbList, newsArticle, publisher } from "../support/google-article.ts";

const site = sharedBuild("content");
const ORIGIN = "https://almadar.example";

test("the sample site builds", () => {
  assert.equal(site.status, 0, site.stderr);
});

const articlePaths = () => readdirSync(join(site.output, "articles")).map((slug) => `/articles/${slug}/`);

/** The file a URL on this site is served from, so every URL in the data can be shown to exist. */
function fileFor(url: string): string {
  assert.ok(url.startsWith(`${ORIGIN}/`), `${url} is on the site`);
  const path = decodeURIComponent(new URL(url).pathname);
  return join(site.output, path, path.endsWith("/") ? "index.html" : "");
}

function jsonLd($: CheerioAPI): unknown[] {
  return $('script[type="application/ld+json"]')
    .map((_, s) => JSON.parse($(s).text()) as unknown)
    .get()
    .flat();
}

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.equal(bytes.toString("latin1", 1, 4), "PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("every article page has NewsArticle and BreadcrumbList data that meet Google's requirements", () => {
  const paths = articlePaths();
  assert.ok(paths.length >= 10, "the sample site's articles");
  for (const path of paths) {
    const $ = page(site.output, path);
    const [articleData, breadcrumbData, ...rest] = jsonLd($);
    assert.deepEqual(rest, [], path);
    const parsed = newsArticle.safeParse(articleData);
    assert.ok(
      parsed.success,
      `${path}: ${parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
    const crumbs = breadcrumbList.safeParse(breadcrumbData);
    assert.ok(
      crumbs.success,
      `${path}: ${crumbs.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
    const article = parsed.data;

    // The data describes this page, as the reader sees it.
    const canonical = $('link[rel="canonical"]').attr("href");
    assert.equal(article.mainEntityOfPage["@id"], canonical, path);
    assert.equal(article.headline, $("h1").text(), path);
    assert.equal(article.description, $(".standfirst").text(), path);
    assert.equal(article.inLanguage, $("html").attr("lang"), path);
    assert.equal(article.datePublished, $(".dateline time").first().attr("datetime"), path);
    assert.equal(article.articleSection, $(".kicker a").text(), path);
    assert.deepEqual(
      article.keywords ?? [],
      $(".tag-list li a")
        .map((_, a) => $(a).text())
        .get(),
      path,
    );
    assert.deepEqual(
      article.author.map((a) => a.name),
      $('.byline a[rel="author"]')
        .map((_, a) => $(a).text())
        .get(),
      path,
    );
    const items = crumbs.data.itemListElement;
    assert.equal(items.at(-1)!.item, canonical, path);
    assert.equal(items[1]!.item, ORIGIN + $(".kicker a").attr("href"), path);

    // Every URL in it is a file the site publishes.
    for (const url of [
      ...article.image,
      ...article.author.map((a) => a.url),
      article.publisher.logo.url,
      ...items.map((i) => i.item),
    ]) {
      assert.ok(existsSync(fileFor(url)), `${path}: ${url} exists`);
    }
    const logo = pngSize(fileFor(article.publisher.logo.url));
    assert.deepEqual(
      { width: article.publisher.logo.width.value, height: article.publisher.logo.height.value },
      logo,
      "the logo's declared size is its real size",
    );
  }
});

test("an article's image is its lead photo at 1200 px, or else a share card of at least 1200 px, never the logo", async () => {
  const imageOf = (path: string) => (jsonLd(page(site.output, path))[0] as { image: string[] }).image;
  const [photo, ...more] = imageOf("/articles/solar-power-prices-arab-region/");
  assert.deepEqual(more, []);
  assert.deepEqual(
    await size(fileFor(photo!)),
    { width: 1200, height: 675, format: "jpeg" },
    "the lead photo's JPEG, 1200 px wide",
  );
  const lead = page(site.output, "/articles/solar-power-prices-arab-region/")(".lead-image img").attr("srcset")!;
  assert.ok(lead.includes(`${new URL(photo!).pathname} 1200w`), "the same file the page's <picture> offers at 1200w");

  const [card, ...others] = imageOf("/articles/screens-sleep-teenagers/");
  assert.deepEqual(others, []);
  assert.deepEqual(await size(fileFor(card!)), { width: 1200, height: 630, format: "png" }, "a share card");

  // Every article: each image at least 1200 px wide and published, none the logo; the social cards show the first.
  const logo = `${ORIGIN}/images/logo.png`;
  for (const path of articlePaths()) {
    const images = imageOf(path);
    assert.ok(images.length > 0, path);
    for (const url of images) {
      assert.notEqual(url, logo, path);
      assert.ok(((await size(fileFor(url))).width ?? 0) >= 1200, `${path}: ${url} is at least 1200 px wide`);
    }
    const $ = page(site.output, path);
    const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr("content");
    assert.equal(meta("og:image"), images[0], path);
    const { width, height } = await size(fileFor(images[0]!));
    assert.deepEqual([meta("og:image:width"), meta("og:image:height")], [String(width), String(height)], path);
  }
});

/** A published picture's real size and format, from its header. */
async function size(file: string): Promise<{ width?: number; height?: number; format?: string }> {
  const { width, height, format } = await sharp(file).metadata();
  return { width, height, format };
}

test("the home page names the publisher with its logo", () => {
  const [organization] = jsonLd(page(site.output, "/")) as [Record<string, unknown>];
  const { "@context": context, ...rest } = organization;
  assert.equal(context, "https://schema.org");
  const parsed = publisher.safeParse(rest);
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
});

test("the publisher names its standards, corrections policy and masthead: absolute URLs of the footer's pages", () => {
  const trust = (path: string) => {
    const data = jsonLd(page(site.output, path)) as Record<string, unknown>[];
    const organization = (data[0]!.publisher ?? data[0]!) as Record<string, string>;
    return Object.fromEntries(
      ["publishingPrinciples", "ethicsPolicy", "correctionsPolicy", "masthead"].map((key) => [key, organization[key]]),
    );
  };
  const home = trust("/");
  assert.deepEqual(home, {
    publishingPrinciples: `${ORIGIN}/pages/standards/`,
    ethicsPolicy: `${ORIGIN}/pages/standards/`,
    correctionsPolicy: `${ORIGIN}/pages/corrections/`,
    masthead: `${ORIGIN}/pages/about/`,
  });
  // The same on every article, and on the pages themselves; each URL is a page the footer links.
  assert.deepEqual(trust("/articles/telegram-three-million-users-facebook-outage/"), home);
  assert.deepEqual(trust("/pages/privacy/"), home);
  const footer = page(site.output, "/");
  for (const url of Object.values(home)) {
    assert.ok(existsSync(fileFor(url)), `${url} is published`);
    assert.equal(footer(`.site-footer a[href="${new URL(url).pathname}"]`).length, 1, `the footer links ${url}`);
  }
  const [about] = jsonLd(page(site.output, "/pages/about/")) as Record<string, unknown>[];
  assert.equal(about!["@type"], "AboutPage");
  assert.ok(publisher.safeParse(about!.publisher).success);
});

const PAGES: [kind: string, path: string, type: string][] = [
  ["home", "/", "website"],
  ["section", "/sections/technology/", "website"],
  ["tag", "/tags/تليغرام/", "website"],
  ["author", "/authors/rana-haddad/", "website"],
  ["Arabic article", "/articles/telegram-three-million-users-facebook-outage/", "article"],
  ["English article", "/articles/gulf-data-centres-power-demand/", "article"],
  ["article with a photo", "/articles/solar-power-prices-arab-region/", "article"],
  ["corrections policy", "/pages/corrections/", "website"],
];

for (const [kind, path, type] of PAGES) {
  test(`the ${kind} page has a canonical URL and complete social cards`, () => {
    const $ = page(site.output, path);
    const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr("content");
    const canonical = $('link[rel="canonical"]').attr("href")!;
    assert.equal(canonical, ORIGIN + encodeURI(path));
    assert.equal(meta("og:url"), canonical);
    assert.equal(meta("og:type"), type);
    assert.equal(meta("og:site_name"), "المدار");
    assert.equal(meta("og:locale"), $("html").attr("lang") === "en" ? "en_US" : "ar_AR");
    assert.equal(
      meta("og:title"),
      path === "/"
        ? "المدار"
        : $("title")
            .text()
            .replace(/[\u2066-\u2069]/g, "")
            .replace(/ \| المدار$/, ""),
      "og:title is the headline, without the isolates <title> carries",
    );
    assert.equal(meta("og:description"), $('meta[name="description"]').attr("content"));
    assert.ok(existsSync(fileFor(meta("og:image")!)), "og:image is published");
    assert.ok(meta("og:image:alt"), "og:image has alt text");
    assert.equal(meta("twitter:image"), meta("og:image"));
    assert.equal(meta("twitter:image:alt"), meta("og:image:alt"));
    // An article has a picture at least 1200 px wide, its photo or its share card; other pages show the square logo.
    assert.equal(meta("twitter:card"), type === "article" ? "summary_large_image" : "summary");
  });
}

test("a photo's alt text is the card's image alt", () => {
  const $ = page(site.output, "/articles/solar-power-prices-arab-region/");
  assert.equal($('meta[property="og:image:alt"]').attr("content"), $(".lead-image img").attr("alt"));
});

test("a logo that is missing or too small stops the build with a message naming the field", async () => {
  const missing = await build(contentWith({}, ["images/logo.png"]));
  assert.equal(missing.status, 1);
  assert.match(
    missing.stderr,
    /site\.yaml: logo\.src: "\/images\/logo\.png" is not a file in .*images\/\. Add the logo there or correct the path\./,
  );
  const small = await build(
    contentWith({
      "site.yaml": readFileSync("tests/fixtures/newsroom/site.yaml", "utf8").replace("width: 512", "width: 64"),
    }),
  );
  assert.equal(small.status, 1);
  assert.match(small.stderr, /site\.yaml: logo\.width: must be at least 112 pixels/);
  assert.ok(!existsSync(small.output), "nothing was written");
});
