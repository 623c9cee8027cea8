/** In the preview only: says that a page is a draft, or embargoed until its time. */
import type { Article } from "../../scripts/content/schema.ts";
import type { Site } from "../../scripts/content/registries.ts";
import type { PublicationStatus } from "../../scripts/site/publication.ts";
import { fill, formatterFor } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";

/** The banner's sentence; undefined for a published article. Search results in the preview show it too. */
export function previewStatus(article: Article, status: PublicationStatus, site: Site): string | undefined {
  if (status === "published") return undefined;
  const t = stringsFor(article.lang);
  const f = formatterFor(site, article.lang);
  return status === "draft"
    ? t.draftBanner
    : fill(t.scheduledBanner, { date: article.timed ? f.dateTime(article.date) : f.date(article.date) });
}

export function PreviewBanner({
  article,
  status,
  site,
}: {
  article: Article;
  status: PublicationStatus;
  site: Site;
}): JSX.Element {
  const text = previewStatus(article, status, site);
  if (text === undefined) return null;
  return (
    <p class="draft-banner" role="status" data-region="preview-banner">
      {text}
    </p>
  );
}
