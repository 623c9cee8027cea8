/**
 * Spellings of one name. Tags with one name key (scripts/text/name-key.ts) are one tag with one
 * page, shown in the spelling most articles use; each article that spells it another way gets a
 * warning with the fix, since the two look alike and an editor cannot see why.
 */
import { mostCommon } from "../text/name-key.ts";
import { tagSlug } from "./slugs.ts";
import type { Article } from "./schema.ts";
import type { Problem } from "./problems.ts";
import { MESSAGES as M, type Speak } from "./messages/index.ts";

export function checkTagSpellings(articles: Article[], say: Speak): Problem[] {
  // Newest first, as the tag pages count them, so that a tie goes the same way as on the page.
  const ordered = [...articles].sort((a, b) => b.date.getTime() - a.date.getTime() || a.file.localeCompare(b.file));
  const spellings = new Map<string, Map<string, number>>();
  for (const article of ordered) {
    for (const tag of article.tags) {
      const slug = tagSlug(tag);
      const counts = spellings.get(slug) ?? spellings.set(slug, new Map()).get(slug)!;
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  const warnings: Problem[] = [];
  for (const article of ordered) {
    for (const tag of article.tags) {
      const counts = spellings.get(tagSlug(tag))!;
      if (counts.size < 2) continue;
      const shown = mostCommon(counts);
      if (tag === shown) continue;
      warnings.push({
        file: article.file,
        field: "tags",
        message: say(M.tagSpelling({ tag, shown, ...differences(tag, shown) })),
      });
    }
  }
  return warnings;
}

/** How two spellings differ, by code point, since an editor cannot see it: what each has that the other lacks. */
function differences(tag: string, shown: string): { mine: string; theirs: string } {
  const a = [...new Set(tag.normalize("NFC"))];
  const b = [...new Set(shown.normalize("NFC"))];
  const code = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const only = (xs: string[], ys: string[]) => xs.filter((c) => !ys.includes(c)).map(code).join(", ");
  return { mine: only(a, b), theirs: only(b, a) };
}
