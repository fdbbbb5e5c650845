import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { z } from "zod";
import { parseContract, serializeContract } from "../../config/contracts/contract-file.js";
import type { Context } from "../../context/context.js";
import { hashFile } from "../../data/hash-file.js";
import { listFiles } from "../../data/list-files.js";
import type { BlobStore } from "../../store/blob-store.js";
import { mapWithConcurrency } from "../../store/parallel.js";

/**
 * Durable checkpoints (the train contract's TRAINYARD_CHECKPOINT_DIR). While the command runs, what it writes
 * there is copied to the store: each file as a content-addressed blob under `checkpoints/<cache key>/blobs/`,
 * then a manifest naming them, written last, so a manifest in the store always names complete, hashed
 * blobs. A later training of the same cache key restores the newest manifest whose blobs all check out.
 */
const CHECKPOINT_KIND = "trainyard.checkpoint";
const CHECKPOINT_VERSION = 1;
/** Manifests kept per run: the newest few, so a restore has a fallback if the newest is damaged. */
const KEEP_PER_RUN = 2;

const checkpointFileSchema = z.object({
  path: z
    .string()
    .min(1)
    .refine(
      (path) => !path.startsWith("/") && !path.split("/").some((part) => part === ".." || part === ""),
      "a relative path inside the checkpoint folder",
    ),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
});

const checkpointManifestSchema = z.object({
  kind: z.literal(CHECKPOINT_KIND),
  version: z.literal(CHECKPOINT_VERSION),
  key: z.string(),
  runId: z.string(),
  sequence: z.number().int().positive(),
  /** The step the trainer named in `checkpoint.json` (`{"step": n}`), when it did. */
  step: z.number().optional(),
  createdAt: z.string(),
  files: z.array(checkpointFileSchema),
});

export type CheckpointManifest = z.infer<typeof checkpointManifestSchema>;

export const checkpointPrefix = (key: string) => `checkpoints/${key}/`;
const checkpointBlobKey = (key: string, sha: string) => `checkpoints/${key}/blobs/${sha}`;
const manifestKeyOf = (key: string, runId: string, sequence: number) =>
  `checkpoints/${key}/manifests/${runId}/${String(sequence).padStart(8, "0")}.json`;

/** The files of a folder that may not exist yet (none then). */
const listFilesIfAny = (root: string) => listFiles(root).catch((): string[] => []);

/** The step a trainer names in `checkpoint.json`, if it writes one with a numeric `step`. */
async function readStep(dir: string): Promise<number | undefined> {
  try {
    const step = (JSON.parse(await readFile(join(dir, "checkpoint.json"), "utf8")) as { step?: unknown })
      .step;
    return typeof step === "number" && Number.isFinite(step) ? step : undefined;
  } catch {
    return undefined;
  }
}

/** "run <id>, step <n>" or "run <id>, <time>": how a checkpoint is named in the log and on the run. */
export function describeCheckpoint(manifest: CheckpointManifest): string {
  return `run ${manifest.runId}, ${manifest.step !== undefined ? `step ${manifest.step}` : manifest.createdAt}`;
}

/** Every checkpoint manifest of a cache key, newest first; unreadable ones come back as `problem`s. */
async function listManifests(
  store: BlobStore,
  key: string,
): Promise<{ manifests: { storeKey: string; manifest: CheckpointManifest }[]; problems: string[] }> {
  const manifests: { storeKey: string; manifest: CheckpointManifest }[] = [];
  const problems: string[] = [];
  for await (const entry of store.list(`${checkpointPrefix(key)}manifests/`)) {
    try {
      const manifest = parseContract(
        checkpointManifestSchema,
        (await store.getBytes(entry.key)).toString("utf8"),
        `${store.uri}/${entry.key}`,
        { kind: CHECKPOINT_KIND, version: CHECKPOINT_VERSION },
      );
      manifests.push({ storeKey: entry.key, manifest });
    } catch (error) {
      problems.push(`${entry.key} is unreadable (${(error as Error).message.split("\n")[0]}); not used`);
    }
  }
  manifests.sort(
    (a, b) =>
      b.manifest.createdAt.localeCompare(a.manifest.createdAt) || b.manifest.sequence - a.manifest.sequence,
  );
  return { manifests, problems };
}

