/**
 * What Pagefind will index on a page, and the block of folded spellings that
 * goes with it. Pagefind reads the text inside `data-pagefind-body` minus
 * anything under `data-pagefind-ignore` and a few elements it always skips;
 * this reads the same, with a real HTML parser, so a word from the masthead
 * or the related headlines never becomes a search variant of the article.
 */
import { Parser } from "htmlparser2";
import { foldedVariants, words } from "./normalize.ts";
import { VARIANTS_ANCHOR } from "./config.ts";

/** Elements Pagefind 1.x never indexes (REMOVE_SELECTORS in its fossick parser). */
const SKIPPED = new Set([
  "head",
  "style",
  "script",
  "noscript",
  "label",
  "form",
  "svg",
  "footer",
  "nav",
  "iframe",
  "template",
]);

export function indexedText(html: string): string {
  const text: string[] = [];
  // One entry per open element: does it start the indexed region, does it start an ignored one?
  const stack: { body: boolean; ignore: boolean }[] = [];
  let inBody = 0;
  let ignored = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const entry = {
          body: "data-pagefind-body" in attributes,
          ignore: "data-pagefind-ignore" in attributes || SKIPPED.has(name),
        };
        stack.push(entry);
        if (entry.body) inBody++;
        if (entry.ignore) ignored++;
        text.push(" ");
      },
      onclosetag() {
        const entry = stack.pop();
        if (entry?.body) inBody--;
        if (entry?.ignore) ignored--;
        text.push(" ");
      },
      ontext(data) {
        if (inBody > 0 && ignored === 0) text.push(data);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return text.join("").replace(/\s+/g, " ").trim();
}

/**
 * The part of an article page that Pagefind reads: the <html> element (its
 * language) and the article marked `data-pagefind-body`. Handing Pagefind
 * this instead of the whole page (head, masthead, related headlines,
 * sign-up box) leaves the index the same and makes both sides parse a third
 * as much. Markdown cannot open an <article> (raw HTML is off), so the first
 * </article> after the start closes it.
 */
export function searchDocument(html: string): string {
  const start = html.search(/<article\b[^>]*\bdata-pagefind-body/);
  const end = start === -1 ? -1 : html.indexOf("</article>", start);
  if (end === -1) return html;
  const root = /<html\b[^>]*>/.exec(html)?.[0] ?? "<html>";
  return `<!doctype html>${root}<body>${html.slice(start, end + "</article>".length)}</body></html>`;
}

/**
 * The page as Pagefind should see it: one more indexed block at the end of
 * the body holds `extra` words (the article's tags, which sit in a <nav>
 * that Pagefind skips) and the folded spellings of every indexed word. The
 * served page does not change; only the index sees this block.
 */
export function withFoldedSpellings(html: string, extra: string[] = []): string {
  const added = [...extra.flatMap(words), ...foldedVariants([indexedText(html), ...extra].join(" "))];
  if (added.length === 0) return html;
  const end = html.lastIndexOf("</body>");
  // Only letters, marks and digits (see `words`) reach the block, so nothing in it needs escaping.
  const block = `<div data-pagefind-body id="${VARIANTS_ANCHOR}">${added.join(" ")}</div>`;
  return end === -1 ? html + block : html.slice(0, end) + block + html.slice(end);
}
