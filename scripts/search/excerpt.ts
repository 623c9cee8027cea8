/**
 * The few words around a search hit, shown under each result: built from Pagefind's plain-text
 * `content` and the hits' word positions as text parts (never HTML), so nothing in an article can
 * become markup here. A hit on a search term (terms.ts) is mapped back to the words as the article
 * writes them, and the excerpt starts and ends on whole words, with an ellipsis at each cut end.
 */
import { words } from "./normalize.ts";
import { decodeTerm, decodeVariantMark, lightStem, searchKey } from "./terms.ts";

export interface ExcerptPart {
  text: string;
  /** A word that matched the query. */
  mark: boolean;
}

export interface ExcerptInput {
  /** Pagefind's `content`: the indexed text, words separated by whitespace. */
  content: string;
  /** Pagefind's `locations`: indexes of the matching words in `content`. */
  locations: number[];
  /** Where the search terms begin in `content` (the anchor's location); absent if none were indexed. */
  variantsStart?: number;
  /** How many words to show. */
  length?: number;
}

const keyOf = (token: string) => searchKey(words(token).join(""));

export function buildExcerpt({ content, locations, variantsStart, length = 30 }: ExcerptInput): ExcerptPart[] {
  const tokens = content.split(/\s+/).filter(Boolean);
  const end = Math.min(variantsStart ?? tokens.length, tokens.length);
  const marked = new Set(locations.filter((l) => l >= 0 && l < end));
  const exact = new Set<string>();
  const stems = new Set<string>();
  const termAt = (l: number) => words(tokens[l] ?? "").join("");
  for (const l of locations) {
    const term = l >= end && l < tokens.length ? decodeTerm(termAt(l)) : undefined;
    if (!term) continue;
    (term.exact ? exact : stems).add(term.key);
    // A spelling from the variants list: the mark before it names the spelling the article writes.
    for (let back = l - 1; term.exact && back >= Math.max(end, l - 4); back--) {
      const written = decodeVariantMark(termAt(back));
      if (written !== undefined) {
        if (written) exact.add(written);
        break;
      }
      if (!decodeTerm(termAt(back))?.exact) break;
    }
  }
  if (exact.size || stems.size) {
    for (let i = 0; i < end; i++) {
      const key = keyOf(tokens[i]!);
      if (key && (exact.has(key) || stems.has(lightStem(key)))) marked.add(i);
    }
  }
  if (marked.size === 0) return [];

  // The window that shows the most hits, starting a few words before its first one.
  const hits = [...marked].sort((a, b) => a - b);
  let best = { start: 0, count: 0 };
  for (const hit of hits) {
    const start = Math.max(0, Math.min(hit - 4, end - length));
    const count = hits.filter((h) => h >= start && h < start + length).length;
    if (count > best.count) best = { start, count };
  }
  const stop = Math.min(end, best.start + length);

  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (best.start > 0) push("… ", false);
  for (let i = best.start; i < stop; i++) {
    if (i > best.start) push(" ", false);
    push(tokens[i]!, marked.has(i));
  }
  if (stop < end) push(" …", false);
  return parts;
}
