import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import {
  ERASURE_KIND,
  ERASURE_PREFIX,
  ERASURE_VERSION,
  type ErasureEntry,
  erasureKey,
  parseErasureEntry,
} from "../../config/contracts/erasure-log.js";
import {
  blobKey,
  manifestKey,
  type SnapshotFile,
  type SnapshotManifest,
} from "../../config/contracts/snapshot-manifest.js";
import type { LoadedConfig } from "../../config/load-config.js";
import type { Context } from "../../context/context.js";
import { HASH_CACHE_FILE, HashCache } from "../../data/hash-cache.js";
import { hashFile } from "../../data/hash-file.js";
import { readTable } from "../../data/read-table.js";
import { openTableWriter } from "../../data/write-table.js";
import { UserError } from "../../errors/user-error.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import { cellKey, hashErasedKey, parseKeyList } from "../../policy/retention.js";
import { codeCell, escapeMarkdown, table } from "../../report/markdown.js";
import { BlobNotFoundError, type BlobStore } from "../../store/blob-store.js";
import { openStore } from "../../store/open-store.js";
import type { Registry, Tracker } from "../../tracking/ports.js";
import { deleteBlobs, modelsOf } from "../gc/gc-step.js";
import { listVersions, runsOnSnapshots } from "../gc/lineage-roots.js";
import {
  collect,
  deleteRecipesOf,
  deleteSnapshot,
  listCacheRecords,
  listManifests,
  referencedBlobs,
} from "../gc/store-index.js";
import { TableProfiler } from "../snapshot/profile-sources.js";
import { pullSnapshot, readManifest } from "../snapshot/pull-snapshot.js";
import { type HashedFile, type ManifestBody, publishManifest, storeBlobs } from "../snapshot/snapshot.js";
import { dataRootOf, loadStepConfig, openStepStore } from "../step-config.js";
import { openStepTracking } from "../tracking-config.js";
import { workspacePath } from "../workspace-paths.js";
import type { ERASE_INPUTS } from "./erase-inputs.js";

export const PENDING_RETRAIN_TAG = "trainyard.erasure.pending_retrain";

export interface EraseOutputs {
  "dry-run": boolean;
  /** The id of the erasure log entry written (empty when nothing was erased). */
  "erasure-id": string;
  /** `old new` pairs, one a line: each affected snapshot and the successor that replaces it. */
  snapshots: string;
  "rows-erased": number;
  "blobs-deleted": number;
  /** `model@version snapshot` lines: the versions trained on erased data, to retrain. */
  "retrain-models": string;
}

export interface EraseDependencies {
  tracking?: { tracker: Tracker; registry: Registry };
}

interface Affected {
  manifest: SnapshotManifest;
  dataDir: string;
  /** Rows to drop, by file name. */
  matches: Map<string, number>;
  found: Set<string>;
}

/** The keys to erase, from a local file or an object in S3. */
async function readKeys(
  context: Context,
  inputs: Inputs<typeof ERASE_INPUTS>,
  config: LoadedConfig | undefined,
): Promise<string[]> {
  const source = inputs.values;
  let text: string;
  if (source.startsWith("s3://")) {
    const rest = source.slice("s3://".length);
    const slash = rest.indexOf("/");
    if (slash <= 0 || slash === rest.length - 1)
      throw new UserError(`${inputLabel(inputs, "values")} "${source}" must name an object: s3://bucket/key`);
    const settings = typeof config?.config.store === "object" ? config.config.store : undefined;
    const endpoint = inputs["s3-endpoint"] ?? settings?.endpoint;
    const bucket = await openStore(`s3://${rest.slice(0, slash)}`, {
      env: context.env,
      ...(endpoint ? { endpoint } : {}),
      ...(settings?.region ? { region: settings.region } : {}),
    });
    try {
      text = (await bucket.getBytes(rest.slice(slash + 1))).toString("utf8");
    } catch (error) {
      if (error instanceof BlobNotFoundError)
        throw new UserError(`${inputLabel(inputs, "values")}: no object ${source}`, { cause: error });
      throw error;
    }
  } else {
    const path = resolve(context.workingDirectory, source);
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      throw new UserError(
        `${inputLabel(inputs, "values")}: cannot read ${path} (${(error as Error).message})`,
        {
          cause: error,
        },
      );
    }
  }
  const keys = parseKeyList(text, inputs.column);
  if (keys.length === 0)
    throw new UserError(
      `${inputLabel(inputs, "values")} (${source}) holds no keys: put one ${inputs.column} value on each line`,
    );
  return keys;
}

