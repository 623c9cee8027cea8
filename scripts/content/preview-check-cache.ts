/**
 * The preview's memory of checked article files: `npm start` loads the content again on every
 * save, which changes one file. Each file's result is kept, keyed by its path, modification time
 * and size and by whatever else its check read (the registries, the pictures it names), and a load
 * checks again only what changed. The checks that need every article (slugs, `related`) and the
 * sort still run over all articles on every load (load-content.ts).
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { ArticleChecker, CheckedFile } from "./load-content.ts";
import { checkRecording, pictureLookups, samePictures } from "./check-cache.ts";

interface Kept {
  /** The file's absolute path, as the watcher's reports are compared: worked out once, not on every save. */
  resolved: string;
  mtimeMs: number;
  size: number;
  checked: CheckedFile;
  /** The pictures the check looked for, and whether each was there. */
  pictures: [path: string, existed: boolean][];
}

export interface PreviewCheckCache {
  /** For `loadContent`: remembers every file it checked, for as long as the process runs. */
  checker: ArticleChecker;
  /** The files the watcher saw change since the last load; without this call, the next load looks at every file. */
  changed(paths: Iterable<string>): void;
}

export function previewCheckCache(): PreviewCheckCache {
  let kept = new Map<string, Kept>();
  let registriesKey = "";
  let reported: Set<string> | undefined;
  const checker: ArticleChecker = (registries, contentDir) => {
    const key = JSON.stringify([registries.site, [...registries.sections], [...registries.authors]]);
    const previous = key === registriesKey ? kept : new Map<string, Kept>();
    registriesKey = key;
    // Only this load's files are kept, so deleted articles are forgotten.
    kept = new Map();
    const exists = pictureLookups(contentDir);
    const unchanged = reported;
    reported = undefined;
    return (file) => {
      let entry = previous.get(file.path);
      const trusted = entry && unchanged && !unchanged.has(entry.resolved);
      const { mtimeMs, size } = trusted ? entry! : statSync(file.path);
      if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size || !samePictures(entry.pictures, exists)) {
        const { checked, pictures } = checkRecording(file, registries, contentDir, exists);
        entry = { resolved: entry?.resolved ?? resolve(file.path), mtimeMs, size, checked, pictures };
      }
      kept.set(file.path, entry);
      return entry.checked;
    };
  };
  return {
    checker,
    changed(paths) {
      reported ??= new Set();
      for (const path of paths) reported.add(resolve(path));
    },
  };
}
