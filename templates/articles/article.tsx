/**
 * The page of one article. Rendered by scripts/publish/ (in parallel workers
 * for a production build), not paginated by Eleventy: see
 * docs/decisions/0002-eleventy-hosts-archive-written-beside-it.md.
 */
import type { ArticlePageData } from "../../scripts/render/page-data.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { renderLiveBody, renderPageBody } from "../../scripts/render/body.ts";
import { shareImages } from "../../scripts/render/share-image.ts";
import { Document } from "../components/Document.tsx";
import { ArticleHead } from "../components/ArticleHead.tsx";
import { Byline } from "../components/Byline.tsx";
import { Dateline } from "../components/Dateline.tsx";
import { LeadImage } from "../components/LeadImage.tsx";
import { TrustedHtml } from "../components/TrustedHtml.tsx";
import { TagList } from "../components/TagList.tsx";
import { RelatedHeadlines } from "../components/RelatedHeadlines.tsx";
import { SignupBox } from "../components/SignupBox.tsx";
import { BidiText } from "../components/BidiText.tsx";
import { PreviewBanner, previewStatus } from "../components/PreviewBanner.tsx";
import { Corrections } from "../components/Corrections.tsx";
import { StoryLabel, StoryNote } from "../components/StoryType.tsx";
import { KeyPoints, LiveUpdates } from "../components/LiveCoverage.tsx";

export type Data = ArticlePageData;

export async function render(data: Data): Promise<JSX.Element> {
  const { newsroom } = data;
  const { article, related } = data.entry;
  const { urls } = newsroom;
  const t = stringsFor(article.lang);
  const section = newsroom.sectionsById.get(article.section)!;
  // Only in the preview's own search index (npm start -- --search): a result says it is a draft.
  const status = previewStatus(article, data.entry.status, newsroom.site);
  const { live } = article;
  const [body, picture] = await Promise.all([
    live
      ? renderLiveBody(article, urls, { images: data.images }, t, data.minify)
      : renderPageBody(article, urls, { images: data.images }, t, data.minify, data.bodies).then((intro) => ({
          intro,
          updates: undefined,
        })),
    article.image ? data.images.picture(article.image.src) : undefined,
  ]);
  const shared = await shareImages(article, newsroom, data.images, picture);
  return (
    <Document
      data={data}
      lang={article.lang}
      dir={article.dir}
      title={article.title}
      description={article.summary}
      path={data.entry.path}
      head={<ArticleHead article={article} newsroom={newsroom} images={shared} />}
    >
      <PreviewBanner article={article} status={data.entry.status} site={newsroom.site} />
      {/* The story is what search indexes (Pagefind): headline, standfirst, body, captions, tags; the
          furniture around it (byline, links, dateline, corrections) is marked data-pagefind-ignore.
          Its meta fields are what a result shows, its filters what a result can be narrowed by. */}
      <article
        class="article"
        data-pagefind-body
        lang={article.lang}
        dir={article.dir}
        {...(status ? { "data-status": status } : {})}
        data-pagefind-meta={`lang[lang], dir[dir]${status ? ", status[data-status]" : ""}`}
      >
        <header class="article-header">
          <p class="kicker" data-pagefind-ignore>
            <a
              href={urls.href(paths.section(section.id))}
              data-pagefind-meta="section"
              data-pagefind-filter="section"
              {...(article.lang !== newsroom.site.language ? { lang: newsroom.site.language } : {})}
            >
              {section.name}
            </a>
          </p>
          <StoryLabel article={article} />
          <h1 data-region="headline" data-pagefind-meta="title">
            <BidiText text={article.title} dir={article.dir} />
          </h1>
          <p class="standfirst" data-pagefind-meta="summary">
            <BidiText text={article.summary} dir={article.dir} />
          </p>
          <Byline article={article} newsroom={newsroom} />
          <StoryNote article={article} newsroom={newsroom} images={data.images} />
          <p class="lite-link" data-pagefind-ignore>
            <a href={urls.href(paths.liteArticle(article.slug))}>{t.liteLink}</a>
          </p>
          <Dateline article={article} site={newsroom.site} />
        </header>
        {article.image && picture ? (
          <LeadImage image={article.image} picture={picture} urls={urls} lang={article.lang} />
        ) : null}
        {live ? <KeyPoints article={article} live={live} /> : null}
        <div class="article-body" data-region="body">
          <TrustedHtml body={body.intro} />
        </div>
        {live && body.updates ? (
          <LiveUpdates
            article={article}
            live={live}
            bodies={body.updates}
            newsroom={newsroom}
            script={data.assets.liveScript}
          />
        ) : null}
        <Corrections article={article} site={newsroom.site} />
        <TagList article={article} urls={urls} />
        {/* Shown only on paper, where a link cannot be followed. */}
        <p class="print-url" data-pagefind-ignore>
          {t.printUrl}: <bdi dir="ltr">{urls.absolute(data.entry.path)}</bdi>
        </p>
      </article>
      <RelatedHeadlines related={related} urls={urls} lang={article.lang} />
      <SignupBox data={data} pageLang={article.lang} />
    </Document>
  );
}
