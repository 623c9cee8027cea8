/**
 * What a newsroom would run instead: Hugo on the same synthetic archive, with templates that write the
 * same kinds of pages (scripts/bench/hugo/layouts/: article, section, tag and author listings with
 * pagination, home), then the Pagefind CLI over its output for search. A comparison only: Hugo is
 * never a dependency of the build, and the benchmark skips it with a note when `hugo` is not installed.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";

const LAYOUTS = fileURLToPath(new URL("./hugo/layouts", import.meta.url));

/** `hugo version`'s line, or undefined when `command` does not run. */
export function hugoVersion(command: string): string | undefined {
  const run = spawnSync(command, ["version"], { encoding: "utf8" });
  return run.status === 0 ? run.stdout.trim().split("\n")[0] : undefined;
}

export interface HugoSite {
  /** Hugo's project folder: its configuration, the section and author names, a copy of the layouts. */
  source: string;
  /** Where Hugo writes the site (and the Pagefind CLI its index). */
  output: string;
  /** Hugo's processed pictures, kept between runs as the build keeps .cache/ (cold runs remove it). */
  resources: string;
}

/** A Hugo project for the corpus in `content`, under `dir`: the articles and pictures mounted where they are, nothing copied but names. */
export function hugoSite(dir: string, content: string): HugoSite {
  const source = join(dir, "hugo");
  const site = yaml.load(readFileSync(join(content, "site.yaml"), "utf8")) as {
    name: string;
    tagline: string;
    url: string;
    language: string;
    articlesPerPage: number;
  };
  mkdirSync(join(source, "data"), { recursive: true });
  // Hugo mounts folders only; its templates look a term's name up by taxonomy: data/section.yaml, data/author.yaml.
  copyFileSync(join(content, "sections.yaml"), join(source, "data", "section.yaml"));
  copyFileSync(join(content, "authors.yaml"), join(source, "data", "author.yaml"));
  // A copy, so that a run which changes a template leaves the project's own untouched.
  cpSync(LAYOUTS, join(source, "layouts"), { recursive: true });
  const config = {
    baseURL: site.url,
    languageCode: site.language,
    title: site.name,
    params: { tagline: site.tagline },
    paginate: site.articlesPerPage,
    // The build has no page listing all tags or all sections, nor one of every article by folder.
    disableKinds: ["taxonomy", "section"],
    ignoreErrors: ["error-disable-taxonomy"],
    taxonomies: { tag: "tags", author: "author", section: "section" },
    permalinks: { articles: "/articles/:filename/" },
    outputs: { home: ["HTML", "RSS"], term: ["HTML"] },
    resourceDir: join(dir, "hugo-resources"),
    module: {
      mounts: [
        { source: resolve(content, "articles"), target: "content/articles" },
        { source: resolve(content, "images"), target: "assets/images" },
        { source: "layouts", target: "layouts" },
      ],
    },
  };
  writeFileSync(join(source, "config.json"), JSON.stringify(config, null, 2));
  return { source, output: join(dir, "hugo-site"), resources: config.resourceDir };
}

/** Hugo's command line for one build of `site`. */
export function hugoArgs(site: HugoSite): string[] {
  return ["--source", site.source, "--destination", site.output, "--quiet"];
}

/** A one-line change to the article template, as a designer's push makes: a comment, different each run. */
export function changeHugoTemplate(site: HugoSite, run: number): void {
  appendFileSync(join(site.source, "layouts", "_default", "single.html"), `{{/* bench run ${run} */}}\n`);
}

/** The Pagefind CLI (the npm package's own command) over Hugo's output, as a Hugo site adds search. */
export function pagefindArgs(site: HugoSite): string[] {
  // The package's `bin`, beside its main module (its exports do not include package.json).
  const bin = fileURLToPath(new URL("./runner/bin.cjs", import.meta.resolve("pagefind")));
  return [bin, "--site", site.output, "--silent"];
}
