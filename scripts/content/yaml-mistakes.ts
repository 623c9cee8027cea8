/**
 * When the front matter does not parse, the YAML parser says where it gave up, often a line or two
 * below the mistake and in its own terms ("a multiline key may not be an implicit key"). This
 * reads the lines as a journalist types them and finds the first known mistake: a second colon in
 * an unquoted value, a quote never closed, curly quotes, quotes inside quotes, no space after the
 * colon, a value broken over two lines. Each line is read once, by hand: no pattern is built from
 * the text, and none can backtrack.
 */
import { MESSAGES as M, type Texts } from "./messages/index.ts";

export interface YamlMistake {
  /** 0-based line of the front matter (file line - 2). */
  index: number;
  field: string;
  message: Texts;
}

const CURLY_OPEN = "“”„«‘’";

export function findYamlMistake(yaml: string): YamlMistake | undefined {
  const lines = yaml.split("\n");
  // The last top-level field with a plain value on its line: a line of text under it continues it.
  let plainField: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    let i = 0;
    while (line[i] === " ") i++;
    const indent = i;
    if (line[i] === "-" && (line[i + 1] === " " || i + 1 === line.length)) {
      i += 1;
      while (line[i] === " ") i++;
    }
    const keyStart = i;
    while (i < line.length && isKeyChar(line[i]!, i === keyStart)) i++;
    const key = line.slice(keyStart, i);
    if (!key || line[i] !== ":") {
      if (indent === 0 && keyStart === 0 && plainField && !startsValue(trimmed[0]!)) {
        return { index, field: plainField, message: M.brokenValue({ field: plainField }) };
      }
      plainField = undefined;
      continue;
    }
    const prefix = line.slice(0, i + 1);
    const after = line.slice(i + 1);
    if (after !== "" && after[0] !== " " && after[0] !== "\t" && !after.startsWith("//")) {
      return { index, field: key, message: M.spaceAfterColon({ corrected: `${prefix} ${after.trim()}` }) };
    }
    const value = after.trim();
    plainField = indent === 0 && value !== "" && !startsValue(value[0]!) ? key : undefined;
    if (value === "") continue;
    const quote = value[0]!;
    if (quote === '"' || quote === "'") {
      const close = closingQuote(value, quote);
      if (close === -1) return { index, field: key, message: M.unclosedQuote({ quote }) };
      const rest = value.slice(close + 1).trim();
      if (rest !== "" && !rest.startsWith("#") && quote === '"') {
        const inner = value.slice(1, value.lastIndexOf('"') > close ? value.lastIndexOf('"') : value.length);
        return { index, field: key, message: M.quotesInQuotes({ corrected: `${prefix} "${arabicQuotes(inner)}"` }) };
      }
      continue;
    }
    if (CURLY_OPEN.includes(quote) && quote !== "«") {
      let inner = value.slice(1);
      if (CURLY_OPEN.includes(inner.at(-1) ?? "")) inner = inner.slice(0, -1);
      return { index, field: key, message: M.curlyQuotes({ corrected: `${prefix} "${arabicQuotes(inner)}"` }) };
    }
    if (startsValue(quote)) continue;
    if (value.includes(": ") || value.endsWith(":")) {
      return { index, field: key, message: M.secondColon({ corrected: `${prefix} "${arabicQuotes(value)}"` }) };
    }
  }
  return undefined;
}

function isKeyChar(c: string, first: boolean): boolean {
  const code = c.charCodeAt(0);
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || c === "_";
  return first ? letter : letter || (code >= 48 && code <= 57) || c === "-" || c === ".";
}

/** Characters that start a YAML value that is not plain text: a list, a group, a block, an anchor. */
function startsValue(c: string): boolean {
  return "[{|>&*!%@`\"'".includes(c);
}

/** Index of the quote that closes the one at 0: `\"` inside double quotes and `''` inside single ones are escapes. */
function closingQuote(value: string, quote: string): number {
  for (let i = 1; i < value.length; i++) {
    if (quote === '"' && value[i] === "\\") i++;
    else if (value[i] === quote) {
      if (quote === "'" && value[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** Straight double quotes inside a value turned into « and », alternately, so the value can go between "…". */
function arabicQuotes(text: string): string {
  let open = true;
  let out = "";
  for (const c of text) {
    if (c === '"') {
      out += open ? "«" : "»";
      open = !open;
    } else out += c;
  }
  return out;
}
