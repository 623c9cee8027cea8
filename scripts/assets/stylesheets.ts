/**
 * Styles are written once, left-to-right, in styles/. rtlcss derives the
 * right-to-left stylesheet from them; left-to-right pages (lang: en/fr) use
 * the source as it is. The Arabic webfont is subset to what the site uses
 * (fonts.ts). Every file name carries a content hash, so hosts can cache
 * them for a year (see the _headers file).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import postcss from "postcss";
import rtlcss from "rtlcss";
import type { Content } from "../content/load-content.ts";
import type { Mode } from "../site/model.ts";
import type { Assets } from "../render/page-data.ts";
import type { DamageTally } from "../cache/build-cache.ts";
import { parseUnicodeRange, rareCharactersIn, SAFETY_SET, subsetWoff2 } from "./fonts.ts";

const require = createRequire(import.meta.url);

/** The source files of the full site, in cascade order; print.css comes last so it wins when printing. */
const STYLE_FILES = [
  "fonts.css",
  "base.css",
  "masthead.css",
  "article.css",
  "listing.css",
  "front.css",
  "live.css",
  "search.css",
  "print.css",
];
/** The UI strings, whose characters the subset holds as well as the content's. */
const STRINGS_DIR = "templates/strings";

/** The text-only version: system fonts, no webfont, a few rules. */
const LITE_STYLE_FILES = ["lite.css"];

/** Noto Naskh Arabic (Arabic subset from @fontsource), as named in styles/fonts.css. Latin text uses the system fonts. */
const FONT_FILES = ["noto-naskh-arabic-arabic-400-normal.woff2", "noto-naskh-arabic-arabic-700-normal.woff2"];

/**
 * What the preview keeps between saves, so that a save runs rtlcss and writes the files again
 * only when a stylesheet changed. A production build starts with an empty one.
 */
export interface StylesheetMemo {
  rtl: Map<string, { ltr: string; rtl: string }>;
  last?: { sources: string; assets: Omit<Assets, "liveScript"> };
}

export function stylesheetMemo(): StylesheetMemo {
  return { rtl: new Map() };
}

async function buildStylesheets(
  files: string[],
  memo: StylesheetMemo,
  stylesDir = "styles",
): Promise<{ ltr: string; rtl: string }> {
  // Read synchronously: a few small files, and the preview's save waits less on the thread pool.
  const ltr = files.map((f) => readFileSync(join(stylesDir, f), "utf8")).join("\n");
  const last = memo.rtl.get(files.join());
  if (last?.ltr === ltr) return last;
  const rtl = (await postcss([rtlcss()]).process(ltr, { from: undefined })).css;
  memo.rtl.set(files.join(), { ltr, rtl });
  return { ltr, rtl };
}

function hashed(name: string, content: string | Buffer): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  return name.replace(/(\.\w+)$/, `.${hash}$1`);
}

export interface StylesheetInput {
  mode: Mode;
  /** The checked content, whose characters the production font subset keeps. */
  content: Content;
  /** The build cache: font subsets are kept under fonts/. */
  cacheDir: string;
  /** This build's count of damaged cache entries. */
  damage: DamageTally;
  /** The site folder being written; the files go into its assets/. */
  outputDir: string;
}

/**
 * Writes the stylesheets and fonts into `<outputDir>/assets/` under hashed names. A production
 * build subsets each font to what the site prints; the preview writes the whole font, which holds
 * every character the content uses, so pages look the same and a save never waits on subsetting.
 */
export async function writeStylesheets(
  input: StylesheetInput,
  memo: StylesheetMemo = stylesheetMemo(),
): Promise<Omit<Assets, "liveScript">> {
  const out = join(input.outputDir, "assets");
  const full = await buildStylesheets(STYLE_FILES, memo);
  const lite = await buildStylesheets(LITE_STYLE_FILES, memo);
  const sources = [out, full.ltr, lite.ltr].join("\n");
  if (input.mode === "preview" && memo.last?.sources === sources) return memo.last.assets;
  await mkdir(join(out, "fonts"), { recursive: true });
  const fonts = await publishFonts(full.ltr, input, out);
  const [ltr, rtl] = [renameAll(full.ltr, fonts), renameAll(full.rtl, fonts)];
  const write = async (name: string, css: string) => {
    const file = hashed(name, css);
    await writeFile(join(out, file), css);
    return `/assets/${file}`;
  };
  const assets: Omit<Assets, "liveScript"> = {
    stylesheet: { ltr: await write("site-ltr.css", ltr), rtl: await write("site-rtl.css", rtl) },
    liteStylesheet: { ltr: await write("lite-ltr.css", lite.ltr), rtl: await write("lite-rtl.css", lite.rtl) },
    fontPreloads: [...fonts.values()].map((name) => `/assets/${name}`),
  };
  memo.last = { sources, assets };
  return assets;
}

/** Subsets each font file (production) and writes it under a hashed name; returns the new name of each. */
async function publishFonts(css: string, input: StylesheetInput, out: string): Promise<Map<string, string>> {
  const fontsDir = join(dirname(require.resolve("@fontsource/noto-naskh-arabic/package.json")), "files");
  const range = /unicode-range:\s*([^;]+);/.exec(css);
  if (!range) throw new Error("styles/fonts.css has no unicode-range for the Arabic webfont.");
  let characters: Set<number> | undefined;
  if (input.mode === "production") {
    const { content } = input;
    // The articles' characters were gathered as they were checked; the registries are small and at hand.
    const registries = JSON.stringify([content.site, [...content.sections.values()], [...content.authors.values()]]);
    const inContent = [...new Set(content.characters + registries)].map((c) => c.codePointAt(0)!);
    const strings = readdirSync(STRINGS_DIR).map((f) => join(STRINGS_DIR, f));
    characters = new Set([...SAFETY_SET, ...rareCharactersIn(inContent, strings, parseUnicodeRange(range[1]!))]);
  }
  const names = new Map<string, string>();
  for (const font of FONT_FILES) {
    if (!css.includes(`fonts/${font}`)) throw new Error(`styles/fonts.css does not use fonts/${font}.`);
    const subset = characters
      ? await subsetWoff2(join(fontsDir, font), characters, join(input.cacheDir, "fonts"), input.damage)
      : await readFile(join(fontsDir, font));
    const name = hashed(font.replace("-arabic-", "-").replace("-normal", ""), subset);
    await writeFile(join(out, "fonts", name), subset);
    names.set(`fonts/${font}`, `fonts/${name}`);
  }
  return names;
}

function renameAll(css: string, names: Map<string, string>): string {
  for (const [from, to] of names) css = css.replaceAll(from, to);
  return css;
}
