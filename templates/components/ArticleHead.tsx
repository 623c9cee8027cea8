/** Social cards and structured data in an article page's <head>. */
import type { Article } from "../../scripts/content/schema.ts";
import type { FrameModel } from "../../scripts/site/model.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { newsArticleJsonLd } from "../../scripts/render/structured-data.ts";
import type { ShareImage } from "../../scripts/render/share-image.ts";
import { JsonLd } from "./JsonLd.tsx";
import { SocialCards } from "./SocialCards.tsx";

/** `images`: the pictures that represent the article, the one shared links show first (shareImages). */
export function ArticleHead({
  article,
  newsroom,
  images,
}: {
  article: Article;
  newsroom: FrameModel;
  images: ShareImage[];
}): JSX.Element {
  const { urls } = newsroom;
  const f = formatterFor(newsroom.site, article.lang);
  const first = images[0]!;
  return (
    <>
      <SocialCards
        newsroom={newsroom}
        type="article"
        lang={article.lang}
        title={article.title}
        description={article.summary}
        path={paths.article(article.slug)}
        image={{ url: urls.absolute(first.path), alt: first.alt, width: first.width, height: first.height }}
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
      <JsonLd data={newsArticleJsonLd(article, newsroom, images)} />
    </>
  );
}
