/**
 * `npm run deploy` against a real S3-compatible server on loopback (scripts/dev/s3-server.ts):
 * real builds of the fixture newsroom deployed one after another, the way a newsroom publishes,
 * and every page fetched back through the bucket's website as a reader would.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import * as cheerio from "cheerio";
import { buildInProcess as build, type BuildResult } from "../support/build.ts";
import { contentWith } from "../support/fixture.ts";
import { program } from "../support/program.ts";
import { startS3Server, type S3Server } from "../../scripts/dev/s3-server.ts";

const NOW = { NEWSROOM_NOW: "2026-03-20T12:00:00+03:00" };
const league = readFileSync("tests/fixtures/newsroom/articles/league-final.md", "utf8");

const built = (result: BuildResult) => {
  assert.equal(result.status, 0, result.stderr);
  return result.output;
};
// The newsroom's history: a first site, one article's text edited, that article deleted, and
// then a story whose ﷺ (outside the font's safety set) changes the font subset and so the
// stylesheet every page links to.
const first = built(await build(contentWith(), { env: NOW }));
const edited = built(
  await build(
    contentWith({ "articles/league-final.md": league.replace(/\n---\n[^]*$/, "\n---\nتصحيح: أقيمت المباراة مساءً.\n") }),
    { env: NOW },
  ),
);
const deleted = built(await build(contentWith({}, ["articles/league-final.md"]), { env: NOW }));
const newFont = built(
  await build(
    contentWith(
      { "articles/mawlid.md": league.replace(/^title: .*$/m, "title: احتفالات المولد النبوي ﷺ في المدينة") },
      ["articles/league-final.md"],
    ),
    { env: NOW },
  ),
);

const read = new Map<string, Map<string, Buffer>>();
/** Every file of a built site but `_headers`, by path, with its bytes; read once, as the built sites never change. */
function files(site: string): Map<string, Buffer> {
  let found = read.get(site);
  if (!found) read.set(site, (found = readSite(site)));
  return found;
}

function readSite(site: string): Map<string, Buffer> {
  return new Map(
    readdirSync(site, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((file) => [relative(site, file).split(sep).join("/"), readFileSync(file)] as const)
      .filter(([path]) => path !== "_headers"),
  );
}

/** Paths whose bytes differ between two sites, or that only the newer one has. */
function changed(older: string, newer: string): string[] {
  const old = files(older);
  return [...files(newer)].filter(([path, bytes]) => !old.get(path)?.equals(bytes)).map(([path]) => path);
}

let s3: S3Server;
before(async () => {
  s3 = await startS3Server();
});
after(() => s3.close());

interface DeployRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Files the deploy uploaded: PUT requests for anything but its manifest. */
  puts: string[];
  deletes: string[];
}

/** `npm run deploy` as npm runs it, through tsx. */
const AS_NPM = ["--import", "tsx", "scripts/cli/deploy.ts"];
/** The same command compiled once (support/program.ts): each later deploy starts in a third of the CPU. */
const COMPILED = program("scripts/cli/deploy.ts");

