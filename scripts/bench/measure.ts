/**
 * Runs one command under GNU time and measures what a build costs: wall
 * time, CPU time and peak memory of the whole process tree (the build's
 * worker threads and the Pagefind binary it spawns included), then what it
 * wrote.
 */
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

export interface Measurement {
  /** Seconds. */
  wall: number;
  /** User + system seconds of the process and every child it waited for. */
  cpu: number;
  /** Bytes: the largest resident set of any one process in the tree (GNU time's %M), not their sum. */
  peakRss: number;
  /** .html files written. */
  pages: number;
  /** Bytes of everything written. */
  bytes: number;
}

/** Exits with a hint when GNU time is missing: the shell's `time` builtin cannot report memory or write to a file. */
export function requireGnuTime(): void {
  if (spawnSync(GNU_TIME, ["--version"]).status === 0) return;
  console.error(
    `${GNU_TIME} (GNU time) is needed to measure CPU time and peak memory. Install it: apt-get install -y time`,
  );
  process.exit(2);
}

/** Runs `command args` to completion and measures it, with what it wrote to `output`; exits the benchmark if it fails, since its figures would mean nothing. */
export function measure(
  command: string,
  args: string[],
  { output, env = process.env, cwd }: { output: string; env?: NodeJS.ProcessEnv; cwd?: string },
): Measurement {
  const scratch = mkdtempSync(join(tmpdir(), "bench-time-"));
  const timeFile = join(scratch, "time.txt");
  try {
    // The last command's hundreds of megabytes are still being written back to disk; without this the
    // next command shared the disk with that write-back (the baseline took 2.8-7.9 s within one run).
    spawnSync("sync");
    const run = spawnSync(GNU_TIME, ["-f", "%e %U %S %M", "-o", timeFile, command, ...args], {
      encoding: "utf8",
      env,
      ...(cwd ? { cwd } : {}),
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.status !== 0) {
      console.error(
        `${command} ${args.join(" ")} failed (exit ${run.status}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`,
      );
      process.exit(1);
    }
    // GNU time prints a "Command exited with non-zero status" line first on failure; the figures are always the last line.
    const [wall, user, sys, maxKb] = readFileSync(timeFile, "utf8")
      .trim()
      .split("\n")
      .at(-1)!
      .split(" ")
      .map(Number) as [number, number, number, number];
    return { wall, cpu: user + sys, peakRss: maxKb * 1024, ...written(output) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Pages and bytes under a folder. */
function written(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        bytes += lstatSync(path).size;
        if (entry.name.endsWith(".html")) pages++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { pages, bytes };
}
