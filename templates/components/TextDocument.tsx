/**
 * A plain-text file (robots.txt), written as it is: HTML escaping would
 * corrupt it. Callers build it only from constants and URLs that
 * scripts/site/urls.ts has percent-encoded.
 */
export function TextDocument({ lines }: { lines: string[] }): JSX.Element {
  return { html: `${lines.join("\n")}\n` };
}
