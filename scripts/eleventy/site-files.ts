/** Files published as they are at the site's root: static/ (the favicon). */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildOptions } from "./options.ts";

export const STATIC_DIR = "static";

export default function siteFiles(eleventyConfig: UserConfig, options: BuildOptions): void {
  // The preview server sends them when asked (preview-server.ts): Eleventy's copy, even of one
  // file, added 30-50 ms to every save.
  if (!options.onRequest) eleventyConfig.addPassthroughCopy({ [STATIC_DIR]: "/" });
}
