/**
 * What the check says about files and names in the repository, which is untrusted input (decision
 * 0025): links and special files the door refuses (scripts/files/), and names some editor's
 * computer cannot hold (scripts/text/name-key.ts). Those layers say why as data; these put it into
 * words. Each text follows the path in a message.
 */
import type { LinkLeads, RefusalReason } from "../../files/repository.ts";
import type { UnsafeName } from "../../text/name-key.ts";
import { iso, type Texts } from "./speak.ts";

function linkTexts(leads: LinkLeads): Texts {
  switch (leads) {
    case "inside":
      return {
        en: "is a symbolic link (to another place in the content folder). Links are never read or published: put the file itself here.",
        ar: "رابط رمزي (إلى مكان آخر داخل مجلد المحتوى). الروابط لا تُقرأ ولا تُنشر أبدًا: ضع الملف نفسه هنا.",
        fr: "est un lien symbolique (vers un autre endroit du dossier de contenu). Les liens ne sont jamais lus ni publiés : mettez le fichier lui-même ici.",
      };
    case "outside":
      return {
        en: "is a symbolic link to a place outside the content folder. Links are never read or published, and this one would publish a file from outside the repository: remove it, or put the file itself here.",
        ar: "رابط رمزي إلى مكان خارج مجلد المحتوى. الروابط لا تُقرأ ولا تُنشر أبدًا، وهذا الرابط كان سينشر ملفًا من خارج المستودع: احذفه، أو ضع الملف نفسه هنا.",
        fr: "est un lien symbolique vers un endroit hors du dossier de contenu. Les liens ne sont jamais lus ni publiés, et celui-ci publierait un fichier extérieur au dépôt : supprimez-le, ou mettez le fichier lui-même ici.",
      };
    case "loop":
      return {
        en: "is a symbolic link that leads round in a circle (a link loop). Remove it.",
        ar: "رابط رمزي يدور في حلقة (رابط يشير إلى نفسه). احذفه.",
        fr: "est un lien symbolique qui tourne en rond (une boucle de liens). Supprimez-le.",
      };
    case "nowhere":
      return {
        en: "is a symbolic link to something that does not exist. Remove it, or put the file itself here.",
        ar: "رابط رمزي إلى شيء غير موجود. احذفه، أو ضع الملف نفسه هنا.",
        fr: "est un lien symbolique vers quelque chose qui n'existe pas. Supprimez-le, ou mettez le fichier lui-même ici.",
      };
    case "unknown":
      return {
        en: "is a symbolic link. Links are never read or published.",
        ar: "رابط رمزي. الروابط لا تُقرأ ولا تُنشر أبدًا.",
        fr: "est un lien symbolique. Les liens ne sont jamais lus ni publiés.",
      };
  }
}

function refusedTexts(reason: RefusalReason): Texts {
  switch (reason.kind) {
    case "link":
      return linkTexts(reason.leads);
    case "inside-link": {
      const link = linkTexts(reason.leads);
      return {
        en: `is inside ${reason.folder}, which ${link.en}`,
        ar: `داخل ${iso(reason.folder)}، وهو ${link.ar}`,
        fr: `est dans ${reason.folder}, qui ${link.fr}`,
      };
    }
    case "root-link":
      return {
        en: "is inside a content folder that is itself a symbolic link. The content folder must be a real folder in the repository.",
        ar: "داخل مجلد محتوى هو نفسه رابط رمزي. يجب أن يكون مجلد المحتوى مجلدًا حقيقيًا في المستودع.",
        fr: "est dans un dossier de contenu qui est lui-même un lien symbolique. Le dossier de contenu doit être un vrai dossier du dépôt.",
      };
    case "special":
      return {
        en: "is neither a regular file nor a folder (a device, pipe or socket). Remove it.",
        ar: "ليس ملفًا عاديًا ولا مجلدًا (جهاز أو أنبوب أو مقبس). احذفه.",
        fr: "n'est ni un fichier ordinaire ni un dossier (un périphérique, un tube ou une socket). Supprimez-le.",
      };
    case "outside":
      return {
        en: "is outside the content folder, so it is not read.",
        ar: "خارج مجلد المحتوى، فلا يُقرأ.",
        fr: "est hors du dossier de contenu, il n'est donc pas lu.",
      };
    case "folder":
      return {
        en: "is a folder, where a file was expected.",
        ar: "مجلد، والمنتظر ملف.",
        fr: "est un dossier, là où un fichier était attendu.",
      };
    case "missing":
      return { en: "does not exist.", ar: "غير موجود.", fr: "n'existe pas." };
  }
}

