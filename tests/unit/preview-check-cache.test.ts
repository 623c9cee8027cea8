/**
 * The preview keeps each article file's check between saves
 * (scripts/content/article-check-cache.ts). Whatever changes, a load through
 * it must report exactly what a fresh load reports, and an unchanged file
 * must not be checked again.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { previewCheckCache } from "../../scripts/content/preview-check-cache.ts";
import { articleFile, contentWith, FIXTURE, VALID } from "../support/fixture.ts";

test("a load that remembers checked files reports what a fresh load reports, edit after edit", () => {
  const dir = contentWith({
    "images/chart.png": readFileSync(join(FIXTURE, "images/logo.png")),
    "articles/chart-story.md": articleFile(
      `${VALID}\nimage:\n  src: /images/chart.png\n  alt: رسم بياني`,
      "![رسم بياني](/images/chart.png)\n",
    ),
  });
  const { checker } = previewCheckCache();
  const same = (step: string) => {
    const remembered = loadContent({ contentDir: dir, language: "en" }, checker);
    assert.deepEqual(remembered, loadContent({ contentDir: dir, language: "en" }), step);
    return remembered;
  };
  const file = join(dir, "articles/river-cleanup.md");
  const original = readFileSync(file, "utf8");
  const edit = (from: RegExp, to: string) => writeFileSync(file, readFileSync(file, "utf8").replace(from, to));

  const first = same("first load");
  assert.ok(first.ok);
  const again = same("nothing changed");
  assert.ok(again.ok);
  assert.equal(
    again.content.articles.find((a) => a.slug === "chart-story"),
    first.content.articles.find((a) => a.slug === "chart-story"),
    "an unchanged file is not checked again",
  );

  edit(/^title:.*$/m, "title: عنوان جديد للخبر");
  const edited = same("a headline edited");
  assert.ok(edited.ok);
  assert.equal(edited.content.articles.find((a) => a.slug === "river-cleanup")?.title, "عنوان جديد للخبر");

  edit(/^date:.*$/m, "date: 2023-02-29");
  assert.equal(same("a file made invalid").ok, false);
  edit(/^related:.*$/m, "related: [no-such-story]");
  assert.equal(same("a related slug broken as well").ok, false);
  writeFileSync(file, original);
  assert.ok(same("the file fixed").ok);

  rmSync(join(dir, "images/chart.png"));
  const missing = same("a picture removed");
  assert.ok(!missing.ok && missing.problems.some((p) => p.file.endsWith("chart-story.md") && p.field === "image.src"));
  writeFileSync(join(dir, "images/chart.png"), readFileSync(join(FIXTURE, "images/logo.png")));
  assert.ok(same("the picture back").ok);

  writeFileSync(
    join(dir, "sections.yaml"),
    readFileSync(join(dir, "sections.yaml"), "utf8").replace(/^- id: sport\n( {2}.*\n)*/m, ""),
  );
  assert.equal(same("a section removed").ok, false);
  rmSync(join(dir, "articles/league-final.md"));
  same("an article deleted");
});

test("once the watcher names the changed files, only those are looked at again", () => {
  const dir = contentWith();
  const checks = previewCheckCache();
  const load = () => {
    const loaded = loadContent({ contentDir: dir, language: "en" }, checks.checker);
    assert.ok(loaded.ok);
    return loaded.content.articles;
  };
  const title = (articles: { slug: string; title: string }[], slug: string) =>
    articles.find((a) => a.slug === slug)?.title;
  load();
  const river = join(dir, "articles/river-cleanup.md");
  const park = join(dir, "articles/park-opening.md");
  const retitle = (file: string, title: string) =>
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title:.*$/m, `title: ${title}`));

  retitle(river, "عنوان يراه المراقب");
  retitle(park, "عنوان لم يبلغ عنه المراقب");
  // As Eleventy's watcher names files: relative to the working folder, with a leading "./".
  checks.changed([`./${relative(process.cwd(), river)}`]);
  const reported = load();
  assert.equal(title(reported, "river-cleanup"), "عنوان يراه المراقب", "a file the watcher named is checked again");
  assert.notEqual(
    title(reported, "park-opening"),
    "عنوان لم يبلغ عنه المراقب",
    "a file it did not name is taken as unchanged",
  );

  // Without a report (the first load, or after a restart), every file is looked at.
  assert.equal(title(load(), "park-opening"), "عنوان لم يبلغ عنه المراقب");
  const fresh = loadContent({ contentDir: dir, language: "en" });
  assert.ok(fresh.ok);
  assert.deepEqual(load(), fresh.content.articles);
});
