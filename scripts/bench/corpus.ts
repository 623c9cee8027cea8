/**
 * A deterministic synthetic newsroom for benchmarks: N Arabic articles
 * (about 600 words each, 8 sections, 40 authors, 300 tags, 0-3 related
 * links, one in ten with a lead image), with the settings files beside them.
 * The same seed always writes the same files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ADJECTIVES, FIRST_NAMES, LAST_NAMES, LINKERS, NOUNS, SECTIONS, VERBS } from "./words.ts";

/** mulberry32: a tiny seeded random number generator, so runs are repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeCorpus(dir: string, count: number, seed = 1): void {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

  const sentence = (words: number, end = ".") => {
    const parts: string[] = [pick(VERBS), pick(NOUNS)];
    while (parts.length < words) parts.push(rand() < 0.3 ? pick(LINKERS) : rand() < 0.5 ? pick(ADJECTIVES) : pick(NOUNS));
    if (words > 8) parts.splice(int(3, words - 3), 0, "،");
    return parts.join(" ").replace(/ ،/g, "،") + end;
  };
  const paragraph = () => Array.from({ length: int(3, 6) }, () => sentence(int(8, 18), rand() < 0.1 ? "؟" : ".")).join(" ");

  const authors = Array.from({ length: 40 }, (_, i) => ({ id: `author-${i + 1}`, name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / 4) % LAST_NAMES.length]}` }));
  const tags = Array.from({ length: 300 }, (_, i) => `${NOUNS[i % NOUNS.length]} ${ADJECTIVES[Math.floor(i / NOUNS.length) % ADJECTIVES.length]}`);

  mkdirSync(join(dir, "images"), { recursive: true });
  writeFileSync(join(dir, "images", "photo.jpg"), "");
  writeFileSync(
    join(dir, "site.yaml"),
    [
      "name: صحيفة الاختبار",
      "tagline: موقع تجريبي لقياس السرعة",
      "url: https://bench.example/",
      "language: ar",
      "timeZone: Asia/Riyadh",
      "digits: latn",
      "articlesPerPage: 50",
      "signup:",
      "  heading: اشترك في النشرة",
      "  text: تصلك أهم العناوين كل صباح.",
      "  action: https://bench.example/signup",
      "  button: اشترك",
      "",
    ].join("\n"),
  );
  writeFileSync(join(dir, "sections.yaml"), SECTIONS.map(([id, name]) => `- id: ${id}\n  name: ${name}\n`).join(""));
  writeFileSync(join(dir, "authors.yaml"), authors.map((a) => `- id: ${a.id}\n  name: ${a.name}\n`).join(""));

  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const slugs: string[] = [];
  for (let n = 0; n < count; n++) {
    const slug = `story-${n + 1}`;
    const date = new Date(start + Math.floor((span * n) / count) + int(0, 3_600_000));
    const year = date.getUTCFullYear();
    const related = slugs.length ? Array.from({ length: int(0, 3) }, () => pick(slugs)) : [];
    const articleTags = [...new Set(Array.from({ length: int(0, 4) }, () => pick(tags)))];
    const body: string[] = [];
    let words = 0;
    while (words < 600) {
      if (body.length && rand() < 0.15) body.push(`## ${sentence(int(3, 6), "")}`);
      else if (rand() < 0.1) body.push(Array.from({ length: int(2, 4) }, () => `- ${sentence(int(5, 9))}`).join("\n"));
      else {
        const p = paragraph();
        body.push(rand() < 0.1 ? `${p} [المزيد](https://bench.example/more/${n})` : p);
        words += p.split(" ").length;
      }
    }
    const frontMatter = [
      `title: ${sentence(int(7, 13), "")}`,
      `summary: ${sentence(int(18, 30))}`,
      `date: ${date.toISOString().slice(0, 19)}Z`,
      `section: ${pick(SECTIONS)[0]}`,
      `author: ${rand() < 0.2 ? `[${pick(authors).id}, ${pick(authors).id}]` : pick(authors).id}`,
      ...(articleTags.length ? [`tags: [${articleTags.join(", ")}]`] : []),
      ...(related.length ? [`related: [${[...new Set(related)].join(", ")}]`] : []),
      ...(rand() < 0.1 ? ["image:", "  src: /images/photo.jpg", `  alt: ${sentence(5, "")}`] : []),
    ];
    mkdirSync(join(dir, "articles", String(year)), { recursive: true });
    writeFileSync(join(dir, "articles", String(year), `${slug}.md`), `---\n${frontMatter.join("\n")}\n---\n${body.join("\n\n")}\n`);
    slugs.push(slug);
  }
}
