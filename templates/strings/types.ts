import type { PluralForms } from "../../scripts/text/format.ts";

/** Every word the templates print that does not come from content. */
export interface Strings {
  skipToContent: string;
  home: string;
  sectionsNav: string;
  by: string;
  authorsJoin: string;
  published: string;
  updated: string;
  section: string;
  tags: string;
  related: string;
  readingTime: PluralForms;
  articleCount: PluralForms;
  leadStory: string;
  latest: string;
  /** The home page's row of top stories under the lead. */
  topStories: string;
  /** The label of the site-wide breaking-news bar. */
  breaking: string;
  /** The label of each story type on its page and cards; news has none. */
  storyTypes: Record<"opinion" | "analysis" | "explainer" | "interview" | "obituary" | "sponsored" | "live", string>;
  /** Live coverage: its state once the editor ended it, on the page and its cards. */
  liveEnded: string;
  /** The heading of a live page's key points. */
  keyPoints: string;
  /** The heading of a live page's list of updates. */
  liveUpdates: string;
  /** Before the pinned update. */
  pinnedUpdate: string;
  /** The live script's button when newer updates are waiting. */
  newUpdates: string;
  /** "Sponsored by {name}" above a sponsored story. */
  sponsoredBy: string;
  /** Under a sponsored story: who paid and that the newsroom did not write it. */
  sponsoredDisclaimer: string;
  moreFrom: string;
  pageOf: string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  sectionTitle: string;
  tagTitle: string;
  authorTitle: string;
  emptyListing: string;
  notFoundTitle: string;
  notFoundText: string;
  notFoundBack: string;
  email: string;
  /** The label before an image's credit line. */
  imageCredit: string;
  /** The lite version prints "[<imageNote>: description]" where a picture would be. */
  imageNote: string;
  /** The link from an article to its text-only version. */
  liteLink: string;
  /** The link from the text-only version back to the full article. */
  fullVersion: string;
  /** After the headline in the text-only version's <title>. */
  liteVersion: string;
  /** Printed under an article, before its address. */
  printUrl: string;
  draftBanner: string;
  /** Shown in the preview on an article held back until its time; `{date}` is that time. */
  scheduledBanner: string;
  /**
   * The preview's panel over a page after a save the checker refused or warned about; the problems
   * in it are the checker's own messages.
   */
  previewProblems: {
    /** The heading over the problems that stop publishing; `{n}` is their number. */
    errors: PluralForms;
    /** Under that heading: what the preview shows until they are fixed. */
    stale: string;
    /** The heading over the warnings, which do not stop publishing; `{n}` is their number. */
    warnings: PluralForms;
    /** Where a problem is; `{line}` is its line in the file. */
    line: string;
    /** The page the preview answers when a page cannot be shown until the problems are fixed. */
    unavailable: string;
  };
  /** The heading of the corrections note under an article, by number of corrections. */
  corrections: PluralForms;
  footerNote: string;
  /** The masthead link to the search page, and the page's title. */
  /** The title of the browser editor's page, /admin/. */
  editor: string;
  search: string;
  searchLabel: string;
  searchButton: string;
  /** The result count; `{n}` is the number, `{query}` what the reader typed. */
  searchResults: PluralForms;
  searchLoading: string;
  searchUnavailable: string;
  searchMore: string;
  /** Shown when JavaScript is off: the results need the search script. */
  searchNoScript: string;
  /** The search page in the preview: it searches this preview's articles, drafts included (`npm start -- --search`), or nothing. */
  searchPreviewIndexed: string;
  searchPreviewNone: string;
  /** The Atom and JSON feeds, as named in autodiscovery links. */
  feedAtom: string;
  feedJson: string;
  /** The footer: its links as one landmark, and the headings of its groups ("About {site}"). */
  footerNav: string;
  footerAbout: string;
  footerFollow: string;
}
