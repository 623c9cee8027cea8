/**
 * The build's publishing step alone: the same locks, recovery, staging folder and swap as
 * `npm run build` (scripts/build/publish-site.ts), with a copy of a site built earlier in place of
 * the pipeline. A fault of the swap is tested in a fraction of a second instead of a build.
 *
 *   node --import tsx tests/support/publish-step.ts SITE OUTPUT CACHE [HOLD_MS]
 *
 * runs it in a process of its own, so that a test can kill it (the tests run it compiled, through
 * tests/support/program.ts, as they start it a dozen times); HOLD_MS keeps the locks that long
 * after the copy, as a build's pages do, so that two started together overlap. NEWSROOM_TEST_FAULT
 * works as for the build. A test that kills nothing calls publishCopy() in its own process.
 */
import { cp } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { LockedError } from "../../scripts/build/lock.ts";
import { osErrorMessage } from "../../scripts/build/messages.ts";
import { publishSite } from "../../scripts/build/publish-site.ts";
import { faultAt } from "../../scripts/build/site-folder.ts";
import { speak } from "../../scripts/content/messages/index.ts";

// In English, as the build test helpers run the commands (NEWSROOM_LANG=en).
const say = speak("en");

/** Publishes a copy of `site` at `output`; what it says goes to `out`, an error to `err`, as the build prints them. Returns the exit status. */
export async function publishCopy(
  [site, output, cacheDir]: [string, string, string],
  {
    hold = 0,
    fault,
    out,
    err,
  }: { hold?: number; fault?: string; out: (text: string) => void; err: (text: string) => void },
): Promise<number> {
  try {
    await publishSite(
      { cacheDir, output, wait: true, say: out, speak: say, fault: faultAt(fault) },
      async (staging) => {
        await cp(site, staging, { recursive: true });
        await new Promise((resolve) => setTimeout(resolve, hold));
      },
    );
    return 0;
  } catch (error) {
    // As scripts/cli/build.ts prints them.
    const os = osErrorMessage(error);
    err(error instanceof LockedError ? error.message : os ? say(os) : String(error));
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [site, output, cacheDir, hold = "0"] = process.argv.slice(2);
  if (!site || !output || !cacheDir) throw new Error("Usage: publish-step.ts SITE OUTPUT CACHE [HOLD_MS]");
  process.exitCode = await publishCopy([site, output, cacheDir], {
    hold: Number(hold),
    fault: process.env.NEWSROOM_TEST_FAULT,
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
}
