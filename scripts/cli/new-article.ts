/**
 * `npm run new`: starts a new article as a draft, dated now in the site's
 * time zone. It never overwrites a file and never reuses a slug.
 *
 *   npm run new -- --title "…" --section <id> [--author <id>] [--slug <latin-words>] [--lang ar|en|fr]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import { loadRegistries, messagesLanguage } from "../content/registries.ts";
import { planNewArticle } from "../content/new-article.ts";
import { formatProblem } from "../content/problems.ts";
import { readSource } from "../content/read-source.ts";
import { lintArticle } from "../content/lint/index.ts";
import { warningLines } from "../content/report.ts";
import { closest } from "../content/suggest.ts";
import { isLanguage, MESSAGES as M, speak } from "../content/messages/index.ts";
import { buildOptions } from "../build/options.ts";

const OPTIONS = {
  title: { type: "string" },
  section: { type: "string" },
  author: { type: "string" },
  slug: { type: "string" },
  content: { type: "string" },
  lang: { type: "string" },
} as const;
const USAGE = 'npm run new -- --title "عنوان الخبر" --section <id> [--author <id>] [--slug <latin-words>]';

// Until the options are read, the language is NEWSROOM_LANG's, else the default content's site.yaml's.
const defaults = buildOptions("preview", process.env, {});
let say = speak(messagesLanguage(defaults.contentDir, defaults.language));

function fail(lines: string[]): never {
  console.error([...lines, "", say(M.newUsage({ usage: USAGE }))].join("\n"));
  process.exit(1);
}

let values: { [K in keyof typeof OPTIONS]?: string };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true }));
} catch (error) {
  const option = /'(--?[^']+)'/.exec((error as Error).message)?.[1];
  fail([
    say(
      option
        ? M.unknownOption({ option, suggestion: closest(option.replace(/^-+/, ""), Object.keys(OPTIONS)) })
        : M.badOption({ problem: (error as Error).message }),
    ),
  ]);
}
// `npm run new --title x` (without the lone --) hands the words to npm, and only the values reach us.
if (positionals.length && !values.title) fail([say(M.missingDashes())]);

if (values.lang !== undefined && !isLanguage(values.lang)) fail([say(M.badLang({ value: values.lang }))]);
const language = isLanguage(values.lang) ? values.lang : undefined;
const options = buildOptions("preview", process.env, { content: values.content, language });
const { contentDir } = options;
const registries = loadRegistries(contentDir, undefined, options.language);
say = speak(registries.ok ? registries.registries.messages : registries.messages);
if (!registries.ok) fail([say(M.settingsBroken()), ...registries.problems.map(formatProblem)]);

// NEWSROOM_AUTHOR: a newsroom machine's usual author, when --author is not given.
const plan = planNewArticle(
  { ...values, author: values.author ?? process.env.NEWSROOM_AUTHOR },
  registries.registries,
  contentDir,
  options.now(),
  say,
);
if (!plan.ok) fail(plan.errors);

mkdirSync(dirname(plan.path), { recursive: true });
// "wx" fails if the file appeared since we looked: never overwrite an article.
writeFileSync(plan.path, plan.text, { flag: "wx" });
const file = relative(process.cwd(), plan.path).split(sep).join("/");
console.log(say(M.created({ file, slug: plan.slug })));
const read = readSource(file, Buffer.from(plan.text), registries.registries.messages);
const warnings = read.ok
  ? lintArticle(read.source, registries.registries.site.digits, registries.registries.messages)
  : [];
if (warnings.length) console.warn(["", ...warningLines(warnings, say)].join("\n"));
