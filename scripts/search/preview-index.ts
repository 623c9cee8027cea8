/**
 * `npm start -- --search`: the preview's own search index, made after every
 * good save from the preview's pages as they render now, drafts and
 * scheduled articles included (each result says which). Written into the
 * preview's folder, in the same parts by date as a production build's, so the
 * search page loads it from the same paths. Not cached: a preview indexes a
 * few articles, or is asked to.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { SiteModel } from "../site/model.ts";
import { encodePath } from "../site/urls.ts";
import { BUNDLE_DIR } from "./config.ts";
import { searchDocument, variantKeys, withSearchTerms } from "./indexed-text.ts";
import { partsOf } from "./parts.ts";

export interface PreviewIndexInput {
  model: SiteModel;
  /** The preview's folder: the index goes into its pagefind/. */
  outputDir: string;
  searchVariants: string[][];
  /** The page at a site path, as the preview serves it now. */
  render: (path: string) => Promise<string>;
}

/** Indexes every article page of the preview; returns how many. */
export async function writePreviewSearchIndex({
  model,
  outputDir,
  searchVariants,
  render,
}: PreviewIndexInput): Promise<number> {
  const variants = variantKeys(searchVariants);
  const partOf = partsOf(model.articles);
  const parts = new Map<string, SiteModel["articlePages"]>();
  for (const page of model.articlePages) {
    const part = partOf(page.article);
    (parts.get(part) ?? parts.set(part, []).get(part)!).push(page);
  }
  await rm(join(outputDir, BUNDLE_DIR), { recursive: true, force: true });
  try {
    for (const [part, pages] of parts) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: model.site.language });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
      for (const page of pages) {
        const html = withSearchTerms(searchDocument(await render(page.path)), page.article.tags, variants);
        const added = await index.addHTMLFile({ url: encodePath(page.path), content: html });
        if (added.errors.length) throw new Error(`Pagefind could not index ${page.path}: ${added.errors.join("; ")}`);
      }
      const written = await index.writeFiles({ outputPath: join(outputDir, BUNDLE_DIR, part) });
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
    }
  } finally {
    // Pagefind's service keeps every index it made until it stops; the next save starts a new one.
    await pagefind.close();
  }
  return model.articlePages.length;
}
