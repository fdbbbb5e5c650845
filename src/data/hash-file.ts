import { createHash } from "node:crypto";
import { fileAccessError } from "./data-error.js";
import { openForRead } from "./read-text.js";

export interface FileHash {
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
  bytes: number;
}

const READ_BYTES = 1 << 20;

/**
 * Hashes a file in one pass of 1 MiB reads; `onProgress` gets the bytes hashed so far. Two buffers take turns,
 * so the next read runs while this thread hashes the last one, and no buffer is allocated per read (a stream's
 * fresh 1 MiB chunks cost page faults and old-space GCs: ~15% of the hashing's CPU on 200 MiB).
 */
export async function hashFile(path: string, onProgress?: (bytes: number) => void): Promise<FileHash> {
  const handle = await openForRead(path);
  const hash = createHash("sha256");
  const buffers = [Buffer.allocUnsafeSlow(READ_BYTES), Buffer.allocUnsafeSlow(READ_BYTES)] as const;
  let bytes = 0;
  let pending: Promise<{ bytesRead: number }> | undefined;
  onProgress?.(0);
  try {
    let turn = 0;
    pending = handle.read(buffers[0], 0, READ_BYTES, 0);
    for (;;) {
      const { bytesRead } = await pending;
      pending = undefined;
      if (bytesRead === 0) break;
      const filled = buffers[turn] as Buffer;
      bytes += bytesRead;
      turn ^= 1;
      pending = handle.read(buffers[turn] as Buffer, 0, READ_BYTES, bytes);
      pending.catch(() => undefined); // awaited on the next turn, or settled below after a failure
      hash.update(filled.subarray(0, bytesRead));
      onProgress?.(bytes);
    }
  } catch (error) {
    throw fileAccessError(path, error);
  } finally {
    if (pending) await pending.catch(() => undefined);
    await handle.close();
  }
  return { sha256: hash.digest("hex"), bytes };
}
