/**
 * docs/benchmarks.svg, drawn by hand: wall time and peak memory of the build
 * and the baseline against the number of articles, on log-log axes (sizes
 * run from 1,000 to 100,000 and times from under a second to minutes, so a
 * straight line of slope 1 means linear growth). Text alternatives in
 * <title> and <desc> carry every figure for screen readers.
 */
import { mib, seconds } from "./report.ts";
import type { Summary } from "./results.ts";

const WIDTH = 920;
const HEIGHT = 420;
const PANEL = WIDTH / 2;
// The right margin leaves room for the last point's value label.
const MARGIN = { left: 72, right: 76, top: 92, bottom: 58 };
const BUILD = "#1d4ed8";
const BASELINE = "#b45309";
const INK = "#1f2937";
const GRID = "#d1d5db";

interface Series {
  label: string;
  color: string;
  dashed?: boolean;
  /** Print each point's value beside it. */
  labelled: boolean;
  points: [number, number][];
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const n = (v: number) => v.toFixed(1);
const articlesLabel = (count: number) => (count >= 1000 ? `${count / 1000}k` : String(count));

/** log10 mapping of [lo, hi] onto [from, to]. */
function logScale(lo: number, hi: number, from: number, to: number): (v: number) => number {
  const a = Math.log10(lo);
  const span = Math.log10(hi) - a || 1;
  return (v) => from + ((Math.log10(v) - a) / span) * (to - from);
}

/** 1-2-5 ticks inside [lo, hi]; only powers of ten when that would be too many. */
function logTicks(lo: number, hi: number): number[] {
  const ticks = (multiples: number[]) => {
    const found: number[] = [];
    for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) {
      for (const m of multiples) {
        const v = Number((m * 10 ** k).toPrecision(1));
        if (v >= lo && v <= hi) found.push(v);
      }
    }
    return found;
  };
  const fine = ticks([1, 2, 5]);
  return fine.length > 8 ? ticks([1]) : fine;
}

function panel(
  x0: number,
  title: string,
  unit: string,
  series: Series[],
  format: (v: number) => string,
  counts: number[],
): string[] {
  const values = series.flatMap((s) => s.points.map(([, v]) => v)).filter((v) => v > 0);
  const [xlo, xhi] =
    counts.length > 1 ? [Math.min(...counts) / 1.4, Math.max(...counts) * 1.4] : [counts[0]! / 3, counts[0]! * 3];
  // More room below than above: the lowest value label sits under its point.
  const [ylo, yhi] = [Math.min(...values) / 2.6, Math.max(...values) * 1.8];
  const left = x0 + MARGIN.left;
  const right = x0 + PANEL - MARGIN.right;
  const top = MARGIN.top;
  const bottom = HEIGHT - MARGIN.bottom;
  const x = logScale(xlo, xhi, left, right);
  const y = logScale(ylo, yhi, bottom, top);
  const out: string[] = [`<text x="${n(left)}" y="28" class="heading">${escape(title)}</text>`];
  series.forEach((s, i) => {
    const lx = left + (i % 2) * 190;
    const ly = 50 + Math.floor(i / 2) * 20;
    out.push(
      `<line x1="${n(lx)}" y1="${ly - 4}" x2="${n(lx + 26)}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
      `<text x="${n(lx + 32)}" y="${ly}" class="legend">${escape(s.label)}</text>`,
    );
  });
  for (const v of logTicks(ylo, yhi)) {
    out.push(
      `<line x1="${n(left)}" y1="${n(y(v))}" x2="${n(right)}" y2="${n(y(v))}" stroke="${GRID}" stroke-width="1"/>`,
      `<text x="${n(left - 8)}" y="${n(y(v) + 4)}" text-anchor="end" class="tick">${v.toLocaleString("en-US")}</text>`,
    );
  }
  for (const c of counts) {
    out.push(
      `<line x1="${n(x(c))}" y1="${bottom}" x2="${n(x(c))}" y2="${bottom + 6}" stroke="${INK}"/>`,
      `<text x="${n(x(c))}" y="${bottom + 22}" text-anchor="middle" class="tick">${articlesLabel(c)}</text>`,
    );
  }
  out.push(
    `<line x1="${n(left)}" y1="${bottom}" x2="${n(right)}" y2="${bottom}" stroke="${INK}"/>`,
    `<line x1="${n(left)}" y1="${top}" x2="${n(left)}" y2="${bottom}" stroke="${INK}"/>`,
    `<text x="${n((left + right) / 2)}" y="${HEIGHT - 14}" text-anchor="middle" class="axis">articles (log scale)</text>`,
    `<text transform="translate(${n(x0 + 18)} ${n((top + bottom) / 2)}) rotate(-90)" text-anchor="middle" class="axis">${escape(unit)} (log scale)</text>`,
  );
  for (const s of series) {
    const pts = s.points.map(([c, v]) => [x(c), y(v), v] as const);
    if (pts.length > 1) {
      out.push(
        `<polyline points="${pts.map(([px, py]) => `${n(px)},${n(py)}`).join(" ")}" fill="none" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
      );
    }
    for (const [px, py, v] of pts) {
      out.push(
        `<circle cx="${n(px)}" cy="${n(py)}" r="4" fill="${s.dashed ? "#fff" : s.color}" stroke="${s.color}" stroke-width="2"/>`,
      );
      // Below and to the right: the lines rise to the right, so that corner stays clear of them.
      if (s.labelled)
        out.push(
          `<text x="${n(px + 9)}" y="${n(py + 17)}" class="value" fill="${s.color}">${escape(format(v))}</text>`,
        );
    }
  }
  return out;
}

