/**
 * Open Graph and Twitter card tags, on every page that has a canonical URL.
 * An article shows its photo or its share card (scripts/render/share-image.ts);
 * any other page the publisher's logo, so a shared link never comes out blank.
 */
import type { Language } from "../../scripts/content/schema.ts";
import type { FrameModel } from "../../scripts/site/model.ts";

const OG_LOCALES: Record<Language, string> = { ar: "ar_AR", en: "en_US", fr: "fr_FR" };

export interface SocialCardsProps {
  newsroom: FrameModel;
  type: "website" | "article";
  lang: Language;
  title: string;
  description: string;
  path: string;
  /** The page's own picture (absolute URL, alt text and size); the logo otherwise. */
  image?: { url: string; alt: string; width: number; height: number };
}

export function SocialCards({ newsroom, type, lang, title, description, path, image }: SocialCardsProps): JSX.Element {
  const { site, urls } = newsroom;
  const picture = image ?? {
    url: urls.absolute(site.logo.src),
    alt: site.name,
    width: site.logo.width,
    height: site.logo.height,
  };
  return (
    <>
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:locale" content={OG_LOCALES[lang]} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={urls.absolute(path)} />
      <meta property="og:image" content={picture.url} />
      <meta property="og:image:alt" content={picture.alt} />
      <meta property="og:image:width" content={String(picture.width)} />
      <meta property="og:image:height" content={String(picture.height)} />
      {/* A large card for a story's photo or share card; the square logo suits the small one. */}
      <meta name="twitter:card" content={image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={picture.url} />
      <meta name="twitter:image:alt" content={picture.alt} />
    </>
  );
}
