/**
 * The repository is input from people the build must not trust (issue 22). Each finding is tried
 * on the real `npm run check` and `npm run build`, in a temporary git checkout that holds real
 * symbolic links: git stores a link, and a clone makes it real.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { contentWith } from "./support/fixture.ts";
import { build } from "./support/build.ts";

/** A secret a runner could read, outside the repository. */
const outside = mkdtempSync(join(tmpdir(), "outside-"));
const SECRET = "runner-secret-4242";
writeFileSync(join(outside, "secret.txt"), `---\ntitle: ${SECRET}\n---\n${SECRET}\n`);
mkdirSync(join(outside, "folder"));
writeFileSync(join(outside, "folder", "passwd.jpg"), SECRET);

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], {
    cwd,
    encoding: "utf8",
  });
}

/**
 * The fixture newsroom with `links` (path in the content folder → target) committed in a git
 * repository and cloned, so the links in the returned content folder are made by a checkout.
 */
function checkoutWith(links: Record<string, string>, files: Record<string, string> = {}): string {
  const origin = contentWith(files);
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(origin, path, ".."), { recursive: true });
    rmSync(join(origin, path), { force: true });
    symlinkSync(target, join(origin, path));
  }
  git(origin, "init", "-q");
  git(origin, "add", "-A");
  git(origin, "commit", "-q", "-m", "content");
  const clone = join(mkdtempSync(join(tmpdir(), "checkout-")), "content");
  git(tmpdir(), "clone", "-q", origin, clone);
  return clone;
}

function check(contentDir: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/cli/check.ts", "--content", contentDir], {
    encoding: "utf8",
  });
  const rel = relative(process.cwd(), contentDir);
  const tidy = (text: string) => text.replaceAll(`${rel}/`, "").trimEnd().split("\n");
  return { status: run.status, out: run.stdout + run.stderr, lines: tidy(run.stderr) };
}

const OUTSIDE_LINK =
  "is a symbolic link to a place outside the content folder. Links are never read or published, and this one would publish a file from outside the repository: remove it, or put the file itself here.";

test("links out of the repository are check errors that name the file, never the target", () => {
  const content = checkoutWith({
    "images/leak.jpg": join(outside, "folder", "passwd.jpg"),
    "images/etc": join(outside, "folder"),
    "articles/leak.md": join(outside, "secret.txt"),
    "articles/linked": join(outside, "folder"),
    "articles/loop-a.md": "loop-b.md",
    "articles/loop-b.md": "loop-a.md",
    "articles/inside.md": "city-budget.md",
    "articles/nowhere.md": "gone.md",
  });
  const result = check(content);
  assert.equal(result.status, 1, result.out);
  assert.deepEqual(result.lines, [
    `articles/inside.md: file: is a symbolic link (to another place in the content folder). Links are never read or published: put the file itself here.`,
    `articles/leak.md: file: ${OUTSIDE_LINK}`,
    `articles/linked: file: ${OUTSIDE_LINK}`,
    "articles/loop-a.md: file: is a symbolic link that leads round in a circle (a link loop). Remove it.",
    "articles/loop-b.md: file: is a symbolic link that leads round in a circle (a link loop). Remove it.",
    "articles/nowhere.md: file: is a symbolic link to something that does not exist. Remove it, or put the file itself here.",
    `images/etc: file: ${OUTSIDE_LINK}`,
    `images/leak.jpg: file: ${OUTSIDE_LINK}`,
    "",
    "8 errors and 0 warnings in 8 files.",
  ]);
  assert.doesNotMatch(result.out, new RegExp(`${SECRET}|${outside}|Error:|ELOOP|    at `));
});

test("a lead image, a body picture and a registry that are links are refused where they are named", () => {
  const content = checkoutWith(
    { "images/lead.jpg": join(outside, "folder", "passwd.jpg"), "sections.yaml": join(outside, "secret.txt") },
    {
      "articles/with-link.md": `---
title: صورة مرتبطة
summary: ملخص.
date: 2026-03-12
section: news
author: huda
image:
  src: /images/lead.jpg
  alt: وصف
---
![وصف](/images/lead.jpg)
`,
    },
  );
  const result = check(content);
  assert.equal(result.status, 1, result.out);
  // The registries are read first: a broken one stops the check before any article is read.
  assert.deepEqual(result.lines.slice(0, 1), [`sections.yaml: file: ${OUTSIDE_LINK}`]);
  assert.doesNotMatch(result.out, new RegExp(`${SECRET}|${outside}`));

  const registriesFixed = checkoutWith(
    { "images/lead.jpg": join(outside, "folder", "passwd.jpg") },
    { "articles/with-link.md": readFileSync(join(content, "articles", "with-link.md"), "utf8") },
  );
  const again = check(registriesFixed);
  assert.equal(again.status, 1, again.out);
  assert.deepEqual(
    again.lines.filter((line) => line.includes("with-link.md")),
    [
      `articles/with-link.md:8:1: image.src: /images/lead.jpg ${OUTSIDE_LINK}`,
      `articles/with-link.md:11:1: body: /images/lead.jpg ${OUTSIDE_LINK}`,
    ],
  );
});

