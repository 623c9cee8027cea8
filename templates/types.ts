/** What page templates receive. */
import type { ArticlePage, FrameModel, SiteModel } from "../scripts/site/model.ts";
import type { Assets } from "../scripts/eleventy/stylesheets.ts";
import type { SearchAssets } from "../scripts/eleventy/search-index.ts";
import type { Pictures } from "../scripts/render/images.ts";

/** What the page frame (Document, LiteDocument and their parts) reads. */
export interface FrameData {
  newsroom: FrameModel;
  assets: Assets;
  page: { url: string; outputPath: string | false };
}

/** What an article page's templates read (templates/articles/). */
export interface ArticlePageData extends FrameData {
  images: Pictures;
  entry: ArticlePage;
}

/** What every site-wide page template (templates/pages/) receives from Eleventy's data cascade. */
export interface SiteData extends FrameData {
  newsroom: SiteModel;
  search: SearchAssets;
  images: Pictures;
}
