/**
 * One key for every name that becomes a URL or groups pages: tags, slugs, file names. Two
 * spellings a reader cannot tell apart (drawn alike by the site's font, or differing only in
 * characters that draw nothing) have one key, so they are one page, never two pages that look
 * the same. The table and why each row is in it: decision 0026.
 */

/**
 * Characters that draw nothing: every default-ignorable code point (ZWJ, CGJ, word joiner, soft
 * hyphen, variation selectors…) and the bidi controls (ALM, LRM, RLM, embeddings, overrides,
 * isolates), but ZWNJ, which changes how Arabic and Persian letters join and so what a word looks like.
 */
export const INVISIBLE_CLASS = "\\p{Default_Ignorable_Code_Point}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069";
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, "gu");
const ZWNJ = "\u200C";

/** Every combining mark of the Arabic script (harakat, Quranic marks, the Extended-A and -B blocks), and tatweel. */
// The constructor, because TypeScript's ES2022 target does not know the v flag that Node 20 runs.
const ARABIC_MARKS = new RegExp("[\\p{Script_Extensions=Arabic}&&\\p{M}]|\\u0640", "gv");

/** Persian and Urdu letters (and digits) that the site's font draws as the Arabic ones. */
export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  "\u06A9": "\u0643", // ک keheh → ك kaf
  "\u06CC": "\u064A", // ی Farsi yeh → ي yeh
  "\u06C1": "\u0647", // ہ heh goal → ه heh
  "\u06C0": "\u0647", // ۀ heh with yeh above: heh with a hamza mark, and the marks are dropped
  "\u06C2": "\u0647", // ۂ heh goal with hamza above, likewise
  "\u06C3": "\u0629", // ۃ teh marbuta goal → ة teh marbuta
  "\u06F0": "\u0660", // ۰ … ۹ Persian digits → ٠ … ٩ Arabic-Indic digits
  "\u06F1": "\u0661",
  "\u06F2": "\u0662",
  "\u06F3": "\u0663",
  "\u06F4": "\u0664",
  "\u06F5": "\u0665",
  "\u06F6": "\u0666",
  "\u06F7": "\u0667",
  "\u06F8": "\u0668",
  "\u06F9": "\u0669",
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "g");

/**
 * The key of a name: NFC; without invisible characters (ZWNJ kept) and Arabic marks; Persian and
 * Urdu look-alikes folded to the Arabic letters; then Unicode case folding. JavaScript has no case
 * fold: upper- then lower-casing folds ß to ss and every sigma alike, and final sigma is folded to σ.
 */
export function nameKey(name: string): string {
  // Printable ASCII (Latin slugs, most file names) has nothing to drop or fold but letter case.
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase();
  return name
    .normalize("NFC")
    .replace(INVISIBLE, (c) => (c === ZWNJ ? c : ""))
    .replace(ARABIC_MARKS, "")
    .replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c]!)
    .toUpperCase()
    .toLowerCase()
    .replace(/ς/g, "σ")
    .normalize("NFC");
}

/** The device names Windows reserves, as a regular expression's alternatives (the browser editor's patterns use them too). */
export const WINDOWS_DEVICES = "con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]";

/** Names Windows refuses for a file or folder, with or without an extension, in any case. */
const WINDOWS_RESERVED = new RegExp(`^(${WINDOWS_DEVICES})(\\..*)?$`, "i");

/** Characters no Windows file name may hold: control characters and < > : " \ | ? *. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const WINDOWS_REFUSES = /[\x00-\x1f<>:"\\|?*]/;

/** The most bytes a file or folder name may have on the file systems editors and hosts use. */
export const MAX_SEGMENT_BYTES = 255;

/**
 * Why a name cannot be written on every editor's computer. The text layer sits below the message
 * catalogue, so it says why as data; scripts/content/messages/files.ts puts it into words.
 */
export type UnsafeName =
  /** A character Windows refuses; a control character is named by its code point (U+0009). */
  | { kind: "character"; shown: string }
  | { kind: "device"; device: string }
  /** A final dot or space, which Windows drops. */
  | { kind: "trailing" }
  | { kind: "long"; bytes: number; max: number };

/**
 * Why `segment` (a file's or folder's name, or one part of a URL path) cannot be written on
 * every editor's computer; `undefined` if it can.
 */
export function unsafeSegment(segment: string): UnsafeName | undefined {
  const refused = WINDOWS_REFUSES.exec(segment)?.[0];
  if (refused) {
    // A control character is named by its code point: printed as it is, it would break the message's line.
    const shown = refused < " " ? `U+${refused.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : refused;
    return { kind: "character", shown };
  }
  if (WINDOWS_RESERVED.test(segment)) return { kind: "device", device: segment.replace(/\..*$/, "").toUpperCase() };
  if (/[. ]$/.test(segment)) return { kind: "trailing" };
  const bytes = Buffer.byteLength(segment, "utf8");
  if (bytes > MAX_SEGMENT_BYTES) return { kind: "long", bytes, max: MAX_SEGMENT_BYTES };
  return undefined;
}

/** Of several spellings with one key, the one written most often; of two as common, the one counted first. */
export function mostCommon(counts: Map<string, number>): string {
  let best = "";
  let most = 0;
  for (const [spelling, n] of counts) if (n > most) [best, most] = [spelling, n];
  return best;
}
