/**
 * What feeds carry besides the headline: the full article body, because
 * feed readers show it to people who read offline or cannot reach the site.
 * Links and images in it are made absolute, since a feed reader has no page
 * to resolve "/articles/…" against.
 */
import type { Article } from "../content/schema.ts";
import type { Urls } from "../site/urls.ts";
import { renderBody, renderLiveBody, type RenderedMarkdown } from "./body.ts";
import type { BodyStrings } from "./markdown.ts";
import type { Pictures } from "./page-data.ts";

/** The site's URLs with every link absolute, for text read away from the site. */
function absoluteUrls(urls: Urls): Urls {
  return { prefix: urls.prefix, href: urls.absolute, absolute: urls.absolute };
}

export async function feedBody(
  article: Pick<Article, "file" | "dir" | "lang">,
  urls: Urls,
  images: Pictures,
  strings: BodyStrings,
): Promise<string> {
  return xmlSafe((await renderBody(article, absoluteUrls(urls), { images }, strings)).renderedMarkdown);
}

/**
 * A live article's introduction and its updates due at the build's time (never one still
 * embargoed), each on its own and with every link absolute: the feed templates put each update in
 * the page's own markup, its time as readers read it rather than the heading's ISO text.
 */
export function feedLiveParts(
  article: Pick<Article, "file" | "dir" | "lang" | "live">,
  urls: Urls,
  images: Pictures,
  strings: BodyStrings,
): Promise<{ intro: RenderedMarkdown; updates: Map<string, RenderedMarkdown> }> {
  return renderLiveBody(article, absoluteUrls(urls), { images }, strings);
}

/**
 * XML 1.0 forbids most control characters even as references, and a feed
 * with one is rejected whole by strict readers; they are dropped here (an
 * editor pasting from a word processor can bring them into a headline).
 */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching the control characters is this regex's whole purpose.
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}
