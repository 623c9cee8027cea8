/**
 * Articles are data, not Eleventy templates: one loader reads and checks
 * every file before anything is written, and a handful of paginated
 * templates render the pages. One template per article would make Eleventy
 * grow faster than linearly with the archive (see README, "Why?").
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { loadContent } from "../content/load-content.ts";
import { ContentValidationError } from "../content/problems.ts";
import { buildSiteModel, type SiteModel } from "../site/model.ts";
import type { BuildOptions } from "./options.ts";

export default function newsroomData(eleventyConfig: UserConfig, options: BuildOptions): void {
  let model: SiteModel | undefined;

  eleventyConfig.on("eleventy.before", () => {
    const loaded = loadContent(options);
    if (!loaded.ok) throw new ContentValidationError(loaded.problems);
    model = buildSiteModel(loaded.content, options.mode);
  });
  eleventyConfig.addGlobalData("newsroom", () => {
    if (!model) throw new Error("The newsroom data was read before the content was loaded.");
    return model;
  });

  eleventyConfig.addWatchTarget(join(options.contentDir, "**/*.{md,yaml}"));
  eleventyConfig.addPassthroughCopy({ [join(options.contentDir, "images")]: "images" });
}