test("the build stops on a link, the published site is left as it was, and no outside byte is in it", () => {
  const content = checkoutWith({
    "images/leak.jpg": join(outside, "folder", "passwd.jpg"),
    "articles/linked": join(outside, "folder"),
  });
  const site = join(mkdtempSync(join(tmpdir(), "site-")), "_site");
  mkdirSync(site);
  writeFileSync(join(site, "index.html"), "the live site");
  const result = build(content, { output: site });
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stderr, /Content has 2 problems in 2 files; nothing was published/);
  assert.match(result.stderr, /images\/leak\.jpg: file: is a symbolic link to a place outside the content folder/);
  assert.deepEqual(readdirSync(site), ["index.html"]);
  assert.equal(readFileSync(join(site, "index.html"), "utf8"), "the live site");
  assert.doesNotMatch(result.stdout + result.stderr, new RegExp(`${SECRET}|${outside}`));
});

// Logs ------------------------------------------------------------------------------------------

/** Workflow commands a runner obeys at the start of a line, in every shape content could carry them. */
const COMMANDS = ["::error file=README.md,line=1::forged", "::add-mask::ABC", "::stop-commands::tok"];
const payload = (n: number) => `عنوان\n${COMMANDS[n % 3]}\r\n  ${COMMANDS[(n + 1) % 3]}`;

/** A line a runner would take as a command: `::` after leading spaces, other than the check's own annotations. */
function forgedCommands(output: string): string[] {
  const ours = /^::(error|warning) file=[^\r\n:,]*(,line=\d+,col=\d+)?,title=[^:,\r\n]*::/;
  return output.split(/\r?\n|\r/).filter((line) => line.trimStart().startsWith("::") && !ours.test(line));
}

test("content cannot write a workflow command into the check's or the build's log", () => {
  const q = (n: number) => JSON.stringify(payload(n));
  const content = contentWith({
    // Held back (dated after the build's clock): its headline is printed by the check and the build.
    "articles/embargoed.md": `---
title: ${q(0)}
summary: ${q(1)}
date: 2099-01-01
section: news
author: huda
tags: [${q(2)}, ${q(3)}]
image:
  src: /images/logo.png
  alt: ${q(4)}
  caption: ${q(5)}
---
نص.
`,
    [`articles/${payload(6).replace(/\r/g, "")}.md`]: `---\ntitle: ${q(7)}\nsummary: ${q(8)}\ndate: 2026-03-12\nsection: ${q(9)}\nauthor: ${q(10)}\n${JSON.stringify(COMMANDS[0])}: 1\n---\nنص.\n`,
  });
  const runs = [
    spawnSync(process.execPath, ["--import", "tsx", "scripts/cli/check.ts", "--content", content], {
      encoding: "utf8",
    }),
    spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/cli/check.ts", "--content", content, "--format", "github"],
      {
        encoding: "utf8",
      },
    ),
  ];
  for (const run of runs) {
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.deepEqual(forgedCommands(run.stdout + run.stderr), []);
  }
  // The problems are still there, each on its own line, with the payload escaped in place.
  assert.match(runs[0]!.stderr, /section: "عنوان\\n::[a-z-]+[^\n]*\\r\\n {2}::[a-z-]+[^\n]*" is not a section\./);
  assert.match(runs[1]!.stderr, /^::error file=[^\n]*,title=section::"عنوان%0A::[a-z-]+/m);

  // Without the broken article the check passes and prints the held-back headline; the build too.
  rmSync(join(content, "articles", payload(6).replace(/\r/g, "") + ".md"));
  const check = spawnSync(process.execPath, ["--import", "tsx", "scripts/cli/check.ts", "--content", content], {
    encoding: "utf8",
  });
  assert.equal(check.status, 0, check.stdout + check.stderr);
  assert.match(
    check.stdout,
    /embargoed\.md: "عنوان\\n::error file=README\.md,line=1::forged\\r\\n {2}::add-mask::ABC" at 2099/,
  );
  const built = build(content);
  assert.equal(built.status, 0, built.stdout + built.stderr);
  assert.match(built.stdout, /Held back until their publication time/);
  for (const output of [check.stdout + check.stderr, built.stdout + built.stderr])
    assert.deepEqual(forgedCommands(output), []);
});

// Addresses in site.yaml -----------------------------------------------------------------------------

test("addresses in site.yaml must start with https://, and the message names the field", () => {
  const site = readFileSync(join("tests", "fixtures", "newsroom", "site.yaml"), "utf8");
  const content = contentWith({
    "site.yaml": site
      .replace("action: https://test.example/signup", "action: http://test.example/signup")
      .replace("url: https://test.example/", "url: http://test.example/"),
  });
  const result = check(content);
  assert.equal(result.status, 1);
  assert.deepEqual(result.lines, [
    "site.yaml: signup.action: must be a full address starting with https://, e.g. https://example.org/.",
    "site.yaml: url: must be a full address starting with https://, e.g. https://example.org/.",
    "",
    "2 errors and 0 warnings in 1 file.",
  ]);
});
