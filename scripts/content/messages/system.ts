/**
 * What the build says about the folders it writes (decision 0021): operating-system errors an
 * editor can act on, the lock that keeps to one build at a time, a site put back, a damaged or
 * foreign cache. Each says what failed, on which path, and what to do.
 */
import { iso, type Texts } from "./speak.ts";

/** Operating-system errors an editor can do something about, and what, by error code. */
const WHAT_TO_DO = {
  EPERM: (path: string): Texts => ({
    en: `the system refused it (EPERM). Check that ${path} is not immutable (lsattr; chattr -i) or a busy mount point, and that this user may change it, then build again.`,
    ar: `رفضه النظام (${iso("EPERM")}). تأكد أن ${iso(path)} غير مقفل على التغيير (${iso("lsattr; chattr -i")}) وليس نقطة تركيب مشغولة، وأن هذا المستخدم يملك تغييره، ثم ابنِ من جديد.`,
    fr: `le système l'a refusé (EPERM). Vérifiez que ${path} n'est pas immuable (lsattr ; chattr -i) ni un point de montage occupé, et que cet utilisateur peut le modifier, puis reconstruisez.`,
  }),
  EACCES: (path: string): Texts => ({
    en: `permission was denied (EACCES). Give this user write access to ${path} and the folder holding it, then build again.`,
    ar: `رُفض الإذن (${iso("EACCES")}). امنح هذا المستخدم حق الكتابة في ${iso(path)} وفي المجلد الذي يحويه، ثم ابنِ من جديد.`,
    fr: `la permission a été refusée (EACCES). Donnez à cet utilisateur le droit d'écrire dans ${path} et dans le dossier qui le contient, puis reconstruisez.`,
  }),
  ENOSPC: (): Texts => ({
    en: "the disk is full (ENOSPC). Free some space (deleting .cache/ is safe: the next build makes it again), then build again.",
    ar: `القرص ممتلئ (${iso("ENOSPC")}). أفرغ بعض المساحة (حذف ${iso(".cache/")} آمن: البناء التالي يصنعه من جديد)، ثم ابنِ من جديد.`,
    fr: "le disque est plein (ENOSPC). Libérez de la place (supprimer .cache/ est sans danger : la prochaine construction le refait), puis reconstruisez.",
  }),
  EROFS: (path: string): Texts => ({
    en: `the file system holding ${path} is read-only (EROFS). Build into a writable folder (--output, NEWSROOM_CACHE), or mount it writable.`,
    ar: `نظام الملفات الذي يحوي ${iso(path)} للقراءة فقط (${iso("EROFS")}). ابنِ في مجلد قابل للكتابة (${iso("--output, NEWSROOM_CACHE")})، أو اجعله قابلًا للكتابة.`,
    fr: `le système de fichiers de ${path} est en lecture seule (EROFS). Construisez dans un dossier accessible en écriture (--output, NEWSROOM_CACHE), ou montez-le en écriture.`,
  }),
  ELOOP: (path: string): Texts => ({
    en: `a symbolic link on the way to ${path} points back at itself (ELOOP). Remove or correct the link, then build again.`,
    ar: `رابط رمزي في الطريق إلى ${iso(path)} يشير إلى نفسه (${iso("ELOOP")}). احذف الرابط أو صحّحه، ثم ابنِ من جديد.`,
    fr: `un lien symbolique sur le chemin de ${path} pointe vers lui-même (ELOOP). Supprimez ou corrigez le lien, puis reconstruisez.`,
  }),
  EMFILE: (): Texts => ({
    en: "too many files were open at once (EMFILE). Raise the limit for this shell (ulimit -n 4096), then build again.",
    ar: `فُتح عدد كبير جدًا من الملفات في وقت واحد (${iso("EMFILE")}). ارفع الحد في هذه الطرفية (${iso("ulimit -n 4096")})، ثم ابنِ من جديد.`,
    fr: "trop de fichiers étaient ouverts à la fois (EMFILE). Relevez la limite de ce shell (ulimit -n 4096), puis reconstruisez.",
  }),
  EBUSY: (path: string): Texts => ({
    en: `${path} is in use (EBUSY), perhaps a mount point. Unmount it or build into another folder, then build again.`,
    ar: `${iso(path)} قيد الاستعمال (${iso("EBUSY")})، ولعله نقطة تركيب. ألغِ تركيبه أو ابنِ في مجلد آخر، ثم ابنِ من جديد.`,
    fr: `${path} est occupé (EBUSY), peut-être un point de montage. Démontez-le ou construisez dans un autre dossier, puis reconstruisez.`,
  }),
};

