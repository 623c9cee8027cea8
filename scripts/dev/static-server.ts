/** A small static file server for browser tests: serves a built site on 127.0.0.1. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { contentTypeOf } from "../files/content-types.ts";

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Reads a Netlify/Cloudflare `_headers` file: a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a rule's pattern matches a URL path: exact, or a prefix ending in the `*` splat. */
export function matches(pattern: string, pathname: string): boolean {
  return pattern.endsWith("*") ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}

/**
 * Serves `dir` as if it were published under `prefix` (e.g. "/almadar/").
 * With `headers`, it also sends what the site's `_headers` file asks for,
 * as Netlify and Cloudflare Pages would.
 */
export async function serve(
  dir: string,
  prefix = "/",
  { headers = false }: { headers?: boolean } = {},
): Promise<StaticServer> {
  const rules =
    headers && existsSync(join(dir, "_headers")) ? parseHeadersFile(readFileSync(join(dir, "_headers"), "utf8")) : [];
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    for (const rule of rules) {
      if (matches(rule.pattern, new URL(req.url ?? "/", "http://localhost").pathname))
        for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    if (!pathname.startsWith(prefix)) return void res.writeHead(404).end();
    let file = join(dir, normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ""));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const type = contentTypeOf(file) ?? "application/octet-stream";
      let body = await readFile(file);
      // Text is compressed, as every static host and CDN does; Lighthouse weighs the bytes on the wire.
      const compress =
        /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
        /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      if (compress) body = gzipSync(body);
      res
        .writeHead(200, {
          "content-type": type,
          vary: "accept-encoding",
          ...(compress ? { "content-encoding": "gzip" } : {}),
        })
        .end(body);
    } catch {
      res
        .writeHead(404, { "content-type": "text/html; charset=utf-8" })
        .end(await readFile(join(dir, "404.html")).catch(() => "not found"));
    }
  };
  const server: Server = createServer((req, res) => {
    // Only a malformed %-escape in the path gets here (decodeURIComponent throws): a bad request.
    answer(req, res).catch(() => res.writeHead(400).end());
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
