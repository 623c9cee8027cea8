/**
 * Arabic spelling folds for search, written once and used on both sides: at build time on article
 * text (scripts/search/indexed-text.ts) and in the reader's browser on the query (client.ts).
 * Pagefind's stemmer folds some of these itself but not all (و/ف + ال, final ى/ي); folding every
 * rule here keeps the behaviour ours: docs/decisions/0013-arabic-search-folding.md.
 */

/** Tashkeel, Quranic annotation marks, superscript alef, and tatweel. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ
/** A conjunction (و، ف) and/or a preposition (ب، ك، ل) before the article ال, with at least two letters after it. */
const CLITIC_AL = /^[وف]?[بكل]?ال(?=\p{L}{2})/u;
/** ل + ال is written لل (للاقتصاد); it may follow و or ف too (وللاقتصاد). */
const CLITIC_LL = /^[وف]?لل(?=\p{L}{2})/u;
/** A run of letters and combining marks: a word, with any punctuation left out. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Folds one word to the form that search compares. */
export function normalizeWord(word: string): string {
  const folded = word
    .normalize("NFKC") // presentation forms (ﻻ، ﷲ) to plain letters
    .replace(MARKS, "")
    .replace(ALEF_FORMS, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .toLowerCase();
  return folded.replace(CLITIC_AL, "ال").replace(CLITIC_LL, "ال");
}

/** Folds every word of a text (a reader's query), keeping the spaces between words. */
export function normalizeQuery(query: string): string {
  return (query.match(WORD) ?? []).map(normalizeWord).filter(Boolean).join(" ");
}

/** The words of a text, without punctuation. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Words folded so far. An archive repeats a vocabulary of some tens of
 * thousands of forms, so folding each form once makes indexing a large
 * archive several times cheaper; the limit bounds memory all the same.
 */
const seen = new Map<string, string>();
const SEEN_LIMIT = 500_000;

/**
 * The folded forms of a text's words that differ from the words as written,
 * each once. Indexed next to the article, they let a folded query find a
 * spelling the stemmer would not have matched.
 */
export function foldedVariants(text: string): string[] {
  const variants = new Set<string>();
  for (const word of words(text)) {
    let folded = seen.get(word);
    if (folded === undefined) {
      if (seen.size >= SEEN_LIMIT) seen.clear();
      folded = normalizeWord(word);
      seen.set(word, folded);
    }
    if (folded && folded !== word) variants.add(folded);
  }
  return [...variants];
}
