import type { DataFormat } from "./format.js";
import { readCsv, readCsvHeader } from "./read-csv.js";
import { readJsonl, readJsonlColumns } from "./read-jsonl.js";
import { batchSizeOf, type ReadTableOptions, type RowBatch } from "./row-batch.js";

export type { ReadTableOptions, RowBatch } from "./row-batch.js";

/**
 * Streams a table in batches of rows, holding one batch (and for Parquet one row group) in memory. At least
 * one batch always comes, empty when the file has a header or schema but no rows, so the columns are known.
 * Problems with the file are DataErrors naming the file, row, line and column.
 */
export function readTable(
  path: string,
  format: DataFormat,
  options?: ReadTableOptions,
): AsyncIterable<RowBatch> {
  const batchSize = batchSizeOf(options);
  switch (format) {
    case "csv":
      return readCsv(path, batchSize);
    case "jsonl":
      return readJsonl(path, batchSize, options?.columns);
    case "parquet":
      return readParquetLazily(path, batchSize);
  }
}

/**
 * The column names: the CSV header, the Parquet schema's top-level fields, or for JSON Lines every key of
 * every row in order of first appearance (a full pass, since rows may leave keys out).
 */
export function readSchema(path: string, format: DataFormat): Promise<string[]> {
  switch (format) {
    case "csv":
      return readCsvHeader(path);
    case "jsonl":
      return readJsonlColumns(path);
    case "parquet":
      return import("./read-parquet.js").then(({ readParquetColumns }) => readParquetColumns(path));
  }
}

/** The Parquet reader (and hyparquet) is loaded when a Parquet file is read, not with this module. */
async function* readParquetLazily(path: string, batchSize: number): AsyncGenerator<RowBatch> {
  const { readParquet } = await import("./read-parquet.js");
  yield* readParquet(path, batchSize);
}
