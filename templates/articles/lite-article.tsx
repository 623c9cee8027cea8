/**
 * The text-only version of every article, at /lite/articles/<slug>/: the
 * same data as the full page (scripts/publish/) and a second, small template. No
 * pictures (each is described in words), no webfont, no related list or
 * sign-up form: a few kilobytes for readers on slow or filtered networks.
 */
import type { ArticlePageData } from "../../scripts/render/page-data.ts";
import { renderPageBody } from "../../scripts/render/body.ts";
import { LiteDocument } from "../components/LiteDocument.tsx";
import { Byline } from "../components/Byline.tsx";
import { Dateline } from "../components/Dateline.tsx";
import { TrustedHtml } from "../components/TrustedHtml.tsx";
import { stringsFor } from "../strings/index.ts";

type Data = ArticlePageData;

export async function render(data: Data): Promise<JSX.Element> {
  const { newsroom } = data;
  const { article } = data.entry;
  const body = await renderPageBody(article, newsroom.urls, { lite: true }, stringsFor(article.lang), data.minify);
  return (
    <LiteDocument
      data={data}
      lang={article.lang}
      dir={article.dir}
      title={article.title}
      description={article.summary}
      fullPath={data.entry.path}
    >
      <article>
        <h1>{article.title}</h1>
        <p class="standfirst">{article.summary}</p>
        <Byline article={article} newsroom={newsroom} />
        <Dateline article={article} site={newsroom.site} />
        <div class="article-body">
          <TrustedHtml body={body} />
        </div>
      </article>
    </LiteDocument>
  );
}
