/**
 * Bidi controls left open in a one-line field. A headline ending in an unclosed RIGHT-TO-LEFT
 * OVERRIDE (U+202E) carries it into every text it is put in: in `<title>` the site's name after it
 * is drawn reversed. A one-line field is its own paragraph, so whatever it opens is closed at its
 * end, as the Unicode bidi algorithm closes them at a paragraph's end (decision 0026).
 */

const PDF = "\u202C";
const PDI = "\u2069";
const OPENS_EMBEDDING = /[\u202A\u202B\u202D\u202E]/; // LRE, RLE, LRO, RLO
const OPENS_ISOLATE = /[\u2066\u2067\u2068]/; // LRI, RLI, FSI
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every embedding, override and isolate it leaves open closed at its end. */
export function closeBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2068]/.test(text)) return text;
  const open: ("embedding" | "isolate")[] = [];
  for (const [c] of text.matchAll(CONTROLS)) {
    if (OPENS_EMBEDDING.test(c)) open.push("embedding");
    else if (OPENS_ISOLATE.test(c)) open.push("isolate");
    // A PDF closes the last embedding, but never across an isolate; a PDI closes its isolate and all opened in it.
    else if (c === PDF) {
      if (open.at(-1) === "embedding") open.pop();
    } else if (c === PDI && open.includes("isolate")) {
      while (open.pop() !== "isolate");
    }
  }
  return (
    text +
    open
      .reverse()
      .map((kind) => (kind === "embedding" ? PDF : PDI))
      .join("")
  );
}
