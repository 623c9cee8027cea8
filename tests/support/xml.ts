/** Strict XML for feed and sitemap tests: saxes rejects anything that is not well-formed. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import * as cheerio from "cheerio";

/** Throws on the first well-formedness or namespace error; returns the document for querying. */
export function xml(output: string, path: string): cheerio.CheerioAPI {
  const text = readFileSync(join(output, path), "utf8");
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw new Error(`${path} is not well-formed XML: ${error.message}`);
  });
  parser.write(text).close();
  return cheerio.load(text, { xml: true });
}
