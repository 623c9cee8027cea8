/**
 * How problems are printed: for people in a terminal (`path:line:column:
 * field: message`), or as GitHub Actions annotations, which GitHub shows on
 * the pull request's changed lines.
 */
import { formatProblem, type Problem } from "./problems.ts";

export type ReportFormat = "text" | "github";

export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Every line to print for a set of errors and warnings, with a closing summary. */
export function report(errors: Problem[], warnings: Problem[], format: ReportFormat): string[] {
  if (format === "github") {
    return [...errors.map((p) => annotation("error", p)), ...warnings.map((p) => annotation("warning", p)), summary(errors, warnings)];
  }
  const lines = errors.map(formatProblem);
  if (warnings.length) {
    if (lines.length) lines.push("");
    lines.push(...warningLines(warnings));
  }
  if (lines.length) lines.push("");
  lines.push(summary(errors, warnings));
  return lines;
}

/** Typography warnings under a heading that says they do not stop anything. */
export function warningLines(warnings: Problem[]): string[] {
  return [`Typography warnings (the site still builds; fix them when you can):`, ...warnings.map(formatProblem)];
}

function summary(errors: Problem[], warnings: Problem[]): string {
  const files = new Set([...errors, ...warnings].map((p) => p.file)).size;
  if (!errors.length && !warnings.length) return "No problems found.";
  if (!errors.length) return `No errors; ${count(warnings.length, "warning")} in ${count(files, "file")}.`;
  return `${count(errors.length, "error")} and ${count(warnings.length, "warning")} in ${count(files, "file")}.`;
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
