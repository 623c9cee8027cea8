/**
 * Tatweel (ـ, U+0640) stretches a word for display. In running text it breaks
 * search (البيـــئة is not البيئة) and fights the font's own letter joining.
 */
import type { Finding } from "./finding.ts";
import type { TextSpan } from "./text-spans.ts";
import { wordAt } from "./letters.ts";

export function tatweel(span: TextSpan): Finding[] {
  return [...span.text.matchAll(/\u0640+/g)].map((match) => ({
    span,
    index: match.index,
    message: `"${wordAt(span.text, match.index)}" is stretched with tatweel (ـ). Delete the ـ: it stops readers finding the word by search.`,
  }));
}
