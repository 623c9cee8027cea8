/**
 * Styles are written once, left-to-right, in styles/. rtlcss derives the
 * right-to-left stylesheet from them; left-to-right pages (lang: en/fr) use
 * the source as it is. File names carry a content hash so hosts can cache
 * them for a year.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import postcss from "postcss";
import rtlcss from "rtlcss";

/** The source files, in cascade order. */
export const STYLE_FILES = ["fonts.css", "base.css", "masthead.css", "article.css", "listing.css", "search.css"];

/** Self-hosted Arabic webfont (Noto Naskh Arabic, Arabic subset); Latin text uses the system fonts. */
const FONT_FILES = ["noto-naskh-arabic-arabic-400-normal.woff2", "noto-naskh-arabic-arabic-700-normal.woff2"];

export interface Assets {
  stylesheet: { rtl: string; ltr: string };
  /** The regular weight, preloaded because the first paint of every page needs it. */
  fontPreload: string;
}

let last: { ltr: string; rtl: string } | undefined;

export async function buildStylesheets(stylesDir = "styles"): Promise<{ ltr: string; rtl: string }> {
  const ltr = (await Promise.all(STYLE_FILES.map((f) => readFile(join(stylesDir, f), "utf8")))).join("\n");
  // The preview rebuilds on every saved article; rtlcss only needs to run again when a stylesheet changed.
  if (last?.ltr === ltr) return last;
  const rtl = (await postcss([rtlcss()]).process(ltr, { from: undefined })).css;
  last = { ltr, rtl };
  return last;
}

function hashed(name: string, content: string | Buffer): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
  return name.replace(/(\.\w+)$/, `.${hash}$1`);
}

export default function stylesheets(eleventyConfig: UserConfig): void {
  let assets: Assets | undefined;
  const fontsDir = join(dirname(createRequire(import.meta.url).resolve("@fontsource/noto-naskh-arabic/package.json")), "files");

  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    const out = join(directories.output, "assets");
    await mkdir(join(out, "fonts"), { recursive: true });
    await Promise.all(FONT_FILES.map((f) => copyFile(join(fontsDir, f), join(out, "fonts", f))));
    const { ltr, rtl } = await buildStylesheets();
    const files = { ltr: hashed("site-ltr.css", ltr), rtl: hashed("site-rtl.css", rtl) };
    await Promise.all([writeFile(join(out, files.ltr), ltr), writeFile(join(out, files.rtl), rtl)]);
    assets = {
      stylesheet: { ltr: `/assets/${files.ltr}`, rtl: `/assets/${files.rtl}` },
      fontPreload: `/assets/fonts/${FONT_FILES[0]}`,
    };
  });
  eleventyConfig.addGlobalData("assets", () => {
    if (!assets) throw new Error("Stylesheets were read before they were built.");
    return assets;
  });
  eleventyConfig.addWatchTarget("styles/**/*.css");
}