/** A row matcher on the key column: the cell as text, trimmed, against the key set. */
function matcher(keys: ReadonlySet<string>, index: number) {
  return (row: readonly unknown[]): string | undefined => {
    const key = cellKey(row[index])?.trim();
    return key !== undefined && keys.has(key) ? key : undefined;
  };
}

function readFileRows(dataDir: string, file: SnapshotFile, columns: string[]) {
  return readTable(join(dataDir, ...file.name.split("/")), file.format, {
    ...(file.format === "jsonl" ? { columns } : {}),
  });
}

/** Streams every file of each snapshot holding the column, counting the rows whose key is to be erased. */
async function scan(
  context: Context,
  store: BlobStore,
  manifests: SnapshotManifest[],
  column: string,
  keys: ReadonlySet<string>,
  staging: string,
): Promise<Affected[]> {
  const affected: Affected[] = [];
  for (const manifest of manifests) {
    const index = manifest.columns.indexOf(column);
    if (index < 0) continue;
    const dataDir = join(staging, manifest.id);
    await context.group(`Scan snapshot ${manifest.id}`, () =>
      pullSnapshot(context, store, manifest.id, dataDir),
    );
    const match = matcher(keys, index);
    const matches = new Map<string, number>();
    const found = new Set<string>();
    for (const file of manifest.files) {
      let count = 0;
      for await (const batch of readFileRows(dataDir, file, manifest.columns)) {
        for (const row of batch.rows) {
          const key = match(row);
          if (key === undefined) continue;
          count++;
          found.add(key);
        }
      }
      if (count > 0) matches.set(file.name, count);
    }
    if (matches.size > 0) affected.push({ manifest, dataDir, matches, found });
    else await rm(dataDir, { recursive: true, force: true });
  }
  return affected;
}

/**
 * Writes the successor of an affected snapshot with the snapshot writer's own pieces: the files that held an
 * erased key rewritten without those rows (same name, format and role, so the same split), the others kept
 * byte for byte, every column profiled again from the kept rows only, blobs first and the manifest last.
 */
async function writeSuccessor(
  context: Context,
  store: BlobStore,
  affected: Affected,
  column: string,
  keys: ReadonlySet<string>,
  staging: string,
): Promise<{ id: string; erasedRows: number }> {
  const { manifest, dataDir } = affected;
  const match = matcher(keys, manifest.columns.indexOf(column));
  const profiler = new TableProfiler(manifest.columns);
  const outDir = join(staging, `${manifest.id}.successor`);
  const files: SnapshotFile[] = [];
  const hashed: HashedFile[] = [];
  let erasedRows = 0;
  for (const file of manifest.files) {
    if (!affected.matches.has(file.name)) {
      for await (const batch of readFileRows(dataDir, file, manifest.columns))
        for (const row of batch.rows) profiler.observe(row);
      files.push(file);
      continue;
    }
    const path = join(outDir, ...file.name.split("/"));
    await mkdir(dirname(path), { recursive: true });
    const writer = await openTableWriter(path, file.format, manifest.columns);
    try {
      for await (const batch of readFileRows(dataDir, file, manifest.columns)) {
        const kept = batch.rows.filter((row) => match(row) === undefined);
        erasedRows += batch.rows.length - kept.length;
        for (const row of kept) profiler.observe(row);
        if (kept.length > 0) await writer.writeRows(kept);
      }
    } catch (error) {
      await writer.abort();
      throw error;
    }
    const closed = await writer.close();
    const hash = await hashFile(path);
    files.push({ ...file, sha256: hash.sha256, bytes: hash.bytes, rows: closed.rows });
    hashed.push({ file: { path, name: file.name }, hash });
  }
  await storeBlobs(context, store, hashed, 4);
  const rowsOf = (role: string) =>
    files.filter((file) => file.role === role).reduce((sum, file) => sum + file.rows, 0);
  const body: ManifestBody = {
    source: manifest.source,
    columns: manifest.columns,
    files,
    rows: files.reduce((sum, file) => sum + file.rows, 0),
    ...(manifest.split
      ? { split: { ...manifest.split, trainRows: rowsOf("train"), testRows: rowsOf("test") } }
      : {}),
    ...(manifest.asOf ? { asOf: manifest.asOf } : {}),
    profile: profiler.profiles(),
    erasure: { predecessor: manifest.id, erasedRows },
  };
  const { id } = await publishManifest(store, body);
  return { id, erasedRows };
}

