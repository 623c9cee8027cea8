/**
 * Limits on an article body, far above any real article (decision 0027): past them, the check
 * stops with a message naming the file, the line and the limit, rather than the build running for
 * minutes or markdown-it quietly leaving text out of the page. Every test here is one pass over
 * the body; markdown-it parses it only when a line could be nested deep enough or a table could
 * have a row wider than its header.
 */
import { createRequire } from "node:module";
import type MarkdownIt from "markdown-it";
import type { Problem } from "./problems.ts";
import type { SourceFile } from "./read-source.ts";
import { MESSAGES as M, type Speak } from "./messages/index.ts";

/** Characters in a body: a 30,000-word article, a small book. The longest sample article has 5,000. */
export const MAX_BODY = 200_000;
/** Characters in one paragraph (lines with no blank line between them); the longest sample paragraph has 500. */
export const MAX_PARAGRAPH = 10_000;
/** Blockquotes and lists inside one another; markdown-it drops everything after a block nested about 50 deep. */
export const MAX_NESTING = 8;

let blockParser: InstanceType<typeof MarkdownIt> | undefined;

function parser(): InstanceType<typeof MarkdownIt> {
  if (!blockParser) {
    const MarkdownItClass = createRequire(import.meta.url)("markdown-it") as typeof MarkdownIt;
    blockParser = new MarkdownItClass({ html: false });
  }
  return blockParser;
}

const formatted = (n: number) => n.toLocaleString("en");

export function checkBodyLimits(source: SourceFile, say: Speak): Problem[] {
  const { body, bodyLine, file } = source;
  const problem = (line: number, message: string): Problem => ({ file, line: bodyLine + line, column: 1, field: "body", message });
  if (body.length > MAX_BODY) {
    return [
      problem(
        0,
        say(M.bodyTooLong({ length: formatted(body.length), max: formatted(MAX_BODY) })),
      ),
    ];
  }
  const problems: Problem[] = [];
  // One walk over the lines: the longest paragraph, the longest run of container markers at a line's start, a table's delimiter row.
  let paragraphStart = 0;
  let paragraphLength = 0;
  let reported = false;
  let deepestPrefix = 0;
  let mayHaveTable = false;
  let line = 0;
  for (let start = 0; start <= body.length; line++) {
    let end = body.indexOf("\n", start);
    if (end === -1) end = body.length;
    let prefix = start;
    while (prefix < end && isContainerMark(body.charCodeAt(prefix))) prefix++;
    deepestPrefix = Math.max(deepestPrefix, prefix - start);
    const blank = prefix === end || body.slice(prefix, end).trim() === "";
    // A list item, a table row or a heading starts a block of its own, as a blank line does.
    const startsBlock = blank || (prefix < end && "|#".includes(body[prefix]!)) || /[-*+.)][ \t]*$/.test(body.slice(start, prefix));
    if (!mayHaveTable && body.charCodeAt(prefix) === 0x7c /* | */ && /^\|?[ \t]*:?-+:?[ \t]*(\||$)/.test(body.slice(prefix, end))) mayHaveTable = true;
    if (startsBlock) {
      paragraphStart = line;
      paragraphLength = 0;
    }
    if (!blank) paragraphLength += end - start;
    if (!reported && paragraphLength > MAX_PARAGRAPH) {
      reported = true;
      problems.push(
        problem(
          paragraphStart,
          say(M.paragraphTooLong({ max: formatted(MAX_PARAGRAPH) })),
        ),
      );
    }
    start = end + 1;
  }
  if (deepestPrefix >= MAX_NESTING || mayHaveTable) problems.push(...parsedLimits(source, problem, say, deepestPrefix >= MAX_NESTING, mayHaveTable));
  return problems;
}

/** Spaces, tabs, `>` and list markers: each level of nesting takes at least one of them at the start of a line. */
function isContainerMark(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3e || code === 0x2d || code === 0x2a || code === 0x2b || (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x29;
}

/** The limits only a parse can tell: how deep blocks are nested, and table rows wider than their header. */
function parsedLimits(source: SourceFile, problem: (line: number, message: string) => Problem, say: Speak, nesting: boolean, tables: boolean): Problem[] {
  const problems: Problem[] = [];
  const lines = tables ? source.body.split("\n") : [];
  let depth = 0;
  let columns = 0;
  for (const token of parser().parse(source.body, {})) {
    if (nesting && (token.type === "blockquote_open" || token.type === "bullet_list_open" || token.type === "ordered_list_open")) {
      depth++;
      if (depth > MAX_NESTING) {
        problems.push(
          problem(
            token.map?.[0] ?? 0,
            say(M.nestedTooDeep({ max: MAX_NESTING })),
          ),
        );
        return problems;
      }
    } else if (token.type === "blockquote_close" || token.type === "bullet_list_close" || token.type === "ordered_list_close") depth--;
    else if (tables && token.type === "thead_open") columns = 0;
    else if (tables && token.type === "th_open") columns++;
    else if (tables && token.type === "tr_open" && token.map && columns > 0) {
      const cells = cellCount(lines[token.map[0]]!);
      if (cells > columns) {
        problems.push(
          problem(
            token.map[0],
            say(M.tableRowTooWide({ cells, columns })),
          ),
        );
      }
    }
  }
  return problems;
}

/** Cells in a table row as written: `|`s not escaped with a backslash, without the optional outer ones. */
function cellCount(row: string): number {
  const text = row.replace(/^[ \t>]*/, "").trimEnd();
  let pipes = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "|") pipes++;
  }
  return pipes + 1 - (text.startsWith("|") ? 1 : 0) - (text.endsWith("|") && !text.endsWith("\\|") && text.length > 1 ? 1 : 0);
}
