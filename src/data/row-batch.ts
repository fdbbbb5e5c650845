/**
 * A slice of a table, row-major. Values are as the format gives them: CSV strings (an empty field is null),
 * JSON values for JSON Lines (a missing key is null), native values for Parquet (integers as numbers when
 * they fit in a double exactly, otherwise bigint; timestamps and dates as Date).
 */
export interface RowBatch {
  columns: string[];
  rows: unknown[][];
  /** The 1-based data row number of `rows[0]` within its file. */
  firstRowNumber: number;
}

export interface ReadTableOptions {
  /** Rows per batch (default 8192); memory is bounded by this, and for Parquet by the row-group size. */
  batchSize?: number;
  /**
   * JSON Lines only: the file's columns as `readSchema` returned them, which saves the pass over the file
   * that otherwise collects every key. A key outside this list is an error.
   */
  columns?: string[];
}

export const DEFAULT_BATCH_SIZE = 8192;

export function batchSizeOf(options: ReadTableOptions | undefined): number {
  const size = options?.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${size}`);
  return size;
}

/** Cuts incoming rows into batches of exactly `size` rows, keeping the remainder for the next call. */
export class RowBatcher {
  private current: unknown[][] = [];
  private nextRow = 1;
  private emitted = false;

  constructor(
    private readonly columns: string[],
    private readonly size: number,
  ) {}

  /** Takes ownership of `rows`: the caller must not change the array afterwards. */
  add(rows: unknown[][]): RowBatch[] {
    if (rows.length === 0) return [];
    if (this.current.length === 0 && rows.length === this.size) return [this.take(rows)];
    const batches: RowBatch[] = [];
    for (const row of rows) {
      this.current.push(row);
      if (this.current.length === this.size) {
        batches.push(this.take(this.current));
        this.current = [];
      }
    }
    return batches;
  }

  /** The last, shorter batch; an empty one when the file had no rows at all, so the columns are still seen. */
  finish(): RowBatch[] {
    if (this.current.length === 0 && this.emitted) return [];
    const last = this.take(this.current);
    this.current = [];
    return [last];
  }

  private take(rows: unknown[][]): RowBatch {
    const batch = { columns: this.columns, rows, firstRowNumber: this.nextRow };
    this.nextRow += rows.length;
    this.emitted = true;
    return batch;
  }
}
