/**
 * Pings after a deploy: real builds of the fixture newsroom with `websub` and `indexNow` in
 * site.yaml, deployed with `npm run deploy` to s3rver on loopback, while two local HTTP receivers
 * stand in for the WebSub hub and IndexNow and record what they were sent.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { buildInProcess as build } from "../support/build.ts";
import { contentWith, FIXTURE } from "../support/fixture.ts";
import { program } from "../support/program.ts";
import { startS3Server } from "../../scripts/dev/s3-server.ts";

interface Received {
  path: string;
  type: string | undefined;
  body: string;
}

/** An HTTP receiver on loopback that records each request and answers with `status`. */
async function receiver(): Promise<{ url: string; received: Received[]; status: number; server: Server }> {
  const state = { url: "", received: [] as Received[], status: 202, server: createServer() };
  state.server.on("request", (req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString()));
    req.on("end", () => {
      state.received.push({ path: req.url ?? "", type: req.headers["content-type"], body });
      res.writeHead(state.status).end();
    });
  });
  await new Promise<void>((resolve) => state.server.listen(0, "127.0.0.1", resolve));
  const address = state.server.address();
  state.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  return state;
}

const hub = await receiver();
const indexNow = await receiver();
const s3 = await startS3Server();
after(async () => {
  hub.server.close();
  indexNow.server.close();
  await s3.close();
});

const KEY = "3f1c9a0b7d2e4f60";
const NOW = { NEWSROOM_NOW: "2026-03-20T12:00:00+03:00" };
const siteYaml = readFileSync(join(FIXTURE, "site.yaml"), "utf8");
const pinging = `${siteYaml}\nwebsub:\n  hub: ${hub.url}hub\nindexNow:\n  key: ${KEY}\n  endpoint: ${indexNow.url}indexnow\n`;
const league = readFileSync(join(FIXTURE, "articles/league-final.md"), "utf8");
const firstContent = contentWith({ "site.yaml": pinging });
const editedContent = contentWith({
  "site.yaml": pinging,
  "articles/league-final.md": league.replace(/\n---\n[^]*$/, "\n---\nتصحيح: أقيمت المباراة مساءً.\n"),
});

async function built(content: string): Promise<string> {
  const result = await build(content, { env: NOW });
  assert.equal(result.status, 0, result.stderr);
  return result.output;
}
const first = await built(firstContent);
const edited = await built(editedContent);

/** `npm run deploy` as npm runs it, through tsx. */
const AS_NPM = ["--import", "tsx", "scripts/cli/deploy.ts"];
/** The same command compiled once (support/program.ts): each later deploy starts in a third of the CPU. */
const COMPILED = program("scripts/cli/deploy.ts");

