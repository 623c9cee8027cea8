/**
 * `npm test`: every tests/*.test.ts, each a process of its own, CONCURRENCY at a time, in the
 * order of FIRST and then the rest by name (decision 0039). `node --test` would start them by
 * name only; the two that use about one core each (publishing waits on killed builds and an S3
 * server, Lighthouse on its own timers) start together, then the ones that keep both cores busy.
 */
import { readdirSync } from "node:fs";
import { run } from "node:test";
import { spec, tap } from "node:test/reporters";

const FIRST = ["publishing", "lighthouse", "in-browser", "built-site", "editing", "search"];
const CONCURRENCY = 2;

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
// As `node --test` reports: TAP unless a person is watching. TAP puts "# " before whatever a test
// printed, so no line of it can start a CI system's log command ("::error::" on GitHub).
const report = process.stdout.isTTY ? stream.pipe(new spec()) : stream.compose<NodeJS.ReadableStream>(tap);
report.pipe(process.stdout);
