/**
 * URL slugs. Article slugs are ASCII by default, so links survive any
 * channel (SMS, old mail clients) unchanged; a site may choose Arabic ones
 * (`articleSlugs: arabic`), made like tag slugs. Tag slugs stay Arabic: Eleventy's own
 * `slugify` transliterates Arabic (اقتصاد → aqtsad), which readers cannot
 * read and which collides, so it is never used here.
 */

import { nameKey } from "../text/name-key.ts";

const ARTICLE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type SlugPolicy = "latin" | "arabic";

export function isArticleSlug(value: string, policy: SlugPolicy = "latin"): boolean {
  return policy === "latin" ? ARTICLE_SLUG.test(value) : value !== "" && tagSlug(value) === value;
}

/** Suggests an ASCII slug for a file name or title that is not one. */
export function suggestArticleSlug(value: string): string {
  return value
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The slug of a tag: its name key (scripts/text/name-key.ts: NFC, without
 * invisible characters, tashkeel or tatweel, look-alikes folded, case folded),
 * every run of spaces and punctuation turned into one hyphen. Arabic letters
 * are kept as they are (they are percent-encoded only when put in a link).
 * Returns "" when nothing is left, which validation reports.
 */
export function tagSlug(tag: string): string {
  let slug = slugs.get(tag);
  if (slug === undefined) {
    if (slugs.size >= 100_000) slugs.clear();
    slug = slugOf(tag);
    slugs.set(tag, slug);
  }
  return slug;
}

/** An archive repeats a few thousand tags hundreds of thousands of times: each spelling is worked out once. */
const slugs = new Map<string, string>();

function slugOf(tag: string): string {
  return nameKey(tag)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
