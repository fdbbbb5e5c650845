/**
 * The half of a snapshot that reads the rows: the column check of the sources, the profile (and the checks of
 * trainyard.yml's rules) in one pass over unsplit sources, or the as-of filter and split with the profile.
 * snapshot.ts loads it with `import()` only when a snapshot is made, so an unchanged re-snapshot reads no
 * header and loads neither the readers nor the profilers.
 */
import { join } from "node:path";
import type { SnapshotFile } from "../../config/contracts/snapshot-manifest.js";
import {
  VALIDATION_CHECKS_KIND,
  VALIDATION_CHECKS_VERSION,
  type ValidationChecks,
} from "../../config/contracts/validation-checks.js";
import { DataError } from "../../data/data-error.js";
import type { DataFormat } from "../../data/format.js";
import { readSchema, readTable } from "../../data/read-table.js";
import type { SourceFile } from "../../data/resolve-sources.js";
import { openTableWriter, type TableWriter } from "../../data/write-table.js";
import { type ColumnProfile, ColumnProfiler } from "../../stats/column-profile.js";
import { dataThreads, type PassOptions, type PassOutput, runTablePass } from "../table-pass/table-pass.js";
import type { SnapshotOptions } from "./snapshot.js";
import { makeAsOfFilter, makeSplitter, type Side } from "./split-rows.js";

export { PASS_LAYOUT, passSummary } from "../table-pass/table-pass.js";

const extension: Record<DataFormat, string> = { csv: "csv", parquet: "parquet", jsonl: "jsonl" };

/** One profiler per column, fed whole rows. */
export class TableProfiler {
  private readonly columns: ColumnProfiler[];
  constructor(names: string[]) {
    this.columns = names.map((name) => new ColumnProfiler(name));
  }
  observe(row: readonly unknown[]): void {
    for (let i = 0; i < this.columns.length; i++) this.columns[i]?.add(row[i]);
  }
  profiles() {
    return this.columns.map((column) => column.profile());
  }
}

export async function checkSameColumns(files: SourceFile[]): Promise<string[]> {
  let first: { file: SourceFile; columns: string[] } | undefined;
  for (const file of files) {
    const columns = await readSchema(file.path, file.format);
    if (!first) {
      first = { file, columns };
      continue;
    }
    if (columns.join("\u0000") !== first.columns.join("\u0000")) {
      throw new DataError(
        { file: file.name },
        `has columns [${columns.join(", ")}] but ${first.file.name} has [${first.columns.join(", ")}]; every file of a snapshot needs the same columns in the same order`,
      );
    }
  }
  if (!first) throw new DataError({ file: "source" }, "has no files");
  const formats = new Set(files.map((file) => file.format));
  if (formats.size > 1)
    throw new DataError(
      { file: files[0]?.name ?? "source" },
      `mixes formats (${[...formats].join(", ")}); use one format per snapshot`,
    );
  return first.columns;
}

export interface Prepared {
  path: string;
  name: string;
  role: SnapshotFile["role"];
  rows: number;
}

/** One streaming pass: as-of filter, split into train/test files in the source's format, and profile. */
export async function splitAndProfile(
  files: SourceFile[],
  columns: string[],
  format: DataFormat,
  outDir: string,
  options: SnapshotOptions,
  profiler: TableProfiler,
): Promise<{ prepared: Prepared[]; rows: number; dropped: number; sides: Record<Side, number> }> {
  const keep = options.asOf ? makeAsOfFilter(options.asOf, columns) : () => true;
  const splitter = options.split ? makeSplitter(options.split, columns) : undefined;
  const names = splitter ? (["train", "test"] as const) : (["data"] as const);
  const writers = new Map<string, TableWriter>();
  for (const role of names) {
    writers.set(role, await openTableWriter(join(outDir, `${role}.${extension[format]}`), format, columns));
  }
  const sides: Record<Side, number> = { train: 0, test: 0 };
  let rows = 0;
  let dropped = 0;
  try {
    for (const file of files) {
      for await (const batch of readTable(file.path, format)) {
        const out: Record<string, unknown[][]> = { train: [], test: [], data: [] };
        batch.rows.forEach((row, offset) => {
          if (!keep(row)) {
            dropped++;
            return;
          }
          rows++;
          profiler.observe(row);
          const role = splitter ? splitter(row, `${file.name} row ${batch.firstRowNumber + offset}`) : "data";
          if (role !== "data") sides[role]++;
          out[role]?.push(row);
        });
        for (const [role, writer] of writers) {
          const chunk = out[role];
          if (chunk && chunk.length > 0) await writer.writeRows(chunk);
        }
      }
    }
    const prepared: Prepared[] = [];
    for (const [role, writer] of writers) {
      const closed = await writer.close();
      prepared.push({
        path: writer.path,
        name: `${role}.${extension[format]}`,
        role: role as SnapshotFile["role"],
        rows: closed.rows,
      });
    }
    return { prepared, rows, dropped, sides };
  } catch (error) {
    await Promise.all([...writers.values()].map((writer) => writer.abort()));
    throw error;
  }
}

/** Profiles unsplit files without rewriting them (they are stored byte for byte), on every core. */
export function profileOnly(
  files: SourceFile[],
  columns: string[],
  bytes: number,
  options: SnapshotOptions,
  overlap: Pick<PassOptions, "hereAfter" | "signal"> = {},
): Promise<{ prepared: Prepared[]; profiles: ColumnProfile[]; pass: PassOutput }> {
  return runTablePass(
    files.map((file) => ({ path: file.path, name: file.name, format: file.format, role: "data" as const })),
    { columns, profile: true, ...(options.rules ? { rules: options.rules } : {}), now: Date.now() },
    {
      threads: dataThreads(bytes, options.threads),
      ...(options.partBytes ? { partBytes: options.partBytes } : {}),
      ...overlap,
    },
  ).then((pass) => ({
    prepared: files.map((file, index) => ({
      path: file.path,
      name: file.name,
      role: "data" as const,
      rows: pass.fileRows[index] ?? 0,
    })),
    profiles: pass.profiles ?? [],
    pass,
  }));
}

/** The pass's checks as they are stored for validate-data (see validation-checks.ts). */
export function storedChecks(snapshotId: string, pass: PassOutput): ValidationChecks {
  return {
    kind: VALIDATION_CHECKS_KIND,
    version: VALIDATION_CHECKS_VERSION,
    snapshotId,
    rows: pass.rows,
    columns: (pass.columnCheckers ?? []).map((checker) => ({
      column: checker.column,
      state: checker.toJSON(),
    })),
    dataset: pass.dataset?.results() ?? [],
  };
}
