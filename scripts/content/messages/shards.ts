/**
 * What `npm run build` says about its flags and about builds spread over runners (decision 0035):
 * the web team's settings, refused before the content is read, each with what to write instead.
 */
import { iso, type Texts } from "./speak.ts";

export const SHARD_MESSAGES = {
  shardOrMerge: (): Texts => ({
    en: "--shard builds one runner's share and --merge puts the shares together: give one of them.",
    ar: `${iso("--shard")} يبني حصة مشغّل واحد و${iso("--merge")} يجمع الحصص: استعمل أحدهما فقط.`,
    fr: "--shard construit la part d'un exécuteur et --merge assemble les parts : donnez l'un des deux.",
  }),
  shardValue: ({ value }: { value: string }): Texts => ({
    en: `--shard ${value}: write which share of how many, like --shard 2/4 (from 1 to the number of shards).`,
    ar: `${iso(`--shard ${value}`)}: اكتب رقم الحصة من عدد الحصص، مثل ${iso("--shard 2/4")} (من 1 إلى عدد الحصص).`,
    fr: `--shard ${value} : écrivez quelle part sur combien, comme --shard 2/4 (de 1 au nombre de parts).`,
  }),
  clockNotTime: ({ value }: { value: string }): Texts => ({
    en: `NEWSROOM_NOW="${value}" is not a time. Write it like 2026-12-01T08:00:00+03:00, or unset it.`,
    ar: `${iso(`NEWSROOM_NOW="${value}"`)} ليس وقتًا. اكتبه مثل ${iso("2026-12-01T08:00:00+03:00")}، أو احذفه.`,
    fr: `NEWSROOM_NOW="${value}" n'est pas une heure. Écrivez-la comme 2026-12-01T08:00:00+03:00, ou retirez-la.`,
  }),
  notShardFolder: ({ folder, file }: { folder: string; file: string }): Texts => ({
    en: `${folder} is not a shard's folder: it has no ${file} (made by npm run build -- --shard i/n).`,
    ar: `${iso(folder)} ليس مجلد حصة: ليس فيه ${iso(file)} (يصنعه ${iso("npm run build -- --shard i/n")}).`,
    fr: `${folder} n'est pas le dossier d'une part : il n'a pas de ${file} (fait par npm run build -- --shard i/n).`,
  }),
  shardCounts: (p: { folder: string; index: number; count: number; first: string; firstCount: number }): Texts => ({
    en: `${p.folder} is shard ${p.index} of ${p.count}, but ${p.first} is one of ${p.firstCount}.`,
    ar: `${iso(p.folder)} هو الحصة ${iso(p.index)} من ${iso(p.count)}، لكن ${iso(p.first)} واحدة من ${iso(p.firstCount)}.`,
    fr: `${p.folder} est la part ${p.index} sur ${p.count}, mais ${p.first} est l'une de ${p.firstCount}.`,
  }),
  shardsMissing: ({ missing }: { missing: string }): Texts => ({
    en: `The merge needs every shard: ${missing} missing.`,
    ar: `الجمع يحتاج إلى كل الحصص، وينقص: ${iso(missing)}.`,
    fr: `L'assemblage a besoin de toutes les parts : ${missing} manquante(s).`,
  }),
  shardTwice: ({ count, folders }: { count: number; folders: number }): Texts => ({
    en: `A shard was given twice: ${count} shards, ${folders} folders.`,
    ar: `أُعطيت حصة مرتين: ${iso(count)} حصص، و${iso(folders)} مجلدات.`,
    fr: `Une part a été donnée deux fois : ${count} parts, ${folders} dossiers.`,
  }),
  shardOtherBuild: ({ folder, index, count }: { folder: string; index: number; count: number }): Texts => ({
    en: `${folder} (shard ${index}/${count}) was built from other content, code or time than this merge: build every shard and the merge from one commit with the same NEWSROOM_NOW.`,
    ar: `${iso(folder)} (الحصة ${iso(`${index}/${count}`)}) بُني من محتوى أو شيفرة أو وقت غير ما يُبنى منه هذا الجمع: ابنِ كل الحصص والجمع من إيداع واحد بقيمة ${iso("NEWSROOM_NOW")} نفسها.`,
    fr: `${folder} (part ${index}/${count}) a été construit à partir d'un autre contenu, code ou moment que cet assemblage : construisez toutes les parts et l'assemblage depuis un même commit avec le même NEWSROOM_NOW.`,
  }),
  shardFileDiffers: ({ file }: { file: string }): Texts => ({
    en: `${file} differs from the same file of another shard or of the merge.`,
    ar: `${iso(file)} يختلف عن الملف نفسه في حصة أخرى أو في الجمع.`,
    fr: `${file} diffère du même fichier d'une autre part ou de l'assemblage.`,
  }),
};
