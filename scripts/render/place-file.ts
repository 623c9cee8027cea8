/**
 * Publishes a file kept in the build cache into the output folder as a hard
 * link: no copying and no extra disk, the same bytes under two names.
 */
import { copyFile, link } from "node:fs/promises";

export async function placeFile(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return; // the preview server writes into the same folder again
    if (code === "EXDEV" || code === "EPERM" || code === "ENOTSUP") await copyFile(from, to); // cache on another disk
    else throw error;
  }
}
