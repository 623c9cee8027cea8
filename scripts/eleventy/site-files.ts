/** Files published as they are at the site's root: static/ (the favicon). */
import type UserConfig from "@11ty/eleventy/UserConfig";

export default function siteFiles(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ static: "/" });
}
