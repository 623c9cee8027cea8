/**
 * The site's two scripts, each bundled by esbuild under a hashed name: the search page's
 * (scripts/search/client.ts) and the live page's (scripts/assets/live-client.ts).
 */
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";

/** The preview bundles on every save: it keeps the last bundle of each script until a file esbuild read has changed. */
export interface SearchScriptMemo {
  bundled?: { script: string; sources: [file: string, mtimeMs: number][] };
  /** The file last written, which the preview does not write again. */
  written?: string;
}

async function bundle(entry: string, memo: SearchScriptMemo): Promise<string> {
  if (memo.bundled?.sources.every(([file, mtimeMs]) => modified(file) === mtimeMs)) return memo.bundled.script;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    write: false,
    // The import of pagefind.js is built from the page's settings at run time, on purpose.
    logOverride: { "unsupported-dynamic-import": "silent" },
    metafile: true,
  });
  const script = result.outputFiles[0]!.text;
  memo.bundled = { script, sources: Object.keys(result.metafile.inputs).map((file) => [file, modified(file)]) };
  return script;
}

/** A file's modification time, or NaN if it is gone (which never equals a kept time). */
function modified(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return NaN;
  }
}

/** Writes the search script into `<outputDir>/assets/`; returns its site path. */
export function writeSearchScript(outputDir: string, memo: SearchScriptMemo = {}): Promise<string> {
  return writeScript("scripts/search/client.ts", "search", outputDir, memo);
}

/** Writes the live page's script into `<outputDir>/assets/`; returns its site path. */
export function writeLiveScript(outputDir: string, memo: SearchScriptMemo = {}): Promise<string> {
  return writeScript("scripts/assets/live-client.ts", "live", outputDir, memo);
}

async function writeScript(entry: string, stem: string, outputDir: string, memo: SearchScriptMemo): Promise<string> {
  const script = await bundle(entry, memo);
  const name = `${stem}.${createHash("sha256").update(script).digest("hex").slice(0, 10)}.js`;
  const file = join(outputDir, "assets", name);
  // The name carries the script's hash, so the same name is the same file.
  if (file !== memo.written) {
    await mkdir(join(outputDir, "assets"), { recursive: true });
    await writeFile(file, script);
    memo.written = file;
  }
  return `/assets/${name}`;
}
