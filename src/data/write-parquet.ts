import type { SchemaElement } from "hyparquet";
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import type { ColumnKind } from "./column-kind.js";
import { DataError } from "./data-error.js";
import type { FileSink } from "./file-sink.js";

/** Hands each finished row group's bytes to the sink instead of growing one buffer for the whole file. */
class SinkByteWriter extends ByteWriter {
  constructor(private readonly sink: FileSink) {
    super(1 << 20);
  }

  flush(): Promise<void> {
    // The sink may hold the chunk until the disk catches up, and ByteWriter reuses its buffer: copy.
    const bytes = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    return this.sink.write(bytes);
  }

  override finish(): Promise<void> {
    return this.flush();
  }
}

const SCHEMA: Record<ColumnKind, Omit<SchemaElement, "name">> = {
  boolean: { type: "BOOLEAN" },
  integer: { type: "INT64" },
  number: { type: "DOUBLE" },
  string: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  timestamp: { type: "INT64", converted_type: "TIMESTAMP_MILLIS" },
  json: { type: "BYTE_ARRAY", converted_type: "JSON" },
  binary: { type: "BYTE_ARRAY" },
};

/**
 * Buffers rows into row groups of `rowGroupSize` rows and encodes each group as it fills, so memory holds
 * one row group. Column kinds not given are inferred from the first row group (numbers as doubles,
 * bigints as 64-bit integers, mixed types as JSON, all-null as string); a later value the column cannot
 * hold is an error that names its row and column.
 */
export class ParquetTableWriter {
  private buffered: unknown[][] = [];
  private writer: ParquetWriter | undefined;
  private kinds: ColumnKind[] | undefined;
  private rowsWritten = 0;

  constructor(
    private readonly sink: FileSink,
    private readonly columns: readonly string[],
    private readonly givenKinds: readonly (ColumnKind | undefined)[] | undefined,
    private readonly rowGroupSize: number,
  ) {}

  get rows(): number {
    return this.rowsWritten + this.buffered.length;
  }

  async writeRows(rows: readonly unknown[][]): Promise<void> {
    for (const row of rows) {
      this.buffered.push(row);
      if (this.buffered.length === this.rowGroupSize) await this.writeGroup();
    }
  }

  async finish(): Promise<void> {
    if (this.buffered.length > 0 || !this.writer) await this.writeGroup();
    await this.writer?.finish();
  }

  private async writeGroup(): Promise<void> {
    const rows = this.buffered;
    this.buffered = [];
    this.kinds ??= this.columns.map((_, c) => this.givenKinds?.[c] ?? inferKind(rows, c));
    const kinds = this.kinds;
    this.writer ??= new ParquetWriter({
      writer: new SinkByteWriter(this.sink),
      schema: [
        { name: "root", num_children: this.columns.length },
        ...this.columns.map((name, c) => ({
          name,
          repetition_type: "OPTIONAL" as const,
          ...SCHEMA[kinds[c] ?? "json"],
        })),
      ],
      createdBy: "trainyard",
    });
    const data = this.columns.map(() => new Array<unknown>(rows.length));
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as unknown[];
      for (let c = 0; c < kinds.length; c++) {
        const value = row[c];
        const column = data[c] as unknown[];
        if (value === null || value === undefined) {
          column[r] = null;
          continue;
        }
        const stored = store(kinds[c] ?? "json", value);
        if (stored === undefined) throw this.mismatch(this.rowsWritten + r + 1, c, value);
        column[r] = stored;
      }
    }
    await this.writer.write({
      columnData: this.columns.map((name, c) => ({ name, data: data[c] as unknown[] })),
      rowGroupSize: Math.max(rows.length, 1),
    });
    this.rowsWritten += rows.length;
  }

  private mismatch(row: number, c: number, value: unknown): DataError {
    const column = this.columns[c] ?? String(c);
    const inferred = this.givenKinds?.[c] === undefined;
    return new DataError(
      { file: this.sink.path, row, column },
      `row ${row}: column "${column}" holds ${describe(value)}, which a Parquet ${this.kinds?.[c]} column cannot store` +
        (inferred ? " (the type was inferred from the first rows; give the column kinds to the writer)" : ""),
    );
  }
}

/** The value as the column kind stores it, or undefined when the kind cannot hold it. */
function store(kind: ColumnKind, value: unknown): unknown {
  switch (kind) {
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    case "integer":
      if (typeof value === "bigint") return value;
      return Number.isSafeInteger(value) ? BigInt(value as number) : undefined;
    case "number":
      if (typeof value === "number") return value;
      return typeof value === "bigint" && Number.isSafeInteger(Number(value)) ? Number(value) : undefined;
    case "string":
      return typeof value === "string" ? value : undefined;
    case "timestamp":
      return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
    case "binary":
      return value instanceof Uint8Array ? value : undefined;
    case "json":
      return value;
  }
}

function kindOfValue(value: unknown): ColumnKind {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return "number";
  if (typeof value === "bigint") return "integer";
  if (typeof value === "string") return "string";
  if (value instanceof Date) return "timestamp";
  if (value instanceof Uint8Array) return "binary";
  return "json";
}

export function inferKind(rows: readonly unknown[][], column: number): ColumnKind {
  let numbers = false;
  let fractions = false;
  let bigints = false;
  let other: ColumnKind | undefined;
  for (const row of rows) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    const kind = kindOfValue(value);
    if (kind === "number") {
      numbers = true;
      if (!Number.isInteger(value)) fractions = true;
    } else if (kind === "integer") {
      bigints = true;
    } else if (other === undefined) {
      other = kind;
    } else if (other !== kind) {
      return "json";
    }
  }
  if (other !== undefined) return numbers || bigints ? "json" : other;
  // A 64-bit integer column read back holds numbers where they fit in a double and bigints where they do not.
  if (bigints) return fractions ? "number" : "integer";
  return numbers ? "number" : "string";
}

function describe(value: unknown): string {
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : "a date";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    return `the ${typeof value === "bigint" ? "integer" : typeof value} ${String(value)}`;
  }
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}
