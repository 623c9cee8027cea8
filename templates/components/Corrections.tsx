/** The corrections note under an article: each correction with its date, oldest first. */
import type { Article } from "../../scripts/content/schema.ts";
import type { Site } from "../../scripts/content/registries.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";

export function Corrections({ article, site }: { article: Article; site: Site }): JSX.Element {
  const corrections = article.corrections ?? [];
  if (corrections.length === 0) return null;
  const f = formatterFor(site, article.lang);
  const t = stringsFor(article.lang);
  return (
    <section class="corrections" data-region="corrections" aria-labelledby="corrections-title" data-pagefind-ignore>
      <h2 id="corrections-title" class="corrections-title">
        {f.count(corrections.length, t.corrections)}
      </h2>
      <ul>
        {corrections.map((c) => (
          <li>
            <time datetime={f.iso(c.date)}>{c.timed ? f.dateTime(c.date) : f.date(c.date)}</time>: {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
