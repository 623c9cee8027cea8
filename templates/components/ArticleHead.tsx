/** Social cards and structured data in an article page's <head>. */
import type { Article } from "../../scripts/content/schema.ts";
import type { FrameModel } from "../../scripts/site/model.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { newsArticleJsonLd } from "../../scripts/render/structured-data.ts";
import { JsonLd } from "./JsonLd.tsx";
import { SocialCards } from "./SocialCards.tsx";

export function ArticleHead({ article, newsroom }: { article: Article; newsroom: FrameModel }): JSX.Element {
  const { urls } = newsroom;
  const f = formatterFor(newsroom.site, article.lang);
  return (
    <>
      <SocialCards
        newsroom={newsroom}
        type="article"
        lang={article.lang}
        title={article.title}
        description={article.summary}
        path={paths.article(article.slug)}
        {...(article.image ? { image: { url: urls.absolute(article.image.src), alt: article.image.alt } } : {})}
      />
      <meta property="article:published_time" content={f.iso(article.date)} />
      {article.modified ? <meta property="article:modified_time" content={f.iso(article.modified.date)} /> : null}
      <meta property="article:section" content={newsroom.sectionsById.get(article.section)!.name} />
      {article.authors.map((id) => (
        <meta property="article:author" content={urls.absolute(paths.author(id))} />
      ))}
      {article.tags.map((tag) => (
        <meta property="article:tag" content={tag} />
      ))}
      <JsonLd data={newsArticleJsonLd(article, newsroom)} />
    </>
  );
}
