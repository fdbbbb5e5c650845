import type { FileHandle } from "node:fs/promises";
import * as zlib from "node:zlib";
import {
  type AsyncBuffer,
  type Compressors,
  type FileMetaData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  type RowGroup,
  type SchemaTree,
} from "hyparquet";
import { type ColumnKind, kindOfParquetColumn } from "./column-kind.js";
import { DataError } from "./data-error.js";
import { ColumnBuffers, columnarKinds, decodeGroupColumns, type ParquetColumn } from "./parquet-columns.js";
import { checkMetadata, checkPages, chunkRange, UnreadableCodec } from "./parquet-guard.js";
import { openForRead } from "./read-text.js";
import { type RowBatch, RowBatcher } from "./row-batch.js";
import { snappyUncompress } from "./snappy.js";

/**
 * Page codecs beyond hyparquet's built-in SNAPPY, from node:zlib. ZSTD needs a Node.js whose zlib has it
 * (22.15 and later); LZ4 is not available. SNAPPY is hyparquet's decoder with bulk copies (snappy.ts).
 */
function nodeCompressors(): Compressors {
  const compressors: Compressors = {
    GZIP: (input) => zlib.gunzipSync(input),
    BROTLI: (input) => zlib.brotliDecompressSync(input),
    SNAPPY: (input, length) => {
      // not zero-filled: snappyUncompress writes every byte of it, or throws
      const output = uninitialized(length);
      snappyUncompress(input, output);
      return output;
    },
  };
  const zstd = (zlib as { zstdDecompressSync?: (input: Uint8Array) => Buffer }).zstdDecompressSync;
  if (zstd) compressors.ZSTD = (input) => zstd(input);
  return compressors;
}

const compressors = nodeCompressors();
const codecs: ReadonlySet<string> = new Set(["UNCOMPRESSED", "SNAPPY", ...Object.keys(compressors)]);

/**
 * A Uint8Array of `length` bytes on its own ArrayBuffer, not zero-filled: only for buffers whose every byte is
 * written before it is read, or that are dropped when that fails.
 */
function uninitialized(length: number): Uint8Array {
  const buffer = Buffer.allocUnsafeSlow(length);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

/** Bytes start..end−1 of the file, into `target(length)` when given (else a new array). */
async function readRange(
  handle: FileHandle,
  start: number,
  end: number,
  target: (length: number) => Uint8Array = uninitialized,
): Promise<Uint8Array> {
  // filled to the end below, or it throws
  const bytes = target(Math.max(0, end - start));
  let filled = 0;
  while (filled < bytes.length) {
    const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, start + filled);
    if (bytesRead === 0) throw new Error(`the file ended at byte ${start + filled}, before byte ${end}`);
    filled += bytesRead;
  }
  return bytes;
}

/**
 * The file as hyparquet's AsyncBuffer, reading byte ranges on demand so only the footer and one row group
 * are ever in memory. `held` is the current row group's bytes, already read for checking, served from
 * memory instead of read twice.
 */
class FileRanges implements AsyncBuffer {
  held: { start: number; bytes: Uint8Array } | undefined;

  constructor(
    private readonly handle: FileHandle,
    readonly byteLength: number,
  ) {}

  async slice(start: number, end = this.byteLength): Promise<ArrayBuffer> {
    const from = Math.max(0, start);
    const to = Math.min(this.byteLength, end);
    const held = this.held;
    if (held && from >= held.start && to <= held.start + held.bytes.length) {
      return held.bytes.slice(from - held.start, to - held.start).buffer;
    }
    return (await readRange(this.handle, from, to)).buffer as ArrayBuffer;
  }
}

interface OpenParquet {
  handle: FileHandle;
  file: FileRanges;
  metadata: FileMetaData;
  tree: SchemaTree;
  columns: string[];
}

