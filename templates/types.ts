/** What every page template receives from Eleventy's data cascade. */
import type { SiteModel } from "../scripts/site/model.ts";
import type { Assets } from "../scripts/eleventy/stylesheets.ts";
import type { SearchAssets } from "../scripts/eleventy/search-index.ts";
import type { Pictures } from "../scripts/render/images.ts";

export interface SiteData {
  newsroom: SiteModel;
  assets: Assets;
  search: SearchAssets;
  images: Pictures;
  page: { url: string; outputPath: string | false };
}
