/**
 * What `npm run new` says when its options cannot make an article: each refusal says what to type
 * instead. Option names, ids and the command line stay as typed.
 */
import { iso, type Texts } from "./speak.ts";

const suggested = (suggestion: string | undefined, shown = (s: string) => `"${s}"`): Texts =>
  suggestion
    ? {
        en: ` Did you mean ${shown(suggestion)}?`,
        ar: ` هل تقصد ${iso(shown(suggestion))}؟`,
        fr: ` Vouliez-vous dire ${shown(suggestion)} ?`,
      }
    : { en: "", ar: "", fr: "" };

export const NEW_ARTICLE_MESSAGES = {
  newUsage: ({ usage }: { usage: string }): Texts => ({
    en: `Usage: ${usage}`,
    ar: `الاستعمال: ${iso(usage)}`,
    fr: `Usage : ${usage}`,
  }),
  unknownOption: ({ option, suggestion }: { option: string; suggestion?: string | undefined }): Texts => {
    const mean = suggested(suggestion, (s) => `--${s}`);
    return {
      en: `Unknown option ${option}.${mean.en}`,
      ar: `الخيار ${iso(option)} غير معروف.${mean.ar}`,
      fr: `Option inconnue ${option}.${mean.fr}`,
    };
  },
  badOption: ({ problem }: { problem: string }): Texts => ({
    en: problem,
    ar: `خيارات الأمر غير سليمة: ${iso(problem)}`,
    fr: `Options incorrectes : ${problem}`,
  }),
  missingDashes: (): Texts => ({
    en: "Put -- between npm run new and the options, so npm passes them on:",
    ar: `ضع ${iso("--")} بين ${iso("npm run new")} والخيارات، لكي يمررها npm:`,
    fr: "Mettez -- entre npm run new et les options, pour que npm les transmette :",
  }),
  giveTitle: ({ example }: { example: string }): Texts => ({
    en: `Give the headline with --title, e.g. ${example}`,
    ar: `اكتب العنوان بعد ${iso("--title")}، مثل ${iso(example)}`,
    fr: `Donnez le titre avec --title, par exemple ${example}`,
  }),
  giveSection: ({ sections }: { sections: string }): Texts => ({
    en: `Give the section with --section. Sections: ${sections}.`,
    ar: `اكتب القسم بعد ${iso("--section")}. الأقسام: ${iso(sections)}.`,
    fr: `Donnez la rubrique avec --section. Rubriques : ${sections}.`,
  }),
  newUnknownSection: ({ value, suggestion, sections, file }: { value: string; suggestion?: string | undefined; sections: string; file: string }): Texts => {
    const mean = suggested(suggestion);
    return {
      en: `"${value}" is not a section.${mean.en} Sections: ${sections} (see ${file}).`,
      ar: `${iso(`"${value}"`)} ليس قسمًا.${mean.ar} الأقسام: ${iso(sections)} (انظر ${iso(file)}).`,
      fr: `"${value}" n'est pas une rubrique.${mean.fr} Rubriques : ${sections} (voir ${file}).`,
    };
  },
  giveAuthor: ({ authors, file }: { authors: string; file: string }): Texts => ({
    en: `Give the author with --author (your id in authors.yaml). Authors: ${authors} (see ${file}).`,
    ar: `اكتب الكاتب بعد ${iso("--author")} (معرّفك في ${iso("authors.yaml")}). الكتّاب: ${iso(authors)} (انظر ${iso(file)}).`,
    fr: `Donnez l'auteur avec --author (votre identifiant dans authors.yaml). Auteurs : ${authors} (voir ${file}).`,
  }),
  newUnknownAuthor: ({ value, suggestion, authors, file }: { value: string; suggestion?: string | undefined; authors: string; file: string }): Texts => {
    const mean = suggested(suggestion);
    return {
      en: `"${value}" is not an author.${mean.en} Authors: ${authors} (see ${file}).`,
      ar: `${iso(`"${value}"`)} ليس كاتبًا.${mean.ar} الكتّاب: ${iso(authors)} (انظر ${iso(file)}).`,
      fr: `"${value}" n'est pas un auteur.${mean.fr} Auteurs : ${authors} (voir ${file}).`,
    };
  },
  slugInUse: ({ slug, file, free }: { slug: string; file: string; free: string }): Texts => ({
    en: `"${slug}" is already the slug of ${file}. Choose another with --slug, e.g. --slug ${free}.`,
    ar: `${iso(`"${slug}"`)} هو الاسم المختصر للمقال ${iso(file)}. اختر غيره بـ ${iso("--slug")}، مثل ${iso(`--slug ${free}`)}.`,
    fr: `"${slug}" est déjà le slug de ${file}. Choisissez-en un autre avec --slug, par exemple --slug ${free}.`,
  }),
  fileExists: ({ file }: { file: string }): Texts => ({
    en: `${file} already exists. Choose another slug with --slug.`,
    ar: `${iso(file)} موجود من قبل. اختر اسمًا مختصرًا آخر بـ ${iso("--slug")}.`,
    fr: `${file} existe déjà. Choisissez un autre slug avec --slug.`,
  }),
  headlineNoLetters: (): Texts => ({
    en: "The headline has no letters to make a web address from. Add --slug with a few words.",
    ar: `ليس في العنوان حروف يُصنع منها عنوان الصفحة. أضف ${iso("--slug")} ببضع كلمات.`,
    fr: "Le titre n'a pas de lettres dont faire une adresse. Ajoutez --slug avec quelques mots.",
  }),
  slugNotUrl: ({ slug, suggestion }: { slug: string; suggestion?: string | undefined }): Texts => {
    const mean = suggested(suggestion, (s) => `--slug ${s}`);
    return {
      en: `--slug "${slug}" cannot be used in a web address: use lowercase Latin letters, digits and single hyphens.${mean.en}`,
      ar: `${iso(`--slug "${slug}"`)} لا يصلح في عنوان صفحة: استعمل حروفًا لاتينية صغيرة وأرقامًا وشرطات مفردة.${mean.ar}`,
      fr: `--slug "${slug}" ne peut pas servir dans une adresse : utilisez des lettres latines minuscules, des chiffres et des tirets simples.${mean.fr}`,
    };
  },
  arabicHeadlineNeedsSlug: (): Texts => ({
    en: "The headline is in Arabic, and a web address cannot be made from Arabic letters automatically. Add --slug with a few lowercase English words that say what the story is about, e.g. --slug gold-prices-rise.",
    ar: `العنوان بالعربية، ولا يُصنع عنوان الصفحة من الحروف العربية تلقائيًا. أضف ${iso("--slug")} ببضع كلمات إنجليزية صغيرة الحروف تقول موضوع الخبر، مثل ${iso("--slug gold-prices-rise")}.`,
    fr: "Le titre est en arabe, et une adresse ne peut pas être faite automatiquement de lettres arabes. Ajoutez --slug avec quelques mots anglais en minuscules qui disent le sujet, par exemple --slug gold-prices-rise.",
  }),
};
