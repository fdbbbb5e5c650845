import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  blobKey,
  manifestKey,
  parseSnapshotManifest,
  SNAPSHOT_KIND,
  SNAPSHOT_VERSION,
  type SnapshotManifest,
} from "../../config/contracts/snapshot-manifest.js";
import { validationChecksKey } from "../../config/contracts/validation-checks.js";
import type { Context } from "../../context/context.js";
import { DataError } from "../../data/data-error.js";
import { HASH_CACHE_FILE, HashCache } from "../../data/hash-cache.js";
import { type FileHash, hashFile } from "../../data/hash-file.js";
import type { BlobStore } from "../../store/blob-store.js";
import { mapWithConcurrency } from "../../store/parallel.js";
import type { ValidationRules } from "../../validation/rules.js";
import { dataThreads } from "../table-pass/data-threads.js";
import { workspacePath } from "../workspace-paths.js";
import { fetchSources } from "./fetch-sources.js";
import type { Prepared } from "./profile-sources.js";
import { pullSnapshot } from "./pull-snapshot.js";
import type { SplitSpec } from "./split-rows.js";

export interface SnapshotOptions {
  source: string;
  store: BlobStore;
  format?: string;
  split?: SplitSpec;
  asOf?: { time: string; column: string };
  /** Where the snapshot is materialised for the next steps; default `<working dir>/.trainyard/data`. */
  dataRoot?: string;
  concurrency?: number;
  /** Threads reading the data (default: see dataThreads). */
  threads?: number;
  /** Bytes per part of a file read on its own (tests). */
  partBytes?: number;
  /**
   * trainyard.yml's `validate:` rules, when known: the rows are checked in the same pass as the profile
   * (unsplit sources only) and the checks stored for validate-data.
   */
  rules?: ValidationRules;
}

export interface SnapshotResult {
  id: string;
  uri: string;
  dataDir: string;
  rows: number;
  bytesUploaded: number;
  bytesReused: number;
  manifest: SnapshotManifest;
  /** False when a snapshot with the same content already existed. */
  created: boolean;
}

function dataRootOf(context: Context, options: SnapshotOptions): string {
  return options.dataRoot ?? join(context.workingDirectory, workspacePath.data);
}

function snapshotId(body: unknown): string {
  return createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16);
}

/**
 * Puts the snapshot's files in `dataDir`. Files trainyard wrote itself (the split) are moved there; the user's
 * own source files are copied, never linked, so editing a source later cannot change a snapshot.
 *
 * This runs after the manifest is stored, not while the rows are read: a copy (Node's, libuv's) truncates its
 * new file, which makes ext4 write the copy to disk as soon as it is closed (auto_da_alloc), and the store's
 * syncs then wait for those writes: measured on the 480 MiB bench, the last blob's sync took 0.46-0.66 s
 * instead of 0.17 s and the manifest's 0.18-0.54 s instead of 1 ms while the data-root copies were written
 * back. Made last, the copies' writes follow the snapshot instead.
 */
async function materialise(
  files: { path: string; name: string; owned: boolean; hash: FileHash }[],
  dataDir: string,
  cache: HashCache,
): Promise<void> {
  await mapWithConcurrency(files, 4, async (file) => {
    const target = join(dataDir, ...file.name.split("/"));
    if (await stat(target).catch(() => undefined)) return;
    await mkdir(join(target, ".."), { recursive: true });
    const partial = `${target}.partial-${process.pid}`;
    const moved =
      file.owned &&
      (await rename(file.path, partial).then(
        () => true,
        () => false,
      ));
    // A copy holds the hashed bytes only if the source did not change from its hashing to the copy's end.
    const sourceAsHashed = moved || (await cache.unchanged(file.path));
    if (!moved) await copyFile(file.path, partial);
    await rename(partial, target);
    if (moved || (sourceAsHashed && (await cache.unchanged(file.path))))
      await cache.record(target, file.hash);
  });
}

