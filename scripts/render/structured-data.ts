/** NewsArticle and BreadcrumbList structured data for an article page. */
import type { Article } from "../content/schema.ts";
import type { SiteModel } from "../site/model.ts";
import { paths } from "../site/urls.ts";
import { formatterFor } from "./format.ts";

export function newsArticleJsonLd(article: Article, newsroom: SiteModel): object[] {
  const { site, urls } = newsroom;
  const f = formatterFor(site, article.lang);
  const url = urls.absolute(paths.article(article.slug));
  const section = newsroom.sectionsById.get(article.section)!;
  return [
    {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: article.title,
      description: article.summary,
      datePublished: f.iso(article.date),
      dateModified: f.iso(article.modified?.date ?? article.date),
      inLanguage: article.lang,
      articleSection: section.name,
      ...(article.tags.length ? { keywords: article.tags.join(", ") } : {}),
      ...(article.image ? { image: [urls.absolute(article.image.src)] } : {}),
      author: article.authors.map((id) => ({
        "@type": "Person",
        name: newsroom.authorsById.get(id)!.name,
        url: urls.absolute(paths.author(id)),
      })),
      publisher: { "@type": "NewsMediaOrganization", name: site.name, url: urls.absolute(paths.home()) },
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      url,
      isAccessibleForFree: true,
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: site.name, item: urls.absolute(paths.home()) },
        { "@type": "ListItem", position: 2, name: section.name, item: urls.absolute(paths.section(section.id)) },
        { "@type": "ListItem", position: 3, name: article.title, item: url },
      ],
    },
  ];
}
