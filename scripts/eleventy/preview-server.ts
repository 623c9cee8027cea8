/**
 * The preview (`npm start`) renders each page when the browser asks for it,
 * from the site model of the latest save, with the same templates a build
 * writes with (scripts/pages/routes.ts). Writing every page after each save
 * took seconds at 10,000 articles, and any page may show an edited headline
 * (home, sections, tags, related lists), so none could be skipped; rendering
 * on request, a save costs a reload of the content and the model, and the
 * page in the browser is rendered once, when live reload asks for it.
 *
 * Eleventy still does the rest: it watches the files, runs the steps before
 * and after (content, stylesheets, search script) and tells the browser to
 * reload. The dev server adds its live-reload script to every HTML page it
 * sends, these included. Pictures and static/ are sent from where they are:
 * Eleventy would copy them all again on every save.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { readFile, writeFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { findRoute, renderRoute, type SitePageData } from "../pages/routes.ts";
import { IMAGE_PATH } from "../render/images.ts";
import { paths } from "../site/urls.ts";
import { imageCacheDir, pictures } from "./images.ts";
import { siteModel } from "./newsroom-data.ts";
import type { BuildOptions } from "./options.ts";
import { searchAssets } from "./search-index.ts";
import { STATIC_DIR } from "./site-files.ts";
import { builtAssets } from "./stylesheets.ts";

/** What the dev server passes to an `onRequest` handler. */
interface Request {
  url: URL;
  patternGroups: Record<string, string | undefined>;
}

/** A page or a file; `undefined` lets the dev server send a file from the output folder, or its 404 page. */
type Reply = { status: number; headers: Record<string, string>; body: string } | Response | undefined;

export default function previewServer(eleventyConfig: UserConfig, options: BuildOptions): void {
  if (!options.onRequest) return;
  let output = "";
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    output = directories.output;
  });
  // Eleventy's page templates are rendered here instead, so it writes none of them.
  eleventyConfig.ignores.add("templates/pages/**");
  // …but for the 404 page, which the dev server sends for any path that is neither a page nor a file,
  // with its status, as hosts do.
  let notFound = "";
  eleventyConfig.on("eleventy.after", async () => {
    const path = paths.notFound();
    const html = await renderRoute(findRoute(siteModel(), path)!, pageData(), path);
    // Written when it changed (a section or the site's name), not on every save.
    if (html !== notFound) await writeFile(join(output, path), html);
    notFound = html;
  });
  eleventyConfig.setServerOptions({
    onRequest: {
      // Pictures are sent from where they are kept: the originals from the content folder, the
      // encoded ones from the build cache, where a page's rendering put them; the favicon from static/.
      "/images/*": ({ patternGroups }: Request) => fileReply(join(options.contentDir, "images"), patternGroups[0]),
      [`${IMAGE_PATH}*`]: ({ patternGroups }: Request) => fileReply(imageCacheDir(options), patternGroups[0]),
      "/*": ({ url }: Request) => page(url.pathname),
    },
  });
}

const FILE_TYPES: Record<string, string> = {
  ".avif": "image/avif",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

/** A picture or icon under `folder`, as it is; `undefined` (the 404 page) if there is none. */
async function fileReply(folder: string, name = ""): Promise<Response | undefined> {
  const file = resolve(folder, decoded(name).replace(/^\//, ""));
  const type = FILE_TYPES[extname(file).toLowerCase()];
  if (!type || !file.startsWith(resolve(folder) + sep)) return undefined;
  return readFile(file).then(
    (bytes) => new Response(bytes, { headers: { "Content-Type": type } }),
    () => undefined,
  );
}

/** What every page is rendered with: the latest save's model, stylesheets, search script and pictures. */
function pageData(): SitePageData {
  return { newsroom: siteModel(), assets: builtAssets(), search: searchAssets(), images: pictures() };
}

async function page(pathname: string): Promise<Reply> {
  const path = sitePath(pathname);
  try {
    const data = pageData();
    const route = findRoute(data.newsroom, path);
    if (route) return { status: 200, headers: { "Content-Type": route.type }, body: await renderRoute(route, data, path) };
    // A page's path without its final slash is redirected, as the dev server does for written pages.
    if (findRoute(data.newsroom, `${path}/`)) return { status: 301, headers: { Location: `${pathname}/` }, body: "" };
    return await fileReply(STATIC_DIR, path);
  } catch (error) {
    // A template that throws is shown in the browser as well as in the terminal.
    console.error(`[newsroom] ${path} could not be rendered:`, error);
    return { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" }, body: `${path} could not be rendered:\n${(error as Error).stack ?? String(error)}` };
  }
}

/** The site path of a request: decoded (`/tags/البيئة/`), and `…/index.html` as its folder. */
function sitePath(pathname: string): string {
  return decoded(pathname).replace(/\/index\.html$/, "/");
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // not valid percent-encoding: no page or file has such a name, so it gets the 404 page
  }
}
