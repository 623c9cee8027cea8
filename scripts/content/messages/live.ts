/**
 * What the check says about live coverage (`type: live`, decision 0032): each update's heading,
 * their order, and the pinned update; and what the build and the check say about embargoed
 * articles they hold back.
 */
import { iso, type Texts } from "./speak.ts";

export const LIVE_MESSAGES = {
  updateNotTime: ({ time, example }: { time: string; example: string }): Texts => ({
    en: `"${time}" is not the time of an update. Each update starts with a heading giving its date and time with the UTC offset, e.g. \`${example}\`.`,
    ar: `${iso(`"${time}"`)} ليس وقت تحديث. يبدأ كل تحديث بعنوان فيه تاريخه ووقته مع فرق التوقيت عن UTC، مثل ${iso(`\`${example}\``)}.`,
    fr: `"${time}" n'est pas l'heure d'une mise à jour. Chaque mise à jour commence par un intertitre donnant sa date et son heure avec le décalage UTC, par exemple \`${example}\`.`,
  }),
  updateHeading: ({ example }: { example: string }): Texts => ({
    en: `Each update starts with a heading such as \`${example}\`.`,
    ar: `يبدأ كل تحديث بعنوان مثل ${iso(`\`${example}\``)}.`,
    fr: `Chaque mise à jour commence par un intertitre comme \`${example}\`.`,
  }),
  updateOrder: ({ time, above }: { time: string; above: string }): Texts => ({
    en: `${time} is not earlier than the update above it (${above}). Updates are written newest first: move this one above it, or correct its time.`,
    ar: `${iso(time)} ليس أقدم من التحديث الذي فوقه (${iso(above)}). تُكتب التحديثات من الأحدث إلى الأقدم: انقل هذا التحديث فوقه، أو صحّح وقته.`,
    fr: `${time} n'est pas antérieure à la mise à jour au-dessus (${above}). Les mises à jour s'écrivent de la plus récente à la plus ancienne : placez celle-ci au-dessus, ou corrigez son heure.`,
  }),
  updateBeforeStart: ({ time }: { time: string }): Texts => ({
    en: `${time} is before the coverage began (\`date:\`). Correct the time, or move \`date:\` earlier.`,
    ar: `${iso(time)} يسبق بدء التغطية (${iso("`date:`")}). صحّح الوقت، أو اجعل ${iso("`date:`")} أبكر.`,
    fr: `${time} précède le début de la couverture (\`date:\`). Corrigez l'heure, ou avancez \`date:\`.`,
  }),
  updateAfterEnd: ({ time }: { time: string }): Texts => ({
    en: `${time} is after the coverage ended (\`live.ended\`). Correct the time, or remove \`ended\` to reopen the coverage.`,
    ar: `${iso(time)} بعد انتهاء التغطية (${iso("`live.ended`")}). صحّح الوقت، أو احذف ${iso("`ended`")} لتعيد فتح التغطية.`,
    fr: `${time} est après la fin de la couverture (\`live.ended\`). Corrigez l'heure, ou retirez \`ended\` pour rouvrir la couverture.`,
  }),
  pinMatchesNothing: ({ pinned }: { pinned: string }): Texts => ({
    en: `${pinned} is not the time of any update. Copy the time from the heading of the update to pin.`,
    ar: `${iso(pinned)} ليس وقت أي تحديث. انسخ الوقت من عنوان التحديث الذي تريد تثبيته.`,
    fr: `${pinned} n'est l'heure d'aucune mise à jour. Copiez l'heure depuis l'intertitre de la mise à jour à épingler.`,
  }),
  heldBack: ({ count }: { count: number }): Texts => ({
    en: `Held back until their publication time (embargo), ${count} article${count === 1 ? "" : "s"}:`,
    ar: `${count === 1 ? "مقال واحد محجوب" : count === 2 ? "مقالان محجوبان" : `${iso(count)} ${count <= 10 ? "مقالات محجوبة" : "مقالًا محجوبًا"}`} حتى موعد نشره (حظر النشر):`,
    fr: `Retenu${count === 1 ? "" : "s"} jusqu'à l'heure de publication (embargo), ${count} article${count === 1 ? "" : "s"} :`,
  }),
  heldBackArticle: ({ file, title, time }: { file: string; title: string; time: string }): Texts => ({
    en: `  ${file}: "${title}" at ${time}`,
    ar: `  ${iso(file)}: «${iso(title)}» في ${iso(time)}`,
    fr: `  ${file} : "${title}" à ${time}`,
  }),
};
