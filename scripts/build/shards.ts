/**
 * A build spread over runners: what each shard leaves beside its pages (`shard.json`), and the
 * merge that copies the shards' folders into one site. Which articles a shard renders:
 * scripts/publish/shards.ts; why: docs/decisions/0035-builds-spread-over-runners.md.
 */
import { createHash } from "node:crypto";
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { Assets } from "../render/page-data.ts";
import { CommandError, MESSAGES as M } from "../content/messages/index.ts";
import { frameOf, type SiteModel } from "../site/model.ts";
import { frameKey } from "../publish/page-cache.ts";
import type { Shard } from "../publish/shards.ts";

/** The file a shard writes at the top of its folder; the merge reads it and leaves it out of the site. */
export const SHARD_FILE = "shard.json";

/** What a shard says of itself. */
export interface ShardRecord extends Shard {
  /** What every shard of one build must share (buildKey). */
  key: string;
  /** Its article pages (full and lite) and its search index's parts. */
  pages: number;
  search: { parts: number; indexed: number; total: number };
}

/**
 * What the shards and the merge of one build must agree on: the code and the frame every page
 * shares (the page cache's frame key, which covers the stylesheets and so the font subsets), and
 * the list of published articles, which the build's clock decides.
 */
export function buildKey(model: SiteModel, assets: Assets): string {
  const hash = createHash("sha256").update(frameKey(frameOf(model), assets));
  for (const page of model.articlePages) hash.update(`${page.path}\n`);
  return hash.digest("base64url").slice(0, 32);
}

export function writeShardRecord(folder: string, record: ShardRecord): void {
  writeFileSync(join(folder, SHARD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

function readShardRecord(folder: string): ShardRecord {
  try {
    return JSON.parse(readFileSync(join(folder, SHARD_FILE), "utf8")) as ShardRecord;
  } catch {
    throw new CommandError(M.notShardFolder({ folder, file: SHARD_FILE }));
  }
}

/** Reads the shards' records and checks that they are every shard of one split, once each. */
export function readShards(folders: string[]): (ShardRecord & { folder: string })[] {
  const shards = folders.map((folder) => ({ ...readShardRecord(folder), folder }));
  const { count, folder: first } = shards[0]!;
  for (const shard of shards)
    if (shard.count !== count)
      throw new CommandError(
        M.shardCounts({ folder: shard.folder, index: shard.index, count: shard.count, first, firstCount: count }),
      );
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shards.some((s) => s.index === i));
  if (missing.length)
    throw new CommandError(M.shardsMissing({ missing: missing.map((i) => `${i}/${count}`).join(", ") }));
  if (shards.length !== count) throw new CommandError(M.shardTwice({ count, folders: shards.length }));
  return shards.sort((a, b) => a.index - b.index);
}

/** Checks that every shard was built from what the merge builds from (buildKey). */
export function checkShardKeys(shards: (ShardRecord & { folder: string })[], key: string): void {
  for (const shard of shards)
    if (shard.key !== key)
      throw new CommandError(M.shardOtherBuild({ folder: shard.folder, index: shard.index, count: shard.count }));
}

/** Pictures are named by their source's hash: an encoder's other bytes for the same name are the same picture. */
const PICTURES = `img${sep}`;

/**
 * Copies every file of the shards' folders into `site` but their records. A file the site (or an
 * earlier shard) already has must be the same, byte for byte: the stylesheets every shard wrote too.
 * Returns the number of files copied.
 */
export function copyShards(folders: string[], site: string): number {
  let copied = 0;
  const made = new Set<string>();
  for (const folder of folders) {
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const entry of files) {
      const from = join(entry.parentPath, entry.name);
      const path = relative(folder, from);
      if (path === SHARD_FILE) continue;
      const to = join(site, path);
      const dir = dirname(to);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      if (!existsSync(to)) {
        copyFileSync(from, to, constants.COPYFILE_EXCL);
        copied++;
      } else if (!path.startsWith(PICTURES) && !readFileSync(from).equals(readFileSync(to)))
        throw new CommandError(M.shardFileDiffers({ file: from }));
    }
  }
  return copied;
}
