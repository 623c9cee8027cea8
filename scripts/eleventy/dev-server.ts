/**
 * What the preview's dev server answers: each page rendered when the browser
 * asks for it, from the latest good save, with the route table every build
 * writes from (templates/routes.ts). Pictures and static/ are sent from where
 * they are; the stylesheets, fonts and search script from the preview's own
 * folder, where the latest save wrote them.
 */
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { paths } from "../site/urls.ts";
import { IMAGE_PATH } from "../render/page-data.ts";
import { pageData, type PreparedBuild } from "../build/pipeline.ts";
import { previewDir, type BuildOptions } from "../build/options.ts";
import { renderRoute, routeFinder, type Route } from "../../templates/routes.ts";

/** What the dev server passes to an `onRequest` handler. */
interface Request {
  url: URL;
  patternGroups: Record<string, string | undefined>;
}

/** A page or a file; `undefined` lets the dev server send a file from the preview's folder. */
type Reply = { status: number; headers: Record<string, string>; body: string } | Response | undefined;

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

/** The dev server's `onRequest` handlers. `latest()` is the build of the latest good save. */
export function devServerRoutes(
  latest: () => PreparedBuild | undefined,
  options: BuildOptions,
  staticDir: string,
): Record<string, (request: Request) => Promise<Reply>> {
  // The route table of each save's model, made once per save.
  let routes: { build: PreparedBuild; find: (path: string) => Route | undefined } | undefined;
  const find = (build: PreparedBuild, path: string) => {
    if (routes?.build !== build) routes = { build, find: routeFinder(build.model) };
    return routes.find(path);
  };

  async function page(pathname: string): Promise<Reply> {
    const build = latest();
    if (!build) return undefined;
    const path = sitePath(pathname);
    // The live-reload client, and the files the latest save wrote (stylesheets, fonts, the search script).
    if (path.startsWith("/.11ty/") || isFileIn(previewDir(options), path)) return undefined;
    try {
      const route = find(build, path);
      if (route)
        return {
          status: 200,
          headers: { "Content-Type": route.type },
          body: await renderRoute(route, pageData(build)),
        };
      // A page's path without its final slash is redirected, as the dev server does for written pages.
      if (find(build, `${path}/`)) return { status: 301, headers: { Location: `${pathname}/` }, body: "" };
      const file = await fileReply(staticDir, path);
      if (file) return file;
      // Any other path gets the site's 404 page, with its status, as hosts do.
      const notFound = find(build, paths.notFound())!;
      return {
        status: 404,
        headers: { "Content-Type": notFound.type },
        body: await renderRoute(notFound, pageData(build)),
      };
    } catch (error) {
      // A template that throws is shown in the browser as well as in the terminal.
      console.error(`[newsroom] ${path} could not be rendered:`, error);
      return {
        status: 500,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
        body: `${path} could not be rendered:\n${(error as Error).stack ?? String(error)}`,
      };
    }
  }

  return {
    // Pictures are sent from where they are kept: the originals from the content folder, the
    // encoded ones from the build cache, where a page's rendering put them.
    "/images/*": async ({ patternGroups }) => fileReply(join(options.contentDir, "images"), patternGroups[0]),
    [`${IMAGE_PATH}*`]: async ({ patternGroups }) => fileReply(join(options.cacheDir, "images"), patternGroups[0]),
    "/*": ({ url }) => page(url.pathname),
  };
}

/** Whether `path` names a file under `folder`. */
function isFileIn(folder: string, path: string): boolean {
  const file = resolve(folder, path.replace(/^\//, ""));
  return file.startsWith(resolve(folder) + sep) && existsSync(file) && statSync(file).isFile();
}

/** A picture or icon under `folder`, as it is; `undefined` if there is none. */
async function fileReply(folder: string, name = ""): Promise<Response | undefined> {
  const file = resolve(folder, decoded(name).replace(/^\//, ""));
  const type = FILE_TYPES[extname(file).toLowerCase()];
  if (!type || !file.startsWith(resolve(folder) + sep)) return undefined;
  return readFile(file).then(
    (bytes) => new Response(bytes, { headers: { "Content-Type": type } }),
    () => undefined,
  );
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
