/**
 * Benchmark for `npm run check`: writes a synthetic corpus and times the
 * real command on it, end to end (process start included), as an editor
 * would wait for it.
 *
 *   npm run bench:check -- [--articles 10000] [--runs 3] [--keep]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "10000" }, runs: { type: "string", default: "3" }, keep: { type: "boolean", default: false } } });
const articles = Number(values.articles);
const dir = mkdtempSync(join(tmpdir(), "newsroom-bench-"));

let started = performance.now();
writeCorpus(dir, articles);
console.log(`Wrote ${articles} articles to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

const times: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  started = performance.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", "--content", dir], { encoding: "utf8" });
  times.push((performance.now() - started) / 1000);
  if (run.status !== 0) {
    console.error(run.stdout.slice(0, 2000), run.stderr.slice(0, 2000));
    process.exit(1);
  }
  if (i === 0) console.log(run.stdout.trim().split("\n").at(-1));
}
times.sort((a, b) => a - b);
console.log(`npm run check on ${articles} articles: median ${times[Math.floor(times.length / 2)]!.toFixed(2)} s (runs: ${times.map((t) => t.toFixed(2)).join(", ")}).`);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
