/**
 * What the check says about the publication's pages (content/pages/: about, contact, the
 * corrections policy…). Their front matter and body are checked as an article's are; these are the
 * messages only a page needs.
 */
import { SLUG_RULES } from "./articles.ts";
import { iso, type Texts } from "./speak.ts";

export const PAGE_MESSAGES = {
  pageRoleTaken: ({ role, file }: { role: string; file: string }): Texts => ({
    en: `"${role}" is already the role of ${file}. The footer and the publisher's data link one page for each role: remove the line from one of the two.`,
    ar: `${iso(`"${role}"`)} هو دور الصفحة ${iso(file)}. يربط التذييل وبيانات الناشر صفحة واحدة لكل دور: احذف السطر من إحدى الصفحتين.`,
    fr: `"${role}" est déjà le rôle de ${file}. Le pied de page et les données de l'éditeur lient une seule page par rôle : retirez la ligne de l'une des deux.`,
  }),
  pageSlugRule: ({ value, suggestion }: { value: string; suggestion: string }): Texts => ({
    en: `"${value}" is not a page's name in a URL: ${SLUG_RULES.latin.en} only.${suggestion ? ` Rename the file ${suggestion}.md, or write \`slug: ${suggestion}\`.` : ""}`,
    ar: `${iso(`"${value}"`)} لا يصلح اسمًا للصفحة في الرابط: ${SLUG_RULES.latin.ar} فقط.${suggestion ? ` غيّر اسم الملف إلى ${iso(`${suggestion}.md`)}، أو اكتب ${iso(`\`slug: ${suggestion}\``)}.` : ""}`,
    fr: `"${value}" ne convient pas comme nom de page dans une adresse : lettres latines minuscules, chiffres et tirets simples seulement.${suggestion ? ` Renommez le fichier ${suggestion}.md, ou écrivez \`slug: ${suggestion}\`.` : ""}`,
  }),
  pageSlugTaken: ({ slug, file }: { slug: string; file: string }): Texts => ({
    en: `"${slug}" is already the name of ${file} in its URL. Two pages cannot share an address; give this one its own slug.`,
    ar: `${iso(`"${slug}"`)} هو اسم الصفحة ${iso(file)} في رابطها. لا تشترك صفحتان في عنوان واحد؛ أعطِ هذه الصفحة اسمًا خاصًا بها.`,
    fr: `"${slug}" est déjà le nom de ${file} dans son adresse. Deux pages ne peuvent partager une adresse ; donnez à celle-ci son propre slug.`,
  }),
  pageEmptyBody: (): Texts => ({
    en: "The page has no text: nothing is written under the second --- line. Write it there.",
    ar: `الصفحة بلا نص: لا شيء مكتوب تحت سطر ${iso("---")} الثاني. اكتب نصها هناك.`,
    fr: "La page n'a pas de texte : rien n'est écrit sous la deuxième ligne ---. Écrivez-le là.",
  }),
};
