/**
 * Two or more spaces between words. Leading indentation (lists, quotes) and
 * trailing spaces (a Markdown line break) are not between words, and table
 * rows (lines starting with |) are often padded to line up, so all are left alone.
 */
import type { Finding } from "./finding.ts";
import type { TextSpan } from "./text-spans.ts";
import { wordBefore } from "./letters.ts";

export function doubledSpaces(span: TextSpan): Finding[] {
  const findings: Finding[] = [];
  if (!span.text.includes("  ")) return findings;
  for (const match of span.text.matchAll(/ {2,}/g)) {
    // Between words only: a lookbehind in the pattern itself was slow on long bodies.
    if (!/\S/.test(span.text[match.index - 1] ?? "") || !/\S/.test(span.text[match.index + match[0].length] ?? "")) continue;
    const lineStart = span.text.lastIndexOf("\n", match.index) + 1;
    if (span.text.slice(lineStart).trimStart().startsWith("|")) continue;
    const before = wordBefore(span.text, match.index);
    findings.push({
      span,
      index: match.index,
      message: `${match[0].length} spaces in a row${before ? ` after "${before}"` : ""}. Use a single space between words.`,
    });
  }
  return findings;
}
