/**
 * Mixed-direction text. In an Arabic sentence, a Latin run ("Apple", "iOS 18.2") is isolated so
 * the brackets, numbers and punctuation around it keep their Arabic order, and tagged with a
 * language so screen readers switch voice; in a left-to-right article the same happens to Arabic
 * runs. One splitter serves Markdown, the headline components and plain text such as <title>.
 */
import type { Direction } from "./languages.ts";

const LATIN_LETTER = "A-Za-z\\u00C0-\\u024F";
const ARABIC_LETTER = "\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF";

// A word of the other script may carry digits and joining punctuation inside
// (iOS, Wi-Fi, O'Neil, example.com/a_b, C++), but never at its edges.
const latinWord = `[${LATIN_LETTER}](?:[${LATIN_LETTER}0-9'’&+\\-_./@:]*[${LATIN_LETTER}0-9+])?`;
// Once a Latin run has started, numbers belong to it ("iOS 18.2", "Windows 11").
const latinToken = `(?:${latinWord}|[0-9]+(?:[.,][0-9]+)*)`;
const LATIN_RUN = new RegExp(`${latinWord}(?:(?:[ \\u00A0]+|,[ \\u00A0]*|[ \\u00A0]*&[ \\u00A0]*)${latinToken})*`, "g");

const arabicWord = `[${ARABIC_LETTER}]+`;
const ARABIC_RUN = new RegExp(`${arabicWord}(?:[ \\u00A0،]+${arabicWord})*`, "g");

export interface Run {
  text: string;
  /** Set when the run is in the script foreign to the base direction and must be isolated. */
  foreign?: { lang: "en" | "ar"; dir: Direction };
}

/** Splits text into runs, marking those in the script foreign to `base`. */
export function splitRuns(text: string, base: Direction): Run[] {
  const pattern = base === "rtl" ? LATIN_RUN : ARABIC_RUN;
  const foreign = base === "rtl" ? ({ lang: "en", dir: "ltr" } as const) : ({ lang: "ar", dir: "rtl" } as const);
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: match[0], foreign });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** For plain-text contexts (<title>, feed titles): Unicode isolates around the foreign runs. */
export function isolatePlain(text: string, base: Direction): string {
  return splitRuns(text, base)
    .map((run) => (run.foreign ? `${run.foreign.dir === "ltr" ? "\u2066" : "\u2067"}${run.text}\u2069` : run.text))
    .join("");
}

/**
 * The direction of a block that is wholly or mostly (over 80% of its words)
 * in one script; undefined for mixed text, which keeps the direction around
 * it. The bar is high on purpose: "iPhone 16 Pro Max يصل" is an Arabic
 * sentence and must stay right-to-left.
 */
export function dominantDirection(text: string): Direction | undefined {
  const latin = text.match(new RegExp(latinWord, "g"))?.length ?? 0;
  const arabic = text.match(new RegExp(arabicWord, "g"))?.length ?? 0;
  const total = latin + arabic;
  if (total === 0) return undefined;
  if (latin / total > 0.8) return "ltr";
  if (arabic / total > 0.8) return "rtl";
  return undefined;
}
