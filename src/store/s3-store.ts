import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  type GetObjectCommandOutput,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  paginateListObjectsV2,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { UserError } from "../errors/user-error.js";
import { writeFileAtomically } from "./atomic-file.js";
import {
  assertValidKey,
  type BlobInfo,
  BlobNotFoundError,
  type BlobSource,
  type BlobStore,
  InvalidKeyError,
  type TransferOptions,
} from "./blob-store.js";
import { assertValidPrefix } from "./key-prefix.js";
import { httpStatusOf, S3StoreError, translateS3Error } from "./s3-errors.js";

const MiB = 1024 * 1024;

export interface S3StoreOptions {
  bucket: string;
  /** Folder inside the bucket that holds the store's keys; "" for the bucket's root. */
  prefix?: string;
  /** A custom endpoint for S3-compatible servers (MinIO, moto, R2, …); AWS when absent. */
  endpoint?: string;
  /** From the standard AWS chain (AWS_REGION, profile) when absent. */
  region?: string;
  /** Path-style URLs (`endpoint/bucket/key`); defaults to true with a custom endpoint. */
  forcePathStyle?: boolean;
  /** From the standard AWS chain (environment, profile, SSO, web identity, instance role) when absent. */
  credentials?: S3ClientConfig["credentials"];
  /** Attempts per request, retried by the SDK with backoff on 500, 503, throttling and network errors. */
  maxAttempts?: number;
  /** Sources larger than this go up as multipart uploads (default 16 MiB). */
  multipartThresholdBytes?: number;
  /** Multipart part size (default 8 MiB, at least 5 MiB as S3 requires). */
  partSizeBytes?: number;
  /** Parts in flight per multipart upload (default 4); memory use is about queueSize × partSizeBytes. */
  queueSize?: number;
  /** A request whose socket stays silent this long fails and is retried (default 120 s). */
  socketTimeoutMs?: number;
}

/** What to upload: bytes in memory, or a large file streamed from disk. */
interface Prepared {
  size: number;
  body?: Uint8Array;
  path?: string;
}

/**
 * A blob store in an S3 bucket (or an S3-compatible server) under an optional prefix: the key `a/b` is the
 * object `<prefix>/a/b`. Small sources are sent as one PutObject from memory, so the SDK can retry them
 * after a 500; larger ones as multipart uploads whose parts are retried one by one.
 */
export class S3Store implements BlobStore {
  readonly uri: string;
  readonly bucket: string;
  readonly prefix: string;
  readonly client: S3Client;
  private readonly target: string;
  private readonly multipartThreshold: number;
  private readonly partSize: number;
  private readonly queueSize: number;
  private bucketChecked: Promise<void> | undefined;
  private conditionalWrites = true;

