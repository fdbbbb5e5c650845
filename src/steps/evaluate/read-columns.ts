import { detectFormat } from "../../data/format.js";
import { readTable } from "../../data/read-table.js";

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
      if (missing.length > 0) {
        throw new Error(
          `${path} has no column ${missing.map((name) => `"${name}"`).join(", ")}; its columns are ${columns.join(", ")}`,
        );
      }
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
