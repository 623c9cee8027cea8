/**
 * A reference definition (`[مصدر]: https://…`) that no link uses: markdown-it prints nothing for
 * it, so the address the editor meant to link is silently missing from the page. So is a second
 * definition of the same label, which markdown-it ignores for the first.
 */
import { createRequire } from "node:module";
import type MarkdownIt from "markdown-it";
import type { SourceFile } from "../read-source.ts";
import type { Finding } from "./finding.ts";
import type { TextSpan } from "./text-spans.ts";
import { MESSAGES as M } from "../messages/index.ts";

/** A line that may define a reference; only a body with one is parsed. */
const DEFINITION = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:/gm;

let parser: InstanceType<typeof MarkdownIt> | undefined;
/** markdown-it's environment, with the labels its links looked up. */
type Env = Parameters<InstanceType<typeof MarkdownIt>["parse"]>[1] & { used: Set<string> };

/**
 * The labels the links of `body` look up, as markdown-it resolves them: after the block rules have
 * collected the definitions, the table is wrapped so that every lookup by the inline rules is seen.
 */
function labelsLookedUp(body: string): { defined: Set<string>; used: Set<string> } {
  const used = new Set<string>();
  if (!parser) {
    const MarkdownItClass = createRequire(import.meta.url)("markdown-it") as typeof MarkdownIt;
    // The renderer's settings (scripts/render/markdown.ts) for what decides a link: no raw HTML, no linkify.
    parser = new MarkdownItClass({ html: false, linkify: false });
    parser.core.ruler.after("block", "watch_references", (state) => {
      const env = state.env as Env;
      if (env.references)
        env.references = new Proxy(env.references, {
          get: (target, key) => {
            if (typeof key === "string") env.used.add(key);
            return target[key as string];
          },
        });
    });
  }
  const env: Env = { used };
  parser.parse(body, env);
  return { defined: new Set(Object.keys(env.references ?? {})), used };
}

/** `body` is the masked body (code blanked, so a definition shown in a code block is not one); `source.body` is parsed. */
export function unusedReferences(body: TextSpan, source: SourceFile): Finding[] {
  if (!body.text.includes("]:")) return [];
  const written = [...body.text.matchAll(DEFINITION)];
  if (!written.length) return [];
  const { defined, used } = labelsLookedUp(source.body);
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const match of written) {
    const label = match[1]!;
    // markdown-it's own normalisation (case, spaces), so `[BBC]` finds `[bbc]:`.
    const key = parser!.utils.normalizeReference(label);
    // A line that looks like a definition but is not one (inside a code block, a paragraph's continuation).
    if (!defined.has(key)) continue;
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push({
        span: body,
        index: match.index,
        message: M.duplicateReference({ label: shorten(label), first: shorten(first) }),
      });
      continue;
    }
    seen.set(key, label);
    if (!used.has(key))
      findings.push({
        span: body,
        index: match.index,
        message: M.unusedReference({ label: shorten(label) }),
      });
  }
  return findings;
}

function shorten(label: string): string {
  return label.length > 40 ? `${label.slice(0, 40)}…` : label;
}
