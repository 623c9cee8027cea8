/**
 * `npm run bench`, end to end on a tiny archive (ten articles, one run, report in a
 * temporary folder so docs/ is left alone), and the synthetic corpus it
 * builds: deterministic, shaped like the brief, and valid content; the
 * report's arithmetic on hand-made runs (phase timings included).
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import yaml from "js-yaml";
import { checkInProcess } from "./support/check.ts";
import { LEAD_IMAGE_SRC, MAX_TAGS, tagPoolSize, writeCorpus } from "../scripts/bench/corpus.ts";
import { hugoVersion } from "../scripts/bench/hugo.ts";
import { describeMachine } from "../scripts/bench/machine.ts";
import { markdownReport } from "../scripts/bench/report.ts";
import { setAside, setAsideFolder } from "../scripts/bench/set-aside.ts";
import {
  CHILD_CPU,
  readPhases,
  type BuildMeasurement,
  type Entry,
  type Run,
  type Store,
} from "../scripts/bench/results.ts";

/** An Arabic letter, a run of Latin script ("Tim Cook", "iOS 18.2"), then Arabic again. */
const LATIN_IN_ARABIC = /[\u0621-\u064A] [A-Za-z][\w.]*(?: [\w.]+)*[ ،]+[\u0621-\u064A]/;
const temps: string[] = [];
const temp = (prefix: string) => {
  temps.push(mkdtempSync(join(tmpdir(), prefix)));
  return temps.at(-1)!;
};
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file of a folder, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
  return new Map(files.filter((f) => f.includes(".")).map((f) => [f, readFileSync(join(dir, f))]));
}

interface FrontMatter {
  tags?: string[];
  related?: string[];
  image?: { src: string };
}

function articles(dir: string): { slug: string; front: FrontMatter; body: string }[] {
  const root = join(dir, "articles");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => {
      const [, front = "", body = ""] = readFileSync(join(root, f), "utf8").split(/^---$/m);
      return { slug: basename(f, ".md"), front: yaml.load(front, { schema: yaml.CORE_SCHEMA }) as FrontMatter, body };
    });
}

/** Debian's `hugo`, which the benchmark runs beside the build when it is installed (a comparison, not a dependency). */
const HUGO = hugoVersion("hugo");

test("npm run bench runs the baseline, the build and Hugo, and reports them with their ratios", () => {
  const report = temp("bench-report-");
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/bench.ts", "--articles", "10", "--runs", "1", "--report", report],
    { encoding: "utf8" },
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /run 1\/1 \(cold, load [\d.]+\): baseline [\d.]+ s, build [\d.]+ s \([\d.]+×\)/);
  assert.match(
    run.stdout,
    /^\s+10\s+[\d.]+ s\s+n\/a\s+[\d.]+ s\s+n\/a\s+[\d.]+× \(cold\)/m,
    "the table's row for 10 articles",
  );

  const markdown = readFileSync(join(report, "benchmarks.md"), "utf8");
  assert.match(markdown, /^\| 10 \| [\d.]+ s \| n\/a \| [\d.]+ s \| n\/a \| [\d.]+× \(cold\) \|/m);
  assert.match(
    markdown,
    /`npm run bench -- --articles 10 --runs 1 --report .*` on \d{4}-\d\d-\d\d, on \d+ cores \(`nproc`\), .+, Node v\d+/,
  );
  assert.match(markdown, /!\[[^\]]+\]\(benchmarks\.svg\)/);

  const store = JSON.parse(readFileSync(join(report, "benchmarks.json"), "utf8")) as Store;
  const entry = store["10"]!;
  assert.equal(entry.runs.length, 1);
  assert.equal(entry.runs[0]!.cache, "cold");
  assert.equal(entry.runs[0]!.baseline.pages, 10);
  assert.ok(entry.runs[0]!.build.pages > 2 * 10, "article and lite pages, listings, tags, authors");
  assert.ok(entry.runs[0]!.build.peakRss > 10 * 2 ** 20 && entry.runs[0]!.build.cpu > 0);
  // A cold build indexes every article with Pagefind, in its own processes.
  const pagefind = entry.runs[0]!.build.phases?.[CHILD_CPU];
  assert.ok(pagefind !== undefined && pagefind > 0 && pagefind < entry.runs[0]!.build.cpu, `Pagefind CPU ${pagefind}`);
  assert.match(markdown, /\| search \| Pagefind CPU \| write \|/);

  if (HUGO) {
    // Hugo wrote the same kinds of pages (no lite copies), then Pagefind indexed its article pages.
    const { hugo, pagefind } = entry.runs[0]!;
    assert.ok(hugo && hugo.pages > 10 && hugo.pages < entry.runs[0]!.build.pages, `Hugo wrote ${hugo?.pages} pages`);
    assert.ok(pagefind && pagefind.bytes > 0 && pagefind.cpu > 0);
    assert.match(run.stdout, /Hugo [\d.]+ s \([\d.]+×\), then Pagefind [\d.]+ s/);
    assert.match(markdown, /^\| 10 \| cold: empty cache \| [\d.]+ s \| [\d.]+ s \| [\d.]+× \| [\d.]+ s \| [\d.]+× \|/m);
    assert.equal(entry.hugo, HUGO);
  } else {
    assert.match(run.stderr, /Hugo \(hugo\) is not installed: measuring without it\. To compare: apt-get install hugo/);
    assert.match(markdown, /^\| 10 \| cold: empty cache \| [\d.]+ s \| not measured \| n\/a \|/m);
  }

  const svg = readFileSync(join(report, "benchmarks.svg"), "utf8");
  assert.match(svg, /<title id="chart-title">[^<]+<\/title>/);
  assert.match(
    svg,
    /<desc id="chart-desc">10 articles: build [\d.]+ s cold; baseline [\d.]+ s; peak memory \d+ MiB cold, \d+ MiB baseline\.<\/desc>/,
  );
});

