/**
 * The preview only the editor can reach (issue 22): it listens on this computer only unless asked,
 * answers every request within a bound, sends the site's 404 page for traversal, staging, source
 * and outside paths, and never follows a link out of the site. The real `npm start` on a content
 * folder cloned from a git repository, with real symbolic links. That it writes only into its own
 * folder, never `_site/`, is tested in tests/editing/preview.test.ts.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { startDevServer, type DevServer } from "../../scripts/dev/preview-process.ts";
import { contentWith } from "../support/fixture.ts";

// The preview answers within 15 s by design (scripts/eleventy/dev-server.ts); the requests below
// need no rendering beyond the 404 page, so 5 s leaves room for a busy machine.
const BOUND_MS = 5000;

const outside = mkdtempSync(join(tmpdir(), "outside-"));
const SECRET = "runner-secret-7373";
writeFileSync(join(outside, "secret.jpg"), SECRET);

/** A clone of a git repository holding the fixture newsroom: what CI checks out. */
function clonedContent(): string {
  const origin = contentWith();
  const git = (cwd: string, ...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], { cwd });
  git(origin, "init", "-q");
  git(origin, "add", "-A");
  git(origin, "commit", "-q", "-m", "content");
  const clone = join(mkdtempSync(join(tmpdir(), "checkout-")), "content");
  git(tmpdir(), "clone", "-q", origin, clone);
  return clone;
}

/** A GET without any normalising of the path on the client's side, and its answer; throws after the bound. */
function get(host: string, port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, method: "GET", timeout: BOUND_MS }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer to ${path} within ${BOUND_MS} ms`)));
    req.on("error", reject);
    req.end();
  });
}

/** An address of this computer that is not a loopback one, if it has any. */
function networkAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
}

const content = clonedContent();
let server: DevServer;
let port: number;

before(async () => {
  server = await startDevServer(content);
  port = Number(new URL(server.url).port);
  // Made after the preview started: the check refuses a link, so a preview never starts with one;
  // a link that arrives while it runs must not be followed either.
  symlinkSync(join(outside, "secret.jpg"), join(content, "images", "leak.jpg"));
  mkdirSync(join(content, "images", "inside"));
  symlinkSync(outside, join(content, "images", "inside", "folder"));
});

after(async () => {
  await server?.stop();
});

test("the preview listens on 127.0.0.1 and ::1 only", async () => {
  assert.equal((await get("127.0.0.1", port, "/")).status, 200);
  assert.equal((await get("::1", port, "/")).status, 200);
  const address = networkAddress();
  if (address) await assert.rejects(get(address, port, "/"), /ECONNREFUSED/);
});

test("traversal, staging, source, outside and undecodable paths get the site's 404 page, within the bound", async () => {
  const notFound = await get("127.0.0.1", port, "/no-such-page/");
  assert.equal(notFound.status, 404);
  assert.match(notFound.body, /الصفحة غير موجودة/);
  for (const path of [
    "/..%2f_site.next/staging.html",
    "/..%2f_site/index.html",
    "/%2e%2e%2f%2e%2e%2fpackage.json",
    "/..%2f..%2fpackage.json",
    "/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json",
    "/%c0%ae%c0%ae%c0%af",
    "/images/..%2f..%2fpackage.json",
    "/images/..%5c..%5cpackage.json",
    "/img/..%2f..%2f..%2fpackage.json",
    "/assets/..%2f..%2fpackage.json",
    "/%00/etc/passwd",
    "/%ff",
    "/package.json",
    "/content/site.yaml",
    "/content/articles/river-cleanup.md",
    "/scripts/cli/start.ts",
    "/images/leak.jpg",
    "/images/inside/folder/secret.jpg",
    "//etc/passwd",
  ]) {
    const reply = await get("127.0.0.1", port, path);
    assert.equal(reply.status, 404, path);
    assert.match(reply.body, /الصفحة غير موجودة/, path);
    assert.doesNotMatch(reply.body, new RegExp(`${SECRET}|"name": "|^---`), path);
  }
});

test("the site's own files are still sent", async () => {
  assert.equal((await get("127.0.0.1", port, "/images/logo.png")).status, 200);
  assert.equal((await get("127.0.0.1", port, "/favicon.svg")).status, 200);
  const home = await get("127.0.0.1", port, "/");
  const stylesheet = /href="(\/assets\/[^"]+\.css)"/.exec(home.body)?.[1];
  assert.ok(stylesheet, "the home page links a stylesheet");
  assert.equal((await get("127.0.0.1", port, stylesheet)).status, 200);
});

test("--expose listens on every interface, with a warning", async () => {
  const exposed = await startDevServer(contentWith(), {}, 60_000, process.cwd(), ["--expose"]);
  try {
    // In the site's language: the preview is started as an editor starts it, with no NEWSROOM_LANG.
    assert.match(exposed.log(), /\u2068--expose\u2069: المعاينة تستمع على كل واجهات الشبكة/);
    const address = networkAddress();
    if (address) assert.equal((await get(address, Number(new URL(exposed.url).port), "/")).status, 200);
  } finally {
    await exposed.stop();
  }
});
