/**
 * Evaluation metrics on typed arrays, defined to agree with scikit-learn 1.9 on the same predictions
 * (ties in scores included).
 *
 * Every metric takes optional per-row `weights`. They are meant to be integer counts (a bootstrap
 * resample expressed as multinomial counts): a weighted metric then equals the unweighted metric on
 * the resampled rows, where a row with count 0 is absent and a row with count 3 appears three times.
 * Non-integer weights behave like scikit-learn's `sample_weight`. Without weights every row counts once.
 *
 * Conventions shared with scikit-learn:
 * - binary labels are 0/1 and the score is P(label = 1); the predicted class is 1 when score ≥ 0.5;
 * - precision, recall and F1 are 0 when their denominator is 0 (scikit-learn's `zero_division="warn"`);
 * - metrics undefined on the data (an empty sample, ROC AUC with one class) are NaN.
 */

export type Labels = Int32Array | Float64Array;

/** Float64 machine epsilon, as `numpy.finfo(numpy.float64).eps`. */
export const FLOAT64_EPS = 2 ** -52;

/** Number of equal-width bins of {@link expectedCalibrationError}. */
export const ECE_BINS = 10;

function weightAt(weights: Float64Array | undefined, i: number): number {
  return weights === undefined ? 1 : (weights[i] as number);
}

function checkLength(name: string, n: number, other: { length: number } | undefined): void {
  if (other !== undefined && other.length !== n) {
    throw new RangeError(`${name} has ${other.length} entries, expected ${n}`);
  }
}

/** Scores, labels and optional weights must describe the same rows. */
function checkInputs(
  scores: { length: number },
  labels: { length: number },
  weights?: { length: number },
): void {
  checkLength("labels", scores.length, labels);
  checkLength("weights", scores.length, weights);
}

function clip(p: number): number {
  return p < FLOAT64_EPS ? FLOAT64_EPS : p > 1 - FLOAT64_EPS ? 1 - FLOAT64_EPS : p;
}

/**
 * Row indices ordered by descending score (NaN last), computed once and passed to
 * {@link rocAuc}, {@link averagePrecision} and {@link binaryMetrics} so bootstrap resamples never re-sort.
 */
export function sortedOrder(scores: Float64Array): Uint32Array {
  const n = scores.length;
  // A native Float64Array sort gives the distinct values; each row is then placed into its value's
  // bucket by binary search and a counting sort (stable, so ties keep row order).
  const keys = Float64Array.from(scores);
  keys.sort();
  const values = new Float64Array(n);
  let distinct = 0;
  for (let i = n - 1; i >= 0; i--) {
    const v = keys[i] as number;
    if (Number.isNaN(v)) continue;
    if (distinct === 0 || values[distinct - 1] !== v) values[distinct++] = v;
  }
  const bucket = new Uint32Array(n);
  const next = new Uint32Array(distinct + 2);
  for (let i = 0; i < n; i++) {
    const v = scores[i] as number;
    let lo = distinct; // NaN: after every number
    if (!Number.isNaN(v)) {
      lo = 0;
      let hi = distinct - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((values[mid] as number) > v) lo = mid + 1;
        else hi = mid;
      }
    }
    bucket[i] = lo;
    next[lo + 1] = (next[lo + 1] as number) + 1;
  }
  for (let b = 1; b <= distinct + 1; b++) next[b] = (next[b] as number) + (next[b - 1] as number);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const b = bucket[i] as number;
    const at = next[b] as number;
    order[at] = i;
    next[b] = at + 1;
  }
  return order;
}

function orderFor(scores: Float64Array, order: Uint32Array | undefined): Uint32Array {
  if (order === undefined) return sortedOrder(scores);
  checkLength("order", scores.length, order);
  return order;
}

interface Ranking {
  auc: number;
  ap: number;
}

/**
 * One pass over the rows in descending score order, grouping equal scores into one threshold as
 * scikit-learn's `_binary_clf_curve` does: ROC AUC is the trapezoid over the ROC points, average
 * precision the step sum Σ (R_k − R_{k−1}) P_k over thresholds.
 */