  constructor(options: S3StoreOptions) {
    if (options.bucket === "" || /[\s/]/.test(options.bucket)) {
      throw new UserError(`invalid S3 bucket name "${options.bucket}"`);
    }
    this.bucket = options.bucket;
    this.prefix = (options.prefix ?? "").replace(/^\/+|\/+$/g, "");
    if (this.prefix !== "") assertValidKey(this.prefix);
    this.uri = this.prefix === "" ? `s3://${this.bucket}` : `s3://${this.bucket}/${this.prefix}`;
    this.partSize = Math.max(5 * MiB, options.partSizeBytes ?? 8 * MiB);
    this.multipartThreshold = Math.max(this.partSize, options.multipartThresholdBytes ?? 16 * MiB);
    this.queueSize = Math.max(1, options.queueSize ?? 4);
    this.target = options.endpoint ?? `AWS S3${options.region ? ` (region ${options.region})` : ""}`;
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle ?? options.endpoint !== undefined,
      credentials: options.credentials,
      maxAttempts: options.maxAttempts ?? 5,
      retryMode: "standard",
      followRegionRedirects: true,
      requestHandler: { connectionTimeout: 10_000, socketTimeout: options.socketTimeoutMs ?? 120_000 },
    });
  }

  private objectKey(key: string): string {
    assertValidKey(key);
    return this.prefix === "" ? key : `${this.prefix}/${key}`;
  }

  private fail(error: unknown, action: string, objectKey?: string): Error {
    if (error instanceof BlobNotFoundError || error instanceof InvalidKeyError) return error;
    return translateS3Error(error, {
      action,
      bucket: this.bucket,
      target: this.target,
      ...(objectKey === undefined ? {} : { key: objectKey }),
    });
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== undefined;
  }

  async stat(key: string): Promise<BlobInfo | undefined> {
    const objectKey = this.objectKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      return {
        key,
        size: head.ContentLength ?? 0,
        ...(head.LastModified ? { modified: head.LastModified.getTime() } : {}),
      };
    } catch (error) {
      if (httpStatusOf(error) !== 404) throw this.fail(error, "checking", objectKey);
    }
    // A HEAD answers a bare 404 for a missing bucket as for a missing key; tell them apart once.
    await this.checkBucket();
    return undefined;
  }

  private checkBucket(): Promise<void> {
    this.bucketChecked ??= this.client.send(new HeadBucketCommand({ Bucket: this.bucket })).then(
      () => undefined,
      (error: unknown) => {
        this.bucketChecked = undefined;
        const status = httpStatusOf(error);
        // Without s3:ListBucket a HEAD of the bucket is denied; the bucket may well exist.
        if (status === 403) return;
        if (status === 404) {
          throw new S3StoreError(
            `S3 bucket "${this.bucket}" does not exist at ${this.target}. Check the bucket name in the ` +
              "store URI, and the region or endpoint (AWS_REGION, AWS_ENDPOINT_URL_S3).",
            "NoSuchBucket",
            404,
            { cause: error },
          );
        }
        throw this.fail(error, "checking the bucket");
      },
    );
    return this.bucketChecked;
  }

  /**
   * A HEAD first skips the upload of a blob that is already there; the upload itself is conditional
   * (`If-None-Match: *`), so of concurrent writers S3 lets exactly one create the object and answers the
   * others 412. A 409 means a competing upload was in flight: once it lands the blob exists, otherwise we
   * try again. If our own request succeeded but its answer was lost, the SDK's retry gets the 412 and we
   * report "exists": the blob is there either way.
   */
  async putIfAbsent(
    key: string,
    source: BlobSource,
    options: TransferOptions = {},
  ): Promise<"written" | "exists"> {
    const objectKey = this.objectKey(key);
    if (await this.exists(key)) return "exists";
    const content = await this.prepare(key, source);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.upload(objectKey, content, options, this.conditionalWrites);
        return "written";
      } catch (error) {
        const status = httpStatusOf(error);
        if (status === 412) return "exists";
        if (status === 501 && this.conditionalWrites) {
          // An S3-compatible server without conditional writes: the HEAD above is all we can do.
          this.conditionalWrites = false;
          continue;
        }
        if (status === 409 && attempt < 5) {
          await sleep(200 * attempt * (0.5 + Math.random()));
          if (await this.exists(key)) return "exists";
          continue;
        }
        throw this.fail(error, "uploading", objectKey);
      }
    }
  }

  async put(key: string, source: BlobSource, options: TransferOptions = {}): Promise<void> {
    const objectKey = this.objectKey(key);
    const content = await this.prepare(key, source);
    try {
      await this.upload(objectKey, content, options, false);
    } catch (error) {
      throw this.fail(error, "uploading", objectKey);
    }
  }

  /** Small sources are read into memory, where a retried request can send them again. */
  private async prepare(key: string, source: BlobSource): Promise<Prepared> {
    if ("body" in source) {
      const body = typeof source.body === "string" ? Buffer.from(source.body, "utf8") : source.body;
      return { size: body.byteLength, body };
    }
    try {
      const info = await stat(source.path);
      if (!info.isFile()) throw new Error("not a file");
      if (info.size > this.multipartThreshold) return { size: info.size, path: source.path };
      const body = await readFile(source.path);
      return { size: body.byteLength, body };
    } catch (error) {
      throw new UserError(`cannot store "${key}" in ${this.uri}: cannot read source ${source.path}`, {
        cause: error,
      });
    }
  }

  private async upload(objectKey: string, content: Prepared, options: TransferOptions, ifAbsent: boolean) {
    const condition = ifAbsent ? { IfNoneMatch: "*" } : {};
    options.onProgress?.(0);
    if (content.body !== undefined && content.size <= this.multipartThreshold) {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: objectKey,
          Body: content.body,
          ContentLength: content.size,
          ...condition,
        }),
      );
      options.onProgress?.(content.size);
      return;
    }
    const stream = content.path !== undefined ? createReadStream(content.path) : undefined;
    try {
      const upload = new Upload({
        client: this.client,
        params: {
          Bucket: this.bucket,
          Key: objectKey,
          Body: stream ?? content.body,
          ContentLength: content.size,
          ...condition,
        },
        partSize: this.partSize,
        queueSize: this.queueSize,
      });
      upload.on("httpUploadProgress", (progress) => {
        if (progress.loaded !== undefined) options.onProgress?.(progress.loaded);
      });
      await upload.done();
    } finally {
      stream?.destroy();
    }
  }

  private async getObject(key: string, action: string): Promise<GetObjectCommandOutput> {
    const objectKey = this.objectKey(key);
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey }));
    } catch (error) {
      if (shapeName(error) === "NoSuchKey") throw new BlobNotFoundError(key, this.uri);
      throw this.fail(error, action, objectKey);
    }
  }

  async getStream(key: string): Promise<Readable> {
    const output = await this.getObject(key, "reading");
    if (!(output.Body instanceof Readable)) {
      throw new UserError(`S3 returned no readable body for ${this.uri}/${key}`);
    }
    return output.Body;
  }

  async getBytes(key: string): Promise<Buffer> {
    const output = await this.getObject(key, "reading");
    if (output.Body === undefined) throw new UserError(`S3 returned no body for ${this.uri}/${key}`);
    try {
      return Buffer.from(await output.Body.transformToByteArray());
    } catch (error) {
      throw this.fail(error, "reading", this.objectKey(key));
    }
  }

  async download(key: string, destination: string, options: TransferOptions = {}): Promise<void> {
    const output = await this.getObject(key, "downloading");
    if (!(output.Body instanceof Readable)) {
      throw new UserError(`S3 returned no readable body for ${this.uri}/${key}`);
    }
    try {
      await writeFileAtomically(
        resolve(destination),
        { stream: output.Body },
        {
          ...options,
          // A body cut short must not be renamed into place as if it were the blob.
          ...(output.ContentLength === undefined ? {} : { expectedBytes: output.ContentLength }),
        },
      );
    } catch (error) {
      throw this.fail(error, "downloading", this.objectKey(key));
    }
  }

  async *list(prefix: string): AsyncIterable<BlobInfo> {
    assertValidPrefix(prefix);
    const storePrefix = this.prefix === "" ? "" : `${this.prefix}/`;
    const pages = paginateListObjectsV2(
      { client: this.client, pageSize: 1000 },
      { Bucket: this.bucket, Prefix: storePrefix + prefix },
    );
    try {
      for await (const page of pages) {
        for (const object of page.Contents ?? []) {
          if (object.Key === undefined) continue;
          yield {
            key: object.Key.slice(storePrefix.length),
            size: object.Size ?? 0,
            ...(object.LastModified ? { modified: object.LastModified.getTime() } : {}),
          };
        }
      }
    } catch (error) {
      throw this.fail(error, "listing", storePrefix + prefix);
    }
  }

  async delete(key: string): Promise<void> {
    const objectKey = this.objectKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey }));
    } catch (error) {
      throw this.fail(error, "deleting", objectKey);
    }
  }
}

function shapeName(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "name" in error ? String(error.name) : undefined;
}