export function chart(summaries: Summary[]): string {
  const sorted = [...summaries].sort((a, b) => a.articles - b.articles);
  const counts = sorted.map((s) => s.articles);
  const time = panel(
    0,
    "Wall time",
    "seconds",
    [
      {
        label: "build, warm cache",
        color: BUILD,
        labelled: true,
        points: sorted.filter((s) => s.warm).map((s) => [s.articles, s.warm!.wall]),
      },
      // Labelled only when there is no warm line to label (a single run).
      {
        label: "build, cold cache",
        color: BUILD,
        dashed: true,
        labelled: !sorted.some((s) => s.warm),
        points: sorted.map((s) => [s.articles, s.cold.wall]),
      },
      { label: "baseline", color: BASELINE, labelled: true, points: sorted.map((s) => [s.articles, s.baseline.wall]) },
    ].filter((s) => s.points.length) as Series[],
    seconds,
    counts,
  );
  const memory = panel(
    PANEL,
    "Peak memory (largest process)",
    "MiB",
    [
      {
        label: "build, warm cache",
        color: BUILD,
        labelled: true,
        points: sorted.filter((s) => s.warm).map((s) => [s.articles, s.warm!.peakRss / 2 ** 20]),
      },
      {
        label: "build, cold cache",
        color: BUILD,
        dashed: true,
        labelled: !sorted.some((s) => s.warm),
        points: sorted.map((s) => [s.articles, s.cold.peakRss / 2 ** 20]),
      },
      {
        label: "baseline",
        color: BASELINE,
        labelled: true,
        points: sorted.map((s) => [s.articles, s.baseline.peakRss / 2 ** 20]),
      },
    ].filter((s) => s.points.length) as Series[],
    (v) => mib(v * 2 ** 20),
    counts,
  );
  const description = sorted
    .map(
      (s) =>
        `${s.articles.toLocaleString("en-US")} articles: build ${s.warm ? `${seconds(s.warm.wall)} with a warm cache, ` : ""}${seconds(s.cold.wall)} cold; ` +
        `baseline ${seconds(s.baseline.wall)}; peak memory ${s.warm ? `${mib(s.warm.peakRss)} build with a warm cache, ` : ""}${mib(s.cold.peakRss)} cold, ${mib(s.baseline.peakRss)} baseline.`,
    )
    .join(" ");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc" fill="${INK}">`,
    `<title id="chart-title">Build and baseline: wall time and peak memory against the number of articles</title>`,
    `<desc id="chart-desc">${escape(description)}</desc>`,
    // Text colour comes from the root's fill, so the value labels' own fill attributes still win (a CSS rule would override them).
    "<style>text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}.heading{font-size:17px;font-weight:600}.legend,.axis{font-size:13px}.tick{font-size:12px}.value{font-size:12px;font-weight:600}</style>",
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    ...time,
    ...memory,
    "</svg>",
    "",
  ].join("\n");
}
