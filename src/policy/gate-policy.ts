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
 */
import type { ComparedMetric, RuleResult, SliceComparison } from "../config/contracts/comparison-report.js";
import type { MetricIntervalRecord } from "../config/contracts/evaluation-report.js";
import { type GateConfig, METRICS_BY_TASK, type Task } from "../config/trainyard-config.js";
import { higherIsBetter } from "../stats/metric-names.js";
import {
  formatCount,
  formatInterval,
  formatMeasure,
  formatNumber,
  formatPercent,
  formatSetting,
} from "./format-number.js";

/** How much worse `value` is than `reference` in the metric's good direction (positive = worse). */
export function regressionOf(metric: string, value: number, reference: number): number {
  return higherIsBetter(metric) ? reference - value : value - reference;
}

/** A metric's point value and bootstrap interval; NaN where it is not defined. */
export interface MetricInterval {
  value: number;
  low: number;
  high: number;
  resamples: number;
}

export interface GateSlice {
  column: string;
  value: string;
  rows: number;
  challenger: Record<string, number>;
  champion?: Record<string, number>;
}

export interface GateValidation {
  passed: boolean;
  errors: number;
  warnings: number;
  snapshotId: string;
  failed: { id: string; severity: string; message: string }[];
}

export interface GateInput {
  model: string;
  task: Task;
  /** The challenger's metrics; with a champion, from the paired bootstrap on the same rows. */
  challenger: Record<string, MetricInterval>;
  champion?: Record<string, MetricInterval>;
  /** challenger − champion per metric, paired bootstrap interval (same resampled rows). */
  deltas?: Record<string, MetricInterval>;
  slices: GateSlice[];
  modelSizeBytes: number;
  msPer1kRows: number;
  validation?: GateValidation;
  /** The evaluate step's primary metric, used when gate.primary is absent. */
  defaultPrimaryMetric: string;
}

export interface GateResult {
  decision: "promote" | "reject";
  reasons: string[];
  rules: RuleResult[];
  metrics: ComparedMetric[];
  slices: SliceComparison[];
  note?: string;
}

interface PrimarySettings {
  metric: string;
  minDelta: number;
  confidence: number;
}

interface Judging {
  input: GateInput;
  primary: PrimarySettings;
}

const DEFAULT_CONFIDENCE = 0.95;
const DEFAULT_SLICE_MIN_ROWS = 200;
const BYTES_PER_MB = 1_000_000;
const LISTED_SMALL_SLICES = 5;

/**
 * `a ≤ b` up to floating-point rounding, so that a regression of 0.72 − 0.70 = 0.020000000000000018
 * meets `max_regression: 0.02` as the person who wrote it meant.
 */
function atMost(a: number, b: number): boolean {
  return a <= b + 1e-12 * Math.max(1, Math.abs(b));
}

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

// --- helpers -------------------------------------------------------------------------------------------

function taskMetrics(task: Task): readonly string[] {
  return METRICS_BY_TASK[task];
}

function isTaskMetric(metric: string, task: Task): boolean {
  return taskMetrics(task).includes(metric);
}

function notOfTask(base: Omit<RuleResult, "verdict" | "message" | "observed">, task: Task): RuleResult {
  return {
    ...base,
    observed: null,
    verdict: "fail",
    message: `${base.metric} is not a ${task} metric; ${task} metrics are ${taskMetrics(task).join(", ")}`,
  };
}

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

function toRecord(interval: MetricInterval): MetricIntervalRecord {
  return {
    value: finiteOrNull(interval.value),
    low: finiteOrNull(interval.low),
    high: finiteOrNull(interval.high),
    resamples: interval.resamples,
  };
}

const NOT_COMPUTED: MetricIntervalRecord = { value: null, low: null, high: null, resamples: 0 };

function direction(metric: string): string {
  return higherIsBetter(metric) ? "higher is better" : "lower is better";
}

/** "NaN" in messages, where the reader must see that the value exists but is not a number. */
function messageNumber(value: number): string {
  return Number.isNaN(value) ? "NaN" : formatNumber(value);
}

// --- primary -------------------------------------------------------------------------------------------

function primaryBound({ metric, minDelta }: PrimarySettings): string {
  return higherIsBetter(metric)
    ? `lower bound of Δ > ${formatSetting(minDelta)}`
    : `upper bound of Δ < ${formatSetting(-minDelta)}`;
}

function primaryRule({ input, primary }: Judging): RuleResult {
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
    message: `${metric} did not improve by more than min_delta ${formatSetting(minDelta)} with ${level} confidence: improvement ${shown} (${direction(metric)})`,
  };
}

// --- thresholds ----------------------------------------------------------------------------------------

type Range = { min?: number | undefined; max?: number | undefined };

function rangeBound(range: Range): string {
  const parts: string[] = [];
  if (range.min !== undefined) parts.push(`≥ ${formatSetting(range.min)}`);
  if (range.max !== undefined) parts.push(`≤ ${formatSetting(range.max)}`);
  return parts.join(" and ") || "no bound";
}

