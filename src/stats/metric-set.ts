/**
 * Every metric of a task at once, and their bootstrap intervals from ONE shared set of resamples (so the
 * intervals of all metrics come from the same resampled rows, and a paired comparison weights champion and
 * challenger identically). Pure functions on typed arrays.
 *
 * Bootstrap method (percentile intervals, numpy's linear interpolation):
 * - Each resample gives every row an integer weight (count), and a metric under those weights equals the
 *   metric on the resampled rows. Below POISSON_MIN_ROWS (10,000) rows the counts are exact multinomial
 *   draws (n draws with replacement); from there on each row's count is an independent Poisson(1) draw —
 *   the Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy et al. 2012), whose resample size varies
 *   around n. For these ratio-type metrics both bootstraps have the same distribution up to a relative
 *   O(1/n); see `POISSON_MIN_ROWS` in bootstrap.ts for the threshold's reasoning.
 * - Poisson counts need no random scatter: they are drawn in the order they are used, from a 32-bit
 *   inverse-CDF table (each probability exact to 2^−32), two per 32-bit draw for single rows.
 * - Binary: rows with the same label and the same score(s) are merged into one unit of m rows whose
 *   count is one Poisson(m) draw (a sum of independent Poisson counts is Poisson), and the units are laid
 *   out once in descending-score order, so one resample is one sequential pass over the units computing
 *   all nine metrics (see `unitBinaryMetrics` in metrics.ts). Nothing is sorted per resample.
 * - Paired: units are the rows sharing label, challenger score and champion score, so both models get the
 *   same count for every row. Each model reads the counts in its own score order, through a permutation,
 *   or — when it has at most half as many (score, label) cells as there are units, the rule when both
 *   models' scores have ties — summed into its cells first, and its pass then runs over the cells.
 * - Multiclass and regression: one unit per row; the metric functions of metrics.ts take the counts as
 *   weights.
 * - A resample's counts come from its own sfc32 stream seeded by (seed, resample index): deterministic for
 *   a seed.
 * Non-finite values of a resample (ROC AUC of a one-class resample) are left out of that metric's
 * percentiles; `resamples` says how many were used.
 */
import { METRICS_BY_TASK } from "../config/trainyard-config.js";
import {
  percentileSorted,
  type ResampleMethod,
  UnitResampler,
  type UnitWeights,
  unitWeights,
  warmUpResampler,
  weightOf,
} from "./bootstrap.js";
import {
  BINARY_METRIC_ORDER,
  type BinaryUnitView,
  binaryMetrics,
  binaryUnits,
  macroF1,
  mae,
  mape,
  multiclassAccuracy,
  multiclassLogLoss,
  r2,
  rmse,
  unitBinaryMetrics,
  weightedF1,
  weightsInViewOrder,
} from "./metrics.js";

export type TaskPredictions =
  | { task: "binary"; labels: Int32Array; scores: Float64Array }
  | { task: "multiclass"; labels: Int32Array; probabilities: Float64Array; classes: number }
  | { task: "regression"; actual: Float64Array; predicted: Float64Array };

export interface MetricInterval {
  value: number;
  low: number;
  high: number;
  resamples: number;
}

export interface BootstrapOptions {
  resamples: number;
  confidence: number;
  seed: number;
  /** Default: `resampleMethod(rows)` of bootstrap.ts (multinomial below 10,000 rows, Poisson from there). */
  method?: ResampleMethod;
}

export function rowCount(p: TaskPredictions): number {
  return p.task === "regression" ? p.actual.length : p.labels.length;
}

/** Metric values in METRICS_BY_TASK order. */
function valuesInOrder(p: TaskPredictions, weights?: Float64Array, order?: Uint32Array): number[] {
  switch (p.task) {
    case "binary": {
      const m = binaryMetrics(p.scores, p.labels, weights, order);
      return [m.accuracy, m.precision, m.recall, m.f1, m.roc_auc, m.pr_auc, m.log_loss, m.brier, m.ece];
    }
    case "multiclass":
      return [
        multiclassAccuracy(p.labels, p.probabilities, weights),
        macroF1(p.labels, p.probabilities, weights),
        weightedF1(p.labels, p.probabilities, weights),
        multiclassLogLoss(p.labels, p.probabilities, weights),
      ];
    case "regression":
      return [
        rmse(p.actual, p.predicted, weights),
        mae(p.actual, p.predicted, weights),
        r2(p.actual, p.predicted, weights),
        mape(p.actual, p.predicted, weights),
      ];
  }
}

