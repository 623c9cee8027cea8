/**
 * The one catalogue of what the tools say to editors, in Arabic, English and French (decision
 * 0030). `npm run check`, `npm run build`, `npm run new` and the preview speak from it, in the
 * language `--lang` names, else `messages:` in site.yaml, else the site's language.
 */
import { ARTICLE_MESSAGES } from "./articles.ts";
import { COMMAND_MESSAGES } from "./commands.ts";
import { EDITOR_MESSAGES } from "./editor.ts";
import { FILE_MESSAGES } from "./files.ts";
import { LIVE_MESSAGES } from "./live.ts";
import { NEW_ARTICLE_MESSAGES } from "./new.ts";
import { PAGE_MESSAGES } from "./pages.ts";
import { PICTURE_MESSAGES } from "./pictures.ts";
import { SHARD_MESSAGES } from "./shards.ts";
import { SYSTEM_MESSAGES } from "./system.ts";
import { SITE_MESSAGES } from "./site.ts";
import { TYPING_MESSAGES } from "./typing.ts";
import { TYPOGRAPHY_MESSAGES } from "./typography.ts";

export const MESSAGES = {
  ...ARTICLE_MESSAGES,
  ...TYPING_MESSAGES,
  ...TYPOGRAPHY_MESSAGES,
  ...COMMAND_MESSAGES,
  ...SITE_MESSAGES,
  ...FILE_MESSAGES,
  ...LIVE_MESSAGES,
  ...SYSTEM_MESSAGES,
  ...NEW_ARTICLE_MESSAGES,
  ...SHARD_MESSAGES,
  ...PAGE_MESSAGES,
  ...EDITOR_MESSAGES,
  ...PICTURE_MESSAGES,
};

export { speak, isLanguage, viaZod, fromZod, CommandError, type Speak, type Texts } from "./speak.ts";
export type { LatinMark } from "./typography.ts";
export { isSystemErrorCode, type LockedFolder, type LockHolder } from "./system.ts";