/** `npm run deploy` in a child process; `killAfterPuts` kills it the moment the server sees that many uploads of site files. */
function deploy(
  site: string,
  killAfterPuts?: number,
  extraArgs: string[] = [],
  command = COMPILED,
): Promise<DeployRun> {
  const start = s3.requests.length;
  const child = spawn(process.execPath, [...command, "--site", site, ...extraArgs], {
    env: { ...process.env, ...s3.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let puts = 0;
  s3.onRequest = (method, key) => {
    if (method === "PUT" && !key.startsWith(".deploy-manifest") && ++puts === killAfterPuts) child.kill("SIGKILL");
  };
  return new Promise((resolve) =>
    child.on("close", (status, signal) => {
      s3.onRequest = undefined;
      const seen = s3.requests.slice(start);
      const of = (method: string) =>
        seen
          .filter((r) => r.startsWith(`${method} `) && !r.includes(".deploy-manifest"))
          .map((r) => r.slice(method.length + 1));
      resolve({ status, signal, stdout, stderr, puts: of("PUT"), deletes: of("DELETE") });
    }),
  );
}

/** A site path for a file path: `articles/x/index.html` → `/articles/x/`. */
const sitePath = (path: string) => `/${path.replace(/(^|\/)index\.html$/, "$1")}`;

/** What a reader gets at a site path, through the bucket's website. */
async function fetchPath(
  path: string,
): Promise<{ status: number; type: string | null; cache: string | null; body: Buffer }> {
  const response = await fetch(s3.readerUrl(path));
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    cache: response.headers.get("cache-control"),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The site's own files a page links to: stylesheets, preloaded fonts, scripts, pictures, and the fonts each stylesheet names. */
async function linkedFiles(html: string): Promise<string[]> {
  const $ = cheerio.load(html);
  const links = [
    ...$('link[rel="stylesheet"], link[rel="preload"], link[rel="icon"]').map((_, e) => $(e).attr("href")),
    ...$("script[src]").map((_, e) => $(e).attr("src")),
    ...$("img[src]").map((_, e) => $(e).attr("src")),
    ...$("source[srcset], img[srcset]").map((_, e) =>
      $(e)
        .attr("srcset")!
        .split(",")
        .map((s) => s.trim().split(/\s+/)[0]),
    ),
  ].filter((href): href is string => typeof href === "string" && href.startsWith("/"));
  const fonts: string[] = [];
  for (const css of links.filter((l) => l.endsWith(".css"))) {
    const { body } = await fetchPath(css);
    for (const [, url] of body.toString().matchAll(/url\((\/[^)]+)\)/g)) fonts.push(url!);
  }
  return [...new Set([...links, ...fonts])];
}

/** Fetches each page and everything it links to; returns the failures as `page: file status`. */
async function brokenPages(pages: string[]): Promise<string[]> {
  const broken: string[] = [];
  for (const page of pages) {
    const { status, body } = await fetchPath(page);
    if (status !== 200) {
      broken.push(`${page}: ${status}`);
      continue;
    }
    for (const file of await linkedFiles(body.toString())) {
      const linked = await fetchPath(file);
      if (linked.status !== 200) broken.push(`${page}: ${file} ${linked.status}`);
    }
  }
  return broken;
}

const pagesOf = (site: string) => [...files(site).keys()].filter((p) => p.endsWith(".html")).map(sitePath);

test("a first deploy uploads every file with its type and the Cache-Control from _headers, and the site serves", async () => {
  const run = await deploy(first, undefined, [], AS_NPM);
  assert.equal(run.status, 0, run.stderr);
  const all = [...files(first).keys()];
  assert.equal(run.puts.length, all.length, "every file, once");
  assert.deepEqual(new Set(run.puts), new Set(all));
  assert.match(run.stdout, new RegExp(`Deployed: ${all.length} files uploaded, 0 deleted, 0 unchanged\\.`));
  // Hashed assets went up before any page, and pages before any feed or sitemap.
  const firstPage = run.puts.findIndex((p) => p.endsWith(".html"));
  assert.ok(
    run.puts.slice(firstPage).every((p) => !p.startsWith("assets/")),
    "no stylesheet or font after a page",
  );
  const lastPage = run.puts.findLastIndex((p) => p.endsWith(".html"));
  assert.ok(
    run.puts.slice(0, lastPage).every((p) => !p.endsWith(".xml")),
    "no feed or sitemap before the last page",
  );

  const home = await fetchPath("/");
  assert.equal(home.status, 200);
  assert.equal(home.type, "text/html; charset=utf-8");
  assert.equal(home.cache, "public, max-age=60, must-revalidate");
  assert.ok(home.body.equals(readFileSync(join(first, "index.html"))));
  const stylesheet = cheerio.load(home.body.toString())('link[rel="stylesheet"]').attr("href")!;
  const css = await fetchPath(stylesheet);
  assert.equal(css.type, "text/css; charset=utf-8");
  assert.equal(css.cache, "public, max-age=31536000, immutable");
  const feed = await fetchPath("/feed.xml");
  assert.equal(feed.type, "application/xml; charset=utf-8");
  assert.equal((await fetchPath("/tags/البيئة/")).status, 200, "an Arabic path");
  assert.deepEqual(await brokenPages(pagesOf(first)), []);
});

test("deploying the same site again uploads nothing", async () => {
  const run = await deploy(first);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.puts, []);
  assert.deepEqual(run.deletes, []);
  assert.match(run.stdout, /Nothing new to deploy: the \d+ files in s3:\/\/site\/ are the ones built\./);
  assert.equal(
    s3.requests.filter((r) => r.startsWith("PUT")).length,
    files(first).size + 2,
    "no manifest written either",
  );
});

test("a one-article edit uploads only the files that changed", async () => {
  const expected = changed(first, edited);
  const run = await deploy(edited);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.puts.toSorted(), expected.toSorted());
  console.log(`# one-article edit: ${run.puts.length} of ${files(edited).size} files uploaded: ${run.puts.join(", ")}`);
  assert.ok(expected.includes("articles/league-final/index.html"));
  assert.ok(!expected.some((p) => p.startsWith("assets/")), "no stylesheet or font changed");
  assert.ok(expected.length < files(edited).size / 4, `${expected.length} of ${files(edited).size} files`);
  // The search index's part for 2026 is written again under new hashed names; the old ones go.
  assert.deepEqual(run.deletes.toSorted(), [...files(first).keys()].filter((p) => !files(edited).has(p)).toSorted());
  assert.ok(
    run.deletes.every((p) => p.startsWith("pagefind/")),
    run.deletes.join(", "),
  );
  assert.match((await fetchPath("/articles/league-final/")).body.toString(), /تصحيح: أقيمت المباراة مساءً/);
});

test("a deleted article's pages are deleted from the bucket, after everything else", async () => {
  const gone = [...files(edited).keys()].filter((p) => !files(deleted).has(p));
  assert.ok(gone.includes("articles/league-final/index.html"));
  const run = await deploy(deleted);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.deletes.toSorted(), gone.toSorted());
  assert.deepEqual(run.puts.toSorted(), changed(edited, deleted).toSorted());
  assert.equal((await fetchPath("/articles/league-final/")).status, 404);
  assert.deepEqual(await brokenPages(pagesOf(deleted)), []);
});

