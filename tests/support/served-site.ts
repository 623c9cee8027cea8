/** A built site served on loopback, and Chromium to read it, for the tests of one file. */
import { after, before } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import { sharedBrowser } from "./chromium.ts";
import { serve, type StaticServer } from "../../scripts/dev/static-server.ts";
import type { BuildResult } from "./build.ts";

export interface ServedSite {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Serves the site `site()` built (asked for when the tests start, so a build may be made in a hook
 * before them) and the process's Chromium before the file's tests; stops serving after them.
 */
export function servedInChromium(site: () => BuildResult, options: { headers?: boolean } = {}): ServedSite {
  const opened = {} as { server: StaticServer; browser: Browser };
  before(async () => {
    const built = site();
    assert.equal(built.status, 0, built.stderr);
    opened.server = await serve(built.output, "/", options);
    opened.browser = await sharedBrowser();
  });
  after(async () => {
    await opened.server?.close();
  });
  return opened;
}
