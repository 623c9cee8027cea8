/**
 * html-minifier-terser, applied where it has something to do.
 *
 * The page templates are TSX, and the JSX runtime writes nothing between
 * tags. The only loose HTML in a page is a Markdown body: markdown-it puts
 * a line break after each block. So each body is minified once, where it is
 * rendered (scripts/render/body.ts), and the page around it is written as it is.
 *
 * Why not the whole page: html-minifier-terser parses all of the page's text
 * to change nothing outside the body. On a 10,000-article archive that was
 * 65 thread-seconds, more than the rest of a build without a cache. A
 * page built this way has the same bytes the whole-page minifier would
 * make of it; tests/build.test.ts checks every page of a build for that.
 */
import { minify } from "html-minifier-terser";

export const MINIFY_OPTIONS = {
  collapseWhitespace: true,
  // Keeps a single space where whitespace separated inline text, so Arabic
  // words on either side of a tag never run together.
  conservativeCollapse: true,
  removeComments: true,
  collapseBooleanAttributes: true,
  removeRedundantAttributes: true,
  // Entities such as &lt; from escaped headlines must stay entities.
  decodeEntities: false,
};

export interface MinifyStats {
  fragments: number;
  seconds: number;
}

/** Counts bodies minified and the time it took, for the build log and the benchmark, when given. */
export async function minifyFragment(html: string, stats?: MinifyStats): Promise<string> {
  const started = performance.now();
  const minified = await minify(html, MINIFY_OPTIONS);
  if (stats) {
    stats.fragments++;
    stats.seconds += (performance.now() - started) / 1000;
  }
  return minified;
}
