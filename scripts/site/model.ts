/**
 * The site as the templates see it: which articles are published, their
 * related headlines, and every listing page. Built once per build, in
 * linear time, from the checked content.
 */
import type { Content } from "../content/load-content.ts";
import type { Article, LiveCoverage } from "../content/schema.ts";
import type { PageRole, PublicationPage } from "../content/pages.ts";
import type { Author, Section, Site } from "../content/registries.ts";
import { buildRelatedIndex, selectRelated, type RelatedIndex } from "./related.ts";
import { groupTopics, paginate, type ListingPage, type Topic } from "./listings.ts";
import { createUrls, paths, type Urls } from "./urls.ts";
import { buildFeeds, type FeedChannel } from "./feeds.ts";
import { newsArticles, sitemapEntries, splitSitemaps, type SitemapFile } from "./sitemaps.ts";
import { publicationStatus, type PublicationStatus } from "./publication.ts";
import { formatterFor } from "../text/format.ts";
import { breakingBar, buildHome, type BreakingBar, type Home } from "./front.ts";

/** Production publishes finished articles whose time has come; the preview (`npm start`) shows drafts and embargoed ones too. */
export type Mode = "production" | "preview";

/** What an article page shows of each related article (a kept page is reused while these are unchanged). */
export type RelatedHeadline = Pick<Article, "slug" | "title" | "lang" | "dir">;

export interface ArticlePage {
  article: Article;
  related: RelatedHeadline[];
  path: string;
  /** "draft" and "scheduled" pages exist only in the preview, which marks them with a banner. */
  status: PublicationStatus;
}

export interface SiteModel {
  mode: Mode;
  site: Site;
  urls: Urls;
  sections: Section[];
  sectionsById: Map<string, Section>;
  authorsById: Map<string, Author>;
  /** Published articles, newest first. */
  articles: Article[];
  articlePages: ArticlePage[];
  listings: ListingPage[];
  topics: Map<string, Topic>;
  /** The site's feed, then one per section. */
  feeds: FeedChannel[];
  /** The files behind /sitemap.xml, each at most 50,000 URLs. */
  sitemaps: SitemapFile[];
  /** Articles of the two days before the build, for the Google News sitemap. */
  news: Article[];
  /** The lead, top stories and section blocks: the editor's pins (content/front-page.yaml), then the newest. */
  home: Home;
  /** The site-wide "عاجل" bar while it runs (content/front-page.yaml). */
  breaking?: BreakingBar;
  /** The year of the build in the site's time zone and digits, for the footer's copyright line. */
  copyrightYear: string;
  /** The publication's own pages (content/pages/), in the footer's order. */
  pages: PublicationPage[];
  /** The footer's links to them, which the publisher's data on every article names too. */
  pageLinks: PageLink[];
}

/** What the footer and the publisher's structured data need of a publication page. */
interface PageLink {
  title: string;
  path: string;
  role?: PageRole;
}

/** What a page needs of a feed to link to it. */
export type FeedLink = Pick<FeedChannel, "section" | "atomPath" | "jsonPath">;

/**
 * The part of the site model that the frame of every page (head, masthead,
 * footer) and the article pages read. A kept article page is reused while a
 * hash of exactly this is unchanged (../publish/page-cache.ts), so a
 * component that needs more of the model must ask for it here.
 */
export type FrameModel = Pick<
  SiteModel,
  "mode" | "site" | "urls" | "sections" | "sectionsById" | "authorsById" | "copyrightYear" | "breaking" | "pageLinks"
> & {
  /** The site's feed first; the frame links to it. Without the entries, which change with every new article. */
  feeds: FeedLink[];
};

/** The frame's part of the model, and nothing else: what article pages are given, and hashed by. */
export function frameOf(model: SiteModel): FrameModel {
  const { mode, site, urls, sections, sectionsById, authorsById, copyrightYear, breaking, pageLinks } = model;
  return {
    mode,
    site,
    urls,
    sections,
    sectionsById,
    authorsById,
    copyrightYear,
    // The footer links them and the publisher's data names them: kept pages are rendered again when one is renamed.
    pageLinks,
    // Every page shows the bar: kept article pages are rendered again when it starts, changes or ends.
    ...(breaking ? { breaking } : {}),
    feeds: model.feeds.map(({ section, atomPath, jsonPath }) => ({ section, atomPath, jsonPath })),
  };
}

