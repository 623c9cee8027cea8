/**
 * `npm test`: every tests/*.test.ts, each a process of its own, CONCURRENCY at a time, in the
 * order of FIRST and then the rest by name (decision 0039). `node --test` would start them by
 * name only; the folders that mostly wait (on killed processes, an S3 server, Chromium) start
 * first, so that the ones that keep both cores busy run beside them rather than after them.
 */
import { readdirSync } from "node:fs";
import { run } from "node:test";
import { spec } from "node:test/reporters";

const FIRST = ["publishing", "editing", "built-site", "lighthouse", "in-browser", "search"];
const CONCURRENCY = 3;

const here = new URL(".", import.meta.url);
const names = readdirSync(here)
  .filter((f) => f.endsWith(".test.ts"))
  .map((f) => f.slice(0, -".test.ts".length));
const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
const files = names
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .map((name) => new URL(`${name}.test.ts`, here).pathname);

const stream = run({ files, concurrency: CONCURRENCY });
stream.on("test:fail", () => (process.exitCode = 1));
stream.compose(new spec()).pipe(process.stdout);
