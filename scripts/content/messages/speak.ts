/**
 * How the catalogue speaks: every message is a function of its parameters that returns its text in
 * each language the tools speak (decision 0030). A message is written in all three or the type
 * check fails; `speak` picks one.
 */
import { LANGUAGES, type Language } from "../../text/languages.ts";

export type Texts = Record<Language, string>;

/** A message's text in the language of the run. */
export type Speak = (texts: Texts) => string;

export function speak(language: Language): Speak {
  return (texts) => texts[language];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && Object.hasOwn(LANGUAGES, value);
}

/**
 * What the editor typed, inside an Arabic sentence: kept exactly as typed, between FIRST STRONG
 * ISOLATE and POP DIRECTIONAL ISOLATE, so a Latin field name, a path or a date keeps its own order
 * and does not pull the Arabic words around it out of theirs.
 */
export function iso(value: string | number): string {
  return `\u2068${value}\u2069`;
}

/**
 * zod takes a string for each error; a message from the catalogue travels through it as its key and
 * parameters, and is put into words by `fromZod` in the run's language.
 */
const MARK = "\u0000catalogue\u0000";

export function viaZod(texts: Texts): string {
  return MARK + JSON.stringify(texts);
}

export function fromZod(message: string, say: Speak): string {
  return message.startsWith(MARK) ? say(JSON.parse(message.slice(MARK.length)) as Texts) : message;
}

/**
 * A refusal a command makes before or outside the content check (a flag, a shard folder): thrown
 * with its texts, said by the command in the run's language. Its own message is the English, for
 * logs and for code that reads it.
 */
export class CommandError extends Error {
  constructor(readonly texts: Texts) {
    super(texts.en);
    this.name = "CommandError";
  }

  /**
   * The same error after it crossed from a worker thread, which keeps an error's own properties
   * but not its class; any other error as it is.
   */
  static revive(error: Error): Error {
    const texts = (error as { texts?: unknown }).texts;
    return error.name === "CommandError" && texts && typeof texts === "object" ? new CommandError(texts as Texts) : error;
  }
}
