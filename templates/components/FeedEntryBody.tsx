/**
 * What a feed entry carries besides its headline: the article's body, and for live coverage its
 * introduction then each update as the page shows it (LiveUpdateItem), with the time in the site's
 * zone and language ("10:30 ص 14 مارس 2019"), not the ISO time the editor wrote in the heading.
 */
import { jsxToString } from "jsx-async-runtime";
import type { Article } from "../../scripts/content/schema.ts";
import type { SiteData } from "../../scripts/render/page-data.ts";
import { feedBody, feedLiveParts, xmlSafe } from "../../scripts/render/feed-content.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";
import { LiveUpdateItem } from "./LiveCoverage.tsx";

export async function feedEntryBody(article: Article, data: SiteData): Promise<string> {
  const { urls, site } = data.newsroom;
  const strings = stringsFor(article.lang);
  const { live } = article;
  if (!live) return feedBody(article, urls, data.images, strings);
  const parts = await feedLiveParts(article, urls, data.images, strings);
  const f = formatterFor(site, article.lang);
  const updates = await jsxToString(
    <>
      {live.updates.map((update) => (
        <LiveUpdateItem update={update} body={parts.updates.get(update.id)!} article={article} f={f} anchor={false} />
      ))}
    </>,
  );
  return xmlSafe(parts.intro.renderedMarkdown + updates);
}
