/**
 * Checks one article's front matter against the schema and the registries,
 * and turns it into the `Article` the site renders.
 */
import { basename, join } from "node:path";
import { isRegularFile } from "../files/repository.ts";
import { closeBidi, OPEN_CONTROL } from "../text/bidi-controls.ts";
import { unsafeSegment } from "../text/name-key.ts";
import { articleFrontMatter, ARTICLE_FIELDS, LANGUAGES, NESTED_FIELDS, type Article, type Correction } from "./schema.ts";
import { parseDate } from "./dates.ts";
import { isArticleSlug, suggestArticleSlug, tagSlug } from "./slugs.ts";
import { didYouMean } from "./suggest.ts";
import { checkBodyImages, missingPicture } from "./body-images.ts";
import type { Registries } from "./registries.ts";
import type { SourceFile } from "./read-source.ts";
import { fieldLine } from "./field-lines.ts";
import { countWords } from "./words.ts";
import type { Problem } from "./problems.ts";

export interface CheckedArticle {
  article?: Article;
  problems: Problem[];
  /** Direction controls left open in a one-line field, closed in the article. */
  warnings: Problem[];
}

/**
 * `exists` answers whether a picture is there; the preview passes one that
 * remembers the answers, so a file kept from an earlier check can be told
 * apart when a picture it names was added or removed since.
 */
