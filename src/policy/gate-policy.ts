/**
 * The gate: what a challenger must show to be promoted. Pure — the champion-challenger step measures,
 * this module judges. Every rule gives a verdict, `pass`, `fail` or `skip`; the decision is `promote`
 * when no rule fails, else `reject`.
 *
 * Directions are declared with the metrics (`METRICS` in src/stats/metric-names.ts): the losses and
 * errors are better when lower, every other metric when higher. Improvement and regression are measured
 * in the metric's good direction, so a positive improvement is always good and a positive regression
 * always bad.
 *
 * Rules of `gate:` in trainyard.yml:
 * - `primary: {metric, min_delta, confidence}` — with a champion, the challenger must improve on it by
 *   more than `min_delta` with the interval's confidence, judged on the paired bootstrap interval of
 *   Δ = challenger − champion on the same resampled rows: a higher-is-better metric passes when the lower
 *   bound of Δ is above `min_delta`; a lower-is-better metric when the upper bound of Δ is below
 *   `-min_delta` (the loss fell by more than `min_delta`). The interval is read as given: the step
 *   computes it at `confidence`. Without a champion the rule is skipped and the thresholds alone decide.
 *   Without `primary`, the evaluate step's primary metric is used with `min_delta: 0`.
 * - `thresholds: {<metric>: {min, max}}` — bounds, inclusive, on the challenger's value. A value that is
 *   not a number (NaN, e.g. ROC AUC on one class) fails.
 * - `guardrails: {<metric>: {max_regression}}` — the challenger's point value may be worse than the
 *   champion's by at most `max_regression`. Skipped without a champion.
 * - `slices: {columns, min_rows, max_regression}` — on every slice of those columns with at least
 *   `min_rows` rows, the primary metric may regress by at most `max_regression` against the champion.
 *   The rules list stays short: one failing rule per slice over the limit, one passing rule per column
 *   naming its worst slice that stayed within it, and one skipped rule per column listing the slices under
 *   `min_rows`. A slice whose metric is NaN for either model (e.g. one class in it) is not judged and is
 *   listed in one skipped rule per column, except NaN for the challenger alone, which fails. A column with no evaluated slices fails (add it to `evaluate.slices`).
 *   Skipped without a champion.
 * - `limits: {model_size_mb, predict_ms_per_1k_rows}` — upper bounds on the model folder's size
 *   (1 MB = 1,000,000 bytes) and the prediction time per 1,000 rows.
 * - `require_validation` (default true) — the data validation report must be given and have passed.
 *
 * Bounds (`min`, `max`, `max_regression`, limits) are inclusive and tolerate floating-point rounding
 * (1e-12 relative); the primary rule's `>` is strict.
 *
 * Without a `gate:` section the defaults apply: the primary rule on the evaluate step's primary metric
 * with `min_delta: 0`, and `require_validation: true`. A metric the task does not compute (`rmse` for a
 * binary model) fails its rule, naming the task's metrics.
 *
 * This module makes the decision; each kind of rule is its own module (primary-rule.ts, threshold-rules.ts,
 * guardrail-rules.ts, slice-rules.ts, limit-rules.ts, validation-rule.ts), the input types are in
 * gate-input.ts and the comparison tables in comparison-rows.ts.
 */
import type { ComparedMetric, RuleResult, SliceComparison } from "../config/contracts/comparison-report.js";
import type { GateConfig } from "../config/trainyard-config.js";
import { compareMetrics, compareSlices } from "./comparison-rows.js";
import { formatNumber } from "./format-number.js";
import type { GateInput, Judging, PrimarySettings } from "./gate-input.js";
import { guardrailRules } from "./guardrail-rules.js";
import { limitRules } from "./limit-rules.js";
import { primaryRule } from "./primary-rule.js";
import { finiteOrNull } from "./rule-common.js";
import { sliceRules } from "./slice-rules.js";
import { thresholdRules } from "./threshold-rules.js";
import { validationRule } from "./validation-rule.js";

export interface GateResult {
  decision: "promote" | "reject";
  reasons: string[];
  rules: RuleResult[];
  metrics: ComparedMetric[];
  slices: SliceComparison[];
  note?: string;
}

const DEFAULT_CONFIDENCE = 0.95;

export function evaluateGate(gate: GateConfig | undefined, input: GateInput): GateResult {
  const primary: PrimarySettings = {
    metric: gate?.primary?.metric ?? input.defaultPrimaryMetric,
    minDelta: gate?.primary?.min_delta ?? 0,
    confidence: gate?.primary?.confidence ?? DEFAULT_CONFIDENCE,
  };
  const judging: Judging = { input, primary };
  const rules = [
    primaryRule(judging),
    ...thresholdRules(judging, gate?.thresholds),
    ...guardrailRules(judging, gate?.guardrails),
    ...(gate?.slices ? sliceRules(judging, gate.slices) : []),
    ...limitRules(input, gate?.limits),
    validationRule(input.validation, gate?.require_validation ?? true),
  ].map((rule) => ({ ...rule, observed: finiteOrNull(rule.observed ?? undefined) }));
  const decision = rules.some((rule) => rule.verdict === "fail") ? "reject" : "promote";
  const note = gateNote(gate, input, primary.metric);
  return {
    decision,
    reasons: decision === "reject" ? failingMessages(rules) : promoteReasons(rules, input),
    rules,
    metrics: compareMetrics(input),
    slices: compareSlices(input, primary.metric),
    ...(note ? { note } : {}),
  };
}

function failingMessages(rules: RuleResult[]): string[] {
  return rules.filter((rule) => rule.verdict === "fail").map((rule) => rule.message);
}

function promoteReasons(rules: RuleResult[], input: GateInput): string[] {
  const primary = rules.find((rule) => rule.kind === "primary" && rule.verdict === "pass");
  if (input.champion && primary) return [primary.message];
  const thresholds = rules.filter((rule) => rule.kind === "threshold" && rule.verdict === "pass");
  if (thresholds.length === 0)
    return ["first model (no champion yet): no thresholds are set, so nothing blocks it"];
  const met = thresholds
    .map((rule) => `${rule.metric} ${formatNumber(rule.observed)} ${rule.bound}`)
    .join(", ");
  return [`first model (no champion yet): all thresholds met: ${met}`];
}

function gateNote(gate: GateConfig | undefined, input: GateInput, primaryMetric: string): string | undefined {
  const notes: string[] = [];
  if (!gate) {
    notes.push(
      `no gate: section in trainyard.yml, so the defaults apply: ${primaryMetric} must improve on the champion (min_delta 0) and the data validation must pass`,
    );
  }
  if (!input.champion) notes.push("no champion yet: the thresholds alone decide");
  return notes.length > 0 ? notes.join("; ") : undefined;
}
