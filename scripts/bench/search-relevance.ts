/**
 * `npm run bench:search`: the relevance set (tests/fixtures/search-relevance/)
 * built with the real build and searched as the search page searches
 * (site-search.ts). Reports, per category, precision at 5, recall at 10 and
 * the share of queries whose first result is relevant, and for the queries
 * no article answers, the share that show nothing; writes them into
 * docs/search-relevance.md.
 *
 *   npm run bench:search                  build the set, measure, write the doc
 *   npm run bench:search -- --site DIR    measure an already built site (no doc)
 *   ... --plain                           search as the page did before decision 0022
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import yaml from "js-yaml";
import { openSiteSearch } from "./site-search.ts";
import { words } from "../search/normalize.ts";
import { decodeTerm, searchKey } from "../search/terms.ts";

const SET = "tests/fixtures/search-relevance";
const REGISTRIES = "tests/fixtures/newsroom";
export const CATEGORIES = [
  "variants",
  "clitics",
  "plurals",
  "feminine",
  "definite",
  "latin",
  "numbers",
  "stopwords",
  "phrases",
  "none",
] as const;

interface Entry {
  slug: string;
  title: string;
  body: string;
  date?: string;
  section?: string;
}
export interface Query {
  q: string;
  category: (typeof CATEGORIES)[number];
  relevant: string[];
}

export const queries = (): Query[] =>
  // A query of digits is read as a number: searched as the text it is.
  (yaml.load(readFileSync(join(SET, "queries.yaml"), "utf8"), { schema: yaml.CORE_SCHEMA }) as Query[]).map((q) => ({
    ...q,
    q: String(q.q),
  }));

/** The set as a content folder: the fixture newsroom's registries, the set's articles and variants list. */
export function relevanceContent(): string {
  const dir = mkdtempSync(join(tmpdir(), "search-relevance-"));
  for (const file of ["site.yaml", "sections.yaml", "authors.yaml", "images"])
    cpSync(join(REGISTRIES, file), join(dir, file), { recursive: true });
  cpSync(join(SET, "search-variants.yaml"), join(dir, "search-variants.yaml"));
  mkdirSync(join(dir, "articles"));
  const entries = yaml.load(readFileSync(join(SET, "articles.yaml"), "utf8"), { schema: yaml.CORE_SCHEMA }) as Entry[];
  entries.forEach((e, i) => {
    // A standfirst of its own: the body's first sentence, as a short news item's often is.
    const summary = e.body.split(/(?<=\.)\s/)[0]!;
    const day = String((i % 28) + 1).padStart(2, "0");
    const front = [
      `title: "${e.title}"`,
      `summary: "${summary}"`,
      `date: ${e.date ?? `2026-0${(i % 9) + 1}-${day}`}`,
      `section: ${e.section ?? "news"}`,
      "author: huda",
    ];
    writeFileSync(join(dir, "articles", `${e.slug}.md`), `---\n${front.join("\n")}\n---\n${e.body}\n`);
  });
  return dir;
}

/** Builds the set with `npm run build`'s entry point; returns the site folder. */
export function buildRelevanceSite(): string {
  const output = join(mkdtempSync(join(tmpdir(), "search-relevance-site-")), "_site");
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/cli/build.ts", "--content", relevanceContent(), "--output", output],
    { encoding: "utf8", env: { ...process.env, SITE_URL: "", NEWSROOM_CACHE: join(".cache", "bench-search") } },
  );
  if (run.status !== 0) throw new Error(`The relevance set did not build:\n${run.stderr}`);
  return output;
}

export interface QueryResult extends Query {
  found: string[];
  /** Results in the top 10 whose every matched word is a stop word or a single letter. */
  stopWordHits: number;
}

export interface CategoryFigures {
  category: string;
  queries: number;
  answerable: number;
  precisionAt5: number;
  recallAt10: number;
  firstRelevant: number;
  /** Of the queries no article answers: the share that show no result. */
  emptyWhenNoAnswer: number | undefined;
  stopWordHits: number;
}

export async function runQueries(site: string, plain = false): Promise<QueryResult[]> {
  const search = await openSiteSearch(site, { plain });
  try {
    const out: QueryResult[] = [];
    for (const query of queries()) {
      const results = (await search.results(query.q)).slice(0, 10);
      const data = await Promise.all(results.map((r) => r.data()));
      const found = data.map((d) => d.url.split("/").filter(Boolean).at(-1)!);
      const stopWordHits = data.filter((d) => {
        const tokens = d.content.split(/\s+/);
        return d.locations.every((l) => {
          const token = words(tokens[l] ?? "").join("");
          return !decodeTerm(token) && searchKey(token) === "";
        });
      }).length;
      out.push({ ...query, found, stopWordHits });
    }
    return out;
  } finally {
    await search.close();
  }
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

export function figures(results: QueryResult[]): CategoryFigures[] {
  const of = (category: string, rs: QueryResult[]): CategoryFigures => {
    const answerable = rs.filter((r) => r.relevant.length > 0);
    const none = rs.filter((r) => r.relevant.length === 0);
    const hits = (r: QueryResult, n: number) => r.found.slice(0, n).filter((s) => r.relevant.includes(s)).length;
    return {
      category,
      queries: rs.length,
      answerable: answerable.length,
      precisionAt5: mean(answerable.map((r) => hits(r, 5) / 5)),
      recallAt10: mean(answerable.map((r) => hits(r, 10) / r.relevant.length)),
      firstRelevant: mean(answerable.map((r) => (r.relevant.includes(r.found[0] ?? "") ? 1 : 0))),
      emptyWhenNoAnswer: none.length ? mean(none.map((r) => (r.found.length === 0 ? 1 : 0))) : undefined,
      stopWordHits: rs.reduce((n, r) => n + r.stopWordHits, 0),
    };
  };
  return [
    ...CATEGORIES.map((c) =>
      of(
        c,
        results.filter((r) => r.category === c),
      ),
    ),
    of("all", results),
  ];
}

const pct = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "–" : x.toFixed(2));

export function table(rows: CategoryFigures[]): string {
  const lines = [
    "| category | queries | with an answer | precision@5 | recall@10 | first result relevant | nothing shown when no answer | stop-word-only hits in top 10 |",
    "| --- | --: | --: | --: | --: | --: | --: | --: |",
  ];
  for (const r of rows)
    lines.push(
      `| ${r.category} | ${r.queries} | ${r.answerable} | ${pct(r.precisionAt5)} | ${pct(r.recallAt10)} | ${pct(r.firstRelevant)} | ${pct(r.emptyWhenNoAnswer)} | ${r.stopWordHits} |`,
    );
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: "string" }, plain: { type: "boolean", default: false } } });
  const site = values.site ?? buildRelevanceSite();
  const results = await runQueries(site, values.plain);
  const rows = figures(results);
  console.log(table(rows));
  for (const r of results)
    if (r.relevant.length ? !r.relevant.includes(r.found[0] ?? "") : r.found.length)
      console.log(`  ${r.category}: «${r.q}» -> ${r.found.slice(0, 3).join(", ") || "nothing"}`);
  if (!values.site) {
    const doc = "docs/search-relevance.md";
    const text = readFileSync(doc, "utf8");
    const start = text.indexOf("<!-- figures -->");
    const end = text.indexOf("<!-- /figures -->");
    writeFileSync(doc, `${text.slice(0, start)}<!-- figures -->\n\n${table(rows)}\n\n${text.slice(end)}`);
    console.log(`Wrote ${doc}.`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