/** `now` decides which embargoes have ended; tests and `NEWSROOM_NOW` pass another time. */
export function buildSiteModel(content: Content, mode: Mode, now: Date = new Date()): SiteModel {
  const articles = content.articles
    .filter((a) => mode === "preview" || publicationStatus(a, now) === "published")
    .map((a) => (a.live ? liveAt(a, a.live, mode, now) : a));
  const topics = groupTopics(articles);
  const index = buildRelatedIndex(articles, topics);
  const perPage = content.site.articlesPerPage;
  const sections = [...content.sections.values()];

  const byAuthor = new Map<string, Article[]>();
  for (const article of articles) {
    for (const id of article.authors) (byAuthor.get(id) ?? byAuthor.set(id, []).get(id)!).push(article);
  }

  const listings: ListingPage[] = [
    ...sections.flatMap((s) => paginate("section", s.id, s.name, index.bySection.get(s.id) ?? [], perPage)),
    ...[...topics.values()].flatMap((t) => paginate("tag", t.slug, t.name, t.articles, perPage)),
    ...[...content.authors.values()].flatMap((a) =>
      paginate("author", a.id, a.name, byAuthor.get(a.id) ?? [], perPage),
    ),
  ];

  let sitemaps: SitemapFile[] | undefined;
  return {
    mode,
    site: content.site,
    copyrightYear: formatterFor(content.site, content.site.language).year(now),
    urls: createUrls(content.site.url),
    sections,
    sectionsById: content.sections,
    authorsById: content.authors,
    articles,
    articlePages: articles.map((article) => articlePage(article, index, now)),
    listings,
    topics,
    feeds: buildFeeds(articles, sections, index.bySection),
    // Listed when first read: the preview, which rebuilds the model on every save, seldom serves them.
    get sitemaps() {
      return (sitemaps ??= splitSitemaps(sitemapEntries(articles, listings, content.pages)));
    },
    news: newsArticles(articles, now),
    pages: content.pages,
    pageLinks: content.pages.map(({ title, slug, role }) => ({
      title,
      path: paths.page(slug),
      ...(role ? { role } : {}),
    })),
    home: buildHome(articles, content.frontPage, content.sections, index.bySection, now),
    ...withBreaking(breakingBar(articles, content.frontPage, now)),
  };
}

/**
 * A live coverage as of the build's time: an update dated later waits for its time as an embargoed
 * article does (the preview shows it), and coverage ended at a later time runs until then. The
 * result is part of the article, so a kept page is rendered again when either changes.
 */
function liveAt(article: Article, live: LiveCoverage, mode: Mode, now: Date): Article {
  const due = (date: Date) => mode === "preview" || date <= now;
  const updates = live.updates.filter((u) => due(u.date));
  const pinned = updates.some((u) => u.id === live.pinned) ? live.pinned : undefined;
  const { pinned: _, ...rest } = live;
  return {
    ...article,
    live: { ...rest, updates, ...(pinned ? { pinned } : {}), running: !live.ended || live.ended > now },
  };
}

function withBreaking(breaking: BreakingBar | undefined): { breaking?: BreakingBar } {
  return breaking ? { breaking } : {};
}

/**
 * The related list is chosen when a page first reads it: that is most of the
 * model's time, and the preview renders one
 * page at a time while each of the build's workers writes only its share.
 */
function articlePage(article: Article, index: RelatedIndex, now: Date): ArticlePage {
  let related: RelatedHeadline[] | undefined;
  return {
    article,
    get related() {
      return (related ??= selectRelated(article, index).map(({ slug, title, lang, dir }) => ({
        slug,
        title,
        lang,
        dir,
      })));
    },
    path: paths.article(article.slug),
    status: publicationStatus(article, now),
  };
}
