/** Every unit test (tests/unit/) in one process: no build, no browser; `npm run test:fast`. */
import { importTestFolder } from "./support/test-folder.ts";

await importTestFolder(new URL("unit/", import.meta.url), 20);
