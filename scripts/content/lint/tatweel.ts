/**
 * Tatweel (ـ, U+0640) stretches a word for display. In running text it breaks
 * search (البيـــئة is not البيئة) and fights the font's own letter joining.
 */
import type { Finding } from "./finding.ts";
import type { TextSpan } from "./text-spans.ts";
import { wordBounds } from "./letters.ts";
import { MESSAGES as M } from "../messages/index.ts";

export function tatweel(span: TextSpan): Finding[] {
  const findings: Finding[] = [];
  // One warning per word, however many runs of tatweel it has: each warning reads the whole word.
  let wordEnd = -1;
  for (const match of span.text.matchAll(/\u0640+/g)) {
    if (match.index < wordEnd) continue;
    const { start, end } = wordBounds(span.text, match.index);
    const word = span.text.slice(start, end);
    wordEnd = end;
    findings.push({
      span,
      index: match.index,
      message: M.tatweel({ word: shortened(word) }),
    });
  }
  return findings;
}

/** A word as a message quotes it: a "word" of 60,000 tatweel is quoted by its start. */
function shortened(word: string): string {
  return word.length > 40 ? `${word.slice(0, 40)}…` : word;
}
