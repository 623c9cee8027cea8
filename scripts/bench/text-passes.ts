/**
 * Every pass that reads an article's text, fed each hostile shape (hostile-text.ts), with its
 * throughput in MB/s: `npm run bench:text -- [--size 1000000] [--pass lint] [--shape tatweel]`.
 * tests/unit/text-passes.test.ts runs the same passes under a time bound.
 */
import { parseArgs } from "node:util";
import { readSource } from "../content/read-source.ts";
import { lintArticle } from "../content/lint/index.ts";
import { speak } from "../content/messages/index.ts";
import { checkBodyLimits, MAX_BODY, MAX_PARAGRAPH } from "../content/limits.ts";
import { countWords } from "../content/words.ts";
import { didYouMean } from "../content/suggest.ts";
import { ARTICLE_FIELDS } from "../content/schema.ts";
import { dominantDirection, splitRuns } from "../text/bidi.ts";
import { createMarkdown } from "../render/markdown.ts";
import { minifyFragment } from "../render/minify.ts";
import { createUrls } from "../site/urls.ts";
import { foldedVariants, normalizeQuery } from "../search/normalize.ts";
import { indexedText } from "../search/indexed-text.ts";
import { HOSTILE_SHAPES } from "./hostile-text.ts";

const md = createMarkdown(createUrls("https://news.example/"));
const strings = { imageCredit: "تصوير", imageNote: "صورة" };

function article(body: string) {
  const read = readSource(
    "articles/hostile.md",
    new TextEncoder().encode(`---\ntitle: عنوان\nsummary: ملخص\n---\n${body}`),
    "ar",
  );
  if (!read.ok) throw new Error(read.problem.message);
  return read.source;
}

/** What a pass reads: the raw text, the largest body the check lets through, or that body rendered. */
export type PassInput = "text" | "checked body" | "rendered body";

/** Each pass, with what it reads. */
export const TEXT_PASSES: Record<string, { input: PassInput; run: (input: string) => unknown }> = {
  /** The body limits (scripts/content/limits.ts), then the typography lint. */
  "check: limits and lint": {
    input: "text",
    run: (body) => {
      const source = article(body);
      return [...checkBodyLimits(source, speak("ar")), ...lintArticle(source, "latn", "ar")];
    },
  },
  "check: word count": { input: "text", run: (body) => countWords(body) },
  /** A field name the size of the body, as an unknown front-matter key. */
  "check: suggestions": { input: "text", run: (body) => didYouMean(body, ARTICLE_FIELDS) },
  "bidi: runs and direction": {
    input: "text",
    run: (body) => [splitRuns(body, "rtl").length, splitRuns(body, "ltr").length, dominantDirection(body)],
  },
  "search: query folding": { input: "text", run: (body) => normalizeQuery(body) },
  // The renderer only ever gets a body the check let through: at most MAX_BODY, in paragraphs of at most MAX_PARAGRAPH.
  "render: markdown and bidi": { input: "checked body", run: (body) => renderLite(body) },
  "render: minify": { input: "rendered body", run: (html) => minifyFragment(html) },
  "search: indexed text and folding": {
    input: "rendered body",
    run: (html) => foldedVariants(indexedText(`<article data-pagefind-body>${html}</article>`)),
  },
};

/** The three inputs of one shape. */
export function passInputs(text: string): Record<PassInput, string> {
  const checked = asChecked(text);
  return { text, "checked body": checked, "rendered body": renderLite(checked) };
}

/** The largest body of this shape the check lets through: cut to MAX_BODY, a blank line every MAX_PARAGRAPH / 2 characters. */
function asChecked(body: string): string {
  const step = MAX_PARAGRAPH / 2;
  const cut = body.slice(0, MAX_BODY - 2 * Math.ceil(MAX_BODY / step));
  let out = "";
  for (let i = 0; i < cut.length; i += step) out += cut.slice(i, i + step) + "\n\n";
  return out;
}

function renderLite(body: string): string {
  const env = { dir: "rtl" as const, strings, pictures: new Map(), lite: true };
  return md.renderer.render(md.parse(body, env), md.options, env);
}

/** Runs one pass once on its input and returns its time in seconds. */
export async function timePass(pass: string, inputs: Record<PassInput, string>): Promise<number> {
  const { input, run } = TEXT_PASSES[pass]!;
  const started = performance.now();
  await run(inputs[input]);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: "string", default: "1000000" }, pass: { type: "string" }, shape: { type: "string" } },
  });
  const size = Number(values.size);
  const passes = Object.keys(TEXT_PASSES).filter((p) => !values.pass || p.includes(values.pass));
  const shapes = Object.keys(HOSTILE_SHAPES).filter((s) => !values.shape || s.includes(values.shape));
  console.log(
    `MB/s (millions of UTF-16 code units a second) by pass and shape, ${size.toLocaleString("en")} characters of each shape; ` +
      `the render passes read the largest body of it the check lets through (${MAX_BODY.toLocaleString("en")} characters), or that body's HTML.\n`,
  );
  console.log(["shape".padEnd(22), ...passes.map((p) => p.padStart(Math.max(10, p.length)))].join(" "));
  for (const shape of shapes) {
    const inputs = passInputs(HOSTILE_SHAPES[shape]!(size));
    const cells: string[] = [];
    for (const pass of passes) {
      const seconds = await timePass(pass, inputs);
      const length = inputs[TEXT_PASSES[pass]!.input].length;
      cells.push((length / 1e6 / seconds).toFixed(1).padStart(Math.max(10, pass.length)));
    }
    console.log([shape.padEnd(22), ...cells].join(" "));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
