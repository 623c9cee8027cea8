/**
 * Every page of the site by its path, with the template that renders it and
 * the data it is given, for the preview: `npm start` renders a page when the
 * browser asks for it (scripts/eleventy/preview-server.ts) instead of writing
 * them all after each save. The paths are the ones a build writes: the same
 * `paths` and model lists that the templates' permalinks and pagination use.
 */
import { jsxToString } from "jsx-async-runtime";
import type { SiteModel } from "../site/model.ts";
import { paths } from "../site/urls.ts";
import type { SiteData } from "../../templates/types.ts";
import type { PageData } from "./write-articles.ts";
import * as articlePage from "../../templates/articles/article.tsx";
import * as litePage from "../../templates/articles/lite-article.tsx";
import * as home from "../../templates/pages/home.11ty.tsx";
import * as listing from "../../templates/pages/listing.11ty.tsx";
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

const tables = new WeakMap<SiteModel, Map<string, Route>>();

/** The page at a site path (as written to disk: `/tags/البيئة/`, not percent-encoded), if there is one. */
export function findRoute(model: SiteModel, path: string): Route | undefined {
  let table = tables.get(model);
  if (!table) tables.set(model, (table = routeTable(model)));
  return table.get(path);
}

/** Renders a page as a build would write it (not minified: the preview's pages never are). */
export async function renderRoute(route: Route, data: PageData, path: string): Promise<string> {
  return jsxToString(await route.render({ ...data, page: { url: path, outputPath: false } }));
}

function routeTable(model: SiteModel): Map<string, Route> {
  const table = new Map<string, Route>();
  const add = (path: string, type: string, render: Route["render"]) => table.set(path, { type, render });
  add(paths.home(), HTML, home.render);
  add(paths.search(), HTML, search.render);
  add(paths.notFound(), HTML, notFound.render);
  for (const entry of model.articlePages) {
    add(entry.path, HTML, (data) => articlePage.render({ ...data, entry }));
    add(paths.liteArticle(entry.article.slug), HTML, (data) => litePage.render({ ...data, entry }));
  }
  for (const page of model.listings) add(page.path, HTML, (data) => listing.render({ ...data, listing: page }));
  for (const channel of model.feeds) {
    add(channel.atomPath, XML, (data) => atomFeed.render({ ...data, channel }));
    add(channel.jsonPath, JSON_TYPE, (data) => jsonFeed.render({ ...data, channel }));
  }
  add(paths.sitemap(), XML, sitemapIndex.render);
  for (const file of model.sitemaps) add(file.path, XML, (data) => sitemapPart.render({ ...data, file }));
  add(paths.newsSitemap(), XML, newsSitemap.render);
  add(paths.robots(), TEXT, robots.render);
  return table;
}
