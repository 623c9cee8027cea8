/** The bucket, through the AWS SDK: the only requests a deploy makes to it. */
import { readFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { DeployOptions } from "./options.ts";
import { emptyManifest, parseManifest, type Manifest } from "./plan.ts";
import type { SiteFile } from "./site-files.ts";

/** Beside the site's files, under the same prefix; a dot keeps it out of any path the site links to. */
const MANIFEST = ".deploy-manifest.json.gz";

export class Bucket {
  private readonly client: S3Client;

  constructor(private readonly options: DeployOptions) {
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
      // Checksums only where S3 requires one: several S3-compatible stores reject the SDK's
      // default CRC32 trailers on uploads.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  private key(path: string): string {
    return this.options.prefix + path;
  }

  get manifestKey(): string {
    return this.key(MANIFEST);
  }

  async readManifest(): Promise<Manifest> {
    try {
      const reply = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.manifestKey }),
      );
      const bytes = await reply.Body!.transformToByteArray();
      return parseManifest(gunzipSync(bytes).toString("utf8"), `s3://${this.options.bucket}/${this.manifestKey}`);
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.name === "NoSuchKey"))
        return emptyManifest();
      throw error;
    }
  }

  async writeManifest(manifest: Manifest): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.manifestKey,
        Body: gzipSync(JSON.stringify(manifest)),
        // Gzip bytes as such, not Content-Encoding: nothing between here and the SDK may unpack them.
        ContentType: "application/gzip",
        CacheControl: "no-store",
      }),
    );
  }

  async upload(file: SiteFile): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.key(file.path),
        Body: await readFile(file.file),
        ContentType: file.type,
        ...(file.cacheControl ? { CacheControl: file.cacheControl } : {}),
      }),
    );
  }

  /** One request per file: DeleteObjects needs a checksum that not every S3-compatible store takes. */
  async delete(path: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.key(path) }));
  }

  destroy(): void {
    this.client.destroy();
  }
}
