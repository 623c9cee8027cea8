/**
 * The terms search matches on, shared by the index (indexed-text.ts) and the
 * reader's browser (query.ts): decision 0022.
 *
 * Pagefind's Arabic Snowball stemmer cannot be turned off for a word, and on
 * short words and loanwords it goes wrong: «ايفون» stems to «اي» and matches
 * every «أي», «فيسبوك» loses its ف and matches «يسبب». So each article is also
 * indexed as terms of our own, written in Latin letters that the Arabic
 * stemmer leaves alone, and the search page queries only those:
 *
 * - an exact term per word: the folded word without ال and its clitics, with
 *   an end mark, so that a query term matches that word and the words that
 *   start with it (مدرب finds مدربين), never a shorter word;
 * - a stem term per word whose light stem differs (مدربين, مدربة → مدرب),
 *   matched only whole.
 *
 * Stop words and one-letter words get no term, so they can never be a hit.
 */
import { normalizeWord, words } from "./normalize.ts";

/** Words too common to search on their own: folded, as `searchKey` compares them. */
const STOP_WORDS = new Set(
  (
    "في من عن علي الي اي ان او ما لا لم لن قد ثم مع هو هي هم هن انا نحن انت كان كانت يكون تكون " +
    "هذا هذه ذلك تلك هناك هنا التي الذي الذين اللذين اللتين اللاتي كل بعض غير بين عند منذ حتي " +
    "بعد قبل حول خلال ضد نحو لدي لكن بل اذا اذ كما فيه فيها منه منها عليه عليها اليه اليها به بها له لها " +
    "the a an of in on at to for and or is are was were be by with from as that this it its"
  ).split(" "),
);

/** Endings dropped for the stem term, longest first; the stem keeps at least three letters. */
const SUFFIXES = ["تين", "تان", "هما", "ات", "ون", "ين", "ان", "يه", "ها", "هم", "ه", "ي"];

/** The definite article and the clitics before it, already folded to ال by normalizeWord. */
const ARTICLE = /^ال(?=\p{L}{2})/u;
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** The form a word is matched on: folded, without ال, digits as 0-9; "" for a stop word or a single letter. */
export function searchKey(word: string): string {
  const folded = normalizeWord(word).replace(DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
  // Checked before and after ال goes: التي is a stop word, and so is what is left of it.
  if (STOP_WORDS.has(folded)) return "";
  const key = folded.replace(ARTICLE, "");
  if (key.length < 2 && !/^\d$/.test(key)) return "";
  return STOP_WORDS.has(key) ? "" : key;
}

/** The keys of a text's words, stop words left out. */
export function searchKeys(text: string): string[] {
  return words(text).map(searchKey).filter(Boolean);
}

/** A key with a common ending dropped (مدربين → مدرب), or the key itself. */
export function lightStem(key: string): string {
  for (const suffix of SUFFIXES)
    if (key.endsWith(suffix) && key.length - suffix.length >= 3) return key.slice(0, -suffix.length);
  return key;
}

// The Latin spelling of a key: two letters per character from a table, five for any other.
// No code contains q, x or z, which mark a term's start and end, so an end mark never
// appears inside a term and a term is never a prefix of a longer word's term.
const LETTERS = "abcdefghijklmnoprstuvwy";
const TABLE = [..."ءابتثجحخدذرزسشصضطظعغفقكلمنهويؤئ", ..."abcdefghijklmnopqrstuvwxyz0123456789"];
const CODE = new Map(TABLE.map((c, i) => [c, LETTERS[Math.floor(i / 23)]! + LETTERS[i % 23]!]));
const DECODE = new Map([...CODE].map(([c, code]) => [code, c]));
const LONG = "y"; // first letter of a five-letter code: beyond the table's four first letters

function encode(key: string): string {
  let out = "";
  for (const c of key) {
    const code = CODE.get(c);
    if (code) out += code;
    else {
      let n = c.codePointAt(0)!;
      let digits = "";
      for (let i = 0; i < 4; i++, n = Math.floor(n / 23)) digits = LETTERS[n % 23]! + digits;
      out += LONG + digits;
    }
  }
  return out;
}

const EXACT = "qz";
const STEM = "qx";
const VARIANT = "qv";
const END = "zq";

/** The exact term of a key, as indexed (with its end mark). */
export const exactTerm = (key: string): string => EXACT + encode(key) + END;
/** The stem term of a key, as indexed and queried. */
export const stemTerm = (key: string): string => STEM + encode(lightStem(key)) + END;
/** The query for a key: the exact term without its end mark, so words that start with the key match too. */
export const prefixTerm = (key: string): string => EXACT + encode(key);

/**
 * Put before the terms of a spelling from the variants list: the article's own spelling (its first
 * key), so that an excerpt marks the word the article writes. Never queried; "" ends a run of them.
 */
export const variantMark = (key: string): string => VARIANT + encode(key) + END;

/** The article's spelling a variant mark names ("" for the end of a run); undefined for any other word. */
export function decodeVariantMark(term: string): string | undefined {
  if (!term.startsWith(VARIANT)) return undefined;
  return decodeTerm(EXACT + term.slice(VARIANT.length))?.key;
}

/** The key a term stands for (for an exact term) or its stem (for a stem term); undefined for any other word. */
export function decodeTerm(term: string): { exact: boolean; key: string } | undefined {
  const exact = term.startsWith(EXACT);
  if ((!exact && !term.startsWith(STEM)) || !term.endsWith(END)) return undefined;
  let key = "";
  for (let i = 2; i < term.length - 2;) {
    if (term[i] === LONG) {
      let n = 0;
      for (const d of term.slice(i + 1, i + 5)) n = n * 23 + LETTERS.indexOf(d);
      key += String.fromCodePoint(n);
      i += 5;
    } else {
      const c = DECODE.get(term.slice(i, i + 2));
      if (c === undefined) return undefined;
      key += c;
      i += 2;
    }
  }
  return { exact, key };
}
