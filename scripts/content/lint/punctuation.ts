/**
 * Latin , ; ? inside Arabic sentences. Arabic has its own comma (،),
 * semicolon (؛) and question mark (؟); the Latin ones look wrong and face
 * the wrong way in right-to-left text. A mark is Arabic punctuation when the
 * word before it is Arabic and, for , and ;, the text after it is Arabic or
 * the line ends. Digits on either side (3,5) are left alone: that is a number.
 */
import type { Finding } from "./finding.ts";
import type { TextSpan } from "./text-spans.ts";
import { MESSAGES as M, type LatinMark } from "../messages/index.ts";
import { isArabicLetter, isLatinLetter, letterAfter, letterBefore, wordBefore } from "./letters.ts";


export function latinPunctuation(span: TextSpan): Finding[] {
  const findings: Finding[] = [];
  const { text } = span;
  for (const match of text.matchAll(/[,;?]/g)) {
    const mark = match[0] as LatinMark;
    const index = match.index;
    if (!isArabicLetter(letterBefore(text, index))) continue;
    const after = letterAfter(text, index);
    const inSentence = mark === "?" ? !isLatinLetter(after) && !/\d/.test(after ?? "") : after === undefined || isArabicLetter(after);
    if (!inSentence) continue;
    findings.push({ span, index, message: M.latinPunctuation({ mark, word: wordBefore(text, index) }) });
  }
  return findings;
}
