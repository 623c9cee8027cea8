/**
 * The build cache's entries reach the site as checked copies, or as links to the published site's
 * identical files (decision 0047): never as links to the cache, and never written through a link.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CacheFolder, DamageTally } from "../../scripts/cache/build-cache.ts";

function folders() {
  const root = mkdtempSync(join(tmpdir(), "cache-folder-"));
  for (const dir of ["cache", "published", "next"]) mkdirSync(join(root, dir));
  const cache = new CacheFolder(join(root, "cache"), new DamageTally());
  return { root, cache, published: join(root, "published"), next: join(root, "next") };
}

test("a published file with the entry's bytes is linked; one with other bytes is replaced by the cache's", async () => {
  const { cache, published, next } = folders();
  await cache.write("a.html", "<p>a</p>");
  await cache.write("b.html", "<p>b</p>");
  writeFileSync(join(published, "a.html"), "<p>a</p>");
  writeFileSync(join(published, "b.html"), "<p>b</p><script>edited()</script>");
  assert.ok(cache.copyTo("a.html", join(next, "a.html"), join(published, "a.html")));
  assert.ok(await cache.copyToAsync("b.html", join(next, "b.html"), join(published, "b.html")));
  assert.equal(statSync(join(next, "a.html")).ino, statSync(join(published, "a.html")).ino);
  assert.notEqual(statSync(join(next, "b.html")).ino, statSync(join(published, "b.html")).ino);
  assert.equal(readFileSync(join(next, "b.html"), "utf8"), "<p>b</p>");
});

test("a copy replaces a file linked to the published site instead of writing through it", async () => {
  const { cache, published, next } = folders();
  await cache.write("a.png", "new bytes");
  writeFileSync(join(published, "a.png"), "old bytes");
  linkSync(join(published, "a.png"), join(next, "a.png"));
  assert.ok(cache.copyTo("a.png", join(next, "a.png")));
  assert.ok(await cache.copyToAsync("a.png", join(next, "a.png")));
  assert.equal(readFileSync(join(published, "a.png"), "utf8"), "old bytes", "the published site is as it was");
  assert.equal(readFileSync(join(next, "a.png"), "utf8"), "new bytes");
});

test("a folder entry (a search index part) is linked file by file only when the published folder holds exactly its files", async () => {
  const { cache, published, next } = folders();
  const make = (folder: string) => {
    mkdirSync(join(folder, "fragment"), { recursive: true });
    writeFileSync(join(folder, "pagefind-entry.json"), "{}");
    writeFileSync(join(folder, "fragment", "a.pf_fragment"), "a");
  };
  await cache.writeFolder("2026", (folder) => Promise.resolve(make(folder)));
  make(join(published, "same"));
  make(join(published, "extra"));
  writeFileSync(join(published, "extra", "analytics.js"), "analytics()");
  assert.ok(await cache.copyFolderTo("2026", join(next, "same"), join(published, "same")));
  assert.ok(await cache.copyFolderTo("2026", join(next, "extra"), join(published, "extra")));
  const ino = (path: string) => statSync(path).ino;
  assert.equal(
    ino(join(next, "same", "fragment", "a.pf_fragment")),
    ino(join(published, "same", "fragment", "a.pf_fragment")),
  );
  assert.notEqual(
    ino(join(next, "extra", "pagefind-entry.json")),
    ino(join(published, "extra", "pagefind-entry.json")),
  );
  assert.ok(!existsSync(join(next, "extra", "analytics.js")), "a file the entry does not have is not carried over");
});