export type SystemErrorCode = keyof typeof WHAT_TO_DO;

export function isSystemErrorCode(code: string): code is SystemErrorCode {
  return Object.hasOwn(WHAT_TO_DO, code);
}

/** What the build was doing, by system call. */
const ACTIONS = {
  rename: { en: "move", ar: "نقل", fr: "déplacer" },
  open: { en: "open", ar: "فتح", fr: "ouvrir" },
  mkdir: { en: "create the folder", ar: "إنشاء المجلد", fr: "créer le dossier" },
  rmdir: { en: "remove the folder", ar: "حذف المجلد", fr: "supprimer le dossier" },
  unlink: { en: "remove", ar: "حذف", fr: "supprimer" },
  symlink: { en: "create the link", ar: "إنشاء الرابط", fr: "créer le lien" },
  write: { en: "write", ar: "كتابة", fr: "écrire" },
  copyfile: { en: "copy", ar: "نسخ", fr: "copier" },
  scandir: { en: "list the folder", ar: "سرد محتوى المجلد", fr: "lister le dossier" },
  link: { en: "link", ar: "ربط", fr: "lier" },
  utime: { en: "touch", ar: "تحديث وقت", fr: "toucher" },
  lstat: { en: "read", ar: "قراءة", fr: "lire" },
  stat: { en: "read", ar: "قراءة", fr: "lire" },
  read: { en: "read", ar: "قراءة", fr: "lire" },
} satisfies Record<string, Texts>;

/** The folder a lock guards, for the lock's messages. */
const LOCKED = {
  cache: { en: "the build cache", ar: "ذاكرة البناء المؤقتة", fr: "le cache de construction" },
  site: { en: "the published folder", ar: "المجلد المنشور", fr: "le dossier publié" },
} satisfies Record<string, Texts>;

export type LockedFolder = { kind: keyof typeof LOCKED; path: string };

const locked = ({ kind, path }: LockedFolder): Texts => ({
  en: `${LOCKED[kind].en} ${path}`,
  ar: `${LOCKED[kind].ar} ${iso(path)}`,
  fr: `${LOCKED[kind].fr} ${path}`,
});

/** Who holds a lock: a process of a host since a time, or, when its owner file is gone, "another process". */
export type LockHolder = { pid: number; host: string; started: string } | undefined;

const holder = (owner: LockHolder): Texts =>
  owner
    ? {
        en: `process ${owner.pid} on ${owner.host}, which started at ${owner.started}`,
        ar: `العملية ${iso(owner.pid)} على ${iso(owner.host)}، التي بدأت في ${iso(owner.started)}`,
        fr: `le processus ${owner.pid} sur ${owner.host}, démarré à ${owner.started}`,
      }
    : { en: "another process", ar: "عملية أخرى", fr: "un autre processus" };

