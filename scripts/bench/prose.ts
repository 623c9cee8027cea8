/**
 * Synthetic Arabic news prose for the benchmark corpus: headlines, standfirsts
 * and Markdown bodies with `##` subheadings, lists, links to reports and to
 * earlier articles, figures in Western digits and Latin names inside Arabic
 * sentences. Every draw comes from the caller's seeded generator.
 */
import { countWords } from "../content/words.ts";
import type { Random } from "./random.ts";
import {
  CIRCUMSTANCES,
  CITIES,
  CLAIMS,
  EARLIER_TEXTS,
  HEADINGS,
  LINK_TEXTS,
  METRICS,
  OBJECTS,
  OPINIONS,
  PEOPLE,
  PERIODS,
  PRODUCTS,
  RISES,
  SUBJECTS,
  VERBS,
} from "./words.ts";

/** Headlines stay well under the lint's 110 characters. */
const MAX_TITLE = 100;

export function headline(r: Random): string {
  const [, present] = r.pick(VERBS);
  const title = `${r.pick(SUBJECTS)} ${present} ${r.pick(OBJECTS)}`;
  const placed = `${title} ${r.pick(CITIES)}`;
  return placed.length <= MAX_TITLE ? placed : title;
}

/** A city, a circumstance, or both. */
function where(r: Random): string {
  const x = r.next();
  return x < 0.4 ? r.pick(CITIES) : x < 0.7 ? r.pick(CIRCUMSTANCES) : `${r.pick(CITIES)} ${r.pick(CIRCUMSTANCES)}`;
}

function action(r: Random): string {
  const [past] = r.pick(VERBS);
  return `${past} ${r.pick(SUBJECTS)} ${r.pick(OBJECTS)} ${where(r)}.`;
}

function quote(r: Random): string {
  const [name, role, feminine] = r.pick(PEOPLE);
  return `و${feminine ? "قالت" : "قال"} ${name}، ${role}، إن ${r.pick(CLAIMS)}.`;
}

function figure(r: Random): string {
  const share = r.chance(0.3) ? `${r.int(1, 9)}.${r.int(1, 9)}` : String(r.int(2, 45));
  return `و${r.pick(RISES)} ${r.pick(METRICS)} بنسبة ${share} في المئة ${r.pick(PERIODS)}، بحسب أرقام رسمية.`;
}

function product(r: Random): string {
  return r.chance(0.5)
    ? `ويأتي ذلك بعد أسابيع من إطلاق ${r.pick(PRODUCTS)} ${r.pick(CITIES)}.`
    : `ولا تعمل الخدمة حاليا إلا عبر ${r.pick(PRODUCTS)}، على أن تصل إلى ${r.pick(PRODUCTS)} لاحقا.`;
}

function opinion(r: Random): string {
  return r.chance(0.15) ? `فهل ${r.pick(CLAIMS)} حقا؟` : `${r.pick(OPINIONS)} ${r.pick(CLAIMS)}.`;
}

function sentence(r: Random): string {
  const x = r.next();
  return x < 0.4 ? action(r) : x < 0.6 ? quote(r) : x < 0.75 ? figure(r) : x < 0.85 ? product(r) : opinion(r);
}

export function standfirst(r: Random): string {
  return r.chance(0.5) ? `${action(r)} ${opinion(r)}` : action(r);
}

/** Words as the site counts them, without the addresses of links. */
function words(block: string): number {
  return countWords(block.replace(/\]\([^)]*\)/g, "]"));
}

/**
 * A body of about `target` words. `earlier` are slugs published before this
 * article, for the occasional link to one of them.
 */
export function body(
  r: Random,
  target: number,
  earlier: readonly string[],
  id: number,
): { text: string; words: number } {
  const blocks: string[] = [];
  let count = 0;
  let sinceHeading = 0;
  const add = (block: string) => {
    blocks.push(block);
    count += words(block);
  };
  add(Array.from({ length: r.int(2, 3) }, () => action(r)).join(" "));
  while (count < target) {
    if (sinceHeading >= 2 && r.chance(0.35)) {
      add(`## ${r.pick(HEADINGS)}`);
      sinceHeading = 0;
      continue;
    }
    sinceHeading++;
    if (r.chance(0.12)) {
      add(Array.from({ length: r.int(3, 5) }, () => `- ${r.pick(CLAIMS)} ${where(r)}.`).join("\n"));
      continue;
    }
    const sentences = Array.from({ length: r.int(3, 5) }, () => sentence(r));
    if (r.chance(0.2))
      sentences.push(`ويمكن الاطلاع على [${r.pick(LINK_TEXTS)}](https://example.org/reports/${id}-${blocks.length}).`);
    else if (earlier.length && r.chance(0.1))
      sentences.push(`وكانت المدار قد تناولت الموضوع في [${r.pick(EARLIER_TEXTS)}](/articles/${r.pick(earlier)}/).`);
    add(sentences.join(" "));
  }
  return { text: blocks.join("\n\n"), words: count };
}
