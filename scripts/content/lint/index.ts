/**
 * The Arabic typography lint: warnings, not errors (`npm run check --
 * --strict` makes them errors). Each rule is its own module; this one runs
 * them over an article's text and places each finding in the file.
 */
import type { Problem } from "../problems.ts";
import type { SourceFile } from "../read-source.ts";
import type { Finding } from "./finding.ts";
import { MESSAGES as M, speak } from "../messages/index.ts";
import type { Language } from "../../text/languages.ts";
import { textSpans } from "./text-spans.ts";
import { latinPunctuation } from "./punctuation.ts";
import { tatweel } from "./tatweel.ts";
import { doubledSpaces } from "./spaces.ts";
import { mixedDigits } from "./digits.ts";
import { imagesWithoutAlt } from "./images.ts";
import { longHeadline } from "./headline.ts";
import { unusedReferences } from "./references.ts";

/**
 * One scan for anything the character rules could report: most text has none, and a scan per
 * rule cost more than reading the files.
 */
const SUSPECT = /[,;?\u0640]| {2}|!\[/;

export function lintArticle(source: SourceFile, siteDigits: "latn" | "arab", language: Language): Problem[] {
  const say = speak(language);
  const spans = textSpans(source);
  const findings: Finding[] = [];
  for (const span of spans) {
    if (SUSPECT.test(span.text)) for (const rule of [latinPunctuation, tatweel, doubledSpaces]) append(findings, rule(span));
  }
  const body = spans.find((s) => s.field === "body");
  if (body) {
    append(findings, imagesWithoutAlt(body));
    append(findings, unusedReferences(body, source));
  }
  const title = spans.find((s) => s.field === "title");
  const long = title && longHeadline(title);
  if (long) findings.push(long);
  const digits = mixedDigits(spans, siteDigits);
  if (digits) findings.push(digits);
  const placed = findings
    .map(({ span, index, message }) => ({ file: source.file, ...span.at(index), field: span.field, message }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  // Only what is listed is put into words.
  const warnings = placed.slice(0, MAX_WARNINGS).map((w) => ({ ...w, message: say(w.message) }));
  if (placed.length <= MAX_WARNINGS) return warnings;
  return [...warnings, { ...placed[MAX_WARNINGS]!, message: say(M.moreWarnings({ rest: placed.length - MAX_WARNINGS })) }];
}

/** Warnings listed per file: enough to show the pattern; a pasted table of 100,000 commas would drown the report. */
const MAX_WARNINGS = 100;

/** `push(...list)` passes each finding as an argument, and a body with 100,000 of them overflows the stack. */
function append(findings: Finding[], more: Finding[]): void {
  for (const finding of more) findings.push(finding);
}
