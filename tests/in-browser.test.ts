/**
 * Every test of tests/in-browser/ in one process: built pages drawn by Chromium (axe-core, dark
 * mode, screenshots, print, mixed-direction text, the live coverage script).
 */
import { importTestFolder } from "./support/test-folder.ts";

await importTestFolder(new URL("in-browser/", import.meta.url), 6);
