/**
 * A reader's query as the searches the page runs in Pagefind's index
 * (decision 0022). The words are folded and stripped of ال as the index's
 * terms are (terms.ts); stop words are dropped, so a query made only of
 * them finds nothing rather than every article.
 */
import { exactTerm, prefixTerm, searchKeys, stemTerm } from "./terms.ts";

export interface SearchPlan {
  /** The query's keys, stop words left out. */
  keys: string[];
  /**
   * The searches to run, best matches first; a result appears once, where it is first found.
   * Pagefind returns the pages that have every term of a search (a term no page has is ignored),
   * so each search holds one form per key: the keys side by side as an exact phrase (two keys or
   * more), then each key or a word starting with it, then each key's stem.
   */
  searches: string[];
}

/** Pagefind's ranking weights: an exact word well above a longer one that starts with it (default similarity 1). */
export const RANKING = { termSimilarity: 4, pageLength: 0.5, termSaturation: 1.6, termFrequency: 1 };

/** The searches for a query; undefined when no word of it can be searched (empty, or stop words only). */
export function planQuery(query: string): SearchPlan | undefined {
  const keys = searchKeys(query);
  if (keys.length === 0) return undefined;
  // A two-letter key matches itself only: as a start it would match hundreds of longer words.
  const words = keys.map((key) => (key.length > 2 ? prefixTerm(key) : exactTerm(key))).join(" ");
  const stems = keys.map(stemTerm).join(" ");
  return {
    keys,
    searches: [...(keys.length > 1 ? [`"${keys.map(exactTerm).join(" ")}"`] : []), words, stems],
  };
}

/** The results of each search in turn, each once. */
export function mergeResults<T extends { id: string }>(lists: T[][]): T[] {
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.id) && !!seen.add(r.id));
}
