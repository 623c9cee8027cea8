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
import { picturePath } from "../text/picture-path.ts";
import type { SourceFile } from "./read-source.ts";
import type { Problem } from "./problems.ts";
import { MESSAGES as M, type Speak, type Texts } from "./messages/index.ts";

const parser = new MarkdownIt({ html: false });

export function checkBodyImages(
  source: SourceFile,
  contentDir: string,
  say: Speak,
  exists: (path: string) => boolean = (path) => isRegularFile(contentDir, path),
): Problem[] {
  // Most bodies have no picture; only those that might are parsed.
  if (!source.body.includes("![")) return [];
  const problems: Problem[] = [];
  for (const block of parser.parse(source.body, {})) {
    const lines = block.content.split("\n");
    const lineOf = (find: (line: string) => boolean) => source.bodyLine + (block.map?.[0] ?? 0) + Math.max(lines.findIndex(find), 0);
    for (const child of block.children ?? []) {
      if (child.type === "text" && child.content.includes("![")) {
        // A picture markdown-it did not read (a space in the path, a space before the parenthesis) would be printed as written.
        const attempt = failedPicture(child.content);
        if (attempt !== undefined) {
          const line = lineOf((l) => l.includes("![") && l.includes(attempt.written));
          problems.push({ file: source.file, line, column: 1, field: "body", message: say(attempt.message) });
        }
        continue;
      }
      if (child.type !== "image") continue;
      const src = picturePath(String(child.attrGet("src") ?? ""));
      const line = lineOf((l) => l.includes(src) || l.includes("!["));
      const report = (message: string) => problems.push({ file: source.file, line, column: 1, field: "body", message });
      // A space is allowed in a body picture's path: it can only have been written in angle brackets, `(</images/gold bars.jpg>)`.
      if (!IMAGE_SRC.test(src.replaceAll(" ", "-")) || src.includes("..")) report(say(M.pictureNotUnderImages({ src })));
      else if (!exists(join(contentDir, src))) report(say(missingPicture(contentDir, src)));
    }
  }
  return problems;
}

/**
 * `![…](` left as text: what the editor meant as a picture. With a space in the path, the fix is to
 * rename the file or put the path in angle brackets; otherwise, the shape of a picture.
 */
function failedPicture(text: string): { written: string; message: Texts } | undefined {
  const open = text.indexOf("![");
  const close = open === -1 ? -1 : text.indexOf("](", open);
  if (close === -1) {
    const spaced = open === -1 ? -1 : text.indexOf("] (", open);
    return spaced === -1 ? undefined : { written: "] (", message: M.pictureNotMade() };
  }
  const start = close + 2;
  let end = text.indexOf(")", start);
  if (end === -1) end = text.length;
  let target = text.slice(start, end).trim();
  // The caption: `path "caption"`.
  const quote = target.indexOf(' "');
  if (quote !== -1) target = target.slice(0, quote).trim();
  if (target.includes(" ") && !target.startsWith("<")) {
    const name = target.slice(target.lastIndexOf("/") + 1);
    return { written: target, message: M.pictureWithSpaces({ path: target, renamed: name.split(" ").filter(Boolean).join("-") }) };
  }
  return { written: "](", message: M.pictureNotMade() };
}


/** Why a picture path is not a picture: not there, or not a file the build reads (a link, for instance). */
export function missingPicture(contentDir: string, src: string): Texts {
  const file = join(contentDir, src);
  const entry = inspect(contentDir, file);
  return entry.kind === "refused" ? M.pictureRefused({ src, reason: M.refusedFile(entry.reason) }) : M.pictureMissing({ src, file });
}
