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
import { fromZod, MESSAGES as M, speak, viaZod } from "./messages/index.ts";
import { fieldLine } from "./field-lines.ts";
import { closest } from "./suggest.ts";
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

const pin = z.strictObject(
  {
    article: z.string({
      error: (i) => viaZod(i.input === undefined ? M.pinArticleMissing() : M.pinArticleShape()),
    }),
    until: z.string({ error: viaZod(M.pinTimeShape({ example: "2026-12-06T18:00:00+03:00" })) }).optional(),
  },
  { error: (i) => (i.code === "unrecognized_keys" ? undefined : viaZod(M.pinShape())) },
);

const breaking = z.strictObject(
  {
    text: z.string({ error: viaZod(M.breakingText()) }).trim().min(1, { error: viaZod(M.breakingTextEmpty()) }).optional(),
    article: z.string({ error: viaZod(M.pinArticleShape()) }).optional(),
    until: z.string({
      error: (i) => viaZod(i.input === undefined ? M.breakingUntilMissing() : M.pinTimeShape({ example: "2026-12-05T18:00:00+03:00" })),
    }),
  },
  { error: (i) => (i.code === "unrecognized_keys" ? undefined : viaZod(M.breakingShape({ needs: "group" }))) },
);

const frontPageSchema = z.strictObject(
  {
    breaking: breaking.optional(),
    lead: pin.optional(),
    top: z
      .array(pin, { error: viaZod(M.topList()) })
      .max(TOP_STORIES, { error: viaZod(M.topTooMany({ slots: TOP_STORIES })) })
      .optional(),
    sections: z.array(z.string(), { error: viaZod(M.sectionList()) }).optional(),
  },
  { error: (i) => (i.code === "unrecognized_keys" ? undefined : viaZod(M.frontPageFields())) },
);

/** The file's fields, for the browser editor's form of it (scripts/site/editor-config.ts). */
export const FRONT_PAGE_FIELDS = Object.keys(frontPageSchema.shape);

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
  const say = speak(registries.messages);
  const text = decodeText(readFileSync(path));
  if (text === undefined) {
    return { frontPage: empty, problems: [{ file, field: "encoding", message: say(M.notUtf8()) }] };
  }
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    const e = error as { reason?: string; message: string; mark?: { line: number; column: number } };
    return {
      frontPage: empty,
      problems: [{ file, line: (e.mark?.line ?? 0) + 1, column: (e.mark?.column ?? 0) + 1, field: "yaml", message: say(M.settingsYamlMalformed({ reason: e.reason ?? e.message })) }],
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
        for (const key of issue.keys) report(field ? `${field}.${key}` : key, say(M.unknownField({ suggestion: closest(key, known), known: known.join(", ") })));
      } else report(field || "file", fromZod(issue.message, say));
    }
    return { frontPage: empty, problems };
  }

  const slugs = new Set(articles.map((a) => a.slug));
  const { timeZone } = registries.site;
  const resolve = (raw: { article: string; until?: string | undefined }, field: string): Pin | undefined => {
    let ok = true;
    if (!slugs.has(raw.article)) {
      report(`${field}.article`, say(M.pinUnknown({ slug: raw.article, suggestion: closest(raw.article, slugs) })));
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
      report("breaking", say(M.breakingShape({ needs: "lineOrStory" })));
      ok = false;
    }
    if (article !== undefined && !slugs.has(article)) {
      report("breaking.article", say(M.pinUnknown({ slug: article, suggestion: closest(article, slugs) })));
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
      report(`top[${i + 1}].article`, say(M.pinnedTwice({ slug: resolved.article })));
    } else top.push(resolved);
  });
  const sections: string[] = [];
  (fm.sections ?? []).forEach((id, i) => {
    if (!registries.sections.has(id)) {
      const valid = [...registries.sections.keys()];
      report(`sections[${i + 1}]`, say(M.unknownSection({ value: id, suggestion: closest(id, valid), valid: valid.join(", ") })));
    } else if (sections.includes(id)) report(`sections[${i + 1}]`, say(M.sectionTwice({ id })));
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
            message: speak(registries.messages)(M.notAFileIn({ path: author.photo, folder: join(contentDir, "images"), what: "photo" })),
          },
        ]
      : [],
  );
}
