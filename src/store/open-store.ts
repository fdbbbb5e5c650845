import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UserError } from "../errors/user-error.js";
import type { BlobStore } from "./blob-store.js";
import { LocalStore } from "./local-store.js";
import type { S3Store, S3StoreOptions } from "./s3-store.js";

export interface OpenStoreOptions {
  /** S3 endpoint; defaults to AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL. */
  endpoint?: string;
  /** Defaults to AWS_REGION, then AWS_DEFAULT_REGION, then us-east-1 when an endpoint is set. */
  region?: string;
  forcePathStyle?: boolean;
  /** Explicit credentials; otherwise those in `env`, otherwise the standard AWS chain. */
  credentials?: S3StoreOptions["credentials"];
  /** Tuning passed on to S3Store. */
  s3?: Pick<S3StoreOptions, "maxAttempts" | "multipartThresholdBytes" | "partSizeBytes" | "queueSize">;
  /** Where local paths are resolved from; the process's working directory by default. */
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/**
 * `s3://bucket/prefix` → S3Store; `file:///dir` or a path → LocalStore. Asynchronous because the AWS SDK
 * is loaded only when an S3 store is opened, so actions on a local store start fast.
 */
export async function openStore(uriOrPath: string, options: OpenStoreOptions = {}): Promise<BlobStore> {
  const env = options.env ?? process.env;
  if (uriOrPath.startsWith("s3://")) return await openS3(uriOrPath, options, env);
  if (uriOrPath.startsWith("file://")) return new LocalStore(fileURLToPath(uriOrPath));
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uriOrPath)?.[1];
  if (scheme !== undefined) {
    throw new UserError(
      `unsupported store "${uriOrPath}": use a local folder, file:///path or s3://bucket/prefix ` +
        `(${scheme}:// is not supported; for S3-compatible services use s3:// with AWS_ENDPOINT_URL_S3)`,
    );
  }
  if (uriOrPath.trim() === "")
    throw new UserError("no store given: use a local folder or s3://bucket/prefix");
  return new LocalStore(resolve(options.cwd ?? process.cwd(), uriOrPath));
}

async function openS3(
  uri: string,
  options: OpenStoreOptions,
  env: Record<string, string | undefined>,
): Promise<S3Store> {
  const rest = uri.slice("s3://".length);
  const slash = rest.indexOf("/");
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  const prefix = slash === -1 ? "" : rest.slice(slash + 1).replace(/\/+$/, "");
  if (bucket === "" || /\s/.test(bucket)) {
    throw new UserError(`invalid S3 store "${uri}": expected s3://bucket or s3://bucket/prefix`);
  }
  const endpoint = options.endpoint ?? nonEmpty(env.AWS_ENDPOINT_URL_S3) ?? nonEmpty(env.AWS_ENDPOINT_URL);
  const region =
    options.region ??
    nonEmpty(env.AWS_REGION) ??
    nonEmpty(env.AWS_DEFAULT_REGION) ??
    (endpoint === undefined ? undefined : "us-east-1");
  const credentials = options.credentials ?? credentialsFrom(env);
  // Like MLFLOW_HTTP_REQUEST_TIMEOUT for the tracking server: seconds a silent request may hang.
  const timeoutSeconds = Number(env.TRAINYARD_S3_TIMEOUT_SECONDS);
  const { S3Store } = await import("./s3-store.js");
  return new S3Store({
    bucket,
    prefix,
    ...(timeoutSeconds > 0 ? { socketTimeoutMs: timeoutSeconds * 1000 } : {}),
    ...options.s3,
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(region === undefined ? {} : { region }),
    ...(options.forcePathStyle === undefined ? {} : { forcePathStyle: options.forcePathStyle }),
    ...(credentials === undefined ? {} : { credentials }),
  });
}

/** Keys in a given `env` (which need not be process.env, where the SDK's own chain looks). */
function credentialsFrom(env: Record<string, string | undefined>): S3StoreOptions["credentials"] {
  const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  if (accessKeyId === undefined || secretAccessKey === undefined) return undefined;
  const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
  return { accessKeyId, secretAccessKey, ...(sessionToken === undefined ? {} : { sessionToken }) };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}
