/**
 * The home page's slots: the editor's pins from content/front-page.yaml where they are published
 * and unexpired, the newest stories in the rest. A story appears once above the section blocks.
 */
import type { Article } from "../content/schema.ts";
import type { Section } from "../content/registries.ts";
import { TOP_STORIES, type FrontPage, type Pin } from "../content/front-page.ts";
import { paths } from "./urls.ts";

interface SectionFront {
  section: Section;
  articles: Article[];
}

export interface Home {
  lead?: Article;
  /** Up to TOP_STORIES, pinned ones first. */
  top: Article[];
  /** The newest stories not shown above, as headlines. */
  latest: Article[];
  /** One block per section the editor chose, in their order. */
  fronts: SectionFront[];
}

const HOME_LATEST = 8;
const HOME_PER_SECTION = 4;

/** `articles` are the published ones, newest first; `bySection` the same, per section. */
export function buildHome(
  articles: Article[],
  front: FrontPage,
  sections: Map<string, Section>,
  bySection: Map<string, Article[]>,
  now: Date,
): Home {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  // A pin to a story not yet published (embargo, draft) waits; an expired pin is dropped.
  const pinned = (pin: Pin | undefined) =>
    pin && (!pin.until || pin.until.getTime() > now.getTime()) ? bySlug.get(pin.article) : undefined;
  const shown = new Set<Article>();
  // Paid-for stories reach the lead and top slots only when an editor pins them.
  const newest = (limit: number, editorial = false) => {
    const found: Article[] = [];
    for (const a of articles) {
      if (found.length === limit) break;
      if (!shown.has(a) && !(editorial && a.type === "sponsored")) found.push(a);
    }
    found.forEach((a) => shown.add(a));
    return found;
  };
  const pinnedLead = pinned(front.lead);
  if (pinnedLead) shown.add(pinnedLead);
  const top: Article[] = [];
  for (const pin of front.top) {
    const article = pinned(pin);
    if (article && !shown.has(article)) top.push(article);
    if (article) shown.add(article);
  }
  const lead = pinnedLead ?? newest(1, true)[0];
  top.push(...newest(TOP_STORIES - top.length, true));
  const latest = newest(HOME_LATEST);
  const ids = front.sections ?? [...sections.keys()];
  const fronts = ids
    .map((id) => ({
      section: sections.get(id)!,
      articles: (bySection.get(id) ?? []).filter((a) => a !== lead && !top.includes(a)).slice(0, HOME_PER_SECTION),
    }))
    .filter((f) => f.articles.length > 0);
  return { ...(lead ? { lead } : {}), top, latest, fronts };
}

/** The "عاجل" bar as every page shows it: its line, and the story it links to. */
export interface BreakingBar {
  text: string;
  /** The story's page, when the bar names one that is published. */
  path?: string;
  /** When it ends; the scheduled rebuild after that time takes it off every page. */
  until: Date;
}

/** The bar, while it runs: not before its story is published, not after `until`. */
export function breakingBar(articles: Article[], front: FrontPage, now: Date): BreakingBar | undefined {
  const entry = front.breaking;
  if (!entry || entry.until.getTime() <= now.getTime()) return undefined;
  const article = entry.article === undefined ? undefined : articles.find((a) => a.slug === entry.article);
  if (entry.article !== undefined && !article) return undefined;
  const text = entry.text ?? article!.title;
  return { text, ...(article ? { path: paths.article(article.slug) } : {}), until: entry.until };
}
