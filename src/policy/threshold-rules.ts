/**
 * Threshold rules: inclusive bounds on the challenger's value of a metric. Every rule is described in
 * gate-policy.ts.
 */
import type { RuleResult } from "../config/contracts/comparison-report.js";
import { formatNumber, formatSetting } from "./format-number.js";
import type { GateInput, Judging } from "./gate-input.js";
import { atMost, isTaskMetric, notOfTask } from "./rule-common.js";

type Range = { min?: number | undefined; max?: number | undefined };

function rangeBound(range: Range): string {
  const parts: string[] = [];
  if (range.min !== undefined) parts.push(`≥ ${formatSetting(range.min)}`);
  if (range.max !== undefined) parts.push(`≤ ${formatSetting(range.max)}`);
  return parts.join(" and ") || "no bound";
}

export function thresholdRules(
  { input }: Judging,
  thresholds: Partial<Record<string, Range | undefined>> | undefined,
): RuleResult[] {
  return Object.entries(thresholds ?? {}).flatMap(([metric, range]) =>
    range ? [thresholdRule(input, metric, range)] : [],
  );
}

function thresholdRule(input: GateInput, metric: string, range: Range): RuleResult {
  const base = { id: `threshold.${metric}`, kind: "threshold", metric, bound: rangeBound(range) } as const;
  if (!isTaskMetric(metric, input.task)) return notOfTask(base, input.task);
  const value = input.challenger[metric]?.value;
  if (value === undefined) {
    return { ...base, observed: null, verdict: "fail", message: `the challenger has no ${metric} value` };
  }
  if (Number.isNaN(value)) {
    return {
      ...base,
      observed: null,
      verdict: "fail",
      message: `${metric} is not a number (NaN) on the test rows, so it cannot meet ${base.bound}`,
    };
  }
  if (range.min === undefined && range.max === undefined) {
    return { ...base, observed: value, verdict: "skip", message: `${metric}: no min or max set` };
  }
  const shown = formatNumber(value);
  if (range.min !== undefined && !atMost(range.min, value)) {
    return {
      ...base,
      observed: value,
      verdict: "fail",
      message: `${metric} ${shown} is below the minimum ${formatSetting(range.min)}`,
    };
  }
  if (range.max !== undefined && !atMost(value, range.max)) {
    return {
      ...base,
      observed: value,
      verdict: "fail",
      message: `${metric} ${shown} is above the maximum ${formatSetting(range.max)}`,
    };
  }
  return { ...base, observed: value, verdict: "pass", message: `${metric} ${shown} meets ${base.bound}` };
}
