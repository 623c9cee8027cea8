/** A headline with its standfirst, date and lead picture, as listed on home, section, tag and author pages. */
import type { Article, Language } from "../../scripts/content/schema.ts";
import type { Picture, Pictures } from "../../scripts/render/page-data.ts";
import type { SiteModel } from "../../scripts/site/model.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/text/format.ts";
import { BidiText } from "./BidiText.tsx";
import { ResponsivePicture } from "./ResponsivePicture.tsx";
import { StoryLabel } from "./StoryType.tsx";

/** The width a card's picture takes, for `sizes`. Keep in step with styles/front.css. */
export const CARD_SIZES = {
  /** The home page's lead: the main column, two thirds of the page from 48rem up. */
  lead: "(min-width: 72rem) 46rem, (min-width: 48rem) 62vw, calc(100vw - 2rem)",
  /** A top story: a quarter of the page from 48rem up, half on a phone. */
  top: "(min-width: 72rem) 16rem, (min-width: 48rem) 22vw, 45vw",
  /** A listing's thumbnail, beside the headline. */
  thumb: "(min-width: 48rem) 10rem, 7rem",
};

interface CardPicture {
  picture: Picture;
  sizes: string;
  /** Pictures on the first screen load at once; the rest when the reader nears them. */
  priority: "high" | "eager" | "lazy";
}

/** The lead pictures of the articles that have one, by slug, from the picture pipeline. */
export async function cardPictures(articles: Article[], images: Pictures): Promise<Map<string, Picture>> {
  const withImage = articles.filter((a) => a.image);
  const pictures = await Promise.all(withImage.map((a) => images.picture(a.image!.src)));
  return new Map(withImage.map((a, i) => [a.slug, pictures[i]!]));
}

export interface ArticleCardProps {
  article: Article;
  newsroom: SiteModel;
  /** The language of the page the card sits on. */
  pageLang: Language;
  /** Heading level for the headline, so each page keeps a correct outline. */
  level?: 2 | 3;
  showSummary?: boolean;
  /** The article's lead picture, when it has one and the slot shows it. */
  picture?: CardPicture | undefined;
}

export function ArticleCard({
  article,
  newsroom,
  pageLang,
  level = 2,
  showSummary = true,
  picture,
}: ArticleCardProps): JSX.Element {
  const f = formatterFor(newsroom.site, article.lang);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <article
      class={picture ? "card has-picture" : "card"}
      {...(article.lang !== pageLang ? { lang: article.lang, dir: article.dir } : {})}
    >
      {picture && article.image ? (
        <div class="card-picture">
          <ResponsivePicture
            picture={picture.picture}
            urls={newsroom.urls}
            alt={article.image.alt}
            priority={picture.priority}
            sizes={picture.sizes}
          />
        </div>
      ) : null}
      <div class="card-text">
        <StoryLabel article={article} card />
        <Heading class="card-title">
          <a href={newsroom.urls.href(paths.article(article.slug))}>
            <BidiText text={article.title} dir={article.dir} />
          </a>
        </Heading>
        {showSummary ? (
          <p class="card-summary">
            <BidiText text={article.summary} dir={article.dir} />
          </p>
        ) : null}
        <p class="card-meta">
          <time datetime={f.iso(article.date)}>{f.date(article.date)}</time>
        </p>
      </div>
    </article>
  );
}
