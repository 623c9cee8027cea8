/** Publication and update times, readable and machine-readable. "Updated" is the latest of `updated` and the corrections. */
import type { Article } from "../../scripts/content/schema.ts";
import type { Site } from "../../scripts/content/registries.ts";
import { formatterFor, readingMinutes } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";

export function Dateline({ article, site }: { article: Article; site: Site }): JSX.Element {
  const f = formatterFor(site, article.lang);
  const t = stringsFor(article.lang);
  const show = (d: Date, timed: boolean) => (timed ? f.dateTime(d) : f.date(d));
  return (
    // Not searched (every article would match "دقيقة"), but its date is shown in search results.
    <p class="dateline" data-pagefind-ignore>
      <span>
        {t.published}{" "}
        <time datetime={f.iso(article.date)} data-pagefind-meta="date">
          {show(article.date, article.timed)}
        </time>
      </span>
      {article.modified ? (
        <span class="dateline-updated">
          {t.updated}{" "}
          <time datetime={f.iso(article.modified.date)}>{show(article.modified.date, article.modified.timed)}</time>
        </span>
      ) : null}
      <span>{f.count(readingMinutes(article.words), t.readingTime)}</span>
    </p>
  );
}
