/**
 * /robots.txt: everything may be crawled except search results, and both
 * sitemaps are named. Crawlers read robots.txt only at a host's root, so a
 * site published under a path (GitHub Pages project sites) should also name
 * the sitemaps in Search Console.
 */
import type { SiteData } from "../../scripts/render/page-data.ts";
import { paths } from "../../scripts/site/urls.ts";
import { TextDocument } from "../components/TextDocument.tsx";

export function render(data: SiteData): JSX.Element {
  const { urls, mode } = data.newsroom;
  return (
    <TextDocument
      lines={[
        "User-agent: *",
        // The preview (`npm start`) must never be indexed.
        mode === "production" ? `Disallow: ${urls.href(paths.search())}` : "Disallow: /",
        "",
        `Sitemap: ${urls.absolute(paths.sitemap())}`,
        `Sitemap: ${urls.absolute(paths.newsSitemap())}`,
      ]}
    />
  );
}
