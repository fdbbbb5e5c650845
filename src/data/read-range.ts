import type { FileHandle } from "node:fs/promises";
import { CsvSyntaxError } from "./csv-parser.js";
import { CsvTokenizer } from "./csv-tokenizer.js";
import { DataError, fileAccessError } from "./data-error.js";
import { type DataFormat, isGzipped } from "./format.js";
import type { ParquetColumn } from "./parquet-columns.js";
import { feedCsv, readCsv } from "./read-csv.js";
import { JsonLinesParser, jsonlRowMapper, readJsonl } from "./read-jsonl.js";
import { CHUNK_BYTES, firstInvalidByte, invalidUtf8, openForRead, unfinishedTail } from "./read-text.js";
import { DEFAULT_BATCH_SIZE } from "./row-batch.js";

/**
 * A part of a file that can be read on its own, so parts can be read in parallel:
 * - `text` (CSV, JSON Lines): bytes [start, end), both at a line start. A part other than the first begins
 *   right after the first LF at or past a multiple of the part size, a guess that holds unless that LF sits
 *   inside a quoted CSV field (see {@link readPart});
 * - `parquet`: whole row groups [from, to);
 * - `whole`: the whole file, read from its start (gzipped files cannot be entered in the middle).
 * The parts of a file depend only on its bytes and the part size, never on the number of threads, so
 * statistics merged part by part are the same however many threads read them.
 */
export type FilePart =
  | { kind: "text"; start: number; end: number }
  | { kind: "parquet"; from: number; to: number }
  | { kind: "whole" };

/** Rows of a part before the part (its origin): exact, or unknown while parts are read speculatively. */
export interface PartOrigin {
  rows: number;
  lines: number;
}

/** Bytes per part: large enough that the per-part work (starting, merging sketches) is noise. */
export const DEFAULT_PART_BYTES = 16 * 1024 * 1024;

/**
 * The Parquet reader (and hyparquet) is loaded when a Parquet file is read, not when this module is: a
 * process or worker that reads only CSV or JSON Lines never evaluates it.
 */
const loadParquetReader = () => import("./read-parquet.js");

/** The parts of one file, in order. */
export async function planParts(path: string, format: DataFormat, partBytes: number): Promise<FilePart[]> {
  if (isGzipped(path)) return [{ kind: "whole" }];
  if (format === "parquet") {
    const { parquetGroupRanges } = await loadParquetReader();
    const ranges = await parquetGroupRanges(path, partBytes);
    if (ranges.length <= 1) return [{ kind: "whole" }];
    return ranges.map(({ from, to }) => ({ kind: "parquet", from, to }));
  }
  const handle = await openForRead(path);
  try {
    const { size } = await handle.stat();
    const starts = [0];
    for (let nominal = partBytes; nominal < size; nominal += partBytes) {
      const previous = starts[starts.length - 1] as number;
      if (nominal <= previous) continue;
      const start = await lineStartFrom(handle, nominal, size);
      if (start === undefined) break;
      if (start > previous && start < size) starts.push(start);
    }
    return starts.map((start, i) => ({ kind: "text", start, end: starts[i + 1] ?? size }));
  } catch (error) {
    throw fileAccessError(path, error);
  } finally {
    await handle.close();
  }
}

/** The offset just past the first LF at or after `offset`, or undefined when there is none. */
async function lineStartFrom(handle: FileHandle, offset: number, size: number): Promise<number | undefined> {
  const window = new Uint8Array(1 << 16);
  for (let at = offset; at < size; at += window.length) {
    const { bytesRead } = await handle.read(window, 0, Math.min(window.length, size - at), at);
    if (bytesRead === 0) return undefined;
    const lf = window.subarray(0, bytesRead).indexOf(10);
    if (lf >= 0) return at + lf + 1;
  }
  return undefined;
}

/** A CSV part that ends inside a quoted field: its end was not a row boundary (a quoted line break). */
export function endsInsideQuotes(error: unknown): boolean {
  const cause = error instanceof DataError ? error.cause : error;
  return cause instanceof CsvSyntaxError && /never closed/.test(cause.reason);
}

/** Rows as they are read: `firstRow` is the 1-based row number of rows[0] counted from the part's origin. */
export type OnRows = (rows: unknown[][], firstRow: number) => void;

/**
 * A CSV part's records as the tokenizer holds them (no row arrays): records 0 … `tokenizer.records − 1` of
 * its batch, `firstRow` as for {@link OnRows}. The batch is valid only during the call.
 */
