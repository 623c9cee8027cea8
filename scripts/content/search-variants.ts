/**
 * content/search-variants.yaml: the ways readers spell a name or a word that
 * search should treat as one (تليغرام، تلغرام، Telegram). Optional; each entry
 * is a list of spellings on one line, and editors add entries as readers
 * show them new ones. Search applies it when it indexes (scripts/search/).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText, parseYaml } from "./read-source.ts";
import type { Problem } from "./problems.ts";

const SEARCH_VARIANTS_FILE = "search-variants.yaml";

export interface SearchVariantsResult {
  /** Each entry's spellings, as written. */
  spellings: string[][];
  problems: Problem[];
}

const EXAMPLE = "e.g. - [تليغرام, تلغرام, Telegram]";

/** `display` turns the file's path into the one shown in messages. */
export function loadSearchVariants(contentDir: string, display: (path: string) => string): SearchVariantsResult {
  const path = join(contentDir, SEARCH_VARIANTS_FILE);
  if (!existsSync(path)) return { spellings: [], problems: [] };
  const file = display(path);
  const problems: Problem[] = [];
  const fail = (field: string, message: string, line?: number) =>
    problems.push({ file, field, message, ...(line ? { line, column: 1 } : {}) });
  const text = decodeText(readFileSync(path));
  if (text === undefined) {
    fail("encoding", "The file is not valid UTF-8 text. Save it as UTF-8 and commit it again.");
    return { spellings: [], problems };
  }
  let list: unknown;
  try {
    list = parseYaml(text);
  } catch (error) {
    const e = error as { reason?: string; message: string; mark?: { line: number; column: number } };
    problems.push({
      file,
      line: (e.mark?.line ?? 0) + 1,
      column: (e.mark?.column ?? 0) + 1,
      field: "yaml",
      message: `The YAML is malformed (${e.reason ?? e.message}).`,
    });
    return { spellings: [], problems };
  }
  if (list === null || list === undefined) return { spellings: [], problems };
  if (!Array.isArray(list)) {
    fail("file", `The file must be a list of entries, one a line, each a list of spellings in brackets: ${EXAMPLE}.`);
    return { spellings: [], problems };
  }
  const lines = entryLines(text);
  const seen = new Map<string, number>();
  const spellings: string[][] = [];
  list.forEach((entry: unknown, i) => {
    const field = `entry ${i + 1}`;
    const line = lines[i];
    if (!Array.isArray(entry) || entry.some((s) => typeof s !== "string" && typeof s !== "number")) {
      fail(field, `must be a list of spellings in brackets, ${EXAMPLE}.`, line);
      return;
    }
    const written = entry.map((s) => String(s).trim());
    if (written.some((s) => !/[\p{L}\p{N}]/u.test(s))) {
      fail(field, "has an empty spelling. Remove the extra comma or write the spelling.", line);
      return;
    }
    if (new Set(written.map(comparable)).size < 2) {
      fail(field, `must list at least two different spellings of one name, ${EXAMPLE}.`, line);
      return;
    }
    for (const spelling of written) {
      const other = seen.get(comparable(spelling));
      if (other !== undefined && other !== i + 1)
        fail(field, `"${spelling}" is also in entry ${other}. Merge the two entries into one.`, line);
      seen.set(comparable(spelling), i + 1);
    }
    spellings.push(written);
  });
  return { spellings, problems };
}

/** Spellings the same but for case or spaces are one spelling. */
const comparable = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ");

/** The line each top-level entry starts on: lines beginning with "- ". */
function entryLines(text: string): number[] {
  const lines: number[] = [];
  text.split("\n").forEach((line, i) => {
    if (/^-(\s|$)/.test(line)) lines.push(i + 1);
  });
  return lines;
}
