/**
 * content/front-page.yaml: what the editor puts on the home page. The lead story and up to
 * TOP_STORIES top stories, each pinned until an optional time, and the sections shown below them
 * in their order. Optional: without it, the newest stories fill every slot and every section is
 * shown. Checked like the articles: every problem at once, each with its file, line and field.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { decodeText, parseYaml } from "./read-source.ts";
import { parseDate } from "./dates.ts";
import { speak } from "./messages/index.ts";
import { fieldLine } from "./field-lines.ts";
import { didYouMean } from "./suggest.ts";
import type { Registries } from "./registries.ts";
import type { Article } from "./schema.ts";
import type { Problem } from "./problems.ts";

/** How many top stories the home page shows under the lead. */
export const TOP_STORIES = 4;

/** A story pinned to a slot, until `until` if given (the scheduled rebuild then drops it). */
export interface Pin {
  article: string;
  until?: Date;
}

/** The site-wide "عاجل" bar: a line of text, a story, or both, until a time. */
interface Breaking {
  /** The line shown; the story's headline when not given. */
  text?: string;
  /** The story the bar links to. */
  article?: string;
  until: Date;
}

export interface FrontPage {
  breaking?: Breaking;
  lead?: Pin;
  top: Pin[];
  /** Section ids in the order the home page shows them; absent: every section, in sections.yaml's order. */
  sections?: string[];
}

const PIN_SHAPE = "Write it as `article: the-article-slug`, with `until: 2026-12-06T18:00:00+03:00` under it if the pin should end.";

const pin = z.strictObject(
  {
    article: z.string({
      error: (i) => (i.input === undefined ? "is missing. Add `article: the-article-slug`." : "must be an article's slug, e.g. `article: gold-prices-rise`."),
    }),
    until: z.string({ error: "must be a time such as 2026-12-06T18:00:00+03:00." }).optional(),
  },
  { error: (i) => (i.code === "unrecognized_keys" ? undefined : `must be a pinned story. ${PIN_SHAPE}`) },
);

const BREAKING_SHAPE =
  "Write `until: 2026-12-05T18:00:00+03:00` with `article: the-article-slug` or `text: نص الخبر العاجل` (or both), indented under `breaking:`.";

const breaking = z.strictObject(
  {
    text: z.string({ error: "must be text: the line the bar shows." }).trim().min(1, { error: "is empty. Write the line after the colon." }).optional(),
    article: z.string({ error: "must be an article's slug, e.g. `article: gold-prices-rise`." }).optional(),
    until: z.string({
      error: (i) =>
        i.input === undefined
          ? "is missing: a breaking bar always ends. Add `until: 2026-12-05T18:00:00+03:00`."
          : "must be a time such as 2026-12-05T18:00:00+03:00.",
    }),
  },
  { error: (i) => (i.code === "unrecognized_keys" ? undefined : `must be a group of fields. ${BREAKING_SHAPE}`) },
);

const frontPageSchema = z.strictObject(
  {
    breaking: breaking.optional(),
    lead: pin.optional(),
    top: z
      .array(pin, { error: `must be a list of pinned stories, each starting with "- article: ".` })
      .max(TOP_STORIES, { error: `has more than ${TOP_STORIES} stories: the home page has ${TOP_STORIES} top-story slots. Remove the extra ones.` })
      .optional(),
    sections: z.array(z.string(), { error: "must be a list of section ids, e.g. `sections: [economy, technology]`." }).optional(),
  },
  { error: (i) => (i.code === "unrecognized_keys" ? undefined : "must be fields breaking, lead, top and sections.") },
);

/** Where `field` (`top[2].until`) is written in a YAML file that is not front matter. */
function yamlLine(text: string, field: string): number | undefined {
  const lines = new Map<string, number>();
  text.split("\n").forEach((line, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    // fieldLine counts lines as in an article, after an opening --- line: one more than here.
    if (key && !lines.has(key)) lines.set(key, i + 2);
  });
  const line = fieldLine({ lines, yaml: text }, field);
  return line === undefined ? undefined : line - 1;
}

/**
 * Reads and checks content/front-page.yaml against the registries and the articles. `file` is the
 * path shown in messages.
 */
