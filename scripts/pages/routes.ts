/**
 * Every page of the site by its path, with the template that renders it and
 * the data it is given, for the preview: `npm start` renders a page when the
 * browser asks for it (scripts/eleventy/preview-server.ts) instead of writing
 * them all after each save. The paths are the ones a build writes: the same
 * `paths` and model lists that the templates' permalinks and pagination use.
 */
import { jsxToString } from "jsx-async-runtime";
import type { ArticlePage, SiteModel } from "../site/model.ts";
import type { ListingPage } from "../site/listings.ts";
import { paths } from "../site/urls.ts";
import type { SiteData } from "../../templates/types.ts";
import * as articlePage from "../../templates/articles/article.tsx";
import * as litePage from "../../templates/articles/lite-article.tsx";
import * as home from "../../templates/pages/home.11ty.tsx";
import * as listing from "../../templates/listings/listing.tsx";
import * as search from "../../templates/pages/search.11ty.tsx";
import * as notFound from "../../templates/pages/not-found.11ty.tsx";
import * as atomFeed from "../../templates/pages/feed.xml.11ty.tsx";
import * as jsonFeed from "../../templates/pages/feed.json.11ty.tsx";
import * as sitemapIndex from "../../templates/pages/sitemap.xml.11ty.tsx";
import * as sitemapPart from "../../templates/pages/sitemap-part.xml.11ty.tsx";
import * as newsSitemap from "../../templates/pages/news-sitemap.xml.11ty.tsx";
import * as robots from "../../templates/pages/robots.txt.11ty.tsx";

export interface Route {
  /** The Content-Type it is served with. */
  type: string;
  render(data: SiteData): JSX.Element | Promise<JSX.Element>;
}

const HTML = "text/html; charset=utf-8";
const XML = "application/xml; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";
const TEXT = "text/plain; charset=utf-8";

/** What every page is rendered with, but its own path. */
export type SitePageData = Omit<SiteData, "page">;

const route = (type: string, render: Route["render"]): Route => ({ type, render });

/**
 * The pages of one model by path. The preview builds these on every save, so the many pages
 * (articles, their lite copies, listings) are kept as the model's own objects, and a route is
 * made only for the page asked for.
 */
interface Tables {
  articles: Map<string, ArticlePage>;
  lite: Map<string, ArticlePage>;
  listings: Map<string, ListingPage>;
  /** The home, search and 404 pages, the feeds, robots.txt and the sitemap index. */
  others: Map<string, Route>;
  /** Sitemap files, listed when first asked for (the model lists them only when read). */
  sitemaps?: Map<string, Route>;
}

const tables = new WeakMap<SiteModel, Tables>();

/** The page at a site path (as written to disk: `/tags/البيئة/`, not percent-encoded), if there is one. */
export function findRoute(model: SiteModel, path: string): Route | undefined {
  let t = tables.get(model);
  if (!t) tables.set(model, (t = tablesFor(model)));
  const entry = t.articles.get(path);
  if (entry) return route(HTML, (data) => articlePage.render({ ...data, entry }));
  const lite = t.lite.get(path);
  if (lite) return route(HTML, (data) => litePage.render({ ...data, entry: lite }));
  const page = t.listings.get(path);
  if (page) return route(HTML, (data) => listing.render({ ...data, listing: page }));
  const other = t.others.get(path);
  if (other) return other;
  t.sitemaps ??= new Map(model.sitemaps.map((file) => [file.path, route(XML, (data) => sitemapPart.render({ ...data, file }))]));
  return t.sitemaps.get(path);
}

/** Renders a page as a build writes it. */
export async function renderRoute(route: Route, data: SitePageData, path: string): Promise<string> {
  return jsxToString(await route.render({ ...data, page: { url: path, outputPath: false } }));
}

function tablesFor(model: SiteModel): Tables {
  const t: Tables = { articles: new Map(), lite: new Map(), listings: new Map(), others: new Map() };
  for (const entry of model.articlePages) {
    t.articles.set(entry.path, entry);
    t.lite.set(paths.liteArticle(entry.article.slug), entry);
  }
  for (const page of model.listings) t.listings.set(page.path, page);
  t.others.set(paths.home(), route(HTML, home.render));
  t.others.set(paths.search(), route(HTML, search.render));
  t.others.set(paths.notFound(), route(HTML, notFound.render));
  for (const channel of model.feeds) {
    t.others.set(channel.atomPath, route(XML, (data) => atomFeed.render({ ...data, channel })));
    t.others.set(channel.jsonPath, route(JSON_TYPE, (data) => jsonFeed.render({ ...data, channel })));
  }
  t.others.set(paths.sitemap(), route(XML, sitemapIndex.render));
  t.others.set(paths.newsSitemap(), route(XML, newsSitemap.render));
  t.others.set(paths.robots(), route(TEXT, robots.render));
  return t;
}
