/**
 * The news front page as a reader gets it from a real build: the editor's lead with its photo,
 * the top stories with thumbnails, section blocks in the editor's order, and pictures on listing
 * cards (the first screen's loaded at once, the rest lazily).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { buildInProcess as build, page } from "../support/build.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";

const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#3a6ea5" } })
  .jpeg()
  .toBuffer();

/** Three stories with a lead photo, newer than the fixture's, and the editor's front page. */
const pictured = (slug: string, day: string) =>
  articleFile(
    `${VALID.replace("2026-03-12", `2026-03-${day}`)}\nimage:\n  src: /images/${slug}.jpg\n  alt: صورة ${slug}`,
  );
const content = contentWith({
  // Enough cards on a page for some to be below the first screen.
  "site.yaml": readFileSync(`${FIXTURE}/site.yaml`, "utf8").replace(/^articlesPerPage: .*$/m, "articlesPerPage: 10"),
  "images/one.jpg": photo,
  "images/two.jpg": photo,
  "images/three.jpg": photo,
  "articles/one.md": pictured("one", "11"),
  "articles/two.md": pictured("two", "12"),
  "articles/three.md": pictured("three", "13"),
  "front-page.yaml": ["lead:", "  article: two", "top:", "  - article: park-opening", "sections: [sport, news]"].join(
    "\n",
  ),
});
const site = await build(content, { env: { NEWSROOM_NOW: "2026-03-14T12:00:00+03:00" } });

test("the site with a front page builds", () => {
  assert.equal(site.status, 0, site.stderr);
});

test("the home page leads with the editor's story and its photo, fetched first", () => {
  const $ = page(site.output, "/");
  assert.equal($(".lead-story .card-title a").attr("href"), "/articles/two/");
  const img = $(".lead-story .card-picture img");
  assert.equal(img.attr("alt"), "صورة two");
  assert.equal(img.attr("fetchpriority"), "high");
  assert.equal(img.attr("loading"), "eager");
  assert.match($(".lead-story source[type='image/avif']").attr("srcset")!, /\/img\/[\w-]+-480\.avif 480w/);
  assert.match(img.attr("sizes")!, /46rem/, "the lead's slot, not the article column");
});

test("the top stories: the pinned one first, then the newest, with thumbnails on the first screen", () => {
  const $ = page(site.output, "/");
  assert.deepEqual(
    $(".top-stories .card-title a")
      .map((_, a) => $(a).attr("href"))
      .get(),
    ["/articles/park-opening/", "/articles/three/", "/articles/one/", "/articles/river-cleanup/"],
  );
  const thumbs = $(".top-stories .card-picture img");
  assert.equal(thumbs.length, 2, "the two of them with a photo");
  thumbs.each((_, img) => assert.equal($(img).attr("loading"), "eager"));
  assert.match(thumbs.attr("sizes")!, /16rem/);
});

test("one block per section, in the editor's order", () => {
  const $ = page(site.output, "/");
  assert.deepEqual(
    $(".section-front h2 a")
      .map((_, a) => $(a).attr("href"))
      .get(),
    ["/sections/sport/", "/sections/news/"],
  );
});

test("listing cards show the lead picture: the first screen's at once, the rest lazily", () => {
  const $ = page(site.output, "/sections/news/");
  const cards = $(".card-list .card");
  assert.deepEqual(
    cards
      .map((_, card) => $(card).find("img").attr("loading") ?? "none")
      .get()
      .slice(0, 4),
    ["eager", "eager", "lazy", "none"],
    "three, two and one have photos; river-cleanup has none",
  );
  assert.match($(".card-list img").attr("sizes")!, /10rem/, "a thumbnail's width, not the column's");
});
