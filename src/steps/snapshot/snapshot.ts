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
  type SnapshotFile,
  type SnapshotManifest,
} from "../../config/contracts/snapshot-manifest.js";
import type { Context } from "../../context/context.js";
import { DataError } from "../../data/data-error.js";
import type { DataFormat } from "../../data/format.js";
import { hashFile } from "../../data/hash-file.js";
import { readSchema, readTable } from "../../data/read-table.js";
import type { SourceFile } from "../../data/resolve-sources.js";
import { openTableWriter, type TableWriter } from "../../data/write-table.js";
import { ColumnProfiler } from "../../stats/column-profile.js";
import type { BlobStore } from "../../store/blob-store.js";
import { mapWithConcurrency } from "../../store/parallel.js";
import { workspacePath } from "../workspace-paths.js";
import { fetchSources } from "./fetch-sources.js";
import { pullSnapshot } from "./pull-snapshot.js";
import { makeAsOfFilter, makeSplitter, type Side, type SplitSpec } from "./split-rows.js";

export interface SnapshotOptions {
  source: string;
  store: BlobStore;
  format?: string;
  split?: SplitSpec;
  asOf?: { time: string; column: string };
  /** Where the snapshot is materialised for the next steps; default `<working dir>/.trainyard/data`. */
  dataRoot?: string;
  concurrency?: number;
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

const extension: Record<DataFormat, string> = { csv: "csv", parquet: "parquet", jsonl: "jsonl" };

/** One profiler per column, fed whole rows. */
class TableProfiler {
  private readonly columns: ColumnProfiler[];
  constructor(names: string[]) {
    this.columns = names.map((name) => new ColumnProfiler(name));
  }
  observe(row: readonly unknown[]): void {
    for (let i = 0; i < this.columns.length; i++) this.columns[i]?.add(row[i]);
  }
  profiles() {
    return this.columns.map((column) => column.profile());
  }
}

async function checkSameColumns(files: SourceFile[]): Promise<string[]> {
  let first: { file: SourceFile; columns: string[] } | undefined;
  for (const file of files) {
    const columns = await readSchema(file.path, file.format);
    if (!first) {
      first = { file, columns };
      continue;
    }
    if (columns.join("\u0000") !== first.columns.join("\u0000")) {
      throw new DataError(
        { file: file.name },
        `has columns [${columns.join(", ")}] but ${first.file.name} has [${first.columns.join(", ")}]; every file of a snapshot needs the same columns in the same order`,
      );
    }
  }
  if (!first) throw new DataError({ file: "source" }, "has no files");
  const formats = new Set(files.map((file) => file.format));
  if (formats.size > 1)
    throw new DataError(
      { file: files[0]?.name ?? "source" },
      `mixes formats (${[...formats].join(", ")}); use one format per snapshot`,
    );
  return first.columns;
}

interface Prepared {
  path: string;
  name: string;
  role: SnapshotFile["role"];
  rows: number;
}

/** One streaming pass: as-of filter, split into train/test files in the source's format, and profile. */
async function splitAndProfile(
  files: SourceFile[],
  columns: string[],
  format: DataFormat,
  outDir: string,
  options: SnapshotOptions,
  profiler: TableProfiler,
): Promise<{ prepared: Prepared[]; rows: number; dropped: number; sides: Record<Side, number> }> {
  const keep = options.asOf ? makeAsOfFilter(options.asOf, columns) : () => true;
  const splitter = options.split ? makeSplitter(options.split, columns) : undefined;
  const names = splitter ? (["train", "test"] as const) : (["data"] as const);
  const writers = new Map<string, TableWriter>();
  for (const role of names) {
    writers.set(role, await openTableWriter(join(outDir, `${role}.${extension[format]}`), format, columns));
  }
  const sides: Record<Side, number> = { train: 0, test: 0 };
  let rows = 0;
  let dropped = 0;
  try {
    for (const file of files) {
      for await (const batch of readTable(file.path, format)) {
        const out: Record<string, unknown[][]> = { train: [], test: [], data: [] };
        batch.rows.forEach((row, offset) => {
          if (!keep(row)) {
            dropped++;
            return;
          }
          rows++;
          profiler.observe(row);
          const role = splitter ? splitter(row, `${file.name} row ${batch.firstRowNumber + offset}`) : "data";
          if (role !== "data") sides[role]++;
          out[role]?.push(row);
        });
        for (const [role, writer] of writers) {
          const chunk = out[role];
          if (chunk && chunk.length > 0) await writer.writeRows(chunk);
        }
      }
    }
    const prepared: Prepared[] = [];
    for (const [role, writer] of writers) {
      const closed = await writer.close();
      prepared.push({
        path: writer.path,
        name: `${role}.${extension[format]}`,
        role: role as SnapshotFile["role"],
        rows: closed.rows,
      });
    }
    return { prepared, rows, dropped, sides };
  } catch (error) {
    await Promise.all([...writers.values()].map((writer) => writer.abort()));
    throw error;
  }
}

/** Profiles unsplit files without rewriting them: they are stored byte for byte. */
async function profileOnly(files: SourceFile[], profiler: TableProfiler): Promise<Prepared[]> {
  const prepared: Prepared[] = [];
  for (const file of files) {
    let rows = 0;
    for await (const batch of readTable(file.path, file.format)) {
      for (const row of batch.rows) profiler.observe(row);
      rows += batch.rows.length;
    }
    prepared.push({ path: file.path, name: file.name, role: "data", rows });
  }
  return prepared;
}

function snapshotId(body: unknown): string {
  return createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16);
}

