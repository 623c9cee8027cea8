/**
 * A reader's query as the searches the page runs in Pagefind's index
 * (decision 0022). The words are folded and stripped of ال as the index's
 * terms are (terms.ts); stop words are dropped, so a query made only of
 * them finds nothing rather than every article.
 */
import { exactTerm, lightStem, prefixTerm, searchKeys, stemTerm } from "./terms.ts";

export interface SearchPlan {
  /** The query's keys, stop words left out. */
  keys: string[];
  /** Searched first: the keys side by side, as Pagefind's exact phrase (two keys or more). */
  phrase?: string;
  /** Then: any of the keys, each as itself, a word starting with it, or a word with the same stem. */
  words: string;
}

/** Pagefind's ranking weights for these searches, measured with `npm run bench:search`. */
export const RANKING = { termSimilarity: 4, pageLength: 0.5, termSaturation: 1.6, termFrequency: 1 };

/** The searches for a query; undefined when no word of it can be searched (empty, or stop words only). */
export function planQuery(query: string): SearchPlan | undefined {
  const keys = searchKeys(query);
  if (keys.length === 0) return undefined;
  const terms = new Set<string>();
  for (const key of keys) {
    // A two-letter key matches itself only: as a start it would match hundreds of longer words.
    terms.add(key.length > 2 ? prefixTerm(key) : exactTerm(key));
    const stem = lightStem(key);
    if (stem !== key) terms.add(stemTerm(key)).add(exactTerm(stem));
  }
  return {
    keys,
    ...(keys.length > 1 ? { phrase: `"${keys.map(exactTerm).join(" ")}"` } : {}),
    words: [...terms].join(" "),
  };
}

/** Results of the phrase search first, then the others in the order Pagefind ranked them, each once. */
export function mergeResults<T extends { id: string }>(phrase: T[], words: T[]): T[] {
  const seen = new Set(phrase.map((r) => r.id));
  return [...phrase, ...words.filter((r) => !seen.has(r.id))];
}
