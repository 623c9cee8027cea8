/**
 * `npm run bench`: the production build against a plain floor on a
 * synthetic archive of N articles. For each N the corpus is written once;
 * each run then times the baseline and the real build back to back (the
 * first build with an empty cache, later ones reusing it). Prints a table and
 * regenerates docs/benchmarks.md, .json (raw runs, keyed by N, so sizes
 * measured on different days add up) and .svg. See docs/benchmarks.md.
 *
 *   npm run bench -- --articles 1000[,10000,…] [--runs 3] [--edits 2] [--keep] [--report DIR]
 *   npm run bench -- --render-only [--report DIR]
 *
 * --edits adds runs that each change one article's headline first, as an
 * editor's push does (default: runs - 1).
 * --report writes the three files to another folder (the test uses a
 * temporary one); --keep leaves the corpus and outputs in the temp folder;
 * --render-only redraws the document and chart from the stored runs, after
 * a change to the report's layout, without measuring anything.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chart } from "./bench/chart.ts";
import { writeCorpus } from "./bench/corpus.ts";
import { describeMachine } from "./bench/machine.ts";
import { measure, requireGnuTime } from "./bench/measure.ts";
import { markdownReport, seconds, terminalReport } from "./bench/report.ts";
import { loadStore, readPhases, saveStore, summarize, type Entry, type Run } from "./bench/results.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    edits: { type: "string" },
    keep: { type: "boolean", default: false },
    report: { type: "string", default: "docs" },
    "render-only": { type: "boolean", default: false },
  },
});
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
const edits = values.edits === undefined ? runs - 1 : Number(values.edits);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error("Usage: npm run bench -- --articles 1000[,10000] [--runs 3] [--keep] [--report DIR]");
  process.exit(2);
}
requireGnuTime();
if (runs < 3) console.warn(`${runs} run(s): fine for a try, but publish figures from at least 3.`);

const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`;
const machine = describeMachine();
const node = process.execPath;
const entries: Entry[] = [];

for (const articles of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `newsroom-bench-${articles}-`));
  const content = join(dir, "content");
  mkdirSync(content);
  const started = performance.now();
  const corpus = { ...writeCorpus(content, articles), seconds: (performance.now() - started) / 1000 };
  console.log(`${articles} articles written to ${content} in ${seconds(corpus.seconds)}.`);

  const baselineOut = join(dir, "baseline");
  const buildOut = join(dir, "site");
  const cache = join(dir, "cache");
  const results: Run[] = [];
  for (let i = 0; i < runs + edits; i++) {
    const kind: Run["cache"] = i === 0 ? "cold" : i < runs ? "warm" : "edit";
    if (kind === "edit") editNewestHeadline(content, i);
    // Every run writes into an empty folder, so neither command pays for deleting the last run's pages.
    rmSync(baselineOut, { recursive: true, force: true });
    rmSync(buildOut, { recursive: true, force: true });
    const baseline = measure(
      node,
      ["--import", "tsx", "scripts/bench/baseline.ts", "--content", content, "--output", baselineOut],
      baselineOut,
    );
    const timings = join(dir, `timings-${i + 1}.json`);
    const env = { ...process.env, NEWSROOM_CACHE: cache, NEWSROOM_TIMINGS: timings };
    const build = measure(
      node,
      ["--import", "tsx", "scripts/cli/build.ts", "--content", content, "--output", buildOut],
      buildOut,
      env,
    );
    const phases = readPhases(timings, build.cpu);
    const run: Run = { cache: kind, baseline, build: phases ? { ...build, phases } : build };
    results.push(run);
    console.log(
      `  run ${i + 1}/${runs + edits} (${run.cache}): baseline ${seconds(baseline.wall)}, build ${seconds(build.wall)} (${(build.wall / baseline.wall).toFixed(1)}×)` +
        (phases ? "" : "; the build wrote no phase timings"),
    );
  }
  entries.push({ articles, date: new Date().toISOString(), command, machine, corpus, runs: results });
  if (values.keep) console.log(`  kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

console.log(`\n${terminalReport(entries)}\n`);
render(entries);
