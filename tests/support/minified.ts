/**
 * Pages are written tight and only Markdown bodies go through the minifier
 * (scripts/render/minify.ts); this checks that the result is what
 * html-minifier-terser would make of the whole page.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { minify } from "html-minifier-terser";
import { MINIFY_OPTIONS } from "../../scripts/render/minify.ts";

/** The first difference between a page and its minified self, or undefined if there is none. */
export async function leftToMinify(html: string): Promise<string | undefined> {
  const minified = await minify(html, MINIFY_OPTIONS);
  if (minified === html) return undefined;
  let at = 0;
  while (html[at] === minified[at]) at++;
  return `${JSON.stringify(html.slice(Math.max(0, at - 60), at + 40))} would become ${JSON.stringify(minified.slice(Math.max(0, at - 60), at + 40))}`;
}

/** Every HTML file under `dir` that the minifier would still change, with the first difference. */
export async function pagesLeftToMinify(dir: string): Promise<string[]> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  const loose: string[] = [];
  for (const file of files) {
    const difference = await leftToMinify(readFileSync(join(dir, file), "utf8"));
    if (difference) loose.push(`${file}: ${difference}`);
  }
  return loose;
}
