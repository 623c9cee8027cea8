/**
 * "Related headlines" under each article: the editor's picks first, then
 * articles chosen by shared tags and section.
 */
import type { Article } from "../content/schema.ts";
import { tagSlug } from "../content/slugs.ts";
import { groupTopics, type Topic } from "./listings.ts";

export const MAX_RELATED = 5;
// A tag followed by half the archive (say "فلسطين") would make every article
// scan thousands of candidates; its most recent entries are enough to rank.
const TAG_SCAN_LIMIT = 300;

export interface RelatedIndex {
  bySlug: Map<string, Article>;
  /** Published articles per tag slug, newest first. */
  byTag: Map<string, Article[]>;
  /** Published articles per section id, newest first. */
  bySection: Map<string, Article[]>;
}

/**
 * Builds the lookup tables once for the whole site; `articles` must be newest first. The lists
 * per tag are the tag pages' own (`topics`), when the caller has grouped them already.
 */
export function buildRelatedIndex(articles: Article[], topics: Map<string, Topic> = groupTopics(articles)): RelatedIndex {
  const index: RelatedIndex = { bySlug: new Map(), byTag: new Map(), bySection: new Map() };
  for (const [slug, topic] of topics) index.byTag.set(slug, topic.articles);
  for (const article of articles) {
    index.bySlug.set(article.slug, article);
    push(index.bySection, article.section, article);
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Up to five related articles, never the article itself, never twice:
 * 1. the curated `related` slugs, in the editor's order (unpublished ones skipped);
 * 2. articles sharing the most tags with it; among equals, the same section first, then the most recent;
 * 3. the most recent articles of the same section.
 */
export function selectRelated(article: Article, index: RelatedIndex, max = MAX_RELATED): Article[] {
  const chosen: Article[] = [];
  const seen = new Set<Article>([index.bySlug.get(article.slug) ?? article]);
  const take = (candidate: Article | undefined) => {
    if (candidate && chosen.length < max && !seen.has(candidate)) {
      seen.add(candidate);
      chosen.push(candidate);
    }
  };

  for (const slug of article.related) take(index.bySlug.get(slug));
  if (chosen.length >= max) return chosen;

  const shared = new Map<Article, number>();
  for (const tag of article.tags) {
    const list = index.byTag.get(tagSlug(tag)) ?? [];
    for (let i = 0; i < list.length && i < TAG_SCAN_LIMIT; i++) {
      const candidate = list[i]!;
      if (!seen.has(candidate)) shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
    }
  }
  const better = ([a, sa]: [Article, number], [b, sb]: [Article, number]) =>
    sb - sa || Number(b.section === article.section) - Number(a.section === article.section) || b.date.getTime() - a.date.getTime();
  for (const [candidate] of topK(shared, max - chosen.length, better)) take(candidate);

  for (const candidate of index.bySection.get(article.section) ?? []) {
    if (chosen.length >= max) break;
    take(candidate);
  }
  return chosen;
}

/** The k best entries without sorting them all: k is 5, the candidates may be hundreds. */
function topK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    let i = Math.min(best.length, k - 1);
    while (i > 0 && compare(item, best[i - 1]!) < 0) i--;
    best.splice(i, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
