import type { Metric } from "../ports.js";
import { assertValidKey, invalid } from "./validate.js";

// JSON has no NaN or infinities, which MLflow accepts as metric values; they are written as strings.
type StoredValue = number | "NaN" | "Infinity" | "-Infinity";

function encodeValue(value: number): StoredValue {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "Infinity";
  if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
  return value;
}

function decodeValue(value: StoredValue): number {
  return typeof value === "number" ? value : Number(value);
}

export function assertValidMetric(metric: Metric): void {
  assertValidKey("metric", metric.key);
  if (typeof metric.value !== "number") {
    throw invalid(`Got invalid value ${String(metric.value)} for metric '${metric.key}': expected a number`);
  }
  if (!Number.isSafeInteger(metric.timestamp) || metric.timestamp < 0) {
    throw invalid(
      `Got invalid timestamp ${metric.timestamp} for metric '${metric.key}': expected a nonnegative integer`,
    );
  }
  if (!Number.isSafeInteger(metric.step)) {
    throw invalid(`Got invalid step ${metric.step} for metric '${metric.key}': expected an integer`);
  }
}

/** Metrics as JSON Lines, one object a line, in the order they were logged. */
export function encodeMetricLines(metrics: readonly Metric[]): string {
  return metrics
    .map(
      (m) =>
        `${JSON.stringify({ key: m.key, value: encodeValue(m.value), timestamp: m.timestamp, step: m.step })}\n`,
    )
    .join("");
}

/**
 * Parses a metrics history file. A last line without its newline is a write still in progress in another
 * process, and is left for the next read.
 */
export function parseMetricLines(text: string): Metric[] {
  const end = text.lastIndexOf("\n");
  if (end < 0) return [];
  const metrics: Metric[] = [];
  for (const line of text.slice(0, end).split("\n")) {
    if (line === "") continue;
    const stored = JSON.parse(line) as { key: string; value: StoredValue; timestamp: number; step: number };
    metrics.push({
      key: stored.key,
      value: decodeValue(stored.value),
      timestamp: stored.timestamp,
      step: stored.step,
    });
  }
  return metrics;
}

/** MLflow's rule for a run's "latest" value of a metric: the greatest (step, timestamp, value), not the last logged. */
function isLater(a: Metric, b: Metric): boolean {
  if (a.step !== b.step) return a.step > b.step;
  if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp;
  return a.value > b.value;
}

/** The latest value of each metric, in key order. */
export function latestMetrics(history: readonly Metric[]): Metric[] {
  const latest = new Map<string, Metric>();
  for (const metric of history) {
    const current = latest.get(metric.key);
    if (current === undefined || isLater(metric, current)) latest.set(metric.key, metric);
  }
  return [...latest.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
