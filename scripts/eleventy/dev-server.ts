/**
 * What the preview's dev server answers: each page rendered when the browser
 * asks for it, from the latest good save, with the route table every build
 * writes from (templates/routes.ts). Pictures and static/ are sent from where
 * they are; the stylesheets, fonts and search script from the preview's own
 * folder, where the latest save wrote them.
 */
import { readFileSync } from "node:fs";
import { extname, join, posix } from "node:path";
import { jsxToString } from "jsx-async-runtime";
import { inspect, readRegularFile } from "../files/repository.ts";
import { oneLine } from "../text/log-line.ts";
import { paths } from "../site/urls.ts";
import { contentTypeOf } from "../files/content-types.ts";
import { IMAGE_PATH } from "../render/page-data.ts";
import { MESSAGES, speak, type Speak } from "../content/messages/index.ts";
import { pageData, type PreparedBuild } from "../build/pipeline.ts";
import { previewDir, type BuildOptions } from "../build/options.ts";
import { renderRoute, routeFinder, type Route } from "../../templates/routes.ts";
import {
  PREVIEW_PROBLEMS_STYLESHEET,
  PreviewProblems,
  ProblemsPage,
  type ProblemReport,
  type ProblemsLanguage,
} from "../../templates/components/PreviewProblems.tsx";

/** What the dev server passes to an `onRequest` handler. */
interface Request {
  url: URL;
  patternGroups: Record<string, string | undefined>;
}

/** A page or a file; `undefined` lets the dev server send a file from the preview's folder. */
type Reply = { status: number; headers: Record<string, string>; body: string } | Response | undefined;

/** What the preview sends as a file: pictures, fonts and scripts, never HTML, XML or YAML from a content folder. */
const SENT_AS_FILES = new Set([
  ".avif",
  ".webp",
  ".jpg",
  ".jpeg",
  ".png",
  ".gif",
  ".svg",
  ".ico",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".woff2",
  ".woff",
  ".wasm",
  ".txt",
  ".webmanifest",
]);

/** How long a request may take before the preview answers that it could not: every request gets an answer. */
const ANSWER_WITHIN_MS = 15_000;

/** What the preview serves from: the last good save's build, and what the latest save left to fix. */
export interface PreviewState extends ProblemReport {
  build?: PreparedBuild;
}

/** The problem panel's stylesheet, served by the preview only. */
const PROBLEMS_CSS = "styles/preview-problems.css";

/** Before any save succeeded there is no site.yaml to read the language from: the newsroom's own. */
const FIRST_LANGUAGE: ProblemsLanguage = { language: "ar", digits: "latn", timeZone: "UTC" };

