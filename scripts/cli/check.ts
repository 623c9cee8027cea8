/**
 * `npm run check`: checks every content file without building. Errors stop
 * a build; typography warnings do not, unless `--strict`. Exit code 1 on errors.
 *
 *   npm run check -- [--content DIR] [--format text|github] [--strict] [--lang ar|en|fr]
 */
import { parseArgs } from "node:util";
import { loadContent } from "../content/load-content.ts";
import { report, type ReportFormat } from "../content/report.ts";
import { isLanguage, MESSAGES as M, speak } from "../content/messages/index.ts";
import { sortProblems } from "../content/problems.ts";
import { heldBackLines } from "../site/publication.ts";
import { buildOptions } from "../build/options.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string" },
    format: { type: "string", default: "text" },
    strict: { type: "boolean", default: false },
    lang: { type: "string" },
  },
});
if (values.lang !== undefined && !isLanguage(values.lang)) {
  console.error(speak("ar")(M.badLang({ value: values.lang })));
  process.exit(2);
}
const options = buildOptions("production", process.env, { content: values.content, language: values.lang });
if (values.format !== "text" && values.format !== "github") {
  // Before the content is read, the language asked for, or Arabic.
  console.error(speak(options.language ?? "ar")(M.badFormat({ value: values.format })));
  process.exit(2);
}
const format: ReportFormat = values.format;

const result = loadContent(options);
const say = speak(result.language);
const errors = result.ok ? [] : result.problems;
const warnings = result.warnings;
const [asErrors, asWarnings] = values.strict ? [sortProblems([...errors, ...warnings]), []] : [errors, warnings];

const out = asErrors.length ? console.error : console.log;
if (result.ok && format === "text") {
  const scheduled = heldBackLines(result.content.articles, result.content.site, options.now());
  if (scheduled.length) console.log([...scheduled, ""].join("\n"));
}
if (result.ok && !asErrors.length && !asWarnings.length)
  console.log(say(M.allChecked({ articles: result.content.articles.length })));
else out(report(asErrors, asWarnings, format, say).join("\n"));
// exitCode rather than exit(): a long report piped to another program must be written out in full first.
process.exitCode = asErrors.length ? 1 : 0;