export type OnCsvRecords = (tokenizer: CsvTokenizer, firstRow: number) => void;

/**
 * A Parquet row group's columns (see parquet-columns.ts), `count` rows, `firstRow` as for {@link OnRows}.
 * The columns are valid only during the call.
 */
export type OnParquetColumns = (columns: ParquetColumn[], count: number, firstRow: number) => void;

/**
 * Reads one part of a file, calling `onRows` with its rows in order; returns the rows and physical lines it
 * held. With an exact `origin`, errors name the file's own row and line numbers as a whole-file read would;
 * without one (a speculative read), numbers count from the part's start and the caller must not report them
 * (it reads the part again with its origin once the parts before it are known). `columns` is the file's
 * header (CSV, JSON Lines): a part other than the first has none of its own. With `onCsv`, a CSV byte-range
 * part hands its records to `onCsv` instead of `onRows`; with `onParquet`, a Parquet file that decodes
 * column-wise hands its row groups' columns to `onParquet` instead.
 */
export async function readPart(
  path: string,
  format: DataFormat,
  part: FilePart,
  columns: string[],
  origin: PartOrigin | undefined,
  onRows: OnRows,
  onCsv?: OnCsvRecords,
  onParquet?: OnParquetColumns,
): Promise<PartOrigin> {
  if (format === "parquet" && onParquet && part.kind !== "text") {
    const [from, to] = part.kind === "parquet" ? [part.from, part.to] : [0, Number.POSITIVE_INFINITY];
    const { readParquetGroupColumns } = await loadParquetReader();
    let rows = 0;
    for await (const group of readParquetGroupColumns(path, from, to)) {
      if (group.columns) onParquet(group.columns, group.count, rows + 1);
      else onRows(group.rows, rows + 1);
      rows += group.count;
    }
    return { rows, lines: 0 };
  }
  if (part.kind === "whole") {
    let rows = 0;
    const batches =
      format === "csv"
        ? readCsv(path, DEFAULT_BATCH_SIZE)
        : format === "jsonl"
          ? readJsonl(path, DEFAULT_BATCH_SIZE, columns)
          : (await loadParquetReader()).readParquet(path, DEFAULT_BATCH_SIZE);
    for await (const batch of batches) {
      if (batch.rows.length > 0) onRows(batch.rows, batch.firstRowNumber);
      rows += batch.rows.length;
    }
    return { rows, lines: 0 };
  }
  if (part.kind === "parquet") {
    const { readParquetGroups } = await loadParquetReader();
    let rows = 0;
    for await (const group of readParquetGroups(path, part.from, part.to)) {
      onRows(group.rows, rows + 1);
      rows += group.rows.length;
    }
    return { rows, lines: 0 };
  }
  return format === "csv"
    ? readCsvPart(path, part, columns, origin, onRows, onCsv)
    : readJsonlPart(path, part, columns, origin, onRows);
}

/** The part's bytes decoded as strict UTF-8 in pieces aligned to the whole-file reader's 256 KiB chunks. */
async function* decodePart(path: string, part: { start: number; end: number }): AsyncGenerator<string> {
  const handle = await openForRead(path);
  // A part after the first starts after an LF: a character boundary; its U+FEFF, if any, is data.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: part.start > 0 });
  const buffer = new Uint8Array(CHUNK_BYTES);
  let at = part.start;
  let last = new Uint8Array(0);
  try {
    while (at < part.end) {
      const stop = Math.min(part.end, (Math.floor(at / CHUNK_BYTES) + 1) * CHUNK_BYTES);
      let filled = 0;
      while (filled < stop - at) {
        const { bytesRead } = await handle.read(buffer, filled, stop - at - filled, at + filled);
        if (bytesRead === 0)
          throw new Error(`the file ended at byte ${at + filled}, before byte ${part.end}`);
        filled += bytesRead;
      }
      const piece = buffer.subarray(0, filled);
      last = piece;
      let text: string;
      try {
        text = decoder.decode(piece, { stream: true });
      } catch {
        throw await invalidUtf8(path, at + firstInvalidByte(piece));
      }
      at += filled;
      if (text.length > 0) yield text;
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw await invalidUtf8(
        path,
        at - unfinishedTail(last),
        "the file ends in the middle of a UTF-8 character",
      );
    }
    if (rest.length > 0) yield rest;
  } catch (error) {
    throw fileAccessError(path, error);
  } finally {
    await handle.close();
  }
}

