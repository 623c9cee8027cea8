/**
 * `npm run build`: checks the content, builds the site into a staging
 * folder and swaps it in only when everything succeeded, so a failed build
 * leaves the published `_site/` exactly as it was. One build at a time: a
 * second waits for the first, or with --no-wait stops and says who holds it.
 *
 *   npm run build -- [--content DIR] [--output DIR] [--no-wait]
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ContentValidationError } from "../content/problems.ts";
import { warningLines } from "../content/report.ts";
import { heldBackLines } from "../site/publication.ts";
import { buildOptions } from "../build/options.ts";
import { checkContent, productionBuild, writeTimings } from "../build/pipeline.ts";
import { stopwatch, Timings } from "../build/timings.ts";
import { LockedError } from "../build/lock.ts";
import { messages, osErrorMessage } from "../build/messages.ts";
import { faultAt } from "../build/site-folder.ts";
import { writeSitePages } from "../eleventy/run.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string" },
    output: { type: "string", default: "_site" },
    "no-wait": { type: "boolean", default: false },
  },
});
const options = buildOptions("production", process.env, { content: values.content });
const clock = stopwatch();
const timings = new Timings();

const checked = await timings.time("validation", () => checkContent(options));
if (checked.warnings.length) console.warn([...warningLines(checked.warnings), ""].join("\n"));
if (!checked.ok) {
  console.error(new ContentValidationError(checked.problems).message);
  process.exit(1);
}
// Embargoed articles are left out of a production build; say which, so nobody wonders where a story went.
const held = heldBackLines(checked.content.articles, checked.content.site, options.now());
if (held.length) console.log(held.join("\n"));

try {
  const report = await productionBuild(
    options,
    {
      content: checked.content,
      output: resolve(values.output),
      writeSitePages,
      wait: !values["no-wait"],
      say: (message) => console.log(message),
      fault: faultAt(process.env.NEWSROOM_TEST_FAULT),
    },
    timings,
  );
  const { archive, pictures, search } = report;
  const where = archive.threads ? `${archive.threads} worker threads` : "the main thread";
  console.log(
    `Wrote ${archive.times.pages + archive.times.reused} article pages (${archive.times.reused} kept from the last build, ${archive.times.pages} rendered) ` +
      `and ${archive.times.listings} section, tag and author pages on ${where}; ${archive.minify.fragments} Markdown bodies minified.`,
  );
  if (pictures.encoded + pictures.reused > 0) {
    console.log(
      `Pictures: ${pictures.encoded} encoded, ${pictures.reused} from the cache, in ${pictures.seconds.toFixed(1)} s; ${pictures.linked} files copied into the site's img/.`,
    );
  }
  if (report.damaged.length) {
    const total = report.damaged.reduce((n, [, count]) => n + count, 0);
    console.log(messages.damaged(total, report.damaged.map(([folder, n]) => `${folder} ${n}`).join(", ")));
  }
  console.log(
    `Search index: ${search.parts} parts by date, ${search.indexed} of ${search.total} articles indexed (the rest unchanged since the last build) in ${search.seconds.toFixed(2)} s.`,
  );
} catch (error) {
  // The editor's terms for what an editor can act on; a stack trace only for what is a bug.
  const os = osErrorMessage(error);
  if (error instanceof ContentValidationError || error instanceof LockedError) console.error(error.message);
  else if (os) console.error(os);
  else console.error(`${messages.failed}\n`, error);
  process.exit(1);
}
console.log(`Built ${values.output} in ${clock.seconds().toFixed(1)} s.`);
if (process.env.NEWSROOM_TIMINGS) writeTimings(process.env.NEWSROOM_TIMINGS, timings, clock.seconds());
