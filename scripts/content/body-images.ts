/**
 * Pictures inside an article body (`![description](/images/x.jpg "caption | credit")`)
 * must be files under content/images/: a picture from another site would
 * make every reader's browser contact that site, and the build encodes each
 * one. A missing description is a typography warning (lint/images.ts), not an error.
 */
import { join } from "node:path";
import { inspect, isRegularFile } from "../files/repository.ts";
import MarkdownIt from "markdown-it";
import { IMAGE_SRC } from "./schema.ts";
import type { SourceFile } from "./read-source.ts";
import type { Problem } from "./problems.ts";

const parser = new MarkdownIt({ html: false });

export function checkBodyImages(
  source: SourceFile,
  contentDir: string,
  exists: (path: string) => boolean = (path) => isRegularFile(contentDir, path),
): Problem[] {
  // Most bodies have no picture; only those that might are parsed.
  if (!source.body.includes("![")) return [];
  const problems: Problem[] = [];
  for (const block of parser.parse(source.body, {})) {
    for (const image of (block.children ?? []).filter((c) => c.type === "image")) {
      const src = String(image.attrGet("src") ?? "");
      const offset = block.content.split("\n").findIndex((line) => line.includes(src) || line.includes("!["));
      const line = source.bodyLine + (block.map?.[0] ?? 0) + Math.max(offset, 0);
      const report = (message: string) => problems.push({ file: source.file, line, column: 1, field: "body", message });
      if (!IMAGE_SRC.test(src) || src.includes("..")) {
        report(`the picture "${src}" is not a file under /images/. Put it in content/images/ and write its path like /images/photo.jpg (Latin letters, digits and hyphens; .jpg, .png, .webp, .avif, .gif or .svg).`);
      } else if (!exists(join(contentDir, src))) {
        report(missingPicture(contentDir, src));
      }
    }
  }
  return problems;
}

/** Why a picture path is not a picture: not there, or not a file the build reads (a link, for instance). */
export function missingPicture(contentDir: string, src: string): string {
  const file = join(contentDir, src);
  const entry = inspect(contentDir, file);
  return entry.kind === "refused"
    ? `${src} ${entry.reason}`
    : `${src} does not exist. Put the picture at ${file} or correct the path.`;
}
