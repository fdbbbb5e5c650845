import type { ColumnKind } from "./column-kind.js";
import { csvLine, jsonLineEncoder } from "./encode-text.js";
import { FileSink } from "./file-sink.js";
import { type DataFormat, isGzipped } from "./format.js";

export type { ColumnKind } from "./column-kind.js";

export interface TableWriterOptions {
  /** Parquet only: the storage kind of each column, by position; missing ones are inferred from the first row group. */
  columnKinds?: readonly (ColumnKind | undefined)[];
  /** Parquet only: rows per row group (default 65,536); the writer holds one row group in memory. */
  rowGroupSize?: number;
}

export interface TableWriter {
  readonly path: string;
  /** Appends rows (row-major, one value per column). Do not call again before the promise settles. */
  writeRows(rows: readonly unknown[][]): Promise<void>;
  /** Finishes the file and moves it to its final name. */
  close(): Promise<{ rows: number; bytes: number }>;
  /** Discards the file; nothing appears under the final name. Safe after a failed writeRows or close. */
  abort(): Promise<void>;
}

const TEXT_FLUSH_CHARS = 1 << 20;

/** Rows per Parquet row group unless `rowGroupSize` says otherwise. */
export const DEFAULT_ROW_GROUP_SIZE = 65_536;

/**
 * Opens a streaming writer for a CSV (RFC 4180 quoting, null as an empty field), JSON Lines or Parquet
 * file. CSV and JSON Lines are gzipped when the path ends in .gz. The data goes to a temporary file beside
 * `path` that `close` renames into place, so a crash never leaves a half-written file under the final name.
 */
export async function openTableWriter(
  path: string,
  format: DataFormat,
  columns: readonly string[],
  options: TableWriterOptions = {},
): Promise<TableWriter> {
  if (columns.length === 0) throw new Error(`${path}: a table needs at least one column`);
  if (new Set(columns).size !== columns.length) throw new Error(`${path}: the column names are not unique`);
  const rowGroupSize = options.rowGroupSize ?? DEFAULT_ROW_GROUP_SIZE;
  if (!Number.isInteger(rowGroupSize) || rowGroupSize < 1) {
    throw new RangeError(`rowGroupSize must be a positive integer, got ${rowGroupSize}`);
  }
  if (format === "parquet" && isGzipped(path)) throw new Error(`${path}: Parquet files cannot be gzipped`);
  // The Parquet writer (and hyparquet-writer) is loaded only to write a Parquet file.
  const parquet = format === "parquet" ? await import("./write-parquet.js") : undefined;
  const sink = await FileSink.open(path, { gzip: format !== "parquet" && isGzipped(path) });
  if (parquet) {
    return guard(
      sink,
      columns.length,
      new parquet.ParquetTableWriter(sink, columns, options.columnKinds, rowGroupSize),
    );
  }
  const encode = format === "csv" ? csvLine : jsonLineEncoder(columns);
  return guard(
    sink,
    columns.length,
    new TextTableWriter(sink, encode, format === "csv" ? csvLine(columns) : ""),
  );
}

interface RowSink {
  readonly rows: number;
  writeRows(rows: readonly unknown[][]): Promise<void>;
  finish(): Promise<void>;
}

class TextTableWriter implements RowSink {
  rows = 0;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(
    private readonly sink: FileSink,
    private readonly encode: (row: readonly unknown[]) => string,
    header: string,
  ) {
    if (header !== "") this.push(header);
  }

  async writeRows(rows: readonly unknown[][]): Promise<void> {
    const lines = new Array<string>(rows.length);
    for (let i = 0; i < rows.length; i++) lines[i] = this.encode(rows[i] as unknown[]);
    this.rows += rows.length;
    this.push(lines.join(""));
    if (this.pendingChars >= TEXT_FLUSH_CHARS) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
  }

  private push(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    await this.sink.write(text);
  }
}

/** Checks row widths and makes sure a failure discards the temporary file. */
function guard(sink: FileSink, width: number, rows: RowSink): TableWriter {
  const failed = async (error: unknown): Promise<never> => {
    await sink.abort();
    throw error;
  };
  return {
    path: sink.path,
    async writeRows(batch) {
      for (let i = 0; i < batch.length; i++) {
        const length = batch[i]?.length;
        if (length !== width) {
          await failed(
            new Error(`${sink.path}: row ${rows.rows + i + 1} has ${length} values for ${width} columns`),
          );
        }
      }
      await rows.writeRows(batch).catch(failed);
    },
    async close() {
      await rows.finish().catch(failed);
      const bytes = await sink.commit();
      return { rows: rows.rows, bytes };
    },
    async abort() {
      if (!sink.closed) await sink.abort();
    },
  };
}
