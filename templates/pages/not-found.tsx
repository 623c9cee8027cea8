/**
 * 404.html: static hosts (GitHub Pages, Netlify, Cloudflare) serve it for unknown paths. It offers
 * the search (a plain form: the search page reads ?q=) and the latest headlines.
 */
import type { SiteData } from "../../scripts/render/page-data.ts";
import { LANGUAGES } from "../../scripts/content/schema.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { Document } from "../components/Document.tsx";
import { ArticleCard } from "../components/ArticleCard.tsx";

const LATEST = 6;

export function render(data: SiteData): JSX.Element {
  const { site, urls, articles } = data.newsroom;
  const t = stringsFor(site.language);
  return (
    <Document
      data={data}
      lang={site.language}
      dir={LANGUAGES[site.language]}
      title={t.notFoundTitle}
      description={t.notFoundText}
    >
      <div class="not-found">
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundText}</p>
        <form class="not-found-search" role="search" action={urls.href(paths.search())}>
          <label for="not-found-query">{t.searchLabel}</label>
          <input id="not-found-query" type="search" name="q" enterkeyhint="search" />
          <button type="submit">{t.searchButton}</button>
        </form>
        <p>
          <a href={urls.href(paths.home())}>{t.notFoundBack}</a>
        </p>
      </div>
      {articles.length ? (
        <section class="latest" aria-labelledby="not-found-latest">
          <h2 id="not-found-latest" class="section-label">
            {t.latest}
          </h2>
          <div class="card-list compact">
            {articles.slice(0, LATEST).map((article) => (
              <ArticleCard
                article={article}
                newsroom={data.newsroom}
                pageLang={site.language}
                level={3}
                showSummary={false}
              />
            ))}
          </div>
        </section>
      ) : null}
    </Document>
  );
}
