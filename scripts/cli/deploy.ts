/**
 * `npm run deploy`: uploads the built site to an S3-compatible bucket, only the files that changed
 * since the last deploy, and deletes the files no longer built (scripts/deploy/).
 *
 * Then tells the WebSub hub and IndexNow what changed, if site.yaml configures them.
 *
 *   npm run deploy -- [--site DIR] [--bucket NAME] [--prefix PATH] [--endpoint URL] [--concurrency N]
 *                     [--content DIR] [--dry-run]
 */
import { parseArgs } from "node:util";
import { deploy } from "../deploy/deploy.ts";
import { deployOptions } from "../deploy/options.ts";
import { announceDeploy } from "../deploy/ping.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    bucket: { type: "string" },
    prefix: { type: "string" },
    endpoint: { type: "string" },
    concurrency: { type: "string" },
    content: { type: "string" },
    "dry-run": { type: "boolean" },
  },
});

try {
  const options = deployOptions(process.env, { ...values, dryRun: values["dry-run"] });
  const report = await deploy(options);
  if (report.uploaded.length || report.deleted.length) {
    console.log(
      `${options.dryRun ? "Would deploy" : "Deployed"}: ${report.uploaded.length} files uploaded, ${report.deleted.length} deleted, ${report.unchanged} unchanged.`,
    );
    if (!options.dryRun) {
      const changes = { uploaded: report.uploaded.map((f) => f.path), deleted: report.deleted };
      for (const line of await announceDeploy(options, changes)) console.log(line);
    }
  }
} catch (error) {
  console.error(`The deploy failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Run it again: it uploads what is still missing, and readers keep the last complete site meanwhile.");
  process.exit(1);
}
