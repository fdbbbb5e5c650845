import { createHash } from "node:crypto";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { z } from "zod";
import { parseContract, serializeContract } from "../../config/contracts/contract-file.js";
import { blobKey } from "../../config/contracts/snapshot-manifest.js";
import { hashFile } from "../../data/hash-file.js";
import { listFiles } from "../../data/list-files.js";
import { UserError } from "../../errors/user-error.js";
import type { BlobStore } from "../../store/blob-store.js";
import { mapWithConcurrency } from "../../store/parallel.js";
import { canonicalJson, type Params } from "./params.js";

const CACHE_KIND = "trainyard.train-cache";
const CACHE_VERSION = 1;

export interface CacheKeyInputs {
  snapshotId?: string;
  /** Hashes of the data files, when there is no snapshot id. */
  dataHashes?: Record<string, string>;
  params: Params;
  seed: number;
  command: string;
  codeHash?: string;
  lockfiles: Record<string, string>;
}

/** The cache key of a training: the same inputs give the same key, any changed input another. */
export function trainCacheKey(inputs: CacheKeyInputs): string {
  return createHash("sha256")
    .update(canonicalJson({ kind: CACHE_KIND, version: CACHE_VERSION, ...inputs }))
    .digest("hex");
}

const cachedFileSchema = z.object({
  path: z
    .string()
    .min(1)
    .refine(
      (path) => !path.startsWith("/") && !path.split("/").some((part) => part === ".." || part === ""),
      "a relative path inside the model folder",
    ),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
});

const cacheRecordSchema = z.object({
  kind: z.literal(CACHE_KIND),
  version: z.literal(CACHE_VERSION),
  key: z.string(),
  runId: z.string(),
  files: z.array(cachedFileSchema),
  createdAt: z.string(),
});

export type CacheRecord = z.infer<typeof cacheRecordSchema>;

const recordKey = (key: string) => `cache/train/${key}.json`;

/** Puts the model folder's files in the store (content-addressed) and the record last, so a record is never partial. */
export async function saveModelToStore(
  store: BlobStore,
  key: string,
  modelDir: string,
  runId: string,
): Promise<void> {
  const files = await mapWithConcurrency(await listFiles(modelDir), 4, async (path) => {
    const local = join(modelDir, ...path.split("/"));
    const { sha256, bytes } = await hashFile(local);
    await store.putIfAbsent(blobKey(sha256), { path: local });
    return { path, sha256, bytes };
  });
  const record: CacheRecord = {
    kind: CACHE_KIND,
    version: CACHE_VERSION,
    key,
    runId,
    files,
    createdAt: new Date().toISOString(),
  };
  await store.putIfAbsent(recordKey(key), { body: serializeContract(record) });
}

/** Restores a cached model folder into `modelDir` (replacing it), or returns undefined on a miss. */
export async function restoreModelFromStore(
  store: BlobStore,
  key: string,
  modelDir: string,
): Promise<CacheRecord | undefined> {
  if (!(await store.exists(recordKey(key)))) return undefined;
  const text = (await store.getBytes(recordKey(key))).toString("utf8");
  const record = parseContract(cacheRecordSchema, text, `${store.uri}/${recordKey(key)}`, {
    kind: CACHE_KIND,
    version: CACHE_VERSION,
  });
  const staging = `${modelDir}.restore-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mapWithConcurrency(record.files, 4, async (file) => {
    const target = join(staging, ...file.path.split("/"));
    await mkdir(dirname(target), { recursive: true });
    await store.download(blobKey(file.sha256), target);
    const { sha256 } = await hashFile(target);
    if (sha256 !== file.sha256)
      throw new UserError(`cached model file ${file.path} is damaged in the store (SHA-256 ${sha256})`);
  });
  await mkdir(staging, { recursive: true });
  await rm(modelDir, { recursive: true, force: true });
  await mkdir(dirname(modelDir), { recursive: true });
  await rename(staging, modelDir);
  return record;
}