/**
 * An erasure interrupted after its log entry finishes on the next run: a replaced snapshot whose successor
 * exists loses its manifest, and a blob the entry listed that no manifest refers to is deleted.
 */
async function finishEarlierErasures(context: Context, store: BlobStore): Promise<number> {
  const entries: ErasureEntry[] = [];
  for (const info of await collect(store.list(ERASURE_PREFIX)))
    entries.push(
      parseErasureEntry((await store.getBytes(info.key)).toString("utf8"), `${store.uri}/${info.key}`),
    );
  let finished = 0;
  const leftovers = new Set<string>();
  for (const entry of entries) {
    for (const snapshot of entry.snapshots) {
      if (
        (await store.exists(manifestKey(snapshot.id))) &&
        (await store.exists(manifestKey(snapshot.successor)))
      ) {
        await deleteSnapshot(store, snapshot.id);
        finished++;
      }
    }
    for (const sha of entry.deletedBlobs) leftovers.add(blobKey(sha));
  }
  if (leftovers.size === 0) return finished;
  const referenced = referencedBlobs(await listManifests(store), await listCacheRecords(store));
  const stale: string[] = [];
  for (const key of leftovers) if (!referenced.has(key) && (await store.exists(key))) stale.push(key);
  await deleteBlobs(store, stale);
  if (finished + stale.length > 0)
    context.log.warning(
      `finished an interrupted erasure: ${finished} replaced manifest(s) and ${stale.length} blob(s) deleted`,
    );
  return finished + stale.length;
}

/**
 * `trainyard erase`: removes every row whose key column holds one of the given keys from every snapshot in the
 * store, writes a successor per affected snapshot, deletes what only the old snapshots referred to, tags the
 * model versions trained on them, and appends a value-free entry to the erasure log.
 */
