/**
 * Responsive pictures through @11ty/eleventy-img: AVIF and WebP with a JPEG (PNG for PNG/GIF
 * sources) fallback, at a few widths, under content-hashed names. Encoded files stay in a cache
 * folder between builds (`.cache/images/`) with a manifest of each source's size and modification
 * time, so an unchanged picture costs one `stat`; each build copies in only the pictures it used.
 */
import Image, { Image as EleventyImage, type ImageMetadata, type ImageOptions } from "@11ty/eleventy-img";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { extname, join, relative } from "node:path";
import {
  IMAGE_PATH,
  WIDTHS,
  type Candidate,
  type Picture,
  type Pictures,
  type ShareCard,
} from "../render/page-data.ts";
import { CacheFolder, type DamageTally } from "../cache/build-cache.ts";
import { CommandError, MESSAGES as M } from "../content/messages/index.ts";
import { regularFile } from "../files/repository.ts";
import { writeAtomically } from "../cache/files.ts";
import { CARD_HEIGHT, CARD_WIDTH, drawShareCard, shareCardName, type CardDrawer } from "./share-card.ts";

const ELEVENTY_IMG_VERSION = (createRequire(import.meta.url)("@11ty/eleventy-img/package.json") as { version: string })
  .version;
/** Changing any setting that affects the files invalidates the whole manifest. */
const SETTINGS_KEY = JSON.stringify({ v: ELEVENTY_IMG_VERSION, widths: WIDTHS });

type Format = "avif" | "webp" | "jpeg" | "png" | "svg";

interface ManifestEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  formats: Format[];
  /** [width, height] of each output width, smallest first. */
  dims: [number, number][];
}

interface Manifest {
  settings: string;
  entries: Record<string, ManifestEntry>;
}

const MIME: Record<Format, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
  svg: "image/svg+xml",
};

/** SVG stays vector; PNG and GIF keep a lossless fallback (they are usually graphics with flat colour or transparency). */
function formatsFor(file: string): Format[] {
  const ext = extname(file).toLowerCase();
  if (ext === ".svg") return ["svg"];
  if (ext === ".png" || ext === ".gif") return ["avif", "webp", "png"];
  return ["avif", "webp", "jpeg"];
}

function fileName(hash: string, width: number, format: string): string {
  return `${hash}-${width}.${format}`;
}

export interface ImagePipelineOptions {
  /** The content folder; picture paths such as /images/x.jpg are relative to it. */
  contentDir: string;
  /** Encoded files and the manifest; kept between builds. */
  cacheDir: string;
  /** This build's count of damaged cache entries: a damaged encoded file or card is counted here. */
  damage: DamageTally;
}

export class ImagePipeline implements Pictures {
  readonly #contentDir: string;
  readonly #cacheDir: string;
  readonly #manifestFile: string;
  #manifest: Manifest;
  /** The encoded files, one per picture, width and format. */
  #cached: CacheFolder;
  /** This build's pictures, by source path, so a picture used twice is made once. */
  readonly #pictures = new Map<string, Promise<Picture>>();
  readonly #used = new Set<string>();
  /** The source file (the manifest's key) of each encoded file this build used, to encode it again if it was damaged. */
  readonly #sources = new Map<string, string>();
  /** Encodings under way, by content hash: the same picture under two names is encoded once. */
  readonly #encoding = new Map<string, Promise<void>>();
  /** This build's share cards, by file name, and what each shows, to make a damaged one again. */
  readonly #cards = new Map<string, { card: ShareCard; made: Promise<Candidate> }>();
  /** How many pictures were encoded and how many came from the cache, for the build log. */
  readonly stats = { encoded: 0, reused: 0, first: 0, last: 0 };
  /** Share cards made and found in the cache, and the milliseconds spent making them. */
  readonly cardStats = { made: 0, reused: 0, ms: 0 };

  /**
   * `previous`: the preview starts a pipeline on every save, and takes over what the last one
   * knew (its manifest, with the pictures pages asked for since, and the cache's listing) rather
   * than reading the cache folder again; the damage it finds is counted in this build's tally.
   */
  constructor({ contentDir, cacheDir, damage }: ImagePipelineOptions, previous?: ImagePipeline) {
    this.#contentDir = contentDir;
    this.#cacheDir = cacheDir;
    this.#manifestFile = join(cacheDir, "manifest.json");
    this.#manifest = previous ? previous.#manifest : readManifest(this.#manifestFile);
    // One directory listing instead of a stat per file: cheap at hundreds of thousands of files.
    this.#cached = new CacheFolder(cacheDir, damage, previous ? previous.#cached : undefined);
  }

