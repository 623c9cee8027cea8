/**
 * What the check says about the site's own files: site.yaml, sections.yaml, authors.yaml,
 * front-page.yaml and tags written two ways. Each message follows the field's name, as the
 * article messages do; what the editor typed is isolated (`iso`) and left exactly as typed.
 */
import { iso, type Texts } from "./speak.ts";

/** What a setting holds, for "is missing. Add …" and "must be …": the phrase in each language. */
const WHAT = {
  httpsAddress: { en: "an https:// address", ar: `عنوانًا يبدأ بـ ${iso("https://")}`, fr: "une adresse https://" },
  logoPath: {
    en: "a path such as /images/logo.png",
    ar: `مسارًا مثل ${iso("/images/logo.png")}`,
    fr: "un chemin comme /images/logo.png",
  },
  width: { en: "the image's width in pixels", ar: "عرض الصورة بالبكسل", fr: "la largeur de l'image en pixels" },
  height: { en: "the image's height in pixels", ar: "ارتفاع الصورة بالبكسل", fr: "la hauteur de l'image en pixels" },
  logoGroup: {
    en: "a group of fields: src, width and height (and masthead), indented under `logo:`",
    ar: `مجموعة حقول: ${iso("src, width, height")} (و${iso("masthead")})، مُزاحة تحت ${iso("`logo:`")}`,
    fr: "un groupe de champs : src, width et height (et masthead), en retrait sous `logo:`",
  },
  publicationName: { en: "the publication's name", ar: "اسم الصحيفة", fr: "le nom de la publication" },
  tagline: { en: "a one-line description", ar: "وصفًا في سطر واحد", fr: "une description d'une ligne" },
  timeZone: {
    en: "an IANA time zone such as Asia/Riyadh",
    ar: `منطقة زمنية باسمها في قائمة ${iso("IANA")} مثل ${iso("Asia/Riyadh")}`,
    fr: "un fuseau horaire IANA comme Asia/Riyadh",
  },
  wholeNumber: { en: "a whole number", ar: "عددًا صحيحًا", fr: "un nombre entier" },
  signupHeading: { en: "the box's heading", ar: "عنوان المربع", fr: "le titre de l'encadré" },
  signupText: {
    en: "a sentence inviting readers to sign up",
    ar: "جملة تدعو القراء إلى الاشتراك",
    fr: "une phrase invitant les lecteurs à s'inscrire",
  },
  button: { en: "the button's label", ar: "نص الزر", fr: "le libellé du bouton" },
  signupGroup: {
    en: "a group of fields: heading, text, action and button",
    ar: `مجموعة حقول: ${iso("heading, text, action, button")}`,
    fr: "un groupe de champs : heading, text, action et button",
  },
  repo: {
    en: "the GitHub repository, e.g. almadar-news/site",
    ar: `مستودع GitHub، مثل ${iso("almadar-news/site")}`,
    fr: "le dépôt GitHub, par exemple almadar-news/site",
  },
  editorGroup: {
    en: "a group of fields: repo, branch and auth, indented under `editor:`",
    ar: `مجموعة حقول: ${iso("repo, branch, auth")}، مُزاحة تحت ${iso("`editor:`")}`,
    fr: "un groupe de champs : repo, branch et auth, en retrait sous `editor:`",
  },
  websubGroup: {
    en: "a group with one field, hub, indented under `websub:`",
    ar: `مجموعة فيها حقل واحد، ${iso("hub")}، مُزاح تحت ${iso("`websub:`")}`,
    fr: "un groupe d'un champ, hub, en retrait sous `websub:`",
  },
  indexNowKey: {
    en: "a key of 8 to 128 letters, digits or hyphens",
    ar: "مفتاحًا من 8 إلى 128 حرفًا لاتينيًا أو رقمًا أو شرطة",
    fr: "une clé de 8 à 128 lettres, chiffres ou tirets",
  },
  indexNowGroup: {
    en: "a group with key (and optionally endpoint), indented under `indexNow:`",
    ar: `مجموعة فيها ${iso("key")} (و${iso("endpoint")} إن شئت)، مُزاحة تحت ${iso("`indexNow:`")}`,
    fr: "un groupe avec key (et éventuellement endpoint), en retrait sous `indexNow:`",
  },
  id: { en: "an id", ar: "معرّفًا", fr: "un identifiant" },
  sectionName: { en: "the section's name", ar: "اسم القسم", fr: "le nom de la rubrique" },
  authorName: { en: "the author's name", ar: "اسم الكاتب", fr: "le nom de l'auteur" },
} satisfies Record<string, Texts>;

