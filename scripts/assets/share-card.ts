/**
 * The share card: a 1200×630 picture of an article's headline, for search results and social
 * posts when the article has no photo of its own at 1200 px (decision 0034). The headline is set
 * in the site's font, Noto Naskh Arabic bold from @fontsource, by HarfBuzz: each run is shaped
 * in its own direction (so letters take their joined forms), lines are broken at spaces by the
 * glyphs' measured advances, the runs of a line are put in visual order by the Unicode
 * bidirectional algorithm's rule L2, and the glyphs' outlines are filled here, anti-aliased, into a
 * PNG of a 254-colour palette (decision 0045). No system font is read.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Direction } from "../text/languages.ts";
import type { ShareCard } from "../render/page-data.ts";
import { splitRuns } from "../text/bidi.ts";
import {
  CANVAS_SOURCE,
  CARD_HEIGHT,
  CARD_WIDTH,
  Coverage,
  encodePng,
  RULE,
  shade,
  SHADES,
  type Ink,
} from "./card-canvas.ts";

export { CARD_HEIGHT, CARD_WIDTH } from "./card-canvas.ts";

const require = createRequire(import.meta.url);
const FONT_FILES = join(dirname(require.resolve("@fontsource/noto-naskh-arabic/package.json")), "files");
/**
 * The bold weight's files, in the order a character's font is looked for: the Arabic subset, then
 * Latin (ASCII, «», …) and Latin Extended. The package ships only WOFF and WOFF2, split by script as
 * the stylesheet's unicode-range splits them; HarfBuzz reads neither, so each is unpacked to TrueType.
 */
const SUBSETS = ["arabic", "latin", "latin-ext"].map((s) =>
  join(FONT_FILES, `noto-naskh-arabic-${s}-700-normal.woff2`),
);

/**
 * What decides a card's bytes besides its text: this file (the layout), card-canvas.ts (the filling), the
 * font's and HarfBuzz's versions, and zlib's (the PNG's compressor). Part of every card's name, so
 * a change of any makes new cards.
 */
