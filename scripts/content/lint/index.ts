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
    if (SUSPECT.test(span.text)) findings.push(...latinPunctuation(span), ...tatweel(span), ...doubledSpaces(span));
  }
  const body = spans.find((s) => s.field === "body");
  if (body) findings.push(...imagesWithoutAlt(body));
  const title = spans.find((s) => s.field === "title");
  const long = title && longHeadline(title);
  if (long) findings.push(long);
  const digits = mixedDigits(spans, siteDigits);
  if (digits) findings.push(digits);
  return findings
    .map(({ span, index, message }) => ({ file: source.file, ...span.at(index), field: span.field, message }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
