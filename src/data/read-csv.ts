import { CsvParser, CsvSyntaxError } from "./csv-parser.js";
import { DataError } from "./data-error.js";
import { readTextChunks } from "./read-text.js";
import { type RowBatch, RowBatcher } from "./row-batch.js";

export async function* readCsv(path: string, batchSize: number): AsyncGenerator<RowBatch> {
  const parser = new CsvParser();
  let batcher: RowBatcher | undefined;
  let rows: unknown[][] = [];
  const parse = (text: string, final: boolean): RowBatch[] => {
    try {
      parser.feed(text, final, rows);
    } catch (error) {
      throw csvError(path, error);
    }
    if (parser.header === undefined) {
      if (final) throw new DataError({ file: path }, "has no header row (the file is empty or blank)");
      return [];
    }
    batcher ??= new RowBatcher(parser.header, batchSize);
    const batches = batcher.add(rows);
    rows = [];
    return batches;
  };
  for await (const text of readTextChunks(path)) yield* parse(text, false);
  yield* parse("", true);
  if (batcher) yield* batcher.finish();
}

/** The header's column names, reading no further than the header. */
export async function readCsvHeader(path: string): Promise<string[]> {
  const parser = new CsvParser();
  const rows: unknown[][] = [];
  try {
    for await (const text of readTextChunks(path)) {
      parser.feed(text, false, rows);
      if (parser.header) return parser.header;
    }
    parser.feed("", true, rows);
  } catch (error) {
    // A bad data row after a good header does not concern the schema.
    if (parser.header && error instanceof CsvSyntaxError && error.row > 0) return parser.header;
    throw csvError(path, error);
  }
  if (parser.header) return parser.header;
  throw new DataError({ file: path }, "has no header row (the file is empty or blank)");
}

export function csvError(path: string, error: unknown): unknown {
  if (!(error instanceof CsvSyntaxError)) return error;
  return new DataError(
    {
      file: path,
      line: error.line,
      ...(error.row > 0 ? { row: error.row } : {}),
      ...(error.column === undefined ? {} : { column: error.column }),
    },
    error.reason,
    { cause: error },
  );
}
