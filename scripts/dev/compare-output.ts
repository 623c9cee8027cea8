/**
 * Proves that a change to the code leaves what the site builds unchanged.
 *
 *   node --import tsx scripts/dev/compare-output.ts snapshot OUT   # builds and previews, keeps every file
 *   node --import tsx scripts/dev/compare-output.ts diff OLD NEW   # lists every file that differs
 *
 * `snapshot` runs only the commands a user runs (`npm run build`, `npm start`), so the same script
 * measures the code before and after a refactor: a production build of the sample site and of each
 * fixture site (at the domain root and under a path prefix), and the preview's rendering of every
 * page it links to or the build wrote, fetched over HTTP. The clock is fixed (NEWSROOM_NOW).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import * as cheerio from "cheerio";

const NOW = "2026-12-01T09:00:00+03:00";
const SITES: { name: string; content: string; siteUrl?: string }[] = [
  { name: "sample", content: "content" },
  { name: "sample-prefix", content: "content", siteUrl: "https://example.org/almadar/" },
  { name: "fixture", content: "tests/fixtures/newsroom" },
];

function files(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(root, f)).isFile())
    .map((f) => f.split("\\").join("/"))
    .sort();
}

function productionBuild(out: string, site: (typeof SITES)[number]): void {
  const cache = mkdtempSync(join(tmpdir(), "compare-cache-"));
  const run = spawnSync("npm", ["run", "build", "--", "--content", site.content, "--output", out], {
    encoding: "utf8",
    env: { ...process.env, NEWSROOM_NOW: NOW, NEWSROOM_CACHE: cache, SITE_URL: site.siteUrl ?? "" },
  });
  rmSync(cache, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`The build of ${site.content} failed:\n${run.stdout}\n${run.stderr}`);
}

/**
 * The published version as a plain folder named `production`: the build leaves a link to
 * `production.versions/<time>-<pid>` (decision 0021), whose name differs from one build to the next,
 * so two snapshots would differ in every path.
 */
function settle(production: string): void {
  const version = realpathSync(production);
  rmSync(production);
  renameSync(version, production);
  rmSync(`${production}.versions`, { recursive: true, force: true });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  await new Promise((ok) => server.close(ok));
  return typeof address === "object" && address ? address.port : 0;
}

/** Fetches every page the preview links to, starting from the home page and the production build's files. */
async function previewCrawl(out: string, site: (typeof SITES)[number], seeds: string[]): Promise<void> {
  const port = await freePort();
  const cache = mkdtempSync(join(tmpdir(), "compare-cache-"));
  const child = spawn("npm", ["start", "--", `--port=${port}`], {
    env: {
      ...process.env,
      NEWSROOM_NOW: NOW,
      NEWSROOM_CACHE: cache,
      NEWSROOM_CONTENT: site.content,
      SITE_URL: site.siteUrl ?? "",
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (c) => (log += c));
  child.stderr.on("data", (c) => (log += c));
  const base = `http://localhost:${port}`;
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`The preview did not start:\n${log}`);
      const ok = await fetch(`${base}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const prefix = site.siteUrl ? new URL(site.siteUrl).pathname : "/";
    const queue = ["/", ...seeds];
    const seen = new Set<string>();
    const statuses: string[] = [];
    while (queue.length && seen.size < 5000) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await fetch(base + encodeURI(path), { redirect: "manual" });
      const body = Buffer.from(await response.arrayBuffer());
      statuses.push(`${response.status} ${path}`);
      if (response.status !== 200) continue;
      const file = join(out, path.endsWith("/") ? `${path}index.html` : path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, body);
      if (!(response.headers.get("content-type") ?? "").includes("html")) continue;
      const $ = cheerio.load(body.toString("utf8"));
      $("[href], [src]").each((_, element) => {
        const value = $(element).attr("href") ?? $(element).attr("src") ?? "";
        const url = new URL(value, base + path);
        if (url.origin !== base) return;
        let local = decodeURIComponent(url.pathname);
        // Links carry the site's path prefix; the preview serves at the root.
        if (prefix !== "/" && local.startsWith(prefix)) local = `/${local.slice(prefix.length)}`;
        if (!seen.has(local)) queue.push(local);
      });
    }
    writeFileSync(join(out, "_statuses.txt"), statuses.sort().join("\n"));
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // gone already
    }
    rmSync(cache, { recursive: true, force: true });
  }
}

async function snapshot(outRoot: string): Promise<void> {
  for (const site of SITES) {
    const production = resolve(outRoot, site.name, "production");
    rmSync(dirname(production), { recursive: true, force: true });
    productionBuild(production, site);
    settle(production);
    const seeds = files(production)
      .filter((f) => !f.startsWith("pagefind/"))
      .map((f) => `/${f.replace(/(^|\/)index\.html$/, "$1")}`);
    await previewCrawl(resolve(outRoot, site.name, "preview"), site, seeds);
    console.log(
      `${site.name}: ${files(production).length} files built, ${files(resolve(outRoot, site.name, "preview")).length} previewed`,
    );
  }
}

function diff(a: string, b: string): number {
  const hash = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
  const left = new Set(files(a));
  const right = new Set(files(b));
  let differences = 0;
  for (const f of [...new Set([...left, ...right])].sort()) {
    if (!left.has(f)) console.log(`only in ${relative(".", b)}: ${f}`);
    else if (!right.has(f)) console.log(`only in ${relative(".", a)}: ${f}`);
    else if (hash(join(a, f)) !== hash(join(b, f))) console.log(`differs: ${f}`);
    else continue;
    differences++;
  }
  console.log(`${left.size} and ${right.size} files compared, ${differences} differences.`);
  return differences;
}

const [command, first, second] = process.argv.slice(2);
if (command === "snapshot" && first) await snapshot(first);
else if (command === "diff" && first && second) process.exitCode = diff(first, second) ? 1 : 0;
else {
  console.error("Usage: compare-output.ts snapshot OUT | diff OLD NEW");
  process.exitCode = 2;
}
