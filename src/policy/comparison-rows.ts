/**
 * The comparison tables of a gate result: every metric of the task and every slice, worst first, as the
 * report shows them.
 */
import type { ComparedMetric, SliceComparison } from "../config/contracts/comparison-report.js";
import type { MetricIntervalRecord } from "../config/contracts/evaluation-report.js";
import { higherIsBetter } from "../stats/metric-names.js";
import type { GateInput, MetricInterval } from "./gate-input.js";
import { compareText, finiteOrNull, regressionOf, taskMetrics } from "./rule-common.js";

function toRecord(interval: MetricInterval): MetricIntervalRecord {
  return {
    value: finiteOrNull(interval.value),
    low: finiteOrNull(interval.low),
    high: finiteOrNull(interval.high),
    resamples: interval.resamples,
  };
}

const NOT_COMPUTED: MetricIntervalRecord = { value: null, low: null, high: null, resamples: 0 };

export function compareMetrics(input: GateInput): ComparedMetric[] {
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
export function compareSlices(input: GateInput, metric: string): SliceComparison[] {
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
