/**
 * What the check says about an article: its front matter, its body, its pictures and its links.
 * Each message follows the field's name (`title: is missing. …`), says what is wrong and what to
 * write instead; in Arabic, what the editor typed is isolated (`iso`) and left exactly as typed.
 */
import { iso, type Texts } from "./speak.ts";

const code = (text: string) => `\`${text}\``;

/**
 * The words of the slug and tag rules without the name: the check's refusals say them, and the
 * browser editor's patterns (scripts/site/editor-patterns.ts) say the same words.
 */
export const SLUG_RULES = {
  latin: {
    en: "lowercase Latin letters, digits and single hyphens",
    ar: "حروف لاتينية صغيرة وأرقام وشرطات مفردة",
    fr: "des lettres latines minuscules, des chiffres et des tirets simples",
  },
  arabic: {
    en: "letters and digits joined by single hyphens, without tashkeel or tatweel",
    ar: "حروف وأرقام تصل بينها شرطات مفردة، بلا تشكيل ولا تطويل",
    fr: "des lettres et des chiffres reliés par des tirets simples, sans tashkeel ni tatweel",
  },
} satisfies Record<string, Texts>;

export const NO_LETTERS: Texts = { en: "has no letters or digits", ar: "بلا حروف ولا أرقام", fr: "n'a ni lettre ni chiffre" };

