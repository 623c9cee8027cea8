/**
 * A markdown-it plugin for mixed Arabic and Latin text (see bidi.ts):
 * isolates foreign-script runs in inline text, sets blocks that are mostly
 * in the other script to that direction, and keeps code left-to-right.
 * markdown-it itself leaves direction to the page (its maintainers declined
 * to handle it), so this is where an article body gets it right.
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import type { Direction } from "../content/schema.ts";
import { dominantDirection, splitRuns } from "../text/bidi.ts";

export interface BidiEnv {
  /** The article's direction; Latin runs are foreign in rtl, Arabic runs in ltr. */
  dir?: Direction;
}

const BLOCKS = new Set(["paragraph_open", "heading_open", "list_item_open", "th_open", "td_open", "blockquote_open"]);
const LANG_OF: Record<Direction, string> = { ltr: "en", rtl: "ar" };

export function markdownBidi(md: MarkdownIt): void {
  md.core.ruler.push("bidi", (state) => {
    const base: Direction = (state.env as BidiEnv).dir ?? "rtl";
    const tokens = state.tokens;
    // Directions of the open blocks, innermost last: a list item set to ltr makes ltr the base inside it.
    const stack: Direction[] = [base];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.nesting === 1 && BLOCKS.has(token.type)) {
        const outer = stack[stack.length - 1]!;
        const own = dominantDirection(blockText(tokens, i));
        if (own && own !== outer) {
          token.attrSet("dir", own);
          token.attrSet("lang", LANG_OF[own]);
        }
        stack.push(own && own !== outer ? own : outer);
      } else if (token.nesting === -1 && BLOCKS.has(token.type.replace(/_close$/, "_open"))) {
        stack.pop();
      } else if (token.type === "inline" && token.children) {
        token.children = isolateRuns(token.children, stack[stack.length - 1]!, state);
      } else if (token.type === "fence" || token.type === "code_block") {
        token.attrSet("dir", "ltr");
      }
    }
  });

  // Code reads left-to-right whatever the article's direction.
  const codeInline = md.renderer.rules.code_inline!;
  md.renderer.rules.code_inline = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet("dir", "ltr");
    return codeInline(tokens, idx, options, env, self);
  };
  for (const rule of ["fence", "code_block"] as const) {
    const render = md.renderer.rules[rule]!;
    md.renderer.rules[rule] = (tokens, idx, options, env, self) =>
      render(tokens, idx, options, env, self).replace(/^<pre>/, '<pre dir="ltr">');
  }
}

/** The prose of the block opened at `start`, up to its close; code does not count. */
function blockText(tokens: Token[], start: number): string {
  let depth = 0;
  let text = "";
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    depth += token.nesting;
    for (const child of token.type === "inline" ? (token.children ?? []) : []) {
      if (child.type === "text") text += ` ${child.content}`;
    }
    if (depth === 0) break;
  }
  return text;
}

function isolateRuns(children: Token[], dir: Direction, state: StateCore): Token[] {
  const out: Token[] = [];
  for (const child of children) {
    if (child.type !== "text") {
      out.push(child);
      continue;
    }
    for (const run of splitRuns(child.content, dir)) {
      if (!run.foreign) {
        out.push(text(run.text, state));
        continue;
      }
      const open = new state.Token("bidi_open", "span", 1);
      open.attrs = [
        ["dir", run.foreign.dir],
        ["lang", run.foreign.lang],
      ];
      out.push(open, text(run.text, state), new state.Token("bidi_close", "span", -1));
    }
  }
  return out;
}

function text(content: string, state: StateCore): Token {
  const token = new state.Token("text", "", 0);
  token.content = content;
  return token;
}
