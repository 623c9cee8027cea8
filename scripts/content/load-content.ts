/**
 * Reads and checks every content file: the registries and all articles.
 * Pure of Eleventy, so the build, `npm run validate` and the tests share it.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { loadRegistries, type Registries } from "./registries.ts";
import { readSource } from "./read-source.ts";
import { checkArticle } from "./check-article.ts";
import { sortProblems, type Problem } from "./problems.ts";
import type { Article } from "./schema.ts";

export interface Content extends Registries {
  /** Every valid article, drafts included, newest first. */
  articles: Article[];
}

export type LoadResult = { ok: true; content: Content } | { ok: false; problems: Problem[] };

export interface LoadOptions {
  contentDir: string;
  /** Replaces `url` from site.yaml (SITE_URL in CI). */
  siteUrl?: string;
}

/** Reports every problem in the content at once, or returns it all checked. */
export function loadContent({ contentDir, siteUrl }: LoadOptions): LoadResult {
  const loaded = loadRegistries(contentDir, siteUrl);
  if (!loaded.ok) return { ok: false, problems: sortProblems(loaded.problems.map((p) => ({ ...p, file: display(p.file) }))) };
  const { registries } = loaded;

  const problems: Problem[] = [];
  const articles: Article[] = [];
  for (const path of articleFiles(contentDir)) {
    const file = display(path);
    const read = readSource(file, readFileSync(path));
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const checked = checkArticle(read.source, registries, contentDir);
    problems.push(...checked.problems);
    if (checked.article) articles.push(checked.article);
  }
  problems.push(...checkCrossReferences(articles).map(withLine));
  if (problems.length) return { ok: false, problems: sortProblems(problems) };
  articles.sort(newestFirst);
  return { ok: true, content: { ...registries, articles } };
}

/** Checks that need every article: unique slugs and `related` links that resolve. */
export function checkCrossReferences(articles: Article[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, Article>();
  for (const article of [...articles].sort((a, b) => a.file.localeCompare(b.file))) {
    const first = bySlug.get(article.slug);
    if (first) {
      problems.push({ file: article.file, field: "slug", message: `"${article.slug}" is already the slug of ${first.file}. Two articles cannot share a URL; give this one its own slug.` });
    } else bySlug.set(article.slug, article);
  }
  for (const article of articles) {
    for (const slug of article.related) {
      if (slug === article.slug) problems.push({ file: article.file, field: "related", message: `"${slug}" is this article itself. List other articles only.` });
      else if (!bySlug.has(slug)) problems.push({ file: article.file, field: "related", message: `"${slug}" is not the slug of any article. Check the spelling against the file names in content/articles/, or remove it.` });
    }
  }
  return problems;
}

export function newestFirst(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

/** Cross-reference checks run on parsed articles; find the field's line again for the message. */
function withLine(problem: Problem): Problem {
  const read = readSource(problem.file, readFileSync(problem.file));
  const line = read.ok ? read.source.lines.get(problem.field) : undefined;
  return line ? { ...problem, line, column: 1 } : problem;
}

function articleFiles(contentDir: string): string[] {
  const dir = join(contentDir, "articles");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join(dir, name));
}

/** Paths in messages are relative to where the command runs, with forward slashes. */
function display(path: string): string {
  return relative(process.cwd(), path).split(sep).join("/");
}
