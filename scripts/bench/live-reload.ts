/**
 * Benchmark for the preview's live reload, as an editor sees it: starts the
 * real dev server on a copy of a content folder, opens the newest article in
 * Chromium, edits its headline several times, and reports how long each edit
 * took to appear in the open page (live reload) and on the home page.
 *
 *   npm run bench:live-reload -- [--content content] [--edits 5]
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startDevServer } from "../../tests/support/dev-server.ts";
import { launchBrowser } from "../../tests/support/browser.ts";

const { values } = parseArgs({ options: { content: { type: "string", default: "content" }, edits: { type: "string", default: "5" } } });
const dir = join(mkdtempSync(join(tmpdir(), "live-reload-")), "content");
cpSync(values.content, dir, { recursive: true });
const articles = readdirSync(join(dir, "articles"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).sort();
const file = join(dir, "articles", articles.at(-1)!);
const slug = /^slug:\s*(\S+)/m.exec(readFileSync(file, "utf8"))?.[1] ?? articles.at(-1)!.replace(/^.*\//, "").replace(/\.md$/, "");

const server = await startDevServer(dir);
const browser = await launchBrowser();
const inPage: number[] = [];
const onHome: number[] = [];
try {
  const page = await browser.newPage();
  const connected = page.waitForEvent("console", { predicate: (m) => m.text().includes("Connected"), timeout: 15_000 });
  await page.goto(`${server.url}/articles/${slug}/`);
  await connected;
  for (let i = 1; i <= Number(values.edits); i++) {
    await new Promise((ok) => setTimeout(ok, 1000));
    const marker = `تعديل رقم ${i} للقياس`;
    const saved = performance.now();
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title:\s*"?/m, (m) => `${m}${marker} `));
    await page.waitForFunction(`document.querySelector("h1")?.textContent.includes(${JSON.stringify(marker)})`, undefined, { timeout: 30_000, polling: 10 });
    inPage.push(performance.now() - saved);
    while (!(await (await fetch(`${server.url}/`)).text()).includes(marker)) await new Promise((ok) => setTimeout(ok, 10));
    onHome.push(performance.now() - saved);
    console.log(`edit ${i}: in the open page after ${Math.round(inPage.at(-1)!)} ms, on the home page after ${Math.round(onHome.at(-1)!)} ms`);
  }
} finally {
  await browser.close();
  await server.stop();
}
const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
console.log(`median over ${inPage.length} edits of ${articles.at(-1)}: ${median(inPage)} ms in the open page, ${median(onHome)} ms on the home page`);
