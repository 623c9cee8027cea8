/**
 * The newsroom's part of Eleventy: a thin adapter over the build pipeline
 * (scripts/build/pipeline.ts), for the run the command made.
 *
 * - `npm run build` hands over a prepared build: Eleventy writes its
 *   site-wide pages (the route table's `siteRoutes`), while the archive's
 *   pages are written beside it; the pictures and static files are copied
 *   through the repository's door (run.ts), not by Eleventy's passthrough
 *   copy, which follows symbolic links.
 * - `npm start` hands over a preview session: on every save Eleventy's
 *   watcher runs the pipeline's preview stages, and its dev server renders
 *   each page when the browser asks for it (dev-server.ts).
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { pageData, previewBuild, type PreparedBuild, type Session } from "../build/pipeline.ts";
import { siteRoutes } from "../../templates/routes.ts";
import { devServerRoutes } from "./dev-server.ts";

/** Files published as they are, at the site's root: the favicon. */
export const STATIC_DIR = "static";

export type EleventyRun = { build: PreparedBuild } | { preview: Session };

export default function newsroom(eleventyConfig: UserConfig, run: EleventyRun): void {
  if ("build" in run) {
    const { build } = run;
    eleventyConfig.addGlobalData("routes", () => siteRoutes(build.model));
    eleventyConfig.addGlobalData("site", () => pageData(build));
    return;
  }

  const session = run.preview;
  const { contentDir } = session.options;
  // The preview renders every page on request, Eleventy's own template included.
  eleventyConfig.ignores.add("templates/eleventy/**");
  let current: PreparedBuild | undefined;
  // The watcher's list of changed files: the preview checks again only those.
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => session.checks?.changed(changed));
  eleventyConfig.on("eleventy.before", async () => {
    current = await previewBuild(session);
  });
  eleventyConfig.addWatchTarget(join(contentDir, "**/*.{md,yaml}"));
  eleventyConfig.addWatchTarget("styles/**/*.css");
  eleventyConfig.addWatchTarget("scripts/search/**/*.ts");
  // Eleventy waits until a changed file has been still for 150 ms before rebuilding; an editor's
  // save is one small write, so 20 ms is enough, and the whole reload aims at half a second.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 20, pollInterval: 5 } });
  eleventyConfig.setServerOptions({ onRequest: devServerRoutes(() => current, session.options, STATIC_DIR) });
}
