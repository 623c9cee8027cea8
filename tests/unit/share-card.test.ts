/**
 * The share card's text (issue 17): HarfBuzz's glyphs for the headline, right to left, in their
 * joined forms, and the card itself, drawn the same twice.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as hb from "harfbuzzjs";
import fontverter from "fontverter";
import sharp from "sharp";
import { CARD_HEIGHT, CARD_WIDTH, renderShareCard, shapeLine } from "../../scripts/assets/share-card.ts";
import type { ShareCard } from "../../scripts/render/page-data.ts";

const FONT = join(
  dirname(createRequire(import.meta.url).resolve("@fontsource/noto-naskh-arabic/package.json")),
  "files/noto-naskh-arabic-arabic-700-normal.woff2",
);
const face = new hb.Face(new hb.Blob(await fontverter.convert(readFileSync(FONT), "truetype")));
const font = new hb.Font(face);

/** HarfBuzz's own shaping of the whole string as one right-to-left run: glyph ids, left to right. */
function harfbuzz(text: string): number[] {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.setDirection(hb.Direction.RTL);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  return buffer.getGlyphInfos().map((g) => g.codepoint);
}

const HEADLINE = "تليغرام يكسب ثلاثة ملايين مستخدمين";

test("an Arabic headline is set right to left in joined forms, glyph for glyph as HarfBuzz shapes it", async () => {
  const glyphs = await shapeLine(HEADLINE, "rtl");
  assert.ok(
    glyphs.every((g) => g.face === 0),
    "every glyph from the Arabic face",
  );
  const ids = glyphs.map((g) => g.id);
  // The card places a space as an advance, not a glyph.
  const space = font.nominalGlyph(0x20);
  assert.deepEqual(
    ids,
    harfbuzz(HEADLINE).filter((id) => id !== space),
  );

  // Right to left: the leftmost glyph is the last letter (the ن of مستخدمين) in its final form, the
  // rightmost the first (the ت of تليغرام) in its initial form; neither is the letter on its own.
  const isolated = (c: string) => font.nominalGlyph(c.codePointAt(0)!)!;
  assert.equal(ids[0], harfbuzz("بين")[0], "the ن at the left end, joined to the letter before it");
  assert.notEqual(ids[0], isolated("ن"));
  assert.equal(ids.at(-1), harfbuzz("تل").at(-1), "the ت at the right end, joined to the letter after it");
  assert.notEqual(ids.at(-1), isolated("ت"));
  // Joined: most letters are not in their isolated forms.
  const isolatedForms = [...HEADLINE.replaceAll(" ", "")].map(isolated);
  assert.ok(ids.filter((id) => isolatedForms.includes(id)).length < isolatedForms.length / 3);
});

test("a Latin name and a number inside an Arabic headline read left to right, in place", async () => {
  const glyphs = await shapeLine("أطلقت Apple نظام iOS 18 أمس", "rtl");
  // The Latin face's glyphs, in visual order: "iOS 18" left of "Apple" (Arabic order puts the later run further
  // left), each read left to right; the space between iOS and 18 is an advance, not a glyph.
  const faces = glyphs.map((g) => g.face);
  const runs: number[][] = [];
  faces.forEach((f, i) => {
    if (f !== 1) return;
    if (faces[i - 1] === 1) runs.at(-1)!.push(glyphs[i]!.id);
    else runs.push([glyphs[i]!.id]);
  });
  const latinFont = await latinFace();
  const ltr = (text: string) => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.setDirection(hb.Direction.LTR);
    buffer.guessSegmentProperties();
    hb.shape(latinFont, buffer);
    return buffer.getGlyphInfos().map((g) => g.codepoint);
  };
  assert.deepEqual(runs, [[...ltr("iOS"), ...ltr("18")], ltr("Apple")]);
});

async function latinFace() {
  const file = FONT.replace("-arabic-700-", "-latin-700-");
  return new hb.Font(new hb.Face(new hb.Blob(await fontverter.convert(readFileSync(file), "truetype"))));
}

const CARD: ShareCard = {
  headline: "الشاشات قبل النوم: لماذا يسهر المراهقون أكثر وكيف نساعدهم",
  dir: "rtl",
  kicker: "صحة",
  site: "المدار",
  host: "almadar.example",
  siteDir: "rtl",
};

test("the card is a 1200×630 palette PNG with the headline drawn on it, the same bytes each time", async () => {
  const started = performance.now();
  const png = await renderShareCard(CARD);
  const ms = performance.now() - started;
  const again = await renderShareCard(CARD);
  assert.ok(png.equals(again), "drawn twice, the same bytes");
  const { width, height, format } = await sharp(png).metadata();
  assert.deepEqual({ width, height, format }, { width: CARD_WIDTH, height: CARD_HEIGHT, format: "png" });
  assert.equal(png[25], 3, "IHDR's colour type: a palette");
  // Every letter inked, its edges anti-aliased: librsvg, which drew the cards before, inked 5.47% of
  // this headline's area dark and 1.50% in between; a font unpacked wrong leaves letters out.
  const area = await sharp(png).extract({ left: 80, top: 150, width: 1040, height: 350 }).greyscale().raw().toBuffer();
  const share = (test: (v: number) => boolean) => area.filter(test).length / area.length;
  assert.ok(Math.abs(share((v) => v < 128) - 0.0547) < 0.003, `dark: ${share((v) => v < 128)}`);
  assert.ok(Math.abs(share((v) => v > 40 && v < 220) - 0.015) < 0.003, `edges: ${share((v) => v > 40 && v < 220)}`);
  // The masthead's colours, exactly: the accent bar at the top, the rule, the paper.
  const pixel = async (left: number, top: number) => [
    ...(await sharp(png).extract({ left, top, width: 1, height: 1 }).raw().toBuffer()),
  ];
  assert.deepEqual(await pixel(600, 5), [0x8a, 0x1c, 0x1c]);
  assert.deepEqual(await pixel(600, 522), [0xd9, 0xd6, 0xcc]);
  assert.deepEqual(await pixel(20, 300), [0xfd, 0xfc, 0xf9]);
  // The headline's area has ink in it (dark pixels); a short headline sits at the right, where an Arabic line starts.
  const darkest = async (picture: Buffer, left: number, width: number) =>
    (await sharp(picture).extract({ left, top: 200, width, height: 250 }).greyscale().raw().toBuffer()).reduce(
      (min, v) => Math.min(min, v),
      255,
    );
  assert.ok((await darkest(png, 900, 220)) < 60, "ink in the headline's area");
  const short = await renderShareCard({ ...CARD, headline: "عنوان قصير" });
  assert.ok(!png.equals(short), "another headline, another picture");
  assert.ok((await darkest(short, 900, 220)) < 60, "a short headline at the right");
  assert.ok((await darkest(short, 80, 500)) > 200, "and nothing at the left");
  console.log(`card drawn in ${Math.round(ms)} ms (the first of the process, fonts included), ${png.length} bytes`);
});