const CARD_DESIGN = createHash("sha256")
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(CANVAS_SOURCE)
  .update(
    [
      require.resolve("@fontsource/noto-naskh-arabic/package.json"),
      join(dirname(require.resolve("harfbuzzjs")), "../package.json"),
    ]
      .map((file) => (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version)
      .concat(process.versions.zlib ?? "")
      .join(),
  )
  .digest("base64url")
  .slice(0, 16);

/** The file name of a card: a hash of its text and its design. */
export function shareCardName(card: ShareCard): string {
  const key = createHash("sha256")
    .update(CARD_DESIGN)
    .update(JSON.stringify([card.headline, card.dir, card.kicker, card.site, card.host, card.siteDir]))
    .digest("base64url")
    .slice(0, 22);
  return `card-${key}.png`;
}

// Fonts ------------------------------------------------------------------------------------------

type HarfBuzz = typeof import("harfbuzzjs");

interface Face {
  font: InstanceType<HarfBuzz["Font"]>;
  upem: number;
  covers: Set<number>;
  /**
   * Each glyph's edges at each size it is drawn at, by `id@size`, flattened once per process: a
   * card draws a few dozen glyphs of a face's thousand, in seven sizes at most.
   */
  edges: Map<string, Float64Array>;
}

interface Fonts {
  hb: HarfBuzz;
  faces: Face[];
  /** Ascender and descender of the Arabic face, in its units: the line's vertical extent. */
  ascender: number;
  descender: number;
  /** The advance of a space in the Arabic face, measured on first use. */
  space?: number;
  /** The section's name, the site's name and its host, set once: they repeat on every card. */
  small: Map<string, SetLine>;
}

/**
 * The font files never change while a process runs (they are the installed package's), so they are
 * unpacked once per process, on the first card: a build that makes no card never loads HarfBuzz.
 */
let fonts: Promise<Fonts> | undefined;

function loadFonts(): Promise<Fonts> {
  fonts ??= (async () => {
    const hb = await import("harfbuzzjs");
    const { default: fontverter } = await import("fontverter");
    const faces: Face[] = [];
    // One file at a time: wawoff2 hands back a view of its WebAssembly memory, which fontverter copies
    // only after an await, so a second file unpacked meanwhile overwrote the first (a card now and then
    // drawn with most of its Arabic letters missing).
    for (const file of SUBSETS) {
      const face = new hb.Face(new hb.Blob(await fontverter.convert(await readFile(file), "truetype")));
      faces.push({
        font: new hb.Font(face),
        upem: face.upem,
        covers: new Set(face.collectUnicodes()),
        edges: new Map(),
      });
    }
    const { ascender, descender } = faces[0]!.font.hExtents();
    return { hb, faces, ascender, descender: -descender, small: new Map() };
  })();
  return fonts;
}

// Shaping ----------------------------------------------------------------------------------------

/** One shaped glyph, in font units, in visual order within its piece. */
interface Glyph {
  id: number;
  advance: number;
  dx: number;
  dy: number;
}

/** A stretch of one word in one direction and one font, shaped. */
interface Piece {
  text: string;
  dir: Direction;
  face: number;
  glyphs: Glyph[];
  /** Sum of the advances, in font units. */
  width: number;
}

/** A word (text between spaces) as its pieces, in logical order. */
interface Word {
  pieces: Piece[];
  width: number;
  /** The direction of the space after it: a space inside a run of the other script belongs to that run. */
  spaceDir: Direction;
}

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Numbers read left to right even inside Arabic text (the bidirectional algorithm's EN and AN classes). */
const NUMBER = /[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:/\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*/g;
const MARK = /^[\p{M}\u200c\u200d]$/u;

/** Each character of `text` with its direction: the other script's runs, and numbers, against the base. */
function directions(text: string, base: Direction): { char: string; dir: Direction }[] {
  const out: { char: string; dir: Direction }[] = [];
  for (const run of splitRuns(text, base)) {
    if (run.foreign) {
      for (const char of run.text) out.push({ char, dir: run.foreign.dir });
      continue;
    }
    let last = 0;
    const push = (s: string, dir: Direction) => {
      for (const char of s) out.push({ char, dir });
    };
    if (base === "rtl")
      for (const match of run.text.matchAll(NUMBER)) {
        push(run.text.slice(last, match.index), base);
        push(match[0], "ltr");
        last = match.index + match[0].length;
      }
    push(run.text.slice(last), base);
  }
  return out;
}

function shape(fonts: Fonts, text: string, dir: Direction, face: number): Piece {
  const { hb } = fonts;
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.setDirection(dir === "rtl" ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(fonts.faces[face]!.font, buffer);
  // HarfBuzz gives the glyphs of a right-to-left buffer already in visual order, left to right.
  const glyphs = buffer.getGlyphInfosAndPositions().map((g) => ({
    id: g.codepoint,
    advance: g.xAdvance ?? 0,
    dx: g.xOffset ?? 0,
    dy: g.yOffset ?? 0,
  }));
  return { text, dir, face, glyphs, width: glyphs.reduce((sum, g) => sum + g.advance, 0) };
}

/** The headline's words, each cut into pieces of one direction and one font and shaped. */
function words(fonts: Fonts, text: string, base: Direction): Word[] {
  const chars = directions(text.replace(BIDI_CONTROLS, "").replace(/\s+/g, " ").trim(), base);
  const result: Word[] = [];
  let pieces: { text: string; dir: Direction; face: number }[] = [];
  const finish = (spaceDir: Direction) => {
    if (!pieces.length) return;
    const shaped = pieces.map((p) => shape(fonts, p.text, p.dir, p.face));
    result.push({ pieces: shaped, width: shaped.reduce((sum, p) => sum + p.width, 0), spaceDir });
    pieces = [];
  };
  for (const { char, dir } of chars) {
    if (char === " ") {
      finish(dir);
      continue;
    }
    const code = char.codePointAt(0)!;
    const last = pieces.at(-1);
    // A mark or joiner stays with the letter it belongs to; any other character takes the first font that has it.
    const face =
      last && MARK.test(char)
        ? last.face
        : Math.max(
            0,
            fonts.faces.findIndex((f) => f.covers.has(code)),
          );
    if (last && last.dir === dir && last.face === face) last.text += char;
    else pieces.push({ text: char, dir, face });
  }
  finish(base);
  return result;
}

// Lines ------------------------------------------------------------------------------------------

/** Something placed on a line: a shaped piece, or the space between two words. */
type Item = { piece: Piece; level: number } | { space: number; level: number };

const levelOf = (dir: Direction, base: Direction) => (base === "rtl" ? (dir === "rtl" ? 1 : 2) : dir === "rtl" ? 1 : 0);

/** The items of one line in visual order, left to right: rule L2 reverses every run at or above each level. */
function visualOrder(line: Word[], base: Direction, space: number): Item[] {
  const items: Item[] = [];
  line.forEach((word, i) => {
    for (const piece of word.pieces) items.push({ piece, level: levelOf(piece.dir, base) });
    const next = line[i + 1];
    if (!next) return;
    // The space takes the level of the words around it when they are both in the other script (a Latin name of two words).
    const before = levelOf(word.pieces.at(-1)!.dir, base);
    const after = levelOf(next.pieces[0]!.dir, base);
    const level = word.spaceDir !== base && before === after ? before : base === "rtl" ? 1 : 0;
    items.push({ space, level });
  });
  const highest = Math.max(...items.map((item) => item.level));
  for (let level = highest; level >= 1; level--) {
    for (let i = 0; i < items.length;) {
      if (items[i]!.level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < items.length && items[end]!.level >= level) end++;
      items.splice(i, end - i, ...items.slice(i, end).reverse());
      i = end;
    }
  }
  return items;
}

/** Greedy line breaking at spaces by measured widths (font units); a word wider than a line has a line of its own. */
function breakLines(all: Word[], maxWidth: number, space: number): Word[][] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let width = 0;
  for (const word of all) {
    if (line.length && width + space + word.width > maxWidth) {
      lines.push(line);
      line = [];
      width = 0;
    }
    width += (line.length ? space : 0) + word.width;
    line.push(word);
  }
  if (line.length) lines.push(line);
  return lines;
}

const lineWidth = (line: Word[], space: number) =>
  line.reduce((sum, word) => sum + word.width, 0) + space * (line.length - 1);

/** A set line: its glyphs, placed, in font units from the line's left end. */
interface SetLine {
  glyphs: { face: number; id: number; x: number; y: number }[];
  width: number;
}

function setLine(line: Word[], base: Direction, space: number): SetLine {
  const glyphs: SetLine["glyphs"] = [];
  let x = 0;
  for (const item of visualOrder(line, base, space)) {
    if ("space" in item) {
      x += item.space;
      continue;
    }
    for (const g of item.piece.glyphs) {
      glyphs.push({ face: item.piece.face, id: g.id, x: x + g.dx, y: g.dy });
      x += g.advance;
    }
  }
  return { glyphs, width: x };
}

/**
 * The glyphs of `text` on one line, left to right, as they would be drawn: for the test that
 * compares them with HarfBuzz's own shaping of the whole string.
 */
export async function shapeLine(text: string, base: Direction): Promise<{ face: number; id: number }[]> {
  const f = await loadFonts();
  const space = spaceAdvance(f);
  return setLine(words(f, text, base), base, space).glyphs.map(({ face, id }) => ({ face, id }));
}

function spaceAdvance(f: Fonts): number {
  return (f.space ??= shape(f, " ", "rtl", 0).width);
}

// Drawing ----------------------------------------------------------------------------------------

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
/** The headline's area, between the section's name and the rule above the site's name. */
const HEADLINE_TOP = 150;
const HEADLINE_BOTTOM = 500;
/** Sizes tried, largest first; the first at which the headline fits its area is used. */
const SIZES = [68, 60, 52, 46];
const LINE_HEIGHT = 1.45;

/** `x` of a line's left end, aligned to the start of its direction. */
const startAligned = (width: number, dir: Direction) => (dir === "rtl" ? CARD_WIDTH - MARGIN - width : MARGIN);

/** One line of text at `size`, shortened with … if it is wider than `maxWidth` pixels. */
function oneLine(f: Fonts, text: string, dir: Direction, size: number, maxWidth: number): SetLine {
  const key = JSON.stringify([text, dir, size, maxWidth]);
  const known = f.small.get(key);
  if (known) return known;
  const space = spaceAdvance(f);
  let all = words(f, text, dir);
  const units = (maxWidth * f.faces[0]!.upem) / size;
  while (all.length > 1 && lineWidth(all, space) > units) all = words(f, `${wordsText(all.slice(0, -1))}…`, dir);
  const line = setLine(all, dir, space);
  f.small.set(key, line);
  return line;
}

const wordsText = (list: Word[]) => list.map((w) => w.pieces.map((p) => p.text).join("")).join(" ");

/** The headline's lines and size: the largest size at which it fits; at the smallest, cut with … after the last line that fits. */
function headlineLines(f: Fonts, text: string, dir: Direction): { lines: SetLine[]; size: number } {
  const space = spaceAdvance(f);
  const all = words(f, text, dir);
  const upem = f.faces[0]!.upem;
  for (const size of SIZES) {
    const maxLines = Math.floor((HEADLINE_BOTTOM - HEADLINE_TOP) / (size * LINE_HEIGHT));
    const units = (TEXT_WIDTH * upem) / size;
    const lines = breakLines(all, units, space);
    const last = size === SIZES.at(-1);
    if (lines.length > maxLines && !last) continue;
    if (lines.length > maxLines) {
      const kept = lines.slice(0, maxLines);
      let tail = kept.pop()!;
      // Words leave the last line until it fits with the ellipsis that says the headline goes on.
      let cut = words(f, `${wordsText(tail)}…`, dir);
      while (tail.length > 1 && lineWidth(cut, space) > units) {
        tail = tail.slice(0, -1);
        cut = words(f, `${wordsText(tail)}…`, dir);
      }
      kept.push(cut);
      return { lines: kept.map((line) => setLine(line, dir, space)), size };
    }
    return { lines: lines.map((line) => setLine(line, dir, space)), size };
  }
  throw new Error("unreachable: the smallest size always returns");
}

// Rasterising ------------------------------------------------------------------------------------

let canvas: Coverage | undefined;

/**
 * A glyph's outline at `size` as straight edges (x0, y0, x1, y1 each, in pixels from its origin,
 * y down): curves are cut into as many pieces as keep them within a seventh of a pixel.
 */
function edges(f: Fonts, faceIndex: number, id: number, size: number): Float64Array {
  const face = f.faces[faceIndex]!;
  const key = `${id}@${size}`;
  const known = face.edges.get(key);
  if (known) return known;
  const scale = size / face.upem;
  const out: number[] = [];
  let [sx, sy, px, py] = [0, 0, 0, 0];
  const to = (x: number, y: number) => {
    out.push(px, py, x, y);
    [px, py] = [x, y];
  };
  // font-rs's rule: pieces grow with the fourth root of the curve's deviation from its chord.
  const pieces = (dx: number, dy: number) => 1 + Math.floor(Math.sqrt(Math.sqrt(3 * (dx * dx + dy * dy))));
  for (const { type, values } of face.font.glyphToJson(id)) {
    const v = values.map((n, i) => (i % 2 ? -n : n) * scale);
    if (type === "M") [sx, sy, px, py] = [v[0]!, v[1]!, v[0]!, v[1]!];
    else if (type === "L") to(v[0]!, v[1]!);
    else if (type === "Z") {
      if (px !== sx || py !== sy) to(sx, sy);
    } else if (type === "Q") {
      const [x0, y0, [cx, cy, x1, y1]] = [px, py, v as [number, number, number, number]];
      const n = pieces(x0 - 2 * cx + x1, y0 - 2 * cy + y1);
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const u = 1 - t;
        to(u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1);
      }
    } else if (type === "C") {
      const [x0, y0, [c1x, c1y, c2x, c2y, x1, y1]] = [px, py, v as [number, number, number, number, number, number]];
      const n = Math.max(
        pieces(x0 - 2 * c1x + c2x, y0 - 2 * c1y + c2y),
        pieces(c1x - 2 * c2x + x1, c1y - 2 * c2y + y1),
      );
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const u = 1 - t;
        to(
          u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x1,
          u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y1,
        );
      }
    }
  }
  const result = Float64Array.from(out);
  face.edges.set(key, result);
  return result;
}

/** Draws a set line's glyphs into `coverage`: `x` is the line's left end, `baseline` its baseline, in pixels. */
function draw(coverage: Coverage, f: Fonts, line: SetLine, size: number, x: number, baseline: number): void {
  for (const g of line.glyphs) {
    const scale = size / f.faces[g.face]!.upem;
    const e = edges(f, g.face, g.id, size);
    const ox = x + g.x * scale;
    const oy = baseline - g.y * scale;
    for (let i = 0; i < e.length; i += 4) coverage.line(ox + e[i]!, oy + e[i + 1]!, ox + e[i + 2]!, oy + e[i + 3]!);
  }
}

/**
 * The card's PNG: the colours and shapes of the site's masthead, and the text. The same card gives
 * the same bytes: no text is left to a system font, the arithmetic is JavaScript's, and PNG
 * carries no date.
 */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const f = await loadFonts();
  // Palette index 0, the paper, everywhere; each row's first byte is its filter, 0 (none).
  const pixels = new Uint8Array((CARD_WIDTH + 1) * CARD_HEIGHT);
  const rect = (x: number, y: number, width: number, height: number, index: number) => {
    for (let row = y; row < y + height; row++) {
      const start = row * (CARD_WIDTH + 1) + 1 + x;
      pixels.fill(index, start, start + width);
    }
  };
  rect(0, 0, CARD_WIDTH, 14, shade("accent", SHADES));
  rect(MARGIN, 522, TEXT_WIDTH, 2, RULE);

  // One canvas a process, reused: each card leaves it cleared, and nothing awaits while it is drawn.
  const coverage = (canvas ??= new Coverage());
  const { lines, size } = headlineLines(f, card.headline, card.dir);
  const lineHeight = size * LINE_HEIGHT;
  const scale = size / f.faces[0]!.upem;
  // The block of lines is centred in its area; each baseline sits where the font's extent would centre the line.
  const top = HEADLINE_TOP + (HEADLINE_BOTTOM - HEADLINE_TOP - lines.length * lineHeight) / 2;
  const lead = (lineHeight - (f.ascender + f.descender) * scale) / 2 + f.ascender * scale;
  lines.forEach((line, i) =>
    draw(coverage, f, line, size, startAligned(line.width * scale, card.dir), top + i * lineHeight + lead),
  );
  coverage.paint(pixels, "ink");

  const small = (
    text: string,
    dir: Direction,
    px: number,
    maxWidth: number,
    x: (width: number) => number,
    baseline: number,
    ink: Ink,
  ) => {
    const line = oneLine(f, text, dir, px, maxWidth);
    draw(coverage, f, line, px, x((line.width * px) / f.faces[0]!.upem), baseline);
    coverage.paint(pixels, ink);
  };
  const endAligned = (width: number) => (card.siteDir === "rtl" ? MARGIN : CARD_WIDTH - MARGIN - width);
  small(card.kicker, card.siteDir, 34, TEXT_WIDTH, (w) => startAligned(w, card.siteDir), 104, "accent");
  small(card.site, card.siteDir, 40, TEXT_WIDTH / 2, (w) => startAligned(w, card.siteDir), 585, "accent");
  small(card.host, "ltr", 26, TEXT_WIDTH / 2, endAligned, 582, "muted");
  return encodePng(pixels);
}

/** Draws a card's PNG, and says how many milliseconds the drawing took where it was done. */
export type CardDrawer = (card: ShareCard) => Promise<{ png: Uint8Array; ms: number }>;

/** The card drawn on this thread: the main thread's, or a page worker's (scripts/publish/worker.ts). */
export const drawShareCard: CardDrawer = async (card) => {
  const started = performance.now();
  const png = await renderShareCard(card);
  return { png, ms: performance.now() - started };
};