/**
 * Whether the store writes to this machine's disk. Its copies and fsyncs each hold one of libuv's four
 * threads for as long as they run (an fsync of 50 MiB takes ~0.1 s); while the rows are read, more than one
 * at a time leaves the pass's reads queued behind them (measured: both threads idle for ~0.4 s of a 200 MiB
 * snapshot's 1.9 s). So during the pass they run one file at a time.
 */
function isLocalStore(store: BlobStore): boolean {
  return store.uri.startsWith("file:");
}

/** The key of what a snapshot is made from: the sources' hashes and the split and as-of settings. */
function recipeKey(
  format: string,
  sources: { name: string; sha256: string }[],
  options: SnapshotOptions,
): string {
  const recipe = { recipe: 1, format, sources, split: options.split ?? null, asOf: options.asOf ?? null };
  return `recipes/${createHash("sha256").update(JSON.stringify(recipe)).digest("hex")}.json`;
}

/** An earlier snapshot of exactly these sources with these settings, materialised again without re-reading. */
async function reuseEarlierSnapshot(
  context: Context,
  options: SnapshotOptions,
  recipe: string,
): Promise<SnapshotResult | undefined> {
  if (!(await options.store.exists(recipe))) return undefined;
  const { id } = JSON.parse((await options.store.getBytes(recipe)).toString("utf8")) as { id?: unknown };
  if (typeof id !== "string" || !(await options.store.exists(manifestKey(id)))) return undefined;
  const dataDir = join(dataRootOf(context, options), id);
  const { manifest } = await context.group(`Unchanged data: reuse snapshot ${id}`, () =>
    pullSnapshot(context, options.store, id, dataDir),
  );
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  context.log.info(
    `snapshot ${id}: ${manifest.rows} rows, the same sources and settings as before; 0 bytes uploaded`,
  );
  return {
    id,
    uri: `${options.store.uri.replace(/\/$/, "")}/${manifestKey(id)}`,
    dataDir,
    rows: manifest.rows,
    bytesUploaded: 0,
    bytesReused: bytes,
    manifest,
    created: false,
  };
}

/** A local file of a snapshot with its content hash: what `storeBlobs` uploads. */
export interface HashedFile {
  file: { path: string; name: string };
  hash: { sha256: string; bytes: number };
}

/** The log line of one file's upload outcome. */
function blobLine(hashed: HashedFile, outcome: "written" | "exists"): string {
  return `${hashed.file.name}: ${outcome === "written" ? "uploaded" : "already stored"} (sha256 ${hashed.hash.sha256.slice(0, 12)})`;
}

/**
 * Starts uploading the files as content-addressed blobs in the background (no logging: it runs while
 * another group is open); `report` then waits for them and logs what `storeBlobs` logs. A failure
 * surfaces in `report`. When the snapshot fails for another reason first (or reuses an earlier one),
 * `settle` starts no other file's upload and waits for those under way, dropping their failures.
 */
function storeBlobsInBackground(
  store: BlobStore,
  toHash: Promise<HashedFile>[],
  concurrency: number,
): {
  report: (context: Context) => Promise<{ bytesUploaded: number; bytesReused: number }>;
  settle: () => Promise<void>;
} {
  let settling = false;
  // Each file as soon as its hash is known (in order, up to `concurrency` at a time).
  const outcomes = mapWithConcurrency(toHash, concurrency, async (hashing) => {
    const { file, hash } = await hashing;
    if (settling) throw new Error("the snapshot stopped before this blob was stored");
    return store.putIfAbsent(blobKey(hash.sha256), { path: file.path });
  });
  // Observed at once, so a failure while the pass still runs is never an unhandled rejection.
  const settled = outcomes.then(
    () => undefined,
    () => undefined,
  );
  return {
    report: (context) =>
      context.group(`Store blobs in ${store.uri}`, async () => {
        let bytesUploaded = 0;
        let bytesReused = 0;
        const done = await outcomes;
        const hashed = await Promise.all(toHash);
        done.forEach((outcome, index) => {
          const item = hashed[index] as HashedFile;
          if (outcome === "written") bytesUploaded += item.hash.bytes;
          else bytesReused += item.hash.bytes;
          context.log.info(blobLine(item, outcome));
        });
        return { bytesUploaded, bytesReused };
      }),
    settle: () => {
      settling = true;
      return settled;
    },
  };
}

