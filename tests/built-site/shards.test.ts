/**
 * A build spread over runners: the sample site built as three shards (`npm run build -- --shard
 * i/3`) and merged (`--merge`) is the site one runner builds, byte for byte. The sample's articles
 * are of two years, so its search index has two parts: the shards get one each and one gets none.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import yaml from "js-yaml";
import { buildInProcess, sharedBuild, type BuildResult } from "../support/build.ts";

/** Every file of a built site, by path, with its bytes. */
function files(site: string): Map<string, Buffer> {
  return new Map(
    readdirSync(site, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((file) => [relative(site, file).split(sep).join("/"), readFileSync(file)] as const),
  );
}

const articlePages = (site: string) => [...files(site).keys()].filter((p) => /^articles\/.+\/index\.html$/.test(p));

const ok = (result: BuildResult) => {
  assert.equal(result.status, 0, result.stderr);
  return result;
};

const one = ok(sharedBuild("content"));
assert.ok(one.now, "the shared build says which clock it used");
const work = mkdtempSync(join(tmpdir(), "shards-"));
const env = { NEWSROOM_NOW: one.now };
const shards: BuildResult[] = [];
for (const i of [1, 2, 3])
  shards.push(
    ok(await buildInProcess("content", { output: join(work, `shard-${i}`), env, args: ["--shard", `${i}/3`] })),
  );

test("each shard renders whole search index parts: its articles' pages, lite copies and index, nothing site-wide", () => {
  const all = articlePages(one.output);
  const mine = shards.map((s) => articlePages(s.output));
  assert.deepEqual(mine.flat().sort(), all.sort(), "every article page is rendered by exactly one shard");
  assert.deepEqual(
    mine.map((pages) => pages.length),
    [2, 17, 0],
    "the 2019 part to the first shard, the 2026 part to the second",
  );
  const parts = shards.map((s) =>
    existsSync(join(s.output, "pagefind")) ? readdirSync(join(s.output, "pagefind")).sort() : [],
  );
  assert.deepEqual(parts, [["2019"], ["2026"], []]);
  for (const [i, shard] of shards.entries()) {
    const written = files(shard.output);
    for (const page of mine[i]!)
      assert.ok(written.has(page.replace(/^articles\//, "lite/articles/")), `${page}: its lite copy`);
    for (const siteWide of ["index.html", "search/index.html", "feed.xml", "sitemap.xml", "_headers"])
      assert.ok(!written.has(siteWide), `shard ${i + 1} wrote ${siteWide}, which is the merge's`);
  }
});

test("the merge of the three shards is the one-runner site, byte for byte", async () => {
  const merged = ok(
    await buildInProcess("content", {
      output: join(work, "site"),
      env,
      args: ["--merge", ...shards.map((s) => s.output)],
    }),
  );
  assert.match(merged.stdout, /Merged 3 shards/);
  const expected = files(one.output);
  const got = files(merged.output);
  assert.deepEqual([...got.keys()].sort(), [...expected.keys()].sort(), "the same files");
  const differ = [...expected].filter(([path, bytes]) => !got.get(path)!.equals(bytes)).map(([path]) => path);
  assert.deepEqual(differ, [], "the same bytes");
});

test("the workflow spreads the build over runners from a configured archive size, all on one clock", () => {
  const workflow = yaml.load(readFileSync(".github/workflows/site.yml", "utf8")) as {
    jobs: Record<string, { steps: { id?: string; run?: string }[]; strategy?: { matrix: { shard: string } } }>;
  };
  assert.equal(workflow.jobs.shard!.strategy!.matrix.shard, "${{ fromJSON(needs.plan.outputs.shards) }}");
  // The step that decides, run for real on a folder of articles.
  const plan = workflow.jobs.plan!.steps.find((s) => s.id === "plan")!.run!;
  const repo = mkdtempSync(join(tmpdir(), "workflow-plan-"));
  mkdirSync(join(repo, "content", "articles", "2026"), { recursive: true });
  for (let i = 0; i < 5; i++) writeFileSync(join(repo, "content", "articles", "2026", `a${i}.md`), "");
  const decide = (env: Record<string, string>) => {
    const output = join(repo, "output.txt");
    writeFileSync(output, "");
    execFileSync("bash", ["-e", "-c", plan], { cwd: repo, env: { ...process.env, GITHUB_OUTPUT: output, ...env } });
    return Object.fromEntries(
      readFileSync(output, "utf8")
        .trim()
        .split("\n")
        .map((line) => line.split(/=(.*)/).slice(0, 2) as [string, string]),
    );
  };
  assert.deepEqual(decide({}).shards, "[]", "5 articles: one runner (from 50,000 by default)");
  const split = decide({ NEWSROOM_SHARD_FROM: "5", NEWSROOM_SHARDS: "3" });
  assert.equal(split.shards, "[1,2,3]");
  assert.equal(split.count, "3");
  assert.match(split.now!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.equal(decide({ NEWSROOM_SHARD_FROM: "6", NEWSROOM_SHARDS: "3" }).shards, "[]");
  const merge = workflow.jobs.build!.steps.find((s) => s.run?.includes("--merge"))!.run!;
  assert.match(merge, /npm run build -- --merge _shards\/\*/);
});
