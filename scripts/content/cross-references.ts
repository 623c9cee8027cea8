/**
 * Checks that need every article at once: one slug per article, and
 * `related` slugs that lead somewhere. A `related` slug whose article was
 * deleted or renamed names that file too (found in git), so the editor
 * sees both ends of the broken link.
 */
import { basename, join } from "node:path";
import type { Article } from "./schema.ts";
import type { Problem } from "./problems.ts";
import { findRemovals, type Removal } from "./history.ts";
import { MESSAGES as M, type Speak, type Texts } from "./messages/index.ts";
import { closest } from "./suggest.ts";

export function checkCrossReferences(articles: Article[], say: Speak, contentDir?: string): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, Article>();
  for (const article of [...articles].sort((a, b) => a.file.localeCompare(b.file))) {
    const first = bySlug.get(article.slug);
    if (first) {
      problems.push({ file: article.file, field: "slug", message: say(M.slugTaken({ slug: article.slug, file: first.file })) });
    } else bySlug.set(article.slug, article);
  }

  const dangling: { article: Article; slug: string }[] = [];
  for (const article of articles) {
    for (const slug of article.related) {
      if (slug === article.slug) problems.push({ file: article.file, field: "related", message: say(M.relatedSelf({ slug })) });
      else if (slug.includes("://")) problems.push({ file: article.file, field: "related", message: say(M.relatedUrl({ url: slug, slug: slugOfUrl(slug) })) });
      else if (!bySlug.has(slug)) dangling.push({ article, slug });
    }
  }
  if (dangling.length === 0) return problems;

  // Only a broken link asks git, so a clean check never pays for it.
  const removals = contentDir ? findRemovals(join(contentDir, "articles"), dangling.map((d) => d.slug)) : new Map<string, Removal>();
  const byFile = new Map(articles.map((a) => [a.file, a]));
  for (const { article, slug } of dangling) {
    const removal = removals.get(slug);
    // A near miss is a typo; the slugs are compared only for a link that leads nowhere.
    const near = removal ? undefined : closest(slug, bySlug.keys());
    problems.push({ file: article.file, field: "related", message: say(near ? M.relatedNearMiss({ slug, suggestion: near }) : missingMessage(slug, removal, byFile)) });
  }
  return problems;
}

/** The slug in an article's address: its last folder (https://site/articles/gold-prices/ → gold-prices). */
function slugOfUrl(url: string): string {
  const path = url.slice(url.indexOf("://") + 3).split(/[?#]/)[0]!;
  const segments = path.split("/").filter(Boolean);
  const last = segments.length > 1 ? segments.at(-1)! : "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function missingMessage(slug: string, removal: Removal | undefined, byFile: Map<string, Article>): Texts {
  if (!removal) return M.relatedUnknown({ slug });
  const when = removal.commit ? M.inCommit({ commit: removal.commit, day: removal.day ?? "" }) : M.notCommitted();
  if (removal.renamedTo) {
    const now = byFile.get(removal.renamedTo)?.slug;
    return now
      ? M.relatedRenamed({ slug, file: removal.file, to: removal.renamedTo, when, now })
      : M.relatedRenamedGone({ slug, file: removal.file, to: removal.renamedTo, when });
  }
  return M.relatedDeleted({ slug, file: removal.file, when, name: basename(removal.file) });
}
