/** Production HTML goes through html-minifier-terser; the preview skips it to stay fast. */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { minify } from "html-minifier-terser";

export const MINIFY_OPTIONS = {
  collapseWhitespace: true,
  // Keeps a single space where whitespace separated inline text, so Arabic
  // words on either side of a tag never run together.
  conservativeCollapse: true,
  removeComments: true,
  collapseBooleanAttributes: true,
  removeRedundantAttributes: true,
  // Entities such as &lt; from escaped headlines must stay entities.
  decodeEntities: false,
};

export default function minifyHtml(eleventyConfig: UserConfig): void {
  eleventyConfig.addTransform("minify-html", async function (this: { page: { outputPath: string | false } }, content: string) {
    const output = this.page.outputPath;
    if (process.env.ELEVENTY_RUN_MODE !== "build" || !output || !output.endsWith(".html")) return content;
    return minify(content, MINIFY_OPTIONS);
  });
}