export function loadFrontPage(
  contentDir: string,
  file: string,
  registries: Registries,
  articles: Article[],
): { frontPage: FrontPage; problems: Problem[] } {
  const path = join(contentDir, "front-page.yaml");
  const empty: FrontPage = { top: [] };
  if (!existsSync(path)) return { frontPage: empty, problems: [] };
  const problems: Problem[] = [];
  const text = decodeText(readFileSync(path));
  if (text === undefined) {
    return { frontPage: empty, problems: [{ file, field: "encoding", message: "The file is not valid UTF-8 text. Save it as UTF-8 and commit it again." }] };
  }
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    const e = error as { reason?: string; message: string; mark?: { line: number; column: number } };
    return {
      frontPage: empty,
      problems: [{ file, line: (e.mark?.line ?? 0) + 1, column: (e.mark?.column ?? 0) + 1, field: "yaml", message: `The YAML is malformed (${e.reason ?? e.message}).` }],
    };
  }
  const report = (field: string, message: string) => {
    const line = yamlLine(text, field);
    problems.push({ file, field, message, ...(line ? { line, column: 1 } : {}) });
  };
  const parsed = frontPageSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map((p, i) => (typeof p === "number" ? `[${p + 1}]` : (i ? "." : "") + String(p))).join("");
      if (issue.code === "unrecognized_keys") {
        const known =
          issue.path[0] === "breaking"
            ? ["text", "article", "until"]
            : issue.path.length
              ? ["article", "until"]
              : ["breaking", "lead", "top", "sections"];
        for (const key of issue.keys) report(field ? `${field}.${key}` : key, `is not a known field.${didYouMean(key, known)} The fields are: ${known.join(", ")}.`);
      } else report(field || "file", issue.message);
    }
    return { frontPage: empty, problems };
  }

  const slugs = new Set(articles.map((a) => a.slug));
  const { timeZone } = registries.site;
  const say = speak(registries.messages);
  const resolve = (raw: { article: string; until?: string | undefined }, field: string): Pin | undefined => {
    let ok = true;
    if (!slugs.has(raw.article)) {
      report(`${field}.article`, `"${raw.article}" is not the slug of any article.${didYouMean(raw.article, slugs)} Check the spelling against the file names in content/articles/.`);
      ok = false;
    }
    let until: Date | undefined;
    if (raw.until !== undefined) {
      const date = parseDate(raw.until, timeZone);
      if (date.ok) until = date.date;
      else {
        report(`${field}.until`, say(date.reason));
        ok = false;
      }
    }
    return ok ? { article: raw.article, ...(until ? { until } : {}) } : undefined;
  };

  const fm = parsed.data;
  let bar: Breaking | undefined;
  if (fm.breaking) {
    const { text, article } = fm.breaking;
    let ok = true;
    if (text === undefined && article === undefined) {
      report("breaking", `needs a line or a story. ${BREAKING_SHAPE}`);
      ok = false;
    }
    if (article !== undefined && !slugs.has(article)) {
      report("breaking.article", `"${article}" is not the slug of any article.${didYouMean(article, slugs)} Check the spelling against the file names in content/articles/.`);
      ok = false;
    }
    const until = parseDate(fm.breaking.until, timeZone);
    if (!until.ok) report("breaking.until", say(until.reason));
    else if (ok) bar = { ...(text !== undefined ? { text } : {}), ...(article !== undefined ? { article } : {}), until: until.date };
  }
  const lead = fm.lead ? resolve(fm.lead, "lead") : undefined;
  const top: Pin[] = [];
  (fm.top ?? []).forEach((raw, i) => {
    const resolved = resolve(raw, `top[${i + 1}]`);
    if (!resolved) return;
    if (resolved.article === lead?.article || top.some((p) => p.article === resolved.article)) {
      report(`top[${i + 1}].article`, `"${resolved.article}" is pinned twice. A story takes one slot on the home page; remove this one.`);
    } else top.push(resolved);
  });
  const sections: string[] = [];
  (fm.sections ?? []).forEach((id, i) => {
    if (!registries.sections.has(id)) {
      report(`sections[${i + 1}]`, `"${id}" is not a section.${didYouMean(id, registries.sections.keys())} Valid sections: ${[...registries.sections.keys()].join(", ")} (see content/sections.yaml).`);
    } else if (sections.includes(id)) report(`sections[${i + 1}]`, `"${id}" is listed twice. Each section has one block on the home page.`);
    else sections.push(id);
  });
  return {
    frontPage: { ...(bar ? { breaking: bar } : {}), ...(lead ? { lead } : {}), top, ...(fm.sections ? { sections } : {}) },
    problems,
  };
}

/** Each author's photo (authors.yaml) must be a picture in content/images/. */
export function checkAuthorPhotos(contentDir: string, registries: Registries): Problem[] {
  const file = "authors.yaml";
  return [...registries.authors.values()].flatMap((author, i) =>
    author.photo && !existsSync(join(contentDir, author.photo))
      ? [
          {
            file: join(contentDir, file),
            field: `authors[${i + 1}].photo`,
            message: `"${author.photo}" is not a file in ${join(contentDir, "images")}/. Add the photo there or correct the path.`,
          },
        ]
      : [],
  );
}
