/** UI strings, one module per language; templates never hard-code words. */
import type { Language } from "../../scripts/content/schema.ts";
import type { Strings } from "./types.ts";
import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";

export type { Strings } from "./types.ts";

const byLanguage: Record<Language, Strings> = { ar, en, fr };

export function stringsFor(lang: Language): Strings {
  return byLanguage[lang];
}
