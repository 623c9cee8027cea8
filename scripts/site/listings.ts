/**
 * Paginated listings (section, tag and author pages), built once per build as
 * small plain objects that the listing pages are written from (scripts/publish/),
 * rather than Eleventy's collection items, which would copy far more data per page.
 */
import type { Article } from "../content/schema.ts";
import { tagSlug } from "../content/slugs.ts";
import { mostCommon } from "../text/name-key.ts";
import { paths } from "./urls.ts";

export type ListingKind = "section" | "tag" | "author";

export interface ListingPage {
  kind: ListingKind;
  /** Section id, tag slug or author id. */
  key: string;
  /** What the listing is about, as readers see it. */
  name: string;
  pageNumber: number;
  pageCount: number;
  /** Total articles in the listing, across all pages. */
  total: number;
  items: Article[];
  path: string;
  previousPath?: string;
  nextPath?: string;
}

export interface Topic {
  slug: string;
  /** The spelling most articles carrying the tag use; of two as common, the newest article's. */
  name: string;
  articles: Article[];
}

/**
 * Groups articles (newest first) by tag slug, so spellings with one name key (scripts/text/name-key.ts:
 * tashkeel, invisible characters, Persian look-alikes, case) are one tag, with one page.
 */
export function groupTopics(articles: Article[]): Map<string, Topic> {
  const topics = new Map<string, Topic>();
  const spellings = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const slug = tagSlug(tag);
      const topic = topics.get(slug);
      if (topic) topic.articles.push(article);
      else topics.set(slug, { slug, name: tag, articles: [article] });
      const counts = spellings.get(slug) ?? spellings.set(slug, new Map()).get(slug)!;
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
  }
  for (const [slug, counts] of spellings) if (counts.size > 1) topics.get(slug)!.name = mostCommon(counts);
  return topics;
}

export function paginate(
  kind: ListingKind,
  key: string,
  name: string,
  articles: Article[],
  perPage: number,
): ListingPage[] {
  const pageCount = Math.max(1, Math.ceil(articles.length / perPage));
  const pathOf = (page: number) => paths[kind](key, page);
  return Array.from({ length: pageCount }, (_, i) => {
    const pageNumber = i + 1;
    return {
      kind,
      key,
      name,
      pageNumber,
      pageCount,
      total: articles.length,
      items: articles.slice(i * perPage, pageNumber * perPage),
      path: pathOf(pageNumber),
      ...(pageNumber > 1 ? { previousPath: pathOf(pageNumber - 1) } : {}),
      ...(pageNumber < pageCount ? { nextPath: pathOf(pageNumber + 1) } : {}),
    };
  });
}
