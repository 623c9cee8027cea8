/** 404.html: static hosts (GitHub Pages, Netlify, Cloudflare) serve it for unknown paths. */
import type { SiteData } from "../../scripts/render/page-data.ts";
import { LANGUAGES } from "../../scripts/content/schema.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { Document } from "../components/Document.tsx";

export function render(data: SiteData): JSX.Element {
  const { site, urls } = data.newsroom;
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
        <p>
          <a href={urls.href(paths.home())}>{t.notFoundBack}</a>
        </p>
      </div>
    </Document>
  );
}
