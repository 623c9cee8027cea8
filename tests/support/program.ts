/**
 * A command's entry point compiled into one JavaScript file, for tests that run it as a process of
 * its own many times (to kill it, or to read its exit code and whole log). `node --import tsx`
 * costs about a second of CPU per process before the command does anything (tsx's loader thread
 * compiling and resolving each module); the same modules compiled once by esbuild, the compiler
 * tsx itself uses, start in a third of that. A command's own test file still runs it through tsx,
 * as `npm run` does, at least once.
 */
import { rmSync } from "node:fs";
import { basename, join } from "node:path";
import { buildSync } from "esbuild";

const made = new Map<string, string>();

/**
 * The arguments for `node` that run `entry` (a .ts file under the project) as compiled here, once
 * per test process. Packages stay in node_modules, imported as they would be.
 */
export function program(entry: string): string[] {
  let file = made.get(entry);
  if (!file) {
    // Two folders below the project, as the modules that make a path from their own address are
    // (`new URL("../../", import.meta.url)` in scripts/cache/stamp.ts): the path still reaches the
    // project. Named for the test process, so that two test files running together never share one.
    file = join("tests", ".output", `${basename(entry, ".ts")}.${process.pid}.mjs`);
    buildSync({
      entryPoints: [entry],
      outfile: file,
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "error",
    });
    made.set(entry, file);
    if (made.size === 1) process.on("exit", () => made.forEach((f) => rmSync(f, { force: true })));
  }
  return [file];
}
