import { blobKey, manifestKey, type SnapshotManifest } from "../../config/contracts/snapshot-manifest.js";
import type { BlobInfo, BlobStore } from "../../store/blob-store.js";
import { mapWithConcurrency } from "../../store/parallel.js";
import { readManifest, SnapshotNotFoundError } from "../snapshot/pull-snapshot.js";

/** What a store holds besides blobs, and which blobs each of those refers to. */
export const SNAPSHOTS_PREFIX = "snapshots/";
export const BLOBS_PREFIX = "blobs/sha256/";
export const RECIPES_PREFIX = "recipes/";
export const CACHE_PREFIX = "cache/train/";

const MANIFEST_KEY = /^snapshots\/([0-9a-f]{16})\/manifest\.json$/;

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Every manifest in the store, read and validated. A manifest deleted while we read is skipped. */
export async function listManifests(store: BlobStore): Promise<SnapshotManifest[]> {
  const ids: string[] = [];
  for await (const info of store.list(SNAPSHOTS_PREFIX)) {
    const id = MANIFEST_KEY.exec(info.key)?.[1];
    if (id) ids.push(id);
  }
  const manifests = await mapWithConcurrency(ids, 8, async (id) => {
    try {
      return await readManifest(store, id);
    } catch (error) {
      if (error instanceof SnapshotNotFoundError) return undefined;
      throw error;
    }
  });
  return manifests.filter((manifest): manifest is SnapshotManifest => manifest !== undefined);
}

interface CacheRecord {
  key: string;
  info: BlobInfo;
  runId?: string;
  blobs: string[];
}

/** The training cache's records (`cache/train/<key>.json`): each names the model blobs it restores. */
export async function listCacheRecords(store: BlobStore): Promise<CacheRecord[]> {
  const infos = (await collect(store.list(CACHE_PREFIX))).filter((info) => info.key.endsWith(".json"));
  const records = await mapWithConcurrency(infos, 8, async (info): Promise<CacheRecord | undefined> => {
    let parsed: { runId?: unknown; files?: { sha256?: unknown }[] };
    try {
      parsed = JSON.parse((await store.getBytes(info.key)).toString("utf8"));
    } catch {
      return undefined;
    }
    const blobs = (parsed.files ?? [])
      .map((file) => file.sha256)
      .filter((sha): sha is string => typeof sha === "string")
      .map(blobKey);
    return {
      key: info.key,
      info,
      ...(typeof parsed.runId === "string" ? { runId: parsed.runId } : {}),
      blobs,
    };
  });
  return records.filter((record): record is CacheRecord => record !== undefined);
}

/** The blob keys that manifests and cache records still refer to: what a sweep must keep. */
export function referencedBlobs(
  manifests: readonly SnapshotManifest[],
  cacheRecords: readonly { blobs: string[] }[],
): Set<string> {
  const referenced = new Set<string>();
  for (const manifest of manifests) for (const file of manifest.files) referenced.add(blobKey(file.sha256));
  for (const record of cacheRecords) for (const key of record.blobs) referenced.add(key);
  return referenced;
}

/** Removes a snapshot's manifest and anything else under `snapshots/<id>/`. */
export async function deleteSnapshot(store: BlobStore, id: string): Promise<void> {
  await store.delete(manifestKey(id));
  for (const info of await collect(store.list(`${SNAPSHOTS_PREFIX}${id}/`))) await store.delete(info.key);
}

/**
 * Removes the recipes (`recipes/<hash>.json`, which map unchanged sources to a snapshot) that point at one of
 * `ids`, so the next snapshot of those sources is taken afresh instead of reusing a removed one.
 */
export async function deleteRecipesOf(store: BlobStore, ids: ReadonlySet<string>): Promise<number> {
  if (ids.size === 0) return 0;
  let deleted = 0;
  const infos = await collect(store.list(RECIPES_PREFIX));
  await mapWithConcurrency(infos, 8, async (info) => {
    let id: unknown;
    try {
      id = (JSON.parse((await store.getBytes(info.key)).toString("utf8")) as { id?: unknown }).id;
    } catch {
      return;
    }
    if (typeof id === "string" && ids.has(id)) {
      await store.delete(info.key);
      deleted++;
    }
  });
  return deleted;
}
