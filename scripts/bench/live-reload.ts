/**
 * Benchmark for the preview's live reload, as an editor sees it: starts the
 * real dev server (`npm start`) on a copy of a content folder or on a
 * generated archive, opens the newest article in Chromium, edits its headline
 * several times, and reports for each edit how long after the save the
 * reloaded page was painted with the new headline (its first contentful
 * paint, by the browser's clock) and when the harness saw it there (it polls
 * every 10 ms and adds its own delay), then when the home page and the
 * article's section page had it (fetched once the open page had it).
 *
 *   npm run bench:live-reload -- [--articles 10000 | --content content] [--edits 5] [--without door]
 *
 * --without door runs the preview with the repository's door taken out (scripts/bench/without.ts),
 * to measure what it costs a save.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { startDevServer } from "../dev/preview-process.ts";
import { launchBrowser } from "../dev/browser.ts";
import { writeCorpus } from "./corpus.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    content: { type: "string", default: "content" },
    edits: { type: "string", default: "5" },
    without: { type: "string" },
  },
});
const dir = join(mkdtempSync(join(tmpdir(), "live-reload-")), "content");
if (values.articles) {
  const started = performance.now();
  mkdirSync(dir, { recursive: true });
  writeCorpus(dir, Number(values.articles));
  console.log(`Wrote ${values.articles} articles to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} else {
  cpSync(values.content, dir, { recursive: true });
}

const starting = performance.now();
const without: Record<string, string> = values.without
  ? { NEWSROOM_BENCH_WITHOUT: values.without, NODE_OPTIONS: "--import tsx --import ./scripts/bench/without.ts" }
  : {};
const server = await startDevServer(dir, without, 600_000);
const ready = performance.now() - starting;
console.log(`npm start was ready (first page served) after ${(ready / 1000).toFixed(1)} s.`);

const text = async (path: string) => (await fetch(`${server.url}${path}`)).text();
// The newest article leads the home page; its section page lists it first.
const articlePath = /<section class="lead-story"[\s\S]*?href="(\/articles\/[^"]+\/)"/.exec(await text("/"))?.[1];
if (!articlePath) throw new Error("The home page has no lead story to edit.");
const slug = decodeURIComponent(articlePath.split("/")[2]!);
const sectionPath = /<p class="kicker"[^>]*>\s*<a href="([^"]+)"/.exec(await text(articlePath))?.[1];
if (!sectionPath) throw new Error(`${articlePath} names no section.`);
const file = articleFile(slug);

/** The file of an article: named after its slug, or giving it as `slug:`. */
function articleFile(slug: string): string {
  const files = readdirSync(join(dir, "articles"), { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".md"),
  );
  const named = files.find((f) => basename(f, ".md") === slug);
  const found =
    named ??
    files.find((f) => new RegExp(`^slug:\\s*${slug}\\s*$`, "m").test(readFileSync(join(dir, "articles", f), "utf8")));
  if (!found || !existsSync(join(dir, "articles", found))) throw new Error(`No file for the article ${slug}.`);
  return join(dir, "articles", found);
}

async function until(path: string, marker: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!(await text(path)).includes(marker)) {
    if (Date.now() > deadline) throw new Error(`${path} did not show "${marker}" within two minutes.`);
    await new Promise((ok) => setTimeout(ok, 10));
  }
}

const browser = await launchBrowser();
// Digits, not Latin letters: a Latin run in a headline is wrapped in its own <span dir="ltr">, which the fetched HTML would show.
const run = String(Date.now() % 1_000_000);
const painted: number[] = [];
const inPage: number[] = [];
const onHome: number[] = [];
const onSection: number[] = [];
try {
  const page = await browser.newPage();
  const connected = page.waitForEvent("console", { predicate: (m) => m.text().includes("Connected"), timeout: 15_000 });
  await page.goto(`${server.url}${articlePath}`);
  await connected;
  for (let i = 1; i <= Number(values.edits); i++) {
    await new Promise((ok) => setTimeout(ok, 1000));
    // The run's own mark, so that a folder edited by an earlier run cannot answer for this one.
    const marker = `تعديل رقم ${i} للقياس ${run}`;
    const saved = performance.now();
    const savedAt = performance.timeOrigin + saved;
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/^title:\s*"?/m, (m) => `${m}${marker} `),
    );
    // A function, not a string: the pages' Content-Security-Policy forbids evaluating strings.
    await page.waitForFunction((m) => document.querySelector("h1")?.textContent?.includes(m), marker, {
      timeout: 120_000,
      polling: 10,
    });
    inPage.push(performance.now() - saved);
    // The reloaded document's first paint, which may come after the harness found the headline in its DOM.
    const paint = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntriesByName("first-contentful-paint")[0];
            if (!entry) return;
            observer.disconnect();
            resolve(performance.timeOrigin + entry.startTime);
          }).observe({ type: "paint", buffered: true });
        }),
    );
    painted.push(paint - savedAt);
    await until("/", marker);
    onHome.push(performance.now() - saved);
    await until(sectionPath, marker);
    onSection.push(performance.now() - saved);
    console.log(
      `edit ${i}: the open page painted it ${Math.round(painted.at(-1)!)} ms after the save (seen after ${Math.round(inPage.at(-1)!)} ms), on the home page after ${Math.round(onHome.at(-1)!)} ms, on ${decodeURIComponent(sectionPath)} after ${Math.round(onSection.at(-1)!)} ms`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
console.log(
  `median over ${inPage.length} edits of ${basename(file)}${values.articles ? ` in ${values.articles} articles` : ""}: ` +
    `${values.without ? `without the ${values.without}, ` : ""}painted in the open page after ${median(painted)} ms (seen after ${median(inPage)} ms), ${median(onHome)} ms on the home page, ${median(onSection)} ms on the section page; ` +
    `ready after ${(ready / 1000).toFixed(1)} s`,
);