/**
 * Puts the snapshot's files in `dataDir`. Files trainyard wrote itself (the split) are moved there; the user's
 * own source files are copied, never linked, so editing a source later cannot change a snapshot.
 */
async function materialise(
  files: { path: string; name: string; owned: boolean }[],
  dataDir: string,
): Promise<void> {
  for (const file of files) {
    const target = join(dataDir, ...file.name.split("/"));
    if (await stat(target).catch(() => undefined)) continue;
    await mkdir(join(target, ".."), { recursive: true });
    const partial = `${target}.partial-${process.pid}`;
    const moved =
      file.owned &&
      (await rename(file.path, partial).then(
        () => true,
        () => false,
      ));
    if (!moved) await copyFile(file.path, partial);
    await rename(partial, target);
  }
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
  const dataDir = join(options.dataRoot ?? join(context.workingDirectory, workspacePath.data), id);
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

/**
 * Takes an immutable, content-addressed snapshot of the source: blobs first (only those the store lacks), the
 * manifest last, so an interrupted snapshot leaves no manifest and the next run resumes where it stopped.
 */
export async function snapshot(context: Context, options: SnapshotOptions): Promise<SnapshotResult> {
  const staging = await mkdtemp(join(tmpdir(), "trainyard-snapshot-"));
  try {
    const sources = await context.group("Read the source", async () => {
      const files = await fetchSources(context, options.source, staging, options.format);
      context.log.info(`${files.length} file(s): ${files.map((file) => file.name).join(", ")}`);
      return files;
    });
    const columns = await checkSameColumns(sources);
    const format = sources[0]?.format ?? "csv";
    const sourceHashes = await mapWithConcurrency(sources, 4, async (file) => ({
      file,
      hash: await hashFile(file.path),
    }));
    const recipe = recipeKey(
      format,
      sourceHashes.map(({ file, hash }) => ({ name: file.name, sha256: hash.sha256 })),
      options,
    );
    const earlier = await reuseEarlierSnapshot(context, options, recipe);
    if (earlier) return earlier;
    const profiler = new TableProfiler(columns);
    const transform = Boolean(options.split || options.asOf);
    const { prepared, dropped, sides } = await context.group(
      transform ? "Split and profile" : "Profile",
      async () => {
        if (transform)
          return splitAndProfile(sources, columns, format, join(staging, "out"), options, profiler);
        return { prepared: await profileOnly(sources, profiler), dropped: 0, sides: { train: 0, test: 0 } };
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

    let bytesUploaded = 0;
    let bytesReused = 0;
    await context.group(`Store blobs in ${options.store.uri}`, async () => {
      await mapWithConcurrency(hashed, options.concurrency ?? 4, async ({ file, hash }) => {
        // Started on the first transferred byte, so a blob the store already has prints no progress.
        let progress: ReturnType<Context["progress"]> | undefined;
        const outcome = await options.store.putIfAbsent(
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
        context.log.info(
          `${file.name}: ${outcome === "written" ? "uploaded" : "already stored"} (sha256 ${hash.sha256.slice(0, 12)})`,
        );
      });
    });

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
      profile: profiler.profiles(),
    };
    // The id covers the content, not where it was read from: the same data gives the same id.
    const id = snapshotId({ ...body, source: { ...body.source, uri: undefined } });
    const manifest: SnapshotManifest = {
      kind: SNAPSHOT_KIND,
      version: SNAPSHOT_VERSION,
      id,
      createdAt: new Date().toISOString(),
      ...body,
    };
    const written = await options.store.putIfAbsent(manifestKey(id), {
      body: `${JSON.stringify(manifest, null, 2)}\n`,
    });
    const stored =
      written === "written"
        ? manifest
        : parseSnapshotManifest(
            (await options.store.getBytes(manifestKey(id))).toString("utf8"),
            manifestKey(id),
          );

    const dataDir = join(options.dataRoot ?? join(context.workingDirectory, workspacePath.data), id);
    await options.store.putIfAbsent(recipe, { body: `${JSON.stringify({ id })}\n` });
    await materialise(
      hashed.map(({ file }) => ({ ...file, owned: transform })),
      dataDir,
    );
    context.log.info(`snapshot ${id}: ${rows} rows, ${bytesUploaded} bytes uploaded, ${bytesReused} reused`);
    return {
      id,
      uri: `${options.store.uri.replace(/\/$/, "")}/${manifestKey(id)}`,
      dataDir,
      rows,
      bytesUploaded,
      bytesReused,
      manifest: stored,
      created: written === "written",
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
