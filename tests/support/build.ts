/** Runs the real `npm run build` entry point on a content folder, in a child process. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

export interface BuildSettings {
  output?: string;
  siteUrl?: string;
  /** More environment variables, e.g. NEWSROOM_CACHE for a build cache of the test's own. */
  env?: Record<string, string>;
}

export function build(
  contentDir: string,
  { output = join(mkdtempSync(join(tmpdir(), "site-")), "_site"), siteUrl, env }: BuildSettings = {},
): BuildResult {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/cli/build.ts", "--content", contentDir, "--output", output],
    {
      encoding: "utf8",
      // A build forgets the kept pages and search index parts it did not use; test builds keep
      // theirs apart, so that running the tests never empties the site's own cache before `npm run build`.
      env: { ...process.env, SITE_URL: siteUrl ?? "", NEWSROOM_CACHE: join(".cache", "tests"), ...env },
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output };
}

/** Loads a built page for querying by selector. */
export function page(output: string, path: string): cheerio.CheerioAPI {
  const file = join(output, decodeURIComponent(path), path.endsWith("/") ? "index.html" : "");
  return cheerio.load(readFileSync(file, "utf8"));
}