/** All metrics of the task, named as in METRICS_BY_TASK (binary ECE is "expected_calibration_error"). */
export function metricValues(p: TaskPredictions, weights?: Float64Array): Record<string, number> {
  const values = valuesInOrder(p, weights);
  return Object.fromEntries(METRICS_BY_TASK[p.task].map((name, i) => [name, values[i] as number]));
}

/** The predictions of a subset of rows, in the given order. */
export function subsetPredictions(p: TaskPredictions, rows: Uint32Array): TaskPredictions {
  const n = rows.length;
  if (p.task === "regression") {
    const actual = new Float64Array(n);
    const predicted = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = rows[i] as number;
      actual[i] = p.actual[r] as number;
      predicted[i] = p.predicted[r] as number;
    }
    return { task: "regression", actual, predicted };
  }
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = p.labels[rows[i] as number] as number;
  if (p.task === "binary") {
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) scores[i] = p.scores[rows[i] as number] as number;
    return { task: "binary", labels, scores };
  }
  const k = p.classes;
  const probabilities = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const r = rows[i] as number;
    probabilities.set(p.probabilities.subarray(r * k, r * k + k), i * k);
  }
  return { task: "multiclass", labels, probabilities, classes: k };
}

function checkOptions(options: BootstrapOptions): void {
  if (!Number.isInteger(options.resamples) || options.resamples < 0)
    throw new RangeError(`resamples must be a whole number ≥ 0, got ${options.resamples}`);
  if (!(options.confidence > 0 && options.confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${options.confidence}`);
  if (!Number.isSafeInteger(options.seed))
    throw new RangeError(`seed must be an integer, got ${options.seed}`);
  if (options.method !== undefined && options.method !== "multinomial" && options.method !== "poisson")
    throw new RangeError(`method must be "multinomial" or "poisson", got ${options.method}`);
}

/** Each metric's finite resample values, turned into percentile intervals at the end. */
class ResampleValues {
  private readonly values: Float64Array[];
  private readonly counts: Uint32Array;

  constructor(metrics: number, resamples: number) {
    this.values = Array.from({ length: metrics }, () => new Float64Array(resamples));
    this.counts = new Uint32Array(metrics);
  }

  add(metric: number, value: number): void {
    if (!Number.isFinite(value)) return;
    const count = this.counts[metric] as number;
    (this.values[metric] as Float64Array)[count] = value;
    this.counts[metric] = count + 1;
  }

  interval(metric: number, value: number, confidence: number): MetricInterval {
    const count = this.counts[metric] as number;
    const sorted = (this.values[metric] as Float64Array).subarray(0, count).sort();
    const alpha = (1 - confidence) / 2;
    return {
      value,
      low: count > 0 ? percentileSorted(sorted, alpha) : Number.NaN,
      high: count > 0 ? percentileSorted(sorted, 1 - alpha) : Number.NaN,
      resamples: count,
    };
  }
}

/**
 * The metrics of one or more prediction sets of the same rows under one resample's unit weights:
 * `evaluate` writes model m's metrics, in METRICS_BY_TASK order, to outs[m].
 */
interface ResampledMetrics {
  readonly resampler: UnitResampler;
  evaluate(weights: UnitWeights, outs: Float64Array[]): void;
  /** The metrics on the rows themselves (every weight 1), as metricValues computes them. */
  estimates(): number[][];
}

const BINARY_POSITION = METRICS_BY_TASK.binary.map((name) => BINARY_METRIC_ORDER.indexOf(name));

function binaryResampled(
  labels: Int32Array,
  scoreSets: Float64Array[],
  method: ResampleMethod | undefined,
): ResampledMetrics {
  const units = binaryUnits(labels, scoreSets);
  const count = units.multiplicity.length;
  const inView = unitWeights(count); // weights in a later model's score order
  const raw = new Float64Array(BINARY_METRIC_ORDER.length);
  return {
    resampler: new UnitResampler(units.rows, units.multiplicity, units.unitOfRow, method),
    estimates: () =>
      scoreSets.map((scores, m) =>
        valuesInOrder({ task: "binary", labels, scores }, undefined, units.orders[m]),
      ),
    evaluate(weights, outs) {
      units.views.forEach((view, m) => {
        binaryViewMetrics(view, weights, inView, raw);
        const out = outs[m] as Float64Array;
        BINARY_POSITION.forEach((at, i) => {
          out[i] = raw[at] as number;
        });
      });
    },
  };
}

/** One model's metrics (in BINARY_METRIC_ORDER) from weights in unit order; `inView` is scratch. */
function binaryViewMetrics(
  view: BinaryUnitView,
  weights: UnitWeights,
  inView: UnitWeights,
  out: Float64Array,
) {
  if (view.unitAt === undefined && view.cellOfUnit === undefined)
    unitBinaryMetrics(view, weights.small, weights.large, out);
  else {
    weightsInViewOrder(view, weights.small, weights.large, inView.small, inView.large);
    unitBinaryMetrics(view, inView.small, inView.large, out);
  }
}

/**
 * V8 compiles a long loop while it runs (on-stack replacement) from the type feedback gathered so far.
 * In the first call on a large input that happens before the code after the loop, or a rare branch, has
 * ever run; the compiled loop then lacks feedback there and deoptimizes at that point in EVERY later call
 * (seen on Node 20: about 1 ms per call, and the binary pass ran 3× slower). Running the per-resample
 * functions on tiny inputs once per process, every path included, gives all of their code feedback first.
 */
let warmedUp = false;

function warmUp(): void {
  if (warmedUp) return;
  warmedUp = true;
  warmUpResampler();
  const labels = Int32Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? 1 : 0));
  const scores = Float64Array.from({ length: 24 }, (_, i) => (i < 12 ? i / 12 : (i % 4) / 4));
  const coarse = Float64Array.from(scores, (s) => (s < 0.5 ? 0.25 : 0.75));
  // views of every kind: the first model's units, a second model's units, a second model's cells
  for (const other of [Float64Array.from(scores, (s) => 1 - s), coarse]) {
    const units = binaryUnits(labels, [scores, other]);
    // tied units 400× larger: counts of 255 and more, stored apart
    const multiplicity = Float64Array.from(units.multiplicity, (m) => (m > 1 ? 400 * m : m));
    const rows = multiplicity.reduce((sum, m) => sum + m, 0);
    const resampler = new UnitResampler(rows, multiplicity, undefined, "poisson");
    const weights = unitWeights(multiplicity.length);
    const inView = unitWeights(multiplicity.length);
    const out = new Float64Array(BINARY_METRIC_ORDER.length);
    for (let r = 0; r < 8; r++) {
      resampler.fill(r, r, weights);
      for (const view of units.views) binaryViewMetrics(view, weights, inView, out);
    }
  }
}

/** Multiclass and regression: one unit per row, the metric functions of metrics.ts with row weights. */
function rowResampled(
  models: TaskPredictions[],
  n: number,
  method: ResampleMethod | undefined,
): ResampledMetrics {
  const rowWeights = new Float64Array(n);
  return {
    resampler: new UnitResampler(n, undefined, undefined, method),
    estimates: () => models.map((model) => valuesInOrder(model)),
    evaluate(weights, outs) {
      for (let i = 0; i < n; i++) rowWeights[i] = weightOf(weights, i);
      models.forEach((model, m) => {
        (outs[m] as Float64Array).set(valuesInOrder(model, rowWeights));
      });
    },
  };
}

function resampledMetrics(models: TaskPredictions[], method: ResampleMethod | undefined): ResampledMetrics {
  const first = models[0] as TaskPredictions;
  if (first.task === "binary") {
    warmUp();
    return binaryResampled(
      first.labels,
      models.map((model) => (model as typeof first).scores),
      method,
    );
  }
  return rowResampled(models, rowCount(first), method);
}

interface Resampled {
  /** Per model, the metrics on the rows themselves. */
  estimates: number[][];
  /** Per model, the metrics' resample values. */
  models: ResampleValues[];
  /** models[0] − models[1] of each resample, when there are two. */
  delta: ResampleValues | undefined;
}

function resampleAll(models: TaskPredictions[], options: BootstrapOptions): Resampled {
  const metrics = METRICS_BY_TASK[(models[0] as TaskPredictions).task].length;
  const values = () => new ResampleValues(metrics, options.resamples);
  const result: Resampled = {
    estimates: [],
    models: models.map(values),
    delta: models.length === 2 ? values() : undefined,
  };
  if (options.resamples === 0) {
    result.estimates = models.map((model) => valuesInOrder(model));
    return result;
  }
  const computed = resampledMetrics(models, options.method);
  result.estimates = computed.estimates();
  const weights = unitWeights(computed.resampler.units);
  const outs = models.map(() => new Float64Array(metrics));
  for (let r = 0; r < options.resamples; r++) {
    computed.resampler.fill(options.seed, r, weights);
    computed.evaluate(weights, outs);
    for (let i = 0; i < metrics; i++) {
      outs.forEach((out, m) => {
        (result.models[m] as ResampleValues).add(i, out[i] as number);
      });
      if (result.delta)
        result.delta.add(
          i,
          ((outs[0] as Float64Array)[i] as number) - ((outs[1] as Float64Array)[i] as number),
        );
    }
  }
  return result;
}

/** Every metric of the task with a percentile bootstrap interval; all metrics share one set of resamples. */
export function bootstrapMetrics(
  p: TaskPredictions,
  options: BootstrapOptions,
): Record<string, MetricInterval> {
  checkOptions(options);
  const names = METRICS_BY_TASK[p.task];
  const resampled = resampleAll([p], options);
  const values = resampled.estimates[0] as number[];
  const ofModel = resampled.models[0] as ResampleValues;
  return Object.fromEntries(
    names.map((name, i) => [name, ofModel.interval(i, values[i] as number, options.confidence)]),
  );
}

function checkPair(challenger: TaskPredictions, champion: TaskPredictions): void {
  if (challenger.task !== champion.task)
    throw new Error(`cannot pair a ${challenger.task} challenger with a ${champion.task} champion`);
  const n = rowCount(challenger);
  if (rowCount(champion) !== n)
    throw new Error(`paired predictions need the same rows: challenger ${n}, champion ${rowCount(champion)}`);
  if (
    challenger.task === "multiclass" &&
    champion.task === "multiclass" &&
    challenger.classes !== champion.classes
  )
    throw new Error(
      `paired predictions need the same classes: ${challenger.classes} and ${champion.classes}`,
    );
  const same =
    challenger.task === "regression"
      ? champion.task === "regression" && sameValues(challenger.actual, champion.actual)
      : champion.task !== "regression" && sameValues(challenger.labels, champion.labels);
  if (!same) throw new Error("paired predictions need the same rows, but their labels differ");
}

function sameValues(a: Int32Array | Float64Array, b: Int32Array | Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * Paired: champion and challenger predictions of the SAME rows; each resample weights both identically, so
 * the delta's interval reflects the models' difference, not the rows' sampling noise.
 */
export function pairedBootstrapMetrics(
  challenger: TaskPredictions,
  champion: TaskPredictions,
  options: BootstrapOptions,
): Record<string, { challenger: MetricInterval; champion: MetricInterval; delta: MetricInterval }> {
  checkOptions(options);
  checkPair(challenger, champion);
  const names = METRICS_BY_TASK[challenger.task];
  const resampled = resampleAll([challenger, champion], options);
  const [a, b] = resampled.estimates as [number[], number[]];
  const [ofChallenger, ofChampion] = resampled.models as [ResampleValues, ResampleValues];
  const delta = resampled.delta as ResampleValues;
  const { confidence } = options;
  return Object.fromEntries(
    names.map((name, i) => {
      const va = a[i] as number;
      const vb = b[i] as number;
      return [
        name,
        {
          challenger: ofChallenger.interval(i, va, confidence),
          champion: ofChampion.interval(i, vb, confidence),
          delta: delta.interval(i, va - vb, confidence),
        },
      ];
    }),
  );
}