  /** The picture for a content path such as /images/market.jpg. */
  picture(src: string): Promise<Picture> {
    let picture = this.#pictures.get(src);
    if (!picture) {
      picture = this.#make(src);
      this.#pictures.set(src, picture);
    }
    return picture;
  }

  /**
   * The share card showing `card`, under a name that hashes what it shows and how it is drawn: made
   * once (a few milliseconds), then found in the cache folder by name, not even read. `draw` makes
   * its bytes when the cache has none: here by default, in the asking page worker on an archive.
   */
  shareCard(card: ShareCard, draw: CardDrawer = drawShareCard): Promise<Candidate> {
    const name = shareCardName(card);
    let entry = this.#cards.get(name);
    if (!entry) {
      entry = { card, made: this.#makeCard(name, card, draw) };
      this.#cards.set(name, entry);
    }
    return entry.made;
  }

  async #makeCard(name: string, card: ShareCard, draw: CardDrawer): Promise<Candidate> {
    if (this.#cached.has(name)) this.cardStats.reused++;
    else await this.#writeCard(name, card, draw);
    this.#used.add(name);
    return { path: IMAGE_PATH + name, width: CARD_WIDTH, height: CARD_HEIGHT };
  }

  async #writeCard(name: string, card: ShareCard, draw: CardDrawer = drawShareCard): Promise<void> {
    const { png, ms } = await draw(card);
    await this.#cached.write(name, png);
    this.cardStats.made++;
    this.cardStats.ms += ms;
  }

  async #make(src: string): Promise<Picture> {
    if (!this.stats.first) this.stats.first = performance.now();
    // The check refused links already; the pipeline asks the door again, as every reader of the content does.
    const file = regularFile(this.#contentDir, join(this.#contentDir, src));
    const { size, mtimeMs } = statSync(file);
    const known = this.#manifest.entries[file];
    let entry: ManifestEntry;
    if (known && known.size === size && known.mtimeMs === mtimeMs && filesOf(known).every((f) => this.#cached.has(f))) {
      entry = known; // unchanged since it was made: not even read
      this.stats.reused++;
    } else {
      entry = await this.#byContent(file, size, mtimeMs);
      this.#manifest.entries[file] = entry;
    }
    for (const f of filesOf(entry)) {
      this.#used.add(f);
      this.#sources.set(f, file);
    }
    this.stats.last = performance.now();
    return toPicture(entry);
  }

  #options(file: string): ImageOptions {
    return {
      widths: WIDTHS,
      formats: formatsFor(file),
      outputDir: this.#cacheDir,
      urlPath: IMAGE_PATH,
      filenameFormat: (id, _src, width, format) => fileName(id, width, format),
      // eleventy-img's own in-memory cache keys on size, not content: a picture edited in
      // place during `npm start` must not come back stale. The manifest does the caching.
      useCache: false,
    };
  }

  /**
   * The file's content hash names its outputs (eleventy-img reads the header and hashes the
   * bytes; nothing is decoded). If they were all made before (same picture, new mtime, or
   * the same picture under another name) they are reused; otherwise the picture is encoded,
   * once per content even if several articles ask for it at the same moment.
   */
  async #byContent(file: string, size: number, mtimeMs: number): Promise<ManifestEntry> {
    const options = this.#options(file);
    let stats: ImageMetadata;
    try {
      stats = new EleventyImage(file, options).statsSync();
    } catch {
      await this.#encode(file, options); // reports the unreadable file in the editor's terms
      throw unreadable(file, "no width or height in its header");
    }
    const entry = toEntry(stats, options.formats as Format[], size, mtimeMs);
    if (filesOf(entry).every((f) => this.#cached.has(f))) {
      this.stats.reused++;
      return entry;
    }
    let encoding = this.#encoding.get(entry.hash);
    if (!encoding) {
      encoding = this.#encode(file, options);
      this.#encoding.set(entry.hash, encoding);
      this.stats.encoded++;
    } else this.stats.reused++;
    await encoding;
    const missing = filesOf(entry).filter((f) => !this.#cached.has(f));
    if (missing.length) throw new Error(`Encoding ${file} did not produce ${missing.join(", ")}.`);
    return entry;
  }

  async #encode(file: string, options: ImageOptions): Promise<void> {
    let metadata: ImageMetadata;
    try {
      // Nothing is written by eleventy-img (`dryRun`): each file is written below, whole or not
      // at all, so an interrupted build never leaves a half-written file that a later build
      // would take for finished.
      metadata = await Image(file, { ...options, dryRun: true });
    } catch (error) {
      throw unreadable(file, (error as Error).message);
    }
    for (const items of Object.values(metadata)) {
      for (const item of items) {
        if (!item.buffer) continue;
        await this.#cached.write(item.filename, item.buffer);
      }
    }
  }

