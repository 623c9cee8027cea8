/**
 * The Arabic typography lint: warnings, not errors (`npm run check --
 * --strict` makes them errors). Each rule is its own module; this one runs
 * them over an article's text and places each finding in the file.
 */
import type { Problem } from "../problems.ts";
import type { SourceFile } from "../read-source.ts";
import type { Finding } from "./finding.ts";
import { textSpans } from "./text-spans.ts";
import { latinPunctuation } from "./punctuation.ts";
import { tatweel } from "./tatweel.ts";
import { doubledSpaces } from "./spaces.ts";
import { mixedDigits } from "./digits.ts";
import { imagesWithoutAlt } from "./images.ts";
import { longHeadline } from "./headline.ts";

/**
 * One scan for anything the character rules could report: most text has none, and a scan per
 * rule cost more than reading the files.
 */
const SUSPECT = /[,;?\u0640]| {2}|!\[/;

export function lintArticle(source: SourceFile, siteDigits: "latn" | "arab"): Problem[] {
  const spans = textSpans(source);
  const findings: Finding[] = [];
  for (const span of spans) {
    if (SUSPECT.test(span.text)) for (const rule of [latinPunctuation, tatweel, doubledSpaces]) append(findings, rule(span));
  }
  const body = spans.find((s) => s.field === "body");
  if (body) append(findings, imagesWithoutAlt(body));
  const title = spans.find((s) => s.field === "title");
  const long = title && longHeadline(title);
  if (long) findings.push(long);
  const digits = mixedDigits(spans, siteDigits);
  if (digits) findings.push(digits);
  const warnings = findings
    .map(({ span, index, message }) => ({ file: source.file, ...span.at(index), field: span.field, message }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const rest = warnings.length - MAX_WARNINGS;
  return [
    ...warnings.slice(0, MAX_WARNINGS),
    { ...warnings[MAX_WARNINGS]!, message: `and ${rest.toLocaleString("en")} more typography warning${rest === 1 ? "" : "s"} from here on, not listed. Fix the ones above and check again.` },
  ];
}

/** Warnings listed per file: enough to show the pattern; a pasted table of 100,000 commas would drown the report. */
const MAX_WARNINGS = 100;

/** `push(...list)` passes each finding as an argument, and a body with 100,000 of them overflows the stack. */
function append(findings: Finding[], more: Finding[]): void {
  for (const finding of more) findings.push(finding);
}
