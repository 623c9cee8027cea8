/**
 * The text `npm run new` writes into a new article for the editor to replace.
 * A new article starts as a draft; once `draft: true` is removed, the check
 * refuses to publish any placeholder still left in it.
 */
import type { Problem } from "./problems.ts";
import type { SourceFile } from "./read-source.ts";
import { MESSAGES as M, type Speak } from "./messages/index.ts";

export const SUMMARY_PLACEHOLDER = "اكتب هنا ملخص الخبر في جملة أو جملتين.";
export const BODY_PLACEHOLDER = "اكتب نص الخبر هنا.";

export function checkPlaceholders(source: SourceFile, say: Speak): Problem[] {
  if (source.data.draft === true) return [];
  const problems: Problem[] = [];
  if (typeof source.data.summary === "string" && source.data.summary.trim() === SUMMARY_PLACEHOLDER) {
    const line = source.lines.get("summary");
    problems.push({ file: source.file, ...(line ? { line, column: 1 } : {}), field: "summary", message: say(M.placeholderSummary({ text: SUMMARY_PLACEHOLDER })) });
  }
  const at = source.body.indexOf(BODY_PLACEHOLDER);
  if (at !== -1) {
    const line = source.bodyLine + (source.body.slice(0, at).match(/\n/g)?.length ?? 0);
    problems.push({ file: source.file, line, column: 1, field: "body", message: say(M.placeholderBody({ text: BODY_PLACEHOLDER })) });
  }
  return problems;
}