/** Uploads each file as a content-addressed blob, only where the store lacks it. */
export async function storeBlobs(
  context: Context,
  store: BlobStore,
  hashed: HashedFile[],
  concurrency: number,
): Promise<{ bytesUploaded: number; bytesReused: number }> {
  let bytesUploaded = 0;
  let bytesReused = 0;
  await context.group(`Store blobs in ${store.uri}`, async () => {
    await mapWithConcurrency(hashed, concurrency, async ({ file, hash }) => {
      // Started on the first transferred byte, so a blob the store already has prints no progress.
      let progress: ReturnType<Context["progress"]> | undefined;
      const outcome = await store.putIfAbsent(
        blobKey(hash.sha256),
        { path: file.path },
        {
          onProgress: (bytes) => {
            if (bytes === 0 && !progress) return;
            progress ??= context.progress(`upload ${file.name}`, hash.bytes);
            progress.update(bytes);
          },
        },
      );
      if (outcome === "written") progress?.finish();
      if (outcome === "written") bytesUploaded += hash.bytes;
      else bytesReused += hash.bytes;
      context.log.info(blobLine({ file, hash }, outcome));
    });
  });
  return { bytesUploaded, bytesReused };
}

/** A manifest without the fields `publishManifest` adds (kind, version, id, createdAt). */
export type ManifestBody = Omit<SnapshotManifest, "kind" | "version" | "id" | "createdAt">;

/**
 * Writes the manifest last, after its blobs: its id derives from the content, not from where it was read,
 * so the same data gives the same id. When that manifest is already stored, the stored one is returned.
 */
export async function publishManifest(
  store: BlobStore,
  body: ManifestBody,
): Promise<{ id: string; manifest: SnapshotManifest; written: boolean }> {
  const id = snapshotId({ ...body, source: { ...body.source, uri: undefined } });
  const manifest: SnapshotManifest = {
    kind: SNAPSHOT_KIND,
    version: SNAPSHOT_VERSION,
    id,
    createdAt: new Date().toISOString(),
    ...body,
  };
  const written = await store.putIfAbsent(manifestKey(id), {
    body: `${JSON.stringify(manifest, null, 2)}\n`,
  });
  if (written === "written") return { id, manifest, written: true };
  const stored = parseSnapshotManifest(
    (await store.getBytes(manifestKey(id))).toString("utf8"),
    manifestKey(id),
  );
  return { id, manifest: stored, written: false };
}

/**
 * Takes an immutable, content-addressed snapshot of the source: blobs first (only those the store lacks), the
 * manifest last, so an interrupted snapshot leaves no manifest and the next run resumes where it stopped.
 */