function thresholdRules(
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

// --- guardrails ----------------------------------------------------------------------------------------

function guardrailRules(
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
      : `${metric} regressed by ${formatNumber(regression)} (${change}, ${direction(metric)}), more than max_regression ${formatSetting(maxRegression)}`,
  };
}

// --- slices --------------------------------------------------------------------------------------------

type SliceConfig = NonNullable<GateConfig["slices"]>;

interface JudgedSlice {
  slice: GateSlice;
  challenger: number;
  champion: number;
  regression: number;
}

function sliceName(slice: GateSlice): string {
  return `${slice.column}=${slice.value}`;
}

function sliceRules({ input, primary }: Judging, config: SliceConfig): RuleResult[] {
  const metric = primary.metric;
  if (!isTaskMetric(metric, input.task)) {
    return [notOfTask({ id: `slice.${metric}`, kind: "slice", metric, bound: "primary metric" }, input.task)];
  }
  return config.columns.flatMap((column) => columnSliceRules(input, metric, column, config));
}

function columnSliceRules(
  input: GateInput,
  metric: string,
  column: string,
  config: SliceConfig,
): RuleResult[] {
  const minRows = config.min_rows ?? DEFAULT_SLICE_MIN_ROWS;
  const maxRegression = config.max_regression;
  const bound = `regression ≤ ${formatSetting(maxRegression)} on slices of ≥ ${formatCount(minRows)} rows`;
  const columnBase = { id: `slice.${column}.${metric}`, kind: "slice", metric, bound } as const;
  const slices = input.slices.filter((slice) => slice.column === column);
  if (slices.length === 0) {
    return [
      {
        ...columnBase,
        observed: null,
        verdict: "fail",
        message: `no slices of column ${column} were evaluated; add ${column} to evaluate.slices`,
      },
    ];
  }
  if (!input.champion) {
    return [
      {
        ...columnBase,
        observed: null,
        verdict: "skip",
        message: `no champion yet: the slices of ${column} have nothing to regress from`,
      },
    ];
  }
  const rules: RuleResult[] = [];
  const small = slices.filter((slice) => slice.rows < minRows);
  const judged: JudgedSlice[] = [];
  const unmeasured: GateSlice[] = [];
  for (const slice of slices.filter((slice) => slice.rows >= minRows)) {
    const challenger = slice.challenger[metric] ?? Number.NaN;
    const champion = slice.champion?.[metric] ?? Number.NaN;
    if (Number.isNaN(challenger) && !Number.isNaN(champion)) {
      rules.push({
        id: `slice.${sliceName(slice)}.${metric}`,
        kind: "slice",
        metric,
        bound,
        observed: null,
        verdict: "fail",
        message: `slice ${sliceName(slice)} (${formatCount(slice.rows)} rows): ${metric} is NaN for the challenger but ${formatNumber(champion)} for the champion`,
      });
    } else if (Number.isNaN(challenger) || Number.isNaN(champion)) unmeasured.push(slice);
    else judged.push({ slice, challenger, champion, regression: regressionOf(metric, challenger, champion) });
  }
  judged.sort((a, b) => b.regression - a.regression || compareText(a.slice.value, b.slice.value));
  const failing = judged.filter((entry) => !atMost(entry.regression, maxRegression));
  const passing = judged.filter((entry) => atMost(entry.regression, maxRegression));
  for (const entry of failing) rules.push(failingSliceRule(entry, metric, bound, maxRegression));
  const worstPassing = passing[0];
  if (worstPassing) rules.push(passingSlicesRule(worstPassing, passing.length, metric, bound, maxRegression));
  if (small.length > 0) rules.push(smallSlicesRule(small, column, metric, bound, minRows));
  if (unmeasured.length > 0) {
    rules.push({
      id: `slice.${column}.unmeasured`,
      kind: "slice",
      metric,
      bound,
      observed: null,
      verdict: "skip",
      message: `${metric} is not a number on ${listSlices(unmeasured)} for ${unmeasured.length === 1 ? "it" : "them"} (e.g. one class only), so ${unmeasured.length === 1 ? "it was" : "they were"} not judged`,
    });
  }
  return rules;
}

function sliceChange(entry: JudgedSlice): string {
  return `${formatNumber(entry.champion)} → ${formatNumber(entry.challenger)}`;
}

function failingSliceRule(
  entry: JudgedSlice,
  metric: string,
  bound: string,
  maxRegression: number,
): RuleResult {
  const { slice, regression } = entry;
  return {
    id: `slice.${sliceName(slice)}.${metric}`,
    kind: "slice",
    metric,
    bound,
    observed: regression,
    verdict: "fail",
    message: `slice ${sliceName(slice)} (${formatCount(slice.rows)} rows): ${metric} regressed by ${formatNumber(regression)} (${sliceChange(entry)}), more than max_regression ${formatSetting(maxRegression)}`,
  };
}

