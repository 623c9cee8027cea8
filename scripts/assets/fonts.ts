/**
 * The Arabic webfont, cut down to the characters the site prints: a fixed safety set (the Arabic
 * alphabet, the letters used for foreign names such as پ چ ژ ڤ گ, the marks, tatweel, both kinds of
 * digits, Arabic punctuation) plus any other character of the font's range the content or the UI
 * strings use. Why a safety set: docs/decisions/0007-font-subset-safety-set.md.
 */
import subsetFont from "subset-font";
import { CacheFolder, type DamageTally } from "../cache/build-cache.ts";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const ranges = (...pairs: [number, number][]) =>
  pairs.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));

export const SAFETY_SET: ReadonlySet<number> = new Set([
  // ، ؛ ؟ and the Arabic letter mark
  0x060c,
  0x061b,
  0x061c,
  0x061f,
  // hamza to ghain, tatweel, feh to yeh, and every mark from fathatan to the small high marks
  ...ranges([0x0621, 0x063a], [0x0640, 0x065f]),
  // ٠-٩ and ٪ ٫ ٬ ٭ (digits: arab)
  ...ranges([0x0660, 0x066d]),
  // superscript alef, alef wasla
  0x0670,
  0x0671,
  // Letters for foreign names and dialect: پ چ ژ ڤ ڨ ک گ ی
  0x067e,
  0x0686,
  0x0698,
  0x06a4,
  0x06a8,
  0x06a9,
  0x06af,
  0x06cc,
  // joiners and direction marks that sit inside Arabic words and numbers
  0x200c,
  0x200d,
  0x200e,
  0x200f,
]);

/** Code points of a CSS `unicode-range` value such as "U+0600-06FF, U+200C-200E". */
export function parseUnicodeRange(value: string): Set<number> {
  const points = new Set<number>();
  for (const part of value.split(",")) {
    const [from, to = from] = part.trim().replace(/^U\+/i, "").split("-");
    for (let c = parseInt(from!, 16); c <= parseInt(to!, 16); c++) points.add(c);
  }
  return points;
}

/**
 * Characters of `range` outside the safety set among `characters` (those of
 * the articles, gathered as they are checked: Content.characters) and those
 * in the given text files (.md, .yaml, .ts): the registries, the UI strings.
 */
export function rareCharactersIn(characters: Iterable<number>, files: string[], range: Set<number>): Set<number> {
  const all = new Set(characters);
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const c of readFileSync(file, "utf8")) all.add(c.codePointAt(0)!);
  }
  return new Set([...all].filter((c) => range.has(c) && !SAFETY_SET.has(c)));
}

const SUBSET_FONT_VERSION = (createRequire(import.meta.url)("subset-font/package.json") as { version: string }).version;

/**
 * A WOFF2 holding only `characters` (and every glyph they shape into).
 * Subsetting takes about a second per weight, so results are kept in
 * `cacheDir`, keyed by the source font and the character list; a damaged one is counted in `damage`.
 */
export async function subsetWoff2(
  sourceFile: string,
  characters: Iterable<number>,
  cacheDir: string,
  damage: DamageTally,
): Promise<Buffer> {
  const source = await readFile(sourceFile);
  const text = String.fromCodePoint(...[...new Set(characters)].sort((a, b) => a - b));
  const key = createHash("sha256").update(SUBSET_FONT_VERSION).update(source).update(text).digest("hex").slice(0, 20);
  const cache = new CacheFolder(cacheDir, damage);
  const cached = cache.read(`${key}.woff2`);
  if (cached) return cached;
  const subset = await subsetFont(source, text, { targetFormat: "woff2" });
  await cache.write(`${key}.woff2`, subset);
  return subset;
}