/**
 * The part's bytes in pieces aligned to the whole-file reader's 256 KiB chunks (so errors come in its order).
 * The next piece is read while the caller works on the current one, so the thread never waits for a read
 * between pieces (a read error still surfaces when its piece is asked for, after the pieces before it).
 * Pieces are views of three buffers taken in turn, not new allocations (each fresh 256 KiB buffer cost page
 * faults and old-space GCs): a piece stays intact while the caller works on it and on the piece after it,
 * which is as long as CsvTokenizer keeps a chunk (it copies what it carries over).
 */
async function* partBytes(path: string, part: { start: number; end: number }): AsyncGenerator<Uint8Array> {
  const handle = await openForRead(path);
  const buffers = [0, 1, 2].map(() => Buffer.allocUnsafeSlow(CHUNK_BYTES));
  let turn = 0;
  const readPiece = async (at: number): Promise<Buffer> => {
    const stop = Math.min(part.end, (Math.floor(at / CHUNK_BYTES) + 1) * CHUNK_BYTES);
    const piece = (buffers[turn] as Buffer).subarray(0, stop - at);
    turn = (turn + 1) % buffers.length;
    let filled = 0;
    while (filled < piece.length) {
      const { bytesRead } = await handle.read(piece, filled, piece.length - filled, at + filled);
      if (bytesRead === 0) throw new Error(`the file ended at byte ${at + filled}, before byte ${part.end}`);
      filled += bytesRead;
    }
    return piece;
  };
  let pending: Promise<Buffer> | undefined;
  try {
    let at = part.start;
    if (at < part.end) pending = readPiece(at);
    while (pending) {
      const piece = await pending;
      pending = undefined;
      at += piece.length;
      if (at < part.end) {
        pending = readPiece(at);
        pending.catch(() => undefined); // awaited on the next turn, or settled below if the caller stops
      }
      yield piece;
    }
  } catch (error) {
    throw fileAccessError(path, error);
  } finally {
    if (pending) await pending.catch(() => undefined);
    await handle.close();
  }
}

async function readCsvPart(
  path: string,
  part: { start: number; end: number },
  columns: string[],
  origin: PartOrigin | undefined,
  onRows: OnRows,
  onCsv: OnCsvRecords | undefined,
): Promise<PartOrigin> {
  const base = origin ?? { rows: 0, lines: 0 };
  // A part after the first starts after an LF, at a record boundary past the header; its U+FEFF, if any, is data.
  const tokenizer =
    part.start > 0
      ? CsvTokenizer.forRange(columns, { line: base.lines + 1, rows: base.rows, offset: part.start })
      : new CsvTokenizer();
  const startRows = tokenizer.rows;
  const startLine = tokenizer.nextLine;
  const feed = async (bytes: Uint8Array, final: boolean) => {
    if ((await feedCsv(path, tokenizer, bytes, final)) === 0) return;
    const firstRow = tokenizer.rows - tokenizer.records + 1 - startRows;
    if (onCsv) return onCsv(tokenizer, firstRow);
    const rows: unknown[][] = [];
    tokenizer.rowsInto(rows);
    onRows(rows, firstRow);
  };
  for await (const bytes of partBytes(path, part)) await feed(bytes, false);
  await feed(new Uint8Array(0), true);
  if (tokenizer.header === undefined)
    throw new DataError({ file: path }, "has no header row (the file is empty or blank)");
  return { rows: tokenizer.rows - startRows, lines: tokenizer.nextLine - startLine };
}

async function readJsonlPart(
  path: string,
  part: { start: number; end: number },
  columns: string[],
  origin: PartOrigin | undefined,
  onRows: OnRows,
): Promise<PartOrigin> {
  const base = origin ?? { rows: 0, lines: 0 };
  const parser = new JsonLinesParser(path, base);
  let rows: unknown[][] = [];
  let first = 1;
  const toRow = jsonlRowMapper(path, columns, (values) => rows.push(values));
  const flush = () => {
    if (rows.length === 0) return;
    onRows(rows, first);
    first += rows.length;
    rows = [];
  };
  for await (const text of decodePart(path, part)) {
    parser.feed(text, false, toRow);
    flush();
  }
  parser.feed("", true, toRow);
  flush();
  return { rows: parser.rows - base.rows, lines: parser.line - 1 - base.lines };
}
