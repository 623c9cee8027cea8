/**
 * The prose of a Markdown body, for the typography lint: code blocks, code
 * spans and URLs are blanked out so that `a, b` in a code sample or `?q=1`
 * in a link is never reported. Blanking keeps every other character where it
 * was (same length, same line breaks), so positions still point into the file.
 */
import { createRequire } from "node:module";
import type MarkdownIt from "markdown-it";

/** Stands in for a hidden character: not a letter, digit, space or punctuation mark, so no rule fires on it. */
const HIDDEN = "\u0000";

let blockParser: InstanceType<typeof MarkdownIt> | undefined;

/** Loaded on first use: most bodies have no code block, and `npm run check` should start fast. */
function parser(): InstanceType<typeof MarkdownIt> {
  if (!blockParser) {
    const MarkdownItClass = createRequire(import.meta.url)("markdown-it") as typeof MarkdownIt;
    blockParser = new MarkdownItClass({ html: false });
  }
  return blockParser;
}

/** Anything that could start code or a URL; a body without any is prose as it stands. */
const MAY_HIDE = /`|~~~|\n {4}|\n\t|^ {4}|^\t|\]\(|<|\]:|https?:|www\./i;

export function maskMarkdown(body: string): string {
  if (!MAY_HIDE.test(body)) return body;
  let text = maskCodeBlocks(body);
  text = maskCodeSpans(text);
  text = maskUrls(text);
  return text;
}

function hide(text: string): string {
  return text.replace(/[^\n]/g, HIDDEN);
}

/**
 * Indented and fenced code blocks. Only markdown-it knows for sure whether an
 * indented line is code or a list's continuation, so it parses the body, but
 * only when the body has a line that could start one (most articles have none).
 */
function maskCodeBlocks(body: string): string {
  if (!mayHaveCodeBlock(body)) return body;
  const lines = body.split("\n");
  for (const token of parser().parse(body, {})) {
    if ((token.type === "fence" || token.type === "code_block") && token.map) {
      for (let i = token.map[0]; i < token.map[1] && i < lines.length; i++) lines[i] = hide(lines[i]!);
    }
  }
  return lines.join("\n");
}

/** Plain substring tests: a multiline regex here cost more than all the other rules together. */
function mayHaveCodeBlock(body: string): boolean {
  return body.includes("```") || body.includes("~~~") || body.includes("\n    ") || body.includes("\n\t") || body.startsWith("    ") || body.startsWith("\t");
}

/** `code`, ``co`de``: a run of backticks closed by the next run of the same length within the paragraph. */
function maskCodeSpans(text: string): string {
  if (!text.includes("`")) return text;
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // For each run, the next one of the same length, found in one pass from the end: searching forward
  // from every run was quadratic in a body of unclosed backticks.
  const next = new Int32Array(runs.length).fill(-1);
  const later = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i]!.end - runs[i]!.start;
    next[i] = later.get(length) ?? -1;
    later.set(length, i);
  }
  // Each line break followed by a blank line, in order, for a binary search.
  const blanks = [...text.matchAll(/\n(?=[ \t]*\n)/g)].map((m) => m.index);
  let out = "";
  let copied = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    const j = next[i]!;
    if (j === -1) continue;
    const close = runs[j]!;
    // A code span never crosses a blank line.
    if (blankBetween(text, blanks, open.end, close.start)) continue;
    out += text.slice(copied, open.start) + hide(text.slice(open.start, close.end));
    copied = close.end;
    i = j;
  }
  return out + text.slice(copied);
}

/** Whether a whole blank line lies between `from` and `to`; `blanks` are the line breaks that start one. */
function blankBetween(text: string, blanks: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = blanks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blanks[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  if (lo === blanks.length) return false;
  const end = text.indexOf("\n", blanks[lo]! + 1);
  return end !== -1 && end < to;
}

const LINK_DESTINATION = /\]\(([ \t]*(?:<[^<>\n]*>|(?:[^\s()]|\([^\s()]*\))*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*)\)/g;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/g;
const REFERENCE = /^( {0,3}\[[^\]\n]+\]:)(.*)$/gm;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

function maskUrls(text: string): string {
  // Each pattern runs only when its telltale substring is present: most paragraphs have no link at all.
  if (text.includes("](")) text = text.replace(LINK_DESTINATION, (_, inner: string) => `](${hide(inner)})`);
  if (text.includes("<")) text = text.replace(AUTOLINK, hide);
  if (text.includes("]:")) text = text.replace(REFERENCE, (_, label: string, rest: string) => label + hide(rest));
  if (/https?:|www\./i.test(text)) text = text.replace(BARE_URL, hide);
  return text;
}
