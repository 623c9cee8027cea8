/** Types for the parts of untyped packages this project uses. */

declare module "@11ty/eleventy-img" {
  export interface ImageEntry {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    filename: string;
    outputPath: string;
    /** With `dryRun: true`: the encoded file, not yet written anywhere. */
    buffer?: Buffer;
  }
  export type ImageMetadata = Record<string, ImageEntry[]>;
  export interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    dryRun?: boolean;
    useCache?: boolean;
    filenameFormat?: (id: string, src: string, width: number, format: string) => string;
    svgShortCircuit?: boolean | "size";
    sharpOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
  }
  /** Encodes (or, with `dryRun`, encodes without writing) every width and format. */
  export default function Image(src: string | Buffer, options?: ImageOptions): Promise<ImageMetadata>;
  /** The class behind it: `statsSync()` gives the file names and sizes from the header and content hash, encoding nothing. */
  class EleventyImage {
    constructor(src: string, options?: ImageOptions);
    statsSync(): ImageMetadata;
  }
  export { EleventyImage as Image };
}

declare module "subset-font" {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: "woff2" | "woff" | "truetype" | "sfnt";
      preserveNameIds?: number[];
      variationAxes?: Record<string, number>;
    },
  ): Promise<Buffer>;
}

declare module "fontverter" {
  /** Unpacks or packs a font: WOFF and WOFF2 to TrueType (`truetype`, `sfnt`), and back. */
  export function convert(font: Buffer, to: "truetype" | "sfnt" | "woff" | "woff2"): Promise<Buffer>;
  const fontverter: { convert: typeof convert };
  export default fontverter;
}
