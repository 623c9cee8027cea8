/**
 * `npm run new`: starts a new article as a draft, dated now in the site's
 * time zone. It never overwrites a file and never reuses a slug.
 *
 *   npm run new -- --title "…" --section <id> [--author <id>] [--slug <latin-words>]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { loadRegistries } from "../content/registries.ts";
import { planNewArticle } from "../content/new-article.ts";
import { formatProblem } from "../content/problems.ts";
import { readSource } from "../content/read-source.ts";
import { lintArticle } from "../content/lint/index.ts";
import { warningLines } from "../content/report.ts";
import { didYouMean } from "../content/suggest.ts";
import { buildOptions } from "../build/options.ts";

const OPTIONS = {
  title: { type: "string" },
  section: { type: "string" },
  author: { type: "string" },
  slug: { type: "string" },
  content: { type: "string" },
} as const;
const USAGE = 'Usage: npm run new -- --title "عنوان الخبر" --section <id> [--author <id>] [--slug <latin-words>]';

function fail(lines: string[]): never {
  console.error([...lines, "", USAGE].join("\n"));
  process.exit(1);
}

let values: { [K in keyof typeof OPTIONS]?: string };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true }));
} catch (error) {
  const option = /'(--?[^']+)'/.exec((error as Error).message)?.[1] ?? "";
  fail([
    `${option ? `Unknown option ${option}.` : (error as Error).message}${didYouMean(option.replace(/^-+/, ""), Object.keys(OPTIONS)).replace(/"(\w+)"/, "--$1")}`,
  ]);
}
// `npm run new --title x` (without the lone --) hands the words to npm, and only the values reach us.
if (positionals.length && !values.title) fail(["Put -- between npm run new and the options, so npm passes them on:"]);

const options = buildOptions("preview", process.env, { content: values.content });
const { contentDir } = options;
const registries = loadRegistries(contentDir);
if (!registries.ok)
  fail([
    "The site's settings have problems; fix them first (npm run check lists them all):",
    ...registries.problems.map(formatProblem),
  ]);

// NEWSROOM_AUTHOR: a newsroom machine's usual author, when --author is not given.
const plan = planNewArticle(
  { ...values, author: values.author ?? process.env.NEWSROOM_AUTHOR },
  registries.registries,
  contentDir,
  options.now(),
);
if (!plan.ok) fail(plan.errors);

mkdirSync(dirname(plan.path), { recursive: true });
// "wx" fails if the file appeared since we looked: never overwrite an article.
writeFileSync(plan.path, plan.text, { flag: "wx" });
const file = relative(process.cwd(), plan.path).split(sep).join("/");
console.log(
  [
    `Created ${file} (a draft).`,
    "Next:",
    "  1. Open it, write the summary after summary: and the article under the second --- line.",
    `  2. Preview it: run npm start and open http://localhost:8080/articles/${plan.slug}/`,
    '  3. When it is ready: delete the line "draft: true", run npm run check, and commit the file.',
  ].join("\n"),
);
const read = readSource(file, Buffer.from(plan.text));
const warnings = read.ok ? lintArticle(read.source, registries.registries.site.digits) : [];
if (warnings.length) console.warn(["", ...warningLines(warnings)].join("\n"));
