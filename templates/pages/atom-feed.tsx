/**
 * Atom feeds: the whole site at /feed.xml and each section at
 * /sections/<id>/feed.xml, the 20 newest articles each (scripts/site/feeds.ts).
 * Every entry has the summary and the full body as escaped HTML. XML shares
 * HTML's escaping of & < > " ', which the TSX runtime applies to every string;
 * xmlSafe drops the control characters XML cannot hold at all.
 */
import type { SiteData } from "../../scripts/render/page-data.ts";
import type { FeedChannel } from "../../scripts/site/feeds.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { xmlSafe } from "../../scripts/render/feed-content.ts";
import { feedEntryBody } from "../components/FeedEntryBody.tsx";
import { isolatePlain } from "../../scripts/text/bidi.ts";
import { Doctype } from "../components/Doctype.tsx";

type Data = SiteData & { channel: FeedChannel };

/**
 * Atom's <link>. XML has no void elements, but the TSX runtime writes an
 * empty `link` the HTML way (<link …>, never closed); one empty child makes
 * it write <link …></link>, which XML parsers accept.
 */
function Link(props: { href: string; rel: string; type?: string }): JSX.Element {
  return <link {...props}>{[""]}</link>;
}

export async function render(data: Data): Promise<JSX.Element> {
  const { site, urls, authorsById, sectionsById } = data.newsroom;
  const { channel } = data;
  const f = formatterFor(site, site.language);
  const entries = await Promise.all(
    channel.articles.map(async (article) => ({
      article,
      body: await feedEntryBody(article, data),
    })),
  );
  return (
    <>
      <Doctype xml />
      <feed xmlns="http://www.w3.org/2005/Atom" {...{ "xml:lang": site.language }}>
        <title>{xmlSafe(channel.section ? `${site.name}: ${channel.section.name}` : site.name)}</title>
        <subtitle>{xmlSafe(channel.section?.description ?? site.tagline)}</subtitle>
        <id>{urls.absolute(channel.atomPath)}</id>
        <Link href={urls.absolute(channel.atomPath)} rel="self" type="application/atom+xml" />
        {/* WebSub: subscribers (Google among them) hear of a new entry from the hub, which each deploy pings. */}
        {site.websub ? <Link href={site.websub.hub} rel="hub" /> : null}
        <Link href={urls.absolute(channel.jsonPath)} rel="alternate" type="application/feed+json" />
        <Link href={urls.absolute(channel.homePath)} rel="alternate" type="text/html" />
        <updated>{f.iso(channel.updated)}</updated>
        <icon>{urls.absolute(site.logo.src)}</icon>
        {entries.map(({ article, body }) => (
          <entry {...(article.lang !== site.language ? { "xml:lang": article.lang } : {})}>
            {/* Feed titles are plain text: Unicode isolates keep "Apple (iOS 18.2)" in order in feed readers. */}
            <title>{xmlSafe(isolatePlain(article.title, article.dir))}</title>
            <id>{urls.absolute(paths.article(article.slug))}</id>
            <Link href={urls.absolute(paths.article(article.slug))} rel="alternate" type="text/html" />
            <published>{f.iso(article.date)}</published>
            <updated>{f.iso(article.modified?.date ?? article.date)}</updated>
            {article.authors.map((id) => (
              <author>
                <name>{xmlSafe(authorsById.get(id)!.name)}</name>
                <uri>{urls.absolute(paths.author(id))}</uri>
              </author>
            ))}
            <category term={xmlSafe(sectionsById.get(article.section)!.name)} />
            {article.tags.map((tag) => (
              <category term={xmlSafe(tag)} />
            ))}
            <summary>{xmlSafe(article.summary)}</summary>
            <content type="html">{body}</content>
          </entry>
        ))}
      </feed>
    </>
  );
}
