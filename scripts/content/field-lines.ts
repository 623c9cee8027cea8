/**
 * Where a front-matter field is written, for messages: `title` is the line of
 * its key; `image.alt` and `corrections[2].text` are found inside the group
 * or list item, so the editor (and GitHub's annotation) lands on the line to fix.
 */
import type { SourceFile } from "./read-source.ts";

export function fieldLine(source: Pick<SourceFile, "lines" | "yaml">, field: string): number | undefined {
  const [top, ...rest] = field.split(/(?=[.[])/);
  const start = source.lines.get(top!);
  if (start === undefined || rest.length === 0) return start;
  const lines = source.yaml.split("\n");
  // Front matter line n (1-based in the file) is yaml line n - 2.
  let index = start - 2;
  let end = nextTopLevel(lines, index);
  for (const part of rest) {
    const item = /^\[(\d+)\]$/.exec(part);
    if (item) {
      let seen = 0;
      const found = findLine(lines, index + 1, end, (l) => /^\s*-(\s|$)/.test(l) && ++seen === Number(item[1]));
      if (found === undefined) return index + 2;
      // The item's first line may carry the first key (`- date: …`); search from the item itself, up to the next item.
      const dash = lines[found]!.indexOf("-");
      end = findLine(lines, found + 1, end, (l) => l.indexOf("-") === dash && /^\s*-(\s|$)/.test(l)) ?? end;
      index = found - 1;
    } else {
      const key = part.slice(1);
      const found = findLine(lines, index + 1, end, (l) => new RegExp(`^[\\s-]*${key}\\s*:`).test(l));
      if (found === undefined) return index + 2;
      index = found;
    }
  }
  return index + 2;
}

function nextTopLevel(lines: string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++) if (/^[A-Za-z_]/.test(lines[i]!)) return i;
  return lines.length;
}

function findLine(lines: string[], from: number, end: number, test: (line: string) => boolean): number | undefined {
  for (let i = from; i < end; i++) if (test(lines[i]!)) return i;
  return undefined;
}
