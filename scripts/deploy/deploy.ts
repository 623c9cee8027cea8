/**
 * `npm run deploy`: the built site into an S3-compatible bucket, uploading only what changed, in
 * an order that keeps the site whole for readers while it runs and if it stops halfway
 * (site-files.ts, STEPS). The manifest in the bucket says what is there.
 */
import { Bucket } from "./bucket.ts";
import type { DeployOptions } from "./options.ts";
import { builtManifest, pendingManifest, planDeploy } from "./plan.ts";
import { siteFiles, STEPS, type SiteFile } from "./site-files.ts";

export interface DeployReport {
  /** Files and bytes uploaded per step; steps with nothing to upload are left out. */
  steps: { step: string; files: number; bytes: number }[];
  uploaded: SiteFile[];
  deleted: string[];
  unchanged: number;
}

/** Runs `work` on every item, `concurrency` at a time; the first failure stops the rest and is thrown. */
async function eachAtOnce<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export async function deploy(options: DeployOptions, log: (line: string) => void = console.log): Promise<DeployReport> {
  const files = siteFiles(options.siteDir);
  const bucket = new Bucket(options);
  try {
    const manifest = await bucket.readManifest();
    const plan = planDeploy(files, manifest);
    const report: DeployReport = {
      steps: [],
      uploaded: plan.uploads,
      deleted: plan.deletions,
      unchanged: plan.unchanged,
    };
    const where = `s3://${options.bucket}/${options.prefix}`;
    if (!plan.uploads.length && !plan.deletions.length) {
      log(`Nothing new to deploy: the ${files.length} files in ${where} are the ones built.`);
      return report;
    }
    for (const step of STEPS) {
      const batch = plan.uploads.filter((f) => f.step === step);
      if (batch.length) report.steps.push({ step, files: batch.length, bytes: batch.reduce((n, f) => n + f.size, 0) });
    }
    const total = plan.uploads.reduce((n, f) => n + f.size, 0);
    log(
      `Deploying to ${where}: ${plan.uploads.length} files to upload (${megabytes(total)}), ${plan.deletions.length} to delete, ${plan.unchanged} unchanged.`,
    );
    if (options.dryRun) {
      for (const { step, files: n, bytes } of report.steps)
        log(`  would upload ${step}: ${n} files, ${megabytes(bytes)}`);
      for (const path of plan.deletions) log(`  would delete ${path}`);
      return report;
    }
    await bucket.writeManifest(pendingManifest(manifest, plan));
    for (const { step, files: n, bytes } of report.steps) {
      await eachAtOnce(
        plan.uploads.filter((f) => f.step === step),
        options.concurrency,
        (f) => bucket.upload(f),
      );
      log(`  uploaded ${step}: ${n} files, ${megabytes(bytes)}`);
    }
    await eachAtOnce(plan.deletions, options.concurrency, (path) => bucket.delete(path));
    if (plan.deletions.length) log(`  deleted ${plan.deletions.length} files no longer built`);
    await bucket.writeManifest(builtManifest(files));
    return report;
  } finally {
    bucket.destroy();
  }
}
