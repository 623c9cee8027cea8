/**
 * `npm run bench`: the production build against a plain floor on a
 * synthetic archive of N articles. For each N the corpus is written once;
 * each run then times the baseline and the real build back to back (the
 * first build with an empty cache, later ones reusing it). Prints a table and
 * regenerates docs/benchmarks.md, .json (raw runs, keyed by N, so sizes
 * measured on different days add up) and .svg. See docs/benchmarks.md.
 *
 *   npm run bench -- --articles 1000[,10000,…] [--runs 3] [--colds 1] [--edits 2] [--templates 2]
 *                    [--tags 300] [--sections 8] [--hugo hugo] [--keep] [--report DIR]
 *   npm run bench -- --render-only [--report DIR]
 *   npm run bench -- --articles 10000 --runs 1 --shards 2,4
 *
 * --colds is how many runs start with an empty cache (default 1), each emptying it first; the
 * --runs - 1 warm runs follow them.
 * --edits adds runs that each change one article's headline first, as an
 * editor's push does (default: runs - 1); --templates runs that each change
 * one line of a template every page uses first, as a designer's push does
 * (default: --edits), in a copy of the code (project-copy.ts).
 * Each run also times Hugo and then the Pagefind CLI on the same corpus
 * (hugo.ts), alternating which goes first; --hugo names the command
 * (default `hugo`; skipped with a note when it does not run, or with --hugo '').
 * --tags and --sections give the corpus another shape (corpus.ts).
 * --report writes the three files to another folder (the test uses a
 * temporary one); --keep leaves the corpus and outputs in the temp folder;
 * --render-only redraws the document and chart from the stored runs, after
 * a change to the report's layout, without measuring anything.
 * --shards also builds each size spread over that many runners (scripts/bench/shards.ts) and
 * reports each shard's time and the merge's: cold, and warm too when --runs is above 1. Without
 * --keep, each output is deleted once measured (the one-runner site and cache before the shards),
 * since at 100,000 articles each site and its cache take about 12 GB.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chart } from "./bench/chart.ts";
import { writeCorpus, type CorpusShape } from "./bench/corpus.ts";
import { changeHugoTemplate, hugoArgs, hugoSite as makeHugoSite, hugoVersion, pagefindArgs } from "./bench/hugo.ts";
import { changeTemplate, copyProject } from "./bench/project-copy.ts";
import { describeMachine } from "./bench/machine.ts";
import { measure, requireGnuTime, type Measurement } from "./bench/measure.ts";
import { setAside, setAsideFolder } from "./bench/set-aside.ts";
import { measureShards } from "./bench/shards.ts";
import { siteFolderPaths } from "./build/site-folder.ts";
import { markdownReport, seconds, terminalReport } from "./bench/report.ts";
import { loadStore, readPhases, saveStore, summarize, type Entry, type Run } from "./bench/results.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    colds: { type: "string", default: "1" },
    edits: { type: "string" },
    templates: { type: "string" },
    tags: { type: "string" },
    sections: { type: "string" },
    hugo: { type: "string", default: "hugo" },
    keep: { type: "boolean", default: false },
    report: { type: "string", default: "docs" },
    "render-only": { type: "boolean", default: false },
    shards: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
const USAGE =
  "Usage: npm run bench -- --articles 1000[,10000] [--runs 3] [--colds 1] [--edits 2] [--templates 2] [--tags 300] [--sections 8] [--hugo hugo] [--shards 2,4] [--keep] [--report DIR]";
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const storeFile = join(values.report, "benchmarks.json");

/** Changes the headline of an article of the latest year, as an editor's correction would. */
function editNewestHeadline(content: string, run: number): void {
  const dir = join(content, "articles");
  const newest = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .sort()
    .at(-1)!;
  const file = join(dir, newest);
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(
      /^title: ("?)(.*?)\1$/m,
      (_, quote: string, title: string) => `title: ${quote}${title} (تحديث ${run})${quote}`,
    ),
  );
}

/** Regenerates the document and the chart from every stored size. */
function render(entries: Entry[]): void {
  mkdirSync(values.report, { recursive: true });
  const all = Object.values(saveStore(storeFile, loadStore(storeFile), entries));
  writeFileSync(join(values.report, "benchmarks.md"), markdownReport(all));
  writeFileSync(join(values.report, "benchmarks.svg"), chart(all.map(summarize)));
  console.log(
    `Wrote ${join(values.report, "benchmarks.md")}, benchmarks.json and benchmarks.svg (${all.length} size${all.length === 1 ? "" : "s"}).`,
  );
}

if (values["render-only"]) {
  render([]);
  process.exit(0);
}
const sizes = values.articles.split(",").map((s) => Number(s.trim().replace(/_/g, "")));
const runs = Number(values.runs);
const colds = Number(values.colds);
const edits = values.edits === undefined ? runs - 1 : Number(values.edits);
const templates = values.templates === undefined ? edits : Number(values.templates);
const shape: CorpusShape = {
  ...(values.tags ? { tags: Number(values.tags) } : {}),
  ...(values.sections ? { sections: Number(values.sections) } : {}),
};
const shardCounts = values.shards ? values.shards.split(",").map((s) => Number(s.trim())) : [];
const counts: number[] = [runs, colds, edits + 1, templates + 1, shape.tags ?? 1, shape.sections ?? 1];
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  counts.some((n) => !Number.isInteger(n) || n < 1) ||
  shardCounts.some((n) => !Number.isInteger(n) || n < 2)
) {
  console.error(USAGE);
  process.exit(2);
}
requireGnuTime();
if (runs < 3) console.warn(`${runs} run(s): fine for a try, but publish figures from at least 3.`);

