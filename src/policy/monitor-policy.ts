/**
 * The monitor's verdict: does the champion, measured on the window's labelled production predictions, need
 * a retrain? Pure — the monitor step measures, this module judges, like the gate.
 *
 * - `rows`: with fewer labelled rows than `min_rows` nothing is judged and there is no retrain; the reason
 *   says "not enough rows".
 * - `metrics.<name>.min` / `.max`: retrain when the production interval lies wholly past the bound (its
 *   upper bound below `min`, its lower bound above `max`), so noise alone does not trigger a retrain.
 * - `metrics.<name>.max_degradation`: retrain when production is worse than the champion's evaluation by
 *   more than this, judged on the interval of Δ = production − baseline: in the metric's good direction,
 *   the whole interval lies past −max_degradation. Production rows are not the evaluation's test rows, so
 *   the two intervals are independent and Δ's interval is combined from them by MOVER (Zou & Donner 2008,
 *   "method of variance estimates recovery"): L = Δ − √((p − p_low)² + (b_high − b)²),
 *   U = Δ + √((p_high − p)² + (b − b_low)²), with p, b the production and baseline values.
 *   Paired instead, when the caller measured one (`comparison.mode: "paired"`): production rows carrying
 *   the ids of the champion's test rows were measured against those rows' evaluation with one bootstrap
 *   weight per id on both sides (stats/paired-rows.ts), and max_degradation is judged on that interval —
 *   narrower, since what the two sides share (which ids were drawn) cancels. Every message says which
 *   comparison was used and, when unpaired, why.
 * - Drift: a drift check that fails at `error` severity asks for a retrain; at `warn` it is reported only.
 *
 * Without `metrics`, the champion's primary metric is judged with `max_degradation: 0`.
 */
import type { MetricIntervalRecord } from "../config/contracts/evaluation-report.js";
import type { MonitorRule } from "../config/contracts/monitor-report.js";
import { higherIsBetter } from "../stats/metric-names.js";
import type { MetricInterval } from "../stats/metric-set.js";
import type { CheckResult } from "../validation/check-result.js";
import { formatCount, formatInterval, formatPercent, formatSetting } from "./format-number.js";

export interface MonitorMetricPolicy {
  min?: number | undefined;
  max?: number | undefined;
  max_degradation?: number | undefined;
}

export interface MeasuredMetric {
  metric: string;
  production: MetricInterval;
  baseline: MetricInterval;
}

/** How Δ is computed: paired on matched ids (with each metric's paired intervals), or unpaired and why. */
export type MonitorComparison =
  | {
      mode: "paired";
      ids: number;
      metrics: Record<
        string,
        { production: MetricInterval; evaluation: MetricInterval; delta: MetricInterval }
      >;
    }
  | { mode: "unpaired"; reason: string };

export interface MonitorInput {
  rows: number;
  minRows: number;
  confidence: number;
  /** The metrics to judge and their bounds (already defaulted by the caller). */
  policy: Record<string, MonitorMetricPolicy>;
  measured: MeasuredMetric[];
  drift: CheckResult[];
  /** Absent: unpaired (MOVER) without a stated reason. */
  comparison?: MonitorComparison;
}

export interface MonitorVerdict {
  retrain: boolean;
  /** Why (not) retrain, one sentence each. */
  reasons: string[];
  rules: MonitorRule[];
  deltas: Record<string, MetricInterval>;
  /** When a metric's Δ is paired: its MOVER interval too, for reference. */
  unpairedDeltas: Record<string, MetricInterval>;
}

/** The interval of production − baseline from two independent intervals (MOVER). */
export function differenceInterval(production: MetricInterval, baseline: MetricInterval): MetricInterval {
  const value = production.value - baseline.value;
  const low = value - Math.hypot(production.value - production.low, baseline.high - baseline.value);
  const high = value + Math.hypot(production.high - production.value, baseline.value - baseline.low);
  return { value, low, high, resamples: Math.min(production.resamples, baseline.resamples) };
}

