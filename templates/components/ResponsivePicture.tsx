/** A <picture>: AVIF and WebP sources, then the JPEG/PNG <img> with its size, so nothing shifts while it loads. */
import type { Picture } from "../../scripts/render/page-data.ts";
import { pictureMarkup } from "../../scripts/render/picture-markup.ts";
import type { Urls } from "../../scripts/site/urls.ts";

export interface ResponsivePictureProps {
  picture: Picture;
  urls: Urls;
  alt: string;
  /**
   * The lead image is the largest thing on screen: fetched first. Other pictures on the first
   * screen load at once ("eager"); the rest wait until they are near.
   */
  priority: "high" | "eager" | "lazy";
  /** How wide the slot is, when it is not the article column (a card's thumbnail). */
  sizes?: string;
}

export function ResponsivePicture({ picture, urls, alt, priority, sizes }: ResponsivePictureProps): JSX.Element {
  const { sources, img } = pictureMarkup(picture, urls, sizes);
  const loading =
    priority === "high"
      ? ({ loading: "eager", fetchpriority: "high" } as const)
      : ({ loading: priority === "eager" ? "eager" : "lazy" } as const);
  return (
    <picture>
      {sources.map((source) => (
        <source type={source.type} srcset={source.srcset} sizes={source.sizes} />
      ))}
      <img {...img} alt={alt} {...loading} decoding="async" />
    </picture>
  );
}
