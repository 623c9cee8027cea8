/**
 * What the build says about a picture it cannot read: a journalist's upload that is not a picture
 * (a phone's HEIC renamed .jpg, a document, a file cut short), named as the article names it.
 */
import { iso, type Texts } from "./speak.ts";

export const PICTURE_MESSAGES = {
  pictureUnreadable: ({ file, reason }: { file: string; reason: string }): Texts => ({
    en: `${file} cannot be read as a picture (${reason}). Save it again as JPEG, PNG, WebP or AVIF under the same name, or take it out of the article; nothing was published.`,
    ar: `تعذّرت قراءة ${iso(file)} صورةً (${iso(reason)}). احفظها من جديد بصيغة JPEG أو PNG أو WebP أو AVIF بالاسم نفسه، أو احذفها من المقال؛ لم يُنشر شيء.`,
    fr: `${file} ne peut pas être lu comme une image (${reason}). Enregistrez-la de nouveau en JPEG, PNG, WebP ou AVIF sous le même nom, ou retirez-la de l'article ; rien n'a été publié.`,
  }),
};
