/**
 * Sitemaps for search engines: every page readers can land on with the time it last changed, in
 * files of at most 50,000 URLs behind one sitemap index, and the Google News sitemap of the last
 * two days' articles. Built in linear time: each listing page's date is the newest of its entries.
 */
import type { Article } from "../content/schema.ts";
import type { ListingPage } from "./listings.ts";
import type { PublicationPage } from "../content/pages.ts";
import { paths } from "./urls.ts";

/** The sitemap protocol's limit per file. */
const SITEMAP_URL_LIMIT = 50_000;
/** Google News reads at most 1,000 URLs per news sitemap, published in the last two days. */
export const NEWS_URL_LIMIT = 1_000;
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export interface SitemapEntry {
  path: string;
  /** Absent only for the home page of a site with no articles yet. */
  lastmod?: Date;
}

export interface SitemapFile {
  /** At the site's root: a sitemap may only list URLs under its own folder. */
  path: string;
  entries: SitemapEntry[];
  /** The newest `lastmod` in the file, for the index. */
  lastmod?: Date;
}

const changed = (a: Article) => a.modified?.date ?? a.date;

function newest(articles: Article[]): Date | undefined {
  let max: number | undefined;
  for (const a of articles) max = Math.max(max ?? 0, changed(a).getTime());
  return max === undefined ? undefined : new Date(max);
}

/**
 * Home first, then articles (newest first), then listing pages in the model's order, then the
 * publication's pages. Empty listings are left out; a page without `updated` has no date.
 */
export function sitemapEntries(
  articles: Article[],
  listings: ListingPage[],
  pages: PublicationPage[] = [],
): SitemapEntry[] {
  const home = newest(articles);
  const entries: SitemapEntry[] = [{ path: paths.home(), ...(home ? { lastmod: home } : {}) }];
  for (const article of articles) entries.push({ path: paths.article(article.slug), lastmod: changed(article) });
  for (const listing of listings) {
    const lastmod = newest(listing.items);
    if (lastmod) entries.push({ path: listing.path, lastmod });
  }
  for (const page of pages)
    entries.push({ path: paths.page(page.slug), ...(page.updated ? { lastmod: page.updated } : {}) });
  return entries;
}

export function splitSitemaps(entries: SitemapEntry[], limit = SITEMAP_URL_LIMIT): SitemapFile[] {
  const files: SitemapFile[] = [];
  for (let i = 0; i < entries.length; i += limit) {
    const chunk = entries.slice(i, i + limit);
    const lastmod = chunk.reduce((max, e) => Math.max(max, e.lastmod?.getTime() ?? 0), 0);
    files.push({
      path: paths.sitemapPart(files.length + 1),
      entries: chunk,
      ...(lastmod ? { lastmod: new Date(lastmod) } : {}),
    });
  }
  return files;
}

/**
 * The articles for the news sitemap: published within two days before `now`
 * (the build), newest first, at most 1,000. `articles` is newest first, so
 * this stops at the first older one. An article dated after `now` is not yet
 * "published" for Google News and waits for a later build.
 */
export function newsArticles(articles: Article[], now: Date, limit = NEWS_URL_LIMIT): Article[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  const selected: Article[] = [];
  for (const article of articles) {
    const time = article.date.getTime();
    if (time < since || selected.length === limit) break;
    // Google News takes no paid-for content.
    if (time <= now.getTime() && article.type !== "sponsored") selected.push(article);
  }
  return selected;
}
