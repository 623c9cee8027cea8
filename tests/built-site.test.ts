/**
 * Every test of tests/built-site/ in one process: each builds a fixture site in this process and reads
 * the pages, feeds and files it wrote (a browser only where the page must be drawn). Loading the
 * build's modules once instead of once per file is most of the saving (decision 0039).
 */
import { importTestFolder } from "./support/test-folder.ts";

await importTestFolder(new URL("built-site/", import.meta.url), 17);
