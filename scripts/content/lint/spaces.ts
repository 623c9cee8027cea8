/**
 * Two or more spaces between words. Leading indentation (lists, quotes) and
 * trailing spaces (a Markdown line break) are not between words, and table
 * rows (lines starting with |) are often padded to line up, so all are left alone.
 */
import type { Finding } from "./finding.ts";
import type { TextSpan } from "./text-spans.ts";
import { wordBefore } from "./letters.ts";
import { MESSAGES as M } from "../messages/index.ts";

export function doubledSpaces(span: TextSpan): Finding[] {
  const findings: Finding[] = [];
  if (!span.text.includes("  ")) return findings;
  // The line the last match was on, and whether it is a table row: looked up once per line, so one
  // long line of doubled spaces is read once, not once per match.
  let lineEnd = -1;
  let tableRow = false;
  for (const match of span.text.matchAll(/ {2,}/g)) {
    // Between words only: a lookbehind in the pattern itself was slow on long bodies.
    if (!/\S/.test(span.text[match.index - 1] ?? "") || !/\S/.test(span.text[match.index + match[0].length] ?? "")) continue;
    if (match.index > lineEnd) {
      const lineStart = span.text.lastIndexOf("\n", match.index) + 1;
      lineEnd = span.text.indexOf("\n", match.index);
      if (lineEnd === -1) lineEnd = span.text.length;
      tableRow = /^\s*\|/.test(span.text.slice(lineStart, Math.min(lineEnd, match.index)));
    }
    if (tableRow) continue;
    const before = wordBefore(span.text, match.index);
    findings.push({
      span,
      index: match.index,
      message: M.doubledSpaces({ count: match[0].length, word: before }),
    });
  }
  return findings;
}
