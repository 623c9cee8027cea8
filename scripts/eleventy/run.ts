/** Starts Eleventy with the site's configuration (.eleventy.ts) for the run a command made. */
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Server } from "node:http";
import { createServer, type AddressInfo, type Server as NetServer } from "node:net";
import { join } from "node:path";
import { configure } from "../../.eleventy.ts";
import { copyFolder } from "../files/repository.ts";
import { STATIC_DIR } from "./newsroom.ts";
import type { PreparedBuild, Session } from "../build/pipeline.ts";

/**
 * `npm run build`'s Eleventy: writes the site-wide pages of a prepared build into its output folder,
 * and copies the pictures and static files beside them, regular files only: a link in either folder
 * is never followed (the check has stopped the build over one already).
 */
export async function writeSitePages(build: PreparedBuild): Promise<void> {
  const eleventy = new Eleventy(undefined, build.outputDir, {
    configPath: false as unknown as string,
    quietMode: true,
    runMode: "build",
    config: (eleventyConfig: UserConfig) => configure(eleventyConfig, { build }),
  });
  await eleventy.write();
  const { contentDir } = build.options;
  copyFolder(contentDir, join(contentDir, "images"), join(build.outputDir, "images"));
  copyFolder(STATIC_DIR, STATIC_DIR, build.outputDir);
}

/**
 * `npm start`'s Eleventy: watches the content, runs the preview's stages on each save, and serves on
 * `port`, on this computer only (127.0.0.1 and ::1) unless `expose` asks for every interface.
 */
export async function servePreview(
  session: Session,
  outputDir: string,
  port: number,
  { expose = false }: { expose?: boolean } = {},
): Promise<{ stop(): Promise<void> }> {
  const eleventy = new Eleventy(undefined, outputDir, {
    configPath: false as unknown as string,
    quietMode: true,
    runMode: "serve",
    config: (eleventyConfig: UserConfig) => configure(eleventyConfig, { preview: session }),
  });
  await eleventy.init();
  await eleventy.watch();
  const loopback = expose ? undefined : await listenOnLoopback(eleventy);
  await eleventy.serve(port);
  return {
    stop: async () => {
      loopback?.close();
      await eleventy.stopWatch();
    },
  };
}

/** The parts of Eleventy's dev server (@11ty/eleventy-dev-server 2) that choose where it listens. */
interface DevServer {
  readonly server: Server;
  _serverListen(port: number): void;
}

/**
 * Makes Eleventy's dev server listen on 127.0.0.1, and on ::1 through a second socket that hands its
 * connections to the same server. The dev server has no host option (`setServerOptions` passes
 * none to `listen`, which then takes every interface), so its one listening call is replaced.
 */
async function listenOnLoopback(eleventy: Eleventy): Promise<NetServer> {
  const serve = (eleventy as unknown as { eleventyServe: { initServerInstance(): Promise<void>; server: DevServer } })
    .eleventyServe;
  await serve.initServerInstance();
  const dev = serve.server;
  const v6 = createServer((socket) => dev.server.emit("connection", socket));
  // A computer without IPv6 has no ::1: the preview is still on 127.0.0.1.
  v6.on("error", () => undefined);
  // On a port in use the dev server tries the next one through this same call.
  dev._serverListen = (port) => void dev.server.listen({ port, host: "127.0.0.1" });
  dev.server.once("listening", () => {
    const { port } = dev.server.address() as AddressInfo;
    v6.listen({ port, host: "::1", ipv6Only: true });
  });
  return v6;
}
