/**
 * axe-core in a page Chromium has loaded: injected once per document, run there, and only its
 * violations brought back, each as one line naming the rule and the elements.
 */
import assert from "node:assert/strict";
import axe from "axe-core";
import type { Page } from "playwright-core";

/** WCAG 2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * The rules whose result can change with the colour scheme, for a page whose dark scheme changes
 * only the palette (tests/in-browser/sample-site.test.ts checks that the stylesheets' dark blocks set colours and
 * nothing else): contrast of text and links, and axe's guess at whether a table holds data, which
 * looks at whether its rows' backgrounds differ. Every other rule reads the DOM, roles, sizes and
 * positions, which a palette does not move.
 */
export const COLOUR_RULES = [
  "color-contrast",
  "link-in-text-block",
  "table-fake-caption",
  "td-has-header",
  "th-has-data-cells",
];

/**
 * The violations of `rules` (by default every rule of AXE_TAGS) in the page as it is now.
 * @axe-core/playwright's AxeBuilder injects axe-core's half megabyte of script twice per check and
 * opens a blank page to finish each run, which cost more than the checks; this runs axe.run() in
 * the page, the way AxeBuilder's legacy mode does, with the script injected once.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // axe.run() here checks the top document only; AxeBuilder would also check inside frames.
  assert.deepEqual(
    page
      .frames()
      .slice(1)
      .map((frame) => frame.url()),
    [],
    "the page has no frame: a frame's document would need axe-core of its own",
  );
  if (!(await page.evaluate("typeof window.axe?.run === 'function'"))) await page.evaluate(axe.source);
  const runOnly = rules ? { type: "rule" as const, values: rules } : { type: "tag" as const, values: AXE_TAGS };
  return page.evaluate(async (runOnly) => {
    // resultTypes: passes and the rest are counted, not listed node by node: only violations are read.
    const results = await window.axe.run(document, { runOnly, resultTypes: ["violations"] });
    return results.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`,
    );
  }, runOnly);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
