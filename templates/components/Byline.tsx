/** "بقلم" and the author names, each linking to the author's page. */
import type { Article } from "../../scripts/content/schema.ts";
import type { FrameModel } from "../../scripts/site/model.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";

export function Byline({ article, newsroom }: { article: Article; newsroom: FrameModel }): JSX.Element {
  const t = stringsFor(article.lang);
  const authors = article.authors.map((id) => newsroom.authorsById.get(id)!);
  return (
    // Not searched ("بقلم" is on every article); each author is a search filter instead.
    <p class="byline" data-pagefind-ignore>
      {t.by}{" "}
      {authors.map((author, i) => (
        <>
          {i > 0 ? t.authorsJoin : ""}
          <a
            rel="author"
            data-pagefind-filter="author"
            href={newsroom.urls.href(paths.author(author.id))}
            {...(article.lang !== newsroom.site.language ? { lang: newsroom.site.language } : {})}
          >
            {author.name}
          </a>
        </>
      ))}
    </p>
  );
}
