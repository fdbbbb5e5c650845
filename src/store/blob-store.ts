import type { Readable } from "node:stream";
import { UserError } from "../errors/user-error.js";

export interface BlobInfo {
  key: string;
  size: number;
  /**
   * When the blob was last written, in milliseconds since the epoch, as the store reports it (a file's
   * mtime; S3's LastModified, whole seconds). Retention's grace period reads it; absent if unknown.
   */
  modified?: number;
}

export interface TransferOptions {
  /** Called with the bytes transferred so far. */
  onProgress?: (bytes: number) => void;
}

/** Where a value to store comes from: a local file (streamed) or bytes in memory. */
export type BlobSource = { path: string } | { body: Uint8Array | string };

/**
 * A flat key space of immutable blobs. Keys use `/` separators and never start with `/` or contain `..`.
 * Two backends: a local directory (`local-store.ts`) and S3 or an S3-compatible server (`s3-store.ts`).
 */
export interface BlobStore {
  /** `file:///abs/dir` or `s3://bucket/prefix`. */
  readonly uri: string;
  exists(key: string): Promise<boolean>;
  /** Size in bytes (and the time it was written), or undefined when absent. */
  stat(key: string): Promise<BlobInfo | undefined>;
  /**
   * Writes the blob only if no blob has that key. Returns whether this call wrote it. Concurrent writers
   * of the same key never leave a partial blob visible.
   */
  putIfAbsent(key: string, source: BlobSource, options?: TransferOptions): Promise<"written" | "exists">;
  /** Writes or replaces the blob atomically (readers see the old or the new value, never a mix). */
  put(key: string, source: BlobSource, options?: TransferOptions): Promise<void>;
  getStream(key: string): Promise<Readable>;
  getBytes(key: string): Promise<Buffer>;
  /** Streams the blob into a local file, written under a temporary name and renamed when complete. */
  download(key: string, destination: string, options?: TransferOptions): Promise<void>;
  /** Every blob whose key starts with `prefix`, in key order, with its size and the time it was written. */
  list(prefix: string): AsyncIterable<BlobInfo>;
  /** Removes the blob; removing a key that is absent succeeds (so a retried delete is safe). */
  delete(key: string): Promise<void>;
}

export class BlobNotFoundError extends UserError {
  constructor(
    readonly key: string,
    storeUri: string,
  ) {
    super(`no blob "${key}" in ${storeUri}`);
    this.name = "BlobNotFoundError";
  }
}

export class InvalidKeyError extends UserError {
  constructor(key: string) {
    super(`invalid store key "${key}": keys are relative, use "/" separators and never contain ".."`);
    this.name = "InvalidKeyError";
  }
}

export function assertValidKey(key: string): void {
  if (
    key === "" ||
    key.startsWith("/") ||
    key.includes("\\") ||
    key.includes("\0") ||
    key.split("/").some((part) => part === ".." || part === "." || part === "")
  ) {
    throw new InvalidKeyError(key);
  }
}
