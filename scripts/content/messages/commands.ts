/** What `npm run check`, `npm run build` and `npm run new` say around the problems they list. */
import { iso, type Texts } from "./speak.ts";

/** "1 error", "3 errors"; Arabic counts through its own forms (one, two, three to ten, eleven and more). */
const counted = (n: number, en: [string, string], ar: [string, string, string, string], fr: [string, string]): Texts => ({
  en: `${n} ${n === 1 ? en[0] : en[1]}`,
  ar: n === 1 ? ar[0] : n === 2 ? ar[1] : n >= 3 && n <= 10 ? `${iso(n)} ${ar[2]}` : `${iso(n)} ${ar[3]}`,
  fr: `${n} ${n <= 1 ? fr[0] : fr[1]}`,
});

const errors = (n: number) => counted(n, ["error", "errors"], ["خطأ واحد", "خطآن", "أخطاء", "خطأً"], ["erreur", "erreurs"]);
const warnings = (n: number) => counted(n, ["warning", "warnings"], ["تنبيه واحد", "تنبيهان", "تنبيهات", "تنبيهًا"], ["avertissement", "avertissements"]);
const files = (n: number) => counted(n, ["file", "files"], ["ملف واحد", "ملفين", "ملفات", "ملفًا"], ["fichier", "fichiers"]);
const articles = (n: number) => counted(n, ["article", "articles"], ["مقال واحد", "مقالان", "مقالات", "مقالًا"], ["article", "articles"]);
const problems = (n: number) => counted(n, ["problem", "problems"], ["مشكلة واحدة", "مشكلتان", "مشكلات", "مشكلة"], ["problème", "problèmes"]);

