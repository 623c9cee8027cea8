/**
 * A whole document that is JSON (the JSON Feed). JSON.stringify escapes
 * every string it writes, and the file is served as JSON, never parsed as
 * HTML, so its output is written as it is.
 */
export function JsonDocument({ data }: { data: unknown }): JSX.Element {
  return { html: JSON.stringify(data) };
}
