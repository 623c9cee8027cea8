/**
 * Checks one article's front matter against the schema and the registries,
 * and turns it into the `Article` the site renders.
 */
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { articleFrontMatter, ARTICLE_FIELDS, LANGUAGES, type Article } from "./schema.ts";
import { parseDate } from "./dates.ts";
import { isArticleSlug, suggestArticleSlug, tagSlug } from "./slugs.ts";
import { didYouMean } from "./suggest.ts";
import { checkBodyImages } from "./body-images.ts";
import type { Registries } from "./registries.ts";
import type { SourceFile } from "./read-source.ts";
import type { Problem } from "./problems.ts";

export interface CheckedArticle {
  article?: Article;
  problems: Problem[];
}

export function checkArticle(source: SourceFile, registries: Registries, contentDir: string): CheckedArticle {
  const problems: Problem[] = [];
  const at = (field: string) => {
    const line = source.lines.get(field.split(/[.[]/)[0]!);
    return line ? { line, column: 1 } : {};
  };
  const report = (field: string, message: string) => problems.push({ file: source.file, field, message, ...at(field) });

  const parsed = articleFrontMatter.safeParse(source.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) report(key, `is not a known field.${didYouMean(key, ARTICLE_FIELDS)} The fields are: ${ARTICLE_FIELDS.join(", ")}.`);
      } else {
        report(issue.path.map((p, i) => (typeof p === "number" ? `[${p + 1}]` : (i ? "." : "") + String(p))).join("") || "front matter", issue.message);
      }
    }
  }
  // The registry checks read the raw values, so a file with a bad date still
  // hears about its misspelled section in the same run.
  const { site, sections, authors } = registries;
  const raw = source.data;
  if (typeof raw.section === "string" && !sections.has(raw.section)) {
    report("section", `"${raw.section}" is not a section.${didYouMean(raw.section, sections.keys())} Valid sections: ${[...sections.keys()].join(", ")} (see content/sections.yaml).`);
  }
  const authorIds = (Array.isArray(raw.author) ? raw.author : [raw.author]).filter((id): id is string => typeof id === "string");
  for (const id of authorIds) {
    if (!authors.has(id)) report("author", `"${id}" is not an author.${didYouMean(id, authors.keys())} Valid authors: ${[...authors.keys()].join(", ")} (see content/authors.yaml).`);
  }
  if (!parsed.success) return { problems };
  const fm = parsed.data;

  const slug = fm.slug ?? basename(source.file).replace(/\.md$/i, "");
  if (!fm.slug && !isArticleSlug(slug)) {
    const suggestion = suggestArticleSlug(slug);
    report("slug", `the file name "${slug}" cannot be used in a URL. Add \`slug: ${suggestion || "a-short-latin-name"}\` (lowercase Latin letters, digits and hyphens) or rename the file.`);
  }

  const date = parseDate(fm.date, site.timeZone);
  const updated = fm.updated === undefined ? undefined : parseDate(fm.updated, site.timeZone);
  if (date.ok && updated?.ok && updated.date < date.date) {
    report("updated", `${fm.updated} is before the publication date ${fm.date}. An update cannot come before the article; fix one of the two.`);
  }

  const tags: string[] = [];
  const tagSlugs = new Set<string>();
  for (const tag of fm.tags ?? []) {
    const s = tagSlug(tag);
    if (!s) report("tags", `"${tag}" has no letters or digits, so it cannot have a page. Use a word or remove it.`);
    else if (!tagSlugs.has(s)) {
      tagSlugs.add(s);
      tags.push(tag);
    }
  }

  if (fm.image && !existsSync(join(contentDir, fm.image.src))) {
    report("image.src", `${fm.image.src} does not exist. Put the picture at ${join(contentDir, fm.image.src)} or correct the path.`);
  }

  problems.push(...checkBodyImages(source, contentDir));

  if (problems.length || !date.ok || (updated && !updated.ok)) return { problems };
  const lang = fm.lang ?? site.language;
  return {
    problems,
    article: {
      slug,
      file: source.file,
      title: fm.title,
      summary: fm.summary,
      date: date.date,
      timed: fm.date.includes("T"),
      ...(updated ? { updated: updated.date } : {}),
      section: fm.section,
      authors: [...new Set(authorIds)],
      tags,
      related: [...new Set(fm.related ?? [])],
      ...(fm.image ? { image: fm.image } : {}),
      lang,
      dir: LANGUAGES[lang],
      draft: fm.draft ?? false,
      words: countWords(source.body),
    },
  };
}

function countWords(body: string): number {
  const matches = body.match(/[\p{L}\p{N}]+/gu);
  return matches ? matches.length : 0;
}
