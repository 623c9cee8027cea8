/**
 * Build settings that come from the environment rather than from content:
 * which content folder to build (tests point it at fixtures) and the
 * published URL (CI passes the GitHub Pages address).
 */
import type { Mode } from "../site/model.ts";

export interface BuildOptions {
  contentDir: string;
  siteUrl?: string;
  mode: Mode;
  /**
   * Eleventy's dev server is running (`npm start`): pages are rendered when the browser asks for
   * them (preview-server.ts), not written ahead.
   */
  onRequest: boolean;
  /**
   * The time that decides which embargoes have ended: the current time at each call (the preview
   * runs for hours), or NEWSROOM_NOW to see the site as it will be at another time.
   */
  now(): Date;
  /** Work kept between builds: encoded pictures and font subsets (`.cache/`, or NEWSROOM_CACHE). */
  cacheDir: string;
}

export function buildOptions(env: NodeJS.ProcessEnv = process.env): BuildOptions {
  return {
    contentDir: env.NEWSROOM_CONTENT || "content",
    ...(env.SITE_URL ? { siteUrl: env.SITE_URL.endsWith("/") ? env.SITE_URL : `${env.SITE_URL}/` } : {}),
    // Eleventy sets ELEVENTY_RUN_MODE to "build" for a build, "serve"/"watch" for the preview.
    cacheDir: env.NEWSROOM_CACHE || ".cache",
    mode: (env.ELEVENTY_RUN_MODE ?? "build") === "build" ? "production" : "preview",
    onRequest: env.ELEVENTY_RUN_MODE === "serve",
    now: clock(env.NEWSROOM_NOW),
  };
}

function clock(value: string | undefined): () => Date {
  if (!value) return () => new Date();
  const fixed = new Date(value);
  if (Number.isNaN(fixed.getTime())) throw new Error(`NEWSROOM_NOW="${value}" is not a time. Write it like 2026-12-01T08:00:00+03:00, or unset it.`);
  return () => new Date(fixed);
}