/** The dev server's `onRequest` handlers, reading `state` as each save leaves it. */
export function devServerRoutes(
  state: PreviewState,
  options: BuildOptions,
  staticDir: string,
): Record<string, (request: Request) => Promise<Reply>> {
  // The language of the preview's own words: --lang or NEWSROOM_LANG, else the last good save's site.yaml's.
  const say = () => {
    const site = state.build?.content.site;
    return speak(options.language ?? site?.messages ?? site?.language ?? FIRST_LANGUAGE.language);
  };
  // The route table of each save's model, made once per save.
  let routes: { build: PreparedBuild; find: (path: string) => Route | undefined } | undefined;
  const find = (build: PreparedBuild, path: string) => {
    if (routes?.build !== build) routes = { build, find: routeFinder(build.model) };
    return routes.find(path);
  };
  // Where each kind of file is sent from: pictures from the content folder, the stylesheets, fonts
  // and search script from the preview's folder, the favicon from static/ (encoded pictures and
  // share cards come from the picture pipeline's cache, by name, in \`answer\`).
  // The preview's folder holds only what the build wrote, so any of its files may be sent.
  const folders: [prefix: string, root: string, anyType: boolean][] = [
    ["/images/", join(options.contentDir, "images"), false],
    ["/", previewDir(options), true],
    ["/", staticDir, false],
  ];

  async function notFound(build: PreparedBuild): Promise<Reply> {
    // Any other path gets the site's 404 page, with its status, as hosts do.
    const page = find(build, paths.notFound())!;
    return {
      status: 404,
      headers: { "Content-Type": page.type },
      body: await withProblems(await renderRoute(page, pageData(build)), build.content.site),
    };
  }

  /** A page in place of one that cannot be shown until the latest save's errors are fixed. */
  async function problemsPage(site: ProblemsLanguage): Promise<Reply> {
    const report = { errors: state.errors, warnings: state.warnings };
    // 503, "not now": the dev server puts its live-reload script in with its own policy, and the
    // page reloads by itself once a save fixes the problems.
    return {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8" },
      body: await jsxToString(ProblemsPage({ report, site })),
    };
  }

  /** A page as the site renders it, with the problem panel before `</body>` when the latest save left any. */
  async function withProblems(html: string, site: ProblemsLanguage): Promise<string> {
    const panel = await jsxToString(PreviewProblems({ report: state, site }));
    const end = html.lastIndexOf("</body>");
    return !panel || end === -1 ? html : html.slice(0, end) + panel + html.slice(end);
  }

  async function answer(url: URL): Promise<Reply> {
    // The live-reload client and its socket are the dev server's own.
    if (url.pathname.startsWith("/.11ty/")) return undefined;
    if (url.pathname === PREVIEW_PROBLEMS_STYLESHEET)
      return {
        status: 200,
        headers: { "Content-Type": "text/css; charset=utf-8" },
        body: readFileSync(PROBLEMS_CSS, "utf8"),
      };
    const { build } = state;
    if (!build) {
      if (state.errors.length) return problemsPage(FIRST_LANGUAGE);
      return {
        status: 503,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
        body: say()(MESSAGES.previewBuilding()),
      };
    }
    const { site } = build.content;
    const path = sitePath(url.pathname);
    // A path that does not decode, or climbs out of the site, is not a page of the site.
    if (path === undefined) return notFound(build);
    try {
      const route = find(build, path);
      if (route) {
        const page = await renderRoute(route, pageData(build));
        return {
          status: 200,
          headers: { "Content-Type": route.type },
          body: route.type.startsWith("text/html") ? await withProblems(page, site) : page,
        };
      }
      // A page's path without its final slash is redirected, as the dev server does for written pages.
      if (find(build, `${path}/`)) return { status: 301, headers: { Location: `${url.pathname}/` }, body: "" };
      if (path.startsWith(IMAGE_PATH)) {
        const name = path.slice(IMAGE_PATH.length);
        const type = contentTypeOf(name);
        const bytes = type && build.pictures.encoded(name);
        if (bytes) return new Response(new Uint8Array(bytes), { headers: { "Content-Type": type } });
      }
      for (const [prefix, root, anyType] of folders) {
        if (!path.startsWith(prefix)) continue;
        const file = fileReply(root, path.slice(prefix.length), anyType);
        if (file) return file;
      }
      return notFound(build);
    } catch (error) {
      // The last good save's page reads its body from a file the latest save broke: the problems
      // say why, not a stack trace.
      if (state.errors.length) return problemsPage(site);
      // A template that throws is shown in the browser as well as in the terminal.
      const notRendered = say()(MESSAGES.previewNotRendered({ path }));
      console.error(`[newsroom] ${oneLine(notRendered)}`, error);
      return {
        status: 500,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
        body: `${notRendered}\n${(error as Error).stack ?? String(error)}`,
      };
    }
  }

  return {
    // Every request is answered here, within a bound, so none reaches the dev server's own file
    // serving, which follows links and leaves a request it cannot decode without an answer.
    "/*": ({ url }) => withinBound(answer(url), say()),
  };
}

function withinBound(reply: Promise<Reply>, say: Speak): Promise<Reply> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Reply>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          status: 503,
          headers: { "Content-Type": "text/plain; charset=utf-8" },
          body: say(MESSAGES.previewTooLong()),
        }),
      ANSWER_WITHIN_MS,
    );
  });
  const failed = reply.catch(() => ({
    status: 500,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
    body: say(MESSAGES.previewNoAnswer()),
  }));
  return Promise.race([failed, late]).finally(() => clearTimeout(timer));
}

/**
 * A file under `root` as it is, through the repository's door: a regular file reached without a
 * link, of a type the preview sends; `undefined` if there is none.
 */
function fileReply(root: string, name: string, anyType: boolean): Response | undefined {
  const type =
    (SENT_AS_FILES.has(extname(name).toLowerCase()) ? contentTypeOf(name) : undefined) ??
    (anyType ? "application/octet-stream" : undefined);
  if (!type || !name) return undefined;
  const file = join(root, name);
  try {
    if (inspect(root, file).kind !== "file") return undefined;
  } catch {
    // A name the file system refuses (ENAMETOOLONG, a file used as a folder) names no file: the 404 page, not a stack trace.
    return undefined;
  }
  return new Response(new Uint8Array(readRegularFile(file)), { headers: { "Content-Type": type } });
}

/**
 * The site path of a request: percent-decoded once, then normalised, `…/index.html` as its folder.
 * `undefined` for a path that does not decode (an overlong `%c0%ae`), holds a NUL or a backslash,
 * or has a `..` segment, encoded or not: such a path names no page and no file of the site.
 */
function sitePath(pathname: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith("/") || /[\0\\]/.test(path) || path.split("/").includes("..")) return undefined;
  return posix.normalize(path).replace(/\/index\.html$/, "/");
}
