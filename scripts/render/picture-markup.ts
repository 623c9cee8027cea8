/**
 * The attributes of a <picture> and its <img>, shared by the lead image
 * (printed by a TSX component) and body images (printed by the Markdown
 * renderer), so both carry the same srcset, sizes and dimensions.
 */
import type { Urls } from "../site/urls.ts";
import { COLUMN_SIZES, type Candidate, type Picture } from "./page-data.ts";

export interface PictureMarkup {
  sources: { type: string; srcset: string; sizes: string }[];
  img: { src: string; srcset?: string; sizes?: string; width: number; height: number };
}

export function pictureMarkup(picture: Picture, urls: Urls, sizes = COLUMN_SIZES): PictureMarkup {
  const srcset = (candidates: Candidate[]) => candidates.map((c) => `${urls.href(c.path)} ${c.width}w`).join(", ");
  const fallback = picture.fallback.candidates;
  return {
    sources: picture.sources.map((s) => ({ type: s.type, srcset: srcset(s.candidates), sizes })),
    img: {
      // The smallest fallback as src: browsers without srcset are old and small.
      src: urls.href(fallback[0]!.path),
      ...(fallback.length > 1 ? { srcset: srcset(fallback), sizes } : {}),
      width: picture.width,
      height: picture.height,
    },
  };
}
