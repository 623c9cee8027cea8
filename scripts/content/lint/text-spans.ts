/**
 * The text an editor wrote, cut into spans the lint rules read: the front
 * matter's text fields and the prose of the body. Each span knows where each
 * of its characters sits in the file, so a warning names line and column.
 */
import type { SourceFile } from "../read-source.ts";
import { fieldLine } from "../field-lines.ts";
import { maskMarkdown } from "./mask-markdown.ts";

interface Position {
  line: number;
  column: number;
}

export interface TextSpan {
  /** The field it came from: `title`, `image.alt`, `corrections[1].text`, `tags`, or `body`. */
  field: string;
  /** The text, with code and URLs blanked out in the body. */
  text: string;
  /** Where `text[index]` is in the file. */
  at(index: number): Position;
}

/** The front-matter fields whose values are prose a reader sees. */
function frontMatterTexts(data: Record<string, unknown>): { field: string; value: string }[] {
  const texts: { field: string; value: string }[] = [];
  const add = (field: string, value: unknown) => {
    if (typeof value === "string" && value.trim()) texts.push({ field, value });
  };
  add("title", data.title);
  add("summary", data.summary);
  if (isRecord(data.image)) for (const key of ["alt", "caption", "credit"]) add(`image.${key}`, data.image[key]);
  if (Array.isArray(data.corrections)) data.corrections.forEach((c, i) => isRecord(c) && add(`corrections[${i + 1}].text`, c.text));
  if (Array.isArray(data.tags)) data.tags.forEach((t) => add("tags", t));
  return texts;
}

export function textSpans(source: SourceFile): TextSpan[] {
  const yamlLines = lineStarts(source.yaml);
  const spans: TextSpan[] = [];
  // Values are looked for in the YAML as written, from their field's line on;
  // one that is not written verbatim there (escaped, folded over lines) is
  // still checked, and its warnings point at the field's line.
  const searchFrom = new Map<string, number>();
  for (const { field, value } of frontMatterTexts(source.data)) {
    const line = fieldLine(source, field) ?? 2;
    // Start after the key's colon, so a value that repeats its own key name is not found in the key.
    const lineStart = yamlLines[line - 2] ?? 0;
    const from = Math.max(searchFrom.get(field) ?? 0, source.yaml.indexOf(":", lineStart) + 1);
    const offset = source.yaml.indexOf(value, from);
    if (offset !== -1 && !value.includes("\n")) {
      searchFrom.set(field, offset + value.length);
      spans.push({ field, text: value, at: (i) => position(yamlLines, offset + i, 2) });
    } else {
      spans.push({ field, text: value, at: () => ({ line, column: 1 }) });
    }
  }
  // Line starts are counted only when a warning needs a position: most bodies have none.
  let bodyLines: number[] | undefined;
  spans.push({ field: "body", text: maskMarkdown(source.body), at: (i) => position((bodyLines ??= lineStarts(source.body)), i, source.bodyLine) });
  return spans;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number, firstLine: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: firstLine + lo, column: offset - starts[lo]! + 1 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
