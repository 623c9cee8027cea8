/**
 * The floor the build is benchmarked against: the least a generator must do
 * to publish the same articles. One process, one thread, no checks, no
 * listings, no pictures, no search: read each file, parse its front matter
 * with js-yaml, render its body with markdown-it, wrap it in a template
 * literal and write it. Deliberately plain; an optimised floor would flatter
 * nobody and hide what the real build's extra work costs.
 *
 *   node --import tsx scripts/bench/baseline.ts --content DIR --output DIR
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import yaml from "js-yaml";
import MarkdownIt from "markdown-it";

const { values } = parseArgs({
  options: { content: { type: "string", default: "content" }, output: { type: "string", default: "_baseline" } },
});
const articles = join(values.content, "articles");
const md = new MarkdownIt({ html: false });
const escape = md.utils.escapeHtml;

const files = readdirSync(articles, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
for (const file of files) {
  const source = readFileSync(join(articles, file), "utf8");
  // Front matter is the text between the opening "---" line and the next one.
  const close = source.indexOf("\n---", 3);
  const front = yaml.load(source.slice(source.indexOf("\n") + 1, close)) as { title: string };
  const html = md.render(source.slice(source.indexOf("\n", close + 1) + 1));
  const title = escape(String(front.title));
  const dir = join(values.output, "articles", basename(file, ".md"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main><article><h1>${title}</h1>
${html}</article></main>
</body>
</html>
`,
  );
}
console.log(`Wrote ${files.length} pages to ${values.output}.`);
