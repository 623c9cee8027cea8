/** What the search page tells its script, and the names the index and the script share. */
import type { Site } from "../content/registries.ts";
import type { Language } from "../content/schema.ts";
import type { PluralForms } from "../text/format.ts";

/** Written as JSON into the search form's `data-search` attribute: no inline script needed. */
export interface SearchConfig extends Pick<Site, "timeZone" | "digits"> {
  /** The folders of the index's parts by date, newest first, as hrefs under the site's path prefix (scripts/search/shards.ts). */
  bundles: string[];
  lang: Language;
  strings: {
    /** "{n} نتائج عن «{query}»", by plural category. */
    results: PluralForms;
    loading: string;
    unavailable: string;
  };
}

/** The id of the block of folded spellings appended to each article when it is indexed. */
export const VARIANTS_ANCHOR = "search-folded-spellings";

/** Where the index is written, under the output folder. */
export const BUNDLE_DIR = "pagefind";
