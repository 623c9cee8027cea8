/**
 * html-minifier-terser, applied where it has something to do: the TSX templates write nothing
 * between tags, so only a Markdown body is minified, once, where it is rendered (body.ts), and the
 * page around it is written as it is. Why not the whole page:
 * docs/decisions/0005-minify-markdown-bodies-only.md; tests/built-site/build.test.ts checks that every page
 * is exactly what the whole-page minifier would make of it.
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