function passingSlicesRule(
  worst: JudgedSlice,
  count: number,
  metric: string,
  bound: string,
  maxRegression: number,
): RuleResult {
  const { slice, regression } = worst;
  const which =
    count === 1
      ? `the slice ${sliceName(slice)}`
      : `${count} slices of ${slice.column}; the worst, ${sliceName(slice)}`;
  return {
    id: `slice.${sliceName(slice)}.${metric}`,
    kind: "slice",
    metric,
    bound,
    observed: regression,
    verdict: "pass",
    message: `${metric} within max_regression ${formatSetting(maxRegression)} on ${which} (${formatCount(slice.rows)} rows), regression ${formatNumber(regression)} (${sliceChange(worst)})`,
  };
}

function smallSlicesRule(
  small: GateSlice[],
  column: string,
  metric: string,
  bound: string,
  minRows: number,
): RuleResult {
  const count = small.length === 1 ? "1 slice" : `${small.length} slices`;
  return {
    id: `slice.${column}.under_min_rows`,
    kind: "slice",
    metric,
    bound,
    observed: null,
    verdict: "skip",
    message: `${count} of ${column} under min_rows ${formatCount(minRows)} not judged: ${listSlices(small)}`,
  };
}

function listSlices(slices: GateSlice[]): string {
  const listed = slices
    .slice(0, LISTED_SMALL_SLICES)
    .map((slice) => `${slice.value} (${formatCount(slice.rows)} rows)`)
    .join(", ");
  const more = slices.length - LISTED_SMALL_SLICES;
  return more > 0 ? `${listed} and ${more} more` : listed;
}

// --- limits and validation -----------------------------------------------------------------------------

function limitRules(input: GateInput, limits: GateConfig["limits"]): RuleResult[] {
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

function validationRule(validation: GateValidation | undefined, required: boolean): RuleResult {
  const base = { id: "validation", kind: "validation", bound: required ? "passed" : "not required" } as const;
  if (!validation) {
    return required
      ? {
          ...base,
          observed: null,
          verdict: "fail",
          message:
            "no data validation report: pass the validate-data report to champion-challenger, or set gate.require_validation: false",
        }
      : {
          ...base,
          observed: null,
          verdict: "skip",
          message: "data validation not required (require_validation: false)",
        };
  }
  const counts = `${validation.errors} error(s), ${validation.warnings} warning(s)`;
  if (validation.passed) {
    return {
      ...base,
      observed: validation.errors,
      verdict: "pass",
      message: `data validation of snapshot ${validation.snapshotId} passed: ${counts}`,
    };
  }
  const failed = validation.failed
    .filter((check) => check.severity === "error")
    .slice(0, 3)
    .map((check) => check.id);
  const examples =
    failed.length > 0 ? ` (${failed.join(", ")}${validation.errors > failed.length ? ", …" : ""})` : "";
  return {
    ...base,
    observed: validation.errors,
    verdict: required ? "fail" : "skip",
    message: `data validation of snapshot ${validation.snapshotId} failed: ${counts}${examples}${required ? "" : "; not required (require_validation: false)"}`,
  };
}

// --- the result ----------------------------------------------------------------------------------------

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

function compareMetrics(input: GateInput): ComparedMetric[] {
  return taskMetrics(input.task).map((metric) => {
    const challenger = input.challenger[metric];
    const champion = input.champion?.[metric];
    const delta = input.deltas?.[metric];
    return {
      metric,
      higherIsBetter: higherIsBetter(metric),
      challenger: challenger ? toRecord(challenger) : { ...NOT_COMPUTED },
      ...(champion ? { champion: toRecord(champion) } : {}),
      ...(delta ? { delta: toRecord(delta) } : {}),
    };
  });
}

/** Every slice on the primary metric, worst first: largest regression, or without a champion the worst value. */
function compareSlices(input: GateInput, metric: string): SliceComparison[] {
  const compared = input.slices.map((slice): SliceComparison => {
    const challenger = finiteOrNull(slice.challenger[metric]);
    if (!input.champion || !slice.champion)
      return { column: slice.column, value: slice.value, rows: slice.rows, metric, challenger };
    const champion = finiteOrNull(slice.champion[metric]);
    const regression =
      challenger !== null && champion !== null ? regressionOf(metric, challenger, champion) : null;
    return {
      column: slice.column,
      value: slice.value,
      rows: slice.rows,
      metric,
      challenger,
      champion,
      regression,
    };
  });
  // Sort key "badness": regression, or the value turned so that larger is worse.
  const badness = (slice: SliceComparison): number | null => {
    if (slice.regression !== undefined) return slice.regression;
    if (slice.challenger === null) return null;
    return higherIsBetter(metric) ? -slice.challenger : slice.challenger;
  };
  return compared
    .map((slice) => ({ slice, key: badness(slice) }))
    .sort((a, b) => {
      if (a.key !== b.key) {
        if (a.key === null) return 1;
        if (b.key === null) return -1;
        return b.key - a.key;
      }
      return compareText(a.slice.column, b.slice.column) || compareText(a.slice.value, b.slice.value);
    })
    .map(({ slice }) => slice);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