export async function eraseStep(
  context: Context,
  inputs: Inputs<typeof ERASE_INPUTS>,
  dependencies: EraseDependencies = {},
): Promise<EraseOutputs> {
  const config = await loadStepConfig(context, inputs);
  const column = inputs.column.trim();
  if (column === "") throw new UserError(`${inputLabel(inputs, "column")} is empty: name the key column`);
  const keyList = await readKeys(context, inputs, config);
  const models = modelsOf(inputs, config, "erase");
  const experiment = config?.config.experiment ?? models[0] ?? "trainyard";
  const keys = new Set(keyList);
  const dryRun = inputs["dry-run"];
  const store = await openStepStore(context, inputs, config);
  const tracking = dependencies.tracking ?? (await openStepTracking(context, inputs, config));
  for (const model of models)
    if (!(await tracking.registry.getRegisteredModel(model)))
      context.log.warning(
        `model "${model}" is not registered in ${tracking.registry.uri}: no version of it can be flagged for retraining`,
      );
  const versions = await listVersions(tracking.registry, models);

  let manifests = await listManifests(store);
  if (manifests.length === 0) {
    throw new UserError(
      `${store.uri} holds no snapshot: check ${inputLabel(inputs, "store")} (or store in trainyard.yml)`,
    );
  }
  if (!manifests.some((manifest) => manifest.columns.includes(column))) {
    const known = [...new Set(manifests.flatMap((manifest) => manifest.columns))];
    throw new UserError(
      `${inputLabel(inputs, "column")} "${column}" is a column of no snapshot in ${store.uri} (columns: ${known.join(", ")})`,
    );
  }
  // Only once the input is known good: an erasure an earlier run left unfinished is finished first.
  if (!dryRun && (await finishEarlierErasures(context, store)) > 0) manifests = await listManifests(store);

  const staging = await mkdtemp(join(tmpdir(), "trainyard-erase-"));
  try {
    const affected = await scan(context, store, manifests, column, keys, staging);
    const found = new Set(affected.flatMap((entry) => [...entry.found]));
    const affectedIds = new Set(affected.map((entry) => entry.manifest.id));
    const retrain = versions.filter(
      (entry) => entry.snapshot !== undefined && affectedIds.has(entry.snapshot),
    );
    const rowsFound = affected.reduce(
      (sum, entry) => sum + [...entry.matches.values()].reduce((a, b) => a + b, 0),
      0,
    );
    context.log.info(
      `${found.size} of ${keys.size} key(s) found in ${affected.length} of ${manifests.length} snapshot(s), ${rowsFound} row(s)`,
    );
    const retrainLines = retrain.map((entry) => `${entry.model}@${entry.version.version} ${entry.snapshot}`);
    if (affected.length === 0 || dryRun) {
      await context.appendSummary(
        eraseSummary({
          dryRun,
          affected: affected.map((entry) => [entry.manifest.id, "", rowsCount(entry)]),
          retrain: retrainLines,
          store,
        }),
      );
      return {
        "dry-run": dryRun,
        "erasure-id": "",
        snapshots: affected.map((entry) => entry.manifest.id).join("\n"),
        "rows-erased": dryRun ? rowsFound : 0,
        "blobs-deleted": 0,
        "retrain-models": retrainLines.join("\n"),
      };
    }

    // 1. Successors: blobs, then manifests. Nothing is deleted before every successor is stored.
    const successors = new Map<string, { id: string; erasedRows: number }>();
    for (const entry of affected) {
      const successor = await context.group(`Write the successor of ${entry.manifest.id}`, () =>
        writeSuccessor(context, store, entry, column, keys, staging),
      );
      successors.set(entry.manifest.id, successor);
      context.log.info(
        `snapshot ${entry.manifest.id} → ${successor.id}: ${successor.erasedRows} row(s) erased`,
      );
    }

    // 2. The model versions trained on erased data.
    const createdAt = new Date();
    const erasureId = randomBytes(8).toString("hex");
    for (const entry of retrain) {
      const successor = successors.get(entry.snapshot as string);
      await tracking.registry.setModelVersionTag(
        entry.model,
        entry.version.version,
        PENDING_RETRAIN_TAG,
        `erasure ${erasureId}: snapshot ${entry.snapshot} was replaced by ${successor?.id}; retrain on it`,
      );
    }

    // 3. What refers only to the old snapshots: the training cache of runs on them, and their blobs.
    const runIds = new Set(await runsOnSnapshots(tracking.tracker, experiment, [...affectedIds]));
    const cacheRecords = await listCacheRecords(store);
    const staleCache = cacheRecords.filter(
      (record) => record.runId !== undefined && runIds.has(record.runId),
    );
    const candidates = new Set<string>([
      ...affected.flatMap((entry) => entry.manifest.files.map((file) => blobKey(file.sha256))),
      ...staleCache.flatMap((record) => record.blobs),
    ]);
    const remaining = manifests.filter((manifest) => !affectedIds.has(manifest.id));
    const successorManifests = await Promise.all(
      [...successors.values()].map(({ id }) => readManifest(store, id)),
    );
    const stale = new Set(staleCache.map((record) => record.key));
    const referenced = referencedBlobs(
      [...remaining, ...successorManifests],
      cacheRecords.filter((record) => !stale.has(record.key)),
    );
    const deleted = [...candidates].filter((key) => !referenced.has(key)).sort();

    // 4. The log entry, before anything is deleted, so an interrupted run is finished by the next one.
    const entry: ErasureEntry = {
      kind: ERASURE_KIND,
      version: ERASURE_VERSION,
      id: erasureId,
      createdAt: createdAt.toISOString(),
      column,
      keys: hashedKeys(column, keyList, found.size),
      snapshots: affected.map((item) => ({
        id: item.manifest.id,
        successor: successors.get(item.manifest.id)?.id as string,
        erasedRows: successors.get(item.manifest.id)?.erasedRows ?? 0,
        filesRewritten: [...item.matches.keys()],
      })),
      deletedBlobs: deleted.map((key) => key.slice(key.lastIndexOf("/") + 1)),
      modelVersions: retrain.map((item) => ({
        name: item.model,
        version: item.version.version,
        snapshot: item.snapshot as string,
      })),
      cacheRecordsDeleted: staleCache.length,
    };
    await store.putIfAbsent(erasureKey(createdAt, erasureId), {
      body: `${JSON.stringify(entry, null, 2)}\n`,
    });

    // 5. Delete: the old manifests and their recipes, the stale cache records, then the blobs.
    await context.group("Delete what only the old snapshots referred to", async () => {
      for (const id of affectedIds) await deleteSnapshot(store, id);
      await deleteRecipesOf(store, affectedIds);
      for (const record of staleCache) await store.delete(record.key);
      // Read the manifests once more: a snapshot taken meanwhile may share a blob.
      const now = referencedBlobs(await listManifests(store), await listCacheRecords(store));
      await deleteBlobs(
        store,
        deleted.filter((key) => !now.has(key)),
      );
      context.log.info(
        `${affectedIds.size} manifest(s), ${staleCache.length} cache record(s), ${deleted.length} blob(s) deleted`,
      );
    });
    await removeLocalCopies(context, inputs, [...affectedIds]);
    const sources = [...new Set(affected.map((item) => item.manifest.source.uri))];
    context.log.warning(
      `the erased rows came from ${sources.join(", ")}: erase them there too, or the next snapshot of that source brings them back`,
    );

    await context.appendSummary(
      eraseSummary({
        dryRun,
        affected: affected.map((item) => [
          item.manifest.id,
          successors.get(item.manifest.id)?.id ?? "",
          rowsCount(item),
        ]),
        retrain: retrainLines,
        store,
        erasureId,
      }),
    );
    return {
      "dry-run": false,
      "erasure-id": erasureId,
      snapshots: affected
        .map((item) => `${item.manifest.id} ${successors.get(item.manifest.id)?.id}`)
        .join("\n"),
      "rows-erased": [...successors.values()].reduce((sum, item) => sum + item.erasedRows, 0),
      "blobs-deleted": deleted.length,
      "retrain-models": retrainLines.join("\n"),
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function rowsCount(entry: Affected): string {
  return String([...entry.matches.values()].reduce((a, b) => a + b, 0));
}

/** Salted SHA-256 of every requested key (see `hashErasedKey`), sorted so the order says nothing. */
function hashedKeys(column: string, keys: readonly string[], found: number): ErasureEntry["keys"] {
  const salt = randomBytes(32).toString("hex");
  return {
    algorithm: "sha256(salt NUL column NUL value)",
    salt,
    hashes: keys.map((key) => hashErasedKey(salt, column, key)).sort(),
    found,
  };
}

/** The old snapshots' files materialised on this machine, and their validation reports, go too. */
async function removeLocalCopies(
  context: Context,
  inputs: Inputs<typeof ERASE_INPUTS>,
  ids: readonly string[],
): Promise<void> {
  const dataRoot = dataRootOf(context, inputs);
  const hashCache = await HashCache.open(join(dataRoot, HASH_CACHE_FILE));
  for (const id of ids) {
    await rm(join(dataRoot, id), { recursive: true, force: true });
    await rm(join(context.workingDirectory, workspacePath.validationReport(id)), { force: true });
    hashCache.forget(join(dataRoot, id));
  }
  await hashCache.save();
}

function eraseSummary(options: {
  dryRun: boolean;
  affected: string[][];
  retrain: string[];
  store: BlobStore;
  erasureId?: string;
}): string {
  const lines = [
    `### Erasure${options.dryRun ? " (dry run: nothing changed)" : ""}`,
    "",
    options.affected.length === 0
      ? `No snapshot in ${escapeMarkdown(options.store.uri)} holds any of the keys: nothing to erase.`
      : `${options.affected.length} snapshot(s) in ${escapeMarkdown(options.store.uri)} ${options.dryRun ? "hold" : "held"} the keys${options.erasureId ? `; erasure log entry \`${options.erasureId}\`` : ""}.`,
    "",
  ];
  if (options.affected.length > 0) {
    lines.push(
      table(
        ["snapshot", "successor", "rows"],
        options.affected.map(([id, successor, rows]) => [
          codeCell(id),
          successor ? codeCell(successor) : "",
          rows ?? "",
        ]),
      ),
      "",
    );
  }
  if (options.retrain.length > 0) {
    lines.push(
      `**Retrain** (tagged \`${PENDING_RETRAIN_TAG}\`${options.dryRun ? " when run without dry-run" : ""}):`,
      "",
      ...options.retrain.map((line) => `- ${escapeMarkdown(line)}`),
      "",
    );
  }
  return lines.join("\n");
}
