import { DataError, rowLabel } from "./data-error.js";
import { readTextChunks } from "./read-text.js";
import { type RowBatch, RowBatcher } from "./row-batch.js";

type JsonObject = Record<string, unknown>;
export type OnObject = (object: JsonObject, row: number, line: number) => void;

/** Splits decoded text into lines and parses each non-blank one as a JSON object. */
export class JsonLinesParser {
  rows = 0;
  /** The physical line the next line of text is. */
  line = 1;
  private carry = "";

  /** `origin`: the rows and lines before the text this parser is fed (a part of a file read on its own). */
  constructor(
    private readonly path: string,
    origin?: { rows: number; lines: number },
  ) {
    if (origin) {
      this.rows = origin.rows;
      this.line = origin.lines + 1;
    }
  }

  feed(chunk: string, final: boolean, onObject: OnObject): void {
    const text = this.carry.length > 0 ? this.carry + chunk : chunk;
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      this.parseLine(text, start, end, onObject);
      start = end + 1;
    }
    if (final) {
      if (start < text.length) this.parseLine(text, start, text.length, onObject);
      this.carry = "";
    } else {
      this.carry = text.slice(start);
    }
  }

  private parseLine(text: string, start: number, end: number, onObject: OnObject): void {
    const line = this.line++;
    const source = text.slice(start, end);
    if (source.trim() === "") return;
    const row = this.rows + 1;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DataError(
        { file: this.path, row, line },
        `${rowLabel(row, line)} is not valid JSON: ${reason}`,
        {
          cause: error,
        },
      );
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
      throw new DataError(
        { file: this.path, row, line },
        `${rowLabel(row, line)} is ${kind}; each line of a JSON Lines file must be one JSON object`,
      );
    }
    this.rows = row;
    onObject(value as JsonObject, row, line);
  }
}

async function parseFile(path: string, onObject: OnObject): Promise<number> {
  const parser = new JsonLinesParser(path);
  for await (const text of readTextChunks(path)) parser.feed(text, false, onObject);
  parser.feed("", true, onObject);
  return parser.rows;
}

/**
 * Every key that appears in any row, in order of first appearance. Rows may leave keys out (many writers
 * drop nulls), so the first row alone cannot tell the schema: this reads the whole file once.
 */
export async function readJsonlColumns(path: string): Promise<string[]> {
  const columns = new Set<string>();
  const rows = await parseFile(path, (object) => {
    for (const key in object) columns.add(key);
  });
  if (rows === 0) {
    throw new DataError({ file: path }, "has no rows (the file is empty or blank), so it has no columns");
  }
  if (columns.size === 0) throw new DataError({ file: path }, "has no columns (every object is empty)");
  return [...columns];
}

export async function* readJsonl(
  path: string,
  batchSize: number,
  known?: string[],
): AsyncGenerator<RowBatch> {
  const columns = known ?? (await readJsonlColumns(path));
  const batcher = new RowBatcher(columns, batchSize);
  const parser = new JsonLinesParser(path);
  let rows: unknown[][] = [];
  const toRow = jsonlRowMapper(path, columns, (values) => rows.push(values));
  const flush = (): RowBatch[] => {
    const batches = batcher.add(rows);
    rows = [];
    return batches;
  };
  for await (const text of readTextChunks(path)) {
    parser.feed(text, false, toRow);
    yield* flush();
  }
  parser.feed("", true, toRow);
  yield* flush();
  yield* batcher.finish();
}

/** Turns each parsed object into a row of `columns` (a missing key is null; an unknown key is an error). */
export function jsonlRowMapper(
  path: string,
  columns: string[],
  onRow: (values: unknown[]) => void,
): OnObject {
  const index = new Map(columns.map((name, i) => [name, i]));
  const width = columns.length;
  return (object, row, line) => {
    const values = new Array<unknown>(width).fill(null);
    for (const key in object) {
      const at = index.get(key);
      if (at === undefined) {
        throw new DataError(
          { file: path, row, line, column: key },
          `${rowLabel(row, line)} has the key "${key}", which is not one of the file's columns (${columns.join(", ")})`,
        );
      }
      values[at] = object[key] ?? null;
    }
    onRow(values);
  };
}
