/**
 * A real S3-compatible server on loopback for the deploy's tests and benchmark: s3rver, which checks every
 * request's SigV4 signature and stores objects on disk. Its bucket is also served as a website
 * (index.html for folders), the way a reader reaches it through a CDN.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { IncomingMessage, Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "@20minutes/s3rver";

const WEBSITE = `<WebsiteConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <IndexDocument><Suffix>index.html</Suffix></IndexDocument>
  <ErrorDocument><Key>404.html</Key></ErrorDocument>
</WebsiteConfiguration>`;

export interface S3Server {
  /** The API endpoint, for NEWSROOM_DEPLOY_ENDPOINT. */
  endpoint: string;
  bucket: string;
  /** What the deploy needs besides the site: the bucket, the endpoint and s3rver's fixed credentials. */
  env: Record<string, string>;
  /** The URL a reader fetches a site path from (`/articles/x/`), through the bucket's website. */
  readerUrl(path: string): string;
  /** Each request the server has received, as `METHOD key` (the key decoded). */
  requests: string[];
  /** Called on every request as it arrives, before the server handles it. */
  onRequest?: (method: string, key: string) => void;
  close(): Promise<void>;
}

export async function startS3Server(bucket = "site"): Promise<S3Server> {
  const directory = mkdtempSync(join(tmpdir(), "s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [WEBSITE] }],
  });
  const address = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${address.port}`;
  const s3: S3Server = {
    endpoint,
    bucket,
    env: {
      NEWSROOM_DEPLOY_BUCKET: bucket,
      NEWSROOM_DEPLOY_ENDPOINT: endpoint,
      AWS_ACCESS_KEY_ID: "S3RVER",
      AWS_SECRET_ACCESS_KEY: "S3RVER",
      AWS_REGION: "us-east-1",
    },
    readerUrl: (path) => `${endpoint}/${bucket}${encodeURI(path)}`,
    requests: [],
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
  (server as unknown as { httpServer: Server }).httpServer.prependListener("request", (req: IncomingMessage) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", endpoint).pathname);
    const key = path.slice(bucket.length + 2);
    s3.requests.push(`${req.method} ${key}`);
    s3.onRequest?.(req.method ?? "", key);
  });
  return s3;
}
