import yaml from "js-yaml";
import type { Problem } from "./problems.ts";
import type { Language } from "../text/languages.ts";
import { MESSAGES as M, speak } from "./messages/index.ts";
import { findYamlMistake } from "./yaml-mistakes.ts";

/** A Markdown file split into its parsed front matter and its body. */
export interface SourceFile {
  file: string;
  /** The parsed YAML front matter (a plain object), untyped until validated. */
  data: Record<string, unknown>;
  /** The Markdown body. */
  body: string;
  /** 1-based line number where the body starts, for messages about the body. */
  bodyLine: number;
  /** 1-based line of each top-level front-matter key, for messages about fields. */
  lines: Map<string, number>;
  /** The front matter as written (it starts on line 2), to place problems inside groups and lists. */
  yaml: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes bytes as strict UTF-8 (Eleventy would silently turn other encodings
 * into U+FFFD), drops a byte-order mark and normalises CRLF line endings.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/**
 * Parses YAML with the core schema: the default schema turns `2019-13-45`
 * into a Date in 2020 without a word, and we must reject such dates instead.
 */
export function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; problem: Problem };

export function readSource(file: string, bytes: Uint8Array, language: Language): ReadResult {
  const say = speak(language);
  const text = decodeText(bytes);
  if (text === undefined) {
    return fail(file, "encoding", say(M.notUtf8()));
  }
  if (!text.startsWith("---\n")) {
    return fail(file, "front matter", say(M.noFrontMatter()), 1);
  }
  const fence = /^---[ \t]*$/gm;
  fence.lastIndex = 4;
  const closing = fence.exec(text);
  if (!closing) {
    return fail(file, "front matter", say(M.frontMatterOpen()), 1);
  }
  const yamlText = text.slice(4, closing.index);
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    // A mistake a journalist makes is named on its own line; the parser's words are the last resort.
    const mistake = findYamlMistake(yamlText);
    if (mistake) return fail(file, mistake.field, say(mistake.message), mistake.index + 2, 1);
    const e = error as yaml.YAMLException;
    const reason = (e.reason ?? e.message).replace(/\.$/, "");
    return fail(file, "front matter", say(M.yamlMalformed({ reason })), (e.mark?.line ?? 0) + 2, (e.mark?.column ?? 0) + 1);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    // `title:عاجل` alone reads as one text, not a field.
    const mistake = findYamlMistake(yamlText);
    if (mistake) return fail(file, mistake.field, say(mistake.message), mistake.index + 2, 1);
    return fail(file, "front matter", say(M.notFields()), 2);
  }
  const lines = new Map<string, number>();
  yamlText.split("\n").forEach((line, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key && !lines.has(key)) lines.set(key, i + 2);
  });
  const bodyStart = Math.min(text.length, closing.index + closing[0].length + 1);
  return {
    ok: true,
    source: {
      file,
      data: data as Record<string, unknown>,
      body: text.slice(bodyStart),
      bodyLine: countLines(text, bodyStart),
      lines,
      yaml: yamlText,
    },
  };
}

/**
 * Only the Markdown body of a file that was checked earlier in the build,
 * without parsing its YAML again; undefined if it no longer has front matter.
 */
export function readBody(bytes: Uint8Array): string | undefined {
  const text = decodeText(bytes);
  if (text === undefined || !text.startsWith("---\n")) return undefined;
  const fence = /^---[ \t]*$/gm;
  fence.lastIndex = 4;
  const closing = fence.exec(text);
  return closing ? text.slice(Math.min(text.length, closing.index + closing[0].length + 1)) : undefined;
}

function countLines(text: string, end: number): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function fail(file: string, field: string, message: string, line?: number, column?: number): ReadResult {
  return { ok: false, problem: { file, field, message, ...(line ? { line } : {}), ...(column ? { column } : {}) } };
}
