import { constants as fsConstants } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { DataError, fileAccessError } from "./data-error.js";
import { isGzipped } from "./format.js";

// A value sliced from decoded text can keep its whole chunk alive (V8 slices rather than copies longer
// substrings), so text chunks stay small; 256 KiB reads as fast as larger ones.
export const CHUNK_BYTES = 1 << 18;

/** Opens a regular file for reading, turning a missing, unreadable or non-regular path into a DataError. */
export async function openForRead(path: string): Promise<FileHandle> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, fsConstants.O_RDONLY);
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new DataError({ file: path }, "is a directory, not a file");
    if (!stat.isFile()) throw new DataError({ file: path }, "is not a regular file");
    return handle;
  } catch (error) {
    await handle?.close();
    throw fileAccessError(path, error);
  }
}

/** The file's bytes as a stream of 256 KiB chunks, gunzipped when the name ends in .gz. */
export async function openByteStream(path: string): Promise<Readable> {
  const handle = await openForRead(path);
  const raw = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
  if (!isGzipped(path)) return raw;
  // Loaded here: every command that reads a file (a re-snapshot's hashing too) imports this module, few gunzip.
  const { createGunzip } = await import("node:zlib");
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  raw.on("error", (error) => gunzip.destroy(error));
  gunzip.on("close", () => raw.destroy());
  return raw.pipe(gunzip);
}

/**
 * The file's text, decoded as strict UTF-8 (a byte-order mark is dropped), in chunks of about 256 KiB.
 * Invalid UTF-8 is a DataError naming the byte offset and line, not a silent replacement character.
 */
export async function* readTextChunks(path: string): AsyncGenerator<string> {
  const bytes = await openByteStream(path);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let offset = 0;
  let last: Uint8Array = new Uint8Array(0);
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      last = chunk;
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw await invalidUtf8(path, offset + firstInvalidByte(chunk));
      }
      offset += chunk.byteLength;
      if (text.length > 0) yield text;
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      const start = offset - unfinishedTail(last);
      throw await invalidUtf8(path, start, "the file ends in the middle of a UTF-8 character");
    }
    if (rest.length > 0) yield rest;
  } catch (error) {
    throw readError(path, error);
  } finally {
    bytes.destroy();
  }
}

/** Translates a failure while reading a text file's bytes (I/O, gzip) into a DataError. */
export function readError(path: string, error: unknown): DataError {
  if (error instanceof DataError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && code.startsWith("Z_")) {
    const reason = error instanceof Error ? error.message : String(error);
    return new DataError({ file: path }, `is not valid gzip data: ${reason}`, { cause: error });
  }
  return fileAccessError(path, error);
}

/**
 * The offset in `chunk` of the first byte of the first invalid sequence. Decoding a prefix in streaming mode
 * fails exactly when the prefix holds an invalid sequence, so the failing byte can be found by bisection.
 * Up to three leading continuation bytes may finish a character begun in the previous chunk and are skipped.
 */
export function firstInvalidByte(chunk: Uint8Array): number {
  let start = 0;
  while (start < 3 && start < chunk.length && ((chunk[start] ?? 0) & 0xc0) === 0x80) start++;
  const decodes = (end: number): boolean => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(chunk.subarray(start, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = start;
  let bad = chunk.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  // The byte at `good` breaks the text; if it was meant to continue a character begun just before it,
  // that character's first byte is where the invalid sequence starts.
  let lead = good;
  while (lead > start && good - lead < 3 && ((chunk[lead - 1] ?? 0) & 0xc0) === 0x80) lead--;
  const first = chunk[lead - 1] ?? 0;
  if (lead > start && first >= 0xc0) {
    const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : 2;
    if (lead - 1 + length > good) return lead - 1;
  }
  return good;
}

/** How many bytes at the end of `chunk` begin a character that does not finish there. */
export function unfinishedTail(chunk: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    return byte >= 0xc0 ? back : 0;
  }
  return 0;
}

export async function invalidUtf8(path: string, byteOffset: number, detail?: string): Promise<DataError> {
  const line = await lineAtByte(path, byteOffset);
  const where = `byte ${byteOffset}${line === undefined ? "" : ` (line ${line})`}`;
  return new DataError(
    { file: path, ...(line === undefined ? {} : { line }) },
    `is not valid UTF-8 at ${where}${detail ? `: ${detail}` : ""}; save it as UTF-8`,
  );
}

/** The 1-based line holding byte `byteOffset` of the (decompressed) file; only used to explain an error. */
async function lineAtByte(path: string, byteOffset: number): Promise<number | undefined> {
  let line = 1;
  let seen = 0;
  const bytes = await openByteStream(path);
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      const end = Math.min(chunk.byteLength, byteOffset - seen);
      for (let at = chunk.indexOf(10); at !== -1 && at < end; at = chunk.indexOf(10, at + 1)) line++;
      seen += chunk.byteLength;
      if (seen >= byteOffset) return line;
    }
    return line;
  } catch {
    return undefined;
  } finally {
    bytes.destroy();
  }
}
