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
 * - Poisson counts need no random scatter: they are drawn in the order they are used, one 32-bit draw per
 *   unit through the inverse CDF (each probability exact to 2^−32).
 * - Binary: rows with the same label and the same score(s) are merged into one unit of m rows whose
 *   count is one Poisson(m) draw (a sum of independent Poisson counts is Poisson), and the units are laid
 *   out once in descending-score order, so one resample is one sequential pass over the units computing
 *   all nine metrics (see `unitBinaryMetrics` in metrics/binary-unit-metrics.ts). Nothing is sorted per
 *   resample. Four resamples share each pass, as the lanes of WebAssembly SIMD vectors
 *   (binary-resample-block.ts), with the same results as the JavaScript pass bit for bit.
 * - Paired: units are the rows sharing label, challenger score and champion score, so both models get the
 *   same count for every row. Each model reads the counts in its own score order, through a permutation,
 *   or — when it has at most half as many (score, label) cells as there are units, the rule when both
 *   models' scores have ties — summed into its cells first, and its pass then runs over the cells.
 * - Multiclass and regression: one unit per row; the metric functions of metrics.ts take the counts as
 *   weights.
 * - A resample's counts come from its own sfc32 stream seeded by (seed, resample index): deterministic for
 *   a seed, and independent of the other resamples, so large bootstraps are split across worker_threads
 *   (bootstrap-workers.ts; `threads` option, TRAINYARD_BOOTSTRAP_WORKERS) with bit-identical results.
 * Non-finite values of a resample (ROC AUC of a one-class resample) are left out of that metric's
 * percentiles; `resamples` says how many were used.
 */
import { POISSON_MIN_ROWS, percentileSorted, type ResampleMethod, resampleMethod } from "./bootstrap.js";
import {
  bootstrapThreads,
  computeResamples,
  prepareResamples,
  ResampleWorkers,
  valuesInOrder,
} from "./bootstrap-workers.js";
import { METRICS_BY_TASK } from "./metric-names.js";

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
  /**
   * Threads computing the resamples, the calling one included (worker_threads; the result is identical for
   * any number). Default: the TRAINYARD_BOOTSTRAP_WORKERS environment variable if set, else
   * os.availableParallelism() for large inputs (PARALLEL_MIN_WORK in bootstrap-workers.ts) and 1 below.
   */
  threads?: number;
}

export function rowCount(p: TaskPredictions): number {
  return p.task === "regression" ? p.actual.length : p.labels.length;
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
  if (options.threads !== undefined && !(Number.isInteger(options.threads) && options.threads >= 1))
    throw new RangeError(`threads must be a whole number ≥ 1, got ${options.threads}`);
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
  // With every row its own unit (units ≤ rows), would workers compute this? Then binary workers start now,
  // while the units are prepared (the second model's tie groups are theirs if one starts in time), and the
  // units' arrays are made where the workers can read them.
  const first = models[0] as TaskPredictions;
  const second = models[1];
  const early = bootstrapThreads(rowCount(first) * models.length * options.resamples, options.threads);
  const workers =
    early > 1 && first.task === "binary"
      ? new ResampleWorkers(early - 1, true, second?.task === "binary" ? second.scores : undefined)
      : undefined;
  let computed: Float64Array;
  try {
    const prepared = prepareResamples(models, options.method, {
      shared: early > 1,
      ...(workers !== undefined ? { workers } : {}),
    });
    const units = prepared.job.kind === "binary" ? prepared.job.multiplicity.length : prepared.job.rows;
    const threads = bootstrapThreads(units * models.length * options.resamples, options.threads);
    // resample r's metric i of model m at [(r · models + m) · metrics + i], whichever thread computed it
    computed = computeResamples(prepared, options.seed, options.resamples, threads, workers);
    result.estimates = prepared.estimates; // computed while the workers started
  } finally {
    workers?.end();
  }
  const stride = models.length * metrics;
  for (let r = 0; r < options.resamples; r++) {
    const at = r * stride;
    for (let i = 0; i < metrics; i++) {
      for (let m = 0; m < models.length; m++)
        (result.models[m] as ResampleValues).add(i, computed[at + m * metrics + i] as number);
      if (result.delta)
        result.delta.add(i, (computed[at + i] as number) - (computed[at + metrics + i] as number));
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

/**
 * Binary metrics and their intervals from weighted units: `counts[i]` rows with label `labels[i]` and
 * score `scores[i]` (see streaming-units.ts, which gathers them in bounded memory). The same units,
 * resampler and per-resample pass as `bootstrapMetrics` uses for rows, so for the same rows the intervals
 * are identical; the values equal it up to the order of floating-point sums. Needs the Poisson bootstrap
 * (at least POISSON_MIN_ROWS rows): the multinomial draws of smaller inputs need the rows themselves.
 */
export function bootstrapBinaryUnits(
  labels: Int32Array,
  scores: Float64Array,
  counts: Float64Array,
  options: BootstrapOptions,
): Record<string, MetricInterval> {
  checkOptions(options);
  let rows = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (!(Number.isInteger(count) && count >= 1))
      throw new RangeError(`unit ${i} has ${count} rows: counts must be whole numbers ≥ 1`);
    rows += count;
  }
  const method = options.method ?? resampleMethod(rows);
  if (method !== "poisson")
    throw new RangeError(
      `weighted units need the Poisson bootstrap (at least ${POISSON_MIN_ROWS} rows); measure ${rows} rows as rows`,
    );
  const names = METRICS_BY_TASK.binary;
  const units: TaskPredictions = { task: "binary", labels, scores };
  const estimates = valuesInOrder(units, counts);
  const values = new ResampleValues(names.length, options.resamples);
  if (options.resamples > 0) {
    // The units laid out as prepareResamples lays out rows (one "row" per unit; "multinomial" only so that
    // it returns each one's unit), then weighted by their counts and drawn by Poisson.
    const prepared = prepareResamples([units], "multinomial");
    if (prepared.job.kind !== "binary" || prepared.job.unitOfRow === undefined)
      throw new Error("binary units gave no unit layout");
    const multiplicity = new Float64Array(prepared.job.multiplicity.length);
    for (let i = 0; i < counts.length; i++) {
      const u = prepared.job.unitOfRow[i] as number;
      multiplicity[u] = (multiplicity[u] as number) + (counts[i] as number);
    }
    const job = { ...prepared.job, rows, multiplicity, unitOfRow: undefined, method: "poisson" as const };
    const threads = bootstrapThreads(multiplicity.length * options.resamples, options.threads);
    const computed = computeResamples(
      { job, models: 1, metrics: names.length, estimates: [estimates] },
      options.seed,
      options.resamples,
      threads,
    );
    for (let r = 0; r < options.resamples; r++)
      for (let i = 0; i < names.length; i++) values.add(i, computed[r * names.length + i] as number);
  }
  return Object.fromEntries(
    names.map((name, i) => [name, values.interval(i, estimates[i] as number, options.confidence)]),
  );
}
