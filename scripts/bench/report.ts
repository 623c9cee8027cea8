/**
 * The benchmark report: one table of rows shared by the terminal and
 * docs/benchmarks.md, so both always say the same thing.
 */
import { machineLine } from "./machine.ts";
import { besideHugo, hugoThenPagefind, phaseNames, summarize, type Entry, type Summary } from "./results.ts";
import { SHARD_HEADER, shardRows } from "./shards.ts";

export const seconds = (s: number) => `${s < 10 ? s.toFixed(2) : s < 100 ? s.toFixed(1) : s.toFixed(0)} s`;
export const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString("en-US");
const ratio = (r: number) => `${r.toFixed(1)}×`;

const SUMMARY_HEADER = [
  "articles",
  "baseline",
  "build, warm",
  "build, cold",
  "build, one article edited",
  "build ÷ baseline, wall",
  "build CPU, warm (cold)",
  "peak RSS, build warm (cold)",
  "peak RSS, baseline",
  "pages",
  "output",
];

function summaryRow(s: Summary): string[] {
  const { warm, cold } = s;
  return [
    count(s.articles),
    seconds(s.baseline.wall),
    warm ? seconds(warm.wall) : "n/a",
    seconds(cold.wall),
    s.edit ? `${seconds(s.edit.wall)} (${ratio(s.edit.ratio)})` : "n/a",
    warm ? `${ratio(warm.ratio)} (cold ${ratio(cold.ratio)})` : `${ratio(cold.ratio)} (cold)`,
    warm ? `${seconds(warm.cpu)} (${seconds(cold.cpu)})` : `(${seconds(cold.cpu)})`,
    warm ? `${mib(warm.peakRss)} (${mib(cold.peakRss)})` : `(${mib(cold.peakRss)})`,
    mib(s.baseline.peakRss),
    count(s.pages),
    mb(s.bytes),
  ];
}

function phaseRow(s: Summary, names: string[]): string[] {
  const cell = (name: string) => {
    const warm = s.warm?.phases?.[name];
    const cold = s.cold.phases?.[name];
    if (warm === undefined && cold === undefined) return "n/a";
    return `${warm === undefined ? "n/a" : seconds(warm)} (${cold === undefined ? "n/a" : seconds(cold)})`;
  };
  return [count(s.articles), ...(names.length ? names.map(cell) : ["n/a"])];
}

/** The build names the step that writes article and listing pages "articles", which beside the first column read as a count. */
const PHASE_LABELS: Record<string, string> = { articles: "all pages, wall" };

function phaseHeader(names: string[]): string[] {
  return ["articles", ...(names.length ? names.map((name) => PHASE_LABELS[name] ?? name) : ["phases"])];
}

function markdownTable(header: string[], rows: string[][], numeric = true): string[] {
  const align = header.map((_, i) => (numeric || i === 0 ? "---:" : "---"));
  return [header, align, ...rows].map((cells) => `| ${cells.join(" | ")} |`);
}

/** A plain table for the terminal, columns padded to their widest cell. */
function textTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  return [header, ...rows].map((row) => row.map((cell, i) => cell.padStart(widths[i]!)).join("  "));
}

export function terminalReport(entries: Entry[]): string {
  const summaries = entries.map(summarize);
  const names = phaseNames(summaries);
  return [
    ...textTable(SUMMARY_HEADER, summaries.map(summaryRow)),
    "",
    "Phases, median of warm runs (of cold runs):",
    ...textTable(
      phaseHeader(names),
      summaries.map((s) => phaseRow(s, names)),
    ),
    ...(entries.some((e) => e.shards)
      ? ["", "Spread over runners:", ...textTable(SHARD_HEADER, allShardRows(entries))]
      : []),
  ].join("\n");
}

function allShardRows(entries: Entry[]): string[][] {
  return entries.flatMap((e) => (e.shards ? shardRows(e.articles, e.shards) : []));
}

/** The section on builds spread over runners, when a run measured them (`--shards`). */
function shardLines(entries: Entry[]): string[] {
  if (!entries.some((e) => e.shards)) return [];
  return [
    "## Spread over runners",
    "",
    "`npm run bench -- --shards 2,4`: the build as n shards (`npm run build -- --shard i/n`) and their merge",
    "(`--merge`), each shard with its own build cache, as on a runner of its own; cold with empty caches, then (with",
    "`--runs` above 1) warm with nothing changed. Measured one after another on this machine; on n runners the shards run side by side, so a build",
    "takes the slowest shard plus the merge. The one-runner figures are in the summary above.",
    "",
    ...markdownTable(SHARD_HEADER, allShardRows(entries)),
    "",
  ];
}

