import type { FrameData } from "../../scripts/render/page-data.ts";
import type { Direction, Language } from "../../scripts/text/languages.ts";

/** Attributes that switch a block back to the site's language inside a page in another language. */
export function siteLanguageAttributes(data: FrameData, pageLang: Language): { lang?: Language; dir?: Direction } {
  const { language } = data.newsroom.site;
  return pageLang === language ? {} : { lang: language, dir: "rtl" };
}
