/**
 * An image in the body without alt text: `![](/images/x.jpg)`. Screen
 * readers then announce only "image", and search engines learn nothing.
 * (A lead image without `alt` is already an error: the schema requires it.)
 */
import type { Finding } from "./finding.ts";
import type { TextSpan } from "./text-spans.ts";

export function imagesWithoutAlt(body: TextSpan): Finding[] {
  if (!body.text.includes("![")) return [];
  return [...body.text.matchAll(/!\[[ \t]*\](?=[([])/g)].map((match) => ({
    span: body,
    index: match.index,
    message: "An image without alt text. Write what it shows between the square brackets, e.g. ![متطوعون ينظفون ضفة النهر](/images/river.jpg).",
  }));
}