test("the last run's outputs are moved aside, not deleted before a run, until the disk would not hold another run", () => {
  const dir = temp("bench-aside-");
  const [site, cache] = [join(dir, "site"), join(dir, "cache")];
  let free = 10_000;
  const aside = setAsideFolder(join(dir, "set-aside"), () => free);
  const run = (bytes: number) => {
    mkdirSync(join(site, "articles"), { recursive: true });
    writeFileSync(join(site, "articles/a.html"), "<h1>أ</h1>");
    // The published site is a link to a version (decision 0021): moved as a link, not followed.
    symlinkSync("site/articles", join(dir, "link"));
    free -= bytes;
  };
  assert.equal(setAside(aside, [site, join(dir, "link"), cache]), false, "nothing there yet: nothing to move");
  run(3_500);
  assert.equal(setAside(aside, [site, join(dir, "link"), cache]), false);
  assert.ok(!existsSync(site), "the folder the next run writes into is empty");
  const moved = readdirSync(aside.folder).map((name) => {
    const path = join(aside.folder, name);
    return lstatSync(path).isSymbolicLink() ? `link to ${readlinkSync(path)}` : readdirSync(path).join();
  });
  assert.deepEqual(moved.sort(), ["articles", "link to site/articles"], "the site and the link, moved whole");
  run(3_500);
  // 3,000 bytes left, and a run takes 3,500.
  assert.equal(setAside(aside, [site, join(dir, "link"), cache]), true);
  assert.deepEqual(readdirSync(aside.folder), [], "what was set aside is deleted");
  assert.ok(!existsSync(site) && !existsSync(join(dir, "link")));
});

test("the corpus is deterministic: the same seed writes the same bytes, another seed other ones", () => {
  const [a, b, c] = [temp("corpus-a-"), temp("corpus-b-"), temp("corpus-c-")];
  writeCorpus(a, 40);
  writeCorpus(b, 40);
  writeCorpus(c, 40, 2);
  assert.deepEqual(snapshot(a), snapshot(b));
  assert.notDeepEqual(snapshot(a), snapshot(c));
});

