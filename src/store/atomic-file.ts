import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, constants, copyFile, mkdir, open, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { UserError } from "../errors/user-error.js";
import type { BlobSource } from "./blob-store.js";

const TEMP_MARK = ".trainyard-tmp-";
const TEMP_NAME = /\.trainyard-tmp-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a file name is one of our in-progress temporary files (never a finished blob). */
export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** A fresh name in the same directory as `target`, so a later rename or link stays on one filesystem. */
export function tempPathBeside(target: string): string {
  return join(dirname(target), `${basename(target)}${TEMP_MARK}${randomUUID()}`);
}

export type FileContent = BlobSource | { stream: Readable };

export interface WriteTempOptions {
  onProgress?: (bytes: number) => void;
  /** Flush the data to disk before returning, so a crash after the rename never exposes an empty file. */
  fsync?: boolean;
  /** Fail, leaving nothing behind, unless exactly this many bytes arrived (a body cut short by the network). */
  expectedBytes?: number;
}

/**
 * Writes `content` to a new temporary file beside `target` (creating missing directories) and returns its
 * path; the caller moves it into place. On failure the temporary file is removed.
 */
export async function writeTempBeside(
  target: string,
  content: FileContent,
  options: WriteTempOptions = {},
): Promise<string> {
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch (error) {
    // Release the open file or HTTP connection behind a stream we will never read.
    if ("stream" in content) content.stream.destroy();
    throw error;
  }
  const temp = tempPathBeside(target);
  const flush = options.fsync ?? false;
  try {
    if ("body" in content) {
      const bytes = typeof content.body === "string" ? Buffer.from(content.body, "utf8") : content.body;
      await writeFile(temp, bytes, { flag: "wx", flush });
      options.onProgress?.(bytes.byteLength);
    } else if ("path" in content) {
      // A local file: the kernel copies it (copy_file_range, or a reflink where the file system has them)
      // instead of this thread reading and writing every 64 KiB through a stream.
      options.onProgress?.(0);
      await copyFile(content.path, temp, constants.COPYFILE_EXCL);
      // The copy has the source's mode; a read-only source still gives a file this process can sync.
      const { mode } = await stat(temp);
      if ((mode & 0o200) === 0) await chmod(temp, mode | 0o200);
      const handle = await open(temp, "r+");
      let size: number;
      try {
        size = (await handle.stat()).size;
        if (flush) await handle.sync();
      } finally {
        await handle.close();
      }
      options.onProgress?.(size);
      if (options.expectedBytes !== undefined && size !== options.expectedBytes) {
        throw new UserError(`expected ${options.expectedBytes} bytes but received ${size}`);
      }
    } else {
      const input = content.stream;
      let copied = 0;
      options.onProgress?.(0);
      await pipeline(
        input,
        async function* count(chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            copied += chunk.byteLength;
            options.onProgress?.(copied);
            yield chunk;
          }
        },
        createWriteStream(temp, { flags: "wx", flush }),
      );
      if (options.expectedBytes !== undefined && copied !== options.expectedBytes) {
        throw new UserError(`expected ${options.expectedBytes} bytes but received ${copied}`);
      }
    }
    return temp;
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Writes `content` to `destination` under a temporary name and renames it when complete. */
export async function writeFileAtomically(
  destination: string,
  content: FileContent,
  options: WriteTempOptions = {},
): Promise<void> {
  const temp = await writeTempBeside(destination, content, options);
  try {
    await rename(temp, destination);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
