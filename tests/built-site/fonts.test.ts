/**
 * The self-hosted Arabic webfont: subset, hashed, swapped, preloaded, and
 * still complete for every character the site prints and still shaping
 * Arabic exactly as the full font does (checked with HarfBuzz itself).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as cheerio from "cheerio";
import fontverter from "fontverter";
import * as hb from "harfbuzzjs";
import { buildInProcess as build, page, sharedBuild } from "../support/build.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";
import { parseUnicodeRange, SAFETY_SET } from "../../scripts/assets/fonts.ts";

const site = sharedBuild("content");
const SOURCE_DIR = join(
  dirname(createRequire(import.meta.url).resolve("@fontsource/noto-naskh-arabic/package.json")),
  "files",
);

async function openFont(file: string) {
  const face = new hb.Face(new hb.Blob(await fontverter.convert(readFileSync(file), "sfnt")));
  return { unicodes: new Set(face.collectUnicodes()), font: new hb.Font(face) };
}

/** Glyph advances of shaped text: equal lists mean the same glyphs, joined the same way. */
function advances(font: hb.Font, text: string): number[] {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  return buffer.getGlyphPositions().map((p) => p.xAdvance);
}

function builtFonts(output: string): string[] {
  return readdirSync(join(output, "assets/fonts")).map((f) => join(output, "assets/fonts", f));
}

/** Every character a reader can see or hear on every page: text and the attributes that carry words. */
function printedCharacters(output: string): Set<number> {
  const chars = new Set<number>();
  for (const file of readdirSync(output, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"))) {
    const $ = cheerio.load(readFileSync(join(output, file), "utf8"));
    $("script, style").remove();
    const text = [
      $("body").text(),
      $("title").text(),
      ...$("[alt], [aria-label], [title]")
        .map((_, el) => [$(el).attr("alt"), $(el).attr("aria-label"), $(el).attr("title")])
        .get(),
    ].join("");
    for (const c of text) chars.add(c.codePointAt(0)!);
  }
  return chars;
}

test("the sample site builds", () => {
  assert.equal(site.status, 0, site.stderr);
});

test("both weights are subset to a fraction of the @fontsource file, under hashed names, with font-display: swap", () => {
  const fonts = builtFonts(site.output);
  assert.deepEqual(fonts.map((f) => f.replace(/.*\//, "").replace(/\.[0-9a-f]{10}\./, ".#.")).sort(), [
    "noto-naskh-arabic-400.#.woff2",
    "noto-naskh-arabic-700.#.woff2",
  ]);
  for (const [built, source] of [
    [fonts.find((f) => f.includes("-400."))!, "noto-naskh-arabic-arabic-400-normal.woff2"],
    [fonts.find((f) => f.includes("-700."))!, "noto-naskh-arabic-arabic-700-normal.woff2"],
  ] as const) {
    const size = statSync(built).size;
    assert.ok(size < 20_000 && size < statSync(join(SOURCE_DIR, source)).size * 0.35, `${built}: ${size} bytes`);
  }
  const $ = page(site.output, "/articles/solar-power-prices-arab-region/");
  const css = readFileSync(join(site.output, $('link[rel="stylesheet"]').attr("href")!), "utf8");
  const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
  assert.equal(faces.length, 2);
  for (const face of faces) {
    assert.match(face, /font-display:\s*swap/);
    const url = /url\("([^"]+)"\)/.exec(face)![1]!;
    assert.ok(
      fonts.some((f) => f.endsWith(url.replace("fonts/", "/"))),
      `${url} is a built font`,
    );
  }
  const preloads = $('link[rel="preload"][as="font"]');
  assert.deepEqual(
    preloads
      .map((_, l) => $(l).attr("href")!.replace(/.*\//, ""))
      .get()
      .sort(),
    fonts.map((f) => f.replace(/.*\//, "")).sort(),
  );
  preloads.each((_, l) => {
    assert.equal($(l).attr("type"), "font/woff2");
    assert.equal(
      $(l).attr("crossorigin"),
      "anonymous",
      "fonts are fetched in CORS mode; a preload without it would be wasted",
    );
  });
});

test("every Arabic character any page prints is in the subset, in both weights", async () => {
  const css = readFileSync(
    join(
      site.output,
      "assets",
      readdirSync(join(site.output, "assets")).find((f) => f.startsWith("site-rtl."))!,
    ),
    "utf8",
  );
  const range = parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(css)![1]!);
  const printed = [...printedCharacters(site.output)].filter((c) => range.has(c));
  assert.ok(printed.length > 40, "the pages print Arabic");
  for (const file of builtFonts(site.output)) {
    const { unicodes } = await openFont(file);
    assert.deepEqual(
      printed.filter((c) => !unicodes.has(c)).map((c) => `U+${c.toString(16).toUpperCase()}`),
      [],
      file,
    );
  }
});

test("the subset holds the whole safety set and shapes Arabic exactly as the full font does", async () => {
  const full = await openFont(join(SOURCE_DIR, "noto-naskh-arabic-arabic-400-normal.woff2"));
  const subset = await openFont(builtFonts(site.output).find((f) => f.includes("-400."))!);
  const expected = [...SAFETY_SET].filter((c) => full.unicodes.has(c));
  assert.deepEqual(
    expected.filter((c) => !subset.unicodes.has(c)),
    [],
  );
  // Contextual forms (ببب), lam-alef, tashkeel stacking, tatweel, Arabic-Indic digits, letters for
  // foreign names and Arabic punctuation. Word by word: spaces and Latin punctuation are outside the
  // face's unicode-range, so browsers draw them with the next font in the stack, as with the full file.
  for (const text of ["ببب", "لا", "إلى", "الأمام", "العَرَبِيَّةُ", "مـــدار", "٢٠٢٦٪", "ڤيديو", "گوگل", "هَذا؟", "نعم،"]) {
    assert.deepEqual(advances(subset.font, text), advances(full.font, text), text);
  }
});

test("a rare character in an article (ﷺ) is added to the subset, and the font gets a new name", async () => {
  const content = contentWith({ "articles/rare.md": articleFile(VALID, "قال النبي محمد ﷺ في الحديث.\n") });
  const result = await build(content);
  assert.equal(result.status, 0, result.stderr);
  const plain = await build(contentWith());
  assert.equal(plain.status, 0, plain.stderr);
  const withRare = builtFonts(result.output).find((f) => f.includes("-400."))!;
  const without = builtFonts(plain.output).find((f) => f.includes("-400."))!;
  assert.ok((await openFont(withRare)).unicodes.has(0xfdfa));
  assert.ok(!(await openFont(without)).unicodes.has(0xfdfa));
  assert.notEqual(withRare.replace(/.*\//, ""), without.replace(/.*\//, ""));
});
