/** The names the search index and the search page's script share. */

/** The id of the block of folded spellings appended to each article when it is indexed. */
export const VARIANTS_ANCHOR = "search-folded-spellings";

/** Where the index is written, under the output folder. */
export const BUNDLE_DIR = "pagefind";
