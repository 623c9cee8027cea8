/** Starts Eleventy with the site's configuration (.eleventy.ts) for the run a command made. */
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { configure } from "../../.eleventy.ts";
import { copyFolder } from "../files/repository.ts";
import { STATIC_DIR } from "./newsroom.ts";
import type { PreparedBuild, Session } from "../build/pipeline.ts";

/**
 * `npm run build`'s Eleventy: writes the site-wide pages of a prepared build into its output folder,
 * and copies the pictures and static files beside them, regular files only: a link in either folder
 * is never followed (the check has stopped the build over one already).
 */
export async function writeSitePages(build: PreparedBuild): Promise<void> {
  const eleventy = new Eleventy(undefined, build.outputDir, {
    configPath: false as unknown as string,
    quietMode: true,
    runMode: "build",
    config: (eleventyConfig: UserConfig) => configure(eleventyConfig, { build }),
  });
  await eleventy.write();
  const { contentDir } = build.options;
  copyFolder(contentDir, join(contentDir, "images"), join(build.outputDir, "images"));
  copyFolder(STATIC_DIR, STATIC_DIR, build.outputDir);
}

/** `npm start`'s Eleventy: watches the content, runs the preview's stages on each save, and serves on `port`. */
export async function servePreview(
  session: Session,
  outputDir: string,
  port: number,
): Promise<{ stop(): Promise<void> }> {
  const eleventy = new Eleventy(undefined, outputDir, {
    configPath: false as unknown as string,
    quietMode: true,
    runMode: "serve",
    config: (eleventyConfig: UserConfig) => configure(eleventyConfig, { preview: session }),
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  return { stop: async () => void (await eleventy.stopWatch()) };
}
