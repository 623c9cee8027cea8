/**
 * Every URL the site prints comes from here, so the one `url` setting
 * (which may carry a path prefix such as /almadar/ on GitHub Pages) is
 * honoured by links, assets, feeds and canonical URLs alike.
 *
 * Paths (`/tags/الذكاء-الاصطناعي/`) are what Eleventy writes to disk, as
 * UTF-8. Hrefs are those paths under the prefix, percent-encoded.
 */
export const paths = {
  home: () => "/",
  article: (slug: string) => `/articles/${slug}/`,
  /** The text-only version of an article, for slow or filtered connections. */
  liteArticle: (slug: string) => `/lite/articles/${slug}/`,
  /** A live page's updates, for its script. */
  liveUpdates: (slug: string) => `/articles/${slug}/updates.json`,
  section: (id: string, page = 1) => paged(`/sections/${id}/`, page),
  tag: (slug: string, page = 1) => paged(`/tags/${slug}/`, page),
  author: (id: string, page = 1) => paged(`/authors/${id}/`, page),
  feed: () => "/feed.xml",
  jsonFeed: () => "/feed.json",
  sectionFeed: (id: string) => `/sections/${id}/feed.xml`,
  sectionJsonFeed: (id: string) => `/sections/${id}/feed.json`,
  /** One of the publication's pages (content/pages/): about, contact, the corrections policy… */
  page: (slug: string) => `/pages/${slug}/`,
  search: () => "/search/",
  sitemap: () => "/sitemap.xml",
  sitemapPart: (n: number) => `/sitemap-${n}.xml`,
  newsSitemap: () => "/news-sitemap.xml",
  robots: () => "/robots.txt",
  indexNowKey: (key: string) => `/${key}.txt`,
  notFound: () => "/404.html",
  /** The browser editor (Sveltia CMS) and the configuration the build makes for it. */
  editor: () => "/admin/",
  editorConfig: () => "/admin/config.yml",
  favicon: () => "/favicon.svg",
};

function paged(base: string, page: number): string {
  return page === 1 ? base : `${base}page/${page}/`;
}

export interface Urls {
  /** The path prefix, always starting and ending with "/". */
  prefix: string;
  /** A link for use in this site's pages: prefix + percent-encoded path. */
  href: (path: string) => string;
  /** An absolute URL for canonical links, feeds and structured data. */
  absolute: (path: string) => string;
}

export function createUrls(siteUrl: string): Urls {
  const base = new URL(siteUrl);
  const prefix = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`;
  const href = (path: string) => {
    // Keep `?query` and `#fragment` as written; only the path is encoded.
    const [, pathname = "", rest = ""] = /^([^?#]*)(.*)$/s.exec(path) ?? [];
    return prefix + encodePath(pathname.replace(/^\//, "")) + rest;
  };
  return {
    prefix,
    href,
    absolute: (path) => base.origin + href(path),
  };
}

/** Encodes each segment, keeping the slashes: `/tags/تقنية/` → `/tags/%D8%AA…/`. */
export function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(decodeSafely(segment)))
    .join("/");
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
