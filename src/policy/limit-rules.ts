/**
 * Limit rules: upper bounds on the model folder's size and the prediction time. Every rule is described in
 * gate-policy.ts.
 */
import type { RuleResult } from "../config/contracts/comparison-report.js";
import type { GateConfig } from "../config/trainyard-config.js";
import { formatCount, formatMeasure, formatSetting } from "./format-number.js";
import type { GateInput } from "./gate-input.js";
import { atMost } from "./rule-common.js";

const BYTES_PER_MB = 1_000_000;

export function limitRules(input: GateInput, limits: GateConfig["limits"]): RuleResult[] {
  const rules: RuleResult[] = [];
  if (limits?.model_size_mb !== undefined) {
    const megabytes = input.modelSizeBytes / BYTES_PER_MB;
    rules.push(
      limitRule(
        "limit.model_size_mb",
        megabytes,
        limits.model_size_mb,
        `model size ${formatMeasure(megabytes)} MB (${formatCount(input.modelSizeBytes)} bytes, 1 MB = 1,000,000 bytes)`,
        "MB",
      ),
    );
  }
  if (limits?.predict_ms_per_1k_rows !== undefined) {
    rules.push(
      limitRule(
        "limit.predict_ms_per_1k_rows",
        input.msPer1kRows,
        limits.predict_ms_per_1k_rows,
        `prediction time ${formatMeasure(input.msPer1kRows)} ms per 1,000 rows`,
        "ms per 1,000 rows",
      ),
    );
  }
  return rules;
}

function limitRule(id: string, observed: number, limit: number, what: string, unit: string): RuleResult {
  const bound = `≤ ${formatSetting(limit)} ${unit}`;
  const base = { id, kind: "limit", bound } as const;
  if (!Number.isFinite(observed)) {
    return {
      ...base,
      observed: null,
      verdict: "fail",
      message: `${what}: not measured, so it cannot meet ${bound}`,
    };
  }
  const passed = atMost(observed, limit);
  return {
    ...base,
    observed,
    verdict: passed ? "pass" : "fail",
    message: passed
      ? `${what} within the limit ${formatSetting(limit)} ${unit}`
      : `${what} is over the limit ${formatSetting(limit)} ${unit}`,
  };
}