/**
 * The words of a name rule without the name: the check's refusals say them, and the browser
 * editor's patterns (scripts/site/editor-patterns.ts) say the same words, so the two never differ.
 */
export const NAME_RULES = {
  device: {
    en: "is a name Windows reserves for a device",
    ar: "اسم يحجزه Windows لجهاز",
    fr: "est un nom que Windows réserve à un périphérique",
  },
  long: (max: number): Texts => ({
    en: `file systems allow ${max} (about 120 Arabic letters)`,
    ar: `أنظمة الملفات تسمح بـ ${iso(max)} (نحو 120 حرفًا عربيًا)`,
    fr: `les systèmes de fichiers en permettent ${max} (environ 120 lettres arabes)`,
  }),
} satisfies Record<string, Texts | ((max: number) => Texts)>;

function unsafeTexts(name: UnsafeName): Texts {
  switch (name.kind) {
    case "character":
      return {
        en: `contains a character Windows does not allow in a name (${name.shown}), so an editor on Windows cannot check it out. Choose another name.`,
        ar: `فيه حرف لا يسمح به Windows في الأسماء (${iso(name.shown)})، فلا يستطيع محرر يعمل على Windows أن ينزّله. اختر اسمًا آخر.`,
        fr: `contient un caractère que Windows refuse dans un nom (${name.shown}) : un éditeur sous Windows ne peut pas le récupérer. Choisissez un autre nom.`,
      };
    case "device":
      return {
        en: `${NAME_RULES.device.en} (${name.device}), so an editor on Windows cannot check it out. Choose another name.`,
        ar: `${NAME_RULES.device.ar} (${iso(name.device)})، فلا يستطيع محرر يعمل على Windows أن ينزّله. اختر اسمًا آخر.`,
        fr: `${NAME_RULES.device.fr} (${name.device}) : un éditeur sous Windows ne peut pas le récupérer. Choisissez un autre nom.`,
      };
    case "trailing":
      return {
        en: "ends with a dot or a space, which Windows drops, so it would be another name there. Remove it.",
        ar: "ينتهي بنقطة أو مسافة، ويحذفهما Windows فيصير اسمًا آخر هناك. احذفهما.",
        fr: "se termine par un point ou une espace, que Windows supprime : ce serait un autre nom là-bas. Supprimez-le.",
      };
    case "long":
      return {
        en: `is ${name.bytes} bytes long in UTF-8; ${NAME_RULES.long(name.max).en}. Make it shorter.`,
        ar: `طوله ${iso(name.bytes)} بايت بترميز UTF-8، و${NAME_RULES.long(name.max).ar}. اختصره.`,
        fr: `fait ${name.bytes} octets en UTF-8 ; ${NAME_RULES.long(name.max).fr}. Raccourcissez-le.`,
      };
  }
}

export const FILE_MESSAGES = {
  refusedFile: (reason: RefusalReason): Texts => refusedTexts(reason),
  unsafeName: (name: UnsafeName): Texts => unsafeTexts(name),
  sameName: ({ first }: { first: string }): Texts => ({
    en: `has the same name as ${first} on a computer that ignores letter case (macOS, Windows), or differs from it only in characters that look alike. Rename one of the two.`,
    ar: `له اسم ${iso(first)} نفسه على حاسوب لا يفرّق بين الحروف الكبيرة والصغيرة (macOS وWindows)، أو لا يختلف عنه إلا بحروف متشابهة الشكل. غيّر اسم أحدهما.`,
    fr: `a le même nom que ${first} sur un ordinateur qui ignore la casse (macOS, Windows), ou n'en diffère que par des caractères qui se ressemblent. Renommez l'un des deux.`,
  }),
};
