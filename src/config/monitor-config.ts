import { z } from "zod";
import { METRIC_NAMES, type MetricName } from "../stats/metric-names.js";

/**
 * The `monitor:` and `slo:` sections of trainyard.yml: how the champion is judged on labelled production
 * predictions, and the targets of the pipeline's service-level indicators. Kept apart from
 * trainyard-config.ts, which only names them.
 */

/** `30m`, `12h`, `7d`, `2w`: a span of time. */
export const SPAN = /^\d+(\.\d+)?[mhdw]$/;
const span = (what: string) =>
  z.string().regex(SPAN, "a span such as 12h, 7d or 2w (m minutes, h hours, d days, w weeks)").describe(what);
const metricName = z.enum(METRIC_NAMES as [MetricName, ...MetricName[]]);

/** Milliseconds of a span such as `7d`; undefined when it is not one. */
export function spanMs(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([mhdw])$/.exec(text.trim());
  if (!match) return undefined;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2] as "m" | "h" | "d" | "w"];
  return Number(match[1]) * unit;
}

const driftThresholds = (what: string) =>
  z
    .strictObject({
      warn: z.number().nonnegative().optional().describe(`${what} at or above which the report warns`),
      error: z
        .number()
        .nonnegative()
        .optional()
        .describe(`${what} at or above which the monitor asks for a retrain`),
    })
    .describe(`${what} thresholds`);

export const monitorSchema = z.strictObject({
  predictions: z
    .string()
    .min(1)
    .optional()
    .describe("Where labelled production predictions are: a file, folder, glob or s3://bucket/prefix"),
  since: z
    .string()
    .min(1)
    .default("7d")
    .describe("The window: a span back from now (7d) or an ISO 8601 time; rows before it are left out"),
  timestamp_column: z.string().min(1).default("timestamp").describe("When each prediction was made"),
  label_column: z
    .string()
    .min(1)
    .optional()
    .describe("The true label, once known; absent: the champion's evaluation label column"),
  model_version_column: z
    .string()
    .min(1)
    .default("model_version")
    .describe(
      "If the predictions have this column, every row in the window must name the champion's version",
    ),
  min_rows: z
    .int()
    .nonnegative()
    .default(500)
    .describe("Fewer labelled rows in the window than this: no verdict on the metrics, no retrain"),
  metrics: z
    .partialRecord(
      metricName,
      z.strictObject({
        min: z
          .number()
          .optional()
          .describe(
            "Retrain when the production interval lies wholly below this (its upper bound is below it)",
          ),
        max: z
          .number()
          .optional()
          .describe(
            "Retrain when the production interval lies wholly above this (its lower bound is above it), e.g. for log_loss",
          ),
        max_degradation: z
          .number()
          .nonnegative()
          .optional()
          .describe(
            "Retrain when production is worse than the champion's evaluation by more than this, with the interval's confidence",
          ),
      }),
    )
    .optional()
    .describe(
      "Per metric, when production performance asks for a retrain; absent: the champion's primary metric, max_degradation 0",
    ),
  bootstrap: z
    .int()
    .min(0)
    .max(100_000)
    .optional()
    .describe("Bootstrap resamples of the production intervals; absent: those of the champion's evaluation"),
  drift: z
    .strictObject({
      psi: driftThresholds("PSI").optional().describe("Absent: warn 0.1, error 0.25"),
      ks: driftThresholds("The KS statistic").optional().describe("Absent: no KS check"),
      columns: z
        .array(z.string().min(1))
        .optional()
        .describe("The feature columns checked; absent: every column the training snapshot profiled"),
    })
    .optional()
    .describe("Drift of production features from the champion's training snapshot, from stored profiles"),
  trigger: z
    .enum(["none", "dispatch"])
    .default("none")
    .describe("dispatch: start the retrain workflow (workflow_dispatch) when the monitor asks for a retrain"),
  workflow: z
    .string()
    .min(1)
    .default("retrain-manually.yml")
    .describe("The retrain workflow's file name (or id); it must take a `reason` input"),
  ref: z
    .string()
    .min(1)
    .optional()
    .describe("The branch or tag the retrain runs on; absent: the repository's default branch"),
  cooldown: span("No second dispatch within this span of the last one").default("3d"),
  max_units: z
    .int()
    .min(1024)
    .max(1 << 24)
    .default(1 << 19)
    .describe(
      "Binary models: the most distinct scores held in memory (memory is bounded by this, not by rows); past it scores are quantised and the report states how far each metric can have moved",
    ),
  id_column: z
    .string()
    .min(1)
    .optional()
    .describe(
      "The production rows' id column, matched with the ids the champion's evaluation recorded (evaluate.id_column); absent: the same name as evaluate.id_column",
    ),
  min_paired_rows: z
    .int()
    .min(1)
    .optional()
    .describe(
      "With at least this many production rows matching the champion's test rows by id, max_degradation is judged on the paired interval; absent: min_rows",
    ),
});

const atLeast = (what: string) => z.strictObject({ min: z.number().describe(`Breached below this ${what}`) });
const atMost = (what: string) =>
  z.strictObject({ max: z.number().nonnegative().describe(`Breached above this ${what}`) });

export const sloSchema = z.strictObject({
  window: span("The history the indicators are computed over, back from now").default("30d"),
  training_success_rate: atLeast("share of finished training runs").optional().describe("M1"),
  time_to_train_minutes: z
    .strictObject({
      median: z.number().positive().optional().describe("Breached above this median, in minutes"),
      p95: z.number().positive().optional().describe("Breached above this 95th percentile, in minutes"),
    })
    .optional()
    .describe("M2"),
  data_freshness_hours: atMost("age in hours of the champion's training data").optional().describe("M3"),
  registration_latency_hours: atMost("median hours from a training run's end to its model version")
    .optional()
    .describe("M4"),
  performance_delta: atLeast("mean improvement of promoted versions over the champion they replaced")
    .optional()
    .describe("M8"),
  validation_failure_rate: atMost("share of compared candidates whose data validation failed")
    .optional()
    .describe("M9"),
  retrain_trigger_usefulness: atLeast("share of monitor-dispatched retrains followed by a promotion")
    .optional()
    .describe("M10"),
});

export type MonitorConfig = z.output<typeof monitorSchema>;
export type SloConfig = z.output<typeof sloSchema>;
