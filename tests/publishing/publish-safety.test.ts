/**
 * The published site is never missing or mixed (issue 23), against the real build in a temporary
 * folder: a build killed or failing after each step of the swap, a lock held by another build, an
 * output that cannot be moved. Each checks that `_site` is, byte for byte, the old or the new
 * complete site, and that the next build equals a build from an empty cache. Two builds started
 * together and a damaged cache: publish-safety-cache.test.ts.
 *
 * A fault of the swap or the locks is injected into the publishing step alone
 * (tests/support/publish-step.ts: the build's own locks, recovery and swap, with a copy of a built
 * site for the pages), and a real build then follows from what it left (support/publish-scenarios.ts).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync } from "node:fs";
import { basename, join } from "node:path";
import {
  assertTidy,
  assertWhole,
  built,
  NEW,
  ok,
  OLD,
  place,
  plainPlace,
  publish,
  publishHere,
  publishSync,
  run,
  runProcess,
  sleep,
  started,
  warmPlace,
  type Which,
} from "../support/publish-scenarios.ts";

test("the site is a link to a complete version, replaced in one step; the version replaced goes at the next build", async () => {
  const where = warmPlace();
  assert.ok(statSync(`${where.output}.versions`).isDirectory());
  assert.equal(assertWhole(where.output, "first build"), "old");
  const first = readlinkSync(where.output);
  ok(await run(NEW, where));
  assert.equal(assertWhole(where.output, "second build"), "new");
  assertTidy(where.output);
  const second = readlinkSync(where.output);
  // The version replaced is kept, whole, until the next build.
  assert.deepEqual(readdirSync(`${where.output}.versions`).sort(), [basename(first), basename(second)].sort());
  ok(await run(OLD, where));
  assert.equal(assertWhole(where.output, "third build"), "old");
  assert.deepEqual(
    readdirSync(`${where.output}.versions`).sort(),
    [basename(second), basename(readlinkSync(where.output))].sort(),
  );
});

test("publishing killed or failing after any step of the swap leaves the old or the new site, and the next build is clean", async () => {
  const where = warmPlace();
  let site: Which = "new";
  const other = (): Which => (site === "new" ? "old" : "new");
  for (const step of ["locked", "staged", "pruned", "versioned", "linked", "swapped"]) {
    const killed = publishSync(site, where, { NEWSROOM_TEST_FAULT: `kill:${step}` });
    assert.equal(killed.status, null, `killed after ${step}`);
    // Before the link is renamed the old site is published; from then on the new one.
    const expected: Which = step === "swapped" ? site : other();
    assert.equal(assertWhole(where.output, `killed after ${step}`), expected, step);
    // The next one, of the other site, starts from what the killed one left: the locks too.
    site = other();
    ok(await publishHere(site, where));
    assert.equal(assertWhole(where.output, `the publishing after a kill at ${step}`), site);
    assertTidy(where.output);
    site = other();
  }
  for (const step of ["staged", "pruned", "versioned", "linked"]) {
    const failed = await publishHere(site, where, `fail:${step}`);
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, new RegExp(`stopped after the step "${step}"`));
    assert.equal(assertWhole(where.output, `failed after ${step}`), other());
    assertTidy(where.output);
  }
  // A real build from what the faults left equals one from an empty cache.
  const killed = runProcess(NEW, where, { NEWSROOM_TEST_FAULT: "kill:versioned" });
  assert.equal(killed.status, null);
  ok(await run(NEW, where));
  assert.equal(assertWhole(where.output, "the build after the faults"), "new");
  assertTidy(where.output);
});

/** renameat2(RENAME_EXCHANGE) through Perl (scripts/build/site-folder.ts): Linux on the two CPUs it knows. */
const canExchange =
  process.platform === "linux" && ["x64", "arm64"].includes(process.arch) && spawnSync("perl", ["-v"]).status === 0;

test(
  "a site published as a plain folder becomes a link in one exchange: a kill at any step leaves a whole site",
  { skip: canExchange ? false : "needs Linux on x64 or arm64 with perl" },
  async () => {
    const steps = ["linked", "swapped", "moved-aside"];
    // Each step in a place of its own: the killed processes run at once, each waiting on its own kill.
    const places = steps.map(() => plainPlace());
    const kills = await Promise.all(
      steps.map(
        (step, i) =>
          started(publish("new", places[i]!, { NEWSROOM_TEST_FAULT: `kill:${step}` }), places[i]!.output).done,
      ),
    );
    for (const [i, step] of steps.entries()) {
      const where = places[i]!;
      assert.equal(kills[i]!.status, null, `killed after ${step}`);
      // Never a moment without `_site`: the link and the plain folder traded places in one step.
      assert.equal(assertWhole(where.output, `killed after ${step}`), step === "linked" ? "old" : "new", step);
      const next = ok(await publishHere("old", where));
      assert.doesNotMatch(next.stdout, /was missing/);
      assert.equal(assertWhole(where.output, `the publishing after a kill at ${step}`), "old");
      assertTidy(where.output);
    }
  },
);