export type SettingWhat = keyof typeof WHAT;

/** The list a registry file holds, in each language. */
const LISTS = {
  sections: { en: "sections", ar: "أقسام", fr: "rubriques" },
  authors: { en: "authors", ar: "كتّاب", fr: "auteurs" },
} satisfies Record<string, Texts>;

export const SITE_MESSAGES = {
  settingMissing: ({ what }: { what: SettingWhat }): Texts => ({
    en: `is missing. Add ${WHAT[what].en}.`,
    ar: `غير موجود. أضف ${WHAT[what].ar}.`,
    fr: `manque. Ajoutez ${WHAT[what].fr}.`,
  }),
  settingMustBe: ({ what }: { what: SettingWhat }): Texts => ({
    en: `must be ${WHAT[what].en}.`,
    ar: `يجب أن يكون ${WHAT[what].ar}.`,
    fr: `doit être ${WHAT[what].fr}.`,
  }),
  settingEmpty: (): Texts => ({
    en: "is empty. Write a value after the colon.",
    ar: "فارغ. اكتب قيمة بعد النقطتين (:).",
    fr: "est vide. Écrivez une valeur après les deux-points.",
  }),
  httpsOnly: ({ example }: { example: string }): Texts => ({
    en: `must be a full address starting with https://, e.g. ${example}.`,
    ar: `يجب أن يكون عنوانًا كاملًا يبدأ بـ ${iso("https://")}، مثل ${iso(example)}.`,
    fr: `doit être une adresse complète commençant par https://, par exemple ${example}.`,
  }),
  endsWithSlash: (): Texts => ({
    en: "must end with a slash, e.g. https://example.org/ or https://example.org/news/.",
    ar: `يجب أن ينتهي بشرطة مائلة (/)، مثل ${iso("https://example.org/")} أو ${iso("https://example.org/news/")}.`,
    fr: "doit se terminer par une barre oblique, par exemple https://example.org/ ou https://example.org/news/.",
  }),
  pathUnderImages: ({ endings, example }: { endings: string[]; example: string }): Texts => ({
    en: `must be a path under /images/ ending in ${endings.slice(0, -1).join(", ")} or ${endings.at(-1)}, e.g. ${example}.`,
    ar: `يجب أن يكون مسارًا داخل ${iso("/images/")} ينتهي بـ ${iso(endings.join(", "))}، مثل ${iso(example)}.`,
    fr: `doit être un chemin sous /images/ se terminant par ${endings.slice(0, -1).join(", ")} ou ${endings.at(-1)}, par exemple ${example}.`,
  }),
  wholePixels: (): Texts => ({
    en: "must be a whole number of pixels.",
    ar: "يجب أن يكون عددًا صحيحًا من البكسلات.",
    fr: "doit être un nombre entier de pixels.",
  }),
  logoTooSmall: (): Texts => ({
    en: "must be at least 112 pixels: search engines ignore smaller logos.",
    ar: "يجب ألا يقل عن 112 بكسلًا: محركات البحث تتجاهل الشعارات الأصغر.",
    fr: "doit faire au moins 112 pixels : les moteurs de recherche ignorent les logos plus petits.",
  }),
  arabicOnly: (): Texts => ({
    en: "must be ar: the generator is built for Arabic sites.",
    ar: `يجب أن يكون ${iso("ar")}: هذا المولّد مصنوع للمواقع العربية.`,
    fr: "doit valoir ar : le générateur est fait pour les sites arabes.",
  }),
  notTimeZone: (): Texts => ({
    en: "is not a time zone name. Use an IANA name such as Asia/Riyadh or Africa/Cairo.",
    ar: `ليس اسم منطقة زمنية. استعمل اسمًا من قائمة ${iso("IANA")} مثل ${iso("Asia/Riyadh")} أو ${iso("Africa/Cairo")}.`,
    fr: "n'est pas un nom de fuseau horaire. Utilisez un nom IANA comme Asia/Riyadh ou Africa/Cairo.",
  }),
  digitsChoice: (): Texts => ({
    en: "must be latn (0-9) or arab (٠-٩).",
    ar: `يجب أن يكون ${iso("latn")} (0-9) أو ${iso("arab")} (٠-٩).`,
    fr: "doit valoir latn (0-9) ou arab (٠-٩).",
  }),
  monthNamesChoice: (): Texts => ({
    en: "must be western (يناير), levantine (كانون الثاني) or both.",
    ar: `يجب أن يكون ${iso("western")} (يناير) أو ${iso("levantine")} (كانون الثاني) أو ${iso("both")} (كلاهما).`,
    fr: "doit valoir western (يناير), levantine (كانون الثاني) ou both.",
  }),
  slugsChoice: (): Texts => ({
    en: "must be latin (gold-prices) or arabic (أسعار-الذهب).",
    ar: `يجب أن يكون ${iso("latin")} (${iso("gold-prices")}) أو ${iso("arabic")} (أسعار-الذهب).`,
    fr: "doit valoir latin (gold-prices) ou arabic (أسعار-الذهب).",
  }),
  atLeast: ({ min }: { min: number }): Texts => ({
    en: `must be at least ${min}.`,
    ar: `يجب ألا يقل عن ${iso(min)}.`,
    fr: `doit valoir au moins ${min}.`,
  }),
  atMost: ({ max }: { max: number }): Texts => ({
    en: `must be at most ${max}.`,
    ar: `يجب ألا يزيد على ${iso(max)}.`,
    fr: `doit valoir au plus ${max}.`,
  }),
  repoShape: (): Texts => ({
    en: "must be the repository as owner/name, e.g. almadar-news/site.",
    ar: `يجب أن يكون المستودع على صورة ${iso("owner/name")} (المالك/الاسم)، مثل ${iso("almadar-news/site")}.`,
    fr: "doit être le dépôt sous la forme propriétaire/nom, par exemple almadar-news/site.",
  }),
  branchName: (): Texts => ({
    en: "must be a branch name, e.g. main.",
    ar: `يجب أن يكون اسم فرع، مثل ${iso("main")}.`,
    fr: "doit être un nom de branche, par exemple main.",
  }),
  indexNowKeyShape: (): Texts => ({
    en: "must be 8 to 128 letters, digits or hyphens, e.g. 3f1c9a0b7d2e4f60.",
    ar: `يجب أن يكون من 8 إلى 128 حرفًا لاتينيًا أو رقمًا أو شرطة، مثل ${iso("3f1c9a0b7d2e4f60")}.`,
    fr: "doit compter 8 à 128 lettres, chiffres ou tirets, par exemple 3f1c9a0b7d2e4f60.",
  }),
  idShape: (): Texts => ({
    en: "must be lowercase Latin letters, digits and hyphens, e.g. technology.",
    ar: `يجب أن يتكوّن من حروف لاتينية صغيرة وأرقام وشرطات، مثل ${iso("technology")}.`,
    fr: "doit être en lettres latines minuscules, chiffres et tirets, par exemple technology.",
  }),
  notAFileIn: ({ path, folder, what }: { path: string; folder: string; what: "logo" | "photo" }): Texts => ({
    en: `"${path}" is not a file in ${folder}/. Add the ${what} there or correct the path.`,
    ar: `${iso(`"${path}"`)} ليس ملفًا في ${iso(`${folder}/`)}. ضع ${what === "logo" ? "الشعار" : "الصورة"} هناك أو صحّح المسار.`,
    fr: `"${path}" n'est pas un fichier de ${folder}/. Ajoutez-y ${what === "logo" ? "le logo" : "la photo"} ou corrigez le chemin.`,
  }),
  fileMissing: (): Texts => ({
    en: "This file is missing. Restore it from git: the site cannot be built without it.",
    ar: `هذا الملف غير موجود. استعده من ${iso("git")}: لا يُبنى الموقع بدونه.`,
    fr: "Ce fichier manque. Restaurez-le depuis git : le site ne peut pas être construit sans lui.",
  }),
  folderNotYaml: (): Texts => ({
    en: "is a folder. It must be a YAML file.",
    ar: `مجلد، ويجب أن يكون ملف ${iso("YAML")}.`,
    fr: "est un dossier. Ce doit être un fichier YAML.",
  }),
  settingsYamlMalformed: ({ reason }: { reason: string }): Texts => ({
    en: `The YAML is malformed (${reason}).`,
    ar: `صيغة الملف غير سليمة (${iso(reason)}).`,
    fr: `Le YAML est mal formé (${reason}).`,
  }),
  unknownSettings: ({ keys }: { keys: string[] }): Texts => {
    const listed = keys.map((k) => `"${k}"`).join(", ");
    const many = keys.length > 1;
    return {
      en: `has unknown field${many ? "s" : ""} ${listed}. Remove or rename ${many ? "them" : "it"}.`,
      ar: `فيه ${many ? "حقول غير معروفة" : "حقل غير معروف"}: ${iso(listed)}. احذف${many ? "ها" : "ه"} أو صحّح الاسم.`,
      fr: `a ${many ? "des champs inconnus" : "un champ inconnu"} ${listed}. Supprimez-${many ? "les" : "le"} ou renommez-${many ? "les" : "le"}.`,
    };
  },
  registryNotList: ({ list }: { list: keyof typeof LISTS }): Texts => ({
    en: `The file must be a list of ${LISTS[list].en}, each starting with "- id: ".`,
    ar: `يجب أن يكون الملف قائمة ${LISTS[list].ar}، يبدأ كل عنصر منها بـ ${iso('"- id: "')}.`,
    fr: `Le fichier doit être une liste de ${LISTS[list].fr}, chacun commençant par "- id: ".`,
  }),
  idTwice: ({ id }: { id: string }): Texts => ({
    en: `"${id}" is used twice. Each id must be unique.`,
    ar: `${iso(`"${id}"`)} مستعمل مرتين. يجب أن يكون كل معرّف فريدًا.`,
    fr: `"${id}" est utilisé deux fois. Chaque identifiant doit être unique.`,
  }),
  tagSpelling: ({ tag, shown, mine, theirs }: { tag: string; shown: string; mine: string; theirs: string }): Texts => {
    // The code points one spelling has and the other lacks: the difference an editor cannot see.
    const differs = {
      en: mine && theirs ? `it has ${mine} where that has ${theirs}` : mine ? `it has ${mine}` : `it lacks ${theirs}`,
      ar: mine && theirs ? `فيه ${iso(mine)} مكان ${iso(theirs)}` : mine ? `فيه ${iso(mine)}` : `ينقصه ${iso(theirs)}`,
      fr: mine && theirs ? `il a ${mine} là où l'autre a ${theirs}` : mine ? `il a ${mine}` : `il lui manque ${theirs}`,
    };
    return {
      en: `"${tag}" is another spelling of the tag "${shown}" (${differs.en}): the two look alike and are one tag, shown as "${shown}". Write "${shown}" here.`,
      ar: `${iso(`"${tag}"`)} كتابة أخرى للوسم ${iso(`"${shown}"`)} (${differs.ar}): يبدوان متطابقين وهما وسم واحد يظهر هكذا: ${iso(`"${shown}"`)}. اكتب ${iso(`"${shown}"`)} هنا.`,
      fr: `"${tag}" est une autre graphie du mot-clé "${shown}" (${differs.fr}) : les deux se ressemblent et sont un seul mot-clé, affiché "${shown}". Écrivez "${shown}" ici.`,
    };
  },
  // front-page.yaml
  pinShape: (): Texts => ({
    en: "must be a pinned story. Write it as `article: the-article-slug`, with `until: 2026-12-06T18:00:00+03:00` under it if the pin should end.",
    ar: `يجب أن يكون خبرًا مثبّتًا. اكتبه هكذا: ${iso("`article: the-article-slug`")}، وتحته ${iso("`until: 2026-12-06T18:00:00+03:00`")} إن كان للتثبيت نهاية.`,
    fr: "doit être un article épinglé. Écrivez-le `article: the-article-slug`, avec `until: 2026-12-06T18:00:00+03:00` dessous si l'épinglage doit finir.",
  }),
  pinArticleMissing: (): Texts => ({
    en: "is missing. Add `article: the-article-slug`.",
    ar: `غير موجود. أضف ${iso("`article: the-article-slug`")}.`,
    fr: "manque. Ajoutez `article: the-article-slug`.",
  }),
  pinArticleShape: (): Texts => ({
    en: "must be an article's slug, e.g. `article: gold-prices-rise`.",
    ar: `يجب أن يكون الاسم المختصر لمقال، مثل ${iso("`article: gold-prices-rise`")}.`,
    fr: "doit être le slug d'un article, par exemple `article: gold-prices-rise`.",
  }),
  pinTimeShape: ({ example }: { example: string }): Texts => ({
    en: `must be a time such as ${example}.`,
    ar: `يجب أن يكون وقتًا مثل ${iso(example)}.`,
    fr: `doit être une heure comme ${example}.`,
  }),
  breakingShape: ({ needs }: { needs: "group" | "lineOrStory" }): Texts => {
    const shape = {
      en: "Write `until: 2026-12-05T18:00:00+03:00` with `article: the-article-slug` or `text: نص الخبر العاجل` (or both), indented under `breaking:`.",
      ar: `اكتب ${iso("`until: 2026-12-05T18:00:00+03:00`")} مع ${iso("`article: the-article-slug`")} أو ${iso("`text: نص الخبر العاجل`")} (أو كليهما)، مُزاحة تحت ${iso("`breaking:`")}.`,
      fr: "Écrivez `until: 2026-12-05T18:00:00+03:00` avec `article: the-article-slug` ou `text: نص الخبر العاجل` (ou les deux), en retrait sous `breaking:`.",
    };
    return needs === "group"
      ? { en: `must be a group of fields. ${shape.en}`, ar: `يجب أن يكون مجموعة حقول. ${shape.ar}`, fr: `doit être un groupe de champs. ${shape.fr}` }
      : { en: `needs a line or a story. ${shape.en}`, ar: `يحتاج إلى سطر أو خبر. ${shape.ar}`, fr: `a besoin d'une ligne ou d'un article. ${shape.fr}` };
  },
  breakingText: (): Texts => ({
    en: "must be text: the line the bar shows.",
    ar: "يجب أن يكون نصًا: السطر الذي يعرضه الشريط.",
    fr: "doit être du texte : la ligne que le bandeau affiche.",
  }),
  breakingTextEmpty: (): Texts => ({
    en: "is empty. Write the line after the colon.",
    ar: "فارغ. اكتب السطر بعد النقطتين (:).",
    fr: "est vide. Écrivez la ligne après les deux-points.",
  }),
  breakingUntilMissing: (): Texts => ({
    en: "is missing: a breaking bar always ends. Add `until: 2026-12-05T18:00:00+03:00`.",
    ar: `غير موجود: لشريط الخبر العاجل نهاية دائمًا. أضف ${iso("`until: 2026-12-05T18:00:00+03:00`")}.`,
    fr: "manque : un bandeau d'alerte finit toujours. Ajoutez `until: 2026-12-05T18:00:00+03:00`.",
  }),
  topList: (): Texts => ({
    en: 'must be a list of pinned stories, each starting with "- article: ".',
    ar: `يجب أن يكون قائمة أخبار مثبّتة، يبدأ كل منها بـ ${iso('"- article: "')}.`,
    fr: 'doit être une liste d\'articles épinglés, chacun commençant par "- article: ".',
  }),
  topTooMany: ({ slots }: { slots: number }): Texts => ({
    en: `has more than ${slots} stories: the home page has ${slots} top-story slots. Remove the extra ones.`,
    ar: `فيه أكثر من ${iso(slots)} أخبار، وللصفحة الرئيسية ${iso(slots)} أماكن للأخبار البارزة. احذف الزائد.`,
    fr: `a plus de ${slots} articles : la page d'accueil a ${slots} emplacements à la une. Retirez ceux en trop.`,
  }),
  sectionList: (): Texts => ({
    en: "must be a list of section ids, e.g. `sections: [economy, technology]`.",
    ar: `يجب أن يكون قائمة بمعرّفات الأقسام، مثل ${iso("`sections: [economy, technology]`")}.`,
    fr: "doit être une liste d'identifiants de rubriques, par exemple `sections: [economy, technology]`.",
  }),
  frontPageFields: (): Texts => ({
    en: "must be fields breaking, lead, top and sections.",
    ar: `يجب أن يتكوّن من الحقول ${iso("breaking, lead, top, sections")}.`,
    fr: "doit être formé des champs breaking, lead, top et sections.",
  }),
  pinUnknown: ({ slug, suggestion }: { slug: string; suggestion?: string | undefined }): Texts => ({
    en: `"${slug}" is not the slug of any article.${suggestion ? ` Did you mean "${suggestion}"?` : ""} Check the spelling against the file names in content/articles/.`,
    ar: `${iso(`"${slug}"`)} ليس الاسم المختصر لأي مقال.${suggestion ? ` هل تقصد ${iso(`"${suggestion}"`)}؟` : ""} قارن الكتابة بأسماء الملفات في ${iso("content/articles/")}.`,
    fr: `"${slug}" n'est le slug d'aucun article.${suggestion ? ` Vouliez-vous dire "${suggestion}" ?` : ""} Vérifiez l'orthographe d'après les noms de fichiers de content/articles/.`,
  }),
  pinnedTwice: ({ slug }: { slug: string }): Texts => ({
    en: `"${slug}" is pinned twice. A story takes one slot on the home page; remove this one.`,
    ar: `${iso(`"${slug}"`)} مثبّت مرتين. للخبر مكان واحد في الصفحة الرئيسية؛ احذف هذا.`,
    fr: `"${slug}" est épinglé deux fois. Un article occupe un seul emplacement de la page d'accueil ; retirez celui-ci.`,
  }),
  sectionTwice: ({ id }: { id: string }): Texts => ({
    en: `"${id}" is listed twice. Each section has one block on the home page.`,
    ar: `${iso(`"${id}"`)} مذكور مرتين. لكل قسم مكان واحد في الصفحة الرئيسية.`,
    fr: `"${id}" figure deux fois. Chaque rubrique a un seul bloc sur la page d'accueil.`,
  }),
  // search-variants.yaml
  variantsNotList: ({ example }: { example: string }): Texts => ({
    en: `The file must be a list of entries, one a line, each a list of spellings in brackets: e.g. ${example}.`,
    ar: `يجب أن يكون الملف قائمة مدخلات، مدخل في كل سطر، كل منها قائمة كتابات بين قوسين مربعين: مثل ${iso(example)}.`,
    fr: `Le fichier doit être une liste d'entrées, une par ligne, chacune une liste de graphies entre crochets : par exemple ${example}.`,
  }),
  variantsEntryShape: ({ example }: { example: string }): Texts => ({
    en: `must be a list of spellings in brackets, e.g. ${example}.`,
    ar: `يجب أن يكون قائمة كتابات بين قوسين مربعين، مثل ${iso(example)}.`,
    fr: `doit être une liste de graphies entre crochets, par exemple ${example}.`,
  }),
  variantsEmptySpelling: (): Texts => ({
    en: "has an empty spelling. Remove the extra comma or write the spelling.",
    ar: "فيه كتابة فارغة. احذف الفاصلة الزائدة أو اكتب الكلمة.",
    fr: "a une graphie vide. Retirez la virgule en trop ou écrivez la graphie.",
  }),
  variantsTooFew: ({ example }: { example: string }): Texts => ({
    en: `must list at least two different spellings of one name, e.g. ${example}.`,
    ar: `يجب أن يذكر كتابتين مختلفتين على الأقل لاسم واحد، مثل ${iso(example)}.`,
    fr: `doit donner au moins deux graphies différentes d'un même nom, par exemple ${example}.`,
  }),
  variantsTwice: ({ spelling, other }: { spelling: string; other: number }): Texts => ({
    en: `"${spelling}" is also in entry ${other}. Merge the two entries into one.`,
    ar: `${iso(`"${spelling}"`)} موجودة أيضًا في المدخل ${iso(other)}. ادمج المدخلين في مدخل واحد.`,
    fr: `"${spelling}" figure aussi dans l'entrée ${other}. Fusionnez les deux entrées en une.`,
  }),
};
