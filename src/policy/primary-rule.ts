/**
 * The primary rule: the challenger must improve on the champion by more than `min_delta`, judged on the
 * paired interval of Δ. Every rule is described in gate-policy.ts.
 */
import type { RuleResult } from "../config/contracts/comparison-report.js";
import { higherIsBetter } from "../stats/metric-names.js";
import { formatInterval, formatPercent, formatSetting } from "./format-number.js";
import type { Judging, PrimarySettings } from "./gate-input.js";
import { directionPhrase, finiteOrNull, isTaskMetric, messageNumber, notOfTask } from "./rule-common.js";

function primaryBound({ metric, minDelta }: PrimarySettings): string {
  return higherIsBetter(metric)
    ? `lower bound of Δ > ${formatSetting(minDelta)}`
    : `upper bound of Δ < ${formatSetting(-minDelta)}`;
}

export function primaryRule({ input, primary }: Judging): RuleResult {
  const { metric, minDelta, confidence } = primary;
  const base = { id: "primary", kind: "primary", metric, bound: primaryBound(primary) } as const;
  if (!isTaskMetric(metric, input.task)) return notOfTask(base, input.task);
  if (!input.champion) {
    return {
      ...base,
      observed: null,
      verdict: "skip",
      message: `no champion yet: nothing to improve on, so the thresholds alone decide`,
    };
  }
  const delta = input.deltas?.[metric];
  if (!delta) {
    return {
      ...base,
      observed: null,
      verdict: "fail",
      message: `no paired Δ of ${metric} between challenger and champion was measured`,
    };
  }
  const higher = higherIsBetter(metric);
  // The improvement in the good direction and its interval: Δ itself, or −Δ for a loss.
  const gain = higher
    ? { value: delta.value, low: delta.low, high: delta.high }
    : { value: -delta.value, low: -delta.high, high: -delta.low };
  const judged = higher ? delta.low : delta.high;
  const level = formatPercent(confidence);
  const shown = formatInterval(gain.value, gain.low, gain.high);
  const verb = higher ? "rose" : "fell";
  if (Number.isNaN(gain.low) || Number.isNaN(gain.value)) {
    return {
      ...base,
      observed: null,
      verdict: "fail",
      message: `the interval of Δ ${metric} is not a number (${messageNumber(delta.value)} [${messageNumber(delta.low)}, ${messageNumber(delta.high)}]), so no improvement can be shown`,
    };
  }
  if (gain.low > minDelta) {
    return {
      ...base,
      observed: judged,
      verdict: "pass",
      message: `${metric} ${verb} by ${shown} (${level} interval), more than min_delta ${formatSetting(minDelta)} with ${level} confidence`,
    };
  }
  return {
    ...base,
    observed: finiteOrNull(judged),
    verdict: "fail",
    message: `${metric} did not improve by more than min_delta ${formatSetting(minDelta)} with ${level} confidence: improvement ${shown} (${directionPhrase(metric)})`,
  };
}
