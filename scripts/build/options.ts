/**
 * A command's settings: what it is asked to do, from its flags and the
 * environment (never from content). Read once, by the command, and passed
 * down; nothing else reads the environment.
 */
import { join } from "node:path";
import type { Mode } from "../site/model.ts";
import type { Language } from "../text/languages.ts";
import { CommandError, isLanguage, MESSAGES as M } from "../content/messages/index.ts";
import type { Shard } from "../publish/shards.ts";

export interface BuildOptions {
  /** "production" for `npm run build`; "preview" for `npm start`, which shows drafts and embargoed articles. */
  mode: Mode;
  /** The content folder (NEWSROOM_CONTENT or --content; tests point it at fixtures). */
  contentDir: string;
  /** Replaces `url` from site.yaml: CI passes the GitHub Pages address (SITE_URL). */
  siteUrl?: string;
  /**
   * The time that decides which embargoes have ended: the current time at each call (the preview
   * runs for hours), or NEWSROOM_NOW to see the site as it will be at another time.
   */
  now(): Date;
  /** Work kept between builds (`.cache/`, or NEWSROOM_CACHE): pictures, fonts, pages, search parts, the preview's files. */
  cacheDir: string;
  /** Worker threads for the archive's pages (NEWSROOM_WORKERS); by default one per core on a large archive. */
  workers?: number;
  /** The language of messages to editors (--lang, or NEWSROOM_LANG); site.yaml's when not given. */
  language?: Language;
  /** `npm run build -- --shard i/n`: this runner's share of the archive (scripts/publish/shards.ts). */
  shard?: Shard;
  /** `npm run build -- --merge DIR…`: the site from the shards' folders, with the site-wide pages. */
  merge?: string[];
}

export function buildOptions(
  mode: Mode,
  env: NodeJS.ProcessEnv = process.env,
  flags: {
    content?: string | undefined;
    language?: Language | undefined;
    shard?: string | undefined;
    merge?: string[] | undefined;
  } = {},
): BuildOptions {
  const workers = Number(env.NEWSROOM_WORKERS);
  const language = flags.language ?? (isLanguage(env.NEWSROOM_LANG) ? env.NEWSROOM_LANG : undefined);
  if (flags.shard && flags.merge?.length) throw new CommandError(M.shardOrMerge());
  return {
    mode,
    contentDir: flags.content || env.NEWSROOM_CONTENT || "content",
    ...(env.SITE_URL ? { siteUrl: env.SITE_URL.endsWith("/") ? env.SITE_URL : `${env.SITE_URL}/` } : {}),
    cacheDir: env.NEWSROOM_CACHE || ".cache",
    now: clock(env.NEWSROOM_NOW),
    ...(workers > 0 ? { workers } : {}),
    ...(language ? { language } : {}),
    ...(flags.shard ? { shard: parseShard(flags.shard) } : {}),
    ...(flags.merge?.length ? { merge: flags.merge } : {}),
  };
}

/** "2/4": the second of four shards. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || index < 1 || index > count) throw new CommandError(M.shardValue({ value }));
  return { index, count };
}

/** The preview's own site folder, under the build cache: `npm start` never writes into `_site/`. */
export function previewDir(options: Pick<BuildOptions, "cacheDir">): string {
  return join(options.cacheDir, "preview");
}

function clock(value: string | undefined): () => Date {
  if (!value) return () => new Date();
  const fixed = new Date(value);
  if (Number.isNaN(fixed.getTime())) throw new CommandError(M.clockNotTime({ value }));
  return () => new Date(fixed);
}
