/**
 * The browser editor's files under /admin/: Sveltia CMS from its npm package (pinned in
 * package.json), its interface strings, and a start script. Nothing is fetched from a CDN:
 * the package's script asks unpkg.com for its strings and optional modules, so the one address
 * it builds them from is pointed at this folder (decision 0029).
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { EditorAssets } from "../render/page-data.ts";

const require = createRequire(import.meta.url);
// The package exports only its entry (npm/index.js), not its package.json.
const PACKAGE_DIR = dirname(dirname(require.resolve("@sveltia/cms")));
const VERSION = (JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string }).version;

/** The folder beside the script (under /admin/) that holds what the package would fetch from CDNs. */
const FILES = `sveltia-cms@${VERSION}`;
const ICON_FONT = "material-symbols-outlined.woff2";

/** What the package's script fetches from CDNs, each replaced by an address on the site: [found, put instead]. */
const CDN_ADDRESSES: [string, string][] = [
  // The literal its unpkg addresses are built from (`${base}@${version}/locales/ar.json`); the
  // same address beside the script itself, wherever the site is published (a path prefix too).
  ["`https://unpkg.com/@sveltia/cms`", 'new URL("sveltia-cms",document.currentScript.src).href'],
  // The icon font, in a stylesheet: relative to the page at /admin/.
  [
    "https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2",
    `${FILES}/${ICON_FONT}`,
  ],
];
const ICON_FONT_FILE = join(
  dirname(require.resolve("@fontsource-variable/material-symbols-outlined")),
  "files/material-symbols-outlined-latin-wght-normal.woff2",
);
/** Interface languages the editor is offered in: the site's languages (templates/strings/). */
const LOCALES = ["ar", "en-US", "fr"];

/**
 * Runs before the editor: an editor who has not chosen a language gets the site's, Arabic, whatever
 * the browser's language (Sveltia reads this preference; the editor's settings can change it).
 */
const START_SCRIPT = `try {
  var prefs = JSON.parse(localStorage.getItem("sveltia-cms.prefs") || "{}") || {};
  if (!prefs.locale) localStorage.setItem("sveltia-cms.prefs", JSON.stringify(Object.assign(prefs, { locale: document.documentElement.lang })));
} catch (e) {}
`;

/** The preview writes the editor's files once per session, not on every save. */
export interface EditorMemo {
  written?: string;
}

/** The package's script with its CDN addresses replaced; throws if this version writes one some other way. */
function selfHostedScript(): string {
  let script = readFileSync(join(PACKAGE_DIR, "dist/sveltia-cms.js"), "utf8");
  for (const [cdn, site] of CDN_ADDRESSES) {
    const found = script.split(cdn).length - 1;
    if (found !== 1)
      throw new Error(
        `@sveltia/cms ${VERSION}: expected ${cdn} once in dist/sveltia-cms.js, found it ${found} times. ` +
          "Check what this version fetches from CDNs before upgrading (decision 0029).",
      );
    script = script.replace(cdn, site);
  }
  return script;
}

/** The folder above the content folder that holds `.git`: the editor's paths are relative to it. */
function contentFolderInRepository(contentDir: string): string {
  const content = resolve(contentDir);
  for (let dir = content; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return relative(dir, content).split(sep).join("/") || ".";
    if (dirname(dir) === dir) return relative(process.cwd(), content).split(sep).join("/") || ".";
  }
}

/** Writes the editor's script, strings and start script into `<outputDir>/admin/`. */
export async function writeEditor(outputDir: string, contentDir: string, memo: EditorMemo = {}): Promise<EditorAssets> {
  const assets: EditorAssets = {
    script: "/admin/sveltia-cms.js",
    start: "/admin/start.js",
    contentFolder: contentFolderInRepository(contentDir),
  };
  if (memo.written === outputDir) return assets;
  const admin = join(outputDir, "admin");
  const locales = join(admin, FILES, "locales");
  await mkdir(locales, { recursive: true });
  await writeFile(join(admin, "sveltia-cms.js"), selfHostedScript());
  await writeFile(join(admin, "start.js"), START_SCRIPT);
  await writeFile(join(admin, FILES, ICON_FONT), readFileSync(ICON_FONT_FILE));
  for (const locale of LOCALES)
    await writeFile(join(locales, `${locale}.json`), readFileSync(join(PACKAGE_DIR, "locales", `${locale}.json`)));
  memo.written = outputDir;
  return assets;
}
