import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  blobKey,
  manifestKey,
  parseSnapshotManifest,
  type SnapshotManifest,
} from "../../config/contracts/snapshot-manifest.js";
import type { Context } from "../../context/context.js";
import { HASH_CACHE_FILE, HashCache } from "../../data/hash-cache.js";
import { hashFile } from "../../data/hash-file.js";
import { UserError } from "../../errors/user-error.js";
import { BlobNotFoundError, type BlobStore } from "../../store/blob-store.js";
import { mapWithConcurrency } from "../../store/parallel.js";

export class SnapshotNotFoundError extends UserError {
  constructor(id: string, storeUri: string) {
    super(`no snapshot "${id}" in ${storeUri} (no ${manifestKey(id)})`);
    this.name = "SnapshotNotFoundError";
  }
}

export async function readManifest(store: BlobStore, id: string): Promise<SnapshotManifest> {
  if (!/^[0-9a-f]{16}$/.test(id)) throw new UserError(`"${id}" is not a snapshot id (16 hex characters)`);
  try {
    const bytes = await store.getBytes(manifestKey(id));
    return parseSnapshotManifest(bytes.toString("utf8"), `${store.uri}/${manifestKey(id)}`);
  } catch (error) {
    if (error instanceof BlobNotFoundError) throw new SnapshotNotFoundError(id, store.uri);
    throw error;
  }
}

/**
 * Materialises a snapshot in `destination`, verifying every file's SHA-256. Files already there with the right
 * hash are kept (an unchanged file's hash comes from the data root's hash cache, see hash-cache.ts); a download goes to a temporary name and is renamed only once its hash matches.
 */
export async function pullSnapshot(
  context: Context,
  store: BlobStore,
  id: string,
  destination: string,
): Promise<{ manifest: SnapshotManifest; dataDir: string; bytesDownloaded: number }> {
  const manifest = await readManifest(store, id);
  const cache = await HashCache.open(join(dirname(destination), HASH_CACHE_FILE));
  let bytesDownloaded = 0;
  await mapWithConcurrency(manifest.files, 4, async (file) => {
    const target = join(destination, ...file.name.split("/"));
    if (await stat(target).catch(() => undefined)) {
      if ((await cache.hash(target)).sha256 === file.sha256) return;
    }
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.partial-${process.pid}`;
    const progress = context.progress(`download ${file.name}`, file.bytes);
    await store.download(blobKey(file.sha256), partial, { onProgress: (bytes) => progress.update(bytes) });
    progress.finish();
    const { sha256 } = await hashFile(partial);
    if (sha256 !== file.sha256) {
      await rm(partial, { force: true });
      throw new UserError(
        `${file.name}: the stored blob's SHA-256 is ${sha256}, the manifest says ${file.sha256}; the store is damaged`,
      );
    }
    await rename(partial, target);
    await cache.record(target, { sha256, bytes: file.bytes });
    bytesDownloaded += file.bytes;
  });
  await cache.save();
  return { manifest, dataDir: destination, bytesDownloaded };
}

/** The train, test and whole-data files of a materialised snapshot, for the train contract. */
export function snapshotFiles(manifest: SnapshotManifest, dataDir: string) {
  const find = (role: string) => manifest.files.find((file) => file.role === role);
  const path = (name: string | undefined) => (name ? join(dataDir, ...name.split("/")) : undefined);
  return {
    train: path(find("train")?.name),
    test: path(find("test")?.name),
    data: manifest.files.filter((file) => file.role === "data").map((file) => path(file.name) as string),
  };
}
