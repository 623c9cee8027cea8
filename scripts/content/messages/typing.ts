/**
 * The mistakes journalists make when they type front matter and Markdown by hand: each message
 * names the mistake in their terms and shows the line as it should be written.
 */
import { iso, type Texts } from "./speak.ts";

export const TYPING_MESSAGES = {
  tagsArabicComma: ({ corrected }: { corrected: string }): Texts => ({
    en: `separates tags with the Arabic comma (،) or semicolon (؛), so they would be one tag. Between tags, write the Latin comma: \`${corrected}\`.`,
    ar: `يفصل بين الوسوم بالفاصلة العربية (،) أو الفاصلة المنقوطة (؛)، فتصير كلها وسمًا واحدًا. افصل بين الوسوم بالفاصلة اللاتينية (,) هكذا: ${iso(`\`${corrected}\``)}.`,
    fr: `sépare les mots-clés par la virgule arabe (،) ou le point-virgule arabe (؛) : ils formeraient un seul mot-clé. Entre les mots-clés, écrivez la virgule latine : \`${corrected}\`.`,
  }),
  tagsOneText: ({ corrected }: { corrected: string }): Texts => ({
    en: `is one text, not a list. Put the tags between square brackets, separated by Latin commas: \`${corrected}\`.`,
    ar: `نص واحد وليس قائمة. ضع الوسوم بين قوسين مربعين وافصل بينها بالفاصلة اللاتينية (,): ${iso(`\`${corrected}\``)}.`,
    fr: `est un seul texte, pas une liste. Mettez les mots-clés entre crochets, séparés par des virgules latines : \`${corrected}\`.`,
  }),
  emptyBody: (): Texts => ({
    en: "The article has no text: nothing is written under the second --- line. Write the article there, or add `draft: true` until it is ready.",
    ar: `المقال بلا نص: لا شيء مكتوب تحت سطر ${iso("---")} الثاني. اكتب المقال هناك، أو أضف ${iso("`draft: true`")} حتى يجهز.`,
    fr: "L'article n'a pas de texte : rien n'est écrit sous la deuxième ligne ---. Écrivez l'article là, ou ajoutez `draft: true` jusqu'à ce qu'il soit prêt.",
  }),
  pictureWithSpaces: ({ path, renamed }: { path: string; renamed: string }): Texts => ({
    en: `This line looks like a picture but will be printed as text: the path "${path}" has spaces. Rename the file without spaces (e.g. ${renamed}) and write that path, or put the path between angle brackets: (<${path}>).`,
    ar: `هذا السطر يشبه صورة لكنه سيُطبع نصًا كما هو: في المسار ${iso(`"${path}"`)} مسافات. غيّر اسم الملف إلى اسم بلا مسافات (مثل ${iso(renamed)}) واكتب ذلك المسار، أو ضع المسار بين قوسين زاويين: ${iso(`(<${path}>)`)}.`,
    fr: `Cette ligne ressemble à une image mais sera affichée comme texte : le chemin "${path}" contient des espaces. Renommez le fichier sans espaces (par exemple ${renamed}) et écrivez ce chemin, ou mettez le chemin entre chevrons : (<${path}>).`,
  }),
  pictureNotMade: (): Texts => ({
    en: 'This line looks like a picture but will be printed as text. Write it as ![what it shows](/images/photo.jpg "caption | credit"): the description in square brackets, then the path in parentheses right after them, and the caption in straight double quotes.',
    ar: `هذا السطر يشبه صورة لكنه سيُطبع نصًا كما هو. اكتبه هكذا: ${iso('![ما تظهره الصورة](/images/photo.jpg "الشرح | المصدر")')}: الوصف بين قوسين مربعين، ثم المسار بين قوسين عاديين بعدهما مباشرة، والشرح بين علامتي تنصيص مستقيمتين.`,
    fr: 'Cette ligne ressemble à une image mais sera affichée comme texte. Écrivez-la ![ce qu\'elle montre](/images/photo.jpg "légende | crédit") : la description entre crochets, puis le chemin entre parenthèses juste après, et la légende entre guillemets droits.',
  }),
  secondColon: ({ corrected }: { corrected: string }): Texts => ({
    en: `has a second colon (:) in its value, which YAML cannot read. Put the whole value in double quotes: \`${corrected}\``,
    ar: `في قيمته نقطتان (:) ثانيتان، ولا تستطيع الترويسة قراءتهما. ضع القيمة كلها بين علامتي تنصيص مزدوجتين: ${iso(`\`${corrected}\``)}`,
    fr: `a un second deux-points (:) dans sa valeur, que YAML ne peut pas lire. Mettez toute la valeur entre guillemets droits : \`${corrected}\``,
  }),
  unclosedQuote: ({ quote }: { quote: string }): Texts => ({
    en: `opens a quote (${quote}) on this line that is never closed. Add the closing ${quote} at the end of the value.`,
    ar: `تُفتح على هذا السطر علامة تنصيص (${quote}) لا تُغلق. أضف ${quote} الختامية في نهاية القيمة.`,
    fr: `ouvre sur cette ligne un guillemet (${quote}) qui n'est jamais fermé. Ajoutez le ${quote} fermant à la fin de la valeur.`,
  }),
  curlyQuotes: ({ corrected }: { corrected: string }): Texts => ({
    en: `is in curly quotes (“ ”), which YAML reads as ordinary letters. Use straight double quotes: \`${corrected}\``,
    ar: `بين علامتي تنصيص منحنيتين (“ ”)، وتقرؤهما الترويسة حرفين عاديين. استعمل علامتي التنصيص المستقيمتين: ${iso(`\`${corrected}\``)}`,
    fr: `est entre guillemets courbes (“ ”), que YAML lit comme des lettres ordinaires. Utilisez des guillemets droits : \`${corrected}\``,
  }),
  quotesInQuotes: ({ corrected }: { corrected: string }): Texts => ({
    en: `has double quotes inside double quotes, so the value ends too early. Use the Arabic quotation marks « » inside: \`${corrected}\``,
    ar: `فيه علامتا تنصيص مزدوجتان داخل علامتي تنصيص مزدوجتين، فتنتهي القيمة قبل أوانها. استعمل علامتي التنصيص العربيتين « » في الداخل: ${iso(`\`${corrected}\``)}`,
    fr: `a des guillemets droits à l'intérieur de guillemets droits : la valeur s'arrête trop tôt. Utilisez des guillemets « » à l'intérieur : \`${corrected}\``,
  }),
  spaceAfterColon: ({ corrected }: { corrected: string }): Texts => ({
    en: `has no space after the colon. Write a space between the colon and the value: \`${corrected}\``,
    ar: `لا مسافة بعد النقطتين. اترك مسافة بين النقطتين والقيمة: ${iso(`\`${corrected}\``)}`,
    fr: `n'a pas d'espace après le deux-points. Mettez une espace entre le deux-points et la valeur : \`${corrected}\``,
  }),
  brokenValue: ({ field }: { field: string }): Texts => ({
    en: `The value of ${field} goes on over this line, which YAML reads as a new field. Join it to the line above, so that the whole value is on one line.`,
    ar: `قيمة ${iso(field)} تمتد إلى هذا السطر، وتقرؤه الترويسة حقلًا جديدًا. صِله بالسطر الذي فوقه لتكون القيمة كلها في سطر واحد.`,
    fr: `La valeur de ${field} se poursuit sur cette ligne, que YAML lit comme un nouveau champ. Joignez-la à la ligne du dessus, pour que toute la valeur tienne sur une ligne.`,
  }),
  nameNotId: ({ value, id, name }: { value: string; id: string; name: string }): Texts => ({
    en: `"${value}" is a name; write its id. Did you mean \`${id}\` (${name})?`,
    ar: `${iso(`"${value}"`)} اسم وليس معرّفًا؛ اكتب المعرّف. هل تقصد ${iso(`\`${id}\``)} (${name})؟`,
    fr: `"${value}" est un nom ; écrivez son identifiant. Vouliez-vous dire \`${id}\` (${name}) ?`,
  }),
  arabicDigits: ({ value, converted }: { value: string; converted: string }): Texts => ({
    en: `"${value}" is written with Arabic-Indic digits. Write dates with the digits 0–9: ${converted}.`,
    ar: `${iso(`"${value}"`)} مكتوب بالأرقام الهندية (٠-٩). اكتب التواريخ بالأرقام ${iso("0–9")}: ${iso(converted)}.`,
    fr: `"${value}" est écrit en chiffres arabes orientaux. Écrivez les dates avec les chiffres 0–9 : ${converted}.`,
  }),
  spaceForT: ({ value, corrected }: { value: string; corrected: string }): Texts => ({
    en: `"${value}" has a space between the date and the time. Write a T there, and the site's UTC offset after the time: ${corrected}.`,
    ar: `في ${iso(`"${value}"`)} مسافة بين التاريخ والوقت. اكتب مكانها الحرف ${iso("T")}، وبعد الوقت فارق توقيت الموقع عن ${iso("UTC")}: ${iso(corrected)}.`,
    fr: `"${value}" a une espace entre la date et l'heure. Écrivez-y un T, et le décalage UTC du site après l'heure : ${corrected}.`,
  }),
  dayMonthYear: ({ value, corrected }: { value: string; corrected: string }): Texts => ({
    en: `"${value}" puts the day first. Write dates year first, as YYYY-MM-DD: ${corrected}.`,
    ar: `${iso(`"${value}"`)} يبدأ باليوم. اكتب التاريخ بادئًا بالسنة على صورة ${iso("YYYY-MM-DD")}: ${iso(corrected)}.`,
    fr: `"${value}" commence par le jour. Écrivez les dates en commençant par l'année, AAAA-MM-JJ : ${corrected}.`,
  }),
  farPast: ({ value, years }: { value: string; years: number }): Texts => ({
    en: `${value} is more than ${years} years ago, for an article that is still a draft. Check the year.`,
    ar: `${iso(value)} قبل أكثر من ${years === 2 ? "سنتين" : `${iso(years)} سنوات`}، لمقال ما زال مسودة. راجع السنة.`,
    fr: `${value} date de plus de ${years} ans, pour un article encore en brouillon. Vérifiez l'année.`,
  }),
  relatedUrl: ({ url, slug }: { url: string; slug: string }): Texts => ({
    en: `"${url}" is a full address; write only the article's slug: ${slug}`,
    ar: `${iso(`"${url}"`)} عنوان كامل؛ اكتب الاسم المختصر للمقال وحده: ${iso(slug)}`,
    fr: `"${url}" est une adresse complète ; écrivez seulement le slug de l'article : ${slug}`,
  }),
  relatedNearMiss: ({ slug, suggestion }: { slug: string; suggestion: string }): Texts => ({
    en: `"${slug}" is not the slug of any article. Did you mean "${suggestion}"?`,
    ar: `${iso(`"${slug}"`)} ليس الاسم المختصر لأي مقال. هل تقصد ${iso(`"${suggestion}"`)}؟`,
    fr: `"${slug}" n'est le slug d'aucun article. Vouliez-vous dire "${suggestion}" ?`,
  }),
};
