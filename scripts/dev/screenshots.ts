/**
 * `npm run screenshots`: the home page, an article and a live coverage page,
 * on a desktop and a phone, in light and dark mode, as PNGs in docs/screenshots/ (shown in
 * README.md). Uses Debian's Chromium through playwright-core, like the tests.
 *
 *   npm run screenshots -- [--site DIR] [--out DIR]
 *
 * Without --site it builds the sample content into a temporary folder first.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "./browser.ts";
import { serve } from "./static-server.ts";

export const SHOTS = {
  pages: {
    home: "",
    article: "articles/solar-power-prices-arab-region/",
    live: "articles/facebook-apps-outage-live/",
  },
  devices: {
    desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false },
    mobile: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true },
  },
  schemes: ["light", "dark"] as const,
};

/** Writes one PNG per page × device × scheme into `out` (`pages`: a few of SHOTS.pages); returns the file names. */
export async function takeScreenshots(
  site: string,
  out: string,
  pages: (keyof typeof SHOTS.pages)[] = Object.keys(SHOTS.pages) as (keyof typeof SHOTS.pages)[],
): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const server = await serve(site);
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const page of pages) {
      const path = SHOTS.pages[page];
      for (const [device, options] of Object.entries(SHOTS.devices)) {
        const context = await browser.newContext({ ...options, locale: "ar" });
        const tab = await context.newPage();
        // One load per device: the schemes differ only in their palette, switched on the loaded page.
        for (const colorScheme of SHOTS.schemes) {
          await tab.emulateMedia({ colorScheme });
          if (colorScheme === SHOTS.schemes[0]) {
            await tab.goto(server.url + path, { waitUntil: "load" });
            await tab.evaluate("document.fonts.ready");
            // Pictures decode asynchronously (decoding="async"): wait for those on screen, or the shot may catch a blank box.
            await tab.evaluate(
              "Promise.all([...document.images].filter((img) => img.loading !== 'lazy').map((img) => img.decode()))",
            );
          }
          const file = `${page}-${device}-${colorScheme}.png`;
          await tab.screenshot({ path: join(out, file) });
          written.push(file);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { site: { type: "string" }, out: { type: "string", default: "docs/screenshots" } },
  });
  let site = values.site;
  if (!site) {
    site = join(mkdtempSync(join(tmpdir(), "screenshots-")), "_site");
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/cli/build.ts", "--output", site], {
      stdio: "inherit",
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  const files = await takeScreenshots(resolve(site), values.out);
  console.log(`Wrote ${files.length} screenshots to ${values.out}/: ${files.join(", ")}`);
}
