/**
 * Every page the site has, listed once: its path, the type it is served with, and the template
 * that renders it. Three writers read this table: Eleventy writes the site-wide pages
 * (templates/eleventy/site.11ty.tsx), the archive writer writes the article, lite and listing
 * pages (scripts/publish/), and the preview renders any of them when the browser asks.
 */
import { jsxToString } from "jsx-async-runtime";
import type { ArticlePage, SiteModel } from "../scripts/site/model.ts";
import type { ListingPage } from "../scripts/site/listings.ts";
import { paths } from "../scripts/site/urls.ts";
import type { ArticlePageData, SitePageData } from "../scripts/render/page-data.ts";
import * as articlePage from "./articles/article.tsx";
import * as litePage from "./articles/lite-article.tsx";
import * as liveUpdates from "./pages/live-updates.tsx";
import * as listing from "./listings/listing.tsx";
import * as home from "./pages/home.tsx";
import * as search from "./pages/search.tsx";
import * as notFound from "./pages/not-found.tsx";
import * as publicationPage from "./pages/publication-page.tsx";
import * as atomFeed from "./pages/atom-feed.tsx";
import * as jsonFeed from "./pages/json-feed.tsx";
import * as sitemapIndex from "./pages/sitemap-index.tsx";
import * as sitemapPart from "./pages/sitemap-part.tsx";
import * as newsSitemap from "./pages/news-sitemap.tsx";
import * as robots from "./pages/robots.tsx";
import * as indexNowKey from "./pages/indexnow-key.tsx";
import * as editor from "./pages/admin.tsx";
import * as editorConfig from "./pages/editor-config.tsx";

/** What an article's pages read besides their own entry: the frame of the model, not all of it (ArticlePageData). */
export type ArticleFrameData = Omit<ArticlePageData, "entry" | "page">;

/** One page. `D` is what it is rendered from; every route can be rendered from SitePageData. */
export interface Route<D = SitePageData> {
  /** The site path, as written to disk (`/tags/البيئة/`, not percent-encoded). */
  path: string;
  /** The Content-Type it is served with. */
  type: string;
  render(data: D): JSX.Element | Promise<JSX.Element>;
}

const HTML = "text/html; charset=utf-8";
const XML = "application/xml; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";
const TEXT = "text/plain; charset=utf-8";
const YAML = "application/yaml; charset=utf-8";

/** A page as a build writes it. */
export async function renderRoute<D extends object>(route: Route<D>, data: D): Promise<string> {
  return jsxToString(await route.render(data));
}

/** The page at `path` of the given data: `page` tells the masthead which page is current. */
function at<D extends object>(path: string, data: D): D & { page: { url: string } } {
  return { ...data, page: { url: path } };
}

/** An article's full page and its text-only copy, and a live page's updates for its script. */
export function articleRoutes(entry: ArticlePage): {
  full: Route<ArticleFrameData>;
  lite: Route<ArticleFrameData>;
  updates?: Route<ArticleFrameData>;
} {
  const { slug, live } = entry.article;
  const litePath = paths.liteArticle(slug);
  const updatesPath = paths.liveUpdates(slug);
  return {
    full: { path: entry.path, type: HTML, render: (data) => articlePage.render({ ...at(entry.path, data), entry }) },
    lite: { path: litePath, type: HTML, render: (data) => litePage.render({ ...at(litePath, data), entry }) },
    ...(live
      ? {
          updates: {
            path: updatesPath,
            type: JSON_TYPE,
            render: (data: ArticleFrameData) => liveUpdates.render({ ...at(updatesPath, data), entry }),
          },
        }
      : {}),
  };
}

/** A page of a section, tag or author listing. */
export function listingRoute(page: ListingPage): Route {
  return { path: page.path, type: HTML, render: (data) => listing.render({ ...at(page.path, data), listing: page }) };
}

/**
 * The site-wide pages: the home, search and 404 pages, the publication's own pages, the feeds, the
 * sitemaps, robots.txt and the browser editor (/admin/). A few dozen whatever the archive's size;
 * Eleventy writes them.
 */
export function siteRoutes(model: SiteModel): Route[] {
  const route = (
    path: string,
    type: string,
    render: (data: SitePageData & { page: { url: string } }) => JSX.Element | Promise<JSX.Element>,
  ): Route => ({
    path,
    type,
    render: (data) => render(at(path, data)),
  });
  return [
    route(paths.home(), HTML, home.render),
    route(paths.search(), HTML, search.render),
    route(paths.notFound(), HTML, notFound.render),
    // The publication's own pages (content/pages/): a handful, linked from every page's footer.
    ...model.pages.map((publication) =>
      route(paths.page(publication.slug), HTML, (data) => publicationPage.render({ ...data, publication })),
    ),
    ...model.feeds.flatMap((channel) => [
      route(channel.atomPath, XML, (data) => atomFeed.render({ ...data, channel })),
      route(channel.jsonPath, JSON_TYPE, (data) => jsonFeed.render({ ...data, channel })),
    ]),
    route(paths.sitemap(), XML, sitemapIndex.render),
    ...model.sitemaps.map((file) => route(file.path, XML, (data) => sitemapPart.render({ ...data, file }))),
    route(paths.newsSitemap(), XML, newsSitemap.render),
    route(paths.robots(), TEXT, robots.render),
    // IndexNow reads the key back from the site before it accepts the URLs a deploy sends.
    ...(model.site.indexNow ? [route(paths.indexNowKey(model.site.indexNow.key), TEXT, indexNowKey.render)] : []),
    // The browser editor, when site.yaml names the repository it saves to.
    ...(model.site.editor
      ? [route(paths.editor(), HTML, editor.render), route(paths.editorConfig(), YAML, editorConfig.render)]
      : []),
  ];
}

/** The pages of one model by path, made when the preview first asks for a page of that model. */
interface Tables {
  articles: Map<string, ArticlePage>;
  lite: Map<string, ArticlePage>;
  updates: Map<string, ArticlePage>;
  listings: Map<string, ListingPage>;
  site?: Map<string, Route>;
}

/** Any page of the site by its path, for the preview, which renders each page when it is asked for. */
export function routeFinder(model: SiteModel): (path: string) => Route | undefined {
  // The preview builds a model on every save, and most saves are followed by one page: the archive's
  // pages are indexed as the model's own objects, and a route is made only for the page asked for.
  const tables: Tables = { articles: new Map(), lite: new Map(), updates: new Map(), listings: new Map() };
  for (const entry of model.articlePages) {
    tables.articles.set(entry.path, entry);
    tables.lite.set(paths.liteArticle(entry.article.slug), entry);
    if (entry.article.live) tables.updates.set(paths.liveUpdates(entry.article.slug), entry);
  }
  for (const page of model.listings) tables.listings.set(page.path, page);
  return (path) => {
    const entry = tables.articles.get(path);
    if (entry) return articleRoutes(entry).full;
    const lite = tables.lite.get(path);
    if (lite) return articleRoutes(lite).lite;
    const live = tables.updates.get(path);
    if (live) return articleRoutes(live).updates;
    const page = tables.listings.get(path);
    if (page) return listingRoute(page);
    // The site-wide pages, the sitemaps among them, are listed when first asked for.
    tables.site ??= new Map(siteRoutes(model).map((route) => [route.path, route]));
    return tables.site.get(path);
  };
}
