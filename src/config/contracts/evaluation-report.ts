import { z } from "zod";
import { parseContract } from "./contract-file.js";

export const EVALUATION_KIND = "trainyard.evaluation";
export const EVALUATION_VERSION = 1;

/** A metric's value on the test rows and its bootstrap percentile interval (NaN is written as null). */
export const metricIntervalSchema = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  resamples: z.number().int().nonnegative(),
});

export const sliceMetricsSchema = z.object({
  column: z.string(),
  /** The category, or a quantile bucket of a numeric column such as "[18, 31)". */
  value: z.string(),
  rows: z.number().int().nonnegative(),
  metrics: z.record(z.string(), metricIntervalSchema),
});

export const evaluationReportSchema = z.object({
  kind: z.literal(EVALUATION_KIND),
  version: z.literal(EVALUATION_VERSION),
  task: z.enum(["binary", "multiclass", "regression"]),
  labelColumn: z.string(),
  /** Class labels as written in the data; for binary, [negative, positive]. */
  classes: z.array(z.string()).optional(),
  primaryMetric: z.string(),
  rows: z.number().int().nonnegative(),
  metrics: z.record(z.string(), metricIntervalSchema),
  slices: z.array(sliceMetricsSchema),
  bootstrap: z.object({
    resamples: z.number().int().nonnegative(),
    confidence: z.number(),
    seed: z.number().int(),
    method: z.string(),
    /** How each resample draws rows: exact multinomial counts, or Poisson(1) counts from 10,000 rows on. */
    resampling: z.enum(["multinomial", "poisson"]).optional(),
  }),
  prediction: z.object({
    seconds: z.number().nonnegative(),
    rowsPerSecond: z.number().nonnegative(),
    msPer1kRows: z.number().nonnegative(),
  }),
  model: z.object({ sizeBytes: z.number().int().nonnegative(), runId: z.string().optional() }),
  snapshotId: z.string().optional(),
  testFile: z.string(),
  /** The predictions, relative to the report's folder, so champion-challenger can pair them with the champion's. */
  predictionsFile: z.string(),
  /**
   * evaluate.id_column: the predictions file then also has this column (each test row's id) and the label
   * column (its label), so monitor can pair production rows with the test rows by id. Absent before.
   */
  idColumn: z.string().optional(),
  createdAt: z.string(),
  /** The packaged model loaded as a server loads it, against these predictions (absent before issue 11). */
  servingParity: z
    .object({
      status: z.enum(["pass", "fail", "skip"]),
      reason: z.string().optional(),
      python: z.string().optional(),
      foundBy: z.string().optional(),
      mlflowVersion: z.string().optional(),
      source: z.string().optional(),
      rows: z.number().int().nonnegative().optional(),
      columns: z.array(z.string()).optional(),
      mismatchedRows: z.number().int().nonnegative().optional(),
      maxAbsDiff: z.number().optional(),
      maxAllowed: z.number(),
      firstDiffering: z
        .array(
          z.object({
            row: z.number().int(),
            column: z.string(),
            evaluated: z.string(),
            served: z.string(),
            absDiff: z.number().nullable(),
          }),
        )
        .optional(),
      loadSeconds: z.number().optional(),
      predictSeconds: z.number().optional(),
      seconds: z.number().optional(),
    })
    .optional(),
});

export type MetricIntervalRecord = z.infer<typeof metricIntervalSchema>;
export type EvaluationReport = z.infer<typeof evaluationReportSchema>;

export function parseEvaluationReport(text: string, file: string): EvaluationReport {
  return parseContract(evaluationReportSchema, text, file, {
    kind: EVALUATION_KIND,
    version: EVALUATION_VERSION,
  });
}
