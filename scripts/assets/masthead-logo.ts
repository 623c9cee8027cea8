/**
 * The masthead's logo (site.yaml `logo.masthead`), copied under a name with its content hash into
 * assets/, like the stylesheets: every page loads it, so it is cached for a year and a new logo is
 * a new name.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { readRegularFile, regularFile } from "../files/repository.ts";

/** Writes the logo at site path `logo` (under the content folder) into `outputDir`/assets/; returns its site path. */
export function writeMastheadLogo(outputDir: string, contentDir: string, logo: string): string {
  const bytes = readRegularFile(regularFile(contentDir, join(contentDir, logo)));
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
  const name = `logo.${hash}${extname(logo)}`;
  mkdirSync(join(outputDir, "assets"), { recursive: true });
  writeFileSync(join(outputDir, "assets", name), bytes);
  return `/assets/${name}`;
}
