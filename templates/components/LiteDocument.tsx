/**
 * The page shell of the text-only version: no webfont, no pictures, one
 * small stylesheet, the site's name and a way back to the full article.
 */
import type { FrameData } from "../../scripts/render/page-data.ts";
import type { Direction, Language } from "../../scripts/content/schema.ts";
import { metaContentSecurityPolicy } from "../../scripts/site/security.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { Doctype } from "./Doctype.tsx";
import { siteLanguageAttributes } from "./site-language.ts";

export interface LiteDocumentProps {
  data: FrameData;
  lang: Language;
  dir: Direction;
  title: string;
  description: string;
  /** The full version's path: the canonical URL and the link back. */
  fullPath: string;
  children: JSX.Children;
}

export function LiteDocument({
  data,
  lang,
  dir,
  title,
  description,
  fullPath,
  children,
}: LiteDocumentProps): JSX.Element {
  const { site, urls } = data.newsroom;
  const t = stringsFor(lang);
  return (
    <>
      <Doctype />
      <html lang={lang} dir={dir}>
        <head>
          <meta charset="utf-8" />
          <meta http-equiv="Content-Security-Policy" content={metaContentSecurityPolicy(site)} />
          <meta name="viewport" content="width=device-width,initial-scale=1" />
          <title>{`${title} | ${site.name} (${t.liteVersion})`}</title>
          <meta name="description" content={description} />
          {/* Search engines should list the full article, not this copy. */}
          <link rel="canonical" href={urls.absolute(fullPath)} />
          <link rel="icon" href={urls.href(paths.favicon())} type="image/svg+xml" />
          <link rel="stylesheet" href={urls.href(data.assets.liteStylesheet[dir])} />
        </head>
        <body>
          <header class="lite-header">
            <a class="lite-name" href={urls.href(paths.home())} {...siteLanguageAttributes(data, lang)}>
              {site.name}
            </a>
            <a href={urls.href(fullPath)}>{t.fullVersion}</a>
          </header>
          <main id="content">{children}</main>
          <footer class="lite-footer">
            <a href={urls.href(fullPath)}>{t.fullVersion}</a>
            {/* The corrections policy and the rest are a reader's right on every copy; they have no lite copy of their own. */}
            {data.newsroom.pageLinks.map((link) => (
              <a href={urls.href(link.path)} {...siteLanguageAttributes(data, lang)}>
                {link.title}
              </a>
            ))}
          </footer>
        </body>
      </html>
    </>
  );
}