export const COMMAND_MESSAGES = {
  noProblems: (): Texts => ({ en: "No problems found.", ar: "لا مشكلات.", fr: "Aucun problème." }),
  onlyWarnings: ({ warnings: w, files: f }: { warnings: number; files: number }): Texts => ({
    en: `No errors; ${warnings(w).en} in ${files(f).en}.`,
    ar: `لا أخطاء؛ ${warnings(w).ar} في ${files(f).ar}.`,
    fr: `Aucune erreur ; ${warnings(w).fr} dans ${files(f).fr}.`,
  }),
  summary: ({ errors: e, warnings: w, files: f }: { errors: number; warnings: number; files: number }): Texts => ({
    en: `${errors(e).en} and ${warnings(w).en} in ${files(f).en}.`,
    ar: `${errors(e).ar} و${warnings(w).ar} في ${files(f).ar}.`,
    fr: `${errors(e).fr} et ${warnings(w).fr} dans ${files(f).fr}.`,
  }),
  warningsHeading: (): Texts => ({
    en: "Typography warnings (the site still builds; fix them when you can):",
    ar: "تنبيهات طباعية (الموقع يُبنى رغمها؛ أصلحها حين تستطيع):",
    fr: "Avertissements typographiques (le site se construit quand même ; corrigez-les quand vous pouvez) :",
  }),
  allChecked: ({ articles: n }: { articles: number }): Texts => ({
    en: `${articles(n).en} checked: no problems.`,
    ar: `فُحص ${articles(n).ar}: لا مشكلات.`,
    fr: `${articles(n).fr} vérifié${n === 1 ? "" : "s"} : aucun problème.`,
  }),
  nothingPublished: ({ problems: p, files: f }: { problems: number; files: number }): Texts => ({
    en: `Content has ${problems(p).en} in ${files(f).en}; nothing was published:`,
    ar: `في المحتوى ${problems(p).ar} في ${files(f).ar}؛ لم يُنشر شيء:`,
    fr: `Le contenu a ${problems(p).fr} dans ${files(f).fr} ; rien n'a été publié :`,
  }),
  previewWarnings: ({ warnings: w }: { warnings: number }): Texts => ({
    en: `${w} typography warning${w === 1 ? "" : "s"}: run npm run check to see them.`,
    ar: `${warnings(w).ar} طباعية: شغّل ${iso("npm run check")} لتراها.`,
    fr: `${warnings(w).fr} typographique${w === 1 ? "" : "s"} : lancez npm run check pour les voir.`,
  }),
  badFormat: ({ value }: { value: string }): Texts => ({
    en: `--format must be text or github, not "${value}".`,
    ar: `يجب أن تكون قيمة ${iso("--format")} ${iso("text")} أو ${iso("github")}، لا ${iso(`"${value}"`)}.`,
    fr: `--format doit valoir text ou github, pas "${value}".`,
  }),
  badLang: ({ value }: { value: string }): Texts => ({
    en: `--lang must be ar, en or fr, not "${value}".`,
    ar: `يجب أن تكون قيمة ${iso("--lang")} واحدة من ${iso("ar, en, fr")}، لا ${iso(`"${value}"`)}.`,
    fr: `--lang doit valoir ar, en ou fr, pas "${value}".`,
  }),
  shardBuilt: ({ index, count }: { index: number; count: number }): Texts => ({
    en: `Shard ${index} of ${count}: its articles and their search index parts.`,
    ar: `الحصة ${iso(String(index))} من ${iso(String(count))}: مقالاتها وأجزاء فهرس البحث الخاصة بها.`,
    fr: `Part ${index} sur ${count} : ses articles et leurs parties de l’index de recherche.`,
  }),
  merged: ({ shards, files }: { shards: number; files: number }): Texts => ({
    en: `Merged ${shards} shards: ${files} files copied beside the site-wide pages.`,
    ar: `جُمعت ${iso(String(shards))} حصص: نُسخ ${iso(String(files))} ملفًا بجانب صفحات الموقع العامة.`,
    fr: `${shards} parts assemblées : ${files} fichiers copiés à côté des pages du site.`,
  }),
  mergeUsage: (): Texts => ({
    en: "Usage: npm run build -- --merge SHARD_FOLDER… (the folders of npm run build -- --shard i/n)",
    ar: "الاستعمال: npm run build -- --merge SHARD_FOLDER… (مجلدات npm run build -- --shard i/n)",
    fr: "Usage : npm run build -- --merge DOSSIER_DE_PART… (les dossiers de npm run build -- --shard i/n)",
  }),
  built: ({ output, seconds }: { output: string; seconds: string }): Texts => ({
    en: `Built ${output} in ${seconds} s.`,
    ar: `بُني ${iso(output)} في ${iso(seconds)} ث.`,
    fr: `${output} construit en ${seconds} s.`,
  }),
  created: ({ file, slug }: { file: string; slug: string }): Texts => ({
    en: [
      `Created ${file} (a draft).`,
      "Next:",
      "  1. Open it, write the summary after summary: and the article under the second --- line.",
      `  2. Preview it: run npm start and open http://localhost:8080/articles/${slug}/`,
      '  3. When it is ready: delete the line "draft: true", run npm run check, and commit the file.',
    ].join("\n"),
    ar: [
      `أُنشئ ${iso(file)} (مسودة).`,
      "بعد ذلك:",
      `  ١. افتحه، واكتب الملخص بعد ${iso("summary:")} والمقال تحت سطر ${iso("---")} الثاني.`,
      `  ٢. عاينه: شغّل ${iso("npm start")} وافتح ${iso(`http://localhost:8080/articles/${slug}/`)}`,
      `  ٣. حين يجهز: احذف السطر ${iso('"draft: true"')}، وشغّل ${iso("npm run check")}، ثم أودِع الملف (commit).`,
    ].join("\n"),
    fr: [
      `${file} créé (un brouillon).`,
      "Ensuite :",
      "  1. Ouvrez-le, écrivez le résumé après summary: et l'article sous la deuxième ligne ---.",
      `  2. Prévisualisez-le : lancez npm start et ouvrez http://localhost:8080/articles/${slug}/`,
      '  3. Quand il est prêt : supprimez la ligne "draft: true", lancez npm run check, et validez le fichier.',
    ].join("\n"),
  }),
  wrote: (p: { pages: number; reused: number; rendered: number; listings: number; threads: number; minified: number }): Texts => ({
    en: `Wrote ${p.pages} article pages (${p.reused} kept from the last build, ${p.rendered} rendered) and ${p.listings} section, tag and author pages on ${p.threads ? `${p.threads} worker threads` : "the main thread"}; ${p.minified} Markdown bodies minified.`,
    ar: `كُتبت ${iso(p.pages)} صفحة مقال (${iso(p.reused)} من البناء السابق، و${iso(p.rendered)} صُيّرت الآن) و${iso(p.listings)} صفحة للأقسام والوسوم والكتّاب ${p.threads ? `على ${iso(p.threads)} خيوط عمل` : "على الخيط الرئيسي"}؛ وضُغط ${iso(p.minified)} نصًا.`,
    fr: `${p.pages} pages d'articles écrites (${p.reused} reprises de la construction précédente, ${p.rendered} produites) et ${p.listings} pages de rubriques, mots-clés et auteurs ${p.threads ? `sur ${p.threads} fils de travail` : "sur le fil principal"} ; ${p.minified} textes Markdown minifiés.`,
  }),
  pictures: (p: { encoded: number; reused: number; seconds: string; linked: number }): Texts => ({
    en: `Pictures: ${p.encoded} encoded, ${p.reused} from the cache, in ${p.seconds} s; ${p.linked} files copied into the site's img/.`,
    ar: `الصور: رُمّزت ${iso(p.encoded)}، وأُخذت ${iso(p.reused)} من الذاكرة المؤقتة، في ${iso(p.seconds)} ث؛ ونُسخ ${iso(p.linked)} ملفًا إلى ${iso("img/")} في الموقع.`,
    fr: `Images : ${p.encoded} encodées, ${p.reused} du cache, en ${p.seconds} s ; ${p.linked} fichiers copiés dans img/ du site.`,
  }),
  searchIndex: (p: { parts: number; indexed: number; total: number; seconds: string }): Texts => ({
    en: `Search index: ${p.parts} parts by date, ${p.indexed} of ${p.total} articles indexed (the rest unchanged since the last build) in ${p.seconds} s.`,
    ar: `فهرس البحث: ${iso(p.parts)} أجزاء حسب التاريخ، وفُهرس ${iso(p.indexed)} من ${iso(p.total)} مقالًا (والباقي لم يتغير منذ البناء السابق) في ${iso(p.seconds)} ث.`,
    fr: `Index de recherche : ${p.parts} parties par date, ${p.indexed} articles sur ${p.total} indexés (les autres inchangés depuis la construction précédente) en ${p.seconds} s.`,
  }),
  settingsBroken: (): Texts => ({
    en: "The site's settings have problems; fix them first (npm run check lists them all):",
    ar: `في إعدادات الموقع مشكلات؛ أصلحها أولًا (${iso("npm run check")} يسردها كلها):`,
    fr: "Les réglages du site ont des problèmes ; corrigez-les d'abord (npm run check les liste tous) :",
  }),
};
