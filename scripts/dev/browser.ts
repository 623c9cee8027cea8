/** Debian's Chromium driven by playwright-core; no browser download, no network. */
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Chromium's flags for every test and tool: without the background-networking ones Chromium keeps
 * trying to reach Google's services, which this offline machine refuses.
 */
export const OFFLINE_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...OFFLINE_FLAGS],
  });
}

/**
 * Waits until a JavaScript expression is true in the page. Playwright's own
 * waitForFunction evaluates text with eval() inside the page, which the
 * site's Content Security Policy rightly refuses; page.evaluate does not.
 */
export async function waitUntil(page: Page, expression: string, timeout = 10_000): Promise<void> {
  for (const end = Date.now() + timeout; Date.now() < end; await page.waitForTimeout(50)) {
    if (await page.evaluate(expression)) return;
  }
  throw new Error(`Timed out waiting for ${expression}`);
}
