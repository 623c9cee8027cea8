/** In the preview only: says that a page is a draft, or embargoed until its time. */
import type { Article } from "../../scripts/content/schema.ts";
import type { Site } from "../../scripts/content/registries.ts";
import type { PublicationStatus } from "../../scripts/site/publication.ts";
import { fill, formatterFor } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";

export function PreviewBanner({
  article,
  status,
  site,
}: {
  article: Article;
  status: PublicationStatus;
  site: Site;
}): JSX.Element {
  if (status === "published") return null;
  const t = stringsFor(article.lang);
  const f = formatterFor(site, article.lang);
  const text =
    status === "draft"
      ? t.draftBanner
      : fill(t.scheduledBanner, { date: article.timed ? f.dateTime(article.date) : f.date(article.date) });
  return (
    <p class="draft-banner" role="status" data-region="preview-banner">
      {text}
    </p>
  );
}
