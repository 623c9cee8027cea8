/**
 * The one place where HTML from content enters a page unescaped: the article
 * body as rendered by the locked-down markdown-it in scripts/render/markdown.ts.
 * A test fails if `{ html: … }` appears in any other template.
 */
import type { RenderedMarkdown } from "../../scripts/render/body.ts";

export function TrustedHtml({ body }: { body: RenderedMarkdown }): JSX.Element {
  return { html: body.renderedMarkdown };
}
