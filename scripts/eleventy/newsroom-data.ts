/**
 * Articles are data, not Eleventy templates: one loader reads and checks
 * every file before anything is written, and a handful of paginated
 * templates render the pages. One template per article would make Eleventy
 * grow faster than linearly with the archive (see README, "Why?").
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { loadContent, type Content } from "../content/load-content.ts";
import { ContentValidationError } from "../content/problems.ts";
import { buildSiteModel, type SiteModel } from "../site/model.ts";
import type { BuildOptions } from "./options.ts";

let preloaded: Content | undefined;
let current: SiteModel | undefined;

/** The model of the build in progress, for steps that run after the pages are written (the search index). */
export function siteModel(): SiteModel {
  if (!current) throw new Error("The site model was read before the content was loaded.");
  return current;
}

/**
 * `npm run build` checks the content itself, so that problems are printed
 * once and plainly; it hands the result over here so it is not read twice.
 */
export function usePreloadedContent(content: Content): void {
  preloaded = content;
}

export default function newsroomData(eleventyConfig: UserConfig, options: BuildOptions): void {
  let model: SiteModel | undefined;

  eleventyConfig.on("eleventy.before", () => {
    let content = preloaded;
    preloaded = undefined;
    if (!content) {
      const loaded = loadContent(options);
      if (!loaded.ok) throw new ContentValidationError(loaded.problems);
      content = loaded.content;
    }
    model = current = buildSiteModel(content, options.mode);
  });
  eleventyConfig.addGlobalData("newsroom", () => {
    if (!model) throw new Error("The newsroom data was read before the content was loaded.");
    return model;
  });

  eleventyConfig.addWatchTarget(join(options.contentDir, "**/*.{md,yaml}"));
  eleventyConfig.addPassthroughCopy({ [join(options.contentDir, "images")]: "images" });
}
