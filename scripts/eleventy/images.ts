/**
 * Pictures (lead and body images) are encoded once into a cache that
 * survives builds, and each build links the ones its pages use into /img/.
 * See scripts/render/images.ts.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { ImagePipeline } from "../render/images.ts";
import type { BuildOptions } from "./options.ts";

export default function images(eleventyConfig: UserConfig, options: BuildOptions): void {
  let pipeline: ImagePipeline | undefined;

  eleventyConfig.on("eleventy.before", () => {
    pipeline = new ImagePipeline({ contentDir: options.contentDir, cacheDir: join(options.cacheDir, "images") });
  });
  eleventyConfig.addGlobalData("images", () => {
    if (!pipeline) throw new Error("Pictures were requested before the build started.");
    return pipeline;
  });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (!pipeline) return;
    const files = await pipeline.publish(directories.output);
    const { encoded, reused, first, last } = pipeline.stats;
    if (encoded + reused > 0) {
      const seconds = ((last - first) / 1000).toFixed(1);
      console.log(`Pictures: ${encoded} encoded, ${reused} from the cache, in ${seconds} s; ${files} files linked into ${join(directories.output, "img")}.`);
    }
  });
}
