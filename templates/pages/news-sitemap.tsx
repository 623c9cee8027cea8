/**
 * /news-sitemap.xml for Google News: the articles published in the two days
 * before the build, at most 1,000 (scripts/site/sitemaps.ts). Articles leave
 * it by themselves as later builds run, so the site should be rebuilt at
 * least daily (see docs/operations.md, "Publishing"). With no article that
 * recent it still holds one <url>, as the sitemap schema requires.
 */
import type { SiteData } from "../../scripts/render/page-data.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { xmlSafe } from "../../scripts/render/feed-content.ts";
import { Doctype } from "../components/Doctype.tsx";

export function render(data: SiteData): JSX.Element {
  const { site, urls, news } = data.newsroom;
  const f = formatterFor(site, site.language);
  return (
    <>
      <Doctype xml />
      <urlset
        xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        {...{ "xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9" }}
      >
        {news.map((article) => (
          <url>
            <loc>{urls.absolute(paths.article(article.slug))}</loc>
            <news:news>
              <news:publication>
                <news:name>{xmlSafe(site.name)}</news:name>
                <news:language>{article.lang}</news:language>
              </news:publication>
              <news:publication_date>{f.iso(article.date)}</news:publication_date>
              <news:title>{xmlSafe(article.title)}</news:title>
            </news:news>
          </url>
        ))}
        {/* The sitemap schema asks for at least one <url>: on a day without news, the home page, without news tags, which Google News skips. */}
        {news.length === 0 && (
          <url>
            <loc>{urls.absolute(paths.home())}</loc>
          </url>
        )}
      </urlset>
    </>
  );
}
