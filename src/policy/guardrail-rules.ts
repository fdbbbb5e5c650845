/**
 * Guardrail rules: the challenger's point value may be worse than the champion's by at most
 * `max_regression`. Every rule is described in gate-policy.ts.
 */
import type { RuleResult } from "../config/contracts/comparison-report.js";
import { formatNumber, formatSetting } from "./format-number.js";
import type { GateInput, Judging } from "./gate-input.js";
import {
  atMost,
  directionPhrase,
  isTaskMetric,
  messageNumber,
  notOfTask,
  regressionOf,
} from "./rule-common.js";

export function guardrailRules(
  { input }: Judging,
  guardrails: Partial<Record<string, { max_regression: number } | undefined>> | undefined,
): RuleResult[] {
  return Object.entries(guardrails ?? {}).flatMap(([metric, guardrail]) =>
    guardrail ? [guardrailRule(input, metric, guardrail.max_regression)] : [],
  );
}

function guardrailRule(input: GateInput, metric: string, maxRegression: number): RuleResult {
  const base = {
    id: `guardrail.${metric}`,
    kind: "guardrail",
    metric,
    bound: `regression ≤ ${formatSetting(maxRegression)}`,
  } as const;
  if (!isTaskMetric(metric, input.task)) return notOfTask(base, input.task);
  if (!input.champion) {
    return {
      ...base,
      observed: null,
      verdict: "skip",
      message: `no champion yet: no ${metric} to regress from`,
    };
  }
  const challenger = input.challenger[metric]?.value ?? Number.NaN;
  const champion = input.champion[metric]?.value ?? Number.NaN;
  const change = `${messageNumber(champion)} → ${messageNumber(challenger)}`;
  if (Number.isNaN(challenger) || Number.isNaN(champion)) {
    return {
      ...base,
      observed: null,
      verdict: "fail",
      message: `${metric} is not a number (${change}), so its regression cannot be measured`,
    };
  }
  const regression = regressionOf(metric, challenger, champion);
  const passed = atMost(regression, maxRegression);
  return {
    ...base,
    observed: regression,
    verdict: passed ? "pass" : "fail",
    message: passed
      ? `${metric} ${change}: regression ${formatNumber(regression)} within max_regression ${formatSetting(maxRegression)}`
      : `${metric} regressed by ${formatNumber(regression)} (${change}, ${directionPhrase(metric)}), more than max_regression ${formatSetting(maxRegression)}`,
  };
}
