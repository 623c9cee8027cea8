/**
 * Production HTML that Eleventy writes (home, listings, search, 404) goes
 * through html-minifier-terser, each distinct page once (scripts/render/minified-pages.ts);
 * article pages are minified where they are rendered (scripts/pages/). The preview skips it to stay fast.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { MinifiedPages, pruneMinifiedPages } from "../render/minified-pages.ts";
import type { BuildOptions } from "./options.ts";

/** Where minified pages are kept between builds, under the build cache. */
export function minifyCacheDir(options: BuildOptions): string {
  return join(options.cacheDir, "html");
}

let pages: MinifiedPages | undefined;
/** Keys of kept pages used by this build outside Eleventy (the article pages' workers). */
const usedElsewhere = new Set<string>();

/** The article pages' writers report which kept pages they used, so that pruning spares them. */
export function keepMinifiedPages(keys: Iterable<string>): void {
  for (const key of keys) usedElsewhere.add(key);
}

export default function minifyHtml(eleventyConfig: UserConfig, options: BuildOptions): void {
  if (options.mode !== "production") return;
  eleventyConfig.on("eleventy.before", () => {
    pages = new MinifiedPages(minifyCacheDir(options));
    usedElsewhere.clear();
  });
  eleventyConfig.addTransform("minify-html", async function (this: { page: { outputPath: string | false } }, content: string) {
    const output = this.page.outputPath;
    if (!pages || !output || !output.endsWith(".html")) return content;
    return pages.text(content);
  });
  eleventyConfig.on("eleventy.after", async () => {
    if (pages) await pruneMinifiedPages(minifyCacheDir(options), new Set([...pages.used, ...usedElsewhere]));
  });
}