function deploy(
  site: string,
  content: string,
  prefix: string,
  command = COMPILED,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...command, "--site", site, "--content", content, "--prefix", prefix], {
    env: { ...process.env, ...s3.env, SITE_URL: "", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

const received = () => {
  const all = { hub: [...hub.received], indexNow: [...indexNow.received] };
  hub.received.length = 0;
  indexNow.received.length = 0;
  return all;
};
const feedsPinged = (requests: Received[]) =>
  requests.map((r) => {
    assert.equal(r.path, "/hub");
    assert.equal(r.type, "application/x-www-form-urlencoded");
    const form = new URLSearchParams(r.body);
    assert.equal(form.get("hub.mode"), "publish");
    return form.get("hub.url");
  });

test("the feeds name the hub, and the build publishes the IndexNow key file", () => {
  assert.match(readFileSync(join(first, "feed.xml"), "utf8"), new RegExp(`<link href="${hub.url}hub" rel="hub">`));
  assert.match(readFileSync(join(first, "sections/sport/feed.xml"), "utf8"), /rel="hub"/);
  const json = JSON.parse(readFileSync(join(first, "feed.json"), "utf8")) as { hubs?: unknown };
  assert.deepEqual(json.hubs, [{ type: "WebSub", url: `${hub.url}hub` }]);
  assert.equal(readFileSync(join(first, `${KEY}.txt`), "utf8"), `${KEY}\n`);
});

test("a first deploy tells the hub of every feed and IndexNow of every page", async () => {
  const run = await deploy(first, firstContent, "pinged/", AS_NPM);
  assert.equal(run.status, 0, run.stderr);
  const sent = received();
  const feeds = readdirSync(first, { recursive: true })
    .map(String)
    .filter((p) => /(^|\/)feed\.(xml|json)$/.test(p))
    .map((p) => `https://test.example/${p}`);
  assert.ok(feeds.length >= 4, feeds.join(", "));
  assert.deepEqual(feedsPinged(sent.hub).toSorted(), feeds.toSorted());
  assert.equal(sent.indexNow.length, 1);
  assert.equal(sent.indexNow[0]!.path, "/indexnow");
  assert.equal(sent.indexNow[0]!.type, "application/json; charset=utf-8");
  const body = JSON.parse(sent.indexNow[0]!.body) as {
    host: string;
    key: string;
    keyLocation: string;
    urlList: string[];
  };
  assert.equal(body.host, "test.example");
  assert.equal(body.key, KEY);
  assert.equal(body.keyLocation, `https://test.example/${KEY}.txt`);
  assert.ok(body.urlList.includes("https://test.example/"));
  assert.ok(body.urlList.includes("https://test.example/articles/league-final/"));
  assert.ok(body.urlList.includes(`https://test.example/tags/${encodeURIComponent("البيئة")}/`));
  assert.ok(!body.urlList.some((u) => /\/(lite|search)\/|404\.html/.test(u)), "no lite copy, search page or 404");
  assert.match(run.stdout, /Told the WebSub hub .* of \d+ changed feeds\./);
  assert.match(run.stdout, new RegExp(`Sent ${body.urlList.length} new, changed or deleted pages to IndexNow\\.`));
});

test("an edit pings only the feeds and pages it changed; a deploy with nothing new pings nothing", async () => {
  const run = await deploy(edited, editedContent, "pinged/");
  assert.equal(run.status, 0, run.stderr);
  const sent = received();
  assert.deepEqual(feedsPinged(sent.hub).toSorted(), [
    "https://test.example/feed.json",
    "https://test.example/feed.xml",
    "https://test.example/sections/sport/feed.json",
    "https://test.example/sections/sport/feed.xml",
  ]);
  assert.deepEqual((JSON.parse(sent.indexNow[0]!.body) as { urlList: string[] }).urlList, [
    "https://test.example/articles/league-final/",
  ]);

  const again = await deploy(edited, editedContent, "pinged/");
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(received(), { hub: [], indexNow: [] });
});

test("without websub and indexNow in site.yaml nothing is pinged", async () => {
  const plain = contentWith();
  const run = await deploy(await built(plain), plain, "plain/");
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(received(), { hub: [], indexNow: [] });
  assert.doesNotMatch(run.stdout, /WebSub|IndexNow/);
});

test("a hub that fails and an IndexNow that is down never fail the deploy; the output says so", async () => {
  hub.status = 500;
  const down = contentWith({ "site.yaml": pinging.replace(`${indexNow.url}indexnow`, "http://127.0.0.1:9/indexnow") });
  const run = await deploy(await built(down), down, "failing/");
  hub.status = 202;
  assert.equal(run.status, 0, run.stderr);
  assert.ok(received().hub.length > 0, "the hub was asked");
  assert.match(
    run.stdout,
    /Warning: the WebSub hub http:\/\/127\.0\.0\.1:\d+\/hub was not told of \d+ of \d+ changed feeds: https:\/\/test\.example\/feed\.json \(500 Internal Server Error\)/,
  );
  assert.match(
    run.stdout,
    /Warning: IndexNow \(http:\/\/127\.0\.0\.1:9\/indexnow\) did not take \d+ of \d+ changed pages: .+\. Search engines find them when they next crawl\./,
  );
  assert.match(run.stdout, /Deployed: \d+ files uploaded/);
});
