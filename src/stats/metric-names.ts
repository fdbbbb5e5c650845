/**
 * The metrics trainyard computes: each one's name, direction (whether a higher or a lower value is better)
 * and range, declared once in {@link METRICS}, and the metrics of each task in the order every metric list
 * and resample row uses. Plain data (no zod): the stats modules, including the bootstrap's worker threads,
 * load it without the config schema.
 */

/** Which value of a metric is better: a higher one (roc_auc) or a lower one (log_loss). */
export type MetricDirection = "higher" | "lower";

/** The values a metric can take, bounds inclusive; ±Infinity where unbounded. NaN where it is undefined. */
export interface MetricRange {
  readonly min: number;
  readonly max: number;
}

export interface MetricDeclaration {
  readonly better: MetricDirection;
  readonly range: MetricRange;
}

const ZERO_TO_ONE: MetricRange = { min: 0, max: 1 };
const NON_NEGATIVE: MetricRange = { min: 0, max: Number.POSITIVE_INFINITY };
const AT_MOST_ONE: MetricRange = { min: Number.NEGATIVE_INFINITY, max: 1 };

/** Every metric trainyard computes, by name. */
export const METRICS = {
  accuracy: { better: "higher", range: ZERO_TO_ONE },
  precision: { better: "higher", range: ZERO_TO_ONE },
  recall: { better: "higher", range: ZERO_TO_ONE },
  f1: { better: "higher", range: ZERO_TO_ONE },
  roc_auc: { better: "higher", range: ZERO_TO_ONE },
  pr_auc: { better: "higher", range: ZERO_TO_ONE },
  log_loss: { better: "lower", range: NON_NEGATIVE },
  brier: { better: "lower", range: ZERO_TO_ONE },
  expected_calibration_error: { better: "lower", range: ZERO_TO_ONE },
  macro_f1: { better: "higher", range: ZERO_TO_ONE },
  weighted_f1: { better: "higher", range: ZERO_TO_ONE },
  rmse: { better: "lower", range: NON_NEGATIVE },
  mae: { better: "lower", range: NON_NEGATIVE },
  r2: { better: "higher", range: AT_MOST_ONE },
  mape: { better: "lower", range: NON_NEGATIVE },
} as const satisfies Record<string, MetricDeclaration>;

export const METRICS_BY_TASK = {
  binary: [
    "accuracy",
    "precision",
    "recall",
    "f1",
    "roc_auc",
    "pr_auc",
    "log_loss",
    "brier",
    "expected_calibration_error",
  ],
  multiclass: ["accuracy", "macro_f1", "weighted_f1", "log_loss"],
  regression: ["rmse", "mae", "r2", "mape"],
} as const satisfies Record<string, readonly (keyof typeof METRICS)[]>;

export type Task = keyof typeof METRICS_BY_TASK;
export type MetricName = (typeof METRICS_BY_TASK)[Task][number];
export const METRIC_NAMES: readonly MetricName[] = [...new Set(Object.values(METRICS_BY_TASK).flat())];

/** The declaration of a metric trainyard computes; undefined for any other name. */
export function metricDeclaration(metric: string): MetricDeclaration | undefined {
  return Object.hasOwn(METRICS, metric) ? METRICS[metric as keyof typeof METRICS] : undefined;
}

/**
 * Whether a larger value of the metric is better (roc_auc) or worse (log_loss), from {@link METRICS}. A name
 * trainyard does not compute counts as higher-is-better.
 */
export function higherIsBetter(metric: string): boolean {
  return metricDeclaration(metric)?.better !== "lower";
}
