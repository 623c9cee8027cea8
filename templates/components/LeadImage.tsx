/** The article's lead picture with its caption and credit. */
import type { ArticleImage, Language } from "../../scripts/content/schema.ts";
import type { Picture } from "../../scripts/render/page-data.ts";
import type { Urls } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { ResponsivePicture } from "./ResponsivePicture.tsx";

export function LeadImage({
  image,
  picture,
  urls,
  lang,
}: {
  image: ArticleImage;
  picture: Picture;
  urls: Urls;
  lang: Language;
}): JSX.Element {
  const t = stringsFor(lang);
  return (
    <figure class="lead-image">
      <ResponsivePicture picture={picture} urls={urls} alt={image.alt} priority="high" />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption ? <span class="caption">{image.caption}</span> : null}
          {image.credit ? (
            // The credit is furniture, not searched; without it the caption stays a sentence of its own.
            <span class="credit" data-pagefind-ignore>
              {t.imageCredit}: {image.credit}
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
