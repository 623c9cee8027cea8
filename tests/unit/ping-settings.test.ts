/** site.yaml's `websub` and `indexNow`: what an editor sees when one is written wrong. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadRegistries } from "../../scripts/content/registries.ts";
import { contentWith, FIXTURE } from "../support/fixture.ts";

const siteYaml = readFileSync(join(FIXTURE, "site.yaml"), "utf8");

function problems(extra: string) {
  const dir = contentWith();
  writeFileSync(join(dir, "site.yaml"), `${siteYaml}\n${extra}`);
  const loaded = loadRegistries(dir, undefined, "en");
  return loaded.ok ? [] : loaded.problems.map((p) => `${p.file.slice(dir.length + 1)}: ${p.field}: ${p.message}`);
}

test("both are optional, and the IndexNow endpoint defaults to IndexNow's shared one", () => {
  assert.deepEqual(problems(""), []);
  const dir = contentWith();
  writeFileSync(join(dir, "site.yaml"), `${siteYaml}\nindexNow:\n  key: 3f1c9a0b7d2e4f60\n`);
  const loaded = loadRegistries(dir);
  assert.ok(loaded.ok);
  assert.deepEqual(loaded.registries.site.indexNow, {
    key: "3f1c9a0b7d2e4f60",
    endpoint: "https://api.indexnow.org/indexnow",
  });
});

test("a hub that is not https, a key IndexNow would refuse and a stray field are named", () => {
  assert.deepEqual(problems("websub:\n  hub: http://hub.example/\n"), [
    "site.yaml: websub.hub: must be a full address starting with https://, e.g. https://pubsubhubbub.appspot.com/.",
  ]);
  assert.deepEqual(problems("indexNow:\n  key: short\n"), [
    "site.yaml: indexNow.key: must be 8 to 128 letters, digits or hyphens, e.g. 3f1c9a0b7d2e4f60.",
  ]);
  assert.deepEqual(problems("websub:\n  hub: https://hub.example/\n  secret: x\n"), [
    'site.yaml: websub: has unknown field "secret". Remove or rename it.',
  ]);
  assert.deepEqual(problems("websub: https://hub.example/\n"), [
    "site.yaml: websub: must be a group with one field, hub, indented under `websub:`.",
  ]);
});
