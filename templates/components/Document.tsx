/** The page shell shared by every HTML page: head, masthead, main, footer. */
import type { FrameData } from "../../scripts/render/page-data.ts";
import type { Direction, Language } from "../../scripts/content/schema.ts";
import { metaContentSecurityPolicy } from "../../scripts/site/security.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { isolatePlain } from "../../scripts/text/bidi.ts";
import { Doctype } from "./Doctype.tsx";
import { Masthead } from "./Masthead.tsx";
import { SiteFooter } from "./SiteFooter.tsx";
import { FeedLinks } from "./FeedLinks.tsx";
import { BreakingBar } from "./BreakingBar.tsx";

export interface DocumentProps {
  data: FrameData;
  /** The page's own language and direction (an English article is ltr). */
  lang: Language;
  dir: Direction;
  /** The text of <title> before the site's name; omitted on the home page. */
  title?: string;
  description: string;
  /** The page's path, for its canonical URL; omitted on pages that have none (404). */
  path?: string;
  /** Extra <head> elements: social cards, structured data, pagination links. */
  head?: JSX.Element;
  children: JSX.Children;
}

export function Document({ data, lang, dir, title, description, path, head, children }: DocumentProps): JSX.Element {
  const { site, urls, mode } = data.newsroom;
  const t = stringsFor(lang);
  return (
    <>
      <Doctype />
      <html lang={lang} dir={dir}>
        <head>
          <meta charset="utf-8" />
          <meta http-equiv="Content-Security-Policy" content={metaContentSecurityPolicy(site)} />
          <meta name="viewport" content="width=device-width,initial-scale=1" />
          {/* A <title> cannot hold markup, so Unicode isolates keep "Apple (iOS 18.2)" in order there. */}
          <title>{isolatePlain(title ? `${title} | ${site.name}` : `${site.name}: ${site.tagline}`, dir)}</title>
          <meta name="description" content={description} />
          {path ? <link rel="canonical" href={urls.absolute(path)} /> : null}
          {data.assets.fontPreloads.map((font) => (
            <link rel="preload" href={urls.href(font)} as="font" type="font/woff2" crossorigin="anonymous" />
          ))}
          <link rel="stylesheet" href={urls.href(data.assets.stylesheet[dir])} />
          <link rel="icon" href={urls.href(paths.favicon())} type="image/svg+xml" />
          <FeedLinks data={data} channel={data.newsroom.feeds[0]!} />
          {mode === "preview" ? <meta name="robots" content="noindex" /> : null}
          {head}
        </head>
        <body>
          <a class="skip-link" href="#content">
            {t.skipToContent}
          </a>
          <BreakingBar data={data} pageLang={lang} />
          <Masthead data={data} pageLang={lang} />
          <main id="content" tabindex="-1">
            {children}
          </main>
          <SiteFooter data={data} pageLang={lang} />
        </body>
      </html>
    </>
  );
}
