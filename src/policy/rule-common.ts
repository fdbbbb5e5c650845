/**
 * What the gate's rules share: bounds that tolerate rounding, regression in a metric's good direction, the
 * task's metrics, and how numbers and directions read in messages.
 */
import type { RuleResult } from "../config/contracts/comparison-report.js";
import { METRICS_BY_TASK, type Task } from "../config/trainyard-config.js";
import { higherIsBetter } from "../stats/metric-names.js";
import { formatNumber } from "./format-number.js";

/**
 * `value ≤ bound` up to floating-point rounding, so that a regression of 0.72 − 0.70 = 0.020000000000000018
 * meets `max_regression: 0.02` as the person who wrote it meant.
 */
export function atMost(value: number, bound: number): boolean {
  return value <= bound + 1e-12 * Math.max(1, Math.abs(bound));
}

/** How much worse `value` is than `reference` in the metric's good direction (positive = worse). */
export function regressionOf(metric: string, value: number, reference: number): number {
  return higherIsBetter(metric) ? reference - value : value - reference;
}

export function taskMetrics(task: Task): readonly string[] {
  return METRICS_BY_TASK[task];
}

export function isTaskMetric(metric: string, task: Task): boolean {
  return taskMetrics(task).includes(metric);
}

export function notOfTask(
  base: Omit<RuleResult, "verdict" | "message" | "observed">,
  task: Task,
): RuleResult {
  return {
    ...base,
    observed: null,
    verdict: "fail",
    message: `${base.metric} is not a ${task} metric; ${task} metrics are ${taskMetrics(task).join(", ")}`,
  };
}

export function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

export function directionPhrase(metric: string): string {
  return higherIsBetter(metric) ? "higher is better" : "lower is better";
}

/** "NaN" in messages, where the reader must see that the value exists but is not a number. */
export function messageNumber(value: number): string {
  return Number.isNaN(value) ? "NaN" : formatNumber(value);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
