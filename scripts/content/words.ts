/**
 * Word counts for reading time. A word is a run of letters and digits
 * (Unicode \p{L} and \p{N}). Matching /[\p{L}\p{N}]+/gu allocates every word
 * and was the slowest step of the whole check on a large archive; this walks
 * the text once and remembers each character's class in a table instead.
 */

const WORD = /^[\p{L}\p{N}]$/u;
// 0 = not yet known, 1 = letter or digit, 2 = anything else; one byte per BMP code unit.
const classes = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  let c = classes[code]!;
  if (c === 0) {
    c = WORD.test(String.fromCharCode(code)) ? 1 : 2;
    classes[code] = c;
  }
  return c === 1;
}

export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let word: boolean;
    if (code < 0x80) word = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A letter outside the BMP (rare): test the whole code point.
      word = /^[\p{L}\p{N}]$/u.test(text.slice(i, i + 2));
      i++;
    } else word = isWordUnit(code);
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}
