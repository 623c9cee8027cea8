/** The site's name and the section navigation, at the top of every page. */
import type { FrameData } from "../../scripts/render/page-data.ts";
import type { Language } from "../../scripts/content/schema.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { siteLanguageAttributes } from "./site-language.ts";

export function Masthead({ data, pageLang }: { data: FrameData; pageLang: Language }): JSX.Element {
  const { site, urls, sections } = data.newsroom;
  const t = stringsFor(site.language);
  const current = data.page.url;
  return (
    <header class="masthead" {...siteLanguageAttributes(data, pageLang)}>
      <div class="masthead-inner">
        <a
          class="masthead-name"
          href={urls.href(paths.home())}
          {...(current === "/" ? { "aria-current": "page" } : {})}
        >
          {/* Beside the name, which says the same: no alternative text of its own. */}
          {data.assets.mastheadLogo ? (
            <img class="masthead-logo" src={urls.href(data.assets.mastheadLogo)} alt="" width="40" height="40" />
          ) : null}
          {site.name}
        </a>
        <p class="masthead-tagline">{site.tagline}</p>
        <a
          class="masthead-search"
          href={urls.href(paths.search())}
          {...(current === paths.search() ? { "aria-current": "page" } : {})}
        >
          {t.search}
        </a>
      </div>
      <nav class="sections-nav" aria-label={t.sectionsNav}>
        <ul>
          {sections.map((section) => {
            const path = paths.section(section.id);
            return (
              <li>
                <a href={urls.href(path)} {...(current === path ? { "aria-current": "page" } : {})}>
                  {section.name}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
