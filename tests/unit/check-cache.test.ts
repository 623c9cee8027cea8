/**
 * A production build keeps each article file's check in the build cache for the next build
 * (scripts/content/check-cache.ts). Each load below is a new build: a new cache opened on the same
 * folder. Whatever changed, it must report exactly what a fresh load reports; an unchanged file is
 * neither read nor checked again; a damaged or foreign record is never trusted, and a damaged one
 * is counted.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { checkCache } from "../../scripts/content/check-cache.ts";
import { DamageTally } from "../../scripts/cache/build-cache.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";

const HOUR_AGO = new Date(Date.now() - 3_600_000);

/** Every article file's time set to one moment an hour back, as after a checkout that happened before the build. */
function ageFiles(dir: string, then = HOUR_AGO): void {
  for (const name of readdirSync(join(dir, "articles"))) utimesSync(join(dir, "articles", name), then, then);
}

test("a build that reuses stored checks reports what a fresh load reports, edit after edit", async () => {
  const dir = contentWith({
    "images/chart.png": readFileSync(join(FIXTURE, "images/logo.png")),
    "articles/chart-story.md": articleFile(
      `${VALID}\nimage:\n  src: /images/chart.png\n  alt: رسم بياني`,
      "![رسم بياني](/images/chart.png)\n",
    ),
  });
  const cacheDir = mkdtempSync(join(tmpdir(), "check-cache-"));
  const files = readdirSync(join(dir, "articles")).length;
  /** One build: opens the cache, loads, compares with a load without it, and stores its checks. */
  const build = async (step: string) => {
    const damage = new DamageTally();
    const cache = checkCache(cacheDir, damage);
    const loaded = loadContent({ contentDir: dir, language: "en" }, cache.checker);
    assert.deepEqual(loaded, loadContent({ contentDir: dir, language: "en" }), step);
    await cache.save();
    return { loaded, counts: { ...cache.counts }, damaged: damage.counts() };
  };
  ageFiles(dir);
  assert.deepEqual((await build("first build")).counts, { trusted: 0, hashed: 0, checked: files });
  assert.deepEqual((await build("nothing changed")).counts, { trusted: files, hashed: 0, checked: 0 });

  const file = join(dir, "articles/river-cleanup.md");
  const original = readFileSync(file, "utf8");
  writeFileSync(file, original.replace(/^title:.*$/m, "title: عنوان جديد للخبر"));
  ageFiles(dir);
  const edited = await build("a headline edited");
  assert.deepEqual(edited.counts, { trusted: files - 1, hashed: 0, checked: 1 });
  assert.ok(edited.loaded.ok);
  assert.equal(edited.loaded.content.articles.find((a) => a.slug === "river-cleanup")?.title, "عنوان جديد للخبر");

  // A new checkout: every time is new, the bytes are not.
  ageFiles(dir, new Date(Date.now() - 1_800_000));
  assert.deepEqual((await build("a fresh checkout")).counts, { trusted: 0, hashed: files, checked: 0 });

  // Written just before a build started: another write in the same clock tick would keep its time,
  // so the next build reads and hashes it rather than trusting the time.
  writeFileSync(file, original.replace(/^title:.*$/m, "title: عنوان آخر للخبر"));
  assert.deepEqual((await build("edited just now")).counts, { trusted: files - 1, hashed: 0, checked: 1 });
  assert.deepEqual((await build("right after")).counts, { trusted: files - 1, hashed: 1, checked: 0 });
  ageFiles(dir);
  writeFileSync(file, original.replace(/^date:.*$/m, "date: 2023-02-29"));
  const invalid = await build("a file made invalid");
  assert.equal(invalid.loaded.ok, false);
  writeFileSync(file, original);
  ageFiles(dir);
  assert.ok((await build("the file fixed")).loaded.ok);

  rmSync(join(dir, "images/chart.png"));
  const missing = await build("a picture removed");
  assert.ok(
    !missing.loaded.ok &&
      missing.loaded.problems.some((p) => p.file.endsWith("chart-story.md") && p.field === "image.src"),
  );
  assert.equal(missing.counts.checked, 1, "only the file that names the picture is checked again");
  writeFileSync(join(dir, "images/chart.png"), readFileSync(join(FIXTURE, "images/logo.png")));
  assert.ok((await build("the picture back")).loaded.ok);

  writeFileSync(
    join(dir, "sections.yaml"),
    readFileSync(join(dir, "sections.yaml"), "utf8").replace(/^- id: sport\n( {2}.*\n)*/m, ""),
  );
  const sections = await build("a section removed");
  assert.equal(sections.loaded.ok, false);
  assert.equal(sections.counts.checked, files, "other registries: every file is checked");
  rmSync(join(dir, "articles/league-final.md"));
  await build("an article deleted");
  assert.equal(readdirSync(join(cacheDir, "checks")).length, 1, "only the last build's checks are kept");
});

test("a damaged record is counted and not used; a foreign one is not read", async () => {
  const dir = contentWith();
  ageFiles(dir);
  const cacheDir = mkdtempSync(join(tmpdir(), "check-cache-"));
  const files = readdirSync(join(dir, "articles")).length;
  const build = async () => {
    const damage = new DamageTally();
    const cache = checkCache(cacheDir, damage);
    const loaded = loadContent({ contentDir: dir, language: "en" }, cache.checker);
    assert.deepEqual(loaded, loadContent({ contentDir: dir, language: "en" }));
    await cache.save();
    return { counts: { ...cache.counts }, damaged: damage.counts() };
  };
  await build();
  const [stored] = readdirSync(join(cacheDir, "checks"));
  const path = join(cacheDir, "checks", stored!);
  const bytes = readFileSync(path);
  // A title changed inside the record: a build that trusted it would publish it.
  const at = bytes.indexOf(Buffer.from("river-cleanup"));
  assert.ok(at > 0);
  bytes[at] = "R".charCodeAt(0);
  writeFileSync(path, bytes);
  const damaged = await build();
  assert.deepEqual(damaged.damaged, [["checks", 1]]);
  assert.deepEqual(damaged.counts, { trusted: 0, hashed: 0, checked: files });
  assert.deepEqual((await build()).counts, { trusted: files, hashed: 0, checked: 0 }, "stored again, whole");

  // A record made by other code or another cache: another name, so it is never looked up.
  const [good] = readdirSync(join(cacheDir, "checks"));
  writeFileSync(
    join(cacheDir, "checks", `checks-foreign~${good!.split("~")[1]}`),
    readFileSync(join(cacheDir, "checks", good!)),
  );
  rmSync(join(cacheDir, "checks", good!));
  assert.deepEqual((await build()).counts, { trusted: 0, hashed: 0, checked: files });
  assert.deepEqual(readdirSync(join(cacheDir, "checks")).length, 1, "the foreign record is pruned");
});
