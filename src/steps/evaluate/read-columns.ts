import { nearestKey } from "../../config/suggest.js";
import { detectFormat } from "../../data/format.js";
import { readTable } from "../../data/read-table.js";
import { UserError } from "../../errors/user-error.js";

export interface ColumnValues {
  /** Every column of the file, in file order. */
  columns: string[];
  rows: number;
  /** The requested columns' values, row-aligned (null for an empty CSV field). */
  values: Map<string, unknown[]>;
}

/**
 * Reads the named columns of a CSV, JSON Lines or Parquet file, streaming; a name that is not a column is a
 * clear error listing the columns there are.
 */
export async function readColumns(
  path: string,
  wanted: (columns: string[]) => string[],
  /** Where a wanted name comes from (e.g. the setting that named it), for the error when it is missing. */
  origin?: (name: string) => string | undefined,
): Promise<ColumnValues> {
  const values = new Map<string, unknown[]>();
  let columns: string[] | undefined;
  let indexes: [string, number][] = [];
  let rows = 0;
  for await (const batch of readTable(path, detectFormat(path))) {
    if (!columns) {
      columns = batch.columns;
      const names = wanted(columns);
      const missing = names.filter((name) => !columns?.includes(name));
      if (missing.length > 0) throw missingColumns(path, missing, columns, origin);
      indexes = names.map((name) => [name, (columns as string[]).indexOf(name)]);
      for (const [name] of indexes) values.set(name, []);
    }
    for (const row of batch.rows) {
      for (const [name, index] of indexes) (values.get(name) as unknown[]).push(row[index] ?? null);
    }
    rows += batch.rows.length;
  }
  if (!columns) {
    columns = [];
    for (const name of wanted(columns)) values.set(name, []);
  }
  return { columns, rows, values };
}

function missingColumns(
  path: string,
  missing: string[],
  columns: string[],
  origin: ((name: string) => string | undefined) | undefined,
): Error {
  const each = missing.map((name) => {
    const from = origin?.(name);
    const suggestion = nearestKey(name, columns);
    const notes = [from, suggestion ? `did you mean "${suggestion}"?` : undefined].filter(Boolean);
    return `"${name}"${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
  });
  return new UserError(`${path} has no column ${each.join(", ")}. Its columns are ${columns.join(", ")}`);
}
