/**
 * The real preview (`npm start`) on a free port, with a build cache of its
 * own in a temporary folder (the preview writes only into its preview/). The server runs in its own process group and
 * is always stopped: by `stop()`, and by an exit hook if a test dies first.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export interface DevServer {
  url: string;
  /** The preview's own folder (its stylesheets, fonts and search script; pages are rendered on request). */
  output: string;
  /** Everything the server printed so far. */
  log(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  await new Promise((ok) => server.close(ok));
  return typeof address === "object" && address ? address.port : 0;
}

const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) kill(child);
});

function kill(child: ChildProcess): void {
  try {
    // Negative pid: the whole process group, so nothing Eleventy started outlives the test.
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

/**
 * `cwd`: the project folder to run in (a test runs one beside a published `_site/` of its own);
 * `flags`: more of `npm start`'s flags, such as --expose.
 */
export async function startDevServer(
  contentDir: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
  cwd = process.cwd(),
  flags: string[] = [],
): Promise<DevServer> {
  const port = await freePort();
  const cache = mkdtempSync(join(tmpdir(), "preview-cache-"));
  const output = join(cache, "preview");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/cli/start.ts", "--content", resolve(contentDir), `--port=${port}`, ...flags],
    {
      cwd,
      // tsx takes the JSX settings from this project's tsconfig wherever the preview runs.
      env: { ...process.env, NEWSROOM_CACHE: cache, TSX_TSCONFIG_PATH: resolve("tsconfig.json"), ...env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  running.add(child);
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const stop = async () => {
    running.delete(child);
    if (child.exitCode !== null) return;
    const exited = new Promise((ok) => child.once("exit", ok));
    kill(child);
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    // "Server at" is printed once the first build is written and the server listens.
    if (log.includes("Server at")) {
      const response = await fetch(`${url}/`).catch(() => undefined);
      if (response?.ok) return { url, output, log: () => log, stop };
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  await stop();
  throw new Error(`The preview server did not start:\n${log}`);
}
