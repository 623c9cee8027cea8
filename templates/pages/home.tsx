/**
 * The front page: the lead story with its photo, the top stories with thumbnails (both as the
 * editor pinned them in content/front-page.yaml, or the newest), the latest headlines, then one
 * block per section.
 */
import type { SiteData } from "../../scripts/render/page-data.ts";
import { LANGUAGES } from "../../scripts/content/schema.ts";
import { paths } from "../../scripts/site/urls.ts";
import { fill } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";
import { Document } from "../components/Document.tsx";
import { ArticleCard, CARD_SIZES, cardPictures } from "../components/ArticleCard.tsx";
import { SocialCards } from "../components/SocialCards.tsx";
import { JsonLd } from "../components/JsonLd.tsx";
import { homeJsonLd } from "../../scripts/render/structured-data.ts";

export async function render(data: SiteData): Promise<JSX.Element> {
  const { newsroom } = data;
  const { site, urls, home } = newsroom;
  const t = stringsFor(site.language);
  const pictures = await cardPictures([...(home.lead ? [home.lead] : []), ...home.top], data.images);
  // The lead and the top stories are the first screen; the section blocks show headlines only.
  const picture = (slug: string, sizes: string, priority: "high" | "eager") => {
    const found = pictures.get(slug);
    return found ? { picture: found, sizes, priority } : undefined;
  };
  return (
    <Document
      data={data}
      lang={site.language}
      dir={LANGUAGES[site.language]}
      description={site.tagline}
      path={paths.home()}
      head={
        <>
          <SocialCards
            newsroom={newsroom}
            type="website"
            lang={site.language}
            title={site.name}
            description={site.tagline}
            path={paths.home()}
          />
          <JsonLd data={homeJsonLd(newsroom)} />
        </>
      }
    >
      <h1 class="visually-hidden">{site.name}</h1>
      {home.lead ? (
        <section class="lead-story" aria-labelledby="lead-heading">
          <h2 id="lead-heading" class="section-label">
            {t.leadStory}
          </h2>
          <ArticleCard
            article={home.lead}
            newsroom={newsroom}
            pageLang={site.language}
            level={3}
            picture={picture(home.lead.slug, CARD_SIZES.lead, "high")}
          />
        </section>
      ) : (
        <p class="listing-empty">{t.emptyListing}</p>
      )}
      {home.top.length ? (
        <section class="top-stories" aria-labelledby="top-heading">
          <h2 id="top-heading" class="section-label">
            {t.topStories}
          </h2>
          <div class="top-list">
            {home.top.map((article) => (
              <ArticleCard
                article={article}
                newsroom={newsroom}
                pageLang={site.language}
                level={3}
                showSummary={false}
                picture={picture(article.slug, CARD_SIZES.top, "eager")}
              />
            ))}
          </div>
        </section>
      ) : null}
      {home.latest.length ? (
        <section class="latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading" class="section-label">
            {t.latest}
          </h2>
          <div class="card-list compact">
            {home.latest.map((article) => (
              <ArticleCard
                article={article}
                newsroom={newsroom}
                pageLang={site.language}
                level={3}
                showSummary={false}
              />
            ))}
          </div>
        </section>
      ) : null}
      {home.fronts.map(({ section, articles }) => (
        <section class="section-front" aria-labelledby={`front-${section.id}`}>
          <h2 id={`front-${section.id}`} class="section-label">
            <a href={urls.href(paths.section(section.id))}>{section.name}</a>
          </h2>
          <div class="card-list compact">
            {articles.map((article) => (
              <ArticleCard
                article={article}
                newsroom={newsroom}
                pageLang={site.language}
                level={3}
                showSummary={false}
              />
            ))}
          </div>
          <p class="more-link">
            <a href={urls.href(paths.section(section.id))}>{fill(t.moreFrom, { name: section.name })}</a>
          </p>
        </section>
      ))}
    </Document>
  );
}
