/**
 * What a deploy must do, from the built site and the manifest the last deploy left in the bucket:
 * the files whose fingerprint changed go up, the files no longer built are deleted, the rest are
 * left alone. No request asks the bucket what it holds; the manifest is the record of it.
 */
import { STEPS, type SiteFile } from "./site-files.ts";

/** Path under the prefix → fingerprint of what the bucket holds there. */
export interface Manifest {
  version: 1;
  files: Record<string, string>;
}

/**
 * Marks a file a deploy was about to upload: a deploy stopped halfway leaves its manifest so
 * marked, and the next deploy uploads every such file again (or deletes it, if no longer built).
 */
export const PENDING = "pending";

export const emptyManifest = (): Manifest => ({ version: 1, files: {} });

export function parseManifest(text: string, where: string): Manifest {
  const parsed = JSON.parse(text) as Partial<Manifest>;
  if (parsed.version !== 1 || typeof parsed.files !== "object" || parsed.files === null)
    throw new Error(`${where} is not a deploy manifest of this version. Delete it to upload the whole site again.`);
  return { version: 1, files: parsed.files };
}

export interface DeployPlan {
  /** Files to upload, in the order of the deploy's steps. */
  uploads: SiteFile[];
  /** Paths to delete. */
  deletions: string[];
  unchanged: number;
}

export function planDeploy(files: SiteFile[], manifest: Manifest): DeployPlan {
  const built = new Set(files.map((f) => f.path));
  const changed = files.filter((f) => manifest.files[f.path] !== f.fingerprint);
  return {
    uploads: STEPS.flatMap((step) => changed.filter((f) => f.step === step)),
    deletions: Object.keys(manifest.files)
      .filter((path) => !built.has(path))
      .sort(),
    unchanged: files.length - changed.length,
  };
}

/** The manifest written before the first upload: what the bucket holds, with every file about to change marked. */
export function pendingManifest(manifest: Manifest, plan: DeployPlan): Manifest {
  const files = { ...manifest.files };
  for (const file of plan.uploads) files[file.path] = PENDING;
  return { version: 1, files };
}

/** The manifest written when every step succeeded: the site as built. */
export function builtManifest(files: SiteFile[]): Manifest {
  return { version: 1, files: Object.fromEntries(files.map((f) => [f.path, f.fingerprint])) };
}
