/**
 * Deleting or renaming an article that another lists under `related` fails
 * the check with both file names: the one that links, and the one that went
 * away (found in git). Each test makes a real throwaway git repository.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { loadContent } from "../../scripts/content/load-content.ts";
import { formatProblem } from "../../scripts/content/problems.ts";
import { FIXTURE } from "../support/fixture.ts";

/** A repository holding the fixture newsroom under content/, with one commit. */
function repository(): { root: string; content: string; git: (...args: string[]) => string } {
  const root = mkdtempSync(join(tmpdir(), "newsroom-git-"));
  const content = join(root, "content");
  cpSync(FIXTURE, content, { recursive: true });
  const git = (...args: string[]) => {
    const run = spawnSync(
      "git",
      ["-c", "user.name=Test Editor", "-c", "user.email=editor@test.example", "-c", "commit.gpgsign=false", ...args],
      { cwd: root, encoding: "utf8" },
    );
    assert.equal(run.status, 0, run.stderr);
    return run.stdout.trim();
  };
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "The newsroom");
  return { root, content, git };
}

function problems(content: string): string[] {
  const result = loadContent({ contentDir: content, language: "en" });
  const rel = relative(process.cwd(), content);
  return result.ok ? [] : result.problems.map((p) => formatProblem(p).replaceAll(rel, "<content>"));
}

// river-cleanup.md lists city-budget under related, on line 8.

test("a deleted article: the check names the file that links to it and the commit that deleted it", () => {
  const { content, git } = repository();
  git("rm", "-q", "content/articles/city-budget.md");
  git("commit", "-q", "-m", "Remove the budget story");
  const commit = git("rev-parse", "--short", "HEAD");
  const day = git("log", "-1", "--format=%cs");
  assert.deepEqual(problems(content), [
    `<content>/articles/river-cleanup.md:8:1: related: "city-budget" was the slug of <content>/articles/city-budget.md, which was deleted in commit ${commit} (${day}). Remove "city-budget" from related, or restore city-budget.md.`,
  ]);
});

test("a renamed article: the message gives the new file and the slug to write instead", () => {
  const { content, git } = repository();
  git("mv", "content/articles/city-budget.md", "content/articles/city-budget-2027.md");
  git("commit", "-q", "-m", "Rename the budget story");
  const commit = git("rev-parse", "--short", "HEAD");
  const day = git("log", "-1", "--format=%cs");
  assert.deepEqual(problems(content), [
    `<content>/articles/river-cleanup.md:8:1: related: "city-budget" was the slug of <content>/articles/city-budget.md, which was renamed to <content>/articles/city-budget-2027.md in commit ${commit} (${day}). Write "city-budget-2027" instead.`,
  ]);
});

test("a deletion not committed yet is found too, so the check helps before the commit", () => {
  const { content } = repository();
  rmSync(join(content, "articles/city-budget.md"));
  assert.deepEqual(problems(content), [
    '<content>/articles/river-cleanup.md:8:1: related: "city-budget" was the slug of <content>/articles/city-budget.md, which was deleted (not committed yet). Remove "city-budget" from related, or restore city-budget.md.',
  ]);
});

test("the most recent removal wins when a slug was used, deleted, and used again", () => {
  const { content, git } = repository();
  git("rm", "-q", "content/articles/city-budget.md");
  git("commit", "-q", "-m", "Remove");
  writeFileSync(
    join(content, "articles/city-budget.md"),
    "---\ntitle: ميزانية\nsummary: ملخص.\ndate: 2026-03-09\nsection: news\nauthor: huda\n---\nنص.\n",
  );
  git("add", "-A");
  git("commit", "-q", "-m", "Restore");
  git("mv", "content/articles/city-budget.md", "content/articles/budget.md");
  git("commit", "-q", "-m", "Rename");
  const commit = git("rev-parse", "--short", "HEAD");
  assert.match(problems(content)[0]!, new RegExp(`renamed to <content>/articles/budget\\.md in commit ${commit} `));
});

test("without a record in git, or without git, the message still names the linking file", () => {
  const { content, git } = repository();
  writeFileSync(
    join(content, "articles/league-final.md"),
    "---\ntitle: النهائي\nsummary: ملخص.\ndate: 2026-03-09\nsection: sport\nauthor: sami\nrelated: [never-existed]\n---\nنص.\n",
  );
  git("add", "-A");
  git("commit", "-q", "-m", "Link to nothing");
  const expected = [
    '<content>/articles/league-final.md:7:1: related: "never-existed" is not the slug of any article. Check the spelling against the file names in content/articles/, or remove it.',
  ];
  assert.deepEqual(problems(content), expected);

  rmSync(join(content, "articles/city-budget.md"));
  const path = process.env.PATH;
  process.env.PATH = "/nonexistent";
  try {
    assert.deepEqual(problems(content), [
      '<content>/articles/league-final.md:7:1: related: "never-existed" is not the slug of any article. Check the spelling against the file names in content/articles/, or remove it.',
      '<content>/articles/river-cleanup.md:8:1: related: "city-budget" is not the slug of any article. Check the spelling against the file names in content/articles/, or remove it.',
    ]);
  } finally {
    process.env.PATH = path;
  }
});
