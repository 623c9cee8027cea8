/**
 * The share card's canvas: a coverage rasteriser that fills straight edges, anti-aliased, into
 * palette indices, and the PNG those indices make. The card is drawn here, not by an SVG renderer:
 * its picture is flat colours and anti-aliased text, which a coverage rasteriser and a palette give
 * exactly enough of, at a fraction of the CPU time of librsvg's full-colour pipeline and its PNG
 * encoder (decision 0045). What to draw, and where, is share-card.ts's.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { constants, crc32, deflateSync } from "node:zlib";
import { SHARE_WIDTH } from "../render/page-data.ts";

export const CARD_WIDTH = SHARE_WIDTH;
export const CARD_HEIGHT = 630;

/** This file's bytes: part of every card's name (share-card.ts), so a change to how cards are filled makes new cards. */
export const CANVAS_SOURCE = readFileSync(fileURLToPath(import.meta.url));

const COLOURS = { paper: "#fdfcf9", ink: "#1b1b1f", muted: "#4a4a55", accent: "#8a1c1c", rule: "#d9d6cc" };
/** The text colours, each a ramp of `SHADES` blends with the paper after the paper (0) and the rule (1). */
const INKS = ["accent", "ink", "muted"] as const;
export type Ink = (typeof INKS)[number];
/** 2 + 3 × 84 = 254 of a palette's 256 entries: an edge pixel is at most 0.6% of a shade off the exact blend. */
export const SHADES = 84;
export const RULE = 1;
export const shade = (ink: Ink, level: number) => 2 + INKS.indexOf(ink) * SHADES + level - 1;

/** The palette, RGB: paper, rule, then each ink's shades from the lightest to the ink itself. */
const PALETTE = (() => {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const paper = rgb(COLOURS.paper);
  const entries = [paper, rgb(COLOURS.rule)];
  for (const ink of INKS) {
    const full = rgb(COLOURS[ink]);
    for (let level = 1; level <= SHADES; level++)
      entries.push(paper.map((p, c) => Math.round(p + ((full[c]! - p) * level) / SHADES)));
  }
  return Uint8Array.from(entries.flat());
})();

/** Each row of the coverage has two cells past the right edge, where an edge's last share of area lands. */
const STRIDE = CARD_WIDTH + 2;

/**
 * Signed area, accumulated along each row, of the outlines drawn into it (the accumulation
 * rasteriser of Raph Levien's font-rs): a pixel's coverage is the running sum of its row up to it.
 * Summing, not winding, gives the non-zero rule's result wherever contours of one direction
 * overlap, as joined Arabic letters do, once the sum is clamped to 1.
 */
export class Coverage {
  readonly area = new Float32Array(STRIDE * CARD_HEIGHT);
  top = CARD_HEIGHT;
  bottom = 0;
  /** The cells each row's edges reached, first and past the last: the row's sum is 0 outside them, so they bound its painting. */
  readonly from = new Int16Array(CARD_HEIGHT).fill(STRIDE);
  readonly to = new Int16Array(CARD_HEIGHT);

  line(ax: number, ay: number, bx: number, by: number): void {
    if (ay === by) return;
    const dir = ay < by ? 1 : -1;
    const [x0, y0, x1, y1] = dir === 1 ? [ax, ay, bx, by] : [bx, by, ax, ay];
    const dxdy = (x1 - x0) / (y1 - y0);
    let x = y0 < 0 ? x0 - y0 * dxdy : x0;
    const first = Math.max(0, Math.floor(y0));
    const last = Math.min(CARD_HEIGHT, Math.ceil(y1));
    this.top = Math.min(this.top, first);
    this.bottom = Math.max(this.bottom, last);
    const a = this.area;
    for (let y = first; y < last; y++) {
      const row = y * STRIDE;
      const dy = Math.min(y + 1, y1) - Math.max(y, y0);
      const next = x + dxdy * dy;
      const d = dy * dir;
      // Clamped to the canvas so that no share of area lands in another row.
      const left = Math.min(Math.max(Math.min(x, next), 0), CARD_WIDTH);
      const right = Math.min(Math.max(Math.max(x, next), 0), CARD_WIDTH);
      const l = Math.floor(left);
      const r = Math.ceil(right);
      if (l < this.from[y]!) this.from[y] = l;
      if (r + 2 > this.to[y]!) this.to[y] = r + 2;
      if (r <= l + 1) {
        const mid = 0.5 * (left + right) - l;
        a[row + l]! += d - d * mid;
        a[row + l + 1]! += d * mid;
      } else {
        const s = 1 / (right - left);
        const lf = left - l;
        const a0 = 0.5 * s * (1 - lf) * (1 - lf);
        const rf = right - r + 1;
        const am = 0.5 * s * rf * rf;
        a[row + l]! += d * a0;
        if (r === l + 2) a[row + l + 1]! += d * (1 - a0 - am);
        else {
          const a1 = s * (1.5 - lf);
          a[row + l + 1]! += d * (a1 - a0);
          for (let xi = l + 2; xi < r - 1; xi++) a[row + xi]! += d * s;
          const a2 = a1 + (r - l - 3) * s;
          a[row + r - 1]! += d * (1 - a2 - am);
        }
        a[row + r]! += d * am;
      }
      x = next;
    }
  }

  /** Sets the pixels the outlines cover to `ink`'s shade of their coverage, and clears the rows drawn. */
  paint(pixels: Uint8Array, ink: Ink): void {
    const a = this.area;
    const first = shade(ink, 1) - 1;
    for (let y = this.top; y < this.bottom; y++) {
      const row = y * STRIDE;
      const out = y * (CARD_WIDTH + 1) + 1;
      const end = Math.min(this.to[y]!, CARD_WIDTH);
      let sum = 0;
      for (let x = this.from[y]!; x < end; x++) {
        sum += a[row + x]!;
        const level = Math.round(Math.min(1, Math.abs(sum)) * SHADES);
        if (level) pixels[out + x] = first + level;
      }
      a.fill(0, row + this.from[y]!, row + this.to[y]!);
    }
    this.from.fill(STRIDE, this.top, this.bottom);
    this.to.fill(0, this.top, this.bottom);
    this.top = CARD_HEIGHT;
    this.bottom = 0;
  }
}

/** A PNG of palette indices, one byte a pixel, each row led by its filter byte (none). */
export function encodePng(pixels: Uint8Array): Buffer {
  const chunk = (type: string, data: Uint8Array) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
    return [head, data, crc];
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(CARD_WIDTH, 0);
  header.writeUInt32BE(CARD_HEIGHT, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ...chunk("IHDR", header),
    ...chunk("PLTE", PALETTE),
    // Runs of one index are all a card holds besides its text: run-length matching alone made the
    // smallest files here (20.3 KB, against 21.5 KB at zlib's default) for a millisecond of CPU.
    ...chunk("IDAT", deflateSync(pixels, { strategy: constants.Z_RLE })),
    ...chunk("IEND", new Uint8Array(0)),
  ]);
}