const KIND_LABELS: Record<string, string> = {
  cold: "cold: empty cache",
  warm: "warm: content unchanged",
  edit: "one article edited",
  template: "a template changed",
};

const HUGO_HEADER = [
  "articles",
  "run",
  "build",
  "Hugo",
  "build ÷ Hugo",
  "Hugo, then Pagefind",
  "build ÷ (Hugo + Pagefind)",
  "CPU: build / Hugo / Hugo + Pagefind",
  "peak RSS: build / Hugo / Hugo, then Pagefind",
  "load",
];

function hugoRows(entry: Entry): string[][] {
  return besideHugo(entry).map((c) => [
    count(entry.articles),
    `${KIND_LABELS[c.kind]}${c.runs > 1 ? ` (${c.runs} runs)` : ""}`,
    seconds(c.build.wall),
    c.hugo ? seconds(c.hugo.wall) : "not measured",
    c.ratioHugo === undefined ? "n/a" : ratio(c.ratioHugo),
    c.hugoPagefind ? seconds(c.hugoPagefind.wall) : "n/a",
    c.ratioHugoPagefind === undefined ? "n/a" : ratio(c.ratioHugoPagefind),
    [c.build, c.hugo, c.hugoPagefind].map((f) => (f ? seconds(f.cpu) : "n/a")).join(" / "),
    [c.build, c.hugo].map((f) => (f ? mib(f.peakRss) : "n/a")).join(" / ") +
      ` / ${c.hugoPagefind ? mib(c.hugoPagefind.peakRss) : "n/a"}`,
    c.load === undefined ? "n/a" : c.load.toFixed(1),
  ]);
}

function runLines(entry: Entry): string[] {
  const rows = entry.runs.map((run, i) => {
    const both = run.hugo && run.pagefind ? hugoThenPagefind(run.hugo, run.pagefind) : undefined;
    return [
      String(i + 1),
      run.cache,
      run.load === undefined ? "n/a" : run.load.toFixed(1),
      seconds(run.baseline.wall),
      seconds(run.build.wall),
      ratio(run.build.wall / run.baseline.wall),
      run.hugo ? seconds(run.hugo.wall) : "n/a",
      both ? `${seconds(both.wall)} (${ratio(run.build.wall / both.wall)})` : "n/a",
      `${seconds(run.baseline.cpu)} / ${seconds(run.build.cpu)}`,
      `${mib(run.baseline.peakRss)} / ${mib(run.build.peakRss)}`,
    ];
  });
  const { corpus } = entry;
  return [
    `### ${count(entry.articles)} articles`,
    "",
    `Measured ${entry.date.slice(0, 10)} with \`${entry.command}\` on ${machineLine(entry.machine)}.` +
      (entry.runs.length < 3
        ? ` **${entry.runs.length} run${entry.runs.length === 1 ? "" : "s"} only: indicative, not for publishing.**`
        : ""),
    `Corpus: ${count(corpus.articles)} articles, median ${count(corpus.medianWords)} words, ${count(corpus.tags)} distinct tags, ${count(corpus.withImage)} with a lead picture; written in ${seconds(corpus.seconds)}.` +
      (entry.hugo
        ? ` Beside it: ${entry.hugo}, which wrote ${count(entry.runs.at(-1)!.hugo!.pages)} pages.`
        : " Hugo was not measured beside it (not installed, or measured before the benchmark ran it)."),
    "",
    ...markdownTable(
      [
        "run",
        "cache",
        "load",
        "baseline",
        "build",
        "build ÷ baseline",
        "Hugo",
        "Hugo, then Pagefind (build ÷ it)",
        "CPU, baseline / build",
        "peak RSS, baseline / build",
      ],
      rows,
      false,
    ),
    "",
  ];
}

