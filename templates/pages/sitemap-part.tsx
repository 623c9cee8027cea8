/** /sitemap-1.xml, /sitemap-2.xml…: up to 50,000 pages each, with the time each last changed. */
import type { SiteData } from "../../scripts/render/page-data.ts";
import type { SitemapFile } from "../../scripts/site/sitemaps.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { Doctype } from "../components/Doctype.tsx";

type Data = SiteData & { file: SitemapFile };

export function render(data: Data): JSX.Element {
  const { site, urls } = data.newsroom;
  const f = formatterFor(site, site.language);
  return (
    <>
      <Doctype xml />
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        {data.file.entries.map((entry) => (
          <url>
            <loc>{urls.absolute(entry.path)}</loc>
            {entry.lastmod ? <lastmod>{f.iso(entry.lastmod)}</lastmod> : null}
          </url>
        ))}
      </urlset>
    </>
  );
}
