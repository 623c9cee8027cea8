/**
 * Benchmark results: the raw runs as stored in docs/benchmarks.json (keyed
 * by article count, so runs of different sizes on different days add up),
 * and the medians the report prints, always computed from the raw runs.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { CorpusSummary } from "./corpus.ts";
import type { Machine } from "./machine.ts";
import type { Measurement } from "./measure.ts";
import type { ShardRun } from "./shards.ts";

export interface BuildMeasurement extends Measurement {
  /** Seconds per phase, from NEWSROOM_TIMINGS; absent when the build does not write it. */
  phases?: Record<string, number>;
}

export interface Run {
  /**
   * The first build of a size starts with an empty cache; later ones reuse it, as CI restores `.cache/`;
   * "edit" runs reuse it after one article's headline was changed, as an editor's push does;
   * "template" runs reuse it after a one-line change to a template every page uses, as a designer's push does.
   */
  cache: RunKind;
  baseline: Measurement;
  build: BuildMeasurement;
  /** Hugo on the same corpus (scripts/bench/hugo.ts), when it is installed. */
  hugo?: Measurement;
  /** The Pagefind CLI over Hugo's output, right after it. */
  pagefind?: Measurement;
  /** The machine's load average over the last minute when the run started: the machine is shared. */
  load?: number;
}

const RUN_KINDS = ["cold", "warm", "edit", "template"] as const;
type RunKind = (typeof RUN_KINDS)[number];

export interface Entry {
  articles: number;
  /** ISO time the runs finished. */
  date: string;
  command: string;
  machine: Machine;
  corpus: CorpusSummary & { seconds: number };
  runs: Run[];
  /** `hugo version`, when Hugo ran beside the build. */
  hugo?: string;
  /** `--shards`: the build spread over runners (shards.ts). */
  shards?: ShardRun[];
}

export type Store = Record<string, Entry>;

export function loadStore(file: string): Store {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Store) : {};
}