function invalid(path: string, reason: string, cause?: unknown): DataError {
  if (cause instanceof UnreadableCodec) return new DataError({ file: path }, cause.message, { cause });
  const text = reason.replace(/^parquet /, "");
  if (/not supported/.test(text)) {
    return new DataError({ file: path }, `uses a Parquet feature that cannot be read here: ${text}`, {
      cause,
    });
  }
  return new DataError({ file: path }, `is not a valid Parquet file: ${text}`, { cause });
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/footer != PAR1|too short/.test(message)) {
    return "it does not end with the Parquet footer (truncated, or not Parquet at all)";
  }
  return message;
}

/**
 * The metadata of the Parquet file opened last on this thread, with its size and footer bytes: each part of
 * a file opens it again, and a file of the same size whose footer has the same bytes has the same metadata
 * (hyparquet parses it from those bytes alone), so it is parsed and checked once.
 */
let lastFooter:
  | { size: number; bytes: Uint8Array; metadata: FileMetaData; tree: SchemaTree; columns: string[] }
  | undefined;

/** The footer (its metadata, length and magic: the last 8 + length bytes), or undefined when it is not one. */
async function footerBytes(handle: FileHandle, size: number): Promise<Uint8Array | undefined> {
  const tail = await readRange(handle, size - 8, size);
  const length = new DataView(tail.buffer, tail.byteOffset, 8).getUint32(0, true);
  if (tail[4] !== 0x50 || tail[5] !== 0x41 || tail[6] !== 0x52 || tail[7] !== 0x31) return undefined;
  if (length + 8 > size || length > 16 * 1024 * 1024) return undefined;
  return readRange(handle, size - 8 - length, size);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

async function openParquet(path: string): Promise<OpenParquet> {
  const handle = await openForRead(path);
  try {
    const { size } = await handle.stat();
    if (size === 0) throw new DataError({ file: path }, "is empty (0 bytes), not a Parquet file");
    if (size < 12) throw invalid(path, `it has only ${size} bytes`);
    const file = new FileRanges(handle, size);
    const footer = await footerBytes(handle, size);
    const known = lastFooter;
    if (footer && known && known.size === size && sameBytes(footer, known.bytes)) {
      // the same footer as the file opened last (another part of it): the same metadata, which passed
      // every check below
      return { handle, file, metadata: known.metadata, tree: known.tree, columns: known.columns };
    }
    let metadata: FileMetaData;
    let tree: SchemaTree;
    try {
      metadata = await parquetMetadataAsync(file);
      tree = parquetSchema(metadata);
      checkMetadata(metadata, tree, size, codecs);
    } catch (error) {
      throw invalid(path, reasonOf(error), error);
    }
    const columns = tree.children.map((child) => child.element.name);
    const seen = new Map<string, number>();
    columns.forEach((name, index) => {
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        throw new DataError(
          { file: path, column: name },
          `names column ${earlier + 1} and column ${index + 1} both "${name}"`,
        );
      }
      seen.set(name, index);
    });
    const groupRows = metadata.row_groups.reduce((sum, group) => sum + group.num_rows, 0n);
    if (groupRows !== metadata.num_rows) {
      throw invalid(path, `its row groups hold ${groupRows} rows but its footer says ${metadata.num_rows}`);
    }
    if (footer) lastFooter = { size, bytes: footer, metadata, tree, columns };
    return { handle, file, metadata, tree, columns };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export async function readParquetColumns(path: string): Promise<string[]> {
  const { handle, columns } = await openParquet(path);
  await handle.close();
  return columns;
}

/** The kind of each column, to write a Parquet file with the same types (see openTableWriter). */
export async function readParquetColumnKinds(path: string): Promise<ColumnKind[]> {
  const { handle, tree } = await openParquet(path);
  await handle.close();
  return tree.children.map(kindOfParquetColumn);
}

/** One row group at a time: memory holds one decoded row group, whatever the file's size. */
export async function* readParquet(path: string, batchSize: number): AsyncGenerator<RowBatch> {
  const opened = await openParquet(path);
  try {
    const batcher = new RowBatcher(opened.columns, batchSize);
    for await (const { rows } of decodeGroups(path, opened, 0, opened.metadata.row_groups.length))
      yield* batcher.add(rows);
    yield* batcher.finish();
  } finally {
    await opened.handle.close();
  }
}

/** Runs of whole row groups of about `targetBytes` compressed bytes each, with the rows they hold. */
export interface ParquetGroupRange {
  from: number;
  to: number;
  /** Data rows of the file before group `from`. */
  rowStart: number;
  rows: number;
}

/** Cuts the file's row groups into runs of at least `targetBytes` (the last may be smaller). */
export async function parquetGroupRanges(path: string, targetBytes: number): Promise<ParquetGroupRange[]> {
  const { handle, metadata } = await openParquet(path);
  await handle.close();
  const ranges: ParquetGroupRange[] = [];
  let current: ParquetGroupRange | undefined;
  let bytes = 0;
  let rowStart = 0;
  metadata.row_groups.forEach((group, g) => {
    current ??= { from: g, to: g, rowStart, rows: 0 };
    const groupRanges = group.columns.map(chunkRange);
    bytes += groupRanges.reduce((sum, range) => sum + (range.end - range.start), 0);
    current.to = g + 1;
    current.rows += Number(group.num_rows);
    rowStart += Number(group.num_rows);
    if (bytes >= targetBytes) {
      ranges.push(current);
      current = undefined;
      bytes = 0;
    }
  });
  if (current) ranges.push(current);
  return ranges;
}

/** Row groups from..to−1 of the file; each decoded group with its first data row number. */
export async function* readParquetGroups(
  path: string,
  from: number,
  to: number,
): AsyncGenerator<{ rows: unknown[][]; firstRowNumber: number }> {
  const opened = await openParquet(path);
  try {
    yield* decodeGroups(path, opened, from, to);
  } finally {
    await opened.handle.close();
  }
}

/** A decoded row group: its columns when the file decodes column-wise (see parquet-columns.ts), else rows. */
export type ParquetGroup =
  | { columns: ParquetColumn[]; rows?: undefined; count: number; firstRowNumber: number }
  | { columns?: undefined; rows: unknown[][]; count: number; firstRowNumber: number };

/**
 * Row groups from..to−1 of the file, column-wise where every column can be (flat files of numbers,
 * timestamps, booleans and strings), else as rows; the same checks and errors as {@link readParquetGroups}.
 * A group's columns are valid until the next group is asked for: the next is decoded into their arrays.
 */
export async function* readParquetGroupColumns(
  path: string,
  from: number,
  to: number,
): AsyncGenerator<ParquetGroup> {
  const opened = await openParquet(path);
  try {
    const leaves = columnarKinds(opened.tree);
    if (!leaves) {
      for await (const { rows, firstRowNumber } of decodeGroups(path, opened, from, to))
        yield { rows, count: rows.length, firstRowNumber };
      return;
    }
    const { handle, metadata, tree } = opened;
    // each group's columns are taken before the next is decoded into the same arrays
    const buffers = new ColumnBuffers();
    // The bytes of the next group are read while this one is decoded and checked, into the other of two
    // buffers: the one the group before this was read into, whose columns are no longer read. A read's
    // failure is reported when its group's turn comes, as it was when groups were read one after another.
    const groups = [...groupsInRange(metadata, from, to)];
    const read = (g: number): Promise<{ bytes: Uint8Array; start: number }> => {
      const { group } = groups[g] as { group: RowGroup };
      let reading: Promise<{ bytes: Uint8Array; start: number }>;
      try {
        const ranges = group.columns.map(chunkRange);
        const start = Math.min(...ranges.map((range) => range.start));
        const end = Math.max(...ranges.map((range) => range.end));
        reading = readRange(handle, start, end, (length) => buffers.group(length, g & 1)).then((bytes) => ({
          bytes,
          start,
        }));
      } catch (error) {
        reading = Promise.reject(error);
      }
      // awaited in its group's turn (or in `finally`): not an unhandled rejection meanwhile
      reading.catch(() => {});
      return reading;
    };
    let pending = groups.length > 0 ? read(0) : undefined;
    try {
      for (let g = 0; g < groups.length; g++) {
        const { group, count, groupStart, where } = groups[g] as (typeof groups)[number];
        let columns: ParquetColumn[];
        try {
          const { bytes, start } = await (pending as Promise<{ bytes: Uint8Array; start: number }>);
          pending = g + 1 < groups.length ? read(g + 1) : undefined;
          checkPages(group, bytes, start);
          columns = decodeGroupColumns(group, tree, leaves, bytes, start, compressors, buffers);
        } catch (error) {
          throw invalid(path, `${where}: ${reasonOf(error)}`, error);
        }
        yield { columns, count, firstRowNumber: groupStart + 1 };
      }
    } finally {
      // a read still under way finishes before the file is closed
      await pending?.catch(() => {});
    }
  } finally {
    await opened.handle.close();
  }
}

async function* decodeGroups(
  path: string,
  { handle, file, metadata }: OpenParquet,
  from: number,
  to: number,
): AsyncGenerator<{ rows: unknown[][]; firstRowNumber: number }> {
  for (const { group, count, groupStart, where } of groupsInRange(metadata, from, to)) {
    let rows: unknown[][] = [];
    try {
      const ranges = group.columns.map(chunkRange);
      const start = Math.min(...ranges.map((range) => range.start));
      const end = Math.max(...ranges.map((range) => range.end));
      const bytes = await readRange(handle, start, end);
      checkPages(group, bytes, start);
      file.held = { start, bytes };
      await parquetRead({
        file,
        metadata,
        compressors,
        rowStart: groupStart,
        rowEnd: groupStart + count,
        onComplete: (decoded) => {
          rows = decoded;
        },
      });
    } catch (error) {
      throw invalid(path, `${where}: ${reasonOf(error)}`, error);
    } finally {
      file.held = undefined;
    }
    if (rows.length !== count) throw invalid(path, `${where} decoded to ${rows.length} rows`);
    normalize(rows);
    yield { rows, firstRowNumber: groupStart + 1 };
  }
}

/** The non-empty row groups from..to-1, each with the number of rows before it and a label for errors. */
function* groupsInRange(
  metadata: FileMetaData,
  from: number,
  to: number,
): Generator<{ group: RowGroup; count: number; groupStart: number; where: string }> {
  const groups = metadata.row_groups;
  let groupStart = 0;
  for (let g = 0; g < from; g++) groupStart += Number(groups[g]?.num_rows ?? 0);
  for (let g = from; g < Math.min(to, groups.length); g++) {
    const count = Number(groups[g]?.num_rows ?? 0);
    if (count === 0) continue;
    const where = `row group ${g + 1} of ${groups.length} (rows ${groupStart + 1}-${groupStart + count})`;
    yield { group: groups[g] as RowGroup, count, groupStart, where };
    groupStart += count;
  }
}

/** Missing values become null; 64-bit integers become numbers when a double holds them exactly. */
function normalize(rows: unknown[][]): void {
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (value === undefined) row[i] = null;
      else if (typeof value === "bigint" || (typeof value === "object" && value !== null))
        row[i] = normalizeValue(value);
    }
  }
}

/** The same for values inside lists and structs. */
function normalizeValue(value: unknown): unknown {
  if (typeof value === "bigint") return value <= MAX_SAFE && value >= MIN_SAFE ? Number(value) : value;
  if (value === undefined) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normalizeValue(value[i]);
    return value;
  }
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) object[key] = normalizeValue(object[key]);
  }
  return value;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
