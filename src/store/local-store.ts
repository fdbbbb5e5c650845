import { type FileHandle, link, lstat, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { UserError } from "../errors/user-error.js";
import { isTempName, writeFileAtomically, writeTempBeside } from "./atomic-file.js";
import {
  assertValidKey,
  type BlobInfo,
  BlobNotFoundError,
  type BlobSource,
  type BlobStore,
  type TransferOptions,
} from "./blob-store.js";
import { assertValidPrefix, compareKeys } from "./key-prefix.js";

export interface LocalStoreOptions {
  /**
   * Flush each blob to disk before it becomes visible (default true), so a power loss never leaves a
   * manifest pointing at an empty blob. Turn off only for throwaway stores.
   */
  fsync?: boolean;
}

/** Error codes meaning "no file at this path" (a missing file, or a path through a file or to a folder). */
const ABSENT = new Set(["ENOENT", "ENOTDIR", "EISDIR"]);
/** `link` is not available on this filesystem (FAT, some network mounts). */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK"]);

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

/**
 * A blob store in a local directory: the key `a/b/c` is the file `<root>/a/b/c`. Writers stage data in a
 * temporary file beside the target (`<name>.trainyard-tmp-<uuid>`, skipped by `list`) and move it into
 * place in one step, so readers never see a partial blob.
 */
export class LocalStore implements BlobStore {
  readonly root: string;
  readonly uri: string;
  private readonly fsync: boolean;

  constructor(rootDir: string, options: LocalStoreOptions = {}) {
    this.root = resolve(rootDir);
    this.uri = pathToFileURL(this.root).href;
    this.fsync = options.fsync ?? true;
  }

  private pathOf(key: string): string {
    assertValidKey(key);
    return join(this.root, ...key.split("/"));
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== undefined;
  }

  async stat(key: string): Promise<BlobInfo | undefined> {
    const path = this.pathOf(key);
    try {
      const info = await stat(path);
      return info.isFile() ? { key, size: info.size, modified: info.mtimeMs } : undefined;
    } catch (error) {
      if (ABSENT.has(errorCode(error) ?? "")) return undefined;
      throw error;
    }
  }

  /**
   * Publishes with `link(temp, target)`, which fails with EEXIST when the target exists: the check and the
   * creation are one atomic step, so of many concurrent writers exactly one wins and nothing is ever
   * replaced. `rename` would silently replace a blob another writer published between our existence check
   * and the rename. Where the filesystem has no hard links we fall back to check-then-rename, whose only
   * race is two writers of the same key both reporting "written".
   */
  async putIfAbsent(
    key: string,
    source: BlobSource,
    options: TransferOptions = {},
  ): Promise<"written" | "exists"> {
    const target = this.pathOf(key);
    if (await this.exists(key)) return "exists";
    const temp = await this.stage(key, target, source, options);
    try {
      await link(temp, target);
      return "written";
    } catch (error) {
      const code = errorCode(error);
      if (code === "EEXIST") {
        if (await this.exists(key)) return "exists";
        throw this.folderConflict(key, error);
      }
      if (!NO_HARD_LINKS.has(code ?? "")) throw error;
      if (await this.exists(key)) return "exists";
      await this.moveIntoPlace(key, temp, target);
      return "written";
    } finally {
      await rm(temp, { force: true });
    }
  }

  async put(key: string, source: BlobSource, options: TransferOptions = {}): Promise<void> {
    const target = this.pathOf(key);
    const temp = await this.stage(key, target, source, options);
    try {
      await this.moveIntoPlace(key, temp, target);
    } finally {
      await rm(temp, { force: true });
    }
  }

  async getStream(key: string): Promise<Readable> {
    const handle = await this.openBlob(key);
    return handle.createReadStream();
  }

  async getBytes(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (ABSENT.has(errorCode(error) ?? "")) throw new BlobNotFoundError(key, this.uri);
      throw error;
    }
  }

  async download(key: string, destination: string, options: TransferOptions = {}): Promise<void> {
    const handle = await this.openBlob(key);
    await writeFileAtomically(resolve(destination), { stream: handle.createReadStream() }, options);
  }

  async *list(prefix: string): AsyncIterable<BlobInfo> {
    assertValidPrefix(prefix);
    // Start at the deepest folder the prefix names in full; `blobs/sha256/ab` starts at `blobs/sha256/`.
    const start = prefix.slice(0, prefix.lastIndexOf("/") + 1);
    yield* this.walk(start, prefix);
  }

  /**
   * Depth-first, each folder's entries sorted with folders as `name/`: every key below folder `a` starts
   * with `a/`, so placing `a/` among its siblings by byte order yields all keys in byte order.
   */
  private async *walk(folderKey: string, prefix: string): AsyncGenerator<BlobInfo> {
    let entries: { name: string; folder: boolean; file: boolean }[];
    try {
      const dirents = await readdir(join(this.root, ...folderKey.split("/")), { withFileTypes: true });
      entries = dirents
        .filter((entry) => !isTempName(entry.name))
        .map((entry) => ({ name: entry.name, folder: entry.isDirectory(), file: entry.isFile() }));
    } catch (error) {
      if (ABSENT.has(errorCode(error) ?? "")) return;
      throw error;
    }
    const sortName = (entry: { name: string; folder: boolean }) => entry.name + (entry.folder ? "/" : "");
    entries.sort((a, b) => compareKeys(sortName(a), sortName(b)));
    for (const entry of entries) {
      const key = folderKey + entry.name;
      if (entry.folder) {
        const below = `${key}/`;
        if (below.startsWith(prefix) || prefix.startsWith(below)) yield* this.walk(below, prefix);
      } else if (entry.file && key.startsWith(prefix)) {
        try {
          const info = await lstat(join(this.root, ...key.split("/")));
          yield { key, size: info.size, modified: info.mtimeMs };
        } catch (error) {
          // deleted while we were listing
          if (!ABSENT.has(errorCode(error) ?? "")) throw error;
        }
      }
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await rm(this.pathOf(key));
    } catch (error) {
      // A missing key, or a folder of other keys (`rm` without `recursive` refuses folders): nothing to do.
      const code = errorCode(error) ?? "";
      if (ABSENT.has(code) || code === "ERR_FS_EISDIR") return;
      throw error;
    }
  }

  private async stage(key: string, target: string, source: BlobSource, options: TransferOptions) {
    try {
      return await writeTempBeside(target, source, { ...options, fsync: this.fsync });
    } catch (error) {
      // mkdir meets a file where a parent folder should be
      if (errorCode(error) === "ENOTDIR" || errorCode(error) === "EEXIST") {
        throw this.folderConflict(key, error);
      }
      if ("path" in source && errorCode(error) === "ENOENT") {
        throw new UserError(
          `cannot store "${key}" in ${this.uri}: source file ${source.path} does not exist`,
          {
            cause: error,
          },
        );
      }
      throw error;
    }
  }

  private async moveIntoPlace(key: string, temp: string, target: string) {
    try {
      await rename(temp, target);
    } catch (error) {
      const code = errorCode(error);
      if (code === "EISDIR" || code === "ENOTEMPTY" || code === "EEXIST") {
        throw this.folderConflict(key, error);
      }
      throw error;
    }
  }

  private async openBlob(key: string): Promise<FileHandle> {
    const path = this.pathOf(key);
    let handle: FileHandle;
    try {
      handle = await open(path, "r");
    } catch (error) {
      if (ABSENT.has(errorCode(error) ?? "")) throw new BlobNotFoundError(key, this.uri);
      throw error;
    }
    // Opening a folder for reading succeeds on Linux; it is still not a blob.
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      throw new BlobNotFoundError(key, this.uri);
    }
    return handle;
  }

  /** A local folder cannot hold both a file `a` and files `a/...`, which S3 allows. */
  private folderConflict(key: string, cause: unknown): UserError {
    return new UserError(
      `cannot store "${key}" in ${this.uri}: a local store cannot hold both a blob and a folder of blobs at ` +
        `"${key}" or one of its parent folders; choose keys where no key is a folder of another`,
      { cause },
    );
  }
}
