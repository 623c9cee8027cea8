/**
 * One Chromium for every test file of a process (a folder's files run in one, decision 0039):
 * a launch costs about 2 CPU seconds, and the suite launched it a dozen times. A test opens pages
 * and contexts of its own and closes them; the browser closes when the process's last test is done.
 */
import { after } from "node:test";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
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

/**
 * A tab that a file's tests take turns with, each loading its own address: a new context and page
 * cost Chromium about a CPU second (a renderer process, its JavaScript compiled again), a load in
 * a warm tab a fifth of that, and the suite is CPU-bound. What a test changes on the tab (the
 * colour scheme, listeners) it sets or removes itself. `fetchEveryTime` turns the cache off, for
 * tests that judge everything a page fetches; `everyPage` is a script run first in every page it
 * loads. The tab closes with the browser.
 */
export function tabTakenInTurn(
  browser: () => Browser,
  {
    fetchEveryTime = false,
    everyPage,
    ...options
  }: BrowserContextOptions & { fetchEveryTime?: boolean; everyPage?: string } = {},
): () => Promise<Page> {
  let opened: Promise<Page> | undefined;
  return () =>
    (opened ??= (async () => {
      const page = await (await browser().newContext(options)).newPage();
      if (fetchEveryTime)
        await (await page.context().newCDPSession(page)).send("Network.setCacheDisabled", { cacheDisabled: true });
      if (everyPage) await page.addInitScript(everyPage);
      return page;
    })());
}
