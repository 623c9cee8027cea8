/**
 * Spellings of one name. Tags with one name key (scripts/text/name-key.ts) are one tag with one
 * page, shown in the spelling most articles use; each article that spells it another way gets a
 * warning with the fix, since the two look alike and an editor cannot see why.
 */
import { mostCommon } from "../text/name-key.ts";
import { tagSlug } from "./slugs.ts";
import type { Article } from "./schema.ts";
import type { Problem } from "./problems.ts";

export function checkTagSpellings(articles: Article[]): Problem[] {
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
        message: `"${tag}" is another spelling of the tag "${shown}" (${differences(tag, shown)}): the two look alike and are one tag, shown as "${shown}". Write "${shown}" here.`,
      });
    }
  }
  return warnings;
}

/** How two spellings differ, by code point, since an editor cannot see it: "it has U+06A9 where that has U+0643". */
function differences(tag: string, shown: string): string {
  const a = [...new Set(tag.normalize("NFC"))];
  const b = [...new Set(shown.normalize("NFC"))];
  const code = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const only = (xs: string[], ys: string[]) => xs.filter((c) => !ys.includes(c)).map(code).join(", ");
  const mine = only(a, b);
  const theirs = only(b, a);
  if (mine && theirs) return `it has ${mine} where that has ${theirs}`;
  return mine ? `it has ${mine}` : `it lacks ${theirs}`;
}