export function checkArticle(
  source: SourceFile,
  registries: Registries,
  contentDir: string,
  exists: (path: string) => boolean = (path) => isRegularFile(contentDir, path),
): CheckedArticle {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  // A field that is not written at all is placed on the closing --- line, where it can be added,
  // so that GitHub shows the annotation on a line of the pull request.
  const at = (field: string) => ({ line: fieldLine(source, field) ?? source.bodyLine - 1, column: 1 });
  const report = (field: string, message: string) => problems.push({ file: source.file, field, message, ...at(field) });

  const parsed = articleFrontMatter.safeParse(source.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map((p, i) => (typeof p === "number" ? `[${p + 1}]` : (i ? "." : "") + String(p))).join("");
      if (issue.code === "unrecognized_keys") {
        // Inside a group (image, a correction) the suggestions come from that group's fields.
        const known = issue.path.length ? (NESTED_FIELDS[String(issue.path[0])] ?? []) : ARTICLE_FIELDS;
        for (const key of issue.keys) {
          report(field ? `${field}.${key}` : key, `is not a known field.${didYouMean(key, known)} The fields${field ? ` of ${String(issue.path[0])}` : ""} are: ${known.join(", ")}.`);
        }
      } else {
        report(field || "front matter", issue.message);
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
  if (!parsed.success) return { problems, warnings };
  const fm = parsed.data;

  const policy = site.articleSlugs;
  const fileName = basename(source.file).replace(/\.md$/i, "").normalize("NFC");
  // With Arabic slugs, a file named "أسعار الذهب.md" is published at /articles/أسعار-الذهب/.
  const slug = fm.slug ?? (policy === "arabic" ? tagSlug(fileName) : fileName);
  const rule = policy === "latin" ? "lowercase Latin letters, digits and single hyphens" : "letters and digits joined by single hyphens, without tashkeel or tatweel";
  if (fm.slug !== undefined && !isArticleSlug(fm.slug, policy)) {
    const suggestion = policy === "latin" ? suggestArticleSlug(fm.slug) : tagSlug(fm.slug);
    report("slug", `"${fm.slug}" may only contain ${rule}.${suggestion ? ` Try \`slug: ${suggestion}\`.` : ""}`);
  } else if (fm.slug === undefined && !isArticleSlug(slug, policy)) {
    const suggestion = policy === "latin" ? suggestArticleSlug(fileName) : "";
    report("slug", `the file name "${fileName}" cannot be used in a URL. Add \`slug: ${suggestion || "a-short-latin-name"}\` (${rule}) or rename the file.`);
  } else {
    const unsafe = unsafeSegment(slug);
    if (unsafe) report("slug", `"${slug}", this article's folder in the site, ${unsafe}${fm.slug === undefined ? " Add `slug:` with another name, or rename the file." : ""}`);
  }

  const date = parseDate(fm.date, site.timeZone);
  const updated = fm.updated === undefined ? undefined : parseDate(fm.updated, site.timeZone);
  if (date.ok && updated?.ok && updated.date < date.date) {
    report("updated", `${fm.updated} is before the publication date ${fm.date}. An update cannot come before the article; fix one of the two.`);
  }

  const corrections: Correction[] = [];
  (fm.corrections ?? []).forEach((c, i) => {
    const parsed = parseDate(c.date, site.timeZone);
    if (!parsed.ok) return;
    if (date.ok && parsed.date < date.date) {
      report(`corrections[${i + 1}].date`, `${c.date} is before the publication date ${fm.date}. A correction cannot come before the article; fix one of the two.`);
    }
    corrections.push({ date: parsed.date, timed: c.date.includes("T"), text: c.text });
  });
  corrections.sort((a, b) => a.date.getTime() - b.date.getTime());

  const tags: string[] = [];
  const tagSlugs = new Set<string>();
  for (const tag of fm.tags ?? []) {
    const s = tagSlug(tag);
    const unsafe = s && unsafeSegment(s);
    if (!s) report("tags", `"${tag}" has no letters or digits, so it cannot have a page. Use a word or remove it.`);
    else if (unsafe) report("tags", `"${tag}" would have its page in the folder "${s}", which ${unsafe}`);
    else if (!tagSlugs.has(s)) {
      tagSlugs.add(s);
      tags.push(tag);
    }
  }

  if (fm.image && !exists(join(contentDir, fm.image.src))) {
    report("image.src", missingPicture(contentDir, fm.image.src));
  }

  problems.push(...checkBodyImages(source, contentDir, exists));
  if (fm.type === "sponsored" && !fm.sponsor) report("sponsor", "is missing: a sponsored story names who paid for it. Add `sponsor:` with `name: …` indented under it.");
  if (fm.sponsor && fm.type !== "sponsored") report("sponsor", "is only for sponsored stories. Add `type: sponsored`, or remove the sponsor.");
  if (fm.sponsor?.url && !/^https:\/\/\S+$/.test(fm.sponsor.url)) report("sponsor.url", "must be a full address starting with https://.");

  // One-line fields: whatever direction control a field leaves open is closed at its end, with a warning.
  const oneLine = (field: string, value: string): string => {
    const closed = closeBidi(value);
    if (closed !== value)
      warnings.push({
        file: source.file,
        field,
        message: OPEN_CONTROL,
        ...at(field),
      });
    return closed;
  };
  const title = oneLine("title", fm.title);
  const summary = oneLine("summary", fm.summary);
  const closedTags = tags.map((tag) => oneLine("tags", tag));
  const image = fm.image && {
    ...fm.image,
    alt: oneLine("image.alt", fm.image.alt),
    ...(fm.image.caption !== undefined ? { caption: oneLine("image.caption", fm.image.caption) } : {}),
    ...(fm.image.credit !== undefined ? { credit: oneLine("image.credit", fm.image.credit) } : {}),
  };

  if (problems.length || !date.ok || (updated && !updated.ok)) return { problems, warnings };
  const lang = fm.lang ?? site.language;
  const modified = latest([...(updated?.ok ? [{ date: updated.date, timed: fm.updated!.includes("T") }] : []), ...corrections]);
  return {
    problems,
    warnings,
    article: {
      slug,
      file: source.file,
      title,
      summary,
      date: date.date,
      timed: fm.date.includes("T"),
      ...(updated ? { updated: updated.date } : {}),
      corrections,
      ...(modified ? { modified } : {}),
      section: fm.section,
      authors: [...new Set(authorIds)],
      tags: closedTags,
      related: [...new Set(fm.related ?? [])],
      ...(image ? { image } : {}),
      lang,
      dir: LANGUAGES[lang],
      draft: fm.draft ?? false,
      ...(fm.type && fm.type !== "news" ? { type: fm.type } : {}),
      ...(fm.sponsor ? { sponsor: fm.sponsor } : {}),
      words: countWords(source.body),
    },
  };
}

function latest(times: { date: Date; timed: boolean }[]): { date: Date; timed: boolean } | undefined {
  let max: { date: Date; timed: boolean } | undefined;
  for (const t of times) if (!max || t.date >= max.date) max = { date: t.date, timed: t.timed };
  return max;
}
