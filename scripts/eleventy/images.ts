/**
 * Pictures (lead and body images) are encoded once into a cache that
 * survives builds, and each build links the ones its pages use into /img/.
 * See scripts/render/images.ts.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { ImagePipeline } from "../render/images.ts";
import type { BuildOptions } from "./options.ts";
import { addPhase, stopwatch } from "./timings.ts";

let pipeline: ImagePipeline | undefined;

/** This build's picture pipeline. */
export function pictures(): ImagePipeline {
  if (!pipeline) throw new Error("Pictures were requested before the build started.");
  return pipeline;
}

/** Where encoded pictures are kept between builds, under the build cache. */
export function imageCacheDir(options: BuildOptions): string {
  return join(options.cacheDir, "images");
}

export default function images(eleventyConfig: UserConfig, options: BuildOptions): void {
  eleventyConfig.on("eleventy.before", () => {
    pipeline = new ImagePipeline({ contentDir: options.contentDir, cacheDir: imageCacheDir(options) }, options.onRequest ? pipeline : undefined);
  });
  eleventyConfig.addGlobalData("images", pictures);
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    // The preview server sends pictures from the cache, made when a page asks for them after the build.
    if (!pipeline || options.onRequest) return;
    const publishing = stopwatch();
    const files = await pipeline.publish(directories.output);
    addPhase("images", publishing.seconds());
    const { encoded, reused, first, last } = pipeline.stats;
    if (encoded + reused > 0) {
      const seconds = ((last - first) / 1000).toFixed(1);
      console.log(`Pictures: ${encoded} encoded, ${reused} from the cache, in ${seconds} s; ${files} files linked into ${join(directories.output, "img")}.`);
    }
  });
}
