/**
 * Which articles a build publishes. A draft is never published; an article
 * dated in the future is embargoed: held back until its time, when the next
 * build (the workflow rebuilds on a schedule) publishes it. The preview shows
 * both, each with a banner.
 */
import type { Article } from "../content/schema.ts";
import type { Site } from "../content/registries.ts";
import { toZonedIso } from "../text/time-zones.ts";
import { oneLine } from "../text/log-line.ts";
import { MESSAGES as M, type Speak } from "../content/messages/index.ts";

export type PublicationStatus = "published" | "draft" | "scheduled";

export function publicationStatus(article: Pick<Article, "draft" | "date">, now: Date): PublicationStatus {
  if (article.draft) return "draft";
  return article.date.getTime() > now.getTime() ? "scheduled" : "published";
}

/** Articles waiting for their time (drafts excluded), soonest first. */
function heldBack(articles: Article[], now: Date): Article[] {
  return articles
    .filter((a) => publicationStatus(a, now) === "scheduled")
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.file.localeCompare(b.file));
}

/** "Held back until their time (embargo): …", one line per article, for the build and the check. */
export function heldBackLines(articles: Article[], site: Pick<Site, "timeZone">, now: Date, say: Speak): string[] {
  const held = heldBack(articles, now);
  if (held.length === 0) return [];
  return [
    say(M.heldBack({ count: held.length })),
    ...held.map((a) =>
      say(
        M.heldBackArticle({ file: oneLine(a.file), title: oneLine(a.title), time: toZonedIso(a.date, site.timeZone) }),
      ),
    ),
  ];
}
