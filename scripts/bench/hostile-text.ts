/**
 * Bodies shaped to hurt a text pass: each is what an adversarial review of the project found to
 * hang, crash or silently drop text (issue 17), repeated to a given size. The benchmark
 * (`npm run bench:text`) and tests/unit/text-passes.test.ts feed every pass each of them.
 */

/** Repeats `unit` until the result is at least `size` characters, then cuts it there. */
function fill(unit: string, size: number, start = ""): string {
  return (start + unit.repeat(Math.ceil(Math.max(0, size - start.length) / unit.length) + 1)).slice(0, size);
}

export const HOSTILE_SHAPES: Record<string, (size: number) => string> = {
  /** One long line of words separated by double spaces. */
  "double spaces": (n) => fill("كلمة  word  ", n),
  /** A letter followed by nothing but tatweel. */
  tatweel: (n) => fill("\u0640", n, "ب"),
  /** Words stretched with tatweel between every letter. */
  "tatweel words": (n) => fill("بـ", n),
  /** Latin commas, semicolons and question marks after Arabic words. */
  "latin punctuation": (n) => fill("قال, ثم; لماذا? ", n),
  /** Runs of Latin punctuation after one Arabic word. */
  "punctuation runs": (n) => fill(",;?", n, "قال"),
  /** Latin and Arabic words, one after the other. */
  "alternating scripts": (n) => fill("Apple آبل ", n),
  /** Latin words separated by long runs of spaces. */
  "latin words, spaced": (n) => fill("word" + " ".repeat(40), n),
  /** Brand names in both scripts, with digits, ampersands and commas. */
  "brand names": (n) => fill("iPhone 16 Pro آيفون Wi-Fi 7 & C++ جوجل Google, Samsung ", n),
  /** Emphasis markers of every kind, none of them closed. */
  emphasis: (n) => fill("*_**__~~", n),
  /** Emphasis that opens and closes around every word. */
  "emphasis words": (n) => fill("*كلمة* _word_ **نص** ", n),
  /** Backtick runs of growing length, never closed. */
  backticks: (n) => {
    let s = "";
    for (let k = 1; s.length < n; k = (k % 50) + 1) s += "`".repeat(k) + " a ";
    return s.slice(0, n);
  },
  /** Link openings without a closing bracket. */
  "open links": (n) => fill("[a](b", n),
  /** Link destinations in angle brackets and titles in parentheses, never closed, on one line. */
  "open link parts": (n) => fill("](<a](a (", n),
  /** Nested brackets. */
  brackets: (n) => fill("[", n / 2) + fill("]", n / 2),
  /** Blockquotes nested far past any real article. */
  "nested quotes": (n) => (fill(">", Math.min(n, 100_000)) + " نص\n\nفقرة بعدها\n" + fill("نص ", n)).slice(0, n),
  /** Lists nested far past any real article. */
  "nested lists": (n) => {
    const lines: string[] = [];
    let size = 0;
    for (let depth = 0; size < n; depth++) {
      const line = `${"  ".repeat(depth % 2000)}- بند ${depth}`;
      lines.push(line);
      size += line.length + 1;
    }
    return lines.join("\n").slice(0, n);
  },
  /** A table whose rows have more cells than its header. */
  "wide table rows": (n) => "| أ | ب |\n|---|---|\n" + fill("| ج | د | هـ | و |\n", n - 20),
  /** Ordinary prose, the baseline every other shape is compared with. */
  prose: (n) => fill("قال الوزير إن الخطة جاهزة، وإن التنفيذ يبدأ الشهر المقبل.\n\n", n),
};
