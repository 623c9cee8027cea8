/**
 * Arabic-Indic (٠-٩) and Western (0-9) digits in one article. Either is
 * fine; a reader should not meet both. The warning points at the first digit
 * of the kind the article uses less, with where the other kind starts.
 * Numbered-list markers (1. at the start of a line) are not counted: the
 * page draws those itself.
 */
import type { Finding } from "./finding.ts";
import { MESSAGES as M } from "../messages/index.ts";
import type { TextSpan } from "./text-spans.ts";

const WESTERN = /[0-9]/g;
const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;
const WESTERN_ANY = /[0-9]/;
const ARABIC_INDIC_ANY = /[\u0660-\u0669\u06F0-\u06F9]/;
const LIST_MARKER = /^([ \t]*(?:>[ \t]*)*)\d+[.)](?=[ \t]|$)/gm;

interface Count {
  n: number;
  first?: { span: TextSpan; index: number };
}

export function mixedDigits(spans: TextSpan[], siteDigits: "latn" | "arab"): Finding | undefined {
  // Most articles use one kind or none; only a mix needs counting.
  if (!spans.some((s) => ARABIC_INDIC_ANY.test(s.text)) || !spans.some((s) => WESTERN_ANY.test(s.text))) return undefined;
  const western: Count = { n: 0 };
  const arabic: Count = { n: 0 };
  for (const span of spans) {
    const text = span.field === "body" ? span.text.replace(LIST_MARKER, (m, indent: string) => indent + " ".repeat(m.length - indent.length)) : span.text;
    tally(western, span, text, WESTERN);
    tally(arabic, span, text, ARABIC_INDIC);
  }
  if (!western.n || !arabic.n) return undefined;
  const arabicFewer = arabic.n < western.n || (arabic.n === western.n && siteDigits === "latn");
  const [minority, majority] = arabicFewer ? [arabic, western] : [western, arabic];
  const other = majority.first!;
  const where = other.span.at(other.index);
  return {
    span: minority.first!.span,
    index: minority.first!.index,
    message: M.mixedDigits({ minority: arabicFewer ? "arab" : "latn", line: where.line, site: siteDigits }),
  };
}

function tally(count: Count, span: TextSpan, text: string, digits: RegExp): void {
  for (const match of text.matchAll(digits)) {
    count.n++;
    count.first ??= { span, index: match.index };
  }
}
