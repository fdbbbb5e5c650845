/**
 * The metrics trainyard computes, by task, in the order every metric list and resample row uses. Plain data
 * (no zod): the stats modules, including the bootstrap's worker threads, load it without the config schema.
 */
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
} as const;

export type Task = keyof typeof METRICS_BY_TASK;
export type MetricName = (typeof METRICS_BY_TASK)[Task][number];
export const METRIC_NAMES: readonly MetricName[] = [...new Set(Object.values(METRICS_BY_TASK).flat())];
