/**
 * The pictures that represent an article in search results and shared links (structured data,
 * Open Graph, Twitter): its lead photo at SHARE_WIDTH pixels when the picture pipeline made one,
 * otherwise a share card of its headline (decision 0034). Never the publisher's logo.
 */
import type { Article } from "../content/schema.ts";
import { LANGUAGES } from "../content/schema.ts";
import type { FrameModel } from "../site/model.ts";
import { SHARE_WIDTH, type Candidate, type Picture, type Pictures, type ShareCard } from "./page-data.ts";

export interface ShareImage extends Candidate {
  alt: string;
}

/** What the article's share card shows. */
function shareCardOf(article: Article, newsroom: FrameModel): ShareCard {
  const { site, urls } = newsroom;
  return {
    headline: article.title,
    dir: article.dir,
    kicker: newsroom.sectionsById.get(article.section)!.name,
    site: site.name,
    host: new URL(urls.absolute("/")).host,
    siteDir: LANGUAGES[site.language],
  };
}

/**
 * The article's pictures for sharing, the one to show first first: the photo's JPEG or PNG at
 * SHARE_WIDTH; or, for an article without a photo that wide (none, a smaller one, an SVG), its
 * share card, followed by the photo's largest JPEG or PNG if it has one.
 */
export async function shareImages(
  article: Article,
  newsroom: FrameModel,
  images: Pictures,
  picture: Picture | undefined,
): Promise<ShareImage[]> {
  const raster = picture && /^image\/(jpeg|png)$/.test(picture.fallback.type) ? picture.fallback.candidates : [];
  const alt = article.image?.alt ?? "";
  const wide = raster.find((c) => c.width === SHARE_WIDTH);
  if (wide) return [{ ...wide, alt }];
  const card = await images.shareCard(shareCardOf(article, newsroom));
  const largest = raster.at(-1);
  return [{ ...card, alt: article.title }, ...(largest ? [{ ...largest, alt }] : [])];
}
