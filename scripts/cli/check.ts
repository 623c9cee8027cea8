/**
 * `npm run check`: checks every content file without building. Errors stop
 * a build; typography warnings do not, unless `--strict`. Exit code 1 on errors.
 *
 *   npm run check -- [--content DIR] [--format text|github] [--strict] [--lang ar|en|fr]
 *
 * Like the build, a function of its arguments, environment and output, run once as a program.
 */
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { loadContent } from "../content/load-content.ts";
import { report, type ReportFormat } from "../content/report.ts";
import { isLanguage, MESSAGES as M, speak } from "../content/messages/index.ts";
import { sortProblems } from "../content/problems.ts";
import { heldBackLines } from "../site/publication.ts";
import { buildOptions } from "../build/options.ts";
import type { CommandOutput } from "./build.ts";

/** Runs `npm run check` with these arguments and environment; resolves to its exit code. */
export function checkCommand(args: string[], env: NodeJS.ProcessEnv, io: CommandOutput): number {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: "string" },
      format: { type: "string", default: "text" },
      strict: { type: "boolean", default: false },
      lang: { type: "string" },
    },
  });
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    io.err(speak("ar")(M.badLang({ value: values.lang })));
    return 2;
  }
  const options = buildOptions("production", env, { content: values.content, language: values.lang });
  if (values.format !== "text" && values.format !== "github") {
    // Before the content is read, the language asked for, or Arabic.
    io.err(speak(options.language ?? "ar")(M.badFormat({ value: values.format })));
    return 2;
  }
  const format: ReportFormat = values.format;

  const result = loadContent(options);
  const say = speak(result.language);
  const errors = result.ok ? [] : result.problems;
  const warnings = result.warnings;
  const [asErrors, asWarnings] = values.strict ? [sortProblems([...errors, ...warnings]), []] : [errors, warnings];

  const out = (text: string) => (asErrors.length ? io.err(text) : io.out(text));
  if (result.ok && format === "text") {
    const scheduled = heldBackLines(result.content.articles, result.content.site, options.now(), say);
    if (scheduled.length) io.out([...scheduled, ""].join("\n"));
  }
  if (result.ok && !asErrors.length && !asWarnings.length)
    io.out(say(M.allChecked({ articles: result.content.articles.length })));
  else out(report(asErrors, asWarnings, format, say).join("\n"));
  return asErrors.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  // exitCode rather than exit(): a long report piped to another program must be written out in full first.
  process.exitCode = checkCommand(process.argv.slice(2), process.env, {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
