/**
 * `npm run deploy`'s settings, from its flags and the environment; read once, by the command.
 * Credentials are not read here: the AWS SDK finds them itself (AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY, or a profile).
 */
export interface DeployOptions {
  /** The built site (`_site`). */
  siteDir: string;
  bucket: string;
  /** Prepended to every key, e.g. `news/`: empty for a bucket that holds only the site. */
  prefix: string;
  /** An S3-compatible store's address (R2, B2, MinIO); unset for AWS S3 itself. */
  endpoint?: string;
  region: string;
  /** Uploads and deletions at once. */
  concurrency: number;
  /** Print the plan; upload, delete and ping nothing. */
  dryRun: boolean;
  /** Where site.yaml says whom to ping (NEWSROOM_CONTENT or --content), and SITE_URL, as for the build. */
  contentDir: string;
  siteUrl?: string;
}

export interface DeployFlags {
  site?: string | undefined;
  bucket?: string | undefined;
  prefix?: string | undefined;
  endpoint?: string | undefined;
  concurrency?: string | undefined;
  dryRun?: boolean | undefined;
  content?: string | undefined;
}

export function deployOptions(env: NodeJS.ProcessEnv, flags: DeployFlags = {}): DeployOptions {
  const bucket = flags.bucket || env.NEWSROOM_DEPLOY_BUCKET;
  if (!bucket)
    throw new Error(
      "npm run deploy needs a bucket: set NEWSROOM_DEPLOY_BUCKET (and NEWSROOM_DEPLOY_ENDPOINT for a store other than AWS S3), or pass --bucket.",
    );
  const prefix = (flags.prefix ?? env.NEWSROOM_DEPLOY_PREFIX ?? "").replace(/^\/+/, "");
  const concurrency = Number(flags.concurrency ?? env.NEWSROOM_DEPLOY_CONCURRENCY ?? 16);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new Error(
      `--concurrency "${flags.concurrency ?? env.NEWSROOM_DEPLOY_CONCURRENCY}" must be a whole number from 1.`,
    );
  const endpoint = flags.endpoint || env.NEWSROOM_DEPLOY_ENDPOINT;
  return {
    siteDir: flags.site || "_site",
    bucket,
    prefix: prefix && !prefix.endsWith("/") ? `${prefix}/` : prefix,
    ...(endpoint ? { endpoint } : {}),
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || (endpoint ? "auto" : "us-east-1"),
    concurrency,
    dryRun: flags.dryRun ?? false,
    contentDir: flags.content || env.NEWSROOM_CONTENT || "content",
    ...(env.SITE_URL ? { siteUrl: env.SITE_URL.endsWith("/") ? env.SITE_URL : `${env.SITE_URL}/` } : {}),
  };
}
