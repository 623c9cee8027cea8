/**
 * What Pagefind will index on a page, and the block of search terms that
 * goes with it (terms.ts). Pagefind reads the text inside `data-pagefind-body` minus
 * anything under `data-pagefind-ignore` and a few elements it always skips;
 * this reads the same, with a real HTML parser, so a word from the masthead
 * or the related headlines never becomes a search term of the article.
 */
import { Parser } from "htmlparser2";
import { exactTerm, searchKeys, stemTerm, variantMark } from "./terms.ts";
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
  const { title, summary, rest } = indexedRegions(html);
  return [title, summary, rest].filter(Boolean).join(" ");
}

/** What Pagefind indexes of a page, in three regions: the headline, the standfirst, and the rest (body, captions). */
interface IndexedRegions {
  title: string;
  summary: string;
  rest: string;
}

/** Regions are told apart by the meta field the template marks them with (data-pagefind-meta="title" and "summary"). */
function indexedRegions(html: string): IndexedRegions {
  const text = { title: [] as string[], summary: [] as string[], rest: [] as string[] };
  // One entry per open element: does it start the indexed region, an ignored one, a headline or standfirst?
  const stack: { body: boolean; ignore: boolean; region?: "title" | "summary" }[] = [];
  let inBody = 0;
  let ignored = 0;
  let region: "title" | "summary" | "rest" = "rest";
  const space = () => text[region].push(" ");
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const meta = attributes["data-pagefind-meta"];
        const entry: (typeof stack)[number] = {
          body: "data-pagefind-body" in attributes,
          ignore: "data-pagefind-ignore" in attributes || SKIPPED.has(name),
          ...(meta === "title" || meta === "summary" ? { region: meta } : {}),
        };
        stack.push(entry);
        if (entry.body) inBody++;
        if (entry.ignore) ignored++;
        space();
        if (entry.region) region = entry.region;
      },
      onclosetag() {
        const entry = stack.pop();
        if (entry?.body) inBody--;
        if (entry?.ignore) ignored--;
        space();
        if (entry?.region) region = "rest";
      },
      ontext(data) {
        if (inBody > 0 && ignored === 0) text[region].push(data);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const clean = (parts: string[]) => parts.join("").replace(/\s+/g, " ").trim();
  return { title: clean(text.title), summary: clean(text.summary), rest: clean(text.rest) };
}

/**
 * The part of an article page that Pagefind reads: the <html> element (its
 * language) and the article marked `data-pagefind-body`. Handing Pagefind
 * this instead of the whole page (head, masthead, related headlines,
 * sign-up box) leaves the index the same and makes both sides parse a third
 * as much. Markdown cannot open an <article> (raw HTML is off), so the first
 * </article> after the start closes it.
 */
/** Where the <article> opened at `start` closes: a live page's updates are articles inside it. */
function closingTag(html: string, start: number): number {
  const tags = /<(\/?)article\b/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return -1;
}

export function searchDocument(html: string): string {
  const start = html.search(/<article\b[^>]*\bdata-pagefind-body/);
  const end = start === -1 ? -1 : closingTag(html, start);
  if (end === -1) return html;
  const root = /<html\b[^>]*>/.exec(html)?.[0] ?? "<html>";
  return `<!doctype html>${root}<body>${html.slice(start, end + "</article>".length)}</body></html>`;
}

/**
 * The page as Pagefind should see it: one more indexed block at the end of
 * the body holds the article's search terms (terms.ts), region by region,
 * each weighted as Pagefind weighs its region: the headline's terms as a
 * headline, the standfirst's and the tags' (which sit in a <nav> that
 * Pagefind skips) above the body's. Where a region writes one spelling of a
 * name in the variants list, it also gets the terms of the list's other
 * spellings. The served page does not change; only the index sees this block.
 */
export function withSearchTerms(html: string, tags: string[] = [], variants: SearchVariants = []): string {
  const { title, summary, rest } = indexedRegions(html);
  const regions: [weight: string | undefined, text: string][] = [
    ["7", title],
    ["3", [summary, ...tags].join(" ")],
    [undefined, rest],
  ];
  const paragraphs = regions
    .map(([weight, text]) => [weight, termsOf(searchKeys(text), variants)] as const)
    .filter(([, terms]) => terms)
    .map(([weight, terms]) => (weight ? `<p data-pagefind-weight="${weight}">${terms}</p>` : `<p>${terms}</p>`));
  if (paragraphs.length === 0) return html;
  const end = html.lastIndexOf("</body>");
  // Terms are Latin letters only (terms.ts), so nothing in the block needs escaping.
  const block = `<div data-pagefind-body id="${VARIANTS_ANCHOR}">${paragraphs.join("")}</div>`;
  return end === -1 ? html + block : html.slice(0, end) + block + html.slice(end);
}

/** Spellings of one name or word that find each other, each as its keys (search-variants.yaml). */
export type SearchVariants = string[][][];

/** The variants list as the editors wrote it (scripts/content/search-variants.ts), as keys. */
export function variantKeys(entries: string[][]): SearchVariants {
  return entries.map((spellings) => spellings.map(searchKeys).filter((keys) => keys.length > 0));
}

/**
 * A region's terms: the exact term of every key in the text's order (so that a phrase query finds
 * them side by side), then the keys of other spellings of the names it writes, then each stem once
 * (the stem of every key, so that a query's stem finds a word that is its own stem).
 */
function termsOf(keys: string[], variants: SearchVariants): string {
  const exact = keys.map(exactTerm);
  const added: string[] = [];
  for (const spellings of variants) {
    const written = spellings.find((spelling) => containsRun(keys, spelling));
    if (!written) continue;
    for (const spelling of spellings)
      if (!containsRun(keys, spelling)) {
        exact.push(variantMark(written[0]!), ...spelling.map(exactTerm));
        added.push(...spelling);
      }
  }
  if (added.length) exact.push(variantMark(""));
  const stems = new Set([...keys, ...added].map(stemTerm));
  return [...exact, ...stems].join(" ");
}

function containsRun(keys: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= keys.length; i++) {
    for (let j = 0; j < run.length; j++) if (keys[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}
