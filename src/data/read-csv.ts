import { CsvParser, CsvSyntaxError } from "./csv-parser.js";
import { CsvTokenizer, InvalidUtf8Error } from "./csv-tokenizer.js";
import { DataError } from "./data-error.js";
import { invalidUtf8, openByteStream, readError, readTextChunks } from "./read-text.js";
import { type RowBatch, RowBatcher } from "./row-batch.js";

const NO_BYTES = new Uint8Array(0);

/**
 * Feeds bytes to `tokenizer`, turning its errors into the DataErrors a reader reports (a CSV syntax error
 * with the file's row and line, invalid UTF-8 with the byte and line). Returns the number of records the
 * bytes completed; the tokenizer's batch holds them until the next call.
 */
export async function feedCsv(
  path: string,
  tokenizer: CsvTokenizer,
  bytes: Uint8Array,
  final: boolean,
): Promise<number> {
  try {
    return tokenizer.feed(bytes, final);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) throw await invalidUtf8(path, error.byteOffset, error.detail);
    throw csvError(path, error);
  }
}

export async function* readCsv(path: string, batchSize: number): AsyncGenerator<RowBatch> {
  const tokenizer = new CsvTokenizer();
  let batcher: RowBatcher | undefined;
  const parse = async (bytes: Uint8Array, final: boolean): Promise<RowBatch[]> => {
    await feedCsv(path, tokenizer, bytes, final);
    if (tokenizer.header === undefined) {
      if (final) throw new DataError({ file: path }, "has no header row (the file is empty or blank)");
      return [];
    }
    batcher ??= new RowBatcher(tokenizer.header, batchSize);
    if (tokenizer.records === 0) return [];
    const rows: unknown[][] = [];
    tokenizer.rowsInto(rows);
    return batcher.add(rows);
  };
  const stream = await openByteStream(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield* await parse(chunk, false);
    yield* await parse(NO_BYTES, true);
  } catch (error) {
    throw readFailure(path, error);
  } finally {
    stream.destroy();
  }
  if (batcher) yield* batcher.finish();
}
/** A failure to read the bytes (I/O, gzip) as a DataError; a DataError as is; anything else is a bug. */
export function readFailure(path: string, error: unknown): unknown {
  if (error instanceof DataError) return error;
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === "string"
    ? readError(path, error)
    : error;
}

/** Characters {@link readCsvHeader} parses at a time. */
const HEADER_SLICE = 16_384;

/** The header's column names, reading no further than the header. */
export async function readCsvHeader(path: string): Promise<string[]> {
  const parser = new CsvParser();
  const rows: unknown[][] = [];
  try {
    for await (const text of readTextChunks(path)) {
      // In slices: the parser stops at the slice's end (carrying an unfinished record), so the header costs
      // its own few bytes, not the parse of a whole chunk's rows (an unchanged re-snapshot reads every
      // file's header).
      for (let at = 0; at < text.length; at += HEADER_SLICE) {
        parser.feed(text.slice(at, at + HEADER_SLICE), false, rows);
        if (parser.header) return parser.header;
      }
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
