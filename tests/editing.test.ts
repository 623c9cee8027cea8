/**
 * Every test of tests/editing/ in one process: what editors do before a build publishes, the
 * browser editor, `npm run new` and `npm run check`, the preview, and a repository's hostile files.
 */
import { importTestFolder } from "./support/test-folder.ts";

await importTestFolder(new URL("editing/", import.meta.url), 8);
