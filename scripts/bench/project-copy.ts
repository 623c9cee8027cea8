/**
 * A copy of the project's code for the benchmark's builds to run from, so that a run measuring "a
 * template changed" can change one without touching the working tree. The copy shares
 * node_modules with the project (a link).
 */
import { appendFileSync, cpSync, realpathSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT = fileURLToPath(new URL("../../", import.meta.url));
/** What `npm run build` reads of the project, besides node_modules. */
const CODE = [
  ".eleventy.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "scripts",
  "templates",
  "styles",
  "static",
];

/** Copies the code into `dir` and returns it: the build runs there, from that folder. */
export function copyProject(dir: string): string {
  for (const entry of CODE) cpSync(join(PROJECT, entry), join(dir, entry), { recursive: true });
  symlinkSync(realpathSync(join(PROJECT, "node_modules")), join(dir, "node_modules"));
  return dir;
}

/** A one-line change to a template every page uses (a comment, different each run): every kept page must be rendered again. */
export function changeTemplate(project: string, run: number): void {
  appendFileSync(join(project, "templates", "components", "SiteFooter.tsx"), `// bench run ${run}\n`);
}
