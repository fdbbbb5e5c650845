/**
 * Paired bootstrap of two measurements of the SAME entities whose labels may differ: the champion's
 * evaluation of its test rows and its production predictions of those rows' ids (monitor). Row i of
 * `evaluation` and row i of `production` are the same id; each resample draws one weight per id (the
 * project's resampler: sfc32 stream per (seed, resample), multinomial counts below POISSON_MIN_ROWS ids,
 * Poisson from there on) and measures BOTH sides with those same weights, so the interval of
 * Δ = production − evaluation reflects what changed for these ids, not which ids were drawn.
 *
 * metric-set.ts's `pairedBootstrapMetrics` needs identical labels (two models on one test set); here the
 * labels may differ — a production label of an id is what happened later, which is the point — so each
 * side keeps its own labels and score order, and the metrics come from the weighted metric functions
 * (`valuesInOrder`), one pass per side and resample. Ids are bounded by the evaluation's test set, so
 * the cost (2 · ids · resamples) stays small and no worker threads are used.
 */
import { percentileSorted, resampleMethod, UnitResampler, unitWeights, weightOf } from "./bootstrap.js";
import { valuesInOrder } from "./bootstrap-workers.js";
import { METRICS_BY_TASK } from "./metric-names.js";
import type { BootstrapOptions, MetricInterval, TaskPredictions } from "./metric-set.js";
import { sortedOrder } from "./sort.js";

export interface PairedRowsInterval {
  production: MetricInterval;
  evaluation: MetricInterval;
  /** production − evaluation, both measured under each resample's same weights. */
  delta: MetricInterval;
}

function rows(p: TaskPredictions): number {
  return p.task === "regression" ? p.actual.length : p.labels.length;
}

function check(evaluation: TaskPredictions, production: TaskPredictions, options: BootstrapOptions): void {
  if (evaluation.task !== production.task)
    throw new Error(`cannot pair a ${evaluation.task} evaluation with ${production.task} production rows`);
  if (rows(evaluation) !== rows(production))
    throw new Error(
      `paired rows need one row per id on each side: evaluation ${rows(evaluation)}, production ${rows(production)}`,
    );
  if (
    evaluation.task === "multiclass" &&
    production.task === "multiclass" &&
    evaluation.classes !== production.classes
  )
    throw new Error(`paired rows need the same classes: ${evaluation.classes} and ${production.classes}`);
  if (!Number.isInteger(options.resamples) || options.resamples < 0)
    throw new RangeError(`resamples must be a whole number ≥ 0, got ${options.resamples}`);
  if (!(options.confidence > 0 && options.confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${options.confidence}`);
  if (!Number.isSafeInteger(options.seed))
    throw new RangeError(`seed must be an integer, got ${options.seed}`);
}

function percentileInterval(
  value: number,
  values: Float64Array,
  count: number,
  confidence: number,
): MetricInterval {
  const sorted = values.subarray(0, count).sort();
  const alpha = (1 - confidence) / 2;
  return {
    value,
    low: count > 0 ? percentileSorted(sorted, alpha) : Number.NaN,
    high: count > 0 ? percentileSorted(sorted, 1 - alpha) : Number.NaN,
    resamples: count,
  };
}

/**
 * Every metric of the task on both sides and Δ = production − evaluation, each with a percentile interval
 * from one shared set of per-id weights. Deterministic for a seed. A resample where a side's metric is not
 * finite (ROC AUC of a one-class resample) is left out of that side's and of Δ's percentiles.
 */
export function pairedRowsBootstrap(
  evaluation: TaskPredictions,
  production: TaskPredictions,
  options: BootstrapOptions,
): Record<string, PairedRowsInterval> {
  check(evaluation, production, options);
  const n = rows(evaluation);
  const names = METRICS_BY_TASK[evaluation.task];
  const orders =
    evaluation.task === "binary" && production.task === "binary"
      ? [sortedOrder(evaluation.scores), sortedOrder(production.scores)]
      : [undefined, undefined];
  const estimateE = valuesInOrder(evaluation, undefined, orders[0]);
  const estimateP = valuesInOrder(production, undefined, orders[1]);
  const m = names.length;
  const R = options.resamples;
  const sideE = Array.from({ length: m }, () => new Float64Array(R));
  const sideP = Array.from({ length: m }, () => new Float64Array(R));
  const delta = Array.from({ length: m }, () => new Float64Array(R));
  const countE = new Uint32Array(m);
  const countP = new Uint32Array(m);
  const countD = new Uint32Array(m);
  if (R > 0 && n > 0) {
    const resampler = new UnitResampler(n, undefined, undefined, options.method ?? resampleMethod(n));
    const drawn = unitWeights(n);
    const weights = new Float64Array(n);
    for (let r = 0; r < R; r++) {
      resampler.fill(options.seed, r, drawn);
      for (let i = 0; i < n; i++) weights[i] = weightOf(drawn, i);
      const e = valuesInOrder(evaluation, weights, orders[0]);
      const p = valuesInOrder(production, weights, orders[1]);
      for (let k = 0; k < m; k++) {
        const ve = e[k] as number;
        const vp = p[k] as number;
        if (Number.isFinite(ve)) (sideE[k] as Float64Array)[(countE[k] as number)++] = ve;
        if (Number.isFinite(vp)) (sideP[k] as Float64Array)[(countP[k] as number)++] = vp;
        if (Number.isFinite(ve) && Number.isFinite(vp))
          (delta[k] as Float64Array)[(countD[k] as number)++] = vp - ve;
      }
    }
  }
  const { confidence } = options;
  return Object.fromEntries(
    names.map((name, k) => {
      const ve = estimateE[k] as number;
      const vp = estimateP[k] as number;
      return [
        name,
        {
          production: percentileInterval(vp, sideP[k] as Float64Array, countP[k] as number, confidence),
          evaluation: percentileInterval(ve, sideE[k] as Float64Array, countE[k] as number, confidence),
          delta: percentileInterval(vp - ve, delta[k] as Float64Array, countD[k] as number, confidence),
        },
      ];
    }),
  );
}
