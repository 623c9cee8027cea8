/**
 * Templates escape by default; raw output has exactly five doors, each
 * reviewed: the rendered Markdown body, JSON-LD, the doctype constant, and
 * whole documents that are not HTML (the JSON Feed, robots.txt).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serializeJsonForScript } from "../../templates/components/JsonLd.tsx";

const RAW_SINKS = [
  "components/TrustedHtml.tsx",
  "components/JsonLd.tsx",
  "components/Doctype.tsx",
  "components/JsonDocument.tsx",
  "components/TextDocument.tsx",
];

test("no template outside the reviewed components writes raw HTML", () => {
  const offenders = readdirSync("templates", { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !RAW_SINKS.includes(f.split("\\").join("/")))
    .filter((f) => /\{\s*html\s*:/.test(readFileSync(join("templates", f), "utf8")));
  assert.deepEqual(offenders, []);
});

test("JSON for a script element cannot close it or open markup", () => {
  const value = { headline: "</script><script>alert(1)</script> & <!-- \u2028" };
  const json = serializeJsonForScript(value);
  assert.ok(!/[<>&\u2028]/.test(json));
  assert.deepEqual(JSON.parse(json), value);
});
