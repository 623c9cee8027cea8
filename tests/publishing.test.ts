/**
 * Every test of tests/publishing/ in one process: from a built site to the published one (the
 * swap, the locks and the caches of a build, `npm run deploy` to an S3 server, the pings after it).
 * Their builds, deploys and killed processes run as real processes where a test needs one.
 */
import { importTestFolder } from "./support/test-folder.ts";

await importTestFolder(new URL("publishing/", import.meta.url), 4);
