/**
 * Checks one article's front matter against the schema and the registries,
 * and turns it into the `Article` the site renders.
 */
import { basename, join } from "node:path";
import { isRegularFile } from "../files/repository.ts";
import { closeBidi } from "../text/bidi-controls.ts";
import { nameKey } from "../text/name-key.ts";
import { unsafeSegment } from "../text/name-key.ts";
import {
  articleFrontMatter,
  ARTICLE_FIELDS,
  LANGUAGES,
  NESTED_FIELDS,
  type Article,
  type ArticleFrontMatter,
  type Correction,
  type LiveCoverage,
} from "./schema.ts";
import { checkUpdates, splitLive } from "./live.ts";
import { parseDate } from "./dates.ts";
import { isArticleSlug, suggestArticleSlug, tagSlug } from "./slugs.ts";
import { closest } from "./suggest.ts";
import { fromZod, MESSAGES as M, speak, type Speak } from "./messages/index.ts";
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
  const say = speak(registries.messages);
  const report = (field: string, message: string) => problems.push({ file: source.file, field, message, ...at(field) });
  const { site, sections, authors } = registries;
  const raw = source.data;

  const parsed = articleFrontMatter.safeParse(source.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map((p, i) => (typeof p === "number" ? `[${p + 1}]` : (i ? "." : "") + String(p))).join("");
      if (issue.code === "unrecognized_keys") {
        // Inside a group (image, a correction) the suggestions come from that group's fields.
        const known = issue.path.length ? (NESTED_FIELDS[String(issue.path[0])] ?? []) : ARTICLE_FIELDS;
        for (const key of issue.keys) {
          const group = field ? String(issue.path[0]) : undefined;
          report(field ? `${field}.${key}` : key, say(M.unknownField({ suggestion: closest(key, known), group, known: known.join(", ") })));
        }
      } else if (issue.path[0] === "tags" && typeof raw.tags === "string") {
        // Said below, with the list written out.
      } else if (issue.code === "custom" && typeof valueAt(raw, issue.path) === "string") {
        // A date the schema refused, said again in the site's time zone, which the fix for a missing offset needs.
        const parsedDate = parseDate(valueAt(raw, issue.path) as string, site.timeZone);
        report(field, parsedDate.ok ? fromZod(issue.message, say) : say(parsedDate.reason));
      } else {
        report(field || "front matter", fromZod(issue.message, say));
      }
    }
  }
  // The registry checks read the raw values, so a file with a bad date still
  // hears about its misspelled section in the same run.
  if (typeof raw.section === "string" && !sections.has(raw.section)) {
    const named = byName(raw.section, sections);
    report(
      "section",
      say(
        named
          ? M.nameNotId({ value: raw.section, id: named.id, name: named.name })
          : M.unknownSection({ value: raw.section, suggestion: closest(raw.section, sections.keys()), valid: [...sections.keys()].join(", ") }),
      ),
    );
  }
  const authorIds = (Array.isArray(raw.author) ? raw.author : [raw.author]).filter((id): id is string => typeof id === "string");
  for (const id of authorIds) {
    if (authors.has(id)) continue;
    const named = byName(id, authors);
    report(
      "author",
      say(named ? M.nameNotId({ value: id, id: named.id, name: named.name }) : M.unknownAuthor({ value: id, suggestion: closest(id, authors.keys()), valid: [...authors.keys()].join(", ") })),
    );
  }
  const tagMistake = arabicSeparators(raw.tags);
  if (tagMistake) report("tags", say(tagMistake));
  if (source.body.trim() === "" && raw.draft !== true) {
    problems.push({ file: source.file, field: "body", message: say(M.emptyBody()), line: source.bodyLine - 1, column: 1 });
  }
  if (!parsed.success || tagMistake) return { problems, warnings };
  const fm = parsed.data;

  const policy = site.articleSlugs;
  const fileName = basename(source.file).replace(/\.md$/i, "").normalize("NFC");
  // With Arabic slugs, a file named "أسعار الذهب.md" is published at /articles/أسعار-الذهب/.
  const slug = fm.slug ?? (policy === "arabic" ? tagSlug(fileName) : fileName);
  if (fm.slug !== undefined && !isArticleSlug(fm.slug, policy)) {
    const suggestion = policy === "latin" ? suggestArticleSlug(fm.slug) : tagSlug(fm.slug);
    report("slug", say(M.slugRule({ value: fm.slug, latin: policy === "latin", suggestion })));
  } else if (fm.slug === undefined && !isArticleSlug(slug, policy)) {
    const suggestion = policy === "latin" ? suggestArticleSlug(fileName) : "";
    report("slug", say(M.fileNameNotUrl({ name: fileName, latin: policy === "latin", suggestion })));
  } else {
    const unsafe = unsafeSegment(slug);
    if (unsafe) report("slug", say(M.slugFolder({ slug, reason: M.unsafeName(unsafe), fromFile: fm.slug === undefined })));
  }

  const date = parseDate(fm.date, site.timeZone);
  const updated = fm.updated === undefined ? undefined : parseDate(fm.updated, site.timeZone);
  if (date.ok && updated?.ok && updated.date < date.date) {
    report("updated", say(M.updatedBefore({ updated: fm.updated!, date: fm.date })));
  }

  const corrections: Correction[] = [];
  (fm.corrections ?? []).forEach((c, i) => {
    const parsed = parseDate(c.date, site.timeZone);
    if (!parsed.ok) return;
    if (date.ok && parsed.date < date.date) {
      report(`corrections[${i + 1}].date`, say(M.correctionBefore({ value: c.date, date: fm.date })));
    }
    corrections.push({ date: parsed.date, timed: c.date.includes("T"), text: c.text });
  });
  corrections.sort((a, b) => a.date.getTime() - b.date.getTime());

  const tags: string[] = [];
  const tagSlugs = new Set<string>();
  for (const tag of fm.tags ?? []) {
    const s = tagSlug(tag);
    const unsafe = s && unsafeSegment(s);
    if (!s) report("tags", say(M.tagNoLetters({ tag })));
    else if (unsafe) report("tags", say(M.tagFolder({ tag, folder: s, reason: M.unsafeName(unsafe) })));
    else if (!tagSlugs.has(s)) {
      tagSlugs.add(s);
      tags.push(tag);
    }
  }

  if (fm.image && !exists(join(contentDir, fm.image.src))) {
    report("image.src", say(missingPicture(contentDir, fm.image.src)));
  }

  problems.push(...checkBodyImages(source, contentDir, say, exists));
  if (fm.type === "sponsored" && !fm.sponsor) report("sponsor", say(M.sponsorMissing()));
  if (fm.sponsor && fm.type !== "sponsored") report("sponsor", say(M.sponsorNotSponsored()));
  if (fm.sponsor?.url && !/^https:\/\/\S+$/.test(fm.sponsor.url)) report("sponsor.url", say(M.sponsorUrl()));
  const live = fm.type === "live" ? checkLive(source, fm.live, date.ok ? date.date : undefined, site.timeZone, { report, problems, say }) : undefined;
  if (fm.live && fm.type !== "live") report("live", "is only for live coverage. Add `type: live`, or remove the group.");

  // One-line fields: whatever direction control a field leaves open is closed at its end, with a warning.
  const oneLine = (field: string, value: string): string => {
    const closed = closeBidi(value);
    if (closed !== value)
      warnings.push({
        file: source.file,
        field,
        message: say(M.openControl()),
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
      ...(live ? { live } : {}),
      words: countWords(source.body),
    },
  };
}

