import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { DataError } from "../../../src/data/data-error.js";
import type { DataFormat } from "../../../src/data/format.js";
import { type ReadTableOptions, type RowBatch, readTable } from "../../../src/data/read-table.js";

/** A fresh temporary directory for the test file, removed afterwards; call at the top of the file. */
export function useTempDir(prefix: string): () => string {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `trainyard-${prefix}-`));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

export async function readBatches(
  path: string,
  format: DataFormat,
  options?: ReadTableOptions,
): Promise<RowBatch[]> {
  const batches: RowBatch[] = [];
  for await (const batch of readTable(path, format, options)) batches.push(batch);
  return batches;
}

export async function readAll(
  path: string,
  format: DataFormat,
  options?: ReadTableOptions,
): Promise<{ columns: string[]; rows: unknown[][] }> {
  const batches = await readBatches(path, format, options);
  return { columns: batches[0]?.columns ?? [], rows: batches.flatMap((batch) => batch.rows) };
}

/** Awaits `work`, expects a DataError, and returns it for closer checks. */
export async function dataError(work: Promise<unknown>): Promise<DataError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}
