/**
 * A deterministic synthetic newsroom for benchmarks: N Arabic articles with the sample site's
 * settings, sections, authors and logo beside them, shaped like a real archive (bodies of about
 * 600 words with subheadings, lists, links and Latin runs; skewed tags; curated `related` links;
 * dates from 2015 on; one article in ten with a real JPEG). The same count and seed always write
 * the same bytes.
 */
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { body, headline, standfirst } from "./prose.ts";
import { seeded } from "./random.ts";
import { LEAD_IMAGE, PLACES, SLUG_WORDS, TOPICS } from "./words.ts";

/** The sample site, whose settings, sections, authors and pictures the corpus reuses. */
const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "content");
/** Distinct tags in a large corpus. */
export const MAX_TAGS = 2000;
/** The lead picture's path in the corpus (a copy of the sample's solar-field photo). */
export const LEAD_IMAGE_SRC = "/images/bench-lead.jpg";
const MEDIAN_WORDS = 600;
const FIRST_DATE = Date.UTC(2015, 0, 1);
const LAST_DATE = Date.UTC(2026, 5, 1);
const RIYADH_OFFSET_MS = 3 * 3_600_000;

/** How many distinct tags a corpus of `count` articles draws from: about ten uses per tag (two tags per article on average). */
export function tagPoolSize(count: number): number {
  return Math.min(MAX_TAGS, Math.max(1, Math.ceil(count / 5)));
}

/** Every possible tag, most used first: bare topics, then "topic in place". */
function tagVocabulary(): string[] {
  return [...TOPICS, ...PLACES.flatMap((place) => TOPICS.map((topic) => `${topic} في ${place}`))];
}

/** What a corpus may differ in from the default: an archive with fewer, busier tags, more sections, longer articles. */
export interface CorpusShape {
  /** Distinct tags to draw from (default tagPoolSize(count)). */
  tags?: number;
  /** Sections: the sample's, then more of the same kind (default: the sample's). */
  sections?: number;
  /** The median article's words (default 600). */
  words?: number;
}

/** Sections beyond the sample's, for a corpus that asks for more. */
const MORE_SECTIONS = [
  {
    id: "politics",
    name: "سياسة",
    description: "الحكومات والانتخابات والعلاقات بين الدول، بما يعنيه ذلك لحياة الناس.",
  },
  {
    id: "science",
    name: "علوم",
    description: "الاكتشافات والأبحاث العلمية، من الفضاء إلى المختبر، بلغة يفهمها القارئ.",
  },
  { id: "opinion", name: "رأي", description: "مقالات الرأي والتحليل بأقلام كتّاب من داخل المدار وخارجه." },
  { id: "environment", name: "بيئة", description: "المناخ والمياه والطاقة النظيفة، وما تفعله المدن والقرى لتتكيف." },
  { id: "education", name: "تعليم", description: "المدارس والجامعات والتعلم عن بُعد، وأسئلة الأهل والطلاب." },
];

export interface CorpusSummary {
  articles: number;
  /** Distinct tags used. */
  tags: number;
  medianWords: number;
  withImage: number;
}

/** `2019-03-18T09:30:00+03:00`: the site's zone, as editors write dates. */
function riyadhTime(ms: number): string {
  return `${new Date(ms + RIYADH_OFFSET_MS).toISOString().slice(0, 16)}:00+03:00`;
}

const list = (field: string, items: string[]) =>
  items.length ? [`${field}:`, ...items.map((item) => `  - ${item}`)] : [];

