/**
 * The text-only version of every article, at /lite/articles/<slug>/: the
 * same data as the full page (scripts/publish/) and a second, small template. No
 * pictures (each is described in words), no webfont, no related list or
 * sign-up form: a few kilobytes for readers on slow or filtered networks.
 */
import type { ArticlePageData } from "../../scripts/render/page-data.ts";
import { renderLiveBody, renderPageBody } from "../../scripts/render/body.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { LiveUpdateItem } from "../components/LiveCoverage.tsx";
import { LiteDocument } from "../components/LiteDocument.tsx";
import { Byline } from "../components/Byline.tsx";
import { Dateline } from "../components/Dateline.tsx";
import { TrustedHtml } from "../components/TrustedHtml.tsx";
import { stringsFor } from "../strings/index.ts";

type Data = ArticlePageData;

export async function render(data: Data): Promise<JSX.Element> {
  const { newsroom } = data;
  const { article } = data.entry;
  const t = stringsFor(article.lang);
  const f = formatterFor(newsroom.site, article.lang);
  const { live } = article;
  // Live coverage: the introduction, then its updates, newest first, each with its time.
  const body = live
    ? await renderLiveBody(article, newsroom.urls, { lite: true }, t, data.minify)
    : {
        intro: await renderPageBody(article, newsroom.urls, { lite: true }, t, data.minify, data.bodies),
        updates: undefined,
      };
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
          <TrustedHtml body={body.intro} />
        </div>
        {live && body.updates ? (
          <section aria-labelledby="live-updates">
            <h2 id="live-updates">{live.running ? t.liveUpdates : t.liveEnded}</h2>
            {live.updates.map((update) => (
              <LiveUpdateItem update={update} body={body.updates.get(update.id)!} article={article} f={f} />
            ))}
          </section>
        ) : null}
      </article>
    </LiteDocument>
  );
}