function ranking(
  scores: Float64Array,
  labels: Labels,
  weights: Float64Array | undefined,
  order: Uint32Array,
): Ranking {
  const n = scores.length;
  let tp = 0;
  let fp = 0;
  let area = 0;
  let apSum = 0; // Σ ΔTP_k · precision_k, divided by total positives at the end
  let prevTp = 0;
  let prevFp = 0;
  let i = 0;
  while (i < n) {
    const first = order[i] as number;
    const s = scores[first] as number;
    // group all rows with this score (NaN scores form one group at the end)
    let j = i;
    while (j < n) {
      const r = order[j] as number;
      const t = scores[r] as number;
      if (t !== s && !(Number.isNaN(t) && Number.isNaN(s))) break;
      const w = weightAt(weights, r);
      if (labels[r] === 1) tp += w;
      else fp += w;
      j++;
    }
    if (tp !== prevTp || fp !== prevFp) {
      area += ((fp - prevFp) * (tp + prevTp)) / 2;
      if (tp !== prevTp) apSum += ((tp - prevTp) * tp) / (tp + fp);
      prevTp = tp;
      prevFp = fp;
    }
    i = j;
  }
  const auc = tp > 0 && fp > 0 ? area / (tp * fp) : Number.NaN;
  const ap = tp > 0 ? apSum / tp : tp + fp > 0 ? 0 : Number.NaN;
  return { auc, ap };
}

/** ROC AUC as `sklearn.metrics.roc_auc_score` (NaN when only one class is present). */
export function rocAuc(
  scores: Float64Array,
  labels: Labels,
  weights?: Float64Array,
  order?: Uint32Array,
): number {
  checkInputs(scores, labels, weights);
  return ranking(scores, labels, weights, orderFor(scores, order)).auc;
}

/** Average precision as `sklearn.metrics.average_precision_score` (0 when no positive is present). */
export function averagePrecision(
  scores: Float64Array,
  labels: Labels,
  weights?: Float64Array,
  order?: Uint32Array,
): number {
  checkInputs(scores, labels, weights);
  return ranking(scores, labels, weights, orderFor(scores, order)).ap;
}

/** Weighted confusion counts of a binary classifier at threshold 0.5 (score ≥ 0.5 is positive). */
export interface BinaryCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function binaryCounts(scores: Float64Array, labels: Labels, weights?: Float64Array): BinaryCounts {
  checkInputs(scores, labels, weights);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = weightAt(weights, i);
    const positive = (scores[i] as number) >= 0.5;
    if (labels[i] === 1) {
      if (positive) tp += w;
      else fn += w;
    } else if (positive) fp += w;
    else tn += w;
  }
  return { tp, fp, tn, fn };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function countsAccuracy(c: BinaryCounts): number {
  const total = c.tp + c.fp + c.tn + c.fn;
  return total === 0 ? Number.NaN : (c.tp + c.tn) / total;
}

export function binaryAccuracy(scores: Float64Array, labels: Labels, weights?: Float64Array): number {
  return countsAccuracy(binaryCounts(scores, labels, weights));
}

export function precision(scores: Float64Array, labels: Labels, weights?: Float64Array): number {
  const c = binaryCounts(scores, labels, weights);
  return ratio(c.tp, c.tp + c.fp);
}

export function recall(scores: Float64Array, labels: Labels, weights?: Float64Array): number {
  const c = binaryCounts(scores, labels, weights);
  return ratio(c.tp, c.tp + c.fn);
}

/** F1 = 2·TP / (2·TP + FP + FN), as scikit-learn ≥ 1.3 computes it; 0 when the denominator is 0. */
export function f1(scores: Float64Array, labels: Labels, weights?: Float64Array): number {
  const c = binaryCounts(scores, labels, weights);
  return ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}

/**
 * Binary log loss as `sklearn.metrics.log_loss(y, p)` in 1.9: the probability of the true class
 * (p or 1 − p) is clipped to [ε, 1 − ε] with ε the float64 machine epsilon; no renormalisation.
 */
