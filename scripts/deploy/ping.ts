/**
 * After a deploy that changed something: the WebSub hub is told of each changed feed, and
 * IndexNow (Bing, Yandex and others) of each new, changed or deleted page. Each is off until
 * site.yaml configures it (`websub`, `indexNow`). Neither can fail a deploy: the files are up by
 * then, and a crawler that missed a ping still finds the pages on its next visit.
 */
import { loadRegistries, type Site } from "../content/registries.ts";
import { createUrls } from "../site/urls.ts";

/** IndexNow takes at most 10,000 URLs per request. */
const INDEXNOW_BATCH = 10_000;
const TIMEOUT_MS = 10_000;

const isFeed = (path: string) => /(^|\/)feed\.(xml|json)$/.test(path);

/** Pages a search engine should hear of: not the 404 page, not search results, not the lite copies (their canonical is the full page). */
function isIndexedPage(path: string): boolean {
  return path.endsWith(".html") && path !== "404.html" && !/^(lite|search|admin)\//.test(path);
}

/** A page's site path: `articles/x/index.html` → `/articles/x/`. */
const sitePath = (path: string) => `/${path.replace(/(^|\/)index\.html$/, "$1")}`;

async function post(url: string, type: string, body: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": type },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return response.ok ? undefined : `${response.status} ${response.statusText}`.trim();
  } catch (error) {
    return error instanceof Error
      ? error.cause instanceof Error
        ? error.cause.message
        : error.message
      : String(error);
  }
}

export interface Changes {
  /** Paths uploaded (new or changed). */
  uploaded: string[];
  /** Paths deleted. */
  deleted: string[];
}

/** Pings what site.yaml configures; returns what it did, one line each, and never throws. */
async function pingAfterDeploy(site: Site, changes: Changes): Promise<string[]> {
  const urls = createUrls(site.url);
  const lines: string[] = [];
  if (site.websub) {
    const hub = site.websub.hub;
    const feeds = changes.uploaded.filter(isFeed).map((path) => urls.absolute(`/${path}`));
    const failed: string[] = [];
    for (const feed of feeds) {
      const error = await post(
        hub,
        "application/x-www-form-urlencoded",
        new URLSearchParams({ "hub.mode": "publish", "hub.url": feed }).toString(),
      );
      if (error) failed.push(`${feed} (${error})`);
    }
    if (feeds.length)
      lines.push(
        failed.length
          ? `Warning: the WebSub hub ${hub} was not told of ${failed.length} of ${feeds.length} changed feeds: ${failed.join(", ")}. Subscribers see them when the hub next polls.`
          : `Told the WebSub hub ${hub} of ${feeds.length} changed feeds.`,
      );
  }
  if (site.indexNow) {
    const { key, endpoint } = site.indexNow;
    const pages = [...changes.uploaded, ...changes.deleted]
      .filter(isIndexedPage)
      .map((p) => urls.absolute(sitePath(p)));
    let sent = 0;
    for (let i = 0; i < pages.length; i += INDEXNOW_BATCH) {
      const urlList = pages.slice(i, i + INDEXNOW_BATCH);
      const body = {
        host: new URL(site.url).host,
        key,
        keyLocation: urls.absolute(`/${key}.txt`),
        urlList,
      };
      const error = await post(endpoint, "application/json; charset=utf-8", JSON.stringify(body));
      if (error) {
        lines.push(
          `Warning: IndexNow (${endpoint}) did not take ${pages.length - sent} of ${pages.length} changed pages: ${error}. Search engines find them when they next crawl.`,
        );
        break;
      }
      sent += urlList.length;
    }
    if (pages.length && sent === pages.length) lines.push(`Sent ${sent} new, changed or deleted pages to IndexNow.`);
  }
  return lines;
}

/** After a deploy: reads site.yaml (as the build did) and pings what it configures. */
export async function announceDeploy(
  options: { contentDir: string; siteUrl?: string },
  changes: Changes,
): Promise<string[]> {
  const loaded = loadRegistries(options.contentDir, options.siteUrl);
  if (!loaded.ok)
    return [`Warning: nothing was pinged: ${options.contentDir}/site.yaml has problems (npm run check names them).`];
  return pingAfterDeploy(loaded.registries.site, changes);
}
