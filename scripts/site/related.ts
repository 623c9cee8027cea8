/**
 * "Related headlines" under each article: the editor's picks first, then
 * articles chosen by shared tags and section.
 */
import type { Article } from "../content/schema.ts";
import { tagSlug } from "../content/slugs.ts";
import { groupTopics, type Topic } from "./listings.ts";

const MAX_RELATED = 5;
// A tag followed by half the archive (say "فلسطين") would make every article
// scan thousands of candidates; its most recent entries are enough to rank.
const TAG_SCAN_LIMIT = 300;

export interface RelatedIndex {
  bySlug: Map<string, Article>;
  /** Published articles per tag slug, newest first. */
  byTag: Map<string, Article[]>;
  /** Published articles per section id, newest first. */
  bySection: Map<string, Article[]>;
  /** The same, as numbers for ranking (see `selectRelated`). */
  readonly ranking: Ranking;
}

/**
 * Ranking by shared tags runs once per article over up to a few hundred
 * candidates each, tens of millions of steps on a large archive, too slow
 * with Maps of objects and a comparison function; here candidates are
 * positions in the newest-first list, counted in a reused typed array and
 * ranked by one number per candidate.
 */
interface Ranking {
  articles: Article[];
  position: Map<Article, number>;
  /** Per tag slug, the positions of its newest TAG_SCAN_LIMIT articles, worked out the first time the tag is ranked. */
  tags: Map<string, Int32Array>;
  byTag: Map<string, Article[]>;
  /** Milliseconds since the oldest article, so that ranking keys stay positive. */
  age: Float64Array;
  /** Each article's section, as a number. */
  section: Int32Array;
  sectionIds: Map<string, number>;
  /** Shared-tag counts, all zero between calls. */
  counts: Int32Array;
}

/**
 * Builds the lookup tables once for the whole site; `articles` must be newest first. The lists
 * per tag are the tag pages' own (`topics`), when the caller has grouped them already.
 */
export function buildRelatedIndex(
  articles: Article[],
  topics: Map<string, Topic> = groupTopics(articles),
): RelatedIndex {
  const bySlug = new Map<string, Article>();
  const byTag = new Map<string, Article[]>();
  const bySection = new Map<string, Article[]>();
  for (const [slug, topic] of topics) byTag.set(slug, topic.articles);
  for (const article of articles) {
    bySlug.set(article.slug, article);
    push(bySection, article.section, article);
  }
  let numbers: Ranking | undefined;
  return {
    bySlug,
    byTag,
    bySection,
    // Made when a first list is chosen: the preview builds the index on every save, and chooses lists only for the pages it is asked for.
    get ranking() {
      return (numbers ??= ranking(articles, byTag));
    },
  };
}

function ranking(articles: Article[], byTag: Map<string, Article[]>): Ranking {
  let oldest = Infinity;
  for (const article of articles) oldest = Math.min(oldest, article.date.getTime());
  const sectionIds = new Map<string, number>();
  for (const article of articles)
    if (!sectionIds.has(article.section)) sectionIds.set(article.section, sectionIds.size);
  return {
    section: Int32Array.from(articles, (a) => sectionIds.get(a.section)!),
    sectionIds,
    articles,
    position: new Map(articles.map((a, i) => [a, i])),
    tags: new Map(),
    byTag,
    age: Float64Array.from(articles, (a) => a.date.getTime() - oldest),
    counts: new Int32Array(articles.length),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** 2^42 ms is 139 years: the age fits below it, and the tag count and section above. */
const AGE_RANGE = 2 ** 42;

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

  const { articles, position, age, counts, section, sectionIds } = index.ranking;
  // The article and the curated picks are not candidates: a count that starts far below zero never reaches one.
  const skipped = [...seen].map((a) => position.get(a)).filter((p) => p !== undefined);
  for (const p of skipped) counts[p] = -1e9;
  // Candidates in the order first met (tag by tag, newest first), so ties go to the first met.
  const met: number[] = [];
  for (const tag of article.tags) {
    const list = tagPositions(index.ranking, tagSlug(tag));
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      const count = counts[p]!;
      counts[p] = count + 1;
      if (count === 0) met.push(p);
    }
  }
  const own = sectionIds.get(article.section) ?? -1;
  const keys = met.map((p) => (counts[p]! * 2 + (section[p] === own ? 1 : 0)) * AGE_RANGE + age[p]!);
  for (const i of topK(keys, max - chosen.length)) take(articles[met[i]!]);
  for (const p of met) counts[p] = 0;
  for (const p of skipped) counts[p] = 0;

  for (const candidate of index.bySection.get(article.section) ?? []) {
    if (chosen.length >= max) break;
    take(candidate);
  }
  return chosen;
}

function tagPositions(ranking: Ranking, slug: string): Int32Array | undefined {
  let list = ranking.tags.get(slug);
  if (!list) {
    const articles = ranking.byTag.get(slug);
    if (!articles) return undefined;
    list = Int32Array.from(articles.slice(0, TAG_SCAN_LIMIT), (a) => ranking.position.get(a)!);
    ranking.tags.set(slug, list);
  }
  return list;
}

/** The indexes of the k highest keys, best first, the earlier winning ties, without sorting them all. */
function topK(keys: number[], k: number): number[] {
  const best: number[] = [];
  for (let item = 0; item < keys.length; item++) {
    const key = keys[item]!;
    if (best.length === k && key <= keys[best[k - 1]!]!) continue;
    let i = Math.min(best.length, k - 1);
    while (i > 0 && key > keys[best[i - 1]!]!) i--;
    best.splice(i, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