export function binaryLogLoss(scores: Float64Array, labels: Labels, weights?: Float64Array): number {
  checkInputs(scores, labels, weights);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = weightAt(weights, i);
    if (w === 0) continue;
    const p = scores[i] as number;
    sum -= w * Math.log(clip(labels[i] === 1 ? p : 1 - p));
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}

/** Brier score as `sklearn.metrics.brier_score_loss`: the mean of (label − score)². */
export function brier(scores: Float64Array, labels: Labels, weights?: Float64Array): number {
  checkInputs(scores, labels, weights);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = weightAt(weights, i);
    const d = (labels[i] === 1 ? 1 : 0) - (scores[i] as number);
    sum += w * d * d;
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}

/** The bin of a score for {@link expectedCalibrationError}: ⌊10·s⌋, with 1.0 (and above) in the last bin. */
export function eceBin(score: number): number {
  const b = Math.floor(score * ECE_BINS);
  return b < 0 ? 0 : b >= ECE_BINS ? ECE_BINS - 1 : b;
}

/**
 * Expected calibration error (scikit-learn has none; this is the definition):
 * scores fall into 10 equal-width bins [0, 0.1), [0.1, 0.2), …, [0.9, 1.0] (bin ⌊10·s⌋, 1.0 in the
 * last bin); ECE = Σ_b (W_b / W) · |mean score in b − positive rate in b|, where W_b is the (weighted)
 * row count of bin b and W the total; empty bins contribute nothing. Equivalently
 * Σ_b |Σ_{i∈b} w_i·(s_i − y_i)| / W.
 */
export function expectedCalibrationError(
  scores: Float64Array,
  labels: Labels,
  weights?: Float64Array,
): number {
  checkInputs(scores, labels, weights);
  const gap = new Float64Array(ECE_BINS);
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    const w = weightAt(weights, i);
    const s = scores[i] as number;
    const b = eceBin(s);
    gap[b] = (gap[b] as number) + w * (s - (labels[i] === 1 ? 1 : 0));
    total += w;
  }
  if (total === 0) return Number.NaN;
  let sum = 0;
  for (let b = 0; b < ECE_BINS; b++) sum += Math.abs(gap[b] as number);
  return sum / total;
}

export interface BinaryMetrics {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  roc_auc: number;
  pr_auc: number;
  log_loss: number;
  brier: number;
  ece: number;
}

/**
 * All binary metrics in two passes (one in row order, one in the precomputed score order); each value
 * equals the corresponding single-metric function.
 */
export function binaryMetrics(
  scores: Float64Array,
  labels: Labels,
  weights?: Float64Array,
  order?: Uint32Array,
): BinaryMetrics {
  const n = scores.length;
  checkLength("labels", n, labels);
  checkLength("weights", n, weights);
  const c: BinaryCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  let logSum = 0;
  let brierSum = 0;
  let total = 0;
  const gap = new Float64Array(ECE_BINS);
  for (let i = 0; i < n; i++) {
    const w = weightAt(weights, i);
    if (w === 0) continue;
    const s = scores[i] as number;
    const positiveLabel = labels[i] === 1;
    const y = positiveLabel ? 1 : 0;
    if (positiveLabel) {
      if (s >= 0.5) c.tp += w;
      else c.fn += w;
    } else if (s >= 0.5) c.fp += w;
    else c.tn += w;
    logSum -= w * Math.log(clip(positiveLabel ? s : 1 - s));
    const d = y - s;
    brierSum += w * d * d;
    const b = eceBin(s);
    gap[b] = (gap[b] as number) + w * (s - y);
    total += w;
  }
  let eceSum = 0;
  for (let b = 0; b < ECE_BINS; b++) eceSum += Math.abs(gap[b] as number);
  const r = ranking(scores, labels, weights, orderFor(scores, order));
  const empty = total === 0;
  return {
    accuracy: countsAccuracy(c),
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    roc_auc: r.auc,
    pr_auc: r.ap,
    log_loss: empty ? Number.NaN : logSum / total,
    brier: empty ? Number.NaN : brierSum / total,
    ece: empty ? Number.NaN : eceSum / total,
  };
}

// ---------------------------------------------------------------------------------------------------
// Multiclass: labels 0..K-1, probabilities row-major n×K.

