/**
 * What the browser editor says when a field's pattern refuses a name (scripts/site/editor-patterns.ts).
 * The content check stays the one judge: each message is made of the words the check's own refusals
 * say for the same rule (SLUG_RULES, NO_LETTERS, NAME_RULES, imageUnder, noDotDot), so the editor
 * and `npm run check` never word a rule two ways. A pattern has one message for all its rules, so
 * the message names each rule the pattern holds.
 */
import { ARTICLE_MESSAGES, NO_LETTERS, SLUG_RULES } from "./articles.ts";
import { NAME_RULES } from "./files.ts";
import { MAX_SEGMENT_BYTES } from "../../text/name-key.ts";
import { iso, type Texts } from "./speak.ts";

const DEVICES = "CON, PRN, AUX, NUL, COM1, LPT1";
const device = NAME_RULES.device;
const long = NAME_RULES.long(MAX_SEGMENT_BYTES);
const max = MAX_SEGMENT_BYTES;

export const EDITOR_MESSAGES = {
  editorTag: (): Texts => ({
    en: `The check refuses a tag that ${NO_LETTERS.en}, or whose page's folder ${device.en} (${DEVICES}…), or is over ${max} bytes: ${long.en}. Write no invisible or direction characters in it (such as U+200D, U+200F, U+202E).`,
    ar: `يرفض الفحص وسمًا ${NO_LETTERS.ar}، أو وسمًا مجلدُ صفحته ${device.ar} (${iso(DEVICES)} وأمثالها)، أو يزيد على ${iso(max)} بايت: ${long.ar}. ولا تكتب فيه محارف خفية أو محارف اتجاه (مثل ${iso("U+200D, U+200F, U+202E")}).`,
    fr: `La vérification refuse une étiquette qui ${NO_LETTERS.fr}, dont le dossier de la page ${device.fr} (${DEVICES}…), ou qui dépasse ${max} octets : ${long.fr}. N'y écrivez aucun caractère invisible ni contrôle de direction (comme U+200D, U+200F, U+202E).`,
  }),
  editorSlug: ({ latin }: { latin: boolean }): Texts => {
    const rule = SLUG_RULES[latin ? "latin" : "arabic"];
    return {
      en: `The name in the link may only contain ${rule.en}. The check refuses a name that ${device.en} (${DEVICES}…), or is over ${max} bytes: ${long.en}.`,
      ar: `الاسم في الرابط يجب أن يتكوّن من ${rule.ar}. ويرفض الفحص اسمًا هو ${device.ar} (${iso(DEVICES)} وأمثالها)، أو يزيد على ${iso(max)} بايت: ${long.ar}.`,
      fr: `Le nom dans l'adresse ne peut contenir que ${rule.fr}. La vérification refuse un nom qui ${device.fr} (${DEVICES}…), ou qui dépasse ${max} octets : ${long.fr}.`,
    };
  },
  editorImage: (): Texts => {
    const under = ARTICLE_MESSAGES.imageUnder();
    const dots = ARTICLE_MESSAGES.noDotDot();
    return {
      en: `The picture ${under.en} It ${dots.en} The check refuses a folder or file name in it that ${device.en} (${DEVICES}…), or is over ${max} bytes: ${long.en}.`,
      ar: `الصورة: ${under.ar} ${dots.ar} ويرفض الفحص فيها اسم مجلد أو ملف هو ${device.ar} (${iso(DEVICES)} وأمثالها)، أو يزيد على ${iso(max)} بايت: ${long.ar}.`,
      fr: `L'image ${under.fr} Elle ${dots.fr} La vérification refuse un nom de dossier ou de fichier qui ${device.fr} (${DEVICES}…), ou qui dépasse ${max} octets : ${long.fr}.`,
    };
  },
  editorId: (): Texts => ({
    en: `An id may only contain ${SLUG_RULES.latin.en}. The check refuses an id that ${device.en} (${DEVICES}…).`,
    ar: `المعرّف يجب أن يتكوّن من ${SLUG_RULES.latin.ar}. ويرفض الفحص معرّفًا هو ${device.ar} (${iso(DEVICES)} وأمثالها).`,
    fr: `Un identifiant ne peut contenir que ${SLUG_RULES.latin.fr}. La vérification refuse un identifiant qui ${device.fr} (${DEVICES}…).`,
  }),
};
