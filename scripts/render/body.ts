/**
 * Article bodies are rendered when their page is written, from the file on
 * disk, rather than kept in memory for the whole build.
 */
import { readFile } from "node:fs/promises";
import { readSource } from "../content/read-source.ts";
import type { Article } from "../content/schema.ts";
import type { Urls } from "../site/urls.ts";
import { createMarkdown } from "./markdown.ts";

/** HTML produced by our Markdown renderer, and only by it. */
export interface RenderedMarkdown {
  readonly renderedMarkdown: string;
}

const renderers = new Map<string, ReturnType<typeof createMarkdown>>();

export async function renderBody(article: Pick<Article, "file" | "dir">, urls: Urls): Promise<RenderedMarkdown> {
  // Pages link under the prefix (/almadar/…); feeds link absolutely (https://…), so the key is where "/" points.
  const key = urls.href("/");
  let md = renderers.get(key);
  if (!md) {
    md = createMarkdown(urls);
    renderers.set(key, md);
  }
  const read = readSource(article.file, await readFile(article.file));
  // The file was checked moments ago; if it changed since, fail loudly rather than publish half a page.
  if (!read.ok) throw new Error(`${article.file} changed during the build: ${read.problem.message}`);
  return { renderedMarkdown: md.render(read.source.body, { dir: article.dir }) };
}
