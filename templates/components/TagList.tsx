/** The article's topics, each linking to its tag page. */
import type { Article } from "../../scripts/content/schema.ts";
import { tagSlug } from "../../scripts/content/slugs.ts";
import type { Urls } from "../../scripts/site/urls.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";

export function TagList({ article, urls }: { article: Article; urls: Urls }): JSX.Element {
  if (article.tags.length === 0) return null;
  const t = stringsFor(article.lang);
  return (
    <nav class="tag-list" aria-label={t.tags}>
      <h2 class="tag-list-title" data-pagefind-ignore>
        {t.tags}
      </h2>
      <ul>
        {article.tags.map((tag) => (
          <li>
            <a rel="tag" href={urls.href(paths.tag(tagSlug(tag)))}>
              {tag}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
