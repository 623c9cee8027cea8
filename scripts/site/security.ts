/**
 * What the site asks browsers and hosts to enforce: the Content Security Policy and the `_headers`
 * file that Netlify and Cloudflare Pages read. The policy allows only this site's own files (no
 * inline script or style, no third-party request), WebAssembly for the search index, and forms
 * posting to this site and to the sign-up address from site.yaml.
 */
import { readdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Site } from "../content/registries.ts";
import { createUrls } from "./urls.ts";

function policy(site: Site): Record<string, string> {
  const signup = new URL(site.signup.action).origin;
  return {
    "default-src": "'none'",
    "script-src": "'self' 'wasm-unsafe-eval'",
    "style-src": "'self'",
    "img-src": "'self'",
    "font-src": "'self'",
    "connect-src": "'self'",
    "manifest-src": "'self'",
    "form-action": `'self' ${signup}`,
    "base-uri": "'none'",
    "object-src": "'none'",
  };
}

const serialise = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");

/** For the HTTP header: adds what only a header can carry (who may frame the page). */
function contentSecurityPolicy(site: Site): string {
  return serialise({ ...policy(site), "frame-ancestors": "'none'" });
}

/**
 * For <meta http-equiv>, so hosts that ignore `_headers` (GitHub Pages) still
 * enforce the policy. Browsers ignore frame-ancestors there and log an error
 * for it, so it is left out.
 */
export function metaContentSecurityPolicy(site: Site): string {
  return serialise(policy(site));
}

/**
 * The browser editor's policy (/admin/, decision 0029): its script and strings from this site, as
 * everywhere; but Sveltia injects its styles, previews pictures from blob: URLs, and saves through
 * GitHub's API and the newsroom's sign-in service.
 */
function editorPolicy(site: Site): Record<string, string> {
  const auth = site.editor?.auth ? ` ${new URL(site.editor.auth).origin}` : "";
  return {
    "default-src": "'none'",
    "script-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' blob: data: https://avatars.githubusercontent.com",
    "media-src": "'self' blob:",
    "font-src": "'self' data:",
    "connect-src": `'self' blob: data: https://api.github.com${auth}`,
    "frame-src": "'self' blob:",
    "form-action": "'none'",
    "base-uri": "'none'",
    "object-src": "'none'",
  };
}

/** The editor's policy, for the header (`header`) or for its <meta> tag. */
export function editorContentSecurityPolicy(site: Site, header: boolean): string {
  return serialise({ ...editorPolicy(site), ...(header ? { "frame-ancestors": "'none'" } : {}) });
}

/** Hashed names (CSS, fonts, pictures) never change content: a year, immutable. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/**
 * Everything else (pages, feeds, original pictures) may be corrected at any
 * time; a minute keeps a correction from waiting long, and revalidation is a
 * small conditional request.
 */
const SHORT = "public, max-age=60, must-revalidate";
/** Top-level folders whose files all carry a content hash in their names. */
const HASHED_FOLDERS = ["assets", "img"];

/**
 * The `_headers` file. `entries` are the top-level names in the built site.
 * Each file gets its Cache-Control from exactly one rule: Cloudflare joins
 * the values of overlapping rules with commas and Netlify keeps one, so
 * overlapping rules would mean different caching on each host.
 */
export function headersFile(site: Site, entries: { name: string; directory: boolean }[]): string {
  const { prefix } = createUrls(site.url);
  const rules: string[] = [
    "# Written by the build (scripts/site/security.ts) for Netlify and Cloudflare Pages.",
    `${prefix}*`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "  X-Frame-Options: DENY",
    "  Cross-Origin-Opener-Policy: same-origin",
    "  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()",
  ];
  // The policy is given by each top-level rule, not by `/*`: the editor's folder has its own, and
  // hosts send every matching rule's policy, which browsers would all enforce at once.
  const cache = (path: string, value: string, csp = contentSecurityPolicy(site)) =>
    rules.push("", path, `  Content-Security-Policy: ${csp}`, `  Cache-Control: ${value}`);
  for (const folder of HASHED_FOLDERS) cache(`${prefix}${folder}/*`, IMMUTABLE);
  for (const { name, directory } of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === "_headers" || name.startsWith(".") || HASHED_FOLDERS.includes(name)) continue;
    if (name === "admin" && directory) cache(`${prefix}${name}/*`, SHORT, editorContentSecurityPolicy(site, true));
    else if (directory) cache(`${prefix}${name}/*`, SHORT);
    else cache(name === "index.html" ? prefix : `${prefix}${name}`, SHORT);
  }
  return `${rules.join("\n")}\n`;
}

/** Written by `npm run build` once everything else is in the output folder, so no top-level name is missed. */
export async function writeHeadersFile(outputDir: string, site: Site): Promise<void> {
  const entries = readdirSync(outputDir, { withFileTypes: true }).map((e) => ({
    name: e.name,
    directory: e.isDirectory(),
  }));
  await writeFile(join(outputDir, "_headers"), headersFile(site, entries));
}