export const SYSTEM_MESSAGES = {
  systemError: ({ code, syscall, path, dest }: { code: SystemErrorCode; syscall?: string | undefined; path?: string | undefined; dest?: string | undefined }): Texts => {
    const action = (syscall && Object.hasOwn(ACTIONS, syscall) ? ACTIONS[syscall as keyof typeof ACTIONS] : undefined) ?? ACTIONS.write;
    // The system names the path nearly always; when it does not, "a file", in the sentence's language.
    const p: Texts = path === undefined ? { en: "a file", ar: "ملف", fr: "un fichier" } : { en: path, ar: iso(path), fr: path };
    const what = (language: keyof Texts) => WHAT_TO_DO[code](path ?? p[language])[language];
    return {
      en: `The build could not ${action.en} ${dest ? `${p.en} to ${dest}` : p.en}: ${what("en")} The published site was left as it was.`,
      ar: `تعذّر على البناء ${action.ar} ${dest ? `${p.ar} إلى ${iso(dest)}` : p.ar}: ${what("ar")} وبقي الموقع المنشور كما كان.`,
      fr: `La construction n'a pas pu ${action.fr} ${dest ? `${p.fr} vers ${dest}` : p.fr} : ${what("fr")} Le site publié est resté tel quel.`,
    };
  },
  buildFailed: (): Texts => ({
    en: "The build failed; the published site was left as it was.",
    ar: "فشل البناء، وبقي الموقع المنشور كما كان.",
    fr: "La construction a échoué ; le site publié est resté tel quel.",
  }),
  otherBuild: ({ lock, owner }: { lock: LockedFolder; owner: LockHolder }): Texts => ({
    en: `Another build is writing ${locked(lock).en}: ${holder(owner).en}. Wait for it to finish, or run the command again without --no-wait to wait for it.`,
    ar: `بناء آخر يكتب في ${locked(lock).ar}: ${holder(owner).ar}. انتظر حتى ينتهي، أو شغّل الأمر من جديد بلا ${iso("--no-wait")} لينتظره.`,
    fr: `Une autre construction écrit dans ${locked(lock).fr} : ${holder(owner).fr}. Attendez qu'elle finisse, ou relancez la commande sans --no-wait pour l'attendre.`,
  }),
  waiting: ({ lock, owner }: { lock: LockedFolder; owner: LockHolder }): Texts => ({
    en: `Waiting for another build to finish with ${locked(lock).en}: ${holder(owner).en}.`,
    ar: `في انتظار أن ينتهي بناء آخر من ${locked(lock).ar}: ${holder(owner).ar}.`,
    fr: `En attente qu'une autre construction en ait fini avec ${locked(lock).fr} : ${holder(owner).fr}.`,
  }),
  tookOver: ({ lock, owner }: { lock: LockedFolder; owner: LockHolder }): Texts => ({
    en: `Took over the lock on ${locked(lock).en} from a build that was stopped before it finished: ${holder(owner).en}.`,
    ar: `أُخذ قفل ${locked(lock).ar} من بناء توقف قبل أن ينتهي: ${holder(owner).ar}.`,
    fr: `Verrou de ${locked(lock).fr} repris à une construction arrêtée avant la fin : ${holder(owner).fr}.`,
  }),
  takenOver: ({ lock, seconds }: { lock: LockedFolder; seconds: number }): Texts => ({
    en: `Another build took over ${locked(lock).en} while this one was stalled for more than ${seconds} s; this build published nothing.`,
    ar: `أخذ بناء آخر ${locked(lock).ar} بينما توقف هذا البناء أكثر من ${iso(seconds)} ث؛ ولم ينشر هذا البناء شيئًا.`,
    fr: `Une autre construction a repris ${locked(lock).fr} pendant que celle-ci était bloquée plus de ${seconds} s ; celle-ci n'a rien publié.`,
  }),
  putBack: ({ output }: { output: string }): Texts => ({
    en: `${output} was missing after a stopped build; the last complete site was put back.`,
    ar: `كان ${iso(output)} مفقودًا بعد بناء توقف؛ فأُعيد آخر موقع كامل.`,
    fr: `${output} manquait après une construction arrêtée ; le dernier site complet a été remis en place.`,
  }),
  cacheIgnored: ({ cacheDir }: { cacheDir: string }): Texts => ({
    en: `The build cache ${cacheDir} was made by another version of the project, its lockfile or Node; it was emptied and made afresh.`,
    ar: `صُنعت ذاكرة البناء المؤقتة ${iso(cacheDir)} بنسخة أخرى من المشروع أو من ملف قفله أو من Node؛ فأُفرغت وصُنعت من جديد.`,
    fr: `Le cache de construction ${cacheDir} a été fait par une autre version du projet, de son fichier de verrouillage ou de Node ; il a été vidé et refait.`,
  }),
  cacheDamaged: ({ total, folders }: { total: number; folders: string }): Texts => ({
    en: `The build cache had ${total} damaged ${total === 1 ? "entry" : "entries"} (${folders}); each was made again and nothing damaged was published.`,
    ar: `كان في ذاكرة البناء المؤقتة ${iso(total)} ${total === 1 ? "مدخل تالف" : "من المدخلات التالفة"} (${iso(folders)})؛ صُنع كل منها من جديد ولم يُنشر شيء تالف.`,
    fr: `Le cache de construction avait ${total} entrée${total === 1 ? "" : "s"} endommagée${total === 1 ? "" : "s"} (${folders}) ; chacune a été refaite et rien d'endommagé n'a été publié.`,
  }),
  shareCards: ({ made, each, reused }: { made: number; each: number; reused: number }): Texts => ({
    en: `Share cards: ${made} drawn${made ? ` (${each} ms each)` : ""}, ${reused} from the cache.`,
    ar: `بطاقات المشاركة: رُسمت ${iso(made)}${made ? ` (${iso(each)} م.ث لكل منها)` : ""}، وأُخذت ${iso(reused)} من الذاكرة المؤقتة.`,
    fr: `Cartes de partage : ${made} dessinée${made === 1 ? "" : "s"}${made ? ` (${each} ms chacune)` : ""}, ${reused} du cache.`,
  }),
  refusedWhileBuilding: ({ path, reason }: { path: string; reason: Texts }): Texts => ({
    en: `${path} ${reason.en} It changed after the check; run the build again.`,
    ar: `${iso(path)}: ${reason.ar} تغيّر بعد الفحص؛ شغّل البناء من جديد.`,
    fr: `${path} ${reason.fr} Il a changé après la vérification ; relancez la construction.`,
  }),
  // The preview (npm start)
  exposed: (): Texts => ({
    en: "[newsroom] --expose: the preview listens on every network interface, so anyone on this network can read the drafts and embargoed stories it shows. Use it only on a network you trust, and stop the preview when you are done.",
    ar: `[newsroom] ${iso("--expose")}: المعاينة تستمع على كل واجهات الشبكة، فيستطيع أي أحد على هذه الشبكة قراءة المسودات والأخبار المحظورة التي تعرضها. استعمله على شبكة تثق بها فقط، وأوقف المعاينة حين تنتهي.`,
    fr: "[newsroom] --expose : l'aperçu écoute sur toutes les interfaces réseau, donc n'importe qui sur ce réseau peut lire les brouillons et articles sous embargo qu'il montre. Ne l'utilisez que sur un réseau de confiance, et arrêtez l'aperçu quand vous avez fini.",
  }),
  previewBuilding: (): Texts => ({
    en: "The preview is still building. Reload in a moment.",
    ar: "المعاينة ما زالت تُبنى. أعد تحميل الصفحة بعد لحظة.",
    fr: "L'aperçu est encore en construction. Rechargez dans un instant.",
  }),
  previewTooLong: (): Texts => ({
    en: "The preview took too long to answer.",
    ar: "تأخرت المعاينة كثيرًا في الرد.",
    fr: "L'aperçu a mis trop de temps à répondre.",
  }),
  previewNoAnswer: (): Texts => ({
    en: "The preview could not answer.",
    ar: "تعذّر على المعاينة أن ترد.",
    fr: "L'aperçu n'a pas pu répondre.",
  }),
  previewNotRendered: ({ path }: { path: string }): Texts => ({
    en: `${path} could not be rendered:`,
    ar: `تعذّر عرض ${iso(path)}:`,
    fr: `${path} n'a pas pu être produit :`,
  }),
  previewKept: ({ problems, files }: { problems: number; files: number }): Texts => ({
    en: `The latest save has ${problems} problem${problems === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}; the preview shows the last good version, with the problems over its pages:`,
    ar: `في آخر حفظ ${problems === 1 ? "مشكلة واحدة" : `مشكلات عددها ${iso(problems)}`} في ${files === 1 ? "ملف واحد" : `${iso(files)} ملفات`}؛ تعرض المعاينة آخر نسخة سليمة، والمشكلات فوق صفحاتها:`,
    fr: `La dernière sauvegarde a ${problems} problème${problems === 1 ? "" : "s"} dans ${files} fichier${files === 1 ? "" : "s"} ; l'aperçu montre la dernière version correcte, avec les problèmes par-dessus ses pages :`,
  }),
};
