/**
 * The feeds: one for the whole site and one per section, each offered as
 * Atom and as JSON Feed 1.1. Built once per build from the per-section
 * lists the model already holds (newest first), so each feed costs its own
 * twenty entries, never a pass over the archive.
 */
import type { Article } from "../content/schema.ts";
import type { Section } from "../content/registries.ts";
import { paths } from "./urls.ts";

const FEED_SIZE = 20;

export interface FeedChannel {
  /** The section the feed follows; absent for the whole site. */
  section?: Section;
  atomPath: string;
  jsonPath: string;
  /** The page the feed mirrors: home or the section page. */
  homePath: string;
  /** Newest first, at most FEED_SIZE. */
  articles: Article[];
  /** The latest publication or update among the entries, or among all articles when the feed is empty. */
  updated: Date;
}

export function buildFeeds(articles: Article[], sections: Section[], bySection: Map<string, Article[]>): FeedChannel[] {
  const siteUpdated = latest(articles.slice(0, FEED_SIZE)) ?? new Date(0);
  const channel = (list: Article[], section?: Section): FeedChannel => {
    const entries = list.slice(0, FEED_SIZE);
    return {
      ...(section ? { section } : {}),
      atomPath: section ? paths.sectionFeed(section.id) : paths.feed(),
      jsonPath: section ? paths.sectionJsonFeed(section.id) : paths.jsonFeed(),
      homePath: section ? paths.section(section.id) : paths.home(),
      articles: entries,
      updated: latest(entries) ?? siteUpdated,
    };
  };
  return [channel(articles), ...sections.map((s) => channel(bySection.get(s.id) ?? [], s))];
}

/** Entries are newest by `date`, but an older one may have the latest `updated`. */
function latest(entries: Article[]): Date | undefined {
  let max: number | undefined;
  for (const a of entries) max = Math.max(max ?? 0, (a.modified?.date ?? a.date).getTime());
  return max === undefined ? undefined : new Date(max);
}
