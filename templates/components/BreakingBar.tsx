/** The site-wide "عاجل" bar above the masthead, linked to the story, while it runs. No script: the scheduled rebuild ends it. */
import type { FrameData } from "../../scripts/render/page-data.ts";
import type { Language } from "../../scripts/content/schema.ts";
import { stringsFor } from "../strings/index.ts";
import { siteLanguageAttributes } from "./site-language.ts";

export function BreakingBar({ data, pageLang }: { data: FrameData; pageLang: Language }): JSX.Element {
  const { breaking, site, urls } = data.newsroom;
  if (!breaking) return null;
  const t = stringsFor(site.language);
  return (
    <aside class="breaking-bar" aria-label={t.breaking} {...siteLanguageAttributes(data, pageLang)}>
      <p>
        <strong class="breaking-label">{t.breaking}</strong>{" "}
        {breaking.path ? <a href={urls.href(breaking.path)}>{breaking.text}</a> : <span>{breaking.text}</span>}
      </p>
    </aside>
  );
}
