/**
 * Runs every test file of a folder in this one process (tests/unit.test.ts and its siblings).
 * Each file `node --test` starts is a process of its own, which pays about 1.3 s of CPU for Node
 * and tsx, and 3 s more for the build's modules if it builds, before its first test (decision 0039).
 * A file of the folder still runs alone: `node --import tsx --test tests/<folder>/<name>.test.ts`.
 *
 * The files are imported one after the other; a file's tests start while the next one is imported,
 * so a file must not change what the process shares (environment, working folder) across an await.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";

export async function importTestFolder(folder: URL, atLeast: number): Promise<void> {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".test.ts"))
    .sort();
  // A moved folder or a renamed suffix must fail the run, not leave it green with fewer tests in it.
  assert.ok(files.length >= atLeast, `${files.length} test files in ${folder.pathname}, expected at least ${atLeast}`);
  for (const file of files) await import(new URL(file, folder).href);
}
