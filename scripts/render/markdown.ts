/**
 * Article bodies: Markdown to HTML. This output is the only HTML from content
 * that reaches a page unescaped, so the renderer is locked down here.
 */
import MarkdownIt, { type Env, type Token } from "markdown-it";
import type { Urls } from "../site/urls.ts";
import { markdownBidi, type BidiEnv } from "./markdown-bidi.ts";
import type { Picture } from "./page-data.ts";
import { pictureMarkup } from "./picture-markup.ts";
import { picturePath } from "../text/picture-path.ts";

/** What one body render needs besides the Markdown. */
/** The words a body prints that are not the editor's: the label of a picture's credit, and the lite version's note for a picture. */
export interface BodyStrings {
  imageCredit: string;
  imageNote: string;
}

export interface BodyEnv extends Env, BidiEnv {
  /** The article's UI words (image credit label, "image" in the lite version). */
  strings: BodyStrings;
  /** Processed pictures by content path; every image in the body must be here (full version). */
  pictures: Map<string, Picture>;
  /** The text-only version: each image becomes its description in words. */
  lite: boolean;
  /** A sponsored story: its links to other sites carry rel="sponsored". */
  sponsored?: boolean;
}

export function createMarkdown(urls: Urls) {
  // `html: false` escapes any raw HTML an editor types, so <script>, <iframe>
  // and onerror= attributes arrive as visible text; markdown-it's link
  // validator already refuses javascript:, vbscript: and file: URLs.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const escape = md.utils.escapeHtml;

  md.core.ruler.push("newsroom_body", (state) => {
    const env = state.env as unknown as BodyEnv;
    state.tokens.forEach((token, i) => {
      // The page's headline is the only h1; a `#` heading in a body becomes an h2.
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
      // A picture alone in its paragraph is a figure, with its title as the caption.
      const image = soleImage(token);
      if (
        image &&
        !env.lite &&
        state.tokens[i - 1]?.type === "paragraph_open" &&
        state.tokens[i + 1]?.type === "paragraph_close"
      ) {
        state.tokens[i - 1]!.tag = "figure";
        state.tokens[i - 1]!.attrSet("class", "body-image");
        state.tokens[i + 1]!.tag = "figure";
        image.meta = { figure: true };
      }
      for (const child of token.children ?? []) {
        if (child.type === "link_open") {
          const href = String(child.attrGet("href") ?? "");
          if (isSiteRelative(href)) child.attrSet("href", urls.href(href));
          // Links in paid-for content are marked as such for search engines.
          else if (env.sponsored) child.attrSet("rel", "sponsored");
        }
      }
    });
  });

  md.renderer.rules.image = (tokens, idx, options, renderEnv, self) => {
    const env = renderEnv as unknown as BodyEnv;
    const token = tokens[idx]!;
    const src = String(token.attrGet("src") ?? "");
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    if (env.lite) return `<span class="image-note">[${escape(env.strings.imageNote)}: ${escape(alt)}]</span>`;
    const picture = env.pictures.get(picturePath(src));
    // body.ts processes every image before rendering, and validation allows only files under /images/.
    if (!picture) throw new Error(`The body image ${src} was not processed.`);
    const { sources, img } = pictureMarkup(picture, urls);
    const attributes = Object.entries({ ...img, alt, loading: "lazy", decoding: "async" })
      .map(([name, value]) => `${name}="${escape(String(value))}"`)
      .join(" ");
    const html =
      "<picture>" +
      sources
        .map((s) => `<source type="${escape(s.type)}" srcset="${escape(s.srcset)}" sizes="${escape(s.sizes)}">`)
        .join("") +
      `<img ${attributes}></picture>`;
    return token.meta?.figure ? html + figcaption(String(token.attrGet("title") ?? ""), env.strings, escape) : html;
  };
  md.use(markdownBidi);
  return md;
}

/** `"caption | credit"` in the image title: the caption, then the credit with its label. */
function figcaption(title: string, t: BodyStrings, escape: (s: string) => string): string {
  const [caption = "", credit = ""] = title.split("|").map((part) => part.trim());
  if (!caption && !credit) return "";
  return (
    "<figcaption>" +
    (caption ? `<span class="caption">${escape(caption)}</span>` : "") +
    (credit ? `<span class="credit" data-pagefind-ignore>${escape(t.imageCredit)}: ${escape(credit)}</span>` : "") +
    "</figcaption>"
  );
}

/** The image token of an inline run that holds one image and nothing else. */
function soleImage(token: Token): Token | undefined {
  if (token.type !== "inline") return undefined;
  const children = (token.children ?? []).filter((c) => !(c.type === "text" && !c.content.trim()));
  return children.length === 1 && children[0]!.type === "image" ? children[0] : undefined;
}

/** Every image path in a parsed body, for processing before it is rendered. */
export function imageSources(tokens: Token[]): string[] {
  return tokens.flatMap((t) =>
    (t.children ?? []).filter((c) => c.type === "image").map((c) => picturePath(String(c.attrGet("src") ?? ""))),
  );
}

/** `/articles/x/` is a path on this site and needs the path prefix; `//host/x` is another site. */
function isSiteRelative(url: string): boolean {
  return url.startsWith("/") && !url.startsWith("//");
}