export const ARTICLE_MESSAGES = {
  missing: ({ field, example }: { field: string; example: string }): Texts => ({
    en: `is missing. Add a line such as \`${field}: ${example}\`.`,
    ar: `غير موجود. أضف سطرًا مثل ${iso(code(`${field}: ${example}`))}.`,
    fr: `manque. Ajoutez une ligne comme \`${field}: ${example}\`.`,
  }),
  mustBeTextLike: ({ field, example }: { field: string; example: string }): Texts => ({
    en: `must be text, e.g. \`${field}: ${example}\`.`,
    ar: `يجب أن يكون نصًا، مثل ${iso(code(`${field}: ${example}`))}.`,
    fr: `doit être du texte, par exemple \`${field}: ${example}\`.`,
  }),
  empty: ({ field }: { field: string }): Texts => ({
    en: `is empty. Write the ${field} after the colon.`,
    ar: `فارغ. اكتب قيمة ${iso(field)} بعد النقطتين (:).`,
    fr: `est vide. Écrivez la valeur de ${field} après les deux-points.`,
  }),
  mustBeText: (): Texts => ({ en: "must be text.", ar: "يجب أن يكون نصًا.", fr: "doit être du texte." }),
  dateShape: ({ field }: { field: string }): Texts => ({
    en: `must be a date written as YYYY-MM-DD, e.g. \`${field}: 2024-05-07\`.`,
    ar: `يجب أن يكون تاريخًا مكتوبًا على صورة YYYY-MM-DD (السنة-الشهر-اليوم)، مثل ${iso(code(`${field}: 2024-05-07`))}.`,
    fr: `doit être une date écrite AAAA-MM-JJ, par exemple \`${field}: 2024-05-07\`.`,
  }),
  listShape: ({ field, example }: { field: string; example: string }): Texts => ({
    en: `must be a list: \`${field}: [${example}]\`, or one item per line starting with "- ".`,
    ar: `يجب أن يكون قائمة: ${iso(code(`${field}: [${example}]`))}، أو عنصرًا في كل سطر يبدأ بـ ${iso('"- "')}.`,
    fr: `doit être une liste : \`${field}: [${example}]\`, ou un élément par ligne commençant par "- ".`,
  }),
  tooMany: ({ count, max }: { count: number | string; max: number }): Texts => ({
    en: `has ${count} entries; the limit is ${max}. Keep the ${max} that matter most.`,
    ar: `فيه ${iso(count)} عنصرًا، والحد ${iso(max)}. أبقِ أهم ${iso(max)} منها.`,
    fr: `a ${count} entrées ; la limite est ${max}. Gardez les ${max} plus importantes.`,
  }),
  authorShape: (): Texts => ({
    en: "must be an author id, or a list of author ids.",
    ar: "يجب أن يكون معرّف كاتب، أو قائمة بمعرّفات الكتّاب.",
    fr: "doit être un identifiant d'auteur, ou une liste d'identifiants.",
  }),
  slugText: (): Texts => ({
    en: "must be text, e.g. `slug: gold-prices-rise`.",
    ar: `يجب أن يكون نصًا، مثل ${iso("`slug: gold-prices-rise`")}.`,
    fr: "doit être du texte, par exemple `slug: gold-prices-rise`.",
  }),
  imagePath: (): Texts => ({
    en: "must be a path such as /images/photo.jpg.",
    ar: `يجب أن يكون مسارًا مثل ${iso("/images/photo.jpg")}.`,
    fr: "doit être un chemin comme /images/photo.jpg.",
  }),
  imageUnder: (): Texts => ({
    en: "must be a path under /images/ ending in .jpg, .png, .webp, .avif, .gif or .svg, e.g. /images/photo.jpg.",
    ar: `يجب أن يكون مسارًا داخل ${iso("/images/")} ينتهي بـ ${iso(".jpg, .png, .webp, .avif, .gif, .svg")}، مثل ${iso("/images/photo.jpg")}.`,
    fr: "doit être un chemin sous /images/ se terminant par .jpg, .png, .webp, .avif, .gif ou .svg, par exemple /images/photo.jpg.",
  }),
  noDotDot: (): Texts => ({ en: 'must not contain "..".', ar: `يجب ألا يحتوي على ${iso('".."')}.`, fr: 'ne doit pas contenir "..".' }),
  imageGroup: (): Texts => ({
    en: "must be a group of fields: src, alt, caption and credit, indented under `image:`.",
    ar: `يجب أن يكون مجموعة حقول: ${iso("src, alt, caption, credit")}، مُزاحة بمسافات تحت ${iso("`image:`")}.`,
    fr: "doit être un groupe de champs : src, alt, caption et credit, en retrait sous `image:`.",
  }),
  correctionItem: (): Texts => ({
    en: "must have a date and a text. Write each one as `- date: 2026-11-26` with `text: what was corrected` on the next line, lined up under `date`.",
    ar: `يجب أن يكون لكل تصحيح تاريخ ونص. اكتب كل تصحيح هكذا: ${iso("`- date: 2026-11-26`")} وتحته في السطر التالي ${iso("`text: ما الذي صُحّح`")}، محاذيًا لـ ${iso("`date`")}.`,
    fr: "doit avoir une date et un texte. Écrivez chacune `- date: 2026-11-26` avec `text: ce qui a été corrigé` à la ligne suivante, aligné sous `date`.",
  }),
  correctionList: (): Texts => ({
    en: "must be a list of corrections. Write each one as `- date: 2026-11-26` with `text: what was corrected` on the next line, lined up under `date`.",
    ar: `يجب أن يكون قائمة تصحيحات. اكتب كل تصحيح هكذا: ${iso("`- date: 2026-11-26`")} وتحته في السطر التالي ${iso("`text: ما الذي صُحّح`")}، محاذيًا لـ ${iso("`date`")}.`,
    fr: "doit être une liste de corrections. Écrivez chacune `- date: 2026-11-26` avec `text: ce qui a été corrigé` à la ligne suivante, aligné sous `date`.",
  }),
  oneOf: ({ values }: { values: string }): Texts => ({
    en: `must be one of: ${values}.`,
    ar: `يجب أن يكون واحدًا من: ${iso(values)}.`,
    fr: `doit être l'une des valeurs : ${values}.`,
  }),
  trueOrFalse: (): Texts => ({ en: "must be true or false.", ar: `يجب أن يكون ${iso("true")} أو ${iso("false")}.`, fr: "doit être true ou false." }),
  sponsorGroup: (): Texts => ({
    en: "must be a group of fields: name and url, indented under `sponsor:`.",
    ar: `يجب أن يكون مجموعة حقول: ${iso("name, url")}، مُزاحة تحت ${iso("`sponsor:`")}.`,
    fr: "doit être un groupe de champs : name et url, en retrait sous `sponsor:`.",
  }),
  sponsorUrlText: (): Texts => ({
    en: "must be an address such as https://example.com/.",
    ar: `يجب أن يكون عنوانًا مثل ${iso("https://example.com/")}.`,
    fr: "doit être une adresse comme https://example.com/.",
  }),
  unknownField: ({ suggestion, group, known }: { suggestion?: string | undefined; group?: string | undefined; known: string }): Texts => ({
    en: `is not a known field.${suggestion ? ` Did you mean "${suggestion}"?` : ""} The fields${group ? ` of ${group}` : ""} are: ${known}.`,
    ar: `ليس حقلًا معروفًا.${suggestion ? ` هل تقصد ${iso(`"${suggestion}"`)}؟` : ""} الحقول${group ? ` داخل ${iso(group)}` : ""} هي: ${iso(known)}.`,
    fr: `n'est pas un champ connu.${suggestion ? ` Vouliez-vous dire "${suggestion}" ?` : ""} Les champs${group ? ` de ${group}` : ""} sont : ${known}.`,
  }),
  unknownSection: ({ value, suggestion, valid }: { value: string; suggestion?: string | undefined; valid: string }): Texts => ({
    en: `"${value}" is not a section.${suggestion ? ` Did you mean "${suggestion}"?` : ""} Valid sections: ${valid} (see content/sections.yaml).`,
    ar: `${iso(`"${value}"`)} ليس قسمًا.${suggestion ? ` هل تقصد ${iso(`"${suggestion}"`)}؟` : ""} الأقسام: ${iso(valid)} (انظر ${iso("content/sections.yaml")}).`,
    fr: `"${value}" n'est pas une rubrique.${suggestion ? ` Vouliez-vous dire "${suggestion}" ?` : ""} Rubriques : ${valid} (voir content/sections.yaml).`,
  }),
  unknownAuthor: ({ value, suggestion, valid }: { value: string; suggestion?: string | undefined; valid: string }): Texts => ({
    en: `"${value}" is not an author.${suggestion ? ` Did you mean "${suggestion}"?` : ""} Valid authors: ${valid} (see content/authors.yaml).`,
    ar: `${iso(`"${value}"`)} ليس كاتبًا.${suggestion ? ` هل تقصد ${iso(`"${suggestion}"`)}؟` : ""} الكتّاب: ${iso(valid)} (انظر ${iso("content/authors.yaml")}).`,
    fr: `"${value}" n'est pas un auteur.${suggestion ? ` Vouliez-vous dire "${suggestion}" ?` : ""} Auteurs : ${valid} (voir content/authors.yaml).`,
  }),
  slugRule: ({ value, latin, suggestion }: { value: string; latin: boolean; suggestion: string }): Texts => ({
    en: `"${value}" may only contain ${SLUG_RULES[latin ? "latin" : "arabic"].en}.${suggestion ? ` Try \`slug: ${suggestion}\`.` : ""}`,
    ar: `${iso(`"${value}"`)} يجب أن يتكوّن من ${SLUG_RULES[latin ? "latin" : "arabic"].ar}.${suggestion ? ` جرّب ${iso(`\`slug: ${suggestion}\``)}.` : ""}`,
    fr: `"${value}" ne peut contenir que ${SLUG_RULES[latin ? "latin" : "arabic"].fr}.${suggestion ? ` Essayez \`slug: ${suggestion}\`.` : ""}`,
  }),
  fileNameNotUrl: ({ name, latin, suggestion }: { name: string; latin: boolean; suggestion: string }): Texts => {
    const rule = {
      en: latin ? "lowercase Latin letters, digits and single hyphens" : "letters and digits joined by single hyphens, without tashkeel or tatweel",
      ar: latin ? "حروف لاتينية صغيرة وأرقام وشرطات مفردة" : "حروف وأرقام تصل بينها شرطات مفردة، بلا تشكيل ولا تطويل",
      fr: latin ? "lettres latines minuscules, chiffres et tirets simples" : "lettres et chiffres reliés par des tirets simples, sans tashkeel ni tatweel",
    };
    const slug = `slug: ${suggestion || "a-short-latin-name"}`;
    return {
      en: `the file name "${name}" cannot be used in a URL. Add \`${slug}\` (${rule.en}) or rename the file.`,
      ar: `اسم الملف ${iso(`"${name}"`)} لا يصلح في عنوان صفحة. أضف ${iso(`\`${slug}\``)} (${rule.ar}) أو غيّر اسم الملف.`,
      fr: `le nom de fichier "${name}" ne peut pas servir dans une adresse. Ajoutez \`${slug}\` (${rule.fr}) ou renommez le fichier.`,
    };
  },
  slugFolder: ({ slug, reason, fromFile }: { slug: string; reason: Texts; fromFile: boolean }): Texts => ({
    en: `"${slug}", this article's folder in the site, ${reason.en}${fromFile ? " Add `slug:` with another name, or rename the file." : ""}`,
    ar: `${iso(`"${slug}"`)}، مجلد هذا المقال في الموقع: ${reason.ar}${fromFile ? ` أضف ${iso("`slug:`")} باسم آخر، أو غيّر اسم الملف.` : ""}`,
    fr: `"${slug}", le dossier de cet article dans le site, ${reason.fr}${fromFile ? " Ajoutez `slug:` avec un autre nom, ou renommez le fichier." : ""}`,
  }),
  updatedBefore: ({ updated, date }: { updated: string; date: string }): Texts => ({
    en: `${updated} is before the publication date ${date}. An update cannot come before the article; fix one of the two.`,
    ar: `${iso(updated)} يسبق تاريخ النشر ${iso(date)}. لا يأتي التحديث قبل المقال؛ صحّح أحد التاريخين.`,
    fr: `${updated} précède la date de publication ${date}. Une mise à jour ne peut précéder l'article ; corrigez l'une des deux.`,
  }),
  correctionBefore: ({ value, date }: { value: string; date: string }): Texts => ({
    en: `${value} is before the publication date ${date}. A correction cannot come before the article; fix one of the two.`,
    ar: `${iso(value)} يسبق تاريخ النشر ${iso(date)}. لا يأتي التصحيح قبل المقال؛ صحّح أحد التاريخين.`,
    fr: `${value} précède la date de publication ${date}. Une correction ne peut précéder l'article ; corrigez l'une des deux.`,
  }),
  tagNoLetters: ({ tag }: { tag: string }): Texts => ({
    en: `"${tag}" ${NO_LETTERS.en}, so it cannot have a page. Use a word or remove it.`,
    ar: `${iso(`"${tag}"`)} ${NO_LETTERS.ar}، فلا يمكن أن تكون له صفحة. اكتب كلمة أو احذفه.`,
    fr: `"${tag}" ${NO_LETTERS.fr}, il ne peut donc pas avoir de page. Utilisez un mot ou supprimez-le.`,
  }),
  tagFolder: ({ tag, folder, reason }: { tag: string; folder: string; reason: Texts }): Texts => ({
    en: `"${tag}" would have its page in the folder "${folder}", which ${reason.en}`,
    ar: `صفحة ${iso(`"${tag}"`)} ستكون في المجلد ${iso(`"${folder}"`)}، وهذا الاسم ${reason.ar}`,
    fr: `"${tag}" aurait sa page dans le dossier "${folder}", qui ${reason.fr}`,
  }),
  sponsorMissing: (): Texts => ({
    en: "is missing: a sponsored story names who paid for it. Add `sponsor:` with `name: …` indented under it.",
    ar: `غير موجود: المادة الممولة تذكر من دفع ثمنها. أضف ${iso("`sponsor:`")} وتحته ${iso("`name: …`")} مُزاحًا بمسافات.`,
    fr: "manque : un contenu sponsorisé nomme qui l'a payé. Ajoutez `sponsor:` avec `name: …` en retrait dessous.",
  }),
  sponsorNotSponsored: (): Texts => ({
    en: "is only for sponsored stories. Add `type: sponsored`, or remove the sponsor.",
    ar: `للمواد الممولة فقط. أضف ${iso("`type: sponsored`")}، أو احذف الراعي.`,
    fr: "est réservé aux contenus sponsorisés. Ajoutez `type: sponsored`, ou supprimez le sponsor.",
  }),
  sponsorUrl: (): Texts => ({
    en: "must be a full address starting with https://.",
    ar: `يجب أن يكون عنوانًا كاملًا يبدأ بـ ${iso("https://")}.`,
    fr: "doit être une adresse complète commençant par https://.",
  }),
  openControl: (): Texts => ({
    en: "leaves a direction control open (an embedding, override or isolate, U+202A-U+202E or U+2066-U+2068), which would reverse the text after it; it was closed at the end of the field. Delete the control, or close it where it should end.",
    ar: `يترك محرف اتجاه مفتوحًا (${iso("U+202A-U+202E, U+2066-U+2068")})، وهذا يقلب النص الذي بعده؛ وقد أُغلق عند نهاية الحقل. احذف المحرف، أو أغلقه حيث ينبغي أن ينتهي.`,
    fr: "laisse un contrôle de direction ouvert (un enchâssement, un forçage ou un isolat, U+202A-U+202E ou U+2066-U+2068), qui inverserait le texte qui suit ; il a été fermé à la fin du champ. Supprimez-le, ou fermez-le là où il doit finir.",
  }),
  notUtf8: (): Texts => ({
    en: 'The file is not valid UTF-8 text. Save it as UTF-8 in your editor ("Save with encoding" → UTF-8) and commit it again.',
    ar: `الملف ليس نصًا بترميز ${iso("UTF-8")}. احفظه بترميز ${iso("UTF-8")} من محرّرك ثم أرسله (commit) من جديد.`,
    fr: 'Le fichier n\'est pas du texte UTF-8 valide. Enregistrez-le en UTF-8 dans votre éditeur ("Enregistrer avec l\'encodage" → UTF-8) et validez-le à nouveau.',
  }),
  noFrontMatter: (): Texts => ({
    en: "The file does not start with front matter. Its first line must be three dashes (---), followed by the fields and a closing --- line.",
    ar: `الملف لا يبدأ بالترويسة. يجب أن يكون سطره الأول ثلاث شرطات (${iso("---")})، ثم الحقول، ثم سطر ${iso("---")} يغلقها.`,
    fr: "Le fichier ne commence pas par l'en-tête. Sa première ligne doit être trois tirets (---), suivie des champs et d'une ligne --- de fermeture.",
  }),
  frontMatterOpen: (): Texts => ({
    en: "The front matter is never closed. Add a line with three dashes (---) after the last field.",
    ar: `الترويسة لا تُغلق. أضف سطرًا فيه ثلاث شرطات (${iso("---")}) بعد آخر حقل.`,
    fr: "L'en-tête n'est jamais fermé. Ajoutez une ligne de trois tirets (---) après le dernier champ.",
  }),
  yamlMalformed: ({ reason }: { reason: string }): Texts => ({
    en: `The YAML is malformed (${reason}). Check this line for a missing colon, a stray quote or wrong indentation.`,
    ar: `صيغة الترويسة غير سليمة (${iso(reason)}). راجع هذا السطر: نقطتان ناقصتان، أو علامة تنصيص زائدة، أو إزاحة خاطئة.`,
    fr: `Le YAML est mal formé (${reason}). Vérifiez sur cette ligne un deux-points manquant, un guillemet en trop ou un mauvais retrait.`,
  }),
  notFields: (): Texts => ({
    en: "The front matter must be a list of `field: value` lines.",
    ar: `يجب أن تكون الترويسة أسطرًا على صورة ${iso("`field: value`")} (الحقل: القيمة).`,
    fr: "L'en-tête doit être une suite de lignes `champ: valeur`.",
  }),
  notDate: ({ value }: { value: string }): Texts => ({
    en: `"${value}" is not a date in the form YYYY-MM-DD (e.g. 2024-05-07) or YYYY-MM-DDTHH:MM:SS+03:00.`,
    ar: `${iso(`"${value}"`)} ليس تاريخًا على صورة ${iso("YYYY-MM-DD")} (مثل ${iso("2024-05-07")}) أو ${iso("YYYY-MM-DDTHH:MM:SS+03:00")}.`,
    fr: `"${value}" n'est pas une date de la forme AAAA-MM-JJ (par exemple 2024-05-07) ou AAAA-MM-JJTHH:MM:SS+03:00.`,
  }),
  noOffset: ({ value }: { value: string }): Texts => ({
    en: `"${value}" has a time but no UTC offset. Add the offset, e.g. ${value}+03:00.`,
    ar: `${iso(`"${value}"`)} فيه وقت بلا فارق توقيت عن ${iso("UTC")}. أضف الفارق، مثل ${iso(`${value}+03:00`)}.`,
    fr: `"${value}" a une heure mais pas de décalage UTC. Ajoutez le décalage, par exemple ${value}+03:00.`,
  }),
  notCalendar: ({ value }: { value: string }): Texts => ({
    en: `"${value}" is not a real calendar date. Check the month (01-12) and the day of that month.`,
    ar: `${iso(`"${value}"`)} ليس تاريخًا موجودًا في التقويم. راجع الشهر (${iso("01-12")}) واليوم في ذلك الشهر.`,
    fr: `"${value}" n'est pas une date réelle du calendrier. Vérifiez le mois (01-12) et le jour de ce mois.`,
  }),
  impossibleTime: ({ value }: { value: string }): Texts => ({
    en: `"${value}" has an impossible time of day. Use 00:00 to 23:59.`,
    ar: `${iso(`"${value}"`)} فيه وقت غير ممكن. استعمل من ${iso("00:00")} إلى ${iso("23:59")}.`,
    fr: `"${value}" a une heure impossible. Utilisez 00:00 à 23:59.`,
  }),
  pictureNotUnderImages: ({ src }: { src: string }): Texts => ({
    en: `the picture "${src}" is not a file under /images/. Put it in content/images/ and write its path like /images/photo.jpg (Latin letters, digits and hyphens; .jpg, .png, .webp, .avif, .gif or .svg).`,
    ar: `الصورة ${iso(`"${src}"`)} ليست ملفًا داخل ${iso("/images/")}. ضعها في ${iso("content/images/")} واكتب مسارها مثل ${iso("/images/photo.jpg")} (حروف لاتينية وأرقام وشرطات؛ ${iso(".jpg, .png, .webp, .avif, .gif, .svg")}).`,
    fr: `l'image "${src}" n'est pas un fichier sous /images/. Placez-la dans content/images/ et écrivez son chemin comme /images/photo.jpg (lettres latines, chiffres et tirets ; .jpg, .png, .webp, .avif, .gif ou .svg).`,
  }),
  pictureMissing: ({ src, file }: { src: string; file: string }): Texts => ({
    en: `${src} does not exist. Put the picture at ${file} or correct the path.`,
    ar: `${iso(src)} غير موجود. ضع الصورة في ${iso(file)} أو صحّح المسار.`,
    fr: `${src} n'existe pas. Placez l'image dans ${file} ou corrigez le chemin.`,
  }),
  pictureRefused: ({ src, reason }: { src: string; reason: Texts }): Texts => ({
    en: `${src} ${reason.en}`,
    ar: `الملف ${iso(src)}: ${reason.ar}`,
    fr: `${src} : ${reason.fr}`,
  }),
  slugTaken: ({ slug, file }: { slug: string; file: string }): Texts => ({
    en: `"${slug}" is already the slug of ${file}. Two articles cannot share a URL; give this one its own slug.`,
    ar: `${iso(`"${slug}"`)} هو الاسم المختصر (slug) للمقال ${iso(file)}. لا يشترك مقالان في عنوان واحد؛ أعطِ هذا المقال اسمًا مختصرًا خاصًا به.`,
    fr: `"${slug}" est déjà le slug de ${file}. Deux articles ne peuvent partager une adresse ; donnez à celui-ci son propre slug.`,
  }),
  relatedSelf: ({ slug }: { slug: string }): Texts => ({
    en: `"${slug}" is this article itself. List other articles only.`,
    ar: `${iso(`"${slug}"`)} هو هذا المقال نفسه. اذكر مقالات أخرى فقط.`,
    fr: `"${slug}" est cet article lui-même. Ne listez que d'autres articles.`,
  }),
  relatedUnknown: ({ slug }: { slug: string }): Texts => ({
    en: `"${slug}" is not the slug of any article. Check the spelling against the file names in content/articles/, or remove it.`,
    ar: `${iso(`"${slug}"`)} ليس الاسم المختصر لأي مقال. قارن الكتابة بأسماء الملفات في ${iso("content/articles/")}، أو احذفه.`,
    fr: `"${slug}" n'est le slug d'aucun article. Vérifiez l'orthographe d'après les noms de fichiers de content/articles/, ou supprimez-le.`,
  }),
  relatedRenamed: ({ slug, file, to, when, now }: { slug: string; file: string; to: string; when: Texts; now: string }): Texts => ({
    en: `"${slug}" was the slug of ${file}, which was renamed to ${to} ${when.en}. Write "${now}" instead.`,
    ar: `${iso(`"${slug}"`)} كان الاسم المختصر للملف ${iso(file)}، الذي غُيّر اسمه إلى ${iso(to)} ${when.ar}. اكتب ${iso(`"${now}"`)} بدلًا منه.`,
    fr: `"${slug}" était le slug de ${file}, renommé en ${to} ${when.fr}. Écrivez "${now}" à la place.`,
  }),
  relatedRenamedGone: ({ slug, file, to, when }: { slug: string; file: string; to: string; when: Texts }): Texts => ({
    en: `"${slug}" was the slug of ${file}, which was renamed to ${to} ${when.en} and is gone too. Remove "${slug}" from related.`,
    ar: `${iso(`"${slug}"`)} كان الاسم المختصر للملف ${iso(file)}، الذي غُيّر اسمه إلى ${iso(to)} ${when.ar} ثم حُذف هو أيضًا. احذف ${iso(`"${slug}"`)} من ${iso("related")}.`,
    fr: `"${slug}" était le slug de ${file}, renommé en ${to} ${when.fr} et disparu lui aussi. Retirez "${slug}" de related.`,
  }),
  relatedDeleted: ({ slug, file, when, name }: { slug: string; file: string; when: Texts; name: string }): Texts => ({
    en: `"${slug}" was the slug of ${file}, which was deleted ${when.en}. Remove "${slug}" from related, or restore ${name}.`,
    ar: `${iso(`"${slug}"`)} كان الاسم المختصر للملف ${iso(file)}، الذي حُذف ${when.ar}. احذف ${iso(`"${slug}"`)} من ${iso("related")}، أو أعد ${iso(name)}.`,
    fr: `"${slug}" était le slug de ${file}, supprimé ${when.fr}. Retirez "${slug}" de related, ou restaurez ${name}.`,
  }),
  inCommit: ({ commit, day }: { commit: string; day: string }): Texts => ({
    en: `in commit ${commit} (${day})`,
    ar: `في الإيداع ${iso(commit)} (${iso(day)})`,
    fr: `dans le commit ${commit} (${day})`,
  }),
  notCommitted: (): Texts => ({ en: "(not committed yet)", ar: "(لم يُودَع بعد)", fr: "(pas encore validé)" }),
  placeholderSummary: ({ text }: { text: string }): Texts => ({
    en: `still reads "${text}", the placeholder from npm run new. Replace it with your own text, or put back \`draft: true\` until the article is ready.`,
    ar: `ما زال فيه «${text}»، النص المؤقت الذي كتبه ${iso("npm run new")}. ضع مكانه نصك، أو أعد ${iso("`draft: true`")} حتى يجهز المقال.`,
    fr: `contient encore "${text}", le texte provisoire de npm run new. Remplacez-le par votre texte, ou remettez \`draft: true\` jusqu'à ce que l'article soit prêt.`,
  }),
  placeholderBody: ({ text }: { text: string }): Texts => ({
    en: `still contains "${text}", the placeholder from npm run new. Replace it with your own text, or put back \`draft: true\` until the article is ready.`,
    ar: `ما زال فيه «${text}»، النص المؤقت الذي كتبه ${iso("npm run new")}. ضع مكانه نصك، أو أعد ${iso("`draft: true`")} حتى يجهز المقال.`,
    fr: `contient encore "${text}", le texte provisoire de npm run new. Remplacez-le par votre texte, ou remettez \`draft: true\` jusqu'à ce que l'article soit prêt.`,
  }),
  bodyTooLong: ({ length, max }: { length: string; max: string }): Texts => ({
    en: `The body is ${length} characters long; the limit is ${max} (about 30,000 words). Split it into several articles.`,
    ar: `طول النص ${iso(length)} حرفًا، والحد ${iso(max)} (نحو ٣٠ ألف كلمة). قسّمه على عدة مقالات.`,
    fr: `Le texte fait ${length} caractères ; la limite est ${max} (environ 30 000 mots). Divisez-le en plusieurs articles.`,
  }),
  paragraphTooLong: ({ max }: { max: string }): Texts => ({
    en: `This paragraph is longer than ${max} characters, the limit for one paragraph. Break it up with blank lines.`,
    ar: `هذه الفقرة أطول من ${iso(max)} حرف، وهو حد الفقرة الواحدة. قسّمها بأسطر فارغة.`,
    fr: `Ce paragraphe dépasse ${max} caractères, la limite d'un paragraphe. Coupez-le par des lignes vides.`,
  }),
  nestedTooDeep: ({ max }: { max: number }): Texts => ({
    en: `Lists and quotes are nested more than ${max} deep here, the limit; deeper text could be left out of the page. Nest them less deeply.`,
    ar: `القوائم والاقتباسات هنا متداخلة أعمق من ${iso(max)} مستويات، وهو الحد؛ وقد يسقط ما هو أعمق من الصفحة. قلّل التداخل.`,
    fr: `Listes et citations sont imbriquées ici sur plus de ${max} niveaux, la limite ; le texte plus profond pourrait manquer à la page. Imbriquez-les moins.`,
  }),
  tableRowTooWide: ({ cells, columns }: { cells: number; columns: number }): Texts => ({
    en: `This table row has ${cells} cells but the table's header has ${columns}; the extra cells would not be shown. Add columns to the header or remove cells.`,
    ar: `في صف الجدول هذا ${iso(cells)} خلايا، وفي رأس الجدول ${iso(columns)}؛ ولن تظهر الخلايا الزائدة. أضف أعمدة إلى الرأس أو احذف خلايا.`,
    fr: `Cette ligne du tableau a ${cells} cellules mais l'en-tête en a ${columns} ; les cellules en trop ne seraient pas affichées. Ajoutez des colonnes à l'en-tête ou supprimez des cellules.`,
  }),
};
