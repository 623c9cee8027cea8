/**
 * The search page's searches, run in Node against a built site: the site is
 * served on 127.0.0.1 and Pagefind's own browser script (pagefind.js, the
 * file the search page loads) is imported from it, with the same plan,
 * ranking and merge as the page (scripts/search/query.ts).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serve } from "../dev/static-server.ts";
import { BUNDLE_DIR } from "../search/config.ts";
import { mergeResults, planQuery, RANKING } from "../search/query.ts";

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; content: string; locations: number[]; anchors: { id?: string; location: number }[] }>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

export interface SiteSearch {
  /** The site paths of the results, best first. */
  search(query: string): Promise<string[]>;
  /** The results with Pagefind's data, for a look at their excerpts. */
  results(query: string): Promise<PagefindResult[]>;
  close(): Promise<void>;
}

/** `plain`: search the folded query as it is, as the search page did before decision 0022. */
export async function openSiteSearch(site: string, { plain = false } = {}): Promise<SiteSearch> {
  const server = await serve(site);
  const parts = readdirSync(join(site, BUNDLE_DIR)).sort().reverse();
  const pagefind = (await import(pathToFileURL(join(site, BUNDLE_DIR, parts[0]!, "pagefind.js")).href)) as Pagefind;
  await pagefind.options({
    basePath: `${server.url}${BUNDLE_DIR}/${parts[0]}/`,
    ...(plain ? {} : { ranking: RANKING }),
  });
  for (const part of parts.slice(1)) await pagefind.mergeIndex(`${server.url}${BUNDLE_DIR}/${part}/`);
  await pagefind.init();
  const { normalizeQuery } = await import("../search/normalize.ts");
  const results = async (query: string): Promise<PagefindResult[]> => {
    if (plain) {
      const term = normalizeQuery(query);
      return term ? (await pagefind.search(term)).results : [];
    }
    const plan = planQuery(query);
    if (!plan) return [];
    const found = await Promise.all(plan.searches.map((terms) => pagefind.search(terms)));
    return mergeResults(found.map((f) => f.results));
  };
  return {
    results,
    async search(query) {
      const found = await results(query);
      return Promise.all(found.map(async (r) => new URL((await r.data()).url, server.url).pathname));
    },
    close: () => server.close(),
  };
}
