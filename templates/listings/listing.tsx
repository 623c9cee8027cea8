/**
 * Section, tag and author pages, paginated; the listings are built in
 * scripts/site/listings.ts. Written by scripts/publish/ beside the article
 * pages, not paginated by Eleventy: an archive has tens of thousands of them.
 */
import type { SiteData } from "../../scripts/render/page-data.ts";
import type { ListingPage } from "../../scripts/site/listings.ts";
import { LANGUAGES } from "../../scripts/content/schema.ts";
import { fill, formatterFor } from "../../scripts/text/format.ts";
import { stringsFor, type Strings } from "../strings/index.ts";
import { Document } from "../components/Document.tsx";
import { ArticleCard, CARD_SIZES, cardPictures } from "../components/ArticleCard.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { FeedLinks } from "../components/FeedLinks.tsx";
import { SocialCards } from "../components/SocialCards.tsx";

type Data = SiteData & { listing: ListingPage };

const TITLES: Record<ListingPage["kind"], keyof Strings> = {
  section: "sectionTitle",
  tag: "tagTitle",
  author: "authorTitle",
};

function describe(data: Data): string {
  const { listing, newsroom } = data;
  if (listing.kind === "section") return newsroom.sectionsById.get(listing.key)?.description ?? listing.name;
  if (listing.kind === "author") return newsroom.authorsById.get(listing.key)?.bio ?? listing.name;
  return listing.name;
}

/** How many cards a phone shows on its first screen: their thumbnails are not lazy. */
const FIRST_SCREEN_CARDS = 2;

export async function render(data: Data): Promise<JSX.Element> {
  const { listing, newsroom } = data;
  const pictures = await cardPictures(listing.items, data.images);
  const { site, urls } = newsroom;
  const t = stringsFor(site.language);
  const f = formatterFor(site, site.language);
  const heading = fill(t[TITLES[listing.kind]] as string, { name: listing.name });
  const title =
    listing.pageNumber > 1
      ? `${heading} (${fill(t.pageOf, { page: f.number(listing.pageNumber), count: f.number(listing.pageCount) })})`
      : heading;
  const author = listing.kind === "author" ? newsroom.authorsById.get(listing.key) : undefined;
  return (
    <Document
      data={data}
      lang={site.language}
      dir={LANGUAGES[site.language]}
      title={title}
      description={describe(data)}
      path={listing.path}
      head={
        <>
          <SocialCards
            newsroom={newsroom}
            type="website"
            lang={site.language}
            title={title}
            description={describe(data)}
            path={listing.path}
          />
          {listing.previousPath ? <link rel="prev" href={urls.href(listing.previousPath)} /> : null}
          {listing.nextPath ? <link rel="next" href={urls.href(listing.nextPath)} /> : null}
          {listing.kind === "section" ? (
            <FeedLinks data={data} channel={newsroom.feeds.find((c) => c.section?.id === listing.key)!} />
          ) : null}
        </>
      }
    >
      <header class="listing-header">
        <h1>{heading}</h1>
        {author?.role ? <p class="listing-role">{author.role}</p> : null}
        {listing.kind !== "tag" && listing.pageNumber === 1 ? (
          <p class="listing-description">{describe(data)}</p>
        ) : null}
        <p class="listing-count">{f.count(listing.total, t.articleCount)}</p>
      </header>
      {listing.items.length ? (
        <div class="card-list">
          {listing.items.map((article, i) => {
            const picture = pictures.get(article.slug);
            return (
              <ArticleCard
                article={article}
                newsroom={newsroom}
                pageLang={site.language}
                picture={
                  picture && {
                    picture,
                    sizes: CARD_SIZES.thumb,
                    priority: i < FIRST_SCREEN_CARDS ? "eager" : "lazy",
                  }
                }
              />
            );
          })}
        </div>
      ) : (
        <p class="listing-empty">{t.emptyListing}</p>
      )}
      <Pagination listing={listing} site={site} urls={urls} />
    </Document>
  );
}
