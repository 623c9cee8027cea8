/**
 * One key for every name that becomes a URL (decision 0020): the table's rows, the names a file
 * system refuses, and direction controls closed at the end of a one-line field. The property test
 * draws names from a table of look-alikes and invisible characters and asserts that no two
 * published URLs differ only by them.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { LOOK_ALIKES, nameKey, unsafeSegment } from "../../scripts/text/name-key.ts";
import { closeBidi } from "../../scripts/text/bidi-controls.ts";
import { tagSlug, isArticleSlug } from "../../scripts/content/slugs.ts";
import { paths } from "../../scripts/site/urls.ts";
import { MESSAGES as M, speak } from "../../scripts/content/messages/index.ts";

/** Why a name is refused, as the check says it in English; "" for a name every computer can hold. */
function refusal(name: string): string {
  const unsafe = unsafeSegment(name);
  return unsafe ? speak("en")(M.unsafeName(unsafe)) : "";
}

test("spellings a reader cannot tell apart have one key", () => {
  const same: [string, string, string][] = [
    ["ZWJ", "ذكاء\u200Dاصطناعي", "ذكاءاصطناعي"],
    ["CGJ", "ذكاء\u034Fاصطناعي", "ذكاءاصطناعي"],
    ["word joiner", "ذكاء\u2060اصطناعي", "ذكاءاصطناعي"],
    ["soft hyphen", "ذكاء\u00ADاصطناعي", "ذكاءاصطناعي"],
    ["right-to-left mark", "\u200Fالبيئة", "البيئة"],
    ["Arabic letter mark", "البيئة\u061C", "البيئة"],
    ["keheh", "کتاب", "كتاب"],
    ["Farsi yeh", "یمن", "يمن"],
    ["heh goal", "ہدى", "هدى"],
    ["harakat", "مُحَمَّد", "محمد"],
    ["Extended-A mark", "محمد\u08F0", "محمد"],
    ["Extended-A mark (U+08D3)", "سلام\u08D3", "سلام"],
    ["tatweel", "الـبيئة", "البيئة"],
    ["Persian digits", "کأس ۲۰۲۶", "كأس ٢٠٢٦"],
    ["final sigma", "λόγος", "λόγοσ"],
    ["case", "ΛΌΓΟΣ", "λόγος"],
    ["sharp s", "Straße", "STRASSE"],
    ["NFD", "e\u0301", "\u00E9"],
  ];
  for (const [why, a, b] of same) assert.equal(nameKey(a), nameKey(b), why);
});

test("ZWNJ keeps its own key: it changes how the letters join", () => {
  assert.notEqual(nameKey("می\u200Cخواهم"), nameKey("میخواهم"));
  assert.notEqual(tagSlug("می\u200Cخواهم"), tagSlug("میخواهم"));
});

test("letters that look different keep their own key", () => {
  for (const [a, b] of [
    ["أحمد", "احمد"],
    ["مدرسة", "مدرسه"],
    ["على", "علي"],
  ])
    assert.notEqual(nameKey(a!), nameKey(b!), `${a} / ${b}`);
});

test("names a file system refuses are named with the reason", () => {
  for (const name of ["aux.md", "CON", "nul", "Com1", "lpt9.txt", "com¹"])
    assert.match(refusal(name), /^is a name Windows reserves for a device \([A-Z0-9¹²³]+\)/, name);
  assert.equal(unsafeSegment("console"), undefined);
  assert.equal(unsafeSegment("auxiliary.md"), undefined);
  assert.match(refusal("ا".repeat(130)), /^is 260 bytes long in UTF-8; file systems allow 255/);
  assert.equal(unsafeSegment("ا".repeat(127)), undefined);
  assert.match(refusal("x".repeat(300)), /^is 300 bytes long/);
  assert.match(refusal("name."), /ends with a dot or a space/);
  assert.match(refusal("a:b.jpg"), /^contains a character Windows does not allow in a name \(:\)/);
  assert.match(refusal("x\n::error file=a::b.md"), /\(U\+000A\)/);
});

test("an Arabic slug with a look-alike is not a slug, and the suggestion is", () => {
  assert.equal(isArticleSlug("كتاب-جديد", "arabic"), true);
  assert.equal(isArticleSlug("کتاب-جديد", "arabic"), false);
  assert.equal(tagSlug("کتاب جدید"), "كتاب-جديد");
});

test("direction controls left open are closed at the end of the field, and nothing else changes", () => {
  const RLO = "\u202E";
  const PDF = "\u202C";
  const RLI = "\u2067";
  const PDI = "\u2069";
  assert.equal(closeBidi(`خبر${RLO}`), `خبر${RLO}${PDF}`);
  assert.equal(closeBidi(`a${RLO}b${PDF}c`), `a${RLO}b${PDF}c`);
  assert.equal(closeBidi(`${RLI}x${RLO}y`), `${RLI}x${RLO}y${PDF}${PDI}`);
  assert.equal(closeBidi(`${RLI}x${RLO}y${PDI}`), `${RLI}x${RLO}y${PDI}`);
  assert.equal(closeBidi("عنوان عادي"), "عنوان عادي");
});

/** Characters that draw nothing, or draw like another: what a variant may add to a name. */
const INVISIBLE = [
  "\u200D",
  "\u034F",
  "\u2060",
  "\u00AD",
  "\u200B",
  "\u200E",
  "\u200F",
  "\u061C",
  "\u202A",
  "\u202C",
  "\u2066",
  "\u2069",
  "\uFE0F",
  "\u0640",
];
const MARKS = ["\u064B", "\u064E", "\u0650", "\u0651", "\u0652", "\u0670", "\u08D3", "\u08F0", "\u08F3", "\u08FE"];
const FOLDED = Object.entries(LOOK_ALIKES).map(([variant, letter]) => ({ variant, letter }));
const LETTERS = [..."ابتثجحخدذرسشصضطظعغفقلمنو", ...new Set(FOLDED.map((f) => f.letter))];

/** A base name of Arabic letters (spaces between words), and one variant: look-alikes swapped in, invisible characters and marks put in. */
const names = fc
  .array(fc.constantFrom(...LETTERS, " "), { minLength: 1, maxLength: 24 })
  .filter((letters) => letters.some((c) => c !== " "))
  .chain((letters) =>
    fc.tuple(
      fc.constant(letters.join("")),
      fc
        .tuple(
          ...letters.map((c) => {
            const swaps = FOLDED.filter((f) => f.letter === c).map((f) => f.variant);
            return fc.tuple(
              fc.constantFrom(c, ...swaps),
              fc.array(fc.constantFrom(...INVISIBLE, ...(c === " " ? [] : MARKS)), { maxLength: 2 }),
            );
          }),
        )
        .map((parts) => parts.map(([c, extra]) => c + extra.join("")).join("")),
    ),
  );

test("no two published URLs differ only by a look-alike or an invisible character", () => {
  fc.assert(
    fc.property(names, ([base, variant]) => {
      assert.equal(paths.tag(tagSlug(variant)), paths.tag(tagSlug(base)), JSON.stringify(variant));
    }),
    { numRuns: 2000 },
  );
});
