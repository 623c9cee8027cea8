/**
 * Every unit test (tests/unit/) in one process. Each test file run by `node --test` is a process
 * of its own, and each paid about 1.3 s of CPU to start Node and tsx and load its modules before
 * its first test: more than most unit files' tests take. A unit file still runs alone:
 * `node --import tsx --test tests/unit/<name>.test.ts`.
 */
import { readdirSync } from "node:fs";

const folder = new URL("unit/", import.meta.url);
for (const file of readdirSync(folder)
  .filter((f) => f.endsWith(".test.ts"))
  .sort())
  await import(new URL(file, folder).href);
