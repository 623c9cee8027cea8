/**
 * Articles are data, not Eleventy templates: one loader reads and checks
 * every file before anything is written, and a handful of paginated
 * templates render the pages. One template per article would make Eleventy
 * grow faster than linearly with the archive (see README, "Why?").
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { loadContent, type Content } from "../content/load-content.ts";
import { articleCheckCache } from "../content/article-check-cache.ts";
import { ContentValidationError } from "../content/problems.ts";
import { count } from "../content/report.ts";
import { buildSiteModel, type SiteModel } from "../site/model.ts";
import type { BuildOptions } from "./options.ts";
import { addPhase } from "./timings.ts";

let preloaded: { content: Content; now: Date } | undefined;
let current: SiteModel | undefined;
let built: { content: Content; now: Date } | undefined;

/** The model of the build in progress, for steps that run after the pages are written (the search index). */
export function siteModel(): SiteModel {
  if (!current) throw new Error("The site model was read before the content was loaded.");
  return current;
}

/** The checked content and the time of the build in progress (article pages' workers build their model from it). */
export function builtContent(): { content: Content; now: Date } {
  if (!built) throw new Error("The content was read before it was loaded.");
  return built;
}

/**
 * `npm run build` checks the content itself, so that problems are printed
 * once and plainly; it hands the result over here so it is not read twice,
 * with the time it used to list held-back articles, so the pages agree with that list.
 */
export function usePreloadedContent(content: Content, now: Date): void {
  preloaded = { content, now };
}

export default function newsroomData(eleventyConfig: UserConfig, options: BuildOptions): void {
  let model: SiteModel | undefined;
  // The preview loads the content again on every save; it reads and checks again only the files that changed.
  const checks = options.mode === "preview" ? articleCheckCache() : undefined;
  // The watcher's list of changed files: the files it does not name are taken as unchanged.
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => checks?.changed(changed));

  eleventyConfig.on("eleventy.before", () => {
    let content = preloaded?.content;
    const now = preloaded?.now ?? options.now();
    preloaded = undefined;
    if (!content) {
      const loaded = loadContent(options, checks?.checker);
      if (!loaded.ok) throw new ContentValidationError(loaded.problems);
      // The preview rebuilds on every save; one line keeps the terminal readable.
      if (loaded.warnings.length) console.warn(`[newsroom] ${count(loaded.warnings.length, "typography warning")}: run npm run check to see them.`);
      content = loaded.content;
    }
    const started = performance.now();
    model = current = buildSiteModel(content, options.mode, now);
    built = { content, now };
    addPhase("data", (performance.now() - started) / 1000);
  });
  eleventyConfig.addGlobalData("newsroom", () => {
    if (!model) throw new Error("The newsroom data was read before the content was loaded.");
    return model;
  });

  eleventyConfig.addWatchTarget(join(options.contentDir, "**/*.{md,yaml}"));
  // Eleventy waits until a changed file has been still for 150 ms before rebuilding; an editor's
  // save is one small write, so 20 ms is enough, and the whole reload aims at half a second.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 20, pollInterval: 5 } });
  // The preview server sends pictures from the content folder when asked (preview-server.ts):
  // Eleventy would copy every one of them again on each save.
  if (!options.onRequest) eleventyConfig.addPassthroughCopy({ [join(options.contentDir, "images")]: "images" });
}
