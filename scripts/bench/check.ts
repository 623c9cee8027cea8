/**
 * Benchmark for `npm run check`: times the real command end to end (npm and
 * process start included), as an editor waits for it, on a synthetic corpus
 * of N articles or on an existing content folder.
 *
 *   npm run bench:check -- [--articles 10000 | --content content] [--runs 3] [--keep]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    content: { type: "string" },
    runs: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
  },
});
let dir = values.content;
if (!dir) {
  dir = mkdtempSync(join(tmpdir(), "newsroom-bench-"));
  const started = performance.now();
  writeCorpus(dir, Number(values.articles));
  console.log(`Wrote ${values.articles} articles to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

const times: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const started = performance.now();
  const run = spawnSync("npm", ["run", "-s", "check", "--", "--content", dir], { encoding: "utf8" });
  times.push((performance.now() - started) / 1000);
  if (run.status !== 0) {
    console.error(run.stdout.slice(0, 2000), run.stderr.slice(0, 2000));
    process.exit(1);
  }
  if (i === 0) console.log(run.stdout.trim().split("\n").at(-1));
}
times.sort((a, b) => a - b);
console.log(
  `npm run check on ${dir}: median ${times[Math.floor(times.length / 2)]!.toFixed(2)} s (runs: ${times.map((t) => t.toFixed(2)).join(", ")}).`,
);
if (!values.content && !values.keep) rmSync(dir, { recursive: true, force: true });