test("the corpus has the brief's shape: words, tags, related links, pictures, Latin names", () => {
  const dir = temp("corpus-shape-");
  const summary = writeCorpus(dir, 500);
  const all = articles(dir);
  assert.equal(all.length, 500);

  // Tags: 0-4 each, drawn from about one per five articles (2,000 from 10,000 articles up); nearly all of the pool is used.
  assert.equal(tagPoolSize(10_000), MAX_TAGS);
  assert.equal(tagPoolSize(100_000), MAX_TAGS);
  const tags = new Set(all.flatMap((a) => a.front.tags ?? []));
  assert.ok(all.every((a) => (a.front.tags ?? []).length <= 4));
  assert.ok(tags.size >= tagPoolSize(500) * 0.9 && tags.size <= tagPoolSize(500), `${tags.size} distinct tags`);
  assert.equal(summary.tags, tags.size);

  // Related: 0-3 earlier articles (dates ascend with the file number), no duplicates, never itself.
  const order = (slug: string) => Number(/-(\d+)$/.exec(slug)![1]);
  for (const { slug, front } of all) {
    const related = front.related ?? [];
    assert.ok(related.length <= 3 && new Set(related).size === related.length, slug);
    assert.ok(
      related.every((r) => order(r) < order(slug)),
      slug,
    );
  }
  assert.ok(all.some((a) => (a.front.related ?? []).length === 3));

  assert.ok(summary.medianWords >= 540 && summary.medianWords <= 680, `median ${summary.medianWords} words`);
  const pictures = all.filter((a) => a.front.image?.src === LEAD_IMAGE_SRC).length;
  assert.ok(pictures >= 30 && pictures <= 75, `${pictures} lead pictures`);
  const bodies = all.map((a) => a.body).join("\n");
  for (const pattern of [/^## /m, /^- /m, /\]\(https:\/\//, /\]\(\/articles\//, LATIN_IN_ARABIC])
    assert.match(bodies, pattern);
});

test("the corpus passes the content check with no problems", () => {
  const dir = temp("corpus-check-");
  writeCorpus(dir, 300);
  const run = checkInProcess(dir, ["--lang", "en"]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), "300 articles checked: no problems.");
});

/** A stored bench entry of hand-made runs, for the report's arithmetic. */
const entry = (articles: number, runs: Run[]): Entry => ({
  articles,
  date: "2026-01-01T00:00:00Z",
  command: "npm run bench",
  machine: describeMachine(),
  corpus: { articles, tags: 1, medianWords: 600, withImage: 0, seconds: 0 },
  runs,
});

test("phase timings from NEWSROOM_TIMINGS are read and reported as medians, in build order; n/a when absent", () => {
  const file = join(temp("timings-"), "timings.json");
  assert.equal(readPhases(file), undefined, "an older build writes no file");
  writeFileSync(file, JSON.stringify({ phases: { write: 3, validation: 1, zeta: 0.5, render: 2 }, pages: 10 }));
  assert.deepEqual(readPhases(file), { write: 3, validation: 1, zeta: 0.5, render: 2 });
  // A build that reports its own CPU: the rest of the tree's is its child processes' (Pagefind).
  writeFileSync(file, JSON.stringify({ phases: { search: 4 }, nodeCpu: 7.5 }));
  assert.deepEqual(readPhases(file, 10), { search: 4, [CHILD_CPU]: 2.5 });
  assert.deepEqual(readPhases(file), { search: 4 }, "without the tree's CPU there is nothing to take it from");

  const measured = { wall: 1, cpu: 1, peakRss: 2 ** 20, pages: 10, bytes: 1000 };
  const build = (wall: number, phases?: Record<string, number>): BuildMeasurement => ({
    ...measured,
    wall,
    ...(phases ? { phases } : {}),
  });
  const markdown = markdownReport([
    entry(100, [
      { cache: "cold", baseline: measured, build: build(9, { validation: 1, render: 5, write: 2 }) },
      { cache: "warm", baseline: measured, build: build(4, { validation: 1, render: 2, write: 1 }) },
      {
        cache: "warm",
        baseline: { ...measured, wall: 2 },
        build: build(6, { validation: 1, render: 4, write: 1, images: 0.5 }),
      },
      { cache: "edit", baseline: measured, build: build(3) },
    ]),
    entry(200, [{ cache: "cold", baseline: measured, build: build(9) }]),
  ]);
  assert.match(markdown, /^\| articles \| validation \| images \| render \| write \|$/m);
  assert.match(
    markdown,
    /^\| 100 \| 1.00 s \(1.00 s\) \| 0.50 s \(n\/a\) \| 3.00 s \(5.00 s\) \| 1.00 s \(2.00 s\) \|$/m,
  );
  assert.match(markdown, /^\| 200 \| n\/a \| n\/a \| n\/a \| n\/a \|$/m);
  // Warm ratio: the median of the paired 4/1 and 6/2, not the ratio of the medians (5.00 s / 1.00 s).
  // An edited article's run is reported on its own, not mixed into the warm median.
  assert.match(markdown, /^\| 100 \| 1.00 s \| 5.00 s \| 9.00 s \| 3.00 s \(3.0×\) \| 3.5× \(cold 9.0×\) \|/m);
});

test("Hugo beside the build: each kind of run as medians, its ratios the medians of each run's own", () => {
  const m = (wall: number, cpu = wall, peakRss = 2 ** 20) => ({ wall, cpu, peakRss, pages: 10, bytes: 1000 });
  const run = (cache: Run["cache"], build: number, hugo?: number, pagefind?: number, load?: number): Run => ({
    cache,
    baseline: m(1),
    build: m(build, build, 300 * 2 ** 20),
    ...(hugo && pagefind ? { hugo: m(hugo, hugo, 100 * 2 ** 20), pagefind: m(pagefind, pagefind, 200 * 2 ** 20) } : {}),
    ...(load === undefined ? {} : { load }),
  });
  const markdown = markdownReport([
    entry(100, [
      run("cold", 60, 10, 40, 1.5),
      run("warm", 8, 2, 10, 1),
      run("warm", 12, 2, 6, 3),
      run("warm", 30, 10, 20, 2),
      run("template", 20, 4, 16),
    ]),
    entry(200, [run("cold", 9)]),
  ]);
  // Cold: 60 s beside Hugo's 10 s (6.0×), and Hugo then Pagefind, 50 s (1.2×); memory the larger of the two.
  assert.match(
    markdown,
    /^\| 100 \| cold: empty cache \| 60\.0 s \| 10\.0 s \| 6\.0× \| 50\.0 s \| 1\.2× \| 60\.0 s \/ 10\.0 s \/ 50\.0 s \| 300 MiB \/ 100 MiB \/ 200 MiB \| 1\.5 \|$/m,
  );
  // Warm: ratios 4, 6 and 3 (median 4), not 12 s ÷ 2 s; Hugo then Pagefind 12, 8 and 30 s, ratios 0.67, 1.5 and 1.
  assert.match(
    markdown,
    /^\| 100 \| warm: content unchanged \(3 runs\) \| 12\.0 s \| 2\.00 s \| 4\.0× \| 12\.0 s \| 1\.0× \|/m,
  );
  assert.match(
    markdown,
    /^\| 100 \| a template changed \| 20\.0 s \| 4\.00 s \| 5\.0× \| 20\.0 s \| 1\.0× \| .* \| n\/a \|$/m,
  );
  assert.match(markdown, /^\| 200 \| cold: empty cache \| 9\.00 s \| not measured \| n\/a \| n\/a \| n\/a \|/m);
  assert.doesNotMatch(markdown, /^\| 100 \| one article edited/m, "no such runs, no such row");
});

test("builds spread over runners: each shard, the merge, and the slowest shard plus the merge", () => {
  const m = (wall: number, peakRss = 2 ** 20) => ({ wall, cpu: wall * 1.5, peakRss, pages: 10, bytes: 1000 });
  const one = { cache: "cold" as const, baseline: m(1), build: m(60) };
  const markdown = markdownReport([
    {
      ...entry(100, [one]),
      shards: [
        { count: 2, cache: "cold", shards: [m(31, 400 * 2 ** 20), m(35, 420 * 2 ** 20)], merge: m(4) },
        { count: 2, cache: "warm", shards: [m(6), m(7)], merge: m(3) },
      ],
    },
    entry(200, [one]),
  ]);
  assert.match(markdown, /^## Spread over runners$/m);
  // On two runners side by side the cold build takes the slower shard (35 s) and then the merge (4 s).
  assert.match(
    markdown,
    /^\| 100 \| 2 \| cold \| 31\.0 s, 35\.0 s \| 46\.5 s, 52\.5 s \| 4\.0 s \| 39\.0 s \| 420 MiB \|$/m,
  );
  assert.match(
    markdown,
    /^\| 100 \| 2 \| warm \| 6\.0 s, 7\.0 s \| 9\.0 s, 10\.5 s \| 3\.0 s \| 10\.0 s \| 1 MiB \|$/m,
  );
  assert.doesNotMatch(markdown, /^\| 200 \| \d \|/m, "a size measured without --shards has no such row");
  assert.doesNotMatch(markdownReport([entry(200, [one])]), /Spread over runners/);
});