export function intervalFromRecord(record: MetricIntervalRecord | undefined): MetricInterval {
  const n = (value: number | null | undefined) =>
    value === null || value === undefined ? Number.NaN : value;
  return {
    value: n(record?.value),
    low: n(record?.low),
    high: n(record?.high),
    resamples: record?.resamples ?? 0,
  };
}

const shown = (interval: MetricInterval) => formatInterval(interval.value, interval.low, interval.high);
const finite = (interval: MetricInterval) =>
  Number.isFinite(interval.value) && Number.isFinite(interval.low) && Number.isFinite(interval.high);

function boundRules(measured: MeasuredMetric, policy: MonitorMetricPolicy, level: string): MonitorRule[] {
  const { metric, production } = measured;
  const rules: MonitorRule[] = [];
  const base = { kind: "metric", metric, observed: finite(production) ? production.value : null } as const;
  for (const side of ["min", "max"] as const) {
    const bound = policy[side];
    if (bound === undefined) continue;
    const id = `metric.${metric}.${side}`;
    const boundText = `${side === "min" ? "≥" : "≤"} ${formatSetting(bound)}`;
    if (!finite(production)) {
      rules.push({
        ...base,
        id,
        verdict: "skip",
        bound: boundText,
        message: `${metric} is not a number on the production rows, so ${side} ${formatSetting(bound)} is not judged`,
      });
      continue;
    }
    const past = side === "min" ? production.high < bound : production.low > bound;
    rules.push({
      ...base,
      id,
      verdict: past ? "retrain" : "pass",
      bound: boundText,
      message: past
        ? `${metric} in production ${shown(production)} (${level} interval) is wholly ${side === "min" ? "below the minimum" : "above the maximum"} ${formatSetting(bound)}`
        : `${metric} in production ${shown(production)} is not wholly ${side === "min" ? "below the minimum" : "above the maximum"} ${formatSetting(bound)}`,
    });
  }
  return rules;
}

/** How a metric's Δ was computed, for its message. */
type DeltaSource =
  | { mode: "paired"; ids: number; production: MetricInterval; evaluation: MetricInterval }
  | { mode: "unpaired"; reason?: string | undefined };

function degradationRule(
  measured: MeasuredMetric,
  maxDegradation: number,
  delta: MetricInterval,
  level: string,
  source: DeltaSource,
): MonitorRule {
  const { metric, production, baseline } = measured;
  const id = `metric.${metric}.degradation`;
  const bound = `degradation ≤ ${formatSetting(maxDegradation)}`;
  const base = { id, kind: "metric", metric, bound } as const;
  if (!finite(production) || !finite(baseline)) {
    return {
      ...base,
      observed: null,
      verdict: "skip",
      message: `${metric}: ${!finite(baseline) ? `the champion's evaluation has no interval (${shown(baseline)})` : `not a number on the production rows (${shown(production)})`}, so its degradation is not judged`,
    };
  }
  const higher = higherIsBetter(metric);
  // The loss of quality in the good direction, and its interval: −Δ for a higher-is-better metric.
  const loss = higher
    ? { value: -delta.value, low: -delta.high, high: -delta.low }
    : { value: delta.value, low: delta.low, high: delta.high };
  const degraded = loss.low > maxDegradation;
  const compared =
    source.mode === "paired"
      ? `${metric} in production ${shown(production)} against the champion's evaluation ${shown(baseline)}; on the ${formatCount(source.ids)} ids of its test rows seen in production ${shown(source.production)} against ${shown(source.evaluation)}: Δ ${shown(delta)} (${level} interval, paired on ${formatCount(source.ids)} ids)`
      : `${metric} in production ${shown(production)} against the champion's evaluation ${shown(baseline)}: Δ ${shown(delta)} (${level} interval, unpaired (MOVER)${source.reason ? `: ${source.reason}` : ""})`;
  return {
    ...base,
    observed: delta.value,
    verdict: degraded ? "retrain" : "pass",
    message: degraded
      ? `${compared}, worse by more than max_degradation ${formatSetting(maxDegradation)} with ${level} confidence`
      : `${compared}, not shown to be worse by more than max_degradation ${formatSetting(maxDegradation)}`,
  };
}

