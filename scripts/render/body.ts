/**
 * Article bodies are rendered when their page is written, from the file on
 * disk, rather than kept in memory for the whole build.
 */
import { readRegularFile } from "../files/repository.ts";
import { readBody } from "../content/read-source.ts";
import type { Article } from "../content/schema.ts";
import type { Urls } from "../site/urls.ts";
import type { ArticleBodies, Picture, Pictures } from "./page-data.ts";
import type { Token } from "markdown-it";
import { createMarkdown, imageSources, type BodyEnv, type BodyStrings } from "./markdown.ts";
import { minifyFragment, type MinifyStats } from "./minify.ts";
import { splitLive, updateId } from "../content/live.ts";
import { parseDate } from "../content/dates.ts";

/** HTML produced by our Markdown renderer, and only by it. */
export interface RenderedMarkdown {
  readonly renderedMarkdown: string;
}

/** The full version needs the picture pipeline; the lite version prints images as words. */
export type BodyVersion = { images: Pictures } | { lite: true };

const renderers = new Map<string, ReturnType<typeof createMarkdown>>();

type Source = Pick<Article, "file" | "lang" | "dir" | "type">;

/**
 * The last few bodies read, by article: its full and lite pages are rendered together and read the
 * file once. Keyed by the article object, not the path: the preview loads a new object for a file
 * that was saved, so an edit is never served from here.
 */
const recent = new Map<Source, Promise<ReadBody>>();
const RECENT = 8;

interface ReadBody {
  text: string;
  /** Parsed once for both versions, by renderer, when the body has no picture (the only part they parse differently). */
  tokens: Map<string, Token[]>;
  /** Minified once for both pages when they render alike, by the HTML as rendered (renderPageBody). */
  minified: Map<string, Promise<string>>;
}

function bodyOf(article: Source): Promise<ReadBody> {
  const { file } = article;
  let body = recent.get(article);
  if (!body) {
    body = Promise.resolve(file).then((path) => {
      const text = readBody(readRegularFile(path));
      // The file was checked moments ago; if it changed since, fail loudly rather than publish half a page.
      if (text === undefined)
        throw new Error(`${file} changed during the build: its front matter is gone. Build again.`);
      return { text, tokens: new Map(), minified: new Map() };
    });
    recent.set(article, body);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  return body;
}

/** `strings`: the few words a body prints of its own (a picture's credit label), in the article's language. */
export async function renderBody(
  article: Source,
  urls: Urls,
  version: BodyVersion,
  strings: BodyStrings,
): Promise<RenderedMarkdown> {
  return { renderedMarkdown: (await renderMarkdown(article, urls, version, strings)).html };
}

/** The body's HTML, and the picture paths it shows. */
async function renderMarkdown(
  article: Source,
  urls: Urls,
  version: BodyVersion,
  strings: BodyStrings,
): Promise<{ html: string; pictures: Iterable<string> }> {
  const key = urls.href("/");
  const md = markdownFor(urls);
  const body = await bodyOf(article);
  const env = bodyEnv(article, version, strings);
  const shared = !body.text.includes("![");
  let tokens = shared ? body.tokens.get(key) : undefined;
  if (!tokens) {
    tokens = md.parse(body.text, env);
    if (shared) body.tokens.set(key, tokens);
  }
  await addPictures(tokens, env, version);
  return { html: md.renderer.render(tokens, md.options, env), pictures: env.pictures.keys() };
}

function markdownFor(urls: Urls): ReturnType<typeof createMarkdown> {
  // Pages link under the prefix (/almadar/…); feeds link absolutely (https://…), so the key is where "/" points.
  const key = urls.href("/");
  let md = renderers.get(key);
  if (!md) {
    md = createMarkdown(urls);
    renderers.set(key, md);
  }
  return md;
}

function bodyEnv(article: Source, version: BodyVersion, strings: BodyStrings): BodyEnv {
  return {
    dir: article.dir,
    strings,
    pictures: new Map<string, Picture>(),
    lite: "lite" in version,
    sponsored: article.type === "sponsored",
  };
}

async function addPictures(tokens: Token[], env: BodyEnv, version: BodyVersion): Promise<void> {
  if (!("images" in version)) return;
  const sources = [...new Set(imageSources(tokens))];
  const pictures = await Promise.all(sources.map((src) => version.images.picture(src)));
  sources.forEach((src, i) => env.pictures.set(src, pictures[i]!));
}

/** A live article's body as its page shows it: the introduction, then each update's Markdown by its id. */
export async function renderLiveBody(
  article: Source & Pick<Article, "live">,
  urls: Urls,
  version: BodyVersion,
  strings: BodyStrings,
  stats?: MinifyStats,
): Promise<{ intro: RenderedMarkdown; updates: Map<string, RenderedMarkdown> }> {
  const md = markdownFor(urls);
  const { text } = await bodyOf(article);
  const split = splitLive(text);
  const shown = new Set(article.live?.updates.map((u) => u.id));
  const render = async (markdown: string): Promise<RenderedMarkdown> => {
    const env = bodyEnv(article, version, strings);
    const tokens = md.parse(markdown, env);
    await addPictures(tokens, env, version);
    return { renderedMarkdown: await minifyFragment(md.renderer.render(tokens, md.options, env), stats) };
  };
  const updates = new Map<string, RenderedMarkdown>();
  // The check has passed, so every heading's time parses; updates not yet due are not rendered.
  for (const u of split.updates) {
    const parsed = parseDate(u.time, "UTC");
    const id = parsed.ok ? updateId(parsed.date) : "";
    if (shown.has(id)) updates.set(id, await render(u.text));
  }
  return { intro: await render(split.intro), updates };
}

/**
 * The body as a page shows it: minified, the one part of a page that is not written tight (minify.ts).
 * `bodies`: from the archive writer, the body the article's kept page showed, used as it is, and
 * where this one is recorded (ArticleBodies).
 */
export async function renderPageBody(
  article: Source,
  urls: Urls,
  version: BodyVersion,
  strings: BodyStrings,
  stats?: MinifyStats,
  bodies?: ArticleBodies,
): Promise<RenderedMarkdown> {
  const which = "lite" in version ? "lite" : "full";
  const kept = bodies?.kept?.[which];
  if (kept !== undefined) {
    bodies!.shown[which] = kept;
    return { renderedMarkdown: kept };
  }
  const [{ html, pictures }, body] = await Promise.all([
    renderMarkdown(article, urls, version, strings),
    bodyOf(article),
  ]);
  let minified = body.minified.get(html);
  if (!minified) body.minified.set(html, (minified = minifyFragment(html, stats)));
  const shown = await minified;
  if (bodies) {
    bodies.shown[which] = shown;
    for (const src of pictures) bodies.shown.pictures.add(src);
  }
  return { renderedMarkdown: shown };
}
