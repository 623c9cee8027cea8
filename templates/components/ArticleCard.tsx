/** A headline with its standfirst and date, as listed on home, section, tag and author pages. */
import type { Article, Language } from "../../scripts/content/schema.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { BidiText } from "./BidiText.tsx";

export interface ArticleCardProps {
  article: Article;
  newsroom: SiteModel;
  /** The language of the page the card sits on. */
  pageLang: Language;
  /** Heading level for the headline, so each page keeps a correct outline. */
  level?: 2 | 3;
  showSummary?: boolean;
}

export function ArticleCard({
  article,
  newsroom,
  pageLang,
  level = 2,
  showSummary = true,
}: ArticleCardProps): JSX.Element {
  const f = formatterFor(newsroom.site, article.lang);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <article class="card" {...(article.lang !== pageLang ? { lang: article.lang, dir: article.dir } : {})}>
      <Heading class="card-title">
        <a href={newsroom.urls.href(paths.article(article.slug))}>
          <BidiText text={article.title} dir={article.dir} />
        </a>
      </Heading>
      {showSummary ? (
        <p class="card-summary">
          <BidiText text={article.summary} dir={article.dir} />
        </p>
      ) : null}
      <p class="card-meta">
        <time datetime={f.iso(article.date)}>{f.date(article.date)}</time>
      </p>
    </article>
  );
}