export async function snapshot(context: Context, options: SnapshotOptions): Promise<SnapshotResult> {
  const staging = await mkdtemp(join(tmpdir(), "trainyard-snapshot-"));
  // Unsplit sources are stored byte for byte: their blobs do not depend on the rows, so they are written
  // while the rows are read and profiled (copying is the kernel's work, and syncing waits for the disk).
  let early: ReturnType<typeof storeBlobsInBackground> | undefined;
  let earlyBlobs: ReturnType<typeof storeBlobsInBackground> | undefined;
  try {
    const sources = await context.group("Read the source", async () => {
      const files = await fetchSources(context, options.source, staging, options.format);
      context.log.info(`${files.length} file(s): ${files.map((file) => file.name).join(", ")}`);
      return files;
    });
    const format = sources[0]?.format ?? "csv";
    const hashCache = await HashCache.open(join(dataRootOf(context, options), HASH_CACHE_FILE));
    const transform = Boolean(options.split || options.asOf);
    const onRecord = await Promise.all(sources.map((file) => hashCache.unchanged(file.path)));
    // Sources with no hash on record are most likely new: when the rows are read on several threads, the
    // workers read and profile them while this thread hashes (it joins the reading after), so the workers
    // start before the hashing does. Should the hashes name a snapshot made before, the pass is stopped and
    // that snapshot reused.
    // The rows are read only for a snapshot not made before: so is the module that reads them, and the
    // sources' columns are checked (their headers read) then.
    let hashingEnded = () => {};
    const hashingSettled = new Promise<void>((settle) => {
      hashingEnded = settle;
    });
    let reader: { module: typeof import("./profile-sources.js"); columns: string[] } | undefined;
    const rowReader = async () => {
      if (!reader) {
        const module = await import("./profile-sources.js");
        reader = { module, columns: await module.checkSameColumns(sources) };
      }
      return reader;
    };
    let overlapped:
      | { profiled: ReturnType<typeof import("./profile-sources.js").profileOnly>; stop: AbortController }
      | undefined;
    if (!transform && !onRecord.every(Boolean)) {
      const sizes = await Promise.all(sources.map((file) => stat(file.path).then((info) => info.size)));
      const bytes = sizes.reduce((sum, size) => sum + size, 0);
      if (dataThreads(bytes, options.threads) > 1) {
        const { module, columns } = await rowReader();
        const stop = new AbortController();
        const profiled = module.profileOnly(sources, columns, bytes, options, {
          hereAfter: hashingSettled,
          signal: stop.signal,
        });
        profiled.catch(() => undefined); // awaited below; observed now so that an early failure is not unhandled
        overlapped = { profiled, stop };
      }
    }
    // One file after another (the hashing is this thread's work: files hashed side by side would all finish
    // at the end), so that a new file's blob is written while the next is hashed.
    const toHash: Promise<HashedFile & { file: (typeof sources)[number] }>[] = [];
    let previous: Promise<unknown> = Promise.resolve();
    for (const file of sources) {
      const hashing = previous.then(async () => ({ file, hash: await hashCache.hash(file.path) }));
      toHash.push(hashing);
      previous = hashing;
    }
    for (const hashing of toHash) hashing.catch(() => undefined); // awaited below, all together
    const hashing = Promise.all(toHash);
    hashing.then(hashingEnded, hashingEnded);
    // Blobs of sources with no hash on record are most likely new: each is stored as soon as its hash is known,
    // a write (and a sync, to a local store) that then overlaps the hashing and the pass instead of following
    // them. Should the hashes name a snapshot made before, its blobs are in the store: each write finds it.
    earlyBlobs =
      !transform && !onRecord.every(Boolean)
        ? storeBlobsInBackground(
            options.store,
            toHash,
            isLocalStore(options.store) ? 1 : (options.concurrency ?? 4),
          )
        : undefined;
    const stopPass = async (reason: unknown) => {
      overlapped?.stop.abort(reason);
      await overlapped?.profiled.catch(() => undefined);
      await earlyBlobs?.settle();
    };
    const sourceHashes = await hashing.catch(async (error: unknown) => {
      await stopPass(error);
      throw error;
    });
    await hashCache.save();
    const recipe = recipeKey(
      format,
      sourceHashes.map(({ file, hash }) => ({ name: file.name, sha256: hash.sha256 })),
      options,
    );
    const earlier = await reuseEarlierSnapshot(context, options, recipe).catch(async (error: unknown) => {
      await stopPass(error);
      throw error;
    });
    if (earlier) {
      await stopPass(new Error("the sources were snapshotted before"));
      return earlier;
    }
    const { module: profileSources, columns } = await rowReader();
    const sourceBytes = sourceHashes.reduce((sum, { hash }) => sum + hash.bytes, 0);
    if (!transform) {
      early =
        earlyBlobs ??
        storeBlobsInBackground(
          options.store,
          sourceHashes.map((hashed) => Promise.resolve(hashed)),
          isLocalStore(options.store) ? 1 : (options.concurrency ?? 4),
        );
    }
    const { prepared, dropped, sides, profiles, pass } = await context.group(
      transform ? "Split and profile" : "Profile",
      async () => {
        if (transform) {
          const profiler = new profileSources.TableProfiler(columns);
          const split = await profileSources.splitAndProfile(
            sources,
            columns,
            format,
            join(staging, "out"),
            options,
            profiler,
          );
          return { ...split, profiles: profiler.profiles(), pass: undefined };
        }
        const profiled = await (overlapped?.profiled ??
          profileSources.profileOnly(sources, columns, sourceBytes, options));
        context.log.info(profileSources.passSummary(profiled.pass));
        return { ...profiled, dropped: 0, sides: { train: 0, test: 0 } };
      },
    );
    const rows = prepared.reduce((sum, file) => sum + file.rows, 0);
    if (rows === 0) {
      throw new DataError(
        { file: sources[0]?.name ?? options.source },
        dropped > 0 ? `has no rows at or before as-of ${options.asOf?.time}` : "has a header but no rows",
      );
    }

    const hashed = transform
      ? await mapWithConcurrency(prepared, 4, async (file) => ({ file, hash: await hashFile(file.path) }))
      : sourceHashes.map(({ hash }, index) => ({ file: prepared[index] as Prepared, hash }));

    const { bytesUploaded, bytesReused } = early
      ? await early.report(context)
      : await storeBlobs(context, options.store, hashed, options.concurrency ?? 4);

    const body = {
      source: {
        uri: options.source,
        format,
        files: sourceHashes.map(({ file, hash }) => ({
          name: file.name,
          sha256: hash.sha256,
          bytes: hash.bytes,
        })),
      },
      columns,
      files: hashed.map(({ file, hash }) => ({
        name: file.name,
        role: file.role,
        format,
        sha256: hash.sha256,
        bytes: hash.bytes,
        rows: file.rows,
      })),
      rows,
      ...(options.split ? { split: { ...options.split, trainRows: sides.train, testRows: sides.test } } : {}),
      ...(options.asOf ? { asOf: { ...options.asOf, droppedRows: dropped } } : {}),
      profile: profiles,
    };
    const { id, manifest: stored, written } = await publishManifest(options.store, body);
    const dataDir = join(dataRootOf(context, options), id);
    if (pass?.columnCheckers && options.rules) {
      // validate-data on this snapshot reads these instead of the rows (see validation-checks.ts)
      await options.store.putIfAbsent(validationChecksKey(id, options.rules, profileSources.PASS_LAYOUT), {
        body: `${JSON.stringify(profileSources.storedChecks(id, pass), null, 2)}\n`,
      });
    }
    await options.store.putIfAbsent(recipe, { body: `${JSON.stringify({ id })}\n` });
    await materialise(
      hashed.map(({ file, hash }) => ({ ...file, hash, owned: transform })),
      dataDir,
      hashCache,
    );
    await hashCache.save();
    context.log.info(`snapshot ${id}: ${rows} rows, ${bytesUploaded} bytes uploaded, ${bytesReused} reused`);
    return {
      id,
      uri: `${options.store.uri.replace(/\/$/, "")}/${manifestKey(id)}`,
      dataDir,
      rows,
      bytesUploaded,
      bytesReused,
      manifest: stored,
      created: written,
    };
  } finally {
    await earlyBlobs?.settle();
    await early?.settle();
    await rm(staging, { recursive: true, force: true });
  }
}
