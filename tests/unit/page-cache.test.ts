/**
 * The page store keeps one copy of each page, named by its bytes: a page it has already is not
 * written again (a template change that leaves the HTML as it was), unless the build found that
 * copy damaged; a damaged copy is never handed to the site.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, statSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DamageTally } from "../../scripts/cache/build-cache.ts";
import { PageCache } from "../../scripts/publish/page-cache.ts";

const FULL = "<!doctype html><html lang=ar dir=rtl><title>خبر</title><p>نص الخبر</p></html>";
const LITE = "<!doctype html><html lang=ar dir=rtl><title>خبر</title><p>نص الخبر، نسخة خفيفة</p></html>";

test("a page the store has is not written again; an article's pages found damaged are replaced, and never copied to the site", () => {
  const root = mkdtempSync(join(tmpdir(), "page-cache-"));
  const storeDir = join(root, "html");
  const site = (name: string) => join(root, name);
  const first = new PageCache(storeDir, new DamageTally());
  const keys = [first.store(FULL, site("full-1.html"), false), first.store(LITE, site("lite-1.html"), false)];
  const stored = readdirSync(storeDir).map((name) => join(storeDir, name));
  const inodes = stored.map((file) => statSync(file).ino);

  // The next build renders the same pages again (a template change that left the HTML as it was):
  // the site gets them, the store keeps its copies.
  const second = new PageCache(storeDir, new DamageTally());
  assert.deepEqual(
    [second.store(FULL, site("full-2.html"), false), second.store(LITE, site("lite-2.html"), false)],
    keys,
  );
  assert.equal(readFileSync(site("full-2.html"), "utf8"), FULL);
  assert.deepEqual(
    stored.map((file) => statSync(file).ino),
    inodes,
    "the stored copies were not written again",
  );

  // Both copies damaged: the build reuses the full page first, finds the damage, and renders the
  // article again; its lite page, not read, is replaced too.
  for (const file of stored) truncateSync(file, 10);
  const damage = new DamageTally();
  const third = new PageCache(storeDir, damage);
  const full = keys[0]!;
  assert.equal(third.reuse(full, site("full-3.html")), false);
  assert.deepEqual(damage.counts(), [["html", 1]]);
  third.store(FULL, site("full-3.html"), true);
  third.store(LITE, site("lite-3.html"), true);

  const fourth = new PageCache(storeDir, new DamageTally());
  assert.ok(keys.every((key, i) => fourth.reuse(key, site(`page-4-${i}.html`))));
  assert.deepEqual(
    [0, 1].map((i) => readFileSync(site(`page-4-${i}.html`), "utf8")),
    [FULL, LITE],
  );
});
