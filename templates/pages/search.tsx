/**
 * /search/: a plain GET form that the site's one script (scripts/search/client.ts)
 * turns into search over the Pagefind index of every article.
 */
import type { SiteData } from "../../scripts/render/page-data.ts";
import type { SearchConfig } from "../../scripts/render/page-data.ts";
import { LANGUAGES } from "../../scripts/content/schema.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { Document } from "../components/Document.tsx";

export function render(data: SiteData): JSX.Element {
  const { site, urls, mode } = data.newsroom;
  const t = stringsFor(site.language);
  const config: SearchConfig = {
    bundles: data.search.bundles.map((bundle) => urls.href(bundle)),
    lang: site.language,
    timeZone: site.timeZone,
    digits: site.digits,
    strings: { results: t.searchResults, loading: t.searchLoading, unavailable: t.searchUnavailable },
  };
  return (
    <Document
      data={data}
      lang={site.language}
      dir={LANGUAGES[site.language]}
      title={t.search}
      description={t.searchLabel}
      path={paths.search()}
      head={
        <>
          {/* Result pages are for readers, not for search engines' indexes. */}
          {mode === "production" ? <meta name="robots" content="noindex, follow" /> : null}
          <script type="module" src={urls.href(data.search.script)}></script>
        </>
      }
    >
      <div class="search-page">
        <h1>{t.search}</h1>
        {/* A query is sent with GET, the default method, so there is no method="get" (the page is kept as tight as a minifier would write it). */}
        <form class="search-form" role="search" action={urls.href(paths.search())} data-search={JSON.stringify(config)}>
          <label for="search-input">{t.searchLabel}</label>
          <div class="search-row">
            <input id="search-input" type="search" name="q" autocomplete="off" enterkeyhint="search" />
            <button type="submit">{t.searchButton}</button>
          </div>
        </form>
        {data.search.preview ? (
          <p class="search-preview-note">
            {data.search.preview === "indexed" ? t.searchPreviewIndexed : t.searchPreviewNone}
          </p>
        ) : null}
        <noscript>
          <p class="search-noscript">{t.searchNoScript}</p>
        </noscript>
        <p id="search-status" class="search-status" role="status"></p>
        <ol id="search-results" class="search-results"></ol>
        <button id="search-more" class="search-more" type="button" hidden>
          {t.searchMore}
        </button>
      </div>
    </Document>
  );
}
