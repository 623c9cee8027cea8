/**
 * How problems are printed: for people in a terminal (`path:line:column:
 * field: message`), or as GitHub Actions annotations, which GitHub shows on
 * the pull request's changed lines.
 */
import { formatProblem, type Problem } from "./problems.ts";
import { MESSAGES as M, type Speak } from "./messages/index.ts";

export type ReportFormat = "text" | "github";

/** Every line to print for a set of errors and warnings, with a closing summary. */
export function report(errors: Problem[], warnings: Problem[], format: ReportFormat, say: Speak): string[] {
  if (format === "github") {
    return [...errors.map((p) => annotation("error", p)), ...warnings.map((p) => annotation("warning", p)), summary(errors, warnings, say)];
  }
  const lines = errors.map(formatProblem);
  if (warnings.length) {
    if (lines.length) lines.push("");
    lines.push(...warningLines(warnings, say));
  }
  if (lines.length) lines.push("");
  lines.push(summary(errors, warnings, say));
  return lines;
}

/** Typography warnings under a heading that says they do not stop anything. */
export function warningLines(warnings: Problem[], say: Speak): string[] {
  return [say(M.warningsHeading()), ...warnings.map(formatProblem)];
}

function summary(errors: Problem[], warnings: Problem[], say: Speak): string {
  const files = new Set([...errors, ...warnings].map((p) => p.file)).size;
  if (!errors.length && !warnings.length) return say(M.noProblems());
  if (!errors.length) return say(M.onlyWarnings({ warnings: warnings.length, files }));
  return say(M.summary({ errors: errors.length, warnings: warnings.length, files }));
}

/**
 * `::error file=…,line=…,col=…,title=…::message`, escaped as GitHub's toolkit escapes it.
 * GitHub puts only the first ten errors and ten warnings of a step on the pull request; every
 * annotation line is still in the run's log.
 */
function annotation(level: "error" | "warning", p: Problem): string {
  const props = [`file=${property(p.file)}`, ...(p.line ? [`line=${p.line}`, `col=${p.column ?? 1}`] : []), `title=${property(p.field)}`];
  return `::${level} ${props.join(",")}::${data(p.message)}`;
}

function data(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function property(text: string): string {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
