import { z } from "zod";
import type { QuantileSketchJSON } from "../../stats/quantile-sketch.js";
import { parseContract } from "./contract-file.js";

export const SNAPSHOT_KIND = "trainyard.snapshot";
export const SNAPSHOT_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "a lowercase hex SHA-256");
/** A stored file name: relative, `/`-separated, never leaving the snapshot folder. */
const safeName = z
  .string()
  .min(1)
  .refine(
    (name) =>
      !name.startsWith("/") &&
      !name.includes("\\") &&
      !name.split("/").some((part) => part === ".." || part === "." || part === ""),
    "a relative name that stays inside the snapshot (no '..', no leading '/')",
  );

export const snapshotFileSchema = z.object({
  name: safeName,
  role: z.enum(["train", "test", "data"]),
  format: z.enum(["csv", "parquet", "jsonl"]),
  sha256,
  bytes: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
});

const sketchSchema = z.custom<QuantileSketchJSON>(
  (value) => typeof value === "object" && value !== null && "levels" in value && "n" in value,
  "a quantile sketch",
);

/** The per-column profile that later steps (validation, drift) read instead of re-reading the data. */
export const columnProfileSchema = z.object({
  name: z.string(),
  type: z.enum(["integer", "number", "boolean", "timestamp", "string", "json", "empty"]),
  count: z.number().int().nonnegative(),
  nullCount: z.number().int().nonnegative(),
  invalidCount: z.number().int().nonnegative(),
  distinctCapped: z.boolean(),
  min: z.number().optional(),
  max: z.number().optional(),
  mean: z.number().optional(),
  std: z.number().optional(),
  quantiles: z.record(z.enum(["p01", "p05", "p25", "p50", "p75", "p95", "p99"]), z.number()).optional(),
  sketch: sketchSchema.optional(),
  topValues: z
    .array(z.object({ value: z.union([z.string(), z.number(), z.boolean()]), count: z.number() }))
    .optional(),
  minLength: z.number().optional(),
  maxLength: z.number().optional(),
  minTime: z.string().optional(),
  maxTime: z.string().optional(),
});

export const snapshotManifestSchema = z.object({
  kind: z.literal(SNAPSHOT_KIND),
  version: z.literal(SNAPSHOT_VERSION),
  id: z.string().regex(/^[0-9a-f]{16}$/),
  createdAt: z.string(),
  source: z.object({
    uri: z.string(),
    format: z.enum(["csv", "parquet", "jsonl"]),
    files: z.array(z.object({ name: z.string(), sha256, bytes: z.number().int().nonnegative() })),
  }),
  columns: z.array(z.string()).min(1),
  files: z.array(snapshotFileSchema).min(1),
  rows: z.number().int().nonnegative(),
  split: z
    .object({
      strategy: z.enum(["random", "group", "time"]),
      testFraction: z.number().optional(),
      seed: z.number().int().optional(),
      key: z.string().optional(),
      timeColumn: z.string().optional(),
      cutoff: z.string().optional(),
      trainRows: z.number().int().nonnegative(),
      testRows: z.number().int().nonnegative(),
    })
    .optional(),
  asOf: z
    .object({ time: z.string(), column: z.string(), droppedRows: z.number().int().nonnegative() })
    .optional(),
  profile: z.array(columnProfileSchema),
  /** Present on a snapshot written by `trainyard erase`: the one it replaced and how many rows it left out. */
  erasure: z
    .object({ predecessor: z.string().regex(/^[0-9a-f]{16}$/), erasedRows: z.number().int().nonnegative() })
    .optional(),
});

export type SnapshotManifest = z.infer<typeof snapshotManifestSchema>;
export type SnapshotFile = z.infer<typeof snapshotFileSchema>;
export type StoredColumnProfile = z.infer<typeof columnProfileSchema>;

export function parseSnapshotManifest(text: string, file: string): SnapshotManifest {
  return parseContract(snapshotManifestSchema, text, file, {
    kind: SNAPSHOT_KIND,
    version: SNAPSHOT_VERSION,
  });
}

export const manifestKey = (id: string) => `snapshots/${id}/manifest.json`;
export const blobKey = (sha: string) => `blobs/sha256/${sha}`;
