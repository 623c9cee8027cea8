/**
 * What the cache's verification costs (issue 23): warm builds of a synthetic archive with every
 * cached entry hashed before use, as always, and the same builds with that hashing taken out of the
 * code (scripts/bench/without.ts), one after the other so that the machine's load falls on both.
 * Prints each run with the load average beside it, then the medians.
 *
 *   npm run bench:verification -- [--articles 10000] [--runs 3]
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.ts";
import { describeMachine, machineLine } from "./machine.ts";
import { measure, requireGnuTime, type Measurement } from "./measure.ts";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "10000" }, runs: { type: "string", default: "3" } },
});
requireGnuTime();
const articles = Number(values.articles);
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), `cache-verification-${articles}-`));
const content = join(dir, "content");
const cache = join(dir, "cache");
const output = join(dir, "_site");
mkdirSync(content);
writeCorpus(content, articles);
console.log(`${machineLine(describeMachine())}; ${articles} articles in ${content}.`);

const load = () => loadavg()[0]!.toFixed(1);
function build(without: boolean): Measurement {
  const env = {
    ...process.env,
    NEWSROOM_CACHE: cache,
    ...(without ? { NEWSROOM_BENCH_WITHOUT: "cache-verification" } : {}),
  };
  const hooks = without ? ["--import", "./scripts/bench/without.ts"] : [];
  return measure(
    process.execPath,
    ["--import", "tsx", ...hooks, "scripts/cli/build.ts", "--content", content, "--output", output],
    { output, env },
  );
}

const cold = build(false);
console.log(`cold build (fills the cache): ${cold.wall.toFixed(1)} s, load ${load()}`);
const times: Record<"verified" | "unverified", Measurement[]> = { verified: [], unverified: [] };
for (let i = 0; i < runs * 2; i++) {
  // Alternating, starting with the other one every second pair, so neither always runs first.
  const without = (i % 2 === 1) !== (Math.floor(i / 2) % 2 === 1);
  const before = load();
  const run = build(without);
  const kind = without ? "unverified" : "verified";
  times[kind].push(run);
  console.log(
    `warm build ${i + 1}/${runs * 2}, ${kind}: ${run.wall.toFixed(1)} s wall, ${run.cpu.toFixed(1)} s CPU, ${(run.peakRss / 2 ** 20).toFixed(0)} MiB; load average ${before} → ${load()}`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const figure of ["wall", "cpu"] as const) {
  const verified = median(times.verified.map((m) => m[figure]));
  const unverified = median(times.unverified.map((m) => m[figure]));
  console.log(
    `median warm build of ${articles} articles, ${figure === "wall" ? "wall time" : "CPU time"}: ${verified.toFixed(1)} s verified, ${unverified.toFixed(1)} s unverified; ` +
      `verification costs ${(verified - unverified).toFixed(1)} s (${(((verified - unverified) / unverified) * 100).toFixed(0)}%)`,
  );
}
rmSync(dir, { recursive: true, force: true });