  /**
   * An encoded picture or share card by its file name under /img/, checked against its hash: the
   * preview sends it from the cache, where it is stored under `<name>~<hash>`, not as `<name>`.
   */
  encoded(name: string): Buffer | undefined {
    return this.#cached.read(name);
  }

  /**
   * Copies every picture this build used into `outputDir`/img/, each checked against the hash
   * recorded when it was encoded, and saves the manifest for the next build. A damaged file's
   * picture is encoded again: its files keep their names, so the pages need no change.
   * `published`: the site published now, whose identical pictures are linked instead (CacheFolder.copyTo).
   */
  async publish(outputDir: string, published?: string): Promise<number> {
    const target = join(outputDir, IMAGE_PATH);
    const publishedFile = (f: string) => published && join(published, IMAGE_PATH, f);
    await mkdir(target, { recursive: true });
    const damaged = new Set<string>();
    // Thousands of files on a large archive (a share card an article): copied a batch at a time, not one after another.
    const used = [...this.#used];
    const missed: string[] = [];
    for (let i = 0; i < used.length; i += 64) {
      const batch = used.slice(i, i + 64);
      const copied = await Promise.all(
        batch.map((f) => this.#cached.copyToAsync(f, join(target, f), publishedFile(f))),
      );
      missed.push(...batch.filter((_, j) => !copied[j]));
    }
    for (const f of missed) {
      const card = this.#cards.get(f)?.card;
      if (!card) {
        damaged.add(this.#sources.get(f)!);
        continue;
      }
      // A damaged card is drawn again, under the same name.
      await this.#writeCard(f, card);
      if (!this.#cached.copyTo(f, join(target, f)))
        throw new Error(`The share card ${f} was drawn again, but could not be copied.`);
    }
    for (const source of damaged) {
      await this.#encode(source, this.#options(source));
      for (const f of filesOf(this.#manifest.entries[source]!)) {
        if (this.#used.has(f) && !this.#cached.copyTo(f, join(target, f)))
          throw new Error(`The picture ${source} was encoded again, but ${f} was not made.`);
      }
    }
    // Forget pictures whose source is gone (deleted articles, test folders): one stat each.
    for (const source of Object.keys(this.#manifest.entries)) {
      if (!existsSync(source)) delete this.#manifest.entries[source];
    }
    await writeAtomically(this.#manifestFile, JSON.stringify(this.#manifest));
    return this.#used.size;
  }
}

function readManifest(file: string): Manifest {
  if (existsSync(file)) {
    try {
      const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
      if (manifest.settings === SETTINGS_KEY) return manifest;
    } catch {
      // A damaged manifest only costs time: start afresh.
    }
  }
  return { settings: SETTINGS_KEY, entries: {} };
}

function toEntry(metadata: ImageMetadata, formats: Format[], size: number, mtimeMs: number): ManifestEntry {
  const first = metadata[formats[0]!]!;
  const hash = first[0]!.filename.replace(/-\d+\.\w+$/, "");
  return { size, mtimeMs, hash, formats, dims: first.map((e) => [e.width, e.height]) };
}

function filesOf(entry: ManifestEntry): string[] {
  return entry.formats.flatMap((format) => entry.dims.map(([width]) => fileName(entry.hash, width, format)));
}

/** The path as the editor knows it (content/images/…) when it is in the project, with the decoder's own reason. */
function unreadable(file: string, reason: string): CommandError {
  const inProject = relative(process.cwd(), file);
  return new CommandError(M.pictureUnreadable({ file: inProject.startsWith("..") ? file : inProject, reason }));
}

function toPicture(entry: ManifestEntry): Picture {
  const candidates = (format: Format): Candidate[] =>
    entry.dims.map(([width, height]) => ({ path: IMAGE_PATH + fileName(entry.hash, width, format), width, height }));
  const fallbackFormat = entry.formats[entry.formats.length - 1]!;
  const [width, height] = entry.dims[entry.dims.length - 1]!;
  return {
    sources: entry.formats.slice(0, -1).map((format) => ({ type: MIME[format], candidates: candidates(format) })),
    fallback: { type: MIME[fallbackFormat], candidates: candidates(fallbackFormat) },
    width,
    height,
  };
}
