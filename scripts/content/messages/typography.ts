/** The typography lint's warnings (scripts/content/lint/): they never stop a build. */
import { iso, type Texts } from "./speak.ts";

const MARKS = {
  ",": { en: "comma", ar: "الفاصلة", fr: "virgule", arabic: "،" },
  ";": { en: "semicolon", ar: "الفاصلة المنقوطة", fr: "point-virgule", arabic: "؛" },
  "?": { en: "question mark", ar: "علامة الاستفهام", fr: "point d'interrogation", arabic: "؟" },
};

export type LatinMark = keyof typeof MARKS;

export const TYPOGRAPHY_MESSAGES = {
  latinPunctuation: ({ mark, word }: { mark: LatinMark; word: string }): Texts => {
    const name = MARKS[mark];
    return {
      en: `Latin ${name.en} (${mark}) after "${word}" in Arabic text. Use the Arabic ${name.en} (${name.arabic}) instead.`,
      ar: `${name.ar} اللاتينية (${iso(mark)}) بعد «${word}» في نص عربي. استعمل ${name.ar} العربية (${name.arabic}) بدلًا منها.`,
      fr: `${name.fr[0]!.toUpperCase()}${name.fr.slice(1)} latin (${mark}) après "${word}" dans un texte arabe. Utilisez le signe arabe (${name.arabic}) à la place.`,
    };
  },
  tatweel: ({ word }: { word: string }): Texts => ({
    en: `"${word}" is stretched with tatweel (ـ). Delete the ـ: it stops readers finding the word by search.`,
    ar: `«${word}» ممدودة بالتطويل (ـ). احذف ـ: فهو يمنع القراء من إيجاد الكلمة بالبحث.`,
    fr: `"${word}" est allongé par un tatweel (ـ). Supprimez le ـ : il empêche les lecteurs de trouver le mot par la recherche.`,
  }),
  doubledSpaces: ({ count, word }: { count: number; word: string }): Texts => ({
    en: `${count} spaces in a row${word ? ` after "${word}"` : ""}. Use a single space between words.`,
    ar: `${iso(count)} مسافات متتالية${word ? ` بعد «${word}»` : ""}. اترك مسافة واحدة بين الكلمات.`,
    fr: `${count} espaces à la suite${word ? ` après "${word}"` : ""}. Laissez une seule espace entre les mots.`,
  }),
  mixedDigits: ({ minority, line, site }: { minority: "arab" | "latn"; line: number; site: "arab" | "latn" }): Texts => {
    const names = {
      arab: { en: "Arabic-Indic digits (٠-٩)", ar: "الأرقام الهندية (٠-٩)", fr: "Chiffres arabes orientaux (٠-٩)" },
      latn: { en: "Western digits (0-9)", ar: `الأرقام العربية الغربية (${iso("0-9")})`, fr: "Chiffres occidentaux (0-9)" },
    };
    const other = minority === "arab" ? "latn" : "arab";
    const setting = site === "latn" ? "0-9" : "٠-٩";
    return {
      en: `${names[minority].en} here, but ${names[other].en} elsewhere (first on line ${line}). Use one kind of digits throughout the article; the site's setting is ${setting}.`,
      ar: `${names[minority].ar} هنا، و${names[other].ar} في موضع آخر (أوله في السطر ${iso(line)}). استعمل نوعًا واحدًا من الأرقام في المقال كله؛ إعداد الموقع ${iso(setting)}.`,
      fr: `${names[minority].fr} ici, mais ${names[other].fr.toLowerCase()} ailleurs (d'abord ligne ${line}). Utilisez une seule sorte de chiffres dans tout l'article ; le réglage du site est ${setting}.`,
    };
  },
  imageWithoutAlt: (): Texts => ({
    en: "An image without alt text. Write what it shows between the square brackets, e.g. ![متطوعون ينظفون ضفة النهر](/images/river.jpg).",
    ar: `صورة بلا وصف. اكتب ما تظهره بين القوسين المربعين، مثل ${iso("![متطوعون ينظفون ضفة النهر](/images/river.jpg)")}.`,
    fr: "Une image sans texte alternatif. Écrivez ce qu'elle montre entre les crochets, par exemple ![متطوعون ينظفون ضفة النهر](/images/river.jpg).",
  }),
  longHeadline: ({ length, max }: { length: number; max: number }): Texts => ({
    en: `The headline is ${length} characters long. Keep it to ${max} or fewer: longer headlines are cut off in search results and when shared.`,
    ar: `طول العنوان ${iso(length)} حرفًا. اجعله ${iso(max)} حرفًا أو أقل: العناوين الأطول تُقص في نتائج البحث وعند المشاركة.`,
    fr: `Le titre fait ${length} caractères. Limitez-le à ${max} : les titres plus longs sont coupés dans les résultats de recherche et les partages.`,
  }),
  unusedReference: ({ label }: { label: string }): Texts => ({
    en: `The reference "[${label}]" is defined here but no link uses it, so its address is not on the page. Link to it with [text][${label}], or delete the line.`,
    ar: `المرجع ${iso(`"[${label}]"`)} معرَّف هنا ولا يستعمله أي رابط، فلن يظهر عنوانه في الصفحة. اربط به بكتابة ${iso(`[نص][${label}]`)}، أو احذف السطر.`,
    fr: `La référence "[${label}]" est définie ici mais aucun lien ne l'utilise : son adresse n'est pas sur la page. Liez-la avec [texte][${label}], ou supprimez la ligne.`,
  }),
  duplicateReference: ({ label, first }: { label: string; first: string }): Texts => ({
    en: `"[${label}]" is defined a second time; links use only the first definition ([${first}]:), so this address is not on the page. Remove one of the two, or give this one its own label.`,
    ar: `${iso(`"[${label}]"`)} معرَّف مرة ثانية؛ الروابط لا تستعمل إلا التعريف الأول (${iso(`[${first}]:`)})، فلن يظهر هذا العنوان في الصفحة. احذف أحدهما، أو أعطِ هذا تسمية خاصة به.`,
    fr: `"[${label}]" est défini une seconde fois ; les liens n'utilisent que la première définition ([${first}]:), donc cette adresse n'est pas sur la page. Supprimez l'une des deux, ou donnez à celle-ci son propre nom.`,
  }),
  moreWarnings: ({ rest }: { rest: number }): Texts => ({
    en: `and ${rest.toLocaleString("en")} more typography warning${rest === 1 ? "" : "s"} from here on, not listed. Fix the ones above and check again.`,
    ar: `ومن هنا ${iso(rest.toLocaleString("en"))} تنبيهات طباعية أخرى لم تُذكر. أصلح ما فوقها ثم افحص من جديد.`,
    fr: `et ${rest.toLocaleString("fr")} autre${rest === 1 ? "" : "s"} avertissement${rest === 1 ? "" : "s"} typographique${rest === 1 ? "" : "s"} à partir d'ici, non listé${rest === 1 ? "" : "s"}. Corrigez ceux du dessus et vérifiez à nouveau.`,
  }),
};
