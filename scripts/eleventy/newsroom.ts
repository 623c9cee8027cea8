/**
 * The newsroom's part of Eleventy: a thin adapter over the build pipeline (scripts/build/pipeline.ts)
 * for the run the command made. `npm run build` hands over a prepared build, whose site-wide pages
 * Eleventy writes beside the archive's; `npm start` hands over a preview session, whose stages
 * Eleventy's watcher runs on every save while its dev server renders each page on request
 * (dev-server.ts). Why: docs/decisions/0002-eleventy-hosts-archive-written-beside-it.md.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { join } from "node:path";
import { pageData, previewBuild, type PreparedBuild, type Session } from "../build/pipeline.ts";
import { formatProblem } from "../content/problems.ts";
import { MESSAGES, speak } from "../content/messages/index.ts";
import { siteRoutes } from "../../templates/routes.ts";
import { devServerRoutes, type PreviewState } from "./dev-server.ts";

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
  // The last good save's build, and what the latest save left to fix.
  const state: PreviewState = { errors: [], warnings: [] };
  // The watcher's list of changed files: the preview checks again only those.
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => session.checks?.changed(changed));
  eleventyConfig.on("eleventy.before", async () => {
    const save = await previewBuild(session);
    state.warnings = save.warnings;
    if (save.ok) {
      state.build = save.build;
      state.errors = [];
    } else {
      state.errors = save.problems;
      // Not thrown: Eleventy then finishes the run and reloads the open page, which shows the problems.
      const files = new Set(save.problems.map((p) => p.file)).size;
      const header = speak(save.language)(MESSAGES.previewKept({ problems: save.problems.length, files }));
      console.error([`[newsroom] ${header}`, ...save.problems.map((p) => `  ${formatProblem(p)}`)].join("\n"));
    }
  });
  eleventyConfig.addWatchTarget(join(contentDir, "**/*.{md,yaml}"));
  eleventyConfig.addWatchTarget("styles/**/*.css");
  eleventyConfig.addWatchTarget("scripts/search/**/*.ts");
  // Eleventy waits until a changed file has been still for 150 ms before rebuilding; an editor's
  // save is one small write, so 20 ms is enough, and the whole reload aims at half a second.
  // A link in the content folder is never followed, not even by the watcher: one to / would watch the whole disk.
  eleventyConfig.setChokidarConfig({
    awaitWriteFinish: { stabilityThreshold: 20, pollInterval: 5 },
    followSymlinks: false,
  });
  eleventyConfig.setServerOptions({ onRequest: devServerRoutes(state, session.options, STATIC_DIR) });
}
