/**
 * Headlines over 110 characters are cut off in search results and social
 * cards. Characters are counted as readers see them: a letter with its
 * harakat is one character.
 */
import type { Finding } from "./finding.ts";
import type { TextSpan } from "./text-spans.ts";
import { MESSAGES as M } from "../messages/index.ts";

const MAX_HEADLINE = 110;
let graphemes: Intl.Segmenter | undefined;

export function longHeadline(title: TextSpan): Finding | undefined {
  // Counting code units first skips the segmenter for nearly every headline.
  if (title.text.length <= MAX_HEADLINE) return undefined;
  let length = 0;
  graphemes ??= new Intl.Segmenter("ar", { granularity: "grapheme" });
  for (const _ of graphemes.segment(title.text.trim())) length++;
  if (length <= MAX_HEADLINE) return undefined;
  return {
    span: title,
    index: 0,
    message: M.longHeadline({ length, max: MAX_HEADLINE }),
  };
}
