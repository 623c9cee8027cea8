/**
 * `npm run screenshots` works: the home page and an article, desktop and
 * phone, light and dark, as PNGs of the right size; and the README shows the
 * committed copies in docs/screenshots/.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedBuild } from "../support/build.ts";
import { SHOTS, takeScreenshots } from "../../scripts/dev/screenshots.ts";

const pngSize = (file: string) => {
  const png = readFileSync(file);
  assert.equal(png.subarray(1, 4).toString("latin1"), "PNG", file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

test("the screenshots script renders eight PNGs: two pages × desktop and phone × light and dark", async () => {
  const site = sharedBuild("content");
  assert.equal(site.status, 0, site.stderr);
  const out = mkdtempSync(join(tmpdir(), "shots-"));
  // Two of the three pages: the script is the same for the third, and each page costs four shots.
  const files = await takeScreenshots(site.output, out, ["home", "article"]);
  assert.equal(files.length, 8);
  for (const file of files) {
    const device = SHOTS.devices[file.includes("-mobile-") ? "mobile" : "desktop"];
    assert.deepEqual(
      pngSize(join(out, file)),
      {
        width: device.viewport.width * device.deviceScaleFactor,
        height: device.viewport.height * device.deviceScaleFactor,
      },
      file,
    );
  }
  for (const light of files.filter((f) => f.endsWith("-light.png"))) {
    assert.notDeepEqual(
      readFileSync(join(out, light)),
      readFileSync(join(out, light.replace("-light", "-dark"))),
      `${light} differs in dark mode`,
    );
  }
});

test("the README shows every committed screenshot", () => {
  const readme = readFileSync("README.md", "utf8");
  for (const page of Object.keys(SHOTS.pages)) {
    for (const device of Object.keys(SHOTS.devices)) {
      for (const scheme of SHOTS.schemes) {
        const file = `docs/screenshots/${page}-${device}-${scheme}.png`;
        assert.ok(existsSync(file), `${file} is committed`);
        assert.ok(readme.includes(`(${file})`), `README shows ${file}`);
      }
    }
  }
});
