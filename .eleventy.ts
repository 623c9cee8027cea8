/**
 * The site build, as a table of contents. Each line is one concern; the
 * module it names explains itself.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildOptions } from "./scripts/eleventy/options.ts";
import tsxTemplates from "./scripts/eleventy/tsx-templates.ts";
import newsroomData from "./scripts/eleventy/newsroom-data.ts";
import stylesheets from "./scripts/eleventy/stylesheets.ts";
import articlePages from "./scripts/eleventy/article-pages.ts";
import images from "./scripts/eleventy/images.ts";
import siteFiles from "./scripts/eleventy/site-files.ts";
import searchIndex from "./scripts/eleventy/search-index.ts";
import previewServer from "./scripts/eleventy/preview-server.ts";

export default function (eleventyConfig: UserConfig) {
  const options = buildOptions();
  // Each step's before/after hooks run one at a time, in the order of this file: later steps use
  // what earlier ones made (the model, the stylesheets), and pictures and the search index are
  // finished only once the article pages are written.
  eleventyConfig.setEventEmitterMode("sequential");

  // Page templates are TSX, type-checked and escaping by default.
  eleventyConfig.addPlugin(tsxTemplates);
  // Content: read and checked before anything is written; the build stops on any problem.
  eleventyConfig.addPlugin(newsroomData, options);
  // Styles: one left-to-right source, rtlcss for right-to-left pages, the webfont subset, hashed file names.
  eleventyConfig.addPlugin(stylesheets, options);
  // Article, section, tag and author pages: written beside Eleventy's own pages, in worker threads on a large archive.
  eleventyConfig.addPlugin(articlePages, options);
  // Pictures: AVIF/WebP/JPEG at several widths, encoded once into .cache/images and linked into /img/.
  eleventyConfig.addPlugin(images, options);
  // Files published as they are: the favicon.
  eleventyConfig.addPlugin(siteFiles, options);
  // Search: the search page's script, and a Pagefind index of every article in a production build.
  eleventyConfig.addPlugin(searchIndex, options);
  // The preview (`npm start`) renders each page when the browser asks for it, from the latest save.
  eleventyConfig.addPlugin(previewServer, options);

  eleventyConfig.setQuietMode(true);
  return {
    // Only site-wide page templates live in the input folder; articles are data (see newsroom-data.ts),
    // and their pages and the listings are written by scripts/pages/.
    dir: { input: "templates/pages" },
    templateFormats: ["11ty.tsx"],
  };
}
