import { z } from "zod";
import { parseContract } from "./contract-file.js";
import { evaluationReportSchema, metricIntervalSchema } from "./evaluation-report.js";

export const COMPARISON_KIND = "trainyard.comparison";
export const COMPARISON_VERSION = 1;

export const ruleResultSchema = z.object({
  /** e.g. "primary", "threshold.roc_auc", "guardrail.recall", "slice.country=DE.roc_auc", "limit.model_size_mb". */
  id: z.string(),
  kind: z.enum(["primary", "threshold", "guardrail", "slice", "limit", "validation", "serving"]),
  metric: z.string().optional(),
  /** The observed value the rule judged (a delta's lower bound for the primary rule); null when not measurable. */
  observed: z.number().nullable(),
  /** The bound in words, e.g. "≥ 0.8", "lower bound of Δ > 0.002". */
  bound: z.string(),
  verdict: z.enum(["pass", "fail", "skip"]),
  message: z.string(),
});

export const comparedMetricSchema = z.object({
  metric: z.string(),
  /** Whether a larger value is better (roc_auc) or worse (log_loss). */
  higherIsBetter: z.boolean(),
  challenger: metricIntervalSchema,
  champion: metricIntervalSchema.optional(),
  /** challenger − champion on the same resampled rows. */
  delta: metricIntervalSchema.optional(),
});

export const sliceComparisonSchema = z.object({
  column: z.string(),
  value: z.string(),
  rows: z.number().int().nonnegative(),
  metric: z.string(),
  challenger: z.number().nullable(),
  champion: z.number().nullable().optional(),
  /** How much worse the challenger is (positive = regression), in the metric's own direction. */
  regression: z.number().nullable().optional(),
});

export const candidateSchema = z.object({
  runId: z.string().optional(),
  label: z.string(),
  primaryValue: z.number().nullable(),
  chosen: z.boolean(),
});

export const comparisonReportSchema = z.object({
  kind: z.literal(COMPARISON_KIND),
  version: z.literal(COMPARISON_VERSION),
  model: z.string(),
  decision: z.enum(["promote", "reject"]),
  reasons: z.array(z.string()),
  task: z.enum(["binary", "multiclass", "regression"]),
  rows: z.number().int().nonnegative(),
  primaryMetric: z.string(),
  challenger: z.object({
    runId: z.string().optional(),
    runUrl: z.string().optional(),
    snapshotId: z.string().optional(),
    commit: z.string().optional(),
    modelSizeBytes: z.number().int().nonnegative(),
    msPer1kRows: z.number().nonnegative(),
  }),
  /** Absent when the model has no champion yet: the absolute thresholds alone decide. */
  champion: z
    .object({
      version: z.string(),
      runId: z.string().optional(),
      runUrl: z.string().optional(),
      snapshotId: z.string().optional(),
    })
    .optional(),
  note: z.string().optional(),
  metrics: z.array(comparedMetricSchema),
  slices: z.array(sliceComparisonSchema),
  rules: z.array(ruleResultSchema),
  candidates: z.array(candidateSchema),
  validation: z
    .object({
      passed: z.boolean(),
      errors: z.number().int(),
      warnings: z.number().int(),
      snapshotId: z.string(),
      failed: z.array(z.object({ id: z.string(), severity: z.string(), message: z.string() })),
    })
    .optional(),
  bootstrap: z.object({ resamples: z.number().int(), confidence: z.number(), seed: z.number().int() }),
  createdAt: z.string(),
  /** The challenger's serving-parity check, as evaluate recorded it. */
  servingParity: evaluationReportSchema.shape.servingParity,
});

export type ComparisonReport = z.infer<typeof comparisonReportSchema>;
export type RuleResult = z.infer<typeof ruleResultSchema>;
export type ComparedMetric = z.infer<typeof comparedMetricSchema>;
export type SliceComparison = z.infer<typeof sliceComparisonSchema>;

export function parseComparisonReport(text: string, file: string): ComparisonReport {
  return parseContract(comparisonReportSchema, text, file, {
    kind: COMPARISON_KIND,
    version: COMPARISON_VERSION,
  });
}
