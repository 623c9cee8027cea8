/** Character classes the typography rules share. */

const ARABIC_LETTER = /^[\p{L}]$/u;
const ARABIC_SCRIPT = /^\p{Script=Arabic}$/u;
const MARK = /^\p{M}$/u;
const LATIN = /^[A-Za-z\u00C0-\u024F]$/;

export function isArabicLetter(ch: string | undefined): boolean {
  return ch !== undefined && ARABIC_LETTER.test(ch) && ARABIC_SCRIPT.test(ch);
}

export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && LATIN.test(ch);
}

function isMark(ch: string | undefined): boolean {
  return ch !== undefined && MARK.test(ch);
}

/** Characters that sit between a word and its punctuation without changing which language it belongs to. */
const TRANSPARENT = new Set([" ", "\t", "*", "_", "~", '"', "'", "«", "»", "“", "”", "‘", "’", ")", "(", "]", "[", "}", "{"]);

/** The nearest character before `index` on the same line that is not a space, quote, bracket or emphasis mark (harakat belong to their letter). */
export function letterBefore(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === "\n") return undefined;
    if (!TRANSPARENT.has(ch) && !isMark(ch)) return ch;
  }
  return undefined;
}

/** The nearest such character after `index` on the same line; undefined at the end of a line. */
export function letterAfter(text: string, index: number): string | undefined {
  for (let i = index + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") return undefined;
    if (!TRANSPARENT.has(ch)) return ch;
  }
  return undefined;
}

/** The word that ends just before `index` (skipping spaces and quotes), for messages: `after "الخبر"`. */
export function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && TRANSPARENT.has(text[end - 1]!) && text[end - 1] !== "\n") end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{M}\p{N}\u0640]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** Where the word around `index` starts and ends, for messages about a character inside it. */
export function wordBounds(text: string, index: number): { start: number; end: number } {
  let start = index;
  let end = index;
  while (start > 0 && /[\p{L}\p{M}\p{N}\u0640]/u.test(text[start - 1]!)) start--;
  while (end < text.length && /[\p{L}\p{M}\p{N}\u0640]/u.test(text[end]!)) end++;
  return { start, end };
}