function classCount(labels: Labels, probabilities: Float64Array): number {
  const n = labels.length;
  if (n === 0) return 0;
  const k = probabilities.length / n;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`probabilities has ${probabilities.length} entries, not a multiple of ${n} rows`);
  }
  return k;
}

/** The predicted class of each row: the first column with the largest probability (`numpy.argmax`). */
export function argmaxRows(probabilities: Float64Array, k: number): Int32Array {
  const n = Math.floor(probabilities.length / k);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * k;
    let best = 0;
    let bestValue = probabilities[base] as number;
    for (let j = 1; j < k; j++) {
      const v = probabilities[base + j] as number;
      if (v > bestValue) {
        bestValue = v;
        best = j;
      }
    }
    out[i] = best;
  }
  return out;
}

/** Accuracy of predicted class labels (as `sklearn.metrics.accuracy_score`). */
export function labelAccuracy(labels: Labels, predicted: Labels, weights?: Float64Array): number {
  checkLength("predicted", labels.length, predicted);
  checkLength("weights", labels.length, weights);
  let correct = 0;
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weightAt(weights, i);
    if (labels[i] === predicted[i]) correct += w;
    total += w;
  }
  return total === 0 ? Number.NaN : correct / total;
}

export function multiclassAccuracy(
  labels: Labels,
  probabilities: Float64Array,
  weights?: Float64Array,
): number {
  const k = classCount(labels, probabilities);
  if (k === 0) return Number.NaN;
  return labelAccuracy(labels, argmaxRows(probabilities, k), weights);
}

interface ClassF1 {
  f1: Float64Array;
  support: Float64Array;
  /** Classes occurring (with positive weight) among the true or the predicted labels. */
  present: Uint8Array;
}

function perClassF1(
  labels: Labels,
  predicted: Labels,
  k: number,
  weights: Float64Array | undefined,
): ClassF1 {
  const tp = new Float64Array(k);
  const truth = new Float64Array(k);
  const pred = new Float64Array(k);
  for (let i = 0; i < labels.length; i++) {
    const w = weightAt(weights, i);
    if (w === 0) continue;
    const y = labels[i] as number;
    const p = predicted[i] as number;
    if (!(y >= 0 && y < k && Number.isInteger(y)))
      throw new RangeError(`label ${y} at row ${i} is not in 0..${k - 1}`);
    truth[y] = (truth[y] as number) + w;
    pred[p] = (pred[p] as number) + w;
    if (y === p) tp[y] = (tp[y] as number) + w;
  }
  const f1s = new Float64Array(k);
  const present = new Uint8Array(k);
  for (let c = 0; c < k; c++) {
    const t = tp[c] as number;
    const denominator = (truth[c] as number) + (pred[c] as number);
    present[c] = denominator > 0 ? 1 : 0;
    f1s[c] = ratio(2 * t, denominator);
  }
  return { f1: f1s, support: truth, present };
}

/**
 * Macro F1 as `sklearn.metrics.f1_score(average="macro")`: the unweighted mean of per-class F1 over the
 * classes that occur among the true or predicted labels (with positive weight, so that it matches the
 * resampled rows); a class with no true and no predicted row is left out, as scikit-learn does.
 */
export function macroF1(labels: Labels, probabilities: Float64Array, weights?: Float64Array): number {
  const k = classCount(labels, probabilities);
  if (k === 0) return Number.NaN;
  checkLength("weights", labels.length, weights);
  const { f1: f1s, present } = perClassF1(labels, argmaxRows(probabilities, k), k, weights);
  let sum = 0;
  let count = 0;
  for (let c = 0; c < k; c++) {
    if (present[c] === 1) {
      sum += f1s[c] as number;
      count++;
    }
  }
  return count === 0 ? Number.NaN : sum / count;
}

