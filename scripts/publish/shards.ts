/**
 * Which runner renders which article when a build is spread over several (`npm run build -- --shard
 * i/n`): whole parts of the search index (scripts/search/parts.ts), in date order, cut into n runs
 * of about the same number of articles. A shard then indexes its own parts from its own pages, and
 * its warm cache holds only its dates. Why by part and not by a hash of the slug:
 * docs/decisions/0035-builds-spread-over-runners.md.
 */
import type { ArticlePage, SiteModel } from "../site/model.ts";
import { partsOf } from "../search/parts.ts";

/** One runner's share: the `index`-th (from 1) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** What a writer of the archive's pages writes: every article's pages or a shard's or none, and the listings or not. */
export interface ArchiveShare {
  articles: "all" | "none" | Shard;
  listings: boolean;
}

type Dated = ArticlePage["article"];

/**
 * The shard (1 to `count`) of each article. The search index's parts are taken oldest first; each
 * goes to the shard its middle article falls in when the archive is cut into `count` equal runs, so
 * that a part moves to a neighbouring shard only when the archive has grown by about a shard's
 * share. `articles` must be the list the search index is cut from (the model's `articles`).
 */
export function shardsOf(articles: readonly Dated[], count: number): (article: Dated) => number {
  const partOf = partsOf([...articles]);
  const sizes = new Map<string, number>();
  for (const article of articles) {
    const part = partOf(article);
    sizes.set(part, (sizes.get(part) ?? 0) + 1);
  }
  const shardOfPart = new Map<string, number>();
  let before = 0;
  for (const part of [...sizes.keys()].sort()) {
    const size = sizes.get(part)!;
    shardOfPart.set(part, Math.min(count, Math.floor(((before + size / 2) * count) / articles.length) + 1));
    before += size;
  }
  return (article) => shardOfPart.get(partOf(article))!;
}

/** The article pages a share writes, in the model's order. */
export function articlePagesOf(
  model: Pick<SiteModel, "articles" | "articlePages">,
  share: ArchiveShare,
): ArticlePage[] {
  const { articles } = share;
  if (articles === "all") return model.articlePages;
  if (articles === "none") return [];
  const shardOf = shardsOf(model.articles, articles.count);
  return model.articlePages.filter((page) => shardOf(page.article) === articles.index);
}
