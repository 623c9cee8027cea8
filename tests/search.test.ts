/** Every test of tests/search/ in one process: the search page, its index and how well it finds. */
import { importTestFolder } from "./support/test-folder.ts";

await importTestFolder(new URL("search/", import.meta.url), 3);