export function writeCorpus(dir: string, count: number, seed = 1, shape: CorpusShape = {}): CorpusSummary {
  const r = seeded(seed);
  const entries = (file: string) => yaml.load(readFileSync(join(SAMPLE, file), "utf8")) as { id: string }[];
  const sampleSections = entries("sections.yaml");
  const extra = MORE_SECTIONS.slice(0, Math.max(0, (shape.sections ?? 0) - sampleSections.length));
  if ((shape.sections ?? 0) > sampleSections.length + MORE_SECTIONS.length)
    throw new Error(`At most ${sampleSections.length + MORE_SECTIONS.length} sections.`);
  const sections = [...sampleSections, ...extra].map((entry) => entry.id);
  const authors = entries("authors.yaml").map((entry) => entry.id);
  const tagPool = tagVocabulary().slice(0, shape.tags ?? tagPoolSize(count));
  const medianWords = shape.words ?? MEDIAN_WORDS;

  for (const file of ["site.yaml", "sections.yaml", "authors.yaml"]) copyFileSync(join(SAMPLE, file), join(dir, file));
  if (extra.length) appendFileSync(join(dir, "sections.yaml"), yaml.dump(extra, { lineWidth: -1 }));
  mkdirSync(join(dir, "images"), { recursive: true });
  copyFileSync(join(SAMPLE, "images", "logo.png"), join(dir, "images", "logo.png"));
  // The masthead draws the vector logo (site.yaml logo.masthead).
  copyFileSync(join(SAMPLE, "images", "logo.svg"), join(dir, "images", "logo.svg"));
  copyFileSync(join(SAMPLE, "images", "solar-desert-field.jpg"), join(dir, LEAD_IMAGE_SRC));

  const step = (LAST_DATE - FIRST_DATE) / Math.max(count, 1);
  const slugs: string[] = [];
  const wordCounts: number[] = [];
  const usedTags = new Set<string>();
  const years = new Set<number>();
  let withImage = 0;
  for (let n = 0; n < count; n++) {
    const slug = `${r.pick(SLUG_WORDS)}-${r.pick(SLUG_WORDS)}-${n + 1}`;
    const published = FIRST_DATE + Math.floor(step * n + r.next() * step * 0.9);

    // Squaring a uniform draw favours the head of the pool: a few topics tag many articles.
    const tags = [
      ...new Set(Array.from({ length: r.int(0, 4) }, () => tagPool[Math.floor(r.next() ** 2 * tagPool.length)]!)),
    ];
    tags.forEach((tag) => usedTags.add(tag));

    // Follow-ups usually point at recent stories, sometimes at an old one.
    const related = new Set<string>();
    const wanted = Math.min(r.int(0, 3), slugs.length);
    while (related.size < wanted)
      related.add(r.chance(0.7) ? slugs[Math.max(0, slugs.length - 1 - r.int(0, 300))]! : r.pick(slugs));

    const authorIds = r.chance(0.2) ? [...new Set([r.pick(authors), r.pick(authors)])] : [r.pick(authors)];
    const image = r.chance(0.1);
    if (image) withImage++;
    const target = Math.round(Math.min(2500, Math.max(150, medianWords * Math.exp(0.35 * r.gauss()))));
    const { text, words } = body(r, target, slugs, n + 1);
    wordCounts.push(words);

    const frontMatter = [
      `title: ${JSON.stringify(headline(r))}`,
      `summary: ${JSON.stringify(standfirst(r))}`,
      `date: ${riyadhTime(published)}`,
      `section: ${r.pick(sections)}`,
      authorIds.length === 1 ? `author: ${authorIds[0]}` : `author: [${authorIds.join(", ")}]`,
      ...list("tags", tags),
      ...list("related", [...related]),
      ...(image
        ? [
            "image:",
            `  src: ${LEAD_IMAGE_SRC}`,
            `  alt: ${JSON.stringify(LEAD_IMAGE.alt)}`,
            `  caption: ${JSON.stringify(LEAD_IMAGE.caption)}`,
            `  credit: ${JSON.stringify(LEAD_IMAGE.credit)}`,
          ]
        : []),
    ];
    const year = new Date(published + RIYADH_OFFSET_MS).getUTCFullYear();
    if (!years.has(year)) mkdirSync(join(dir, "articles", String(year)), { recursive: true });
    years.add(year);
    writeFileSync(join(dir, "articles", String(year), `${slug}.md`), `---\n${frontMatter.join("\n")}\n---\n${text}\n`);
    slugs.push(slug);
  }
  wordCounts.sort((a, b) => a - b);
  return { articles: count, tags: usedTags.size, medianWords: wordCounts[Math.floor(count / 2)] ?? 0, withImage };
}