/** The value at a zod issue's path in the front matter as written. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** A section or author written by its name as printed on the site (اقتصاد for economy). */
function byName<T extends { id: string; name: string }>(value: string, registry: Map<string, T>): T | undefined {
  const key = nameKey(value.trim());
  for (const entry of registry.values()) if (nameKey(entry.name) === key) return entry;
  return undefined;
}

const ARABIC_SEPARATORS = /[،؛]/;

/**
 * Tags separated with the Arabic comma or semicolon (what an Arabic keyboard types), in a list or as
 * one text: YAML keeps them as one tag, which would get a page of its own. The message shows the list
 * as it should be written.
 */
function arabicSeparators(tags: unknown): ReturnType<typeof M.tagsArabicComma> | undefined {
  if (typeof tags === "string") return M.tagsOneText({ corrected: flowList("tags", tags.split(/[،؛,]/)) });
  if (!Array.isArray(tags) || !tags.some((t) => typeof t === "string" && ARABIC_SEPARATORS.test(t))) return undefined;
  return M.tagsArabicComma({ corrected: flowList("tags", tags.flatMap((t) => (typeof t === "string" ? t.split(/[،؛]/) : [String(t)]))) });
}

/** `field: [a, b]`, each item quoted when YAML would read it otherwise. */
function flowList(field: string, items: string[]): string {
  const written = items.map((t) => t.trim()).filter(Boolean).map((t) => (/^[^\s"'[\]{},:#&*!|>%@`-][^"[\]{},:#]*$/.test(t) ? t : JSON.stringify(t)));
  return `${field}: [${written.join(", ")}]`;
}

/** A live article's key points, updates and state, or its problems: each update's at its heading's line. */
function checkLive(
  source: SourceFile,
  fields: ArticleFrontMatter["live"],
  start: Date | undefined,
  timeZone: string,
  { report, problems, say }: { report: (field: string, message: string) => void; problems: Problem[]; say: Speak },
): LiveCoverage | undefined {
  const ended = fields?.ended === undefined ? undefined : parseDate(fields.ended, timeZone);
  const checked = checkUpdates(splitLive(source.body), {
    ...(start ? { start } : {}),
    ...(ended?.ok ? { ended: ended.date } : {}),
    ...(fields?.pinned !== undefined ? { pinned: fields.pinned } : {}),
    timeZone,
    say,
  });
  for (const p of checked.problems) {
    if (p.line === undefined) report(p.field, p.message);
    else problems.push({ file: source.file, line: source.bodyLine + p.line, column: 1, field: p.field, message: p.message });
  }
  if (start && ended?.ok && ended.date < start) report("live.ended", `${fields!.ended} is before the coverage began (\`date:\`). Fix one of the two.`);
  if (ended && !ended.ok) return undefined;
  return {
    keyPoints: fields?.keyPoints ?? [],
    updates: checked.updates,
    ...(checked.pinned ? { pinned: checked.pinned } : {}),
    ...(ended?.ok ? { ended: ended.date } : {}),
    running: !ended,
  };
}

function latest(times: { date: Date; timed: boolean }[]): { date: Date; timed: boolean } | undefined {
  let max: { date: Date; timed: boolean } | undefined;
  for (const t of times) if (!max || t.date >= max.date) max = { date: t.date, timed: t.timed };
  return max;
}
