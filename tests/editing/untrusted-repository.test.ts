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
import { contentWith } from "../support/fixture.ts";
import { checkInProcess } from "../support/check.ts";
import { build as buildProcess, buildInProcess as build } from "../support/build.ts";
import { program } from "../support/program.ts";

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
  const run = checkInProcess(contentDir, ["--lang", "en"]);
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

test("a lead image, a body picture and a registry that are links stop the check before anything is read", () => {
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
  // Nothing is read while a link is there: the links are the whole report.
  assert.deepEqual(result.lines, [
    `images/lead.jpg: file: ${OUTSIDE_LINK}`,
    `sections.yaml: file: ${OUTSIDE_LINK}`,
    "",
    "2 errors and 0 warnings in 2 files.",
  ]);
  assert.doesNotMatch(result.out, new RegExp(`${SECRET}|${outside}`));
});

test("the build stops on a link, the published site is left as it was, and no outside byte is in it", async () => {
  const content = checkoutWith({
    "images/leak.jpg": join(outside, "folder", "passwd.jpg"),
    "articles/linked": join(outside, "folder"),
  });
  const site = join(mkdtempSync(join(tmpdir(), "site-")), "_site");
  mkdirSync(site);
  writeFileSync(join(site, "index.html"), "the live site");
  const result = await build(content, { output: site });
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

const CHECK = program("scripts/cli/check.ts");

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
  // The first as npm runs it, through tsx; the others compiled once (support/program.ts), which
  // starts them in a third of the CPU: the same code, and the whole log of a process all the same.
  const runs = [
    spawnSync(process.execPath, ["--import", "tsx", "scripts/cli/check.ts", "--content", content, "--lang", "en"], {
      encoding: "utf8",
    }),
    spawnSync(process.execPath, [...CHECK, "--content", content, "--format", "github", "--lang", "en"], {
      encoding: "utf8",
    }),
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
  const check = spawnSync(process.execPath, [...CHECK, "--content", content, "--lang", "en"], { encoding: "utf8" });
  assert.equal(check.status, 0, check.stdout + check.stderr);
  assert.match(
    check.stdout,
    /embargoed\.md: "عنوان\\n::error file=README\.md,line=1::forged\\r\\n {2}::add-mask::ABC" at 2099/,
  );
  // The build's own process: its whole log, whatever any library might print into it.
  const built = buildProcess(content);
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

// Names ------------------------------------------------------------------------------------------

const article = (title: string, tags: string[], more = "") =>
  `---\ntitle: ${title}\nsummary: ملخص.\ndate: 2026-03-12\nsection: news\nauthor: huda\n${tags.length ? `tags:\n${tags.map((t) => `  - ${JSON.stringify(t)}\n`).join("")}` : ""}${more}---\nنص.\n`;

test("look-alike spellings of a tag are one page in the common spelling; the check says where and how to fix", async () => {
  const content = contentWith({
    "articles/a1.md": article("الأول", ["كتاب", "البيئة"]),
    "articles/a2.md": article("الثاني", ["كتاب"]),
    "articles/a3.md": article("الثالث", ["کتاب", "البي\u200Dئة"]),
    "articles/a4.md": article("الرابع", ["λόγος"]),
    "articles/a5.md": article("الخامس", ["λόγοσ"]),
    "articles/a6.md": article("السادس", ["λόγος"]),
  });
  const result = checkInProcess(content, ["--lang", "en"]);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  const rel = relative(process.cwd(), content);
  const lines = result.stdout.replaceAll(`${rel}/`, "").split("\n");
  assert.deepEqual(
    lines.filter((line) => line.includes("another spelling")),
    [
      'articles/a3.md:8:1: tags: "کتاب" is another spelling of the tag "كتاب" (it has U+06A9 where that has U+0643): the two look alike and are one tag, shown as "كتاب". Write "كتاب" here.',
      'articles/a3.md:9:1: tags: "البي\u200Dئة" is another spelling of the tag "البيئة" (it has U+200D): the two look alike and are one tag, shown as "البيئة". Write "البيئة" here.',
      'articles/a5.md:8:1: tags: "λόγοσ" is another spelling of the tag "λόγος" (it has U+03C3 where that has U+03C2): the two look alike and are one tag, shown as "λόγος". Write "λόγος" here.',
    ],
  );

  const built = await build(content);
  assert.equal(built.status, 0, built.stderr);
  const tags = readdirSync(join(built.output, "tags")).sort();
  assert.ok(tags.includes("كتاب") && !tags.includes("کتاب"), tags.join(" "));
  assert.ok(!tags.some((t) => t.includes("\u200D")), tags.join(" "));
  assert.equal(tags.filter((t) => t.startsWith("λόγο")).length, 1, tags.join(" "));
  const page = readFileSync(join(built.output, "tags", "كتاب", "index.html"), "utf8");
  assert.match(page, /<h1[^>]*>[^<]*كتاب/);
  // Three articles on one tag page (two per page in the fixture's settings).
  assert.match(page, /<p class="listing-count">3 مقالات<\/p>/);
});

test("names Windows refuses and names too long for a file system are check errors", () => {
  const content = contentWith({
    "articles/aux.md": article("ملف محجوز", []),
    "articles/reserved-tags.md": article("وسوم محجوزة", ["CON", "nul", "Com1"]),
    "articles/long-tag.md": article("وسم طويل", ["ب".repeat(130)]),
    "articles/long-slug.md": article("اسم طويل", [], `slug: ${"a".repeat(300)}\n`),
    "images/bad:name.jpg": "x",
    "images/Photo.jpg": "x",
    "images/photo.jpg": "x",
    "images/صورة-کتاب.png": "x",
    "images/صورة-كتاب.png": "x",
  });
  const result = check(content);
  assert.equal(result.status, 1, result.out);
  const errors = result.lines.filter((line) => /reserves|bytes long|same name|does not allow/.test(line));
  assert.deepEqual(
    errors.map((line) => line.replace(/"ب+"/g, '"ب…"').replace(/"a{300}"/, '"a…"')),
    [
      "articles/aux.md: file: is a name Windows reserves for a device (AUX), so an editor on Windows cannot check it out. Choose another name.",
      'articles/aux.md:7:1: slug: "aux", this article\'s folder in the site, is a name Windows reserves for a device (AUX), so an editor on Windows cannot check it out. Choose another name. Add `slug:` with another name, or rename the file.',
      'articles/long-slug.md:7:1: slug: "a…", this article\'s folder in the site, is 300 bytes long in UTF-8; file systems allow 255 (about 120 Arabic letters). Make it shorter.',
      'articles/long-tag.md:7:1: tags: "ب…" would have its page in the folder "ب…", which is 260 bytes long in UTF-8; file systems allow 255 (about 120 Arabic letters). Make it shorter.',
      'articles/reserved-tags.md:7:1: tags: "CON" would have its page in the folder "con", which is a name Windows reserves for a device (CON), so an editor on Windows cannot check it out. Choose another name.',
      'articles/reserved-tags.md:7:1: tags: "nul" would have its page in the folder "nul", which is a name Windows reserves for a device (NUL), so an editor on Windows cannot check it out. Choose another name.',
      'articles/reserved-tags.md:7:1: tags: "Com1" would have its page in the folder "com1", which is a name Windows reserves for a device (COM1), so an editor on Windows cannot check it out. Choose another name.',
      "images/bad:name.jpg: file: contains a character Windows does not allow in a name (:), so an editor on Windows cannot check it out. Choose another name.",
      "images/photo.jpg: file: has the same name as images/Photo.jpg on a computer that ignores letter case (macOS, Windows), or differs from it only in characters that look alike. Rename one of the two.",
      "images/صورة-کتاب.png: file: has the same name as images/صورة-كتاب.png on a computer that ignores letter case (macOS, Windows), or differs from it only in characters that look alike. Rename one of the two.",
    ],
  );
});

test("a direction control left open in a one-line field is a warning, and closed in the site", () => {
  const content = contentWith({
    "articles/rlo.md": article(
      "عنوان مقلوب\u202E",
      ["وسم\u2067"],
      'image:\n  src: /images/logo.png\n  alt: "صورة\u202B"\n',
    ),
    "authors.yaml": readFileSync(join("tests", "fixtures", "newsroom", "authors.yaml"), "utf8").replace(
      "name: هدى سالم",
      'name: "هدى سالم\u202E"',
    ),
  });
  const result = checkInProcess(content, ["--lang", "en"]);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  const rel = relative(process.cwd(), content);
  const open =
    "leaves a direction control open (an embedding, override or isolate, U+202A-U+202E or U+2066-U+2068), which would reverse the text after it; it was closed at the end of the field. Delete the control, or close it where it should end.";
  assert.deepEqual(
    result.stdout
      .replaceAll(`${rel}/`, "")
      .split("\n")
      .filter((line) => line.includes("direction control")),
    [
      `articles/rlo.md:2:1: title: ${open}`,
      `articles/rlo.md:7:1: tags: ${open}`,
      `articles/rlo.md:11:1: image.alt: ${open}`,
      `authors.yaml: authors[1].name: ${open}`,
    ],
  );
});
