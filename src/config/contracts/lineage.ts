import { z } from "zod";
import { parseContract } from "./contract-file.js";

export const LINEAGE_KIND = "trainyard.lineage";
export const LINEAGE_VERSION = 1;

export const environmentSchema = z.object({
  os: z.string(),
  arch: z.string(),
  cpuModel: z.string(),
  cpus: z.number().int().nonnegative(),
  runnerImage: z.string().optional(),
  runnerImageVersion: z.string().optional(),
  node: z.string(),
  python: z.string().optional(),
  /** SHA-256 of every lockfile found, by path relative to the working directory. */
  lockfiles: z.record(z.string(), z.string()),
});

export const codeSchema = z.object({
  commit: z.string().optional(),
  dirty: z.boolean().optional(),
  repository: z.string().optional(),
  ref: z.string().optional(),
  workflowRunUrl: z.string().optional(),
  trigger: z.string().optional(),
  actor: z.string().optional(),
});

/** Everything a trained model is: the answer to "what produced this model?". */
export const lineageSchema = z.object({
  kind: z.literal(LINEAGE_KIND),
  version: z.literal(LINEAGE_VERSION),
  model: z.string().optional(),
  runId: z.string(),
  trackingUri: z.string(),
  code: codeSchema,
  data: z.object({
    snapshotId: z.string().optional(),
    dataDir: z.string().optional(),
    asOf: z.string().optional(),
  }),
  configHash: z.string().optional(),
  params: z.record(z.string(), z.string()),
  seed: z.number().int(),
  command: z.string(),
  workingDirectory: z.string(),
  environment: environmentSchema,
  training: z.object({
    exitCode: z.number().int().nullable(),
    durationSeconds: z.number().nonnegative(),
    peakMemoryBytes: z.number().int().nonnegative().optional(),
    cacheKey: z.string().optional(),
    cacheHit: z.boolean(),
    reusedRunId: z.string().optional(),
  }),
  startedAt: z.string(),
  finishedAt: z.string(),
});

export type Lineage = z.infer<typeof lineageSchema>;
export type EnvironmentRecord = z.infer<typeof environmentSchema>;
export type CodeRecord = z.infer<typeof codeSchema>;

export function parseLineage(text: string, file: string): Lineage {
  return parseContract(lineageSchema, text, file, { kind: LINEAGE_KIND, version: LINEAGE_VERSION });
}
