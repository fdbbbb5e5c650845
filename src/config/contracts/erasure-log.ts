import { z } from "zod";
import { parseContract } from "./contract-file.js";

export const ERASURE_KIND = "trainyard.erasure";
export const ERASURE_VERSION = 1;

const snapshotId = z.string().regex(/^[0-9a-f]{16}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "a lowercase hex SHA-256");

/**
 * One entry of the erasure log, `erasures/<time>-<id>.json` in the store: written once, never rewritten
 * (append-only). It holds no erased value: the keys appear only as salted SHA-256 hashes (see
 * `hashErasedKey`), so the log can be kept as long as the store is, to say why a model version can no
 * longer be reproduced byte for byte.
 */
export const erasureEntrySchema = z.object({
  kind: z.literal(ERASURE_KIND),
  version: z.literal(ERASURE_VERSION),
  id: z.string().regex(/^[0-9a-f]{16}$/),
  createdAt: z.string(),
  column: z.string(),
  keys: z.object({
    algorithm: z.literal("sha256(salt NUL column NUL value)"),
    salt: z.string().regex(/^[0-9a-f]{64}$/),
    hashes: z.array(sha256),
    /** How many of the requested keys some snapshot held. */
    found: z.number().int().nonnegative(),
  }),
  snapshots: z.array(
    z.object({
      id: snapshotId,
      successor: snapshotId,
      erasedRows: z.number().int().nonnegative(),
      filesRewritten: z.array(z.string()),
    }),
  ),
  /** Blobs deleted because no remaining manifest referred to them. */
  deletedBlobs: z.array(sha256),
  /** Model versions trained on an erased snapshot, tagged `trainyard.erasure.pending_retrain`. */
  modelVersions: z.array(z.object({ name: z.string(), version: z.string(), snapshot: snapshotId })),
  /** Training-cache records of runs on an erased snapshot, removed so a cached model is never restored. */
  cacheRecordsDeleted: z.number().int().nonnegative(),
});

export type ErasureEntry = z.infer<typeof erasureEntrySchema>;

export function parseErasureEntry(text: string, file: string): ErasureEntry {
  return parseContract(erasureEntrySchema, text, file, { kind: ERASURE_KIND, version: ERASURE_VERSION });
}

export const ERASURE_PREFIX = "erasures/";
export const erasureKey = (createdAt: Date, id: string) =>
  `${ERASURE_PREFIX}${createdAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}-${id}.json`;
