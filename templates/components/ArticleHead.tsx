/** Social cards and structured data in an article page's <head>. */
import type { Article } from "../../scripts/content/schema.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/render/format.ts";
import { newsArticleJsonLd } from "../../scripts/render/structured-data.ts";
import { JsonLd } from "./JsonLd.tsx";

const OG_LOCALES: Record<Article["lang"], string> = { ar: "ar_AR", en: "en_US", fr: "fr_FR" };

export function ArticleHead({ article, newsroom }: { article: Article; newsroom: SiteModel }): JSX.Element {
  const { site, urls } = newsroom;
  const f = formatterFor(site, article.lang);
  const image = article.image ? urls.absolute(article.image.src) : undefined;
  return (
    <>
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:locale" content={OG_LOCALES[article.lang]} />
      <meta property="og:title" content={article.title} />
      <meta property="og:description" content={article.summary} />
      <meta property="og:url" content={urls.absolute(paths.article(article.slug))} />
      {image ? <meta property="og:image" content={image} /> : null}
      {image ? <meta property="og:image:alt" content={article.image!.alt} /> : null}
      <meta property="article:published_time" content={f.iso(article.date)} />
      {article.modified ? <meta property="article:modified_time" content={f.iso(article.modified.date)} /> : null}
      <meta property="article:section" content={newsroom.sectionsById.get(article.section)!.name} />
      {article.tags.map((tag) => (
        <meta property="article:tag" content={tag} />
      ))}
      <meta name="twitter:card" content={image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={article.title} />
      <meta name="twitter:description" content={article.summary} />
      {image ? <meta name="twitter:image" content={image} /> : null}
      {image ? <meta name="twitter:image:alt" content={article.image!.alt} /> : null}
      <JsonLd data={newsArticleJsonLd(article, newsroom)} />
    </>
  );
}
