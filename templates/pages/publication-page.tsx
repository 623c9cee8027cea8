/**
 * One of the publication's own pages (content/pages/): about, the editorial standards, the
 * corrections policy, privacy, contact. Rendered in the site's frame like every page, from
 * Markdown checked as an article's is; no lite copy (decision 0041).
 */
import type { SiteData } from "../../scripts/render/page-data.ts";
import type { PublicationPage } from "../../scripts/content/pages.ts";
import { renderPageBody } from "../../scripts/render/body.ts";
import { publicationPageJsonLd } from "../../scripts/render/structured-data.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";
import { Document } from "../components/Document.tsx";
import { BidiText } from "../components/BidiText.tsx";
import { JsonLd } from "../components/JsonLd.tsx";
import { SocialCards } from "../components/SocialCards.tsx";
import { TrustedHtml } from "../components/TrustedHtml.tsx";

type Data = SiteData & { publication: PublicationPage };

export async function render(data: Data): Promise<JSX.Element> {
  const { newsroom, publication: page } = data;
  const t = stringsFor(page.lang);
  const f = formatterFor(newsroom.site, page.lang);
  const body = await renderPageBody(page, newsroom.urls, { images: data.images }, t);
  const path = paths.page(page.slug);
  return (
    <Document
      data={data}
      lang={page.lang}
      dir={page.dir}
      title={page.title}
      description={page.summary}
      path={path}
      head={
        <>
          <SocialCards
            newsroom={newsroom}
            type="website"
            lang={page.lang}
            title={page.title}
            description={page.summary}
            path={path}
          />
          <JsonLd data={publicationPageJsonLd(page, newsroom)} />
        </>
      }
    >
      <article class="article publication-page">
        <header class="article-header">
          <h1>
            <BidiText text={page.title} dir={page.dir} />
          </h1>
          <p class="standfirst">
            <BidiText text={page.summary} dir={page.dir} />
          </p>
          {page.updated ? (
            <p class="dateline">
              <span>
                {t.updated} <time datetime={f.iso(page.updated)}>{f.date(page.updated)}</time>
              </span>
            </p>
          ) : null}
        </header>
        <div class="article-body">
          <TrustedHtml body={body} />
        </div>
      </article>
    </Document>
  );
}
