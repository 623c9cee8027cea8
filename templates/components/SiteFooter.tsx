import type { SiteData } from "../types.ts";
import type { Language } from "../../scripts/content/schema.ts";
import { paths } from "../../scripts/site/urls.ts";
import { formatterFor } from "../../scripts/render/format.ts";
import { stringsFor } from "../strings/index.ts";
import { siteLanguageAttributes } from "./Document.tsx";

export function SiteFooter({ data, pageLang }: { data: SiteData; pageLang: Language }): JSX.Element {
  const { site, urls } = data.newsroom;
  const t = stringsFor(site.language);
  const year = formatterFor(site, site.language).year(new Date());
  return (
    <footer class="site-footer" {...siteLanguageAttributes(data, pageLang)}>
      <p>
        <a href={urls.href(paths.home())}>{site.name}</a> © {year} · {t.footerNote}
      </p>
      <p>
        <a href={urls.href(paths.feed())}>{t.feed}</a>
      </p>
    </footer>
  );
}
