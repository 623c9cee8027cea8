/**
 * The built site as a deploy sees it: every file under `_site/` with the key it gets in the bucket,
 * its content type, the Cache-Control that the build's `_headers` file gives it, a hash of all
 * three with its bytes, and the step of the deploy it belongs to.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { contentTypeOf } from "../files/content-types.ts";

const BYTES = "application/octet-stream";

function contentType(path: string): string {
  // Anything the site does not usually publish goes up as bytes.
  return contentTypeOf(path) ?? BYTES;
}

/**
 * The steps of a deploy, in order. A reader who loads a page in the middle of a deploy gets
 * either the old page or the new one, and each finds every file it links to: files pages link
 * to go up first (hashed ones never overwrite anything), then the search index's entry files
 * that name the index's new parts, then pages, then the feeds and sitemaps that point readers and
 * crawlers at new pages. Files no longer built are deleted last.
 */
export const STEPS = ["hashed assets", "linked files", "search index entries", "pages", "feeds and sitemaps"] as const;
type Step = (typeof STEPS)[number];

function stepOf(key: string, cacheControl: string | undefined): Step {
  const name = key.slice(key.lastIndexOf("/") + 1);
  if (cacheControl?.includes("immutable")) return "hashed assets";
  if (name === "pagefind-entry.json") return "search index entries";
  if (name.endsWith(".html")) return "pages";
  if (name.endsWith(".xml") || name === "feed.json" || name === "robots.txt") return "feeds and sitemaps";
  return "linked files";
}

/** One rule of a `_headers` file: a path (a final `*` matches any rest) and its headers. */
interface HeaderRule {
  path: string;
  headers: Map<string, string>;
}

/** Netlify's and Cloudflare's `_headers` format, as scripts/site/security.ts writes it. */
export function parseHeaders(text: string, file = "_headers"): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: new Map() });
      return;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon < 0)
      throw new Error(`${file}:${i + 1}: "${line.trim()}" is not a header under a path. Build the site again.`);
    rule.headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  });
  return rules;
}

/**
 * Cache-Control for each file by its path in the site, from the `_headers` rules. The first rule
 * covers the whole site (`/*`, or `/path/*` under a path): it gives the site's path prefix.
 */
export function cacheControlLookup(rules: HeaderRule[], file = "_headers"): (path: string) => string | undefined {
  const first = rules[0]?.path;
  if (!first?.endsWith("/*"))
    throw new Error(`${file}: the first rule must cover the whole site (/* or /path/*). Build the site again.`);
  const prefix = first.slice(0, -1);
  const matches = (pattern: string, url: string) =>
    pattern.endsWith("*") ? url.startsWith(pattern.slice(0, -1)) : url === pattern;
  return (path) => {
    const url = prefix + path;
    const pretty = url.endsWith("index.html") ? url.slice(0, -"index.html".length) : url;
    return rules
      .find((r) => r.headers.has("cache-control") && (matches(r.path, url) || matches(r.path, pretty)))
      ?.headers.get("cache-control");
  };
}

export interface SiteFile {
  /** The path under the site folder, with `/`: the object's key, less the bucket's prefix. */
  path: string;
  file: string;
  size: number;
  type: string;
  cacheControl: string | undefined;
  step: Step;
  /** A hash of the bytes, the type and the Cache-Control: any of them changing uploads the file again. */
  fingerprint: string;
}

/** Files the build writes for hosts, not for readers: they are not uploaded. */
const NOT_PUBLISHED = new Set(["_headers"]);

/** Every file of the built site, sorted by path. */
export function siteFiles(siteDir: string): SiteFile[] {
  const headersFile = join(siteDir, "_headers");
  let headersText: string;
  try {
    headersText = readFileSync(headersFile, "utf8");
  } catch {
    throw new Error(`${headersFile} is missing: deploy a folder that npm run build wrote.`);
  }
  const cacheControl = cacheControlLookup(parseHeaders(headersText, headersFile), headersFile);
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((file) => ({ file, path: relative(siteDir, file).split(sep).join("/") }))
    .filter(({ path }) => !NOT_PUBLISHED.has(path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ file, path }) => {
      const bytes = readFileSync(file);
      const type = contentType(path);
      const cache = cacheControl(path);
      const fingerprint = createHash("sha256")
        .update(bytes)
        .update(`\0${type}\0${cache ?? ""}`)
        .digest("base64url")
        .slice(0, 22);
      return { path, file, size: bytes.length, type, cacheControl: cache, step: stepOf(path, cache), fingerprint };
    });
}
