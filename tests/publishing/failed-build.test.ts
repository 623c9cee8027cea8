/**
 * A build whose archive pages fail while the site-wide pages are still being written: the new
 * version is removed only once both have stopped writing into it, so nothing of it is left behind,
 * and the error reported is the archive's own.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { checkContent, productionBuild } from "../../scripts/build/pipeline.ts";
import { buildOptions } from "../../scripts/build/options.ts";
import { faultAt } from "../../scripts/build/site-folder.ts";
import { speak } from "../../scripts/content/messages/index.ts";
import { Timings } from "../../scripts/build/timings.ts";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";

test("a build whose article pages fail while the site-wide pages are written leaves no part of its version, and says why", async () => {
  const content = contentWith({
    // Not a picture: the article that shows it fails when its page is rendered.
    "images/lead.jpg": Buffer.from("ftypheic, not a JPEG at all"),
    "articles/broken-picture.md": articleFile(`${VALID}\nimage:\n  src: /images/lead.jpg\n  alt: صورة`, "فقرة."),
  });
  const root = mkdtempSync(join(tmpdir(), "failed-build-"));
  const output = join(root, "_site");
  const options = buildOptions("production", { NEWSROOM_CACHE: join(root, "cache") }, { content });
  const checked = checkContent(options);
  assert.ok(checked.ok);
  let sitePagesDone = false;
  const failed = productionBuild(
    options,
    {
      content: checked.content,
      output,
      wait: true,
      say: () => undefined,
      speak: speak("en"),
      fault: faultAt(undefined),
      // Site-wide pages that are still being written when the article pages have failed.
      writeSitePages: async (build) => {
        await sleep(1500);
        mkdirSync(join(build.outputDir, "late"), { recursive: true });
        writeFileSync(join(build.outputDir, "late", "index.html"), "<!doctype html><title>late</title>");
        sitePagesDone = true;
      },
    },
    new Timings(),
  );
  await assert.rejects(failed, (error: Error) => {
    assert.match(error.message, /images\/lead\.jpg/);
    return true;
  });
  assert.ok(sitePagesDone, "the build waited for the site-wide pages before it stopped");
  assert.equal(existsSync(output), false, "nothing was published");
  const versions = join(root, "_site.versions");
  assert.deepEqual(existsSync(versions) ? readdirSync(versions) : [], [], "no version, whole or partial, is left");
});