/** docs/benchmarks.md, entirely from the stored entries: the header names the most recent run. */
export function markdownReport(entries: Entry[]): string {
  const summaries = entries.map(summarize);
  const latest = entries.reduce((a, b) => (b.date > a.date ? b : a));
  const names = phaseNames(summaries);
  return [
    "# Benchmarks: the production build against a plain floor",
    "",
    `<!-- Generated by scripts/bench.ts; edit that, not this file. -->`,
    `Last measured with \`${latest.command}\` on ${latest.date.slice(0, 10)}, on ${machineLine(latest.machine)}.`,
    "Each size below says when, how and on what it was measured. The machine is shared and noisy: trust the ratios more than the seconds.",
    "",
    "![Build and baseline wall time and peak memory against the number of articles](benchmarks.svg)",
    "",
    "**What runs.** `scripts/bench/corpus.ts` writes a deterministic synthetic archive of N Arabic articles (median about",
    "600 words, subheadings, lists, links, Latin names inside Arabic sentences, 0-4 tags from a pool of one tag per five",
    "articles, capped at 2,000 from 10,000 articles up, 0-3 curated related links, dates 2015-2026, one in ten with a real",
    "lead picture) with the sample site's settings, sections and authors (`--tags N` and `--sections N` change the pool",
    "and the sections; each size's command line below says which). Each run times the **baseline**",
    "(`scripts/bench/baseline.ts`: js-yaml, markdown-it and a template literal, one process, article pages only) and then",
    "the **build** (`node --import tsx scripts/cli/build.ts`, exactly what `npm run build` runs: checks, every page, pictures,",
    "font subsets, feeds, sitemaps, search index), back to back so the machine's noise hits both. The first build of a size",
    "starts with an empty cache (**cold**: pictures encoded, fonts subset); later runs reuse it (**warm**), as CI restores",
    "`.cache/`. Each run writes into empty folders, as on a fresh runner; the last run's outputs are moved aside, not",
    "deleted, just before it ([decision 0050](decisions/0050-bench-sets-outputs-aside.md)).",
    "Figures are medians; the ratio is the median of the per-run ratios, since each pair ran under the same load.",
    "Wall and CPU time (user + system, child processes included) and peak RSS come from GNU time; peak RSS is the largest",
    "single process in the tree (Node or the Pagefind binary), not their sum. Both commands include Node and tsx start-up.",
    "",
    "## Summary",
    "",
    ...markdownTable(SUMMARY_HEADER, summaries.map(summaryRow)),
    "",
    "## Beside Hugo",
    "",
    "What a newsroom would run instead, on the same corpus in the same runs: Hugo (Debian's `hugo`, when installed;",
    "never a dependency of the build) with templates that write the same kinds of pages (`scripts/bench/hugo/layouts/`:",
    "article, section, tag and author listings with pagination, home, RSS, sitemap; no lite copies, no pictures but",
    "the lead picture in three sizes), then `pagefind --site` (the Pagefind CLI of the build's own Pagefind) over its",
    "output, as a Hugo site adds search. Hugo keeps nothing between builds but its processed pictures (removed for the",
    "cold runs); Pagefind indexes everything every time. **A template changed** appends a comment line to a template",
    "every page uses, in a copy of the code (`scripts/bench/project-copy.ts`) and in Hugo's article template.",
    "Each run times the baseline, the build and Hugo then Pagefind, in an order that alternates from run to run;",
    "the ratios are medians of each run's own ratio. Load is the one-minute load average when the runs started.",
    "",
    ...markdownTable(HUGO_HEADER, entries.flatMap(hugoRows), false),
    "",
    "## Build phases",
    "",
    "Seconds per phase from the build's own timings (`NEWSROOM_TIMINGS`): median of warm runs, of cold runs in brackets;",
    "n/a where the build measured did not report phases. Phases run in worker threads (render, minify, write) add up the",
    "seconds of every thread. Pagefind CPU is the CPU time of the build's child processes, the Pagefind binaries (and",
    "esbuild's for a moment): the process tree's, from GNU time, less what the build's Node process counts of its own.",
    "",
    ...markdownTable(
      phaseHeader(names),
      summaries.map((s) => phaseRow(s, names)),
    ),
    "",
    ...shardLines(entries),
    "## Runs",
    "",
    ...entries.flatMap(runLines),
    "Raw figures: [benchmarks.json](benchmarks.json). Reproduce with `npm run bench -- --articles N --runs 3`.",
    "",
  ].join("\n");
}
