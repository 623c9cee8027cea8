/** The deploy's plan, without a bucket: which files go up in which step, from `_headers` and the last manifest. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { headersFile } from "../../scripts/site/security.ts";
import { emptyManifest, parseManifest, pendingManifest, planDeploy, PENDING } from "../../scripts/deploy/plan.ts";
import { cacheControlLookup, parseHeaders, siteFiles } from "../../scripts/deploy/site-files.ts";
import { deployOptions } from "../../scripts/deploy/options.ts";
import type { Site } from "../../scripts/content/registries.ts";

const site = (url: string) => ({ url, signup: { action: "https://example.org/signup" } }) as Site;

/** A built site in a temporary folder, with the `_headers` file the build would write for it. */
function builtSite(url: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "deploy-plan-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const top = [...new Set(Object.keys(files).map((p) => p.split("/")[0]!))];
  writeFileSync(
    join(dir, "_headers"),
    headersFile(
      site(url),
      top.map((name) => ({ name, directory: Object.keys(files).some((p) => p.startsWith(`${name}/`)) })),
    ),
  );
  return dir;
}

const SITE = {
  "index.html": "<p>home",
  "articles/a/index.html": "<p>a",
  "assets/site-rtl.0123456789.css": "body{}",
  "img/x-800.avif": "avif",
  "images/logo.png": "png",
  "pagefind/2026/pagefind-entry.json": "{}",
  "pagefind/2026/fragment/ar_1.pf_fragment": "f",
  "feed.xml": "<feed/>",
  "feed.json": "{}",
  "sitemap.xml": "<x/>",
  "robots.txt": "User-agent: *",
};

test("each file gets its type and the Cache-Control the _headers file gives it, at the root or under a path", () => {
  for (const url of ["https://example.org/", "https://example.org/news/"]) {
    const files = new Map(siteFiles(builtSite(url, SITE)).map((f) => [f.path, f]));
    assert.ok(!files.has("_headers"), "_headers is for hosts, not uploaded");
    assert.equal(files.get("index.html")?.cacheControl, "public, max-age=60, must-revalidate", url);
    assert.equal(files.get("articles/a/index.html")?.type, "text/html; charset=utf-8");
    assert.equal(files.get("assets/site-rtl.0123456789.css")?.cacheControl, "public, max-age=31536000, immutable");
    assert.equal(files.get("assets/site-rtl.0123456789.css")?.type, "text/css; charset=utf-8");
    assert.equal(files.get("img/x-800.avif")?.type, "image/avif");
    assert.equal(files.get("pagefind/2026/fragment/ar_1.pf_fragment")?.type, "application/octet-stream");
  }
});

test("the steps: hashed assets, linked files, search index entries, pages, then feeds and sitemaps", () => {
  const plan = planDeploy(siteFiles(builtSite("https://example.org/", SITE)), emptyManifest());
  assert.deepEqual(
    plan.uploads.map((f) => `${f.step}: ${f.path}`),
    [
      "hashed assets: assets/site-rtl.0123456789.css",
      "hashed assets: img/x-800.avif",
      "linked files: images/logo.png",
      "linked files: pagefind/2026/fragment/ar_1.pf_fragment",
      "search index entries: pagefind/2026/pagefind-entry.json",
      "pages: articles/a/index.html",
      "pages: index.html",
      "feeds and sitemaps: feed.json",
      "feeds and sitemaps: feed.xml",
      "feeds and sitemaps: robots.txt",
      "feeds and sitemaps: sitemap.xml",
    ],
  );
});

test("the manifest decides: unchanged files stay, changed ones go up, ones no longer built are deleted", () => {
  const dir = builtSite("https://example.org/", SITE);
  const before = siteFiles(dir);
  const manifest = {
    version: 1 as const,
    files: { ...Object.fromEntries(before.map((f) => [f.path, f.fingerprint])), "articles/old/index.html": "x" },
  };
  writeFileSync(join(dir, "articles/a/index.html"), "<p>a, corrected");
  const plan = planDeploy(siteFiles(dir), manifest);
  assert.deepEqual(
    plan.uploads.map((f) => f.path),
    ["articles/a/index.html"],
  );
  assert.deepEqual(plan.deletions, ["articles/old/index.html"]);
  assert.equal(plan.unchanged, before.length - 1);
  // Written before the first upload: a deploy stopped halfway leaves the file marked, so the next one uploads it again.
  const pending = pendingManifest(manifest, plan);
  assert.equal(pending.files["articles/a/index.html"], PENDING);
  assert.equal(pending.files["articles/old/index.html"], "x");
  assert.deepEqual(
    planDeploy(siteFiles(dir), pending).uploads.map((f) => f.path),
    ["articles/a/index.html"],
  );
});

test("a changed Cache-Control uploads the file again, though its bytes are the same", () => {
  const dir = builtSite("https://example.org/", SITE);
  const files = siteFiles(dir);
  const manifest = { version: 1 as const, files: Object.fromEntries(files.map((f) => [f.path, f.fingerprint])) };
  const rules = parseHeaders("/*\n  X-A: b\n\n/*\n  Cache-Control: no-cache\n");
  assert.equal(cacheControlLookup(rules)("index.html"), "no-cache");
  writeFileSync(join(dir, "_headers"), "/*\n  Cache-Control: no-cache\n");
  assert.equal(planDeploy(siteFiles(dir), manifest).uploads.length, files.length);
});

test("a malformed _headers file or manifest, or a missing bucket, is named in the message", () => {
  assert.throws(() => parseHeaders("  Cache-Control: x\n", "_site/_headers"), {
    message: '_site/_headers:1: "Cache-Control: x" is not a header under a path. Build the site again.',
  });
  assert.throws(() => cacheControlLookup(parseHeaders("/feed.xml\n  Cache-Control: x\n"), "_site/_headers"), {
    message: "_site/_headers: the first rule must cover the whole site (/* or /path/*). Build the site again.",
  });
  assert.throws(
    () => siteFiles(mkdtempSync(join(tmpdir(), "empty-"))),
    /_headers is missing: deploy a folder that npm run build wrote\./,
  );
  assert.throws(() => parseManifest('{"version":2}', "s3://b/.deploy-manifest.json.gz"), {
    message:
      "s3://b/.deploy-manifest.json.gz is not a deploy manifest of this version. Delete it to upload the whole site again.",
  });
  assert.throws(() => deployOptions({}), /npm run deploy needs a bucket: set NEWSROOM_DEPLOY_BUCKET/);
  assert.throws(
    () => deployOptions({ NEWSROOM_DEPLOY_BUCKET: "b" }, { concurrency: "0" }),
    /--concurrency "0" must be a whole number from 1\./,
  );
  assert.deepEqual(deployOptions({ NEWSROOM_DEPLOY_BUCKET: "b", NEWSROOM_DEPLOY_PREFIX: "/news" }).prefix, "news/");
});