function driftRule(check: CheckResult): MonitorRule {
  const verdict =
    check.status === "pass"
      ? "pass"
      : check.status === "skip"
        ? "skip"
        : check.severity === "error"
          ? "retrain"
          : "warn";
  return {
    id: check.id,
    kind: "drift",
    ...(check.column ? { column: check.column } : {}),
    verdict,
    observed: typeof check.observed === "number" ? check.observed : null,
    bound: check.expected,
    message: `${check.column ? `feature ${check.column}: ` : ""}${check.message}`,
  };
}

/** Judges the window: every rule with its verdict, and whether to retrain. */
export function judgeMonitor(input: MonitorInput): MonitorVerdict {
  const level = formatPercent(input.confidence);
  const deltas: Record<string, MetricInterval> = {};
  const unpairedDeltas: Record<string, MetricInterval> = {};
  const sources: Record<string, DeltaSource> = {};
  const comparison = input.comparison;
  for (const measured of input.measured) {
    const mover = differenceInterval(measured.production, measured.baseline);
    const paired = comparison?.mode === "paired" ? comparison.metrics[measured.metric] : undefined;
    if (comparison?.mode === "paired" && paired && finite(paired.delta)) {
      deltas[measured.metric] = paired.delta;
      unpairedDeltas[measured.metric] = mover;
      sources[measured.metric] = {
        mode: "paired",
        ids: comparison.ids,
        production: paired.production,
        evaluation: paired.evaluation,
      };
    } else {
      deltas[measured.metric] = mover;
      sources[measured.metric] = {
        mode: "unpaired",
        reason:
          comparison?.mode === "unpaired"
            ? comparison.reason
            : comparison?.mode === "paired"
              ? `the paired interval of ${measured.metric} is not a number on the ${formatCount(comparison.ids)} matched ids`
              : undefined,
      };
    }
  }
  if (input.rows < input.minRows) {
    const message = `not enough rows: ${formatCount(input.rows)} labelled prediction(s) in the window, fewer than monitor.min_rows ${formatCount(input.minRows)}, so the champion is not judged`;
    return {
      retrain: false,
      reasons: [message],
      rules: [
        {
          id: "rows",
          kind: "rows",
          verdict: "skip",
          observed: input.rows,
          bound: `≥ ${input.minRows}`,
          message,
        },
      ],
      deltas,
      unpairedDeltas,
    };
  }
  const rules: MonitorRule[] = [
    {
      id: "rows",
      kind: "rows",
      verdict: "pass",
      observed: input.rows,
      bound: `≥ ${input.minRows}`,
      message: `${formatCount(input.rows)} labelled prediction(s) in the window`,
    },
  ];
  for (const measured of input.measured) {
    const policy = input.policy[measured.metric];
    if (!policy) continue;
    rules.push(...boundRules(measured, policy, level));
    if (policy.max_degradation !== undefined)
      rules.push(
        degradationRule(
          measured,
          policy.max_degradation,
          deltas[measured.metric] as MetricInterval,
          level,
          sources[measured.metric] as DeltaSource,
        ),
      );
  }
  for (const check of input.drift) rules.push(driftRule(check));
  const retrainRules = rules.filter((rule) => rule.verdict === "retrain");
  const reasons = retrainRules.length
    ? retrainRules.map((rule) => rule.message)
    : [
        `no retrain: ${
          rules
            .filter((rule) => rule.kind === "metric" && rule.verdict === "pass")
            .map((rule) => rule.message)
            .join("; ") || "no rule asks for one"
        }`,
      ];
  return { retrain: retrainRules.length > 0, reasons, rules, deltas, unpairedDeltas };
}

/** Whether a new dispatch is allowed: none within `cooldownMs` of the last one. */
export function cooldownState(
  lastTriggerAt: string | undefined,
  cooldownMs: number,
  now: number,
): { allowed: boolean; until?: string } {
  const last = lastTriggerAt ? Date.parse(lastTriggerAt) : Number.NaN;
  if (!Number.isFinite(last)) return { allowed: true };
  const until = last + cooldownMs;
  return until > now ? { allowed: false, until: new Date(until).toISOString() } : { allowed: true };
}
