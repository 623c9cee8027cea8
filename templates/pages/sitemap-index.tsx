/** /sitemap.xml: the sitemap index, pointing to the files that list every page (scripts/site/sitemaps.ts). */
import type { SiteData } from "../../scripts/render/page-data.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { Doctype } from "../components/Doctype.tsx";

export function render(data: SiteData): JSX.Element {
  const { site, urls, sitemaps } = data.newsroom;
  const f = formatterFor(site, site.language);
  return (
    <>
      <Doctype xml />
      <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        {sitemaps.map((file) => (
          <sitemap>
            <loc>{urls.absolute(file.path)}</loc>
            {file.lastmod ? <lastmod>{f.iso(file.lastmod)}</lastmod> : null}
          </sitemap>
        ))}
      </sitemapindex>
    </>
  );
}
