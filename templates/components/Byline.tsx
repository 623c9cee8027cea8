/** "بقلم" and the author names, each linking to the author's page. */
import type { Article } from "../../scripts/content/schema.ts";
import type { FrameModel } from "../../scripts/site/model.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";

export function Byline({ article, newsroom }: { article: Article; newsroom: FrameModel }): JSX.Element {
  const t = stringsFor(article.lang);
  const authors = article.authors.map((id) => newsroom.authorsById.get(id)!);
  return (
    <p class="byline">
      {t.by}{" "}
      {authors.map((author, i) => (
        <>
          {i > 0 ? t.authorsJoin : ""}
          <a
            rel="author"
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
