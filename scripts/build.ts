/**
 * `npm run build`: checks the content, builds the site into a staging
 * folder and swaps it in only when everything succeeded, so a failed build
 * leaves the published `_site/` exactly as it was.
 *
 *   npm run build -- [--content DIR] [--output DIR]
 */
import { existsSync, writeFileSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { ContentValidationError } from "./content/problems.ts";
import { loadContent } from "./content/load-content.ts";
import { buildOptions } from "./eleventy/options.ts";
import { usePreloadedContent } from "./eleventy/newsroom-data.ts";
import { warningLines } from "./content/report.ts";
import { heldBackLines } from "./site/publication.ts";
import { writeHeadersFile } from "./site/security.ts";
import { addPhase, recordedPhases } from "./eleventy/timings.ts";

const { values } = parseArgs({ options: { content: { type: "string" }, output: { type: "string", default: "_site" } } });
if (values.content) process.env.NEWSROOM_CONTENT = values.content;
const output = resolve(values.output);
const staging = `${output}.next`;
const previous = `${output}.prev`;

const started = performance.now();
const options = buildOptions();
const checked = loadContent(options);
addPhase("validation", (performance.now() - started) / 1000);
if (checked.warnings.length) console.warn([...warningLines(checked.warnings), ""].join("\n"));
if (!checked.ok) {
  console.error(new ContentValidationError(checked.problems).message);
  process.exit(1);
}
const now = options.now();
usePreloadedContent(checked.content, now);
// Embargoed articles are left out of a production build; say which, so nobody wonders where a story went.
const held = options.mode === "production" ? heldBackLines(checked.content.articles, checked.content.site, now) : [];
if (held.length) console.log(held.join("\n"));

await rm(staging, { recursive: true, force: true });
try {
  const eleventy = new Eleventy(undefined, staging, { configPath: ".eleventy.ts", quietMode: true, runMode: "build" });
  await eleventy.write();
  // Caching and security headers for Netlify and Cloudflare Pages, from the finished output.
  await writeHeadersFile(staging, checked.content.site);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  if (error instanceof ContentValidationError) console.error(error.message);
  else console.error("The build failed; the published site was left as it was.\n", error);
  process.exit(1);
}

if (existsSync(output)) await rename(output, previous);
await rename(staging, output);
await rm(previous, { recursive: true, force: true });
console.log(`Built ${values.output} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
// For `npm run bench`: seconds per phase (see scripts/eleventy/timings.ts), and this process's CPU time,
// worker threads included, which the benchmark takes from the whole tree's to tell Pagefind's apart.
if (process.env.NEWSROOM_TIMINGS) {
  const { user, system } = process.cpuUsage();
  const timings = { phases: { ...recordedPhases(), total: (performance.now() - started) / 1000 }, nodeCpu: (user + system) / 1e6 };
  writeFileSync(process.env.NEWSROOM_TIMINGS, JSON.stringify(timings, null, 2));
}
