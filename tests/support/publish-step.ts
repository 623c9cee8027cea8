/**
 * The build's publishing step alone, in a process of its own so that a test can kill it: the same
 * locks, recovery, staging folder and swap as `npm run build` (scripts/build/publish-site.ts), with
 * a copy of a site built earlier in place of the pipeline. A fault of the swap is tested in a
 * fraction of a second instead of a build.
 *
 *   node --import tsx tests/support/publish-step.ts SITE OUTPUT CACHE [HOLD_MS]
 *
 * HOLD_MS keeps the locks that long after the copy, as a build's pages do, so that two started
 * together overlap. NEWSROOM_TEST_FAULT works as for the build.
 */
import { cp } from "node:fs/promises";
import { LockedError } from "../../scripts/build/lock.ts";
import { osErrorMessage } from "../../scripts/build/messages.ts";
import { publishSite } from "../../scripts/build/publish-site.ts";
import { faultAt } from "../../scripts/build/site-folder.ts";
import { speak } from "../../scripts/content/messages/index.ts";

// In English, as the build test helpers run the commands (NEWSROOM_LANG=en).
const say = speak("en");

const [site, output, cacheDir, hold = "0"] = process.argv.slice(2);
if (!site || !output || !cacheDir) throw new Error("Usage: publish-step.ts SITE OUTPUT CACHE [HOLD_MS]");
try {
  await publishSite(
    {
      cacheDir,
      output,
      wait: true,
      say: (message) => console.log(message),
      speak: say,
      fault: faultAt(process.env.NEWSROOM_TEST_FAULT),
    },
    async (staging) => {
      await cp(site, staging, { recursive: true });
      await new Promise((resolve) => setTimeout(resolve, Number(hold)));
    },
  );
} catch (error) {
  // As scripts/cli/build.ts prints them.
  const os = osErrorMessage(error);
  console.error(error instanceof LockedError ? error.message : os ? say(os) : String(error));
  process.exit(1);
}