/** A new run of a size replaces that size's entry; other sizes stay. */
export function saveStore(file: string, store: Store, entries: Entry[]): Store {
  const merged: Store = { ...store };
  for (const entry of entries) merged[String(entry.articles)] = entry;
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => Number(a) - Number(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  return sorted;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Build figures for one cache state: medians over its runs. */
interface BuildFigures {
  runs: number;
  wall: number;
  cpu: number;
  peakRss: number;
  /** Median of the per-run build ÷ baseline wall-time ratios: each pair ran back to back, under the same load. */
  ratio: number;
  /** Median seconds per phase, or undefined when no run reported phases. */
  phases?: Record<string, number>;
}

export interface Summary {
  articles: number;
  baseline: { wall: number; cpu: number; peakRss: number; pages: number };
  cold: BuildFigures;
  warm?: BuildFigures;
  edit?: BuildFigures;
  pages: number;
  bytes: number;
}

/** The column of CPU time outside the build's Node process: the Pagefind binaries (and esbuild's, for a moment). */
export const CHILD_CPU = "Pagefind CPU";

/** The phases the build reports, in build order; others it may add follow alphabetically. */
const PHASE_ORDER = ["validation", "data", "images", "eleventy", "render", "minify", "search", CHILD_CPU, "write"];

export function phaseNames(summaries: Summary[]): string[] {
  const names = new Set(
    summaries.flatMap((s) => [...Object.keys(s.cold.phases ?? {}), ...Object.keys(s.warm?.phases ?? {})]),
  );
  const rank = (name: string) => (PHASE_ORDER.includes(name) ? PHASE_ORDER.indexOf(name) : PHASE_ORDER.length);
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function figures(runs: Run[]): BuildFigures {
  const reported = runs.filter((run) => run.build.phases);
  const names = new Set(reported.flatMap((run) => Object.keys(run.build.phases!)));
  return {
    runs: runs.length,
    wall: median(runs.map((run) => run.build.wall)),
    cpu: median(runs.map((run) => run.build.cpu)),
    peakRss: median(runs.map((run) => run.build.peakRss)),
    ratio: median(runs.map((run) => run.build.wall / run.baseline.wall)),
    ...(reported.length
      ? {
          phases: Object.fromEntries(
            [...names].map((name) => [name, median(reported.flatMap((run) => run.build.phases![name] ?? []))]),
          ),
        }
      : {}),
  };
}

export function summarize(entry: Entry): Summary {
  const cold = entry.runs.filter((run) => run.cache === "cold");
  const warm = entry.runs.filter((run) => run.cache === "warm");
  const edit = entry.runs.filter((run) => run.cache === "edit");
  const last = entry.runs.at(-1)!;
  return {
    articles: entry.articles,
    baseline: {
      wall: median(entry.runs.map((run) => run.baseline.wall)),
      cpu: median(entry.runs.map((run) => run.baseline.cpu)),
      peakRss: median(entry.runs.map((run) => run.baseline.peakRss)),
      pages: last.baseline.pages,
    },
    cold: figures(cold),
    ...(warm.length ? { warm: figures(warm) } : {}),
    ...(edit.length ? { edit: figures(edit) } : {}),
    pages: last.build.pages,
    bytes: last.build.bytes,
  };
}

/**
 * Reads the build's phase timings file; undefined when the build did not write one (an older build).
 * `treeCpu` is what GNU time measured for the whole process tree: less the CPU the build's Node
 * process reports of itself, it is what its child processes used, reported as CHILD_CPU.
 */
export function readPhases(file: string, treeCpu?: number): Record<string, number> | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { phases?: Record<string, unknown>; nodeCpu?: unknown };
  const phases = Object.entries(parsed.phases ?? {}).filter(
    (pair): pair is [string, number] => typeof pair[1] === "number",
  );
  if (treeCpu !== undefined && typeof parsed.nodeCpu === "number")
    phases.push([CHILD_CPU, Math.max(0, treeCpu - parsed.nodeCpu)]);
  return phases.length ? Object.fromEntries(phases) : undefined;
}

/** Hugo, then the Pagefind CLI over its output, as one step of a CI job: the times add up; memory is the larger of the two. */
export function hugoThenPagefind(hugo: Measurement, pagefind: Measurement): Measurement {
  return {
    wall: hugo.wall + pagefind.wall,
    cpu: hugo.cpu + pagefind.cpu,
    peakRss: Math.max(hugo.peakRss, pagefind.peakRss),
    pages: hugo.pages,
    bytes: hugo.bytes + pagefind.bytes,
  };
}

interface Figures {
  wall: number;
  cpu: number;
  peakRss: number;
}

/** One kind of run (cold, warm, …), the build beside Hugo: medians, and the medians of the per-run ratios. */
export interface HugoComparison {
  kind: RunKind;
  runs: number;
  build: Figures;
  hugo?: Figures;
  hugoPagefind?: Figures;
  /** Build ÷ Hugo, wall time: the median of each run's ratio, each measured under the same load. */
  ratioHugo?: number;
  ratioHugoPagefind?: number;
  /** Median one-minute load average when the runs started. */
  load?: number;
}

function medians(measurements: Measurement[]): Figures {
  return {
    wall: median(measurements.map((m) => m.wall)),
    cpu: median(measurements.map((m) => m.cpu)),
    peakRss: median(measurements.map((m) => m.peakRss)),
  };
}

export function besideHugo(entry: Entry): HugoComparison[] {
  return RUN_KINDS.flatMap((kind) => {
    const runs = entry.runs.filter((run) => run.cache === kind);
    if (!runs.length) return [];
    const withHugo = runs.filter((run) => run.hugo && run.pagefind);
    const both = withHugo.map((run) => hugoThenPagefind(run.hugo!, run.pagefind!));
    const loads = runs.flatMap((run) => (run.load === undefined ? [] : [run.load]));
    return [
      {
        kind,
        runs: runs.length,
        build: medians(runs.map((run) => run.build)),
        ...(withHugo.length
          ? {
              hugo: medians(withHugo.map((run) => run.hugo!)),
              hugoPagefind: medians(both),
              ratioHugo: median(withHugo.map((run) => run.build.wall / run.hugo!.wall)),
              ratioHugoPagefind: median(withHugo.map((run, i) => run.build.wall / both[i]!.wall)),
            }
          : {}),
        ...(loads.length ? { load: median(loads) } : {}),
      },
    ];
  });
}
