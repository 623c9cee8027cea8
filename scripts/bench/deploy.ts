/**
 * What `npm run deploy` uploads at archive scale: a synthetic archive (scripts/bench/corpus.ts) is
 * built and deployed to s3rver on loopback three times: first into an empty bucket, then after one
 * article's text was edited and the site rebuilt, then again with nothing new. Prints the files and
 * bytes each deploy uploaded and how long it took.
 *
 *   node --import tsx scripts/bench/deploy.ts [--articles 10000] [--keep]
 */
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./corpus.ts";
import { startS3Server, type S3Server } from "../dev/s3-server.ts";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "10000" }, keep: { type: "boolean" } },
});
const articles = Number(values.articles);
const work = mkdtempSync(join(tmpdir(), "bench-deploy-"));
const content = join(work, "content");
const site = join(work, "_site");
const env = { ...process.env, NEWSROOM_CACHE: join(work, "cache"), NEWSROOM_NOW: "2026-12-01T12:00:00+03:00" };

function build(): number {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/cli/build.ts", "--content", content, "--output", site],
    { env, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`The build failed:\n${run.stderr}`);
  return (performance.now() - started) / 1000;
}

interface Deploy {
  files: number;
  megabytes: number;
  deleted: number;
  seconds: number;
}

function deploy(s3: S3Server): Promise<Deploy> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli/deploy.ts", "--site", site], {
    env: { ...env, ...s3.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) =>
    child.on("close", (status) => {
      if (status !== 0) return reject(new Error(`The deploy failed:\n${out}`));
      const plan = /: (\d+) files to upload \(([\d.]+) MB\), (\d+) to delete/.exec(out);
      resolve({
        files: Number(plan?.[1] ?? 0),
        megabytes: Number(plan?.[2] ?? 0),
        deleted: Number(plan?.[3] ?? 0),
        seconds: (performance.now() - started) / 1000,
      });
    }),
  );
}

const s3 = await startS3Server();
try {
  mkdirSync(content);
  writeCorpus(content, articles);
  const cold = build();
  const total = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  console.log(`${articles} articles: ${total} files built in ${cold.toFixed(1)} s.`);
  const rows: [string, Deploy][] = [["first deploy", await deploy(s3)]];
  const article = readdirSync(join(content, "articles"), { recursive: true })
    .map(String)
    .filter((p) => p.endsWith(".md"))
    .sort()[0]!;
  appendFileSync(join(content, "articles", article), "\nفقرة أضيفت بعد النشر لتصحيح معلومة.\n");
  const warm = build();
  console.log(`Edited ${article}; rebuilt in ${warm.toFixed(1)} s.`);
  rows.push(["one article edited", await deploy(s3)]);
  rows.push(["nothing new", await deploy(s3)]);
  console.log("\n| deploy | files uploaded | MB uploaded | files deleted | seconds |\n| --- | --: | --: | --: | --: |");
  for (const [name, d] of rows)
    console.log(`| ${name} | ${d.files} | ${d.megabytes.toFixed(1)} | ${d.deleted} | ${d.seconds.toFixed(1)} |`);
} finally {
  await s3.close();
  if (values.keep) console.log(`Kept ${work}.`);
  else rmSync(work, { recursive: true, force: true });
}
