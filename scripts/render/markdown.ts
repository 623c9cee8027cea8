/**
 * Article bodies: Markdown to HTML. This output is the only HTML from content
 * that reaches a page unescaped, so the renderer is locked down here.
 */
import MarkdownIt from "markdown-it";
import type { Urls } from "../site/urls.ts";
import { markdownBidi } from "./markdown-bidi.ts";

export function createMarkdown(urls: Urls) {
  // `html: false` escapes any raw HTML an editor types, so <script>, <iframe>
  // and onerror= attributes arrive as visible text; markdown-it's link
  // validator already refuses javascript:, vbscript: and file: URLs.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

  md.core.ruler.push("newsroom_body", (state) => {
    for (const token of state.tokens) {
      // The page's headline is the only h1; a `#` heading in a body becomes an h2.
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
      for (const child of token.children ?? []) {
        if (child.type === "link_open") {
          const href = String(child.attrGet("href") ?? "");
          if (isSiteRelative(href)) child.attrSet("href", urls.href(href));
        } else if (child.type === "image") {
          const src = String(child.attrGet("src") ?? "");
          if (isSiteRelative(src)) child.attrSet("src", urls.href(src));
          child.attrSet("loading", "lazy");
          child.attrSet("decoding", "async");
        }
      }
    }
  });
  md.use(markdownBidi);
  return md;
}

/** `/articles/x/` is a path on this site and needs the path prefix; `//host/x` is another site. */
function isSiteRelative(url: string): boolean {
  return url.startsWith("/") && !url.startsWith("//");
}