/** Weighted F1 as `sklearn.metrics.f1_score(average="weighted")`: per-class F1 weighted by true support. */
export function weightedF1(labels: Labels, probabilities: Float64Array, weights?: Float64Array): number {
  const k = classCount(labels, probabilities);
  if (k === 0) return Number.NaN;
  checkLength("weights", labels.length, weights);
  const { f1: f1s, support } = perClassF1(labels, argmaxRows(probabilities, k), k, weights);
  let sum = 0;
  let total = 0;
  for (let c = 0; c < k; c++) {
    sum += (f1s[c] as number) * (support[c] as number);
    total += support[c] as number;
  }
  return total === 0 ? 0 : sum / total;
}

/**
 * Multiclass log loss as `sklearn.metrics.log_loss` in 1.9: −log of the true class's probability,
 * clipped to [ε, 1 − ε] (float64 machine epsilon), with no renormalisation of the rows.
 */
export function multiclassLogLoss(
  labels: Labels,
  probabilities: Float64Array,
  weights?: Float64Array,
): number {
  const k = classCount(labels, probabilities);
  if (k === 0) return Number.NaN;
  checkLength("weights", labels.length, weights);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = weightAt(weights, i);
    if (w === 0) continue;
    const y = labels[i] as number;
    if (!(y >= 0 && y < k && Number.isInteger(y)))
      throw new RangeError(`label ${y} at row ${i} is not in 0..${k - 1}`);
    sum -= w * Math.log(clip(probabilities[i * k + y] as number));
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}

// ---------------------------------------------------------------------------------------------------
// Regression.

function meanOf(
  actual: Float64Array,
  predicted: Float64Array,
  weights: Float64Array | undefined,
  term: (y: number, p: number) => number,
): number {
  checkLength("predicted", actual.length, predicted);
  checkLength("weights", actual.length, weights);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    const w = weightAt(weights, i);
    if (w === 0) continue;
    sum += w * term(actual[i] as number, predicted[i] as number);
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}

/** As `sklearn.metrics.root_mean_squared_error`. */
export function rmse(actual: Float64Array, predicted: Float64Array, weights?: Float64Array): number {
  return Math.sqrt(meanOf(actual, predicted, weights, (y, p) => (y - p) * (y - p)));
}

/** As `sklearn.metrics.mean_absolute_error`. */
export function mae(actual: Float64Array, predicted: Float64Array, weights?: Float64Array): number {
  return meanOf(actual, predicted, weights, (y, p) => Math.abs(y - p));
}

/** As `sklearn.metrics.mean_absolute_percentage_error`: mean |y − p| / max(|y|, ε), ε = float64 epsilon. */
export function mape(actual: Float64Array, predicted: Float64Array, weights?: Float64Array): number {
  return meanOf(actual, predicted, weights, (y, p) => Math.abs(p - y) / Math.max(Math.abs(y), FLOAT64_EPS));
}

/**
 * As `sklearn.metrics.r2_score` (force_finite=True): 1 − SS_res / SS_tot around the weighted mean;
 * when SS_tot is 0 it is 1 for a perfect fit and 0 otherwise.
 */
