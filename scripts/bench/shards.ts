/**
 * `npm run bench -- --shards 2,4`: the build spread over n runners (`npm run build -- --shard i/n`,
 * then `--merge`), each shard with a build cache of its own as a runner of its own has. The shards
 * run one after another here; on n runners they run side by side, so a build takes the slowest
 * shard plus the merge. Each is measured cold (empty caches), then warm (nothing changed) if asked.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { siteFolderPaths } from "../build/site-folder.ts";
import { measure, type Measurement } from "./measure.ts";

export interface ShardRun {
  /** How many shards. */
  count: number;
  cache: "cold" | "warm";
  shards: Measurement[];
  merge: Measurement;
}

export function measureShards(
  node: string,
  project: string,
  content: string,
  dir: string,
  counts: number[],
  options: { warm: boolean; keep: boolean },
): ShardRun[] {
  const runs: ShardRun[] = [];
  // One clock for every shard and merge, as the workflow sets it: the merge refuses shards of another time.
  const now = new Date().toISOString();
  const build = (args: string[], output: string, cache: string) =>
    measure(node, ["--import", "tsx", "scripts/cli/build.ts", "--content", content, "--output", output, ...args], {
      output,
      env: { ...process.env, NEWSROOM_CACHE: cache, NEWSROOM_NOW: now },
      cwd: project,
    });
  for (const count of counts) {
    const folder = (i: number) => join(dir, `shards-${count}`, `${i}-of-${count}`);
    const cache = (name: string) => join(dir, `shards-${count}`, `cache-${name}`);
    for (const state of options.warm ? (["cold", "warm"] as const) : (["cold"] as const)) {
      // Each runner starts without the last build's site, as a CI runner does: only its cache is kept.
      for (const output of [
        ...Array.from({ length: count }, (_, i) => folder(i + 1)),
        join(dir, `shards-${count}`, "site"),
      ])
        for (const path of siteFolderPaths(output)) rmSync(path, { recursive: true, force: true });
      const shards = Array.from({ length: count }, (_, i) =>
        build(["--shard", `${i + 1}/${count}`], folder(i + 1), cache(String(i + 1))),
      );
      const merge = build(
        ["--merge", ...shards.map((_, i) => folder(i + 1))],
        join(dir, `shards-${count}`, "site"),
        cache("merge"),
      );
      runs.push({ count, cache: state, shards, merge });
      const slowest = Math.max(...shards.map((s) => s.wall));
      console.log(
        `  ${count} shards (${state}): ${shards.map((s) => `${s.wall.toFixed(1)} s`).join(", ")}; merge ${merge.wall.toFixed(1)} s; ` +
          `slowest shard + merge ${(slowest + merge.wall).toFixed(1)} s`,
      );
    }
    if (!options.keep) rmSync(join(dir, `shards-${count}`), { recursive: true, force: true });
  }
  return runs;
}

/** The report's rows: one per shard count and cache state. */
export function shardRows(articles: number, runs: ShardRun[]): string[][] {
  const s = (x: number) => `${x.toFixed(1)} s`;
  return runs.map((run) => {
    const slowest = Math.max(...run.shards.map((m) => m.wall));
    return [
      articles.toLocaleString("en-US"),
      String(run.count),
      run.cache,
      run.shards.map((m) => s(m.wall)).join(", "),
      run.shards.map((m) => s(m.cpu)).join(", "),
      s(run.merge.wall),
      s(slowest + run.merge.wall),
      `${Math.round(Math.max(...run.shards.map((m) => m.peakRss)) / 2 ** 20)} MiB`,
    ];
  });
}

export const SHARD_HEADER = [
  "articles",
  "shards",
  "cache",
  "each shard, wall",
  "each shard, CPU",
  "merge, wall",
  "slowest shard + merge",
  "peak RSS, largest shard",
];
