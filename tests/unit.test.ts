/**
 * Every unit test (tests/unit/) in one process. Each test file run by `node --test` is a process
 * of its own, and each paid about 1.3 s of CPU to start Node and tsx and load its modules before
 * its first test: more than most unit files' tests take. A unit file still runs alone:
 * `node --import tsx --test tests/unit/<name>.test.ts`.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";

const folder = new URL("unit/", import.meta.url);
const files = readdirSync(folder)
  .filter((f) => f.endsWith(".test.ts"))
  .sort();
// A moved folder or a renamed suffix must fail the run, not leave it green with no unit test in it.
assert.ok(files.length >= 20, `${files.length} unit test files in ${folder.pathname}`);
for (const file of files) await import(new URL(file, folder).href);
