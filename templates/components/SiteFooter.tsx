import type { FrameData } from "../../scripts/render/page-data.ts";
import type { Language } from "../../scripts/content/schema.ts";
import { paths } from "../../scripts/site/urls.ts";
import { stringsFor } from "../strings/index.ts";
import { siteLanguageAttributes } from "./site-language.ts";

export function SiteFooter({ data, pageLang }: { data: FrameData; pageLang: Language }): JSX.Element {
  const { site, urls, copyrightYear } = data.newsroom;
  const t = stringsFor(site.language);
  return (
    <footer class="site-footer" {...siteLanguageAttributes(data, pageLang)}>
      <p>
        <a href={urls.href(paths.home())}>{site.name}</a> © {copyrightYear} · {t.footerNote}
      </p>
      <p>
        <a href={urls.href(paths.feed())}>{t.feed}</a>
      </p>
    </footer>
  );
}
