/**
 * For benchmarks only: what a safety check costs, measured by running the same build without it.
 * Loaded after tsx (`node --import tsx --import ./scripts/bench/without.ts …`), with
 * NEWSROOM_BENCH_WITHOUT naming the check, it writes a copy of the one module that holds the check,
 * with the check taken out, and has every import of that module (worker threads' too) load the copy.
 * The project's code has no switch that turns a check off: a switch could be left on in CI.
 *
 *   cache-verification  cached entries are used without hashing their bytes (scripts/cache/build-cache.ts)
 *   door                files are read with one stat and readFileSync, as before the door
 *                       (scripts/files/repository.ts); its walk is a plain directory listing already
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { register, syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import workerThreads from "node:worker_threads";

/** The module that holds each check, and the edits that take it out: [text as it is, text without the check]. */
const WITHOUT: Record<string, { file: string; edits: [string, string][] }> = {
  "cache-verification": {
    file: "scripts/cache/build-cache.ts",
    edits: [
      ["if (stored.endsWith(MARK + digest(bytes))) return bytes;", "return bytes;"],
      ["if (!stored.endsWith(MARK + folderDigest(files))) {", "if (files.length < 0) {"],
      // The published site's files are linked unread (decision 0047).
      [
        "if (!lstatSync(published).isFile() || !this.#matches(name, readFileSync(published))) return false;",
        "if (!lstatSync(published).isFile()) return false;",
      ],
      [
        "if (!(await lstat(published)).isFile() || !this.#matches(name, await readFile(published))) return false;",
        "if (!(await lstat(published)).isFile()) return false;",
      ],
      [
        "if (!this.#entries.get(name)?.endsWith(MARK + folderDigest(files))) return false;",
        "if (!this.#entries.has(name)) return false;",
      ],
    ],
  },
  door: {
    file: "scripts/files/repository.ts",
    edits: [
      [
        "export function inspect(root: string, path: string): Entry {",
        'export function inspect(root: string, path: string): Entry {\n  try { return kindOf(statSync(path)); } catch { return { kind: "missing" }; }',
      ],
      [
        "export function readRegularFile(path: string): Buffer {",
        "export function readRegularFile(path: string): Buffer {\n  return readFileSync(path);",
      ],
      ["  realpathSync,\n", "  realpathSync,\n  statSync,\n"],
    ],
  },
};

/** The module's source with the check taken out; throws if the module no longer reads as the edits expect. */
function withoutCheck(name: string, root = process.cwd()): { file: string; source: string } {
  const change = WITHOUT[name];
  if (!change) throw new Error(`NEWSROOM_BENCH_WITHOUT must be one of: ${Object.keys(WITHOUT).join(", ")}.`);
  const file = resolve(root, change.file);
  let source = readFileSync(file, "utf8");
  for (const [from, to] of change.edits) {
    if (source.split(from).length !== 2)
      throw new Error(`${change.file} no longer holds "${from}" once: update scripts/bench/without.ts.`);
    source = source.replace(from, () => to);
  }
  // The copy lives elsewhere: its relative imports name the originals.
  source = source.replace(
    /from "(\.{1,2}\/[^"]+)"/g,
    (_, path: string) => `from ${JSON.stringify(pathToFileURL(join(dirname(file), path)).href)}`,
  );
  return { file, source };
}

const name = process.env.NEWSROOM_BENCH_WITHOUT;
if (name) {
  const { file, source } = withoutCheck(name);
  const folder = mkdtempSync(join(tmpdir(), "bench-without-"));
  const copy = join(folder, basename(file));
  writeFileSync(copy, source);
  // An ES module, as it is in the project, whichever thread loads it.
  writeFileSync(join(folder, "package.json"), '{ "type": "module" }\n');
  const hooks = `let from, to;
export function initialize(data) { ({ from, to } = data); }
export async function resolve(specifier, context, next) {
  const found = await next(specifier, context);
  return found.url === from ? { ...found, url: to } : found;
}`;
  const url = `data:text/javascript,${encodeURIComponent(hooks)}`;
  const data = { from: pathToFileURL(file).href, to: pathToFileURL(copy).href };
  register(url, { data });
  // Node 20 gives each worker thread hooks of its own: the page workers (an eval'd script) register the same first.
  const Worker = workerThreads.Worker;
  workerThreads.Worker = class extends Worker {
    constructor(code: string | URL, options?: workerThreads.WorkerOptions) {
      const first = `require("node:module").register(${JSON.stringify(url)}, { data: ${JSON.stringify(data)} });\n`;
      super(options?.eval ? first + String(code) : code, options);
    }
  };
  syncBuiltinESMExports();
}
