/**
 * An image in the body without alt text: `![](/images/x.jpg)`. Screen
 * readers then announce only "image", and search engines learn nothing.
 * (A lead image without `alt` is already an error: the schema requires it.)
 */
import type { Finding } from "./finding.ts";
import type { TextSpan } from "./text-spans.ts";
import { MESSAGES as M } from "../messages/index.ts";

export function imagesWithoutAlt(body: TextSpan): Finding[] {
  if (!body.text.includes("![")) return [];
  return [...body.text.matchAll(/!\[[ \t]*\](?=[([])/g)].map((match) => ({
    span: body,
    index: match.index,
    message: M.imageWithoutAlt(),
  }));
}
