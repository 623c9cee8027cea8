import { oneLine } from "../text/log-line.ts";
import { MESSAGES as M, speak, type Speak } from "./messages/index.ts";

/**
 * A problem found in content: always tied to a file and a field, always
 * phrased for the editor who has to fix it.
 */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** The front-matter field (or `front matter`, `encoding`, `file`). */
  field: string;
  /** What is wrong and what to do, in one or two plain sentences. */
  message: string;
}

/** One line: the file's name, the field and the message may all hold content, and none of it may break the line. */
export function formatProblem(p: Problem): string {
  const place = p.line ? `${oneLine(p.file)}:${p.line}:${p.column ?? 1}` : oneLine(p.file);
  return `${place}: ${oneLine(p.field)}: ${oneLine(p.message)}`;
}

/** Thrown when content cannot be published; carries every problem at once. */
export class ContentValidationError extends Error {
  readonly problems: Problem[];
  // Eleventy prints the original stack under its own message unless told not to;
  // a content error is the editor's to fix, so a stack trace would only confuse.
  readonly skipOriginalStack = true;

  /**
   * `say` is the run's language, the one the problems are written in; without one, Arabic, the
   * language of every site this generator builds (site.yaml's `language` is ar).
   */
  constructor(problems: Problem[], say: Speak = speak("ar")) {
    const files = new Set(problems.map((p) => p.file)).size;
    super(`${say(M.nothingPublished({ problems: problems.length, files }))}\n` + problems.map((p) => `  ${formatProblem(p)}`).join("\n"));
    this.name = "ContentValidationError";
    this.problems = problems;
  }
}

/** Sorts problems by file, then line, so reports read top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}
