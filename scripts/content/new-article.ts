/**
 * What `npm run new` writes: a new article file that passes the check,
 * dated now in the site's time zone, starting as a draft with placeholders
 * for the summary and the text. Pure apart from reading the content folder;
 * the command writes the file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { Registries } from "./registries.ts";
import { isArticleSlug, suggestArticleSlug, tagSlug, type SlugPolicy } from "./slugs.ts";
import { closest } from "./suggest.ts";
import { MESSAGES as M, type Speak } from "./messages/index.ts";
import { toZonedIso } from "../text/time-zones.ts";
import { BODY_PLACEHOLDER, SUMMARY_PLACEHOLDER } from "./placeholders.ts";

export interface NewArticleRequest {
  title?: string;
  section?: string;
  /** One author id, or several separated by commas. */
  author?: string;
  slug?: string;
}

export type NewArticlePlan = { ok: true; path: string; slug: string; text: string } | { ok: false; errors: string[] };

/** A slug made from a headline in Latin letters keeps its first words only. */
const SLUG_WORDS = 8;
const ARABIC = /\p{Script=Arabic}/u;

export function planNewArticle(request: NewArticleRequest, registries: Registries, contentDir: string, now: Date, say: Speak): NewArticlePlan {
  const errors: string[] = [];
  const { sections, site } = registries;
  const example = `npm run new -- --title "عنوان الخبر" --section ${[...sections.keys()][0] ?? "news"} --slug short-latin-name`;

  const title = request.title?.trim();
  if (!title) errors.push(say(M.giveTitle({ example })));

  const sectionIds = [...sections.keys()];
  if (!request.section) errors.push(say(M.giveSection({ sections: sectionIds.join(", ") })));
  else if (!sections.has(request.section)) {
    const file = display(join(contentDir, "sections.yaml"));
    errors.push(say(M.newUnknownSection({ value: request.section, suggestion: closest(request.section, sectionIds), sections: sectionIds.join(", "), file })));
  }

  const authorIds = chooseAuthors(request.author, registries, errors, contentDir, say);

  const existing = existingSlugs(contentDir);
  const slug = chooseSlug(request.slug, title, site.articleSlugs, errors, say);
  if (slug && existing.has(slug)) {
    errors.push(say(M.slugInUse({ slug, file: existing.get(slug)!, free: freeSlug(slug, existing) })));
  }
  if (errors.length || !title || !slug || !request.section || !authorIds) return { ok: false, errors };

  // Whole minutes: a time a person would write, and never later than now, so the article is not embargoed by accident.
  const date = toZonedIso(new Date(Math.floor(now.getTime() / 60_000) * 60_000), site.timeZone);
  const path = join(contentDir, "articles", date.slice(0, 4), `${slug}.md`);
  if (existsSync(path)) return { ok: false, errors: [say(M.fileExists({ file: display(path) }))] };
  const text = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `summary: ${JSON.stringify(SUMMARY_PLACEHOLDER)}`,
    `date: ${date}`,
    `section: ${request.section}`,
    `author: ${authorIds.length === 1 ? authorIds[0] : `[${authorIds.join(", ")}]`}`,
    "# tags: [موضوع, موضوع آخر]",
    "# related: [slug-of-another-article]",
    "# When the article is ready: replace the summary and the text, then delete the line draft: true.",
    "draft: true",
    "---",
    BODY_PLACEHOLDER,
    "",
  ].join("\n");
  return { ok: true, path, slug, text };
}

function chooseAuthors(requested: string | undefined, { authors }: Registries, errors: string[], contentDir: string, say: Speak): string[] | undefined {
  const known = [...authors.keys()];
  const list = { authors: known.join(", "), file: display(join(contentDir, "authors.yaml")) };
  const value = requested ?? (authors.size === 1 ? known[0] : undefined);
  if (!value) {
    errors.push(say(M.giveAuthor(list)));
    return undefined;
  }
  const ids = value.split(",").map((id) => id.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !authors.has(id));
  for (const id of unknown) errors.push(say(M.newUnknownAuthor({ value: id, suggestion: closest(id, known), ...list })));
  return unknown.length || ids.length === 0 ? undefined : ids;
}

function chooseSlug(requested: string | undefined, title: string | undefined, policy: SlugPolicy, errors: string[], say: Speak): string | undefined {
  if (policy === "arabic") {
    // A site with Arabic addresses (articleSlugs: arabic) makes the slug from the headline itself.
    const slug = tagSlug(requested ?? title ?? "").split("-").slice(0, SLUG_WORDS).join("-");
    if (title && !slug) errors.push(say(M.headlineNoLetters()));
    return slug || undefined;
  }
  if (requested !== undefined) {
    if (isArticleSlug(requested)) return requested;
    errors.push(say(M.slugNotUrl({ slug: requested, suggestion: suggestArticleSlug(requested) || undefined })));
    return undefined;
  }
  if (!title) return undefined;
  // Arabic letters have no agreed Latin spelling (transliterations such as
  // "aqtsad" read badly and collide), so an Arabic headline needs a slug from a person.
  const fromTitle = suggestArticleSlug(title).split("-").slice(0, SLUG_WORDS).join("-");
  if (ARABIC.test(title) || !/[a-z]/.test(fromTitle)) {
    errors.push(say(M.arabicHeadlineNeedsSlug()));
    return undefined;
  }
  return fromTitle;
}

/** Every slug in use, with the file that uses it: file names and `slug:` lines. */
function existingSlugs(contentDir: string): Map<string, string> {
  const dir = join(contentDir, "articles");
  const slugs = new Map<string, string>();
  if (!existsSync(dir)) return slugs;
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".md")).sort()) {
    const path = join(dir, name);
    // A `slug:` line in the front matter wins over the file name; a regex is enough to find it.
    const head = readFileSync(path, "utf8").slice(0, 4000);
    const declared = /^---\r?\n[\s\S]*?^slug:[ \t]*["']?([a-z0-9-]+)["']?[ \t]*\r?$/m.exec(head)?.[1];
    const slug = declared ?? basename(name, ".md");
    if (!slugs.has(slug)) slugs.set(slug, display(path));
  }
  return slugs;
}

function freeSlug(slug: string, existing: Map<string, string>): string {
  let n = 2;
  while (existing.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

function display(path: string): string {
  return relative(process.cwd(), path).split(sep).join("/");
}
