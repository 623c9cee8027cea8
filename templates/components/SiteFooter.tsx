/**
 * The footer of every page: the sections, the publication's own pages (about, standards,
 * corrections policy, privacy, contact: content/pages/) and the feeds, then the copyright line.
 */
import type { FrameData } from "../../scripts/render/page-data.ts";
import type { Language } from "../../scripts/content/schema.ts";
import { paths } from "../../scripts/site/urls.ts";
import { fill } from "../../scripts/text/format.ts";
import { stringsFor } from "../strings/index.ts";
import { siteLanguageAttributes } from "./site-language.ts";

export function SiteFooter({ data, pageLang }: { data: FrameData; pageLang: Language }): JSX.Element {
  const { site, urls, copyrightYear, sections, pageLinks, feeds } = data.newsroom;
  const t = stringsFor(site.language);
  const feed = feeds[0]!;
  // One landmark for all three groups: a second "sections" navigation would repeat the masthead's name.
  return (
    <footer class="site-footer" {...siteLanguageAttributes(data, pageLang)}>
      <nav class="footer-links" aria-label={t.footerNav}>
        <div>
          <h2>{t.sectionsNav}</h2>
          <ul>
            {sections.map((section) => (
              <li>
                <a href={urls.href(paths.section(section.id))}>{section.name}</a>
              </li>
            ))}
          </ul>
        </div>
        {pageLinks.length ? (
          <div>
            <h2>{fill(t.footerAbout, { site: site.name })}</h2>
            <ul>
              {pageLinks.map((link) => (
                <li>
                  <a href={urls.href(link.path)}>{link.title}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div>
          <h2>{t.footerFollow}</h2>
          <ul>
            <li>
              <a href={urls.href(feed.atomPath)}>{t.feedAtom}</a>
            </li>
            <li>
              <a href={urls.href(feed.jsonPath)}>{t.feedJson}</a>
            </li>
          </ul>
        </div>
      </nav>
      <p>
        <a href={urls.href(paths.home())}>{site.name}</a> © {copyrightYear} · {t.footerNote}
      </p>
    </footer>
  );
}
