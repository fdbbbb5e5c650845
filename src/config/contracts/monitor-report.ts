import { z } from "zod";
import { parseContract } from "./contract-file.js";
import { metricIntervalSchema } from "./evaluation-report.js";

export const MONITOR_KIND = "trainyard.monitor";
export const MONITOR_VERSION = 1;

const ruleSchema = z.object({
  /** `metric.<name>.min`, `metric.<name>.degradation`, `drift.<column>.<statistic>`, `rows`. */
  id: z.string(),
  kind: z.enum(["rows", "metric", "drift"]),
  verdict: z.enum(["pass", "retrain", "warn", "skip"]),
  metric: z.string().optional(),
  column: z.string().optional(),
  observed: z.number().nullable(),
  bound: z.string(),
  message: z.string(),
});

/** One monitor run: the champion on the window's labelled production predictions, and the verdict. */
export const monitorReportSchema = z.object({
  kind: z.literal(MONITOR_KIND),
  version: z.literal(MONITOR_VERSION),
  model: z.string(),
  champion: z.object({
    version: z.string(),
    runId: z.string(),
    snapshotId: z.string().optional(),
  }),
  task: z.enum(["binary", "multiclass", "regression"]),
  primaryMetric: z.string(),
  window: z.object({ since: z.string(), until: z.string(), days: z.number().int().nonnegative() }),
  rows: z.number().int().nonnegative(),
  /** Rows in the window without a label yet: not measured. */
  unlabelledRows: z.number().int().nonnegative(),
  /** Rows before the window: not read further than their timestamp. */
  olderRows: z.number().int().nonnegative(),
  files: z.array(z.string()),
  retrain: z.boolean(),
  reasons: z.array(z.string()),
  notes: z.array(z.string()),
  rules: z.array(ruleSchema),
  metrics: z.array(
    z.object({
      metric: z.string(),
      higherIsBetter: z.boolean(),
      production: metricIntervalSchema,
      baseline: metricIntervalSchema,
      /**
       * production − baseline, the interval the policy judged: paired when `comparison.mode` is "paired"
       * (see `paired`), else from both intervals by MOVER (independent samples).
       */
      delta: metricIntervalSchema,
      /** Paired comparison only: both sides and Δ on the matched ids, one weight per id per resample. */
      paired: z
        .object({
          ids: z.number().int().nonnegative(),
          production: metricIntervalSchema,
          evaluation: metricIntervalSchema,
          delta: metricIntervalSchema,
        })
        .optional(),
      /** Paired comparison only: the MOVER interval of the whole window against the evaluation, for reference. */
      unpairedDelta: metricIntervalSchema.optional(),
    }),
  ),
  /**
   * How Δ was computed: "paired" on the production rows whose id is one of the champion's test rows
   * (evaluate.id_column), or "unpaired" (MOVER), with why. Absent in reports before it existed: unpaired.
   */
  comparison: z
    .object({
      mode: z.enum(["paired", "unpaired"]),
      ids: z.number().int().nonnegative().optional(),
      idColumn: z.string().optional(),
      reason: z.string(),
    })
    .optional(),
  /** The primary metric per UTC day of the window (null for a day without rows or where it is undefined). */
  daily: z.array(
    z.object({ day: z.string(), rows: z.number().int().nonnegative(), value: z.number().nullable() }),
  ),
  bootstrap: z.object({
    resamples: z.number().int().nonnegative(),
    confidence: z.number(),
    seed: z.number().int(),
  }),
  /** Present when a binary window had more distinct scores than monitor.max_units (streaming-units.ts). */
  quantisation: z
    .object({
      maxUnits: z.number().int().positive(),
      units: z.number().int().nonnegative(),
      /** Cells of relative width 2^−bits. */
      bits: z.number().int().nonnegative(),
      maxCellSpread: z.number().nonnegative(),
      /** Per metric, the most it can differ from the metric on the exact scores. */
      bounds: z.record(z.string(), z.number().nonnegative()),
    })
    .optional(),
  trigger: z.object({
    mode: z.enum(["none", "dispatch"]),
    dispatched: z.boolean(),
    workflow: z.string().optional(),
    ref: z.string().optional(),
    lastTriggerAt: z.string().optional(),
    cooldownUntil: z.string().optional(),
  }),
  createdAt: z.string(),
});

export type MonitorReport = z.infer<typeof monitorReportSchema>;
export type MonitorRule = z.infer<typeof ruleSchema>;

export function parseMonitorReport(text: string, file: string): MonitorReport {
  return parseContract(monitorReportSchema, text, file, { kind: MONITOR_KIND, version: MONITOR_VERSION });
}
