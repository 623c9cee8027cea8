/**
 * What the browser editor refuses as it is typed, before a pull request: the names `npm run check`
 * refuses (scripts/text/name-key.ts, decision 0026), as Sveltia CMS field patterns. Each message is
 * the catalogue's (scripts/content/messages/editor.ts), in the words the check's own refusals use,
 * in the language the check speaks to the site's editors: the check stays the one judge. Sveltia reads a pattern written `/source/flags` (flags among d, g, i, m, s, u, y; so
 * `u`, never `v`), builds a RegExp from it and tests the trimmed value (its
 * src/lib/services/utils/regex.js and draft/validate/fields.js, version 0.221.1). It tests one value
 * per field: not each entry of a plain list, nor a select with `multiple` (decision 0038).
 *
 * A pattern cannot add UTF-8 bytes; each refuses a name once some kind of its letters alone is over
 * 255 bytes (256 letters, or 128 non-ASCII ones). The check, which counts them, is exact: a name
 * that mixes Arabic and Latin letters near the limit is refused there, not in the editor.
 */
import { MESSAGES as M, type Speak } from "../content/messages/index.ts";
import { LOOK_ALIKES, MAX_SEGMENT_BYTES, INVISIBLE_CLASS, WINDOWS_DEVICES } from "../text/name-key.ts";

/** A Sveltia field pattern: the expression as `/source/flags`, and the message shown when it does not match. */
export type Pattern = [string, string];

const pattern = (source: string, flags: string, message: string): Pattern => [`/${source}/${flags}`, message];

/** More than this many of `letter` in the name (a regular expression for one character). */
const moreThan = (n: number, letter: string) => `(?=(?:(?!${letter})[^])*(?:${letter}(?:(?!${letter})[^])*){${n + 1}})`;

/** Refuses a name with more letters than fit in 255 bytes: any letters, or letters of two bytes or more. */
const tooLong = (letter: string) =>
  `(?!${moreThan(MAX_SEGMENT_BYTES, letter)})(?!${moreThan(MAX_SEGMENT_BYTES >> 1, `(?![\\0-\\x7F\\u212A\\u017F\\u0131])${letter}`)})`;

/** A letter or digit, as a tag's page name keeps it (tatweel is dropped). */
const LETTER = "(?!\\u0640)[\\p{L}\\p{N}]";

/** Refuses a name that is a device name Windows reserves, once what is not a letter or digit is taken off its ends. */
const RESERVED = `(?![^\\p{L}\\p{N}]*(?:${WINDOWS_DEVICES})[^\\p{L}\\p{N}]*$)`;

const NO_INVISIBLE = `(?![^]*(?!\\u200C)[${INVISIBLE_CLASS}])`;

/** A tag: letters or digits, no invisible or direction characters, not a device name, not too long for a folder. */
export const tagPattern = (say: Speak): Pattern =>
  pattern(`^${NO_INVISIBLE}${RESERVED}${tooLong(LETTER)}(?=[^]*${LETTER})[^]+$`, "iu", say(M.editorTag()));

/** An article's slug under the site's policy: its folder's name, and the name of its file in the editor. */
export function slugPattern(policy: "latin" | "arabic", say: Speak): Pattern {
  const message = say(M.editorSlug({ latin: policy === "latin" }));
  if (policy === "latin")
    return pattern(
      `^(?!(?:${WINDOWS_DEVICES})$)(?=[^]{1,${MAX_SEGMENT_BYTES}}$)[a-z0-9]+(?:-[a-z0-9]+)*$`,
      "u",
      message,
    );
  // Exactly the slug's own name key (scripts/content/slugs.ts): no capitals, tatweel or look-alikes.
  const letter = `(?![\\p{Lu}\\p{Lt}\\u0640ς${Object.keys(LOOK_ALIKES).join("")}])[\\p{L}\\p{N}]`;
  return pattern(`^(?!(?:${WINDOWS_DEVICES})$)${tooLong(letter)}${letter}+(?:-${letter}+)*$`, "u", message);
}

/** A section's or author's id: lowercase Latin, as the registries require, and not a device name. */
export const idPattern = (say: Speak): Pattern =>
  pattern(
    `^(?!(?:${WINDOWS_DEVICES})$)(?=[^]{1,${MAX_SEGMENT_BYTES}}$)[a-z0-9]+(?:-[a-z0-9]+)*$`,
    "u",
    say(M.editorId()),
  );

/**
 * A picture: a path under /images/ as the check reads it (IMAGE_SRC in scripts/content/schema.ts),
 * or, for a picture just uploaded, the file's own name, which Sveltia puts under /images/.
 */
export const imagePattern = (say: Speak): Pattern =>
  pattern(
    "^(?![^]*\\.\\.)(?![^]*\\.\\/)(?![^]*[^\\/]{256})" +
      `(?!(?:[^]*\\/)?(?:${WINDOWS_DEVICES})(?:\\.[^\\/]*)?(?:\\/|$))` +
      "(?:\\/images\\/[\\w\\-.\\/]+|[\\w\\-.]+)\\.(?:jpe?g|png|webp|avif|gif|svg)$",
    "i",
    say(M.editorImage()),
  );
