import { createHash } from "node:crypto";
import { fileAccessError } from "./data-error.js";
import { openForRead } from "./read-text.js";

export interface FileHash {
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
  bytes: number;
}

/** Hashes a file in one streamed pass with 1 MiB reads; `onProgress` gets the bytes hashed so far. */
export async function hashFile(path: string, onProgress?: (bytes: number) => void): Promise<FileHash> {
  const handle = await openForRead(path);
  const hash = createHash("sha256");
  let bytes = 0;
  onProgress?.(0);
  const stream = handle.createReadStream({ highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      onProgress?.(bytes);
    }
  } catch (error) {
    throw fileAccessError(path, error);
  } finally {
    stream.destroy();
  }
  return { sha256: hash.digest("hex"), bytes };
}
