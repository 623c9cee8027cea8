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
import { MESSAGES as M, type Speak } from "./messages/index.ts";

const SEARCH_VARIANTS_FILE = "search-variants.yaml";

export interface SearchVariantsResult {
  /** Each entry's spellings, as written. */
  spellings: string[][];
  problems: Problem[];
}

const example = "- [تليغرام, تلغرام, Telegram]";

/** `display` turns the file's path into the one shown in messages. */
export function loadSearchVariants(
  contentDir: string,
  display: (path: string) => string,
  say: Speak,
): SearchVariantsResult {
  const path = join(contentDir, SEARCH_VARIANTS_FILE);
  if (!existsSync(path)) return { spellings: [], problems: [] };
  const file = display(path);
  const problems: Problem[] = [];
  const fail = (field: string, message: string, line?: number) =>
    problems.push({ file, field, message, ...(line ? { line, column: 1 } : {}) });
  const text = decodeText(readFileSync(path));
  if (text === undefined) {
    fail("encoding", say(M.notUtf8()));
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
      message: say(M.settingsYamlMalformed({ reason: e.reason ?? e.message })),
    });
    return { spellings: [], problems };
  }
  if (list === null || list === undefined) return { spellings: [], problems };
  if (!Array.isArray(list)) {
    fail("file", say(M.variantsNotList({ example })));
    return { spellings: [], problems };
  }
  const lines = entryLines(text);
  const seen = new Map<string, number>();
  const spellings: string[][] = [];
  list.forEach((entry: unknown, i) => {
    const field = `entry ${i + 1}`;
    const line = lines[i];
    if (!Array.isArray(entry) || entry.some((s) => typeof s !== "string" && typeof s !== "number")) {
      fail(field, say(M.variantsEntryShape({ example })), line);
      return;
    }
    const written = entry.map((s) => String(s).trim());
    if (written.some((s) => !/[\p{L}\p{N}]/u.test(s))) {
      fail(field, say(M.variantsEmptySpelling()), line);
      return;
    }
    if (new Set(written.map(comparable)).size < 2) {
      fail(field, say(M.variantsTooFew({ example })), line);
      return;
    }
    for (const spelling of written) {
      const other = seen.get(comparable(spelling));
      if (other !== undefined && other !== i + 1)
        fail(field, say(M.variantsTwice({ spelling, other })), line);
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