/**
 * Restores the newest complete checkpoint of `key` into `dir` (which must be empty or absent). A manifest
 * that cannot be read, or whose blobs are missing or do not hash to what it names, is skipped with a
 * warning: a damaged checkpoint is never restored.
 */
export async function restoreCheckpoint(
  context: Context,
  store: BlobStore,
  key: string,
  dir: string,
): Promise<CheckpointManifest | undefined> {
  const { manifests, problems } = await listManifests(store, key);
  for (const problem of problems) context.log.warning(`checkpoint ${problem}`);
  for (const { storeKey, manifest } of manifests) {
    const staging = `${dir}.restore-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    try {
      await mapWithConcurrency(manifest.files, 4, async (file) => {
        const target = join(staging, ...file.path.split("/"));
        await mkdir(dirname(target), { recursive: true });
        await store.download(checkpointBlobKey(key, file.sha256), target);
        const { sha256 } = await hashFile(target);
        if (sha256 !== file.sha256) throw new Error(`${file.path} has SHA-256 ${sha256}, not ${file.sha256}`);
      });
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      context.log.warning(
        `checkpoint ${storeKey} (${describeCheckpoint(manifest)}) is damaged (${(error as Error).message}); not used`,
      );
      continue;
    }
    await mkdir(staging, { recursive: true });
    await rm(dir, { recursive: true, force: true });
    await mkdir(dirname(dir), { recursive: true });
    await rename(staging, dir);
    context.log.notice(
      `resuming from checkpoint ${storeKey} (${describeCheckpoint(manifest)}, ${manifest.files.length} file(s))`,
    );
    return manifest;
  }
  return undefined;
}

export interface CheckpointSyncOptions {
  store: BlobStore;
  key: string;
  runId: string;
  /** TRAINYARD_CHECKPOINT_DIR. */
  dir: string;
  /** A scratch folder for the copies taken while the trainer may still be writing. */
  stagingDir: string;
  intervalMs: number;
  log: Context["log"];
}

/**
 * Copies the checkpoint folder to the store every `intervalMs` while the command runs and once more when it
 * has ended (a cancel's SIGTERM included: the trainer may write a last checkpoint before it exits). Each
 * upload copies the folder to a scratch folder first, hashes the copies and puts those, so a file the
 * trainer rewrites meanwhile cannot give a blob that differs from its hash. Unchanged folders are skipped.
 */
export class CheckpointSync {
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private sequence = 0;
  private lastDigest = "";
  private written: string[] = [];
  uploads = 0;

  constructor(private readonly options: CheckpointSyncOptions) {}

  start(): void {
    this.timer = setInterval(() => this.schedule(), this.options.intervalMs);
    this.timer.unref();
  }

  /** After the command has ended: the last upload, then no more. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.schedule();
    await this.chain;
    await rm(this.options.stagingDir, { recursive: true, force: true });
  }

  private schedule(): void {
    this.chain = this.chain.then(() =>
      this.upload().catch((error: Error) =>
        this.options.log.warning(`checkpoint upload failed (the next one retries): ${error.message}`),
      ),
    );
  }

  private async upload(): Promise<void> {
    const { store, key, runId, dir, stagingDir } = this.options;
    const paths = await listFilesIfAny(dir);
    if (paths.length === 0) return;
    const copy = join(stagingDir, `copy-${this.sequence + 1}`);
    await rm(copy, { recursive: true, force: true });
    const files = await mapWithConcurrency(paths, 4, async (path) => {
      const source = join(dir, ...path.split("/"));
      const target = join(copy, ...path.split("/"));
      await mkdir(dirname(target), { recursive: true });
      try {
        await copyFile(source, target);
      } catch (error) {
        // Removed between listing and copying (a trainer replacing its checkpoint): not part of this one.
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
      return { path, ...(await hashFile(target)) };
    });
    const present = files.filter((file): file is NonNullable<typeof file> => file !== undefined);
    const digest = createHash("sha256").update(JSON.stringify(present)).digest("hex");
    if (present.length === 0 || digest === this.lastDigest) {
      await rm(copy, { recursive: true, force: true });
      return;
    }
    await mapWithConcurrency(present, 4, (file) =>
      store.putIfAbsent(checkpointBlobKey(key, file.sha256), { path: join(copy, ...file.path.split("/")) }),
    );
    this.sequence++;
    const step = await readStep(copy);
    const manifest: CheckpointManifest = {
      kind: CHECKPOINT_KIND,
      version: CHECKPOINT_VERSION,
      key,
      runId,
      sequence: this.sequence,
      ...(step !== undefined ? { step } : {}),
      createdAt: new Date().toISOString(),
      files: present.map(({ path, sha256, bytes }) => ({ path, sha256, bytes })),
    };
    const manifestKey = manifestKeyOf(key, runId, this.sequence);
    // Last: only now does the checkpoint exist for a restore.
    await store.put(manifestKey, { body: serializeContract(manifest) });
    await rm(copy, { recursive: true, force: true });
    this.lastDigest = digest;
    this.uploads++;
    this.written.push(manifestKey);
    while (this.written.length > KEEP_PER_RUN) {
      const old = this.written.shift() as string;
      await store.delete(old).catch(() => undefined);
    }
    this.options.log.info(
      `checkpoint ${this.sequence} saved to the store (${describeCheckpoint(manifest)}, ${present.length} file(s))`,
    );
  }
}

/** Deletes every checkpoint (manifests and blobs) of a cache key. Returns how many blobs were deleted. */
export async function deleteCheckpoints(store: BlobStore, key: string): Promise<number> {
  const keys: string[] = [];
  // Manifests first: a checkpoint is gone as a whole before its blobs are.
  for await (const entry of store.list(`${checkpointPrefix(key)}manifests/`)) keys.push(entry.key);
  for (const manifestKey of keys) await store.delete(manifestKey);
  let count = 0;
  for await (const entry of store.list(`${checkpointPrefix(key)}blobs/`)) {
    await store.delete(entry.key);
    count++;
  }
  // train.backend sagemaker: SageMaker's own CheckpointConfig copies, and the runs that wrote them.
  for (const kind of ["sagemaker/", "sagemaker-runs/"])
    for await (const entry of store.list(`${checkpointPrefix(key)}${kind}`)) {
      await store.delete(entry.key);
      count++;
    }
  return count + keys.length;
}

/** The cache keys that have checkpoints in the store, with the runs that wrote them. */
export async function listCheckpointKeys(store: BlobStore): Promise<Map<string, Set<string>>> {
  const keys = new Map<string, Set<string>>();
  for await (const entry of store.list("checkpoints/")) {
    const [, key, kind, runId] = entry.key.split("/");
    if (!key) continue;
    const runs = keys.get(key) ?? new Set<string>();
    if ((kind === "manifests" || kind === "sagemaker-runs") && runId) runs.add(runId);
    keys.set(key, runs);
  }
  return keys;
}

export interface TrainingCheckpoints {
  dir: string;
  sync: CheckpointSync;
  resumedFrom?: CheckpointManifest;
}

/**
 * Before a training: restores the newest complete checkpoint of the cache key into the run's checkpoint
 * folder, records where it resumed from on the run, and returns the sync that uploads new checkpoints.
 */
export async function prepareCheckpoints(
  context: Context,
  options: {
    store: BlobStore;
    key: string;
    runId: string;
    runDir: string;
    intervalSeconds: number;
    setTag: (name: string, value: string) => Promise<void>;
  },
): Promise<TrainingCheckpoints> {
  const dir = join(options.runDir, "checkpoint");
  await rm(dir, { recursive: true, force: true });
  const resumedFrom = await restoreCheckpoint(context, options.store, options.key, dir);
  await mkdir(dir, { recursive: true });
  if (resumedFrom) await options.setTag("trainyard.checkpoint.resumed_from", describeCheckpoint(resumedFrom));
  const sync = new CheckpointSync({
    store: options.store,
    key: options.key,
    runId: options.runId,
    dir,
    stagingDir: join(options.runDir, "checkpoint-staging"),
    intervalMs: options.intervalSeconds * 1000,
    log: context.log,
  });
  return { dir, sync, ...(resumedFrom ? { resumedFrom } : {}) };
}
