import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { pipeline, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { createGzip, type Gzip } from "node:zlib";
import { tempPathBeside } from "../store/atomic-file.js";

/**
 * Bytes on their way to `path`: written to a temporary file beside it (gzipped when asked), flushed to disk,
 * and renamed into place only by `commit`, so a crash or an error never leaves a partial file under the
 * final name.
 */
export class FileSink {
  private failure: unknown;
  private settled = false;

  private constructor(
    readonly path: string,
    private readonly temp: string,
    private readonly file: WriteStream,
    private readonly gzip: Gzip | undefined,
  ) {
    const remember = (error: unknown) => {
      this.failure ??= error;
    };
    file.on("error", remember);
    gzip?.on("error", remember);
  }

  static async open(path: string, options: { gzip?: boolean } = {}): Promise<FileSink> {
    await mkdir(dirname(path), { recursive: true });
    const temp = tempPathBeside(path);
    const file = createWriteStream(temp, { flags: "wx", flush: true, highWaterMark: 1 << 20 });
    // Surface a failure to create the file (permissions, a full disk) here rather than at the first write.
    await new Promise<void>((resolve, reject) => {
      file.once("ready", () => resolve());
      file.once("error", reject);
    });
    const gzip = options.gzip ? createGzip() : undefined;
    if (gzip) {
      pipeline(gzip, file, () => {
        // Errors reach the "error" listeners in the constructor.
      });
    }
    return new FileSink(path, temp, file, gzip);
  }

  private get head(): Writable {
    return this.gzip ?? this.file;
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    this.ensureOpen();
    this.throwIfFailed();
    if (this.head.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: unknown) => {
        this.head.off("drain", done);
        this.head.off("error", done);
        if (error === undefined) resolve();
        else reject(error);
      };
      this.head.on("drain", done);
      this.head.on("error", done);
    });
    this.throwIfFailed();
  }

  /** Finishes the file and moves it to its final name; returns its size in bytes. */
  async commit(): Promise<number> {
    this.ensureOpen();
    this.settled = true;
    try {
      this.throwIfFailed();
      this.head.end();
      await finished(this.file);
      this.throwIfFailed();
      const { size } = await stat(this.temp);
      await rename(this.temp, this.path);
      return size;
    } catch (error) {
      await this.discard();
      throw error;
    }
  }

  /** Drops everything written so far; safe to call more than once and after a failed commit. */
  async abort(): Promise<void> {
    this.settled = true;
    await this.discard();
  }

  get closed(): boolean {
    return this.settled;
  }

  private async discard(): Promise<void> {
    this.gzip?.destroy();
    this.file.destroy();
    await finished(this.file).catch(() => undefined);
    await rm(this.temp, { force: true });
  }

  private ensureOpen(): void {
    if (this.settled) throw new Error(`${this.path}: the writer is already closed`);
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
