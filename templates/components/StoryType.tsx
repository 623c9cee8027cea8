/**
 * What tells a reader news from comment and paid-for content: the story type's label (on the
 * article and its cards), the opinion writer's photo and bio line, and the sponsor's name with the
 * disclaimer.
 */
import type { Article } from "../../scripts/content/schema.ts";
import type { Pictures } from "../../scripts/render/page-data.ts";
import type { FrameModel } from "../../scripts/site/model.ts";
import { paths } from "../../scripts/site/urls.ts";
import { fill } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";
import { ResponsivePicture } from "./ResponsivePicture.tsx";

/** "رأي", "تحليل", "محتوى مدعوم"…; nothing for news. */
export function StoryLabel({ article, card = false }: { article: Article; card?: boolean }): JSX.Element {
  if (!article.type || article.type === "news") return null;
  const t = stringsFor(article.lang);
  // Live coverage is labelled "مباشر" while it runs, and says it has ended afterwards.
  const ended = article.type === "live" && !article.live?.running;
  const label = ended ? t.liveEnded : t.storyTypes[article.type];
  return (
    <p class={`story-label story-${article.type}${ended ? " story-ended" : ""}${card ? " card-label" : ""}`}>{label}</p>
  );
}

/** The first sentence of a bio: the line under an opinion writer's name. */
function bioLine(bio: string): string {
  return /^.+?[.!\u061F?](?=\s|$)/u.exec(bio)?.[0] ?? bio;
}

/** Under the byline: the opinion writer's photo and bio line, or who sponsored the story and the disclaimer. */
export async function StoryNote({
  article,
  newsroom,
  images,
}: {
  article: Article;
  newsroom: FrameModel;
  images: Pictures;
}): Promise<JSX.SyncElement> {
  const t = stringsFor(article.lang);
  if (article.type === "sponsored" && article.sponsor) {
    const { name, url } = article.sponsor;
    return (
      <aside class="sponsor-note" aria-label={t.storyTypes.sponsored}>
        <p class="sponsor-name">
          {url ? (
            <a href={url} rel="sponsored">
              {fill(t.sponsoredBy, { name })}
            </a>
          ) : (
            fill(t.sponsoredBy, { name })
          )}
        </p>
        <p class="sponsor-disclaimer">{fill(t.sponsoredDisclaimer, { name })}</p>
      </aside>
    );
  }
  if (article.type !== "opinion") return null;
  const writers = article.authors.map((id) => newsroom.authorsById.get(id)!);
  const photos = await Promise.all(
    writers.map((w) => (w.photo ? images.picture(w.photo) : Promise.resolve(undefined))),
  );
  return (
    <div class="opinion-writers">
      {writers.map((writer, i) => {
        const photo = photos[i];
        return (
          <div class="opinion-writer">
            {photo ? (
              <ResponsivePicture picture={photo} urls={newsroom.urls} alt="" priority="eager" sizes="4.5rem" />
            ) : null}
            <p>
              <a href={newsroom.urls.href(paths.author(writer.id))}>{writer.name}</a>
              {writer.bio ? <span class="opinion-bio">{bioLine(writer.bio)}</span> : null}
            </p>
          </div>
        );
      })}
    </div>
  );
}
