/** Throwaway content trees for tests: the small fixture newsroom plus or minus files. */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const FIXTURE = "tests/fixtures/newsroom";

/**
 * Copies the fixture newsroom into a temporary folder, then writes `files`
 * (paths relative to the content folder) and deletes `remove`.
 */
export function contentWith(files: Record<string, string | Uint8Array> = {}, remove: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "newsroom-"));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  for (const path of remove) rmSync(join(dir, path));
  return dir;
}

/** An article file: front-matter lines as written, then a body. */
export function articleFile(frontMatter: string, body = "نص الخبر.\n"): string {
  return `---\n${frontMatter.trim()}\n---\n${body}`;
}

/** Front matter that passes every check, to vary one field at a time. */
export const VALID = `title: خبر للاختبار
summary: ملخص الخبر.
date: 2026-03-12
section: news
author: huda`;
