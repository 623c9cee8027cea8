/**
 * What page templates receive: the model, and the files this build made for pages to link to
 * (stylesheets, fonts, the search script, pictures). Types only, so that every layer above
 * rendering can name them without importing the code that makes them.
 */
import type { Site } from "../content/registries.ts";
import type { Direction, Language } from "../content/schema.ts";
import type { ArticlePage, FrameModel, SiteModel } from "../site/model.ts";
import type { PluralForms } from "../text/format.ts";
import type { MinifyStats } from "./minify.ts";

/** The stylesheets and fonts of a build, by their published (hashed) paths. */
export interface Assets {
  stylesheet: { rtl: string; ltr: string };
  liteStylesheet: { rtl: string; ltr: string };
  /** Both weights: the regular for text, the bold for the headline; every page paints them first. */
  fontPreloads: string[];
  /** The live page's script (scripts/assets/live-client.ts), hashed. */
  liveScript: string;
  /** The masthead's logo (site.yaml logo.masthead), hashed, when the site has one. */
  mastheadLogo?: string;
}

export interface SearchAssets {
  /** The search page's script, hashed. */
  script: string;
  /** The folders of the index's parts by date (each with its loader, pagefind.js), newest first. */
  bundles: string[];
  /** In the preview: whether it indexes its own articles (`npm start -- --search`); the search page says which. */
  preview?: "indexed" | "none";
}

/** The browser editor's files under /admin/ (scripts/assets/editor.ts), when site.yaml has `editor`. */
export interface EditorAssets {
  /** Sveltia CMS, self-hosted. */
  script: string;
  /** Sets the editor's interface language to the site's before it starts. */
  start: string;
  /** The content folder relative to the repository's root, for the editor's paths. */
  contentFolder: string;
}

/** Written as JSON into the search form's `data-search` attribute: no inline script needed. */
export interface SearchConfig extends Pick<Site, "timeZone" | "digits"> {
  /** The folders of the index's parts by date, newest first, as hrefs under the site's path prefix (scripts/search/parts.ts). */
  bundles: string[];
  lang: Language;
  strings: {
    /** "{n} نتائج عن «{query}»", by plural category. */
    results: PluralForms;
    loading: string;
    unavailable: string;
  };
}

/** One encoded file of a picture. */
export interface Candidate {
  /** Site path, e.g. /img/AbC123-800.avif (the path prefix is added when printed). */
  path: string;
  width: number;
  height: number;
}

/** What a template needs to print a <picture>. */
export interface Picture {
  /** Better formats first (AVIF, then WebP); the browser takes the first it supports. */
  sources: { type: string; candidates: Candidate[] }[];
  /** The format every browser reads, for the <img> itself. */
  fallback: { type: string; candidates: Candidate[] };
  /** Intrinsic size of the largest fallback, for the width/height attributes (no layout shift). */
  width: number;
  height: number;
}

/** What an article's share card shows (scripts/assets/share-card.ts): the headline in the article's direction, the section and the site in the site's. */
export interface ShareCard {
  headline: string;
  dir: Direction;
  /** The section's name, above the headline. */
  kicker: string;
  /** The publication's name, and the site's host name beside it. */
  site: string;
  host: string;
  /** The direction of the section's and the site's names. */
  siteDir: Direction;
}

/** What templates ask of the pictures: the main thread's pipeline, or a worker's line to it. */
export interface Pictures {
  picture(src: string): Promise<Picture>;
  /** The share card of an article without a photo of SHARE_WIDTH pixels, made once and kept in the build cache. */
  shareCard(card: ShareCard): Promise<Candidate>;
}

/** Output widths in CSS pixels × density: the article column is at most 42rem (672px), so 1200 covers 2× screens and 3× phones. */
export const WIDTHS = [480, 800, 1200];
/** The article column: full width less the page's padding on phones, 42rem from 44rem up. Keep in step with styles/article.css. */
export const COLUMN_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";
/** The width of the picture that represents an article in search results and shared links: what Google asks for large previews. */
export const SHARE_WIDTH = 1200;
/** Where pictures are published in the site. */
export const IMAGE_PATH = "/img/";

/** What the page frame (Document, LiteDocument and their parts) reads. */
export interface FrameData {
  newsroom: FrameModel;
  assets: Assets;
  /** The page being rendered: its site path, for the masthead's current-page marks. */
  page: { url: string };
}

/** What an article page's templates read (templates/articles/). */
export interface ArticlePageData extends FrameData {
  images: Pictures;
  entry: ArticlePage;
  /** Counts the bodies minified, for the build log (the archive writer's; absent in the preview). */
  minify?: MinifyStats;
  /** The archive writer's exchange with the body renderer (absent in the preview). */
  bodies?: ArticleBodies;
}

/**
 * An article's body, between the archive writer and the two pages it renders: the body each
 * version showed in the article's kept pages, when nothing the body is made from has changed
 * (scripts/publish/page-cache.ts); and, filled in as the pages render, what each version shows and
 * the pictures the full version's body asked for.
 */
export interface ArticleBodies {
  kept?: { full: string; lite: string };
  shown: { full?: string; lite?: string; pictures: Set<string> };
}

/** What every other page's template (listings, templates/pages/) reads. */
export interface SiteData extends FrameData {
  newsroom: SiteModel;
  search: SearchAssets;
  images: Pictures;
  editor?: EditorAssets;
}

/** What every page is rendered with, but its own path. */
export type SitePageData = Omit<SiteData, "page">;
