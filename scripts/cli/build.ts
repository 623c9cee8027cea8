/**
 * `npm run build`: checks the content, builds the site into a staging
 * folder and swaps it in only when everything succeeded, so a failed build
 * leaves the published `_site/` exactly as it was. One build at a time: a
 * second waits for the first, or with --no-wait stops and says who holds it.
 *
 *   npm run build -- [--content DIR] [--output DIR] [--no-wait] [--lang ar|en|fr]
 *
 * Spread over runners (docs/operations.md, "Builds spread over runners"): each runner builds its
 * share of the archive's article pages and search index into its own folder, then one puts them
 * together with the site-wide pages. Every one of them with the same commit and NEWSROOM_NOW.
 *
 *   npm run build -- --shard 2/4 [--output DIR]        (default _shards/2-of-4)
 *   npm run build -- --merge DIR DIR… [--output DIR]   (the shards' folders; default _site)
 *
 * The command is a function of its arguments, environment and output streams, so that the tests
 * run it many times in one process; run as a program, it is called once with the process's own.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ContentValidationError } from "../content/problems.ts";
import { warningLines } from "../content/report.ts";
import { CommandError, isLanguage, MESSAGES as M, speak } from "../content/messages/index.ts";
import { messagesLanguage } from "../content/registries.ts";
import { heldBackLines } from "../site/publication.ts";
import { buildOptions } from "../build/options.ts";
import { checkContent, productionBuild, writeTimings } from "../build/pipeline.ts";
import { stopwatch, Timings } from "../build/timings.ts";
import { LockedError } from "../build/lock.ts";
import { osErrorMessage } from "../build/messages.ts";
import { RefusedFile } from "../files/repository.ts";
import { faultAt } from "../build/site-folder.ts";
import { readShards } from "../build/shards.ts";
import { writeSitePages } from "../eleventy/run.ts";
import { checkCache } from "../content/check-cache.ts";
import { DamageTally } from "../cache/build-cache.ts";

/** Where the command writes: standard output and standard error, one line or block at a time. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

/** Runs `npm run build` with these arguments and environment; resolves to its exit code. */
export async function buildCommand(args: string[], env: NodeJS.ProcessEnv, io: CommandOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      content: { type: "string" },
      output: { type: "string" },
      "no-wait": { type: "boolean", default: false },
      lang: { type: "string" },
      shard: { type: "string" },
      merge: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    io.err(speak("ar")(M.badLang({ value: values.lang })));
    return 2;
  }
  if (values.merge !== positionals.length > 0) {
    io.err(speak(isLanguage(values.lang) ? values.lang : "ar")(M.mergeUsage()));
    return 2;
  }
  let options: ReturnType<typeof buildOptions>;
  try {
    options = buildOptions("production", env, {
      content: values.content,
      language: values.lang,
      shard: values.shard,
      merge: positionals,
    });
    // Every shard there, once, before the content is read (the pipeline checks again, and what they were built from).
    if (options.merge) readShards(options.merge);
  } catch (error) {
    if (!(error instanceof CommandError)) {
      io.err((error as Error).message);
      return 2;
    }
    // Before the content is read: --lang or NEWSROOM_LANG, else what the content's site.yaml names.
    const language = isLanguage(values.lang)
      ? values.lang
      : isLanguage(env.NEWSROOM_LANG)
        ? env.NEWSROOM_LANG
        : undefined;
    io.err(speak(messagesLanguage(values.content || env.NEWSROOM_CONTENT || "content", language))(error.texts));
    return 2;
  }
  const output =
    values.output ?? (options.shard ? `_shards/${options.shard.index}-of-${options.shard.count}` : "_site");
  const clock = stopwatch();
  const timings = new Timings();

  // One tally for the whole run: the stored checks are opened before the pipeline opens the other caches.
  const damage = new DamageTally();
  // Read before the cache's lock is taken: its entry is written whole under its hash or not at all.
  const checks = checkCache(options.cacheDir, damage);
  const checked = await timings.time("validation", () => checkContent(options, checks.checker));
  const say = speak(checked.language);
  if (checked.warnings.length) io.err([...warningLines(checked.warnings, say), ""].join("\n"));
  if (!checked.ok) {
    io.err(new ContentValidationError(checked.problems, say).message);
    return 1;
  }
  // Embargoed articles are left out of a production build; say which, so nobody wonders where a story went.
  const held = heldBackLines(checked.content.articles, checked.content.site, options.now(), say);
  if (held.length) io.out(held.join("\n"));

  try {
    const report = await productionBuild(
      options,
      {
        content: checked.content,
        damage,
        saveChecks: () => checks.save(),
        output: resolve(output),
        writeSitePages,
        wait: !values["no-wait"],
        say: (message) => io.out(message),
        speak: say,
        fault: faultAt(env.NEWSROOM_TEST_FAULT),
      },
      timings,
    );
    const { archive, pictures, search } = report;
    if (options.shard) io.out(say(M.shardBuilt({ index: options.shard.index, count: options.shard.count })));
    if (report.merged) io.out(say(M.merged({ shards: report.merged.shards, files: report.merged.files })));
    io.out(
      say(
        M.wrote({
          pages: archive.times.pages + archive.times.reused,
          reused: archive.times.reused,
          rendered: archive.times.pages,
          listings: archive.times.listings,
          threads: archive.threads,
          minified: archive.minify.fragments,
        }),
      ),
    );
    if (pictures.encoded + pictures.reused > 0) {
      io.out(
        say(
          M.pictures({
            encoded: pictures.encoded,
            reused: pictures.reused,
            seconds: pictures.seconds.toFixed(1),
            linked: pictures.linked,
          }),
        ),
      );
    }
    const { cards } = report;
    if (cards.made + cards.reused > 0) {
      io.out(
        say(
          M.shareCards({
            made: cards.made,
            each: cards.made ? Math.round(cards.ms / cards.made) : 0,
            reused: cards.reused,
          }),
        ),
      );
    }
    if (report.damaged.length) {
      const total = report.damaged.reduce((n, [, count]) => n + count, 0);
      io.out(say(M.cacheDamaged({ total, folders: report.damaged.map(([folder, n]) => `${folder} ${n}`).join(", ") })));
    }
    io.out(
      say(
        M.searchIndex({
          parts: search.parts,
          indexed: search.indexed,
          total: search.total,
          seconds: search.seconds.toFixed(2),
        }),
      ),
    );
  } catch (error) {
    // The editor's terms for what an editor can act on; a stack trace only for what is a bug.
    const os = osErrorMessage(error);
    if (error instanceof ContentValidationError || error instanceof LockedError) io.err(error.message);
    else if (error instanceof CommandError) io.err(say(error.texts));
    else if (os) io.err(say(os));
    // A file that became a link (or vanished) between the check and the page that reads it.
    else if (error instanceof RefusedFile)
      io.err(say(M.refusedWhileBuilding({ path: error.refusal.path, reason: M.refusedFile(error.refusal.reason) })));
    else io.err(`${say(M.buildFailed())}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
  io.out(say(M.built({ output, seconds: clock.seconds().toFixed(1) })));
  if (env.NEWSROOM_TIMINGS) writeTimings(env.NEWSROOM_TIMINGS, timings, clock.seconds());
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const code = await buildCommand(process.argv.slice(2), process.env, {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
  // A failed build leaves at once, whatever its worker threads or timers still hold.
  if (code) process.exit(code);
}
