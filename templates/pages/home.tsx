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
import { ArticleCard, CARD_SIZES, cardPictures, type ArticleCardProps } from "../components/ArticleCard.tsx";
import { SocialCards } from "../components/SocialCards.tsx";
import { JsonLd } from "../components/JsonLd.tsx";
import { homeJsonLd } from "../../scripts/render/structured-data.ts";
import type { Article, Language } from "../../scripts/content/schema.ts";
import type { SiteModel } from "../../scripts/site/model.ts";

/** A block of headlines under a heading: the top stories, the latest, each section's. */
function CardSection(props: {
  class: string;
  id: string;
  heading: JSX.Element | string;
  /** The list's class: `card-list compact` unless said. */
  listClass?: string;
  articles: Article[];
  /** What a card adds of its own: its picture, in the top stories. */
  card?: (article: Article) => Pick<ArticleCardProps, "picture">;
  /** A link under the list. */
  more?: JSX.Element;
  newsroom: SiteModel;
  pageLang: Language;
}): JSX.Element {
  const { newsroom, pageLang, card } = props;
  return (
    <section class={props.class} aria-labelledby={props.id}>
      <h2 id={props.id} class="section-label">
        {props.heading}
      </h2>
      <div class={props.listClass ?? "card-list compact"}>
        {props.articles.map((article) => (
          <ArticleCard
            article={article}
            newsroom={newsroom}
            pageLang={pageLang}
            level={3}
            showSummary={false}
            {...(card ? card(article) : {})}
          />
        ))}
      </div>
      {props.more ? <p class="more-link">{props.more}</p> : null}
    </section>
  );
}

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
  const shared = { newsroom, pageLang: site.language };
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
        <CardSection
          class="top-stories"
          id="top-heading"
          heading={t.topStories}
          listClass="top-list"
          articles={home.top}
          card={(article) => ({ picture: picture(article.slug, CARD_SIZES.top, "eager") })}
          {...shared}
        />
      ) : null}
      {home.latest.length ? (
        <CardSection class="latest" id="latest-heading" heading={t.latest} articles={home.latest} {...shared} />
      ) : null}
      {home.fronts.map(({ section, articles }) => (
        <CardSection
          class="section-front"
          id={`front-${section.id}`}
          heading={<a href={urls.href(paths.section(section.id))}>{section.name}</a>}
          articles={articles}
          more={<a href={urls.href(paths.section(section.id))}>{fill(t.moreFrom, { name: section.name })}</a>}
          {...shared}
        />
      ))}
    </Document>
  );
}
