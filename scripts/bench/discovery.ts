/**
 * Benchmark: builds a synthetic archive of N articles (the sample articles'
 * texts, repeated under new slugs and dates) with the real build command and
 * reports the build time, the search indexing time and the output sizes of
 * the search index, sitemaps and feeds.
 *
 *   node --import tsx scripts/bench/discovery.ts [N=2000]
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const count = Number(process.argv[2] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), "bench-discovery-"));
const content = join(dir, "content");
cpSync("content", content, {
  recursive: true,
  filter: (src) => !src.includes("/articles/") || src.endsWith("/articles"),
});

const samples = readdirSync("content/articles", { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".md"))
  .map((f) => readFileSync(join("content/articles", f), "utf8"));
mkdirSync(join(content, "articles"), { recursive: true });
const start = Date.UTC(2020, 0, 1);
for (let i = 0; i < count; i++) {
  const date = new Date(start + i * 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const text = samples[i % samples.length]!.replace(/^date: .*$/m, `date: ${date}`)
    .replace(/^updated: .*\n/m, "")
    .replace(/^corrections:.*\n(?:\s+.*\n)*/m, "") // dated before the new publication date, which the check refuses
    .replace(/^related:.*\n(?:\s+- .*\n)*/m, "") // the sample's related slugs do not exist here
    .replace(/^slug: .*\n/m, "");
  writeFileSync(join(content, "articles", `article-${i}.md`), text);
}

const output = join(dir, "_site");
const run = spawnSync(
  process.execPath,
  ["--import", "tsx", "scripts/cli/build.ts", "--content", content, "--output", output],
  { encoding: "utf8" },
);
if (run.status !== 0) {
  console.error(run.stderr.slice(0, 2000));
  process.exit(1);
}
const size = (path: string): number => {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((sum, f) => sum + size(join(path, f)), 0) : s.size;
};
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
console.log(`${count} articles`);
console.log(run.stdout.trim());
console.log(
  `search index: ${mb(size(join(output, "pagefind")))}; sitemaps: ${readdirSync(output).filter((f) => /^sitemap-\d+\.xml$/.test(f)).length} file(s), ${mb(size(join(output, "sitemap-1.xml")))} for the first; feed.xml: ${mb(size(join(output, "feed.xml")))}`,
);
rmSync(dir, { recursive: true, force: true });
