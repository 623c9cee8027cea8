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

export function checkCrossReferences(articles: Article[], contentDir?: string): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, Article>();
  for (const article of [...articles].sort((a, b) => a.file.localeCompare(b.file))) {
    const first = bySlug.get(article.slug);
    if (first) {
      problems.push({ file: article.file, field: "slug", message: `"${article.slug}" is already the slug of ${first.file}. Two articles cannot share a URL; give this one its own slug.` });
    } else bySlug.set(article.slug, article);
  }

  const dangling: { article: Article; slug: string }[] = [];
  for (const article of articles) {
    for (const slug of article.related) {
      if (slug === article.slug) problems.push({ file: article.file, field: "related", message: `"${slug}" is this article itself. List other articles only.` });
      else if (!bySlug.has(slug)) dangling.push({ article, slug });
    }
  }
  if (dangling.length === 0) return problems;

  // Only a broken link asks git, so a clean check never pays for it.
  const removals = contentDir ? findRemovals(join(contentDir, "articles"), dangling.map((d) => d.slug)) : new Map<string, Removal>();
  const byFile = new Map(articles.map((a) => [a.file, a]));
  for (const { article, slug } of dangling) {
    problems.push({ file: article.file, field: "related", message: missingMessage(slug, removals.get(slug), byFile) });
  }
  return problems;
}

function missingMessage(slug: string, removal: Removal | undefined, byFile: Map<string, Article>): string {
  if (!removal) return `"${slug}" is not the slug of any article. Check the spelling against the file names in content/articles/, or remove it.`;
  const when = removal.commit ? `in commit ${removal.commit} (${removal.day})` : "(not committed yet)";
  if (removal.renamedTo) {
    const now = byFile.get(removal.renamedTo)?.slug;
    return now
      ? `"${slug}" was the slug of ${removal.file}, which was renamed to ${removal.renamedTo} ${when}. Write "${now}" instead.`
      : `"${slug}" was the slug of ${removal.file}, which was renamed to ${removal.renamedTo} ${when} and is gone too. Remove "${slug}" from related.`;
  }
  return `"${slug}" was the slug of ${removal.file}, which was deleted ${when}. Remove "${slug}" from related, or restore ${basename(removal.file)}.`;
}
