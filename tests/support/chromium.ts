/**
 * One Chromium for every test file of a process (a folder's files run in one, decision 0039):
 * a launch costs about 2 CPU seconds, and the suite launched it a dozen times. A test opens pages
 * and contexts of its own and closes them; the browser closes when the process's last test is done.
 */
import { after } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../scripts/dev/browser.ts";

let launched: Promise<Browser> | undefined;

// Registered when this module is first imported, at a file's top level: an `after` registered
// inside a test would close the browser when that test ends, under the next file's feet.
after(async () => {
  await (await launched)?.close();
});

export function sharedBrowser(): Promise<Browser> {
  launched ??= launchBrowser();
  return launched;
}