test("a deploy killed halfway leaves every page served with its assets, and the next one finishes it", async () => {
  const plan = await deploy(newFont, undefined, ["--dry-run"]);
  assert.equal(plan.status, 0, plan.stderr);
  assert.deepEqual(plan.puts, [], "a dry run uploads nothing");
  const step = (name: string) => Number(new RegExp(`would upload ${name}: (\\d+) files`).exec(plan.stdout)?.[1] ?? 0);
  const pages = step("pages");
  const beforePages = step("hashed assets") + step("linked files") + step("search index entries");
  assert.ok(step("hashed assets") >= 2, `a new font and stylesheet:\n${plan.stdout}`);
  assert.ok(pages > 10, plan.stdout);

  // Two uploads in flight, not sixteen: with as many in flight as half the pages, every page could
  // reach the server before the kill lands, and nothing would be stopped halfway.
  const killed = await deploy(newFont, beforePages + Math.floor(pages / 2), ["--concurrency", "2"]);
  assert.equal(killed.signal, "SIGKILL");
  // Every page of the last complete deploy is still served, old or new, and finds what it links to;
  // a new page is either not there yet or whole.
  assert.deepEqual(await brokenPages(pagesOf(deleted)), []);
  const newPages = pagesOf(newFont).filter((p) => !pagesOf(deleted).includes(p));
  assert.deepEqual(
    (await brokenPages(newPages)).filter((line) => !line.endsWith(": 404")),
    [],
  );
  let replaced = 0;
  for (const [path, bytes] of files(newFont))
    if (path.endsWith(".html") && (await fetchPath(sitePath(path))).body.equals(bytes)) replaced++;
  assert.ok(replaced > 0 && replaced < pages, `halfway: ${replaced} of ${pages} pages replaced`);

  const resumed = await deploy(newFont);
  assert.equal(resumed.status, 0, resumed.stderr);
  assert.ok(resumed.puts.length > 0 && resumed.puts.length <= changed(deleted, newFont).length, resumed.stdout);
  for (const [path, bytes] of files(newFont)) {
    const served = await fetchPath(sitePath(path));
    assert.ok(served.body.equals(bytes), `${path} is as built`);
  }
  const oldAssets = [...files(deleted).keys()].filter((p) => p.startsWith("assets/") && !files(newFont).has(p));
  assert.ok(oldAssets.length >= 2);
  for (const path of oldAssets) assert.equal((await fetchPath(`/${path}`)).status, 404, `${path} deleted at the end`);
});
