/**
 * An internal link checker over a built site's files, exact about what a
 * static host would serve: every href, src, srcset, canonical and
 * social-card URL on this site (under its path prefix) must name a file that
 * exists, every #fragment an id on the target page, and every url() in a
 * stylesheet a file. Links to other sites are counted, not fetched (tests
 * run offline). Form actions are left out: the sign-up form posts to the
 * newsroom's account service, which is not part of the static site.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";

export interface LinkReport {
  /** Internal URLs checked (each page × URL once). */
  checked: number;
  external: number;
  /** "page → url: what is wrong" */
  problems: string[];
}

const ATTRIBUTES: [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["link[href]", "href"],
  ["img[src]", "src"],
  ["script[src]", "src"],
  ['meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]', "content"],
];

/** The addresses named by a stylesheet's url() values, as written. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!);
}

export function checkLinks(outputDir: string, siteUrl: string): LinkReport {
  const site = new URL(siteUrl);
  const prefix = site.pathname.endsWith("/") ? site.pathname : `${site.pathname}/`;
  const files = readdirSync(outputDir, { recursive: true, encoding: "utf8" });
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const $ = cheerio.load(readFileSync(file, "utf8"));
      set = new Set([
        ...$("[id]")
          .map((_, el) => $(el).attr("id")!)
          .get(),
        ...$("a[name]")
          .map((_, el) => $(el).attr("name")!)
          .get(),
      ]);
      ids.set(file, set);
    }
    return set;
  };
  const report: LinkReport = { checked: 0, external: 0, problems: [] };

  const check = (from: string, base: URL, ref: string): void => {
    if (/^(mailto|tel|data):/i.test(ref)) return;
    const url = new URL(ref, base);
    if (url.origin !== site.origin) {
      report.external++;
      return;
    }
    report.checked++;
    const fail = (reason: string): void => void report.problems.push(`${from} → ${ref}: ${reason}`);
    if (!url.pathname.startsWith(prefix)) return fail(`outside the site's path ${prefix}`);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return fail("the address is not valid percent-encoding");
    }
    let target = join(outputDir, path);
    if (path === "" || path.endsWith("/")) target = join(target, "index.html");
    if (!existsSync(target)) return fail("no such file in the built site");
    if (statSync(target).isDirectory()) return fail("a folder without its trailing slash");
    if (url.hash && url.hash !== "#") {
      if (!target.endsWith(".html")) return fail("a #fragment on a file that is not a page");
      if (!idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        fail(`no element with id "${decodeURIComponent(url.hash.slice(1))}" on that page`);
    }
  };

  for (const file of files.filter((f) => f.endsWith(".html"))) {
    const pagePath =
      prefix +
      file
        .replace(/(^|\/)index\.html$/, "$1")
        .split("/")
        .map(encodeURIComponent)
        .join("/");
    const base = new URL(pagePath, site.origin);
    const $ = cheerio.load(readFileSync(join(outputDir, file), "utf8"));
    for (const [selector, attribute] of ATTRIBUTES)
      $(selector).each((_, el) => check(file, base, $(el).attr(attribute)!));
    $("img[srcset], source[srcset]").each((_, el) => {
      for (const candidate of $(el).attr("srcset")!.split(",")) check(file, base, candidate.trim().split(/\s+/)[0]!);
    });
  }
  for (const file of files.filter((f) => f.endsWith(".css"))) {
    const base = new URL(prefix + file, site.origin);
    for (const ref of cssUrls(readFileSync(join(outputDir, file), "utf8"))) check(file, base, ref);
  }
  return report;
}
