/**
 * Where a front-matter field is written, for messages: `title` is the line of
 * its key; `image.alt` and `corrections[2].text` are found inside the group
 * or list item, so the editor (and GitHub's annotation) lands on the line to
 * fix. When a nested key is missing, the answer is the closest enclosing line.
 */
import type { SourceFile } from "./read-source.ts";

export function fieldLine(source: Pick<SourceFile, "lines" | "yaml">, field: string): number | undefined {
  const [top, ...rest] = field.split(/(?=[.[])/);
  const start = source.lines.get(top!);
  if (start === undefined || rest.length === 0) return start;
  const lines = source.yaml.split("\n");
  // File line n is yaml line n - 2 (the opening --- is line 1).
  let at = start - 2;
  let from = at + 1;
  let end = nextTopLevel(lines, at);
  for (const part of rest) {
    const item = /^\[(\d+)\]$/.exec(part);
    if (item) {
      let seen = 0;
      const found = findLine(lines, from, end, (l) => isItem(l) && ++seen === Number(item[1]));
      if (found === undefined) break;
      // The item's own line may carry its first key (`- date: …`), so the next search starts there, and stops at the next item.
      const dash = lines[found]!.indexOf("-");
      end = findLine(lines, found + 1, end, (l) => isItem(l) && l.indexOf("-") === dash) ?? end;
      at = found;
      from = found;
    } else {
      const key = part.slice(1);
      const found = findLine(lines, from, end, (l) => isKeyLine(l, key));
      if (found === undefined) break;
      at = found;
      from = found + 1;
    }
  }
  return at + 2;
}

/**
 * `key:` after any indentation or list dashes. Compared as text: the key comes from the file, and a
 * pattern built from it would let a field named `(` or `(x+x+)+y` crash or hang the check.
 */
function isKeyLine(line: string, key: string): boolean {
  let i = 0;
  while (i < line.length && (line[i] === "-" || /\s/.test(line[i]!))) i++;
  // The key may be written in quotes: "(": x
  const quote = line[i] === '"' || line[i] === "'" ? line[i]! : "";
  if (!line.startsWith(quote + key + quote, i)) return false;
  return line.slice(i + key.length + 2 * quote.length).trimStart().startsWith(":");
}

function isItem(line: string): boolean {
  return /^\s*-(\s|$)/.test(line);
}

function nextTopLevel(lines: string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++) if (/^[A-Za-z_]/.test(lines[i]!)) return i;
  return lines.length;
}

function findLine(lines: string[], from: number, end: number, test: (line: string) => boolean): number | undefined {
  for (let i = from; i < end; i++) if (test(lines[i]!)) return i;
  return undefined;
}
