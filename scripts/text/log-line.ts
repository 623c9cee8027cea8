/**
 * Content text printed in a log. CI reads each line of a step's output, and a line that starts with
 * `::` (leading spaces skipped) is a workflow command: an annotation, a masked value, or the end of
 * all commands. Content must not start a line, so every piece of it printed in a line is kept on
 * that line: line breaks and other control characters are shown as escapes (decision 0025).
 */

// C0 and C1 controls but tab, and the Unicode line and paragraph separators: control characters are what it is for.
// eslint-disable-next-line no-control-regex
const BREAKS = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r" };

/** `text` on one line: a line break is shown as `\n`, any other control character as `\u{…}`. */
export function oneLine(text: string): string {
  return text.replace(BREAKS, (c) => NAMED[c] ?? `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}
