/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the same channels
 * and entries as the Atom feeds, at /feed.json and /sections/<id>/feed.json.
 */
import type { SiteData } from "../../scripts/render/page-data.ts";
import type { FeedChannel } from "../../scripts/site/feeds.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { isolatePlain } from "../../scripts/text/bidi.ts";
import { feedEntryBody } from "../components/FeedEntryBody.tsx";
import { JsonDocument } from "../components/JsonDocument.tsx";

type Data = SiteData & { channel: FeedChannel };

export async function render(data: Data): Promise<JSX.Element> {
  const { site, urls, authorsById, sectionsById } = data.newsroom;
  const { channel } = data;
  const f = formatterFor(site, site.language);
  const items = await Promise.all(
    channel.articles.map(async (article) => {
      const url = urls.absolute(paths.article(article.slug));
      return {
        id: url,
        url,
        // Plain text: Unicode isolates keep Latin runs in order in feed readers.
        title: isolatePlain(article.title, article.dir),
        summary: article.summary,
        content_html: await feedEntryBody(article, data),
        ...(article.image ? { image: urls.absolute(article.image.src) } : {}),
        date_published: f.iso(article.date),
        date_modified: f.iso(article.modified?.date ?? article.date),
        authors: article.authors.map((id) => ({
          name: authorsById.get(id)!.name,
          url: urls.absolute(paths.author(id)),
        })),
        tags: [sectionsById.get(article.section)!.name, ...article.tags],
        language: article.lang,
      };
    }),
  );
  return (
    <JsonDocument
      data={{
        version: "https://jsonfeed.org/version/1.1",
        title: channel.section ? `${site.name}: ${channel.section.name}` : site.name,
        description: channel.section?.description ?? site.tagline,
        home_page_url: urls.absolute(channel.homePath),
        feed_url: urls.absolute(channel.jsonPath),
        ...(site.websub ? { hubs: [{ type: "WebSub", url: site.websub.hub }] } : {}),
        language: site.language,
        icon: urls.absolute(site.logo.src),
        authors: [{ name: site.name, url: urls.absolute(paths.home()) }],
        items,
      }}
    />
  );
}
