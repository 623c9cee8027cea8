/**
 * The site as Eleventy runs it, as a table of contents. The commands make the run and pass it in
 * (scripts/eleventy/run.ts): `npm run build` a prepared build, whose site-wide pages Eleventy
 * writes; `npm start` a preview session, which Eleventy's watcher and dev server drive.
 * Why Eleventy writes only some pages: docs/decisions/0002-eleventy-is-the-host.md.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import tsxTemplates from "./scripts/eleventy/tsx-templates.ts";
import newsroom, { type EleventyRun } from "./scripts/eleventy/newsroom.ts";

export function configure(eleventyConfig: UserConfig, run: EleventyRun): void {
  // Page templates are TSX, type-checked and escaping by default.
  eleventyConfig.addPlugin(tsxTemplates);
  // One template (templates/eleventy/site.11ty.tsx) writes the site-wide pages of the route table:
  // home, search, 404, feeds, sitemaps, robots.txt. Articles are data, not templates.
  eleventyConfig.setInputDirectory("templates/eleventy");
  eleventyConfig.setTemplateFormats("11ty.tsx");
  // The build pipeline's data, pictures and static files; in the preview, its stages on every save
  // and a dev server that renders each page when it is asked for.
  eleventyConfig.addPlugin(newsroom, run);
  eleventyConfig.setQuietMode(true);
}