// An empty argument (`--hugo ''`) is quoted, so that the command as printed can be run again.
const command = `npm run bench -- ${process.argv
  .slice(2)
  .map((arg) => arg || "''")
  .join(" ")}`;
const machine = describeMachine();
const node = process.execPath;
const entries: Entry[] = [];

const hugo = values.hugo ? hugoVersion(values.hugo) : undefined;
if (!hugo)
  console.warn(
    values.hugo
      ? `Hugo (${values.hugo}) is not installed: measuring without it. To compare: apt-get install hugo`
      : "--hugo '': measuring without Hugo.",
  );

for (const articles of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `newsroom-bench-${articles}-`));
  const content = join(dir, "content");
  mkdirSync(content);
  const started = performance.now();
  const corpus = { ...writeCorpus(content, articles, 1, shape), seconds: (performance.now() - started) / 1000 };
  console.log(`${articles} articles written to ${content} in ${seconds(corpus.seconds)}.`);

  const project = copyProject(join(dir, "project"));
  const baselineOut = join(dir, "baseline");
  const buildOut = join(dir, "site");
  const cache = join(dir, "cache");
  const hugoSite = hugo ? makeHugoSite(dir, content) : undefined;
  // What a run writes; the build's output is a link into versions beside it (decision 0021): those go too.
  const outputs = [baselineOut, ...siteFolderPaths(buildOut), ...(hugoSite ? [hugoSite.output] : [])];
  const kinds: Run["cache"][] = [
    ...Array<Run["cache"]>(colds).fill("cold"),
    ...Array<Run["cache"]>(runs - 1).fill("warm"),
    ...Array<Run["cache"]>(edits).fill("edit"),
    ...Array<Run["cache"]>(templates).fill("template"),
  ];
  const results: Run[] = [];
  const aside = setAsideFolder(join(dir, "set-aside"));
  for (const [i, kind] of kinds.entries()) {
    if (kind === "edit") editNewestHeadline(content, i);
    if (kind === "template") {
      changeTemplate(project, i);
      if (hugoSite) changeHugoTemplate(hugoSite, i);
    }
    const load = loadavg()[0]!;
    // Every run writes into an empty folder, as on a fresh runner, and the last run's files are moved
    // aside rather than deleted just before it (decision 0050).
    const cleared = [...outputs, ...(kind === "cold" ? [cache, ...(hugoSite ? [hugoSite.resources] : [])] : [])];
    if (setAside(aside, cleared))
      console.log(`  run ${i + 1}: the disk was short, so the earlier runs' outputs were deleted just before it.`);
    const timings = join(dir, `timings-${i + 1}.json`);
    const steps = {
      baseline: () =>
        measure(node, ["--import", "tsx", "scripts/bench/baseline.ts", "--content", content, "--output", baselineOut], {
          output: baselineOut,
        }),
      build: () =>
        measure(node, ["--import", "tsx", "scripts/cli/build.ts", "--content", content, "--output", buildOut], {
          output: buildOut,
          env: { ...process.env, NEWSROOM_CACHE: cache, NEWSROOM_TIMINGS: timings },
          cwd: project,
        }),
      hugo: () => (hugoSite ? measure(values.hugo, hugoArgs(hugoSite), { output: hugoSite.output }) : undefined),
      pagefind: () =>
        hugoSite ? measure(node, pagefindArgs(hugoSite), { output: join(hugoSite.output, "pagefind") }) : undefined,
    };
    // Alternating the order, so that neither side always runs first after the machine's quiet moment.
    const order = i % 2 ? (["hugo", "build", "baseline"] as const) : (["baseline", "build", "hugo"] as const);
    const measured: Partial<Record<keyof typeof steps, Measurement | undefined>> = {};
    for (const step of order) {
      measured[step] = steps[step]();
      if (step === "hugo") measured.pagefind = steps.pagefind();
    }
    const build = measured.build!;
    const phases = readPhases(timings, build.cpu);
    const run: Run = {
      cache: kind,
      baseline: measured.baseline!,
      build: phases ? { ...build, phases } : build,
      ...(measured.hugo && measured.pagefind ? { hugo: measured.hugo, pagefind: measured.pagefind } : {}),
      load,
    };
    results.push(run);
    console.log(
      `  run ${i + 1}/${kinds.length} (${run.cache}, load ${load.toFixed(1)}): baseline ${seconds(run.baseline.wall)}, build ${seconds(build.wall)} (${(build.wall / run.baseline.wall).toFixed(1)}×)` +
        (run.hugo && run.pagefind
          ? `, Hugo ${seconds(run.hugo.wall)} (${(build.wall / run.hugo.wall).toFixed(1)}×), then Pagefind ${seconds(run.pagefind.wall)}`
          : "") +
        (phases ? "" : "; the build wrote no phase timings"),
    );
  }
  // The last runs changed the newest article and a template: the shards build what the last run did.
  if (!values.keep)
    for (const folder of [...outputs, cache, ...(hugoSite ? [hugoSite.resources] : []), aside.folder])
      rmSync(folder, { recursive: true, force: true });
  const shards = shardCounts.length
    ? { shards: measureShards(node, project, content, dir, shardCounts, { warm: runs > 1, keep: values.keep }) }
    : {};
  entries.push({
    articles,
    date: new Date().toISOString(),
    command,
    machine,
    corpus,
    runs: results,
    ...(hugo ? { hugo } : {}),
    ...shards,
  });
  if (values.keep) console.log(`  kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

console.log(`\n${terminalReport(entries)}\n`);
render(entries);
