/**
 * `npm run check` as an editor and as GitHub Actions run it: the real
 * command in a child process, its output and its exit code.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import yaml from "js-yaml";
import { articleFile, contentWith, VALID } from "../support/fixture.ts";
import { checkInProcess } from "../support/check.ts";

function check(contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  const run = checkInProcess(contentDir, args, { NEWSROOM_LANG: "en", ...env });
  const rel = relative(process.cwd(), contentDir);
  const tidy = (text: string) => text.replaceAll(`${rel}/`, "").trimEnd().split("\n");
  return { status: run.status, stdout: tidy(run.stdout), stderr: tidy(run.stderr) };
}

const broken = contentWith({
  "articles/typo.md": articleFile(VALID.replace("section: news", "section: nwes"), "قال الوزير, إن الخطة جاهزة.\n"),
  "articles/x,y.md": articleFile(VALID),
});
const onlyWarnings = contentWith({ "articles/comma.md": articleFile(VALID, "قال الوزير, إن الخطة جاهزة.\n") });

test("the sample site passes, and the check says so in the site's language, Arabic", () => {
  const result = check("content", [], { NEWSROOM_LANG: "" });
  assert.equal(result.status, 0, result.stderr.join("\n"));
  assert.match(result.stdout.at(-1)!, /^فُحص \u2068\d+\u2069 مقالًا: لا مشكلات\.$/);
});

test("an editor's mistake is told in Arabic by default, the field and the value as typed", () => {
  const result = check(broken, [], { NEWSROOM_LANG: "" });
  assert.equal(result.status, 1);
  assert.deepEqual(result.stderr, [
    'articles/typo.md:5:1: section: \u2068"nwes"\u2069 ليس قسمًا. هل تقصد \u2068"news"\u2069؟ الأقسام: \u2068news, sport\u2069 (انظر \u2068content/sections.yaml\u2069).',
    'articles/x,y.md:7:1: slug: اسم الملف \u2068"x,y"\u2069 لا يصلح في عنوان صفحة. أضف \u2068`slug: x-y`\u2069 (حروف لاتينية صغيرة وأرقام وشرطات مفردة) أو غيّر اسم الملف.',
    "",
    "تنبيهات طباعية (الموقع يُبنى رغمها؛ أصلحها حين تستطيع):",
    "articles/typo.md:8:11: body: الفاصلة اللاتينية (\u2068,\u2069) بعد «الوزير» في نص عربي. استعمل الفاصلة العربية (،) بدلًا منها.",
    "",
    "خطآن وتنبيه واحد في ملفين.",
  ]);
});

test("errors and warnings are listed as path:line:column: field: message, and errors exit with 1", () => {
  const result = check(broken);
  assert.equal(result.status, 1);
  assert.deepEqual(result.stderr, [
    'articles/typo.md:5:1: section: "nwes" is not a section. Did you mean "news"? Valid sections: news, sport (see content/sections.yaml).',
    'articles/x,y.md:7:1: slug: the file name "x,y" cannot be used in a URL. Add `slug: x-y` (lowercase Latin letters, digits and single hyphens) or rename the file.',
    "",
    "Typography warnings (the site still builds; fix them when you can):",
    'articles/typo.md:8:11: body: Latin comma (,) after "الوزير" in Arabic text. Use the Arabic comma (،) instead.',
    "",
    "2 errors and 1 warning in 2 files.",
  ]);
});

test("--format github prints annotations GitHub puts on the changed lines", () => {
  const result = check(broken, ["--format", "github"]);
  assert.equal(result.status, 1);
  assert.deepEqual(result.stderr, [
    '::error file=articles/typo.md,line=5,col=1,title=section::"nwes" is not a section. Did you mean "news"? Valid sections: news, sport (see content/sections.yaml).',
    '::error file=articles/x%2Cy.md,line=7,col=1,title=slug::the file name "x,y" cannot be used in a URL. Add `slug: x-y` (lowercase Latin letters, digits and single hyphens) or rename the file.',
    '::warning file=articles/typo.md,line=8,col=11,title=body::Latin comma (,) after "الوزير" in Arabic text. Use the Arabic comma (،) instead.',
    "2 errors and 1 warning in 2 files.",
  ]);
});

test("warnings alone do not fail the check", () => {
  const result = check(onlyWarnings);
  assert.equal(result.status, 0);
  assert.deepEqual(result.stdout, [
    "Typography warnings (the site still builds; fix them when you can):",
    'articles/comma.md:8:11: body: Latin comma (,) after "الوزير" in Arabic text. Use the Arabic comma (،) instead.',
    "",
    "No errors; 1 warning in 1 file.",
  ]);
});

test("--strict turns warnings into errors", () => {
  const text = check(onlyWarnings, ["--strict"]);
  assert.equal(text.status, 1);
  assert.deepEqual(text.stderr, [
    'articles/comma.md:8:11: body: Latin comma (,) after "الوزير" in Arabic text. Use the Arabic comma (،) instead.',
    "",
    "1 error and 0 warnings in 1 file.",
  ]);
  const github = check(onlyWarnings, ["--strict", "--format", "github"]);
  assert.equal(github.status, 1);
  assert.equal(
    github.stderr[0],
    '::error file=articles/comma.md,line=8,col=11,title=body::Latin comma (,) after "الوزير" in Arabic text. Use the Arabic comma (،) instead.',
  );
});

test("embargoed articles are listed with their time", () => {
  const content = contentWith({
    "articles/tomorrow.md": articleFile(VALID.replace("2026-03-12", "2026-03-13T08:00:00+03:00")),
  });
  const result = check(content, [], { NEWSROOM_NOW: "2026-03-12T12:00:00+03:00" });
  assert.equal(result.status, 0);
  assert.deepEqual(result.stdout, [
    "Held back until their publication time (embargo), 1 article:",
    '  articles/tomorrow.md: "خبر للاختبار" at 2026-03-13T08:00:00+03:00',
    "",
    "6 articles checked: no problems.",
  ]);
});

test("an unknown --format is refused", () => {
  const result = check("content", ["--format", "json"]);
  assert.equal(result.status, 2);
  assert.deepEqual(result.stderr, ['--format must be text or github, not "json".']);
});

test("a problem with no line, such as the encoding, is annotated on the file", () => {
  const content = contentWith({
    "articles/cp1256.md": new Uint8Array([
      0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xce, 0xc8, 0xd1, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a,
    ]),
  });
  const result = check(content, ["--format", "github"]);
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr[0],
    '::error file=articles/cp1256.md,title=encoding::The file is not valid UTF-8 text. Save it as UTF-8 in your editor ("Save with encoding" → UTF-8) and commit it again.',
  );
});

test("the GitHub workflow runs the check as annotations and rebuilds on a schedule for embargoes", () => {
  const workflow = yaml.load(readFileSync(".github/workflows/site.yml", "utf8")) as {
    on: { schedule?: { cron: string }[] };
    jobs: { build: { steps: { id?: string; run?: string; if?: string; with?: Record<string, unknown> }[] } };
  };
  // Off the busy minutes of the hour, when GitHub delays or drops scheduled runs (docs/operations.md).
  assert.deepEqual(workflow.on.schedule, [{ cron: "7,22,37,52 * * * *" }]);
  const steps = workflow.jobs.build.steps;
  const check = steps.find((s) => s.run === "npm run check -- --format github");
  assert.ok(check && !check.if, "the check runs on every event, scheduled ones included");
  assert.equal(
    steps.find((s) => s.run?.includes("npm test"))?.if,
    "steps.changes.outputs.code == 'true'",
    "tests run only when code changed",
  );
  // Pushes and pull requests fetch the full history, so the check can name deleted articles;
  // scheduled and dispatched rebuilds only build, and fetch the last commit.
  assert.equal(
    steps.find((s) => s.with && "fetch-depth" in s.with)?.with?.["fetch-depth"],
    "${{ (github.event_name == 'schedule' || github.event_name == 'workflow_dispatch') && 1 || 0 }}",
  );

  // The step that decides, run for real on a throwaway repository: an editor's push touching only content/
  // skips the test suite; any other file, a scheduled rebuild or an unknown base decide the other way.
  const decide = steps.find((s) => s.id === "changes")!.run!;
  const repo = mkdtempSync(join(tmpdir(), "workflow-"));
  const git = (...args: string[]) => execFileSync("git", ["-C", repo, ...args], { encoding: "utf8" }).trim();
  git("init", "-q");
  git("config", "user.email", "ci@example.org");
  git("config", "user.name", "CI");
  const commit = (file: string) => {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    writeFileSync(join(repo, file), `${file}\n`);
    git("add", ".");
    git("commit", "-qm", file);
    return git("rev-parse", "HEAD");
  };
  const first = commit("content/articles/a.md");
  const contentOnly = commit("content/articles/b.md");
  const code = commit("templates/x.tsx");
  const run = (event: string, before: string, sha: string) => {
    const output = join(repo, "output.txt");
    writeFileSync(output, "");
    const script = decide
      .replaceAll("${{ github.event.pull_request.base.sha || github.event.before }}", before)
      .replaceAll("${{ github.event_name }}", event)
      .replaceAll("${{ github.sha }}", sha);
    execFileSync("bash", ["-e", "-c", script], { cwd: repo, env: { ...process.env, GITHUB_OUTPUT: output } });
    return readFileSync(output, "utf8").trim();
  };
  assert.equal(run("push", first, contentOnly), "code=false", "an article only");
  assert.equal(run("push", contentOnly, code), "code=true", "a template");
  assert.equal(run("push", first, code), "code=true", "an article and a template");
  assert.equal(
    run("push", "0000000000000000000000000000000000000000", contentOnly),
    "code=true",
    "a new branch: no base to compare",
  );
  assert.equal(run("schedule", "", code), "code=false", "a scheduled rebuild");
});
