/**
 * The one template Eleventy renders: a page for each site-wide route of the
 * route table (templates/routes.ts), "pages from data" in Eleventy's terms.
 * The route renders; this only tells Eleventy where each page goes.
 */
import type { Route } from "../routes.ts";
import type { SitePageData } from "../../scripts/render/page-data.ts";

interface Data {
  /** The route of this page, from the paginated list. */
  route: Route;
  /** What every page is rendered from (scripts/eleventy/newsroom.ts). */
  site: SitePageData;
}

export const data = {
  pagination: { data: "routes", size: 1, alias: "route" },
  permalink: (data: Data) => data.route.path,
  eleventyExcludeFromCollections: true,
};

export function render(data: Data): JSX.Element | Promise<JSX.Element> {
  return data.route.render(data.site);
}