export function r2(actual: Float64Array, predicted: Float64Array, weights?: Float64Array): number {
  checkLength("predicted", actual.length, predicted);
  checkLength("weights", actual.length, weights);
  let sumY = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    const w = weightAt(weights, i);
    sumY += w * (actual[i] as number);
    total += w;
  }
  if (total === 0) return Number.NaN;
  const mean = sumY / total;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < actual.length; i++) {
    const w = weightAt(weights, i);
    if (w === 0) continue;
    const y = actual[i] as number;
    const d = y - (predicted[i] as number);
    const e = y - mean;
    ssRes += w * d * d;
    ssTot += w * e * e;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

// ---------------------------------------------------------------------------------------------------
// Prepared binary evaluation for bootstrapping: everything that does not depend on the weights
// (sort order, tie groups, per-row log loss, squared error, calibration bin) is computed once.

export interface PreparedBinary {
  readonly n: number;
  /** Rows by descending score. */
  readonly order: Uint32Array;
  /** 1 at sorted positions that start a new group of equal scores. */
  readonly groupStart: Uint8Array;
  /** Label (0/1) at each sorted position. */
  readonly sortedLabel: Uint8Array;
  /** Per row: 2·label + predicted (score ≥ 0.5), indexing tn, fp, fn, tp. */
  readonly cell: Uint8Array;
  /** Per row: −log of the clipped probability of the true class. */
  readonly logLoss: Float64Array;
  /** Per row: (label − score)². */
  readonly squaredError: Float64Array;
  /** Per row: score − label, and its calibration bin. */
  readonly calibrationGap: Float64Array;
  readonly bin: Uint8Array;
}

export function prepareBinary(scores: Float64Array, labels: Labels, order?: Uint32Array): PreparedBinary {
  const n = scores.length;
  checkLength("labels", n, labels);
  const sorted = orderFor(scores, order);
  const groupStart = new Uint8Array(n);
  const sortedLabel = new Uint8Array(n);
  let previous = Number.NaN;
  for (let k = 0; k < n; k++) {
    const r = sorted[k] as number;
    const s = scores[r] as number;
    groupStart[k] = k === 0 || (s !== previous && !(Number.isNaN(s) && Number.isNaN(previous))) ? 1 : 0;
    previous = s;
    sortedLabel[k] = labels[r] === 1 ? 1 : 0;
  }
  const cell = new Uint8Array(n);
  const logLoss = new Float64Array(n);
  const squaredError = new Float64Array(n);
  const calibrationGap = new Float64Array(n);
  const bin = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    const positiveLabel = labels[i] === 1;
    const y = positiveLabel ? 1 : 0;
    cell[i] = 2 * y + (s >= 0.5 ? 1 : 0);
    logLoss[i] = -Math.log(clip(positiveLabel ? s : 1 - s));
    const d = y - s;
    squaredError[i] = d * d;
    calibrationGap[i] = s - y;
    bin[i] = eceBin(s);
  }
  return { n, order: sorted, groupStart, sortedLabel, cell, logLoss, squaredError, calibrationGap, bin };
}

/** All binary metrics of prepared predictions under optional weights; equals {@link binaryMetrics}. */
export function preparedBinaryMetrics(prepared: PreparedBinary, weights?: Float64Array): BinaryMetrics {
  const { n, order, groupStart, sortedLabel, cell, logLoss, squaredError, calibrationGap, bin } = prepared;
  checkLength("weights", n, weights);
  const cells = new Float64Array(4);
  const gap = new Float64Array(ECE_BINS);
  let logSum = 0;
  let brierSum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weightAt(weights, i);
    if (w === 0) continue;
    const c = cell[i] as number;
    cells[c] = (cells[c] as number) + w;
    logSum += w * (logLoss[i] as number);
    brierSum += w * (squaredError[i] as number);
    const b = bin[i] as number;
    gap[b] = (gap[b] as number) + w * (calibrationGap[i] as number);
    total += w;
  }
  let tp = 0;
  let fp = 0;
  let prevTp = 0;
  let prevFp = 0;
  let area = 0;
  let apSum = 0;
  for (let k = 0; k <= n; k++) {
    if (k === n || groupStart[k] === 1) {
      if (tp !== prevTp || fp !== prevFp) {
        area += ((fp - prevFp) * (tp + prevTp)) / 2;
        if (tp !== prevTp) apSum += ((tp - prevTp) * tp) / (tp + fp);
        prevTp = tp;
        prevFp = fp;
      }
      if (k === n) break;
    }
    const w = weightAt(weights, order[k] as number);
    if (sortedLabel[k] === 1) tp += w;
    else fp += w;
  }
  let eceSum = 0;
  for (let b = 0; b < ECE_BINS; b++) eceSum += Math.abs(gap[b] as number);
  const c: BinaryCounts = {
    tn: cells[0] as number,
    fp: cells[1] as number,
    fn: cells[2] as number,
    tp: cells[3] as number,
  };
  const empty = total === 0;
  return {
    accuracy: countsAccuracy(c),
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    roc_auc: tp > 0 && fp > 0 ? area / (tp * fp) : Number.NaN,
    pr_auc: tp > 0 ? apSum / tp : tp + fp > 0 ? 0 : Number.NaN,
    log_loss: empty ? Number.NaN : logSum / total,
    brier: empty ? Number.NaN : brierSum / total,
    ece: empty ? Number.NaN : eceSum / total,
  };
}
