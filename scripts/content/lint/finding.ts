/** What a typography rule reports: a place in a span and a sentence for the editor. */
import type { TextSpan } from "./text-spans.ts";
import type { Texts } from "../messages/index.ts";

export interface Finding {
  span: TextSpan;
  /** Index into `span.text` of the character the warning is about. */
  index: number;
  message: Texts;
}
