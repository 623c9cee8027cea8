/**
 * `npm start`: the preview. Drafts and embargoed articles are shown with a
 * banner; each page is rendered from the latest save when the browser asks
 * for it, and the open page reloads after every save. It writes only into
 * its own folder under the build cache, never into `_site/`.
 *
 *   npm start -- [--content DIR] [--port 8080] [--search] [--expose]
 *
 * The preview listens on this computer only (127.0.0.1 and ::1): it shows drafts and embargoed
 * stories. --expose opens it to the network on purpose, with a warning.
 *
 * --search: the search page searches the preview's own articles, drafts
 * included, indexed again after every save; without it, the search page says
 * that search does not work in the preview. PREVIEW_SEARCH=1 in the
 * environment asks the same (tests start the preview that way).
 */
import { parseArgs } from "node:util";
import { buildOptions, previewDir } from "../build/options.ts";
import { openPreviewCache, openSession } from "../build/pipeline.ts";
import { servePreview } from "../eleventy/run.ts";
import { messagesLanguage } from "../content/registries.ts";
import { MESSAGES, speak } from "../content/messages/index.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string" },
    port: { type: "string", default: "8080" },
    search: { type: "boolean", default: false },
    expose: { type: "boolean", default: false },
  },
});
const options = buildOptions("preview", process.env, { content: values.content });
if (values.expose) console.warn(speak(messagesLanguage(options.contentDir, options.language))(MESSAGES.exposed()));
await openPreviewCache(options, (message) => console.log(message));
const session = openSession(options);
session.searchIndex = values.search || process.env.PREVIEW_SEARCH === "1";
const preview = await servePreview(session, previewDir(options), Number(values.port), { expose: values.expose });
process.on("SIGINT", () => void preview.stop().then(() => process.exit(0)));
