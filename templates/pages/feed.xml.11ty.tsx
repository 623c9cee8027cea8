/** The site's Atom feed: the 20 newest articles. XML shares HTML's escaping of & < > " '. */
import type { SiteData } from "../types.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/render/format.ts";
import { Doctype } from "../components/Doctype.tsx";

export const data = { permalink: paths.feed(), eleventyExcludeFromCollections: true };

const FEED_SIZE = 20;

export function render(data: SiteData): JSX.Element {
  const { site, urls, articles, sectionsById, authorsById } = data.newsroom;
  const f = formatterFor(site, site.language);
  const entries = articles.slice(0, FEED_SIZE);
  const latest = entries.reduce((max, a) => Math.max(max, (a.modified?.date ?? a.date).getTime()), 0);
  return (
    <>
      <Doctype xml />
      <feed xmlns="http://www.w3.org/2005/Atom" {...{ "xml:lang": site.language }}>
        <title>{site.name}</title>
        <subtitle>{site.tagline}</subtitle>
        <id>{urls.absolute(paths.home())}</id>
        <link href={urls.absolute(paths.feed())} rel="self" type="application/atom+xml" />
        <link href={urls.absolute(paths.home())} rel="alternate" type="text/html" />
        <updated>{f.iso(new Date(latest))}</updated>
        {entries.map((article) => (
          <entry {...(article.lang !== site.language ? { "xml:lang": article.lang } : {})}>
            <title>{article.title}</title>
            <id>{urls.absolute(paths.article(article.slug))}</id>
            <link href={urls.absolute(paths.article(article.slug))} rel="alternate" type="text/html" />
            <published>{f.iso(article.date)}</published>
            <updated>{f.iso(article.modified?.date ?? article.date)}</updated>
            {article.authors.map((id) => (
              <author>
                <name>{authorsById.get(id)!.name}</name>
                <uri>{urls.absolute(paths.author(id))}</uri>
              </author>
            ))}
            <category term={sectionsById.get(article.section)!.name} />
            <summary>{article.summary}</summary>
          </entry>
        ))}
      </feed>
    </>
  );
}
