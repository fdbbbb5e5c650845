/**
 * Slice rules: on every slice with enough rows, the primary metric may regress by at most
 * `max_regression`; the list of rules stays short. Every rule is described in gate-policy.ts.
 */
import type { RuleResult } from "../config/contracts/comparison-report.js";
import type { GateConfig } from "../config/trainyard-config.js";
import { formatCount, formatNumber, formatSetting } from "./format-number.js";
import type { GateInput, GateSlice, Judging } from "./gate-input.js";
import { atMost, compareText, isTaskMetric, notOfTask, regressionOf } from "./rule-common.js";

const DEFAULT_SLICE_MIN_ROWS = 200;

const MAX_LISTED_SLICES = 5;

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

export function sliceRules({ input, primary }: Judging, config: SliceConfig): RuleResult[] {
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
  const underMinRows = slices.filter((slice) => slice.rows < minRows);
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
  if (underMinRows.length > 0) rules.push(underMinRowsRule(underMinRows, column, metric, bound, minRows));
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

function underMinRowsRule(
  underMinRows: GateSlice[],
  column: string,
  metric: string,
  bound: string,
  minRows: number,
): RuleResult {
  const count = underMinRows.length === 1 ? "1 slice" : `${underMinRows.length} slices`;
  return {
    id: `slice.${column}.under_min_rows`,
    kind: "slice",
    metric,
    bound,
    observed: null,
    verdict: "skip",
    message: `${count} of ${column} under min_rows ${formatCount(minRows)} not judged: ${listSlices(underMinRows)}`,
  };
}

function listSlices(slices: GateSlice[]): string {
  const listed = slices
    .slice(0, MAX_LISTED_SLICES)
    .map((slice) => `${slice.value} (${formatCount(slice.rows)} rows)`)
    .join(", ");
  const more = slices.length - MAX_LISTED_SLICES;
  return more > 0 ? `${listed} and ${more} more` : listed;
}
