/** The article's lead picture with its caption and credit. */
import type { ArticleImage, Language } from "../../scripts/content/schema.ts";
import type { Urls } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";

export function LeadImage({ image, urls, lang }: { image: ArticleImage; urls: Urls; lang: Language }): JSX.Element {
  const t = stringsFor(lang);
  return (
    <figure class="lead-image">
      <img src={urls.href(image.src)} alt={image.alt} fetchpriority="high" decoding="async" />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption ? <span class="caption">{image.caption}</span> : null}
          {image.credit ? (
            <span class="credit">
              {t.imageCredit}: {image.credit}
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
