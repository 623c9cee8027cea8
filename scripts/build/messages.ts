/**
 * What the build says when the operating system refuses it: the error's code, system call and path
 * read from whatever wrapped it, for the catalogue's sentence (scripts/content/messages/system.ts).
 */
import { isSystemErrorCode, MESSAGES as M, type Texts } from "../content/messages/index.ts";

/** The sentence for an operating-system error, or undefined for any other error (a bug: its stack is shown). */
export function osErrorMessage(error: unknown): Texts | undefined {
  const e = error as NodeJS.ErrnoException & { dest?: string; originalError?: unknown };
  if (!e || typeof e !== "object") return undefined;
  // Eleventy and the picture pipeline wrap what the system said.
  if (typeof e.code !== "string" || !isSystemErrorCode(e.code)) return osErrorMessage(e.originalError ?? e.cause);
  return M.systemError({ code: e.code, syscall: e.syscall, path: e.path, dest: e.dest });
}
