/** Up to five related headlines under the article (see scripts/site/related.ts for the choice). */
import type { Language } from "../../scripts/content/schema.ts";
import type { RelatedHeadline } from "../../scripts/site/model.ts";
import type { Urls } from "../../scripts/site/urls.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { BidiText } from "./BidiText.tsx";

export function RelatedHeadlines({
  related,
  urls,
  lang,
}: {
  related: RelatedHeadline[];
  urls: Urls;
  lang: Language;
}): JSX.Element {
  if (related.length === 0) return null;
  const t = stringsFor(lang);
  return (
    <aside class="related" data-region="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t.related}</h2>
      <ul>
        {related.map((item) => (
          <li>
            <a
              href={urls.href(paths.article(item.slug))}
              {...(item.lang !== lang ? { lang: item.lang, dir: item.dir } : {})}
            >
              <BidiText text={item.title} dir={item.dir} />
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