test("without the exchange (no perl), a kill between the two renames is put right by the next build", async () => {
  const where = plainPlace();
  const noPerl = { PATH: "/nonexistent" };
  const failed = publishSync("new", where, { ...noPerl, NEWSROOM_TEST_FAULT: "fail:moved-aside" });
  assert.equal(failed.status, 1);
  assert.ok(statSync(where.output).isDirectory());
  assert.equal(assertWhole(where.output, "failed after moving the folder aside"), "old");

  const killed = publishSync("new", where, { ...noPerl, NEWSROOM_TEST_FAULT: "kill:moved-aside" });
  assert.equal(killed.status, null);
  // The one moment without a `_site`: the next build puts the old one back before anything else.
  assert.ok(!existsSync(where.output));
  const next = ok(await run(NEW, where));
  assert.match(next.stdout, /was missing after a stopped build; the last complete site was put back/);
  assert.equal(assertWhole(where.output, "after the kill"), "new");
  assertTidy(where.output);
});

test("without rm on the path, the replaced version is still removed by the next build, by Node's rm", () => {
  const where = warmPlace();
  const noRm = { PATH: "/nonexistent" };
  const first = readlinkSync(where.output);
  assert.equal(publishSync("new", where, noRm).status, 0);
  const second = readlinkSync(where.output);
  assert.equal(publishSync("old", where, noRm).status, 0);
  assert.equal(assertWhole(where.output, "after two builds without rm"), "old");
  assert.deepEqual(
    readdirSync(`${where.output}.versions`).sort(),
    [basename(second), basename(readlinkSync(where.output))].sort(),
    `${basename(first)} was removed`,
  );
});

test("--no-wait stops at once and names the build that holds the lock; a killed holder's lock is taken over", async () => {
  const where = warmPlace();
  // Holds both locks once its site is complete, until it is killed.
  const holder = started(publish("new", where, { NEWSROOM_TEST_FAULT: "pause:staged" }), where.output);
  while (!existsSync(join(where.cache, "lock.json"))) await sleep(50);
  const refused = await run(OLD, where, ["--no-wait"]);
  assert.equal(refused.status, 1, refused.stdout);
  assert.match(
    refused.stderr,
    new RegExp(
      `^Another build is writing the build cache .*: process ${holder.pid} on .*, which started at \\d{4}-`,
      "m",
    ),
  );
  assert.doesNotMatch(refused.stderr, /\n\s+at /);
  process.kill(holder.pid, "SIGKILL");
  assert.equal((await holder.done).status, null);
  assert.equal(assertWhole(where.output, "after the refused build and the killed one"), "old");
  // The killed holder's locks are taken over: its process is gone.
  const next = ok(await publishHere("new", where));
  assert.match(
    next.stdout,
    new RegExp(`Took over the lock on the build cache .* stopped before it finished: process ${holder.pid} `),
  );
  assert.equal(assertWhole(where.output, "after the lock was taken over"), "new");
  assertTidy(where.output);
});

const hasChattr = spawnSync("chattr", ["--help"]).error === undefined && process.getuid?.() === 0;

test(
  "an output that cannot be moved fails the build with a plain message and leaves the old site",
  {
    skip: hasChattr ? false : "needs chattr and root",
  },
  async () => {
    const where = plainPlace();
    cpSync(built.new.cache, where.cache, { recursive: true });
    assert.equal(spawnSync("chattr", ["+i", where.output]).status, 0);
    try {
      const failed = await run(NEW, where);
      assert.equal(failed.status, 1);
      assert.match(
        failed.stderr,
        new RegExp(`The build could not move ${where.output} to .*: the system refused it \\(EPERM\\)\\. Check that`),
      );
      assert.doesNotMatch(failed.stderr, /\n\s+at /);
      assert.equal(assertWhole(where.output, "after the refused move"), "old");
      assert.deepEqual(readdirSync(`${where.output}.versions`), []);
      assert.ok(!existsSync(`${where.output}.link`));
    } finally {
      spawnSync("chattr", ["-i", where.output]);
    }
    ok(await publishHere("new", where));
    assert.equal(assertWhole(where.output, "once it can be moved"), "new");
  },
);

test("an output under a loop of links fails the build with a plain message", async () => {
  const where = place();
  symlinkSync("loop", join(where.dir, "loop"));
  const output = join(where.dir, "loop", "_site");
  const failed = await run(OLD, { output, cache: where.cache });
  assert.equal(failed.status, 1);
  assert.match(
    failed.stderr,
    /^The build could not .*loop\S*: a symbolic link on the way to .*loop\S* points back at itself \(ELOOP\)\. Remove or correct the link/m,
  );
  assert.doesNotMatch(failed.stderr, /\n\s+at /);
  rmSync(join(where.dir, "loop"));
});
