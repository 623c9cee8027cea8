/// <reference lib="dom" />
/**
 * The search page's script, the only script on the site. Bundled by esbuild
 * into /assets/search.<hash>.js (see scripts/assets/search-script.ts).
 *
 * The page works without it: the form is a plain GET form to /search/. With
 * it, the query in `?q=` (or typed in the box) is turned into the same
 * terms the index was built with (query.ts), searched in Pagefind's index on
 * this site, and the results are written with DOM calls only (no innerHTML),
 * so nothing from an article can become markup. Each result is laid out in
 * its article's direction, never guessed from its first letter.
 */
import { mergeResults, planQuery, RANKING } from "./query.ts";
import { buildExcerpt } from "./excerpt.ts";
import { fill, formatterFor } from "../text/format.ts";
import type { SearchConfig } from "../render/page-data.ts";
import { VARIANTS_ANCHOR } from "./config.ts";

/** The part of Pagefind's browser API (pagefind.js) used here. */
interface Pagefind {
  options(options: { ranking: typeof RANKING }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundle: string): Promise<void>;
  search(term: string): Promise<{ results: Result[] }>;
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
interface ResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  anchors: { id?: string; location: number }[];
}

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

const form = document.querySelector<HTMLFormElement>("form[data-search]");
if (form) start(form, JSON.parse(form.dataset.search!) as SearchConfig);

function start(form: HTMLFormElement, config: SearchConfig): void {
  const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const status = document.getElementById("search-status")!;
  const list = document.getElementById("search-results")!;
  const more = document.getElementById("search-more") as HTMLButtonElement;
  const { strings } = config;
  const f = formatterFor(config, config.lang);

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (
      import(
        /* the bundle lives on this site, under its path prefix */ `${config.bundles[0]}pagefind.js`
      ) as Promise<Pagefind>
    ).then(
      async (pf) => {
        await pf.options({ ranking: RANKING });
        // The index comes in parts by date; the newest one's script searches them all.
        for (const part of config.bundles.slice(1)) await pf.mergeIndex(part);
        await pf.init();
        return pf;
      },
      (error: unknown) => {
        pagefind = undefined; // a failed download is retried with the next query
        throw error;
      },
    ));

  let latest = 0;
  let pending: Result[] = [];

  async function search(query: string): Promise<void> {
    const plan = planQuery(query);
    const run = ++latest;
    list.replaceChildren();
    more.hidden = true;
    pending = [];
    if (!query) {
      status.textContent = "";
      return;
    }
    status.textContent = strings.loading;
    try {
      const pf = plan ? await load() : undefined;
      // Only stop words: nothing to search, so no article is shown for «في» or «من».
      const found = await Promise.all((pf && plan ? plan.searches : []).map((terms) => pf!.search(terms)));
      if (run !== latest) return; // a newer query has started
      const results = mergeResults(found.map((f) => f.results));
      pending = results;
      await showMore(run);
      if (run !== latest) return;
      // The count is announced once the first results are on the page.
      // `count` fills {n} with the plural form for this number; {query} is left for `fill`.
      status.textContent = fill(f.count(results.length, strings.results), { query });
    } catch (error) {
      if (run !== latest) return;
      status.textContent = strings.unavailable;
      console.error(error);
    }
  }

  async function showMore(run = latest): Promise<void> {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== latest) return;
    list.append(...data.map((d) => resultItem(d, config)));
    more.hidden = pending.length === 0;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const submit = () => {
    clearTimeout(timer);
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    void search(query);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(submit, TYPING_PAUSE_MS);
  });
  more.addEventListener("click", () => void showMore());

  const initial = new URLSearchParams(location.search).get("q")?.trim();
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}

function resultItem(data: ResultData, config: SearchConfig): HTMLLIElement {
  const item = element("li", "search-result");
  // The article's language and direction: a headline that starts with «Apple» is still Arabic, right to left.
  const lang = data.meta.lang ?? config.lang;
  item.lang = lang;
  item.dir = data.meta.dir === "ltr" || data.meta.dir === "rtl" ? data.meta.dir : document.documentElement.dir;
  const heading = element("h2", "search-result-title");
  const link = element("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = element("p", "search-result-meta");
  if (lang !== config.lang) Object.assign(meta, { lang: config.lang, dir: document.documentElement.dir }); // section and date are in the site's language
  meta.textContent = [data.meta.section, data.meta.date].filter(Boolean).join(" · ");
  const excerpt = element("p", "search-result-excerpt");
  const variantsStart = data.anchors.find((a) => a.id === VARIANTS_ANCHOR)?.location;
  const parts = buildExcerpt({
    content: data.content,
    locations: data.locations,
    ...(variantsStart !== undefined ? { variantsStart } : {}),
  });
  if (parts.length === 0) excerpt.textContent = data.meta.summary ?? "";
  for (const part of parts) {
    if (!part.mark) excerpt.append(part.text);
    else excerpt.append(Object.assign(element("mark"), { textContent: part.text }));
  }
  // Only the preview's own index has drafts and scheduled articles: each says so under its headline.
  const status = data.meta.status
    ? [Object.assign(element("p", "search-result-status"), { textContent: data.meta.status })]
    : [];
  item.append(heading, ...status, ...(meta.textContent ? [meta] : []), excerpt);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return el;
}
