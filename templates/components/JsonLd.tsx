/**
 * Structured data inside <script type="application/ld+json">. The script
 * element's content is not HTML, so HTML escaping would corrupt it; instead
 * every character that could close the element or start markup is written
 * as a JSON \u escape, which JSON parsers read back unchanged.
 */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function JsonLd({ data }: { data: unknown }): JSX.Element {
  return <script type="application/ld+json">{{ html: serializeJsonForScript(data) }}</script>;
}
