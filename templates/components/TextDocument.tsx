/**
 * A plain-text file (robots.txt, the editor's config.yml), written as it is:
 * HTML escaping would corrupt it. Callers build it from constants, URLs that
 * scripts/site/urls.ts has percent-encoded, or YAML that js-yaml quoted.
 */
export function TextDocument({ lines }: { lines: string[] }): JSX.Element {
  return { html: `${lines.join("\n")}\n` };
}
