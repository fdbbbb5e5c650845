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
import { METRICS_BY_TASK } from "./metric-names.js";

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

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;
/** Shift of each radix pass within its 32-bit half: 0–10, 11–21, 22–31 (10 bits). */
const RADIX_SHIFTS = [0, RADIX_BITS, 2 * RADIX_BITS];
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Row indices ordered by descending score (NaN last), computed once and passed to
 * {@link rocAuc}, {@link averagePrecision} and {@link binaryMetrics} so bootstrap resamples never re-sort.
 * Ties keep row order (−0 ties with 0).
 *
 * An LSD radix sort (11-bit digits, passes where every key has the same digit skipped) on 64-bit keys
 * that order like the wanted result: for a score ≥ 0 the complement of its IEEE bits without the sign,
 * for a negative score its bits as they are, for NaN all ones. About 10× faster than sorting the values
 * and placing each row by binary search, which it replaced.
 */
export function sortedOrder(scores: Float64Array): Uint32Array {
  const n = scores.length;
  const raw = new Uint32Array(scores.buffer, scores.byteOffset, 2 * n);
  const [loAt, hiAt] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let order = new Uint32Array(n);
  const histogram = new Uint32Array(6 * RADIX);
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    let l = 0xffffffff;
    let h = 0xffffffff;
    if (s === 0) {
      l = 0xffffffff;
      h = 0x7fffffff;
    } else if (!Number.isNaN(s)) {
      l = raw[2 * i + loAt] as number;
      h = raw[2 * i + hiAt] as number;
      if (h >>> 31 === 0) {
        l = ~l >>> 0;
        h = ~h & 0x7fffffff;
      }
    }
    lo[i] = l;
    hi[i] = h;
    order[i] = i;
    for (let p = 0; p < 3; p++) {
      const shift = RADIX_SHIFTS[p] as number;
      const a = p * RADIX + ((l >>> shift) & (RADIX - 1));
      const b = (p + 3) * RADIX + ((h >>> shift) & (RADIX - 1));
      histogram[a] = (histogram[a] as number) + 1;
      histogram[b] = (histogram[b] as number) + 1;
    }
  }
  let nextLo = new Uint32Array(n);
  let nextHi = new Uint32Array(n);
  let nextOrder = new Uint32Array(n);
  for (let pass = 0; pass < 6; pass++) {
    const counts = histogram.subarray(pass * RADIX, (pass + 1) * RADIX);
    if (counts.includes(n)) continue; // one digit for all keys: this pass would not move anything
    let total = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[d] as number;
      counts[d] = total;
      total += c;
    }
    const shift = RADIX_SHIFTS[pass % 3] as number;
    const digits = pass < 3 ? lo : hi;
    for (let i = 0; i < n; i++) {
      const d = ((digits[i] as number) >>> shift) & (RADIX - 1);
      const at = counts[d] as number;
      counts[d] = at + 1;
      nextLo[at] = lo[i] as number;
      nextHi[at] = hi[i] as number;
      nextOrder[at] = order[i] as number;
    }
    [lo, nextLo] = [nextLo, lo];
    [hi, nextHi] = [nextHi, hi];
    [order, nextOrder] = [nextOrder, order];
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
  /** Per row: score − label, and its calibration bin (ECE_BINS for a NaN score: in no bin). */
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
    bin[i] = Number.isNaN(s) ? ECE_BINS : eceBin(s); // NaN: in no bin, as in expectedCalibrationError
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
    if (b < ECE_BINS) gap[b] = (gap[b] as number) + w * (calibrationGap[i] as number);
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

// ---------------------------------------------------------------------------------------------------
// Binary metrics for bootstrap resamples. Rows with the same label and the same score (in every model
// compared) are interchangeable: every binary metric depends on a resample only through each such set's
// total weight. They are merged into units, and a resample weighs units (see `UnitResampler`), which with
// tied scores is far fewer draws than rows.

/** Binary metrics in the order {@link unitBinaryMetrics} writes them: METRICS_BY_TASK.binary. */
export const BINARY_METRIC_ORDER = METRICS_BY_TASK.binary;

/**
 * The units of one model, in its descending-score order, and everything about them that does not depend
 * on the weights. Units of equal score are adjacent and form one threshold (tie group). Positions are cut
 * into segments where the calibration bin or the predicted class (score ≥ 0.5) changes — both are
 * monotone in the score, so each is a run of whole tie groups; and as 0.5 starts bin 5, each segment is
 * one whole bin, which the ECE needs.
 */
export interface BinaryUnitView {
  /** The unit at each position; undefined when positions are unit numbers (the first model) or cells. */
  readonly unitAt: Uint32Array | undefined;
  /**
   * When set, positions are this model's cells (label and score) instead of units, this maps each unit to
   * its cell, and a cell's weight is the sum of its units' weights. Used when pairing makes far more units
   * (label and both scores) than one model has cells, which is the rule when both models' scores have ties.
   */
  readonly cellOfUnit: Uint32Array | undefined;
  readonly score: Float64Array;
  /** −log of the clipped probability of the unit's label. */
  readonly loss: Float64Array;
  /** Bit 0: the label; bit 1: the last unit of its tie group. */
  readonly bits: Uint8Array;
  /** Exclusive end position of each segment. */
  readonly segmentEnd: Uint32Array;
  /** Calibration bin of each segment; −1 for NaN scores, which ECE leaves out. */
  readonly segmentBin: Int8Array;
  /** The first this many segments are predicted positive (score ≥ 0.5). */
  readonly positiveSegments: number;
}

export interface BinaryUnits {
  readonly rows: number;
  /** Rows in each unit (in the first model's order). */
  readonly multiplicity: Float64Array;
  readonly unitOfRow: Uint32Array;
  /** One view per score array, in the order given. */
  readonly views: BinaryUnitView[];
  /** Each model's {@link sortedOrder}, for computing the metrics themselves without sorting again. */
  readonly orders: Uint32Array[];
}

interface TieGroups {
  /** Rows by descending score. */
  order: Uint32Array;
  /** Tie group of each row, 0 for the highest score (NaN: one group after every number). */
  group: Uint32Array;
  /** Score of each group. */
  score: Float64Array;
}

function tieGroups(scores: Float64Array): TieGroups {
  const n = scores.length;
  const order = sortedOrder(scores);
  const group = new Uint32Array(n);
  const groupScore = new Float64Array(n);
  let groups = 0;
  let previous = Number.NaN;
  for (let k = 0; k < n; k++) {
    const r = order[k] as number;
    const s = scores[r] as number;
    if (k === 0 || (s !== previous && !(Number.isNaN(s) && Number.isNaN(previous)))) groupScore[groups++] = s;
    group[r] = groups - 1;
    previous = s;
  }
  return { order, group, score: groupScore.slice(0, groups) };
}

/**
 * Rows ordered by (group in the first model, label, group in the second): the first model's order with each
 * run of tied rows sorted by (label, second group) — runs are short unless scores are coarse. The first
 * model's cells (group and label) are thus contiguous runs of units.
 */
function unitRowOrder(first: TieGroups, second: TieGroups | undefined, label: Uint8Array): Uint32Array {
  const { order, group } = first;
  const n = order.length;
  const rows = new Uint32Array(n);
  let start = 0;
  while (start < n) {
    const g = group[order[start] as number] as number;
    let end = start + 1;
    while (end < n && group[order[end] as number] === g) end++;
    if (end - start === 1) rows[start] = order[start] as number;
    else if (second === undefined) partitionByLabel(order, start, end, label, rows);
    else {
      const groups = second.score.length;
      sortRun(order, start, end, (r) => (label[r] as number) * groups + (second.group[r] as number), rows);
    }
    start = end;
  }
  return rows;
}

function partitionByLabel(
  order: Uint32Array,
  start: number,
  end: number,
  label: Uint8Array,
  out: Uint32Array,
) {
  let at = start;
  for (let y = 0; y < 2; y++)
    for (let k = start; k < end; k++) if (label[order[k] as number] === y) out[at++] = order[k] as number;
}

/** out[start..end) = order[start..end) sorted by key (stable). */
function sortRun(
  order: Uint32Array,
  start: number,
  end: number,
  key: (row: number) => number,
  out: Uint32Array,
): void {
  const length = end - start;
  const run = order.subarray(start, end);
  let largest = 0;
  for (const r of run) largest = Math.max(largest, key(r));
  if ((largest + 1) * length <= Number.MAX_SAFE_INTEGER) {
    // key and position packed into one exact double: a native numeric sort, stable by construction
    const packed = new Float64Array(length);
    for (let i = 0; i < length; i++) packed[i] = key(run[i] as number) * length + i;
    packed.sort();
    for (let i = 0; i < length; i++) out[start + i] = run[(packed[i] as number) % length] as number;
  } else {
    const sorted = Array.from(run).sort((a, b) => key(a) - key(b) || a - b);
    out.set(sorted, start);
  }
}

/**
 * Merges rows into units (same label, same score in each of `scoreSets`, one or two models) and lays them
 * out once per model.
 */
export function binaryUnits(labels: Labels, scoreSets: readonly Float64Array[]): BinaryUnits {
  const n = labels.length;
  if (scoreSets.length < 1 || scoreSets.length > 2)
    throw new RangeError("binaryUnits takes one or two score sets");
  for (const scores of scoreSets) checkLength("scores", n, scores);
  const groups = scoreSets.map(tieGroups);
  const [first, second] = groups as [TieGroups, TieGroups | undefined];
  const label = new Uint8Array(n);
  for (let i = 0; i < n; i++) label[i] = labels[i] === 1 ? 1 : 0;
  const rows = unitRowOrder(first, second, label);
  const unitOfRow = new Uint32Array(n);
  const multiplicity = new Float64Array(n);
  const representative = new Uint32Array(n); // a row of each unit
  let units = 0;
  for (let k = 0; k < n; k++) {
    const r = rows[k] as number;
    const p = k === 0 ? -1 : (rows[k - 1] as number);
    const same =
      p >= 0 &&
      label[p] === label[r] &&
      first.group[p] === first.group[r] &&
      (second === undefined || second.group[p] === second.group[r]);
    if (!same) representative[units++] = r;
    multiplicity[units - 1] = (multiplicity[units - 1] as number) + 1;
    unitOfRow[r] = units - 1;
  }
  const unitLabel = new Uint8Array(units);
  for (let u = 0; u < units; u++) unitLabel[u] = label[representative[u] as number] as number;
  const views = groups.map(({ order, group, score }, m) => {
    const unitGroup = new Uint32Array(units);
    for (let u = 0; u < units; u++) unitGroup[u] = group[representative[u] as number] as number;
    if (groups.length > 1) {
      const cells = cellsOf(unitGroup, unitLabel, score.length);
      // summing units into cells costs about half of what the per-position pass saves per position
      if (cells.count <= units / 2) return cellView(cells, score);
    }
    const unitAt = m === 0 ? undefined : unitsInOrder(order, unitOfRow, unitGroup);
    return unitView(unitAt, unitGroup, score, unitLabel);
  });
  return {
    rows: n,
    multiplicity: multiplicity.slice(0, units),
    unitOfRow,
    views,
    orders: groups.map(({ order }) => order),
  };
}

/**
 * Units in a later model's score order: by that model's group, then by unit number (so that for identical
 * scores the order, and every floating-point sum, is the first model's).
 */
function unitsInOrder(order: Uint32Array, unitOfRow: Uint32Array, unitGroup: Uint32Array): Uint32Array {
  const units = unitGroup.length;
  const out = new Uint32Array(units);
  const seen = new Uint8Array(units);
  let at = 0;
  for (let k = 0; k < order.length; k++) {
    const u = unitOfRow[order[k] as number] as number;
    if (seen[u] === 0) {
      seen[u] = 1;
      out[at++] = u;
    }
  }
  for (let start = 0; start < units; ) {
    const g = unitGroup[out[start] as number];
    let end = start + 1;
    while (end < units && unitGroup[out[end] as number] === g) end++;
    if (end - start > 1) out.subarray(start, end).sort();
    start = end;
  }
  return out;
}

interface Cells {
  count: number;
  cellOfUnit: Uint32Array;
  group: Uint32Array;
  label: Uint8Array;
}

/** One model's cells (tie group and label) in its score order, and the cell of each unit. */
function cellsOf(unitGroup: Uint32Array, unitLabel: Uint8Array, groups: number): Cells {
  const cellOfKey = new Int32Array(2 * groups).fill(-1); // key = 2·group + label
  for (let u = 0; u < unitGroup.length; u++)
    cellOfKey[2 * (unitGroup[u] as number) + (unitLabel[u] as number)] = 0;
  let count = 0;
  for (let key = 0; key < cellOfKey.length; key++) if (cellOfKey[key] === 0) cellOfKey[key] = count++;
  const group = new Uint32Array(count);
  const label = new Uint8Array(count);
  for (let key = 0; key < cellOfKey.length; key++) {
    const c = cellOfKey[key] as number;
    if (c < 0) continue;
    group[c] = key >>> 1;
    label[c] = key & 1;
  }
  const cellOfUnit = new Uint32Array(unitGroup.length);
  for (let u = 0; u < unitGroup.length; u++)
    cellOfUnit[u] = cellOfKey[2 * (unitGroup[u] as number) + (unitLabel[u] as number)] as number;
  return { count, cellOfUnit, group, label };
}

function cellView(cells: Cells, groupScore: Float64Array): BinaryUnitView {
  return { ...unitView(undefined, cells.group, groupScore, cells.label), cellOfUnit: cells.cellOfUnit };
}

/** Segment key of a score: the calibration bin, split at 0.5, NaN apart. */
function segmentKey(s: number): number {
  if (Number.isNaN(s)) return -1;
  return eceBin(s) * 2 + (s >= 0.5 ? 1 : 0);
}

function unitView(
  unitAt: Uint32Array | undefined,
  unitGroup: Uint32Array,
  groupScore: Float64Array,
  unitLabel: Uint8Array,
): BinaryUnitView {
  const count = unitGroup.length;
  const groupAt = new Uint32Array(count); // the group at each position
  for (let j = 0; j < count; j++)
    groupAt[j] = unitGroup[unitAt === undefined ? j : (unitAt[j] as number)] as number;
  const score = new Float64Array(count);
  const loss = new Float64Array(count);
  const bits = new Uint8Array(count);
  const segmentEnd: number[] = [];
  const segmentBin: number[] = [];
  let positiveSegments = 0;
  for (let j = 0; j < count; j++) {
    const g = groupAt[j] as number;
    const s = groupScore[g] as number;
    const y = unitLabel[unitAt === undefined ? j : (unitAt[j] as number)] as number;
    const last = j + 1 === count;
    score[j] = s;
    loss[j] = -Math.log(clip(y === 1 ? s : 1 - s));
    bits[j] = y | (last || groupAt[j + 1] !== g ? 2 : 0);
    if (last || segmentKey(groupScore[groupAt[j + 1] as number] as number) !== segmentKey(s)) {
      segmentEnd.push(j + 1);
      segmentBin.push(Number.isNaN(s) ? -1 : eceBin(s));
      if (s >= 0.5) positiveSegments = segmentEnd.length;
    }
  }
  return {
    unitAt,
    cellOfUnit: undefined,
    score,
    loss,
    bits,
    segmentEnd: Uint32Array.from(segmentEnd),
    segmentBin: Int8Array.from(segmentBin),
    positiveSegments,
  };
}

const COUNT_AS_DOUBLE = Float64Array.from({ length: 256 }, (_, count) => count);

/**
 * The binary metrics of one resample, written to `out` in {@link BINARY_METRIC_ORDER}. `small`/`large`
 * hold the weight of each POSITION of the view (a count; 255 in `small` means the count is in `large`).
 * Equals {@link preparedBinaryMetrics} on the rows with the units' weights spread over their rows, up to
 * the order of floating-point sums. One sequential pass, no allocation: this runs once per resample.
 */
export function unitBinaryMetrics(
  view: BinaryUnitView,
  small: Uint8Array,
  large: Float64Array,
  out: Float64Array,
): void {
  const { score, loss, bits, segmentEnd, segmentBin, positiveSegments } = view;
  let tp = 0; // weight of positives so far, over tie groups in descending score
  let fp = 0;
  let groupTp = 0; // tp and fp before the current tie group
  let groupFp = 0;
  let area2 = 0; // twice the area under the ROC step curve, in weight units
  let apSum = 0;
  let logSum = 0;
  let brierSum = 0;
  let eceSum = 0;
  let predictedTp = 0;
  let predictedFp = 0;
  let start = 0;
  for (let segment = 0; segment < segmentEnd.length; segment++) {
    const end = segmentEnd[segment] as number;
    const segmentTp = tp;
    const segmentFp = fp;
    let segmentLog = 0;
    let segmentBrier = 0;
    let segmentScore = 0;
    for (let j = start; j < end; j++) {
      const count = small[j] as number;
      // Through a Float64Array, so that every weight is a double: mixing integer and double weights
      // made this loop 1.5–2.5× slower in V8.
      const w = count === 255 ? (large[j] as number) : (COUNT_AS_DOUBLE[count] as number);
      const b = bits[j] as number;
      const y = b & 1;
      const s = score[j] as number;
      const positive = w * y;
      tp += positive;
      fp += w - positive;
      segmentLog += w * (loss[j] as number);
      const d = y - s;
      segmentBrier += w * d * d;
      segmentScore += w * s;
      if (b > 1) {
        area2 += (fp - groupFp) * (tp + groupTp);
        // tp + fp ≥ 1 whenever a positive was added (weights are counts), so the 1e-300 only turns 0/0
        // into 0 and saves a branch.
        apSum += ((tp - groupTp) * tp) / (tp + fp + 1e-300);
        groupTp = tp;
        groupFp = fp;
      }
    }
    // A segment no resampled row falls in adds nothing (as rows of weight 0 are skipped in
    // preparedBinaryMetrics); this matters only for NaN scores, whose loss is NaN.
    if (tp + fp > segmentTp + segmentFp) {
      logSum += segmentLog;
      brierSum += segmentBrier;
      if ((segmentBin[segment] as number) >= 0) eceSum += Math.abs(segmentScore - (tp - segmentTp));
    }
    if (segment + 1 === positiveSegments) {
      predictedTp = tp;
      predictedFp = fp;
    }
    start = end;
  }
  const total = tp + fp;
  const fn = tp - predictedTp;
  const tn = fp - predictedFp;
  const empty = total === 0;
  out[0] = empty ? Number.NaN : (predictedTp + tn) / total;
  out[1] = ratio(predictedTp, predictedTp + predictedFp);
  out[2] = ratio(predictedTp, tp);
  out[3] = ratio(2 * predictedTp, 2 * predictedTp + predictedFp + fn);
  out[4] = tp > 0 && fp > 0 ? area2 / (2 * tp * fp) : Number.NaN;
  out[5] = tp > 0 ? apSum / tp : empty ? Number.NaN : 0;
  out[6] = empty ? Number.NaN : logSum / total;
  out[7] = empty ? Number.NaN : brierSum / total;
  out[8] = empty ? Number.NaN : eceSum / total;
}

/**
 * The weight of each position of `view` from weights in unit order: a copy for the first model, a gather
 * through `unitAt` for a later one, or per-cell sums (in `outLarge`, then capped at 255 in `outSmall`).
 */
export function weightsInViewOrder(
  view: BinaryUnitView,
  small: Uint8Array,
  large: Float64Array,
  outSmall: Uint8Array,
  outLarge: Float64Array,
): void {
  const { unitAt, cellOfUnit } = view;
  if (cellOfUnit !== undefined) {
    const cells = view.score.length;
    outLarge.fill(0, 0, cells);
    // Runs of units of one cell (all of them for the first model) are summed in a local: adding each unit
    // to memory would make every add wait for the previous one's store.
    let cell = 0;
    let sum = 0;
    for (let u = 0; u < cellOfUnit.length; u++) {
      const c = cellOfUnit[u] as number;
      if (c !== cell) {
        outLarge[cell] = (outLarge[cell] as number) + sum;
        cell = c;
        sum = 0;
      }
      const count = small[u] as number;
      sum += count === 255 ? (large[u] as number) : (COUNT_AS_DOUBLE[count] as number);
    }
    if (cells > 0) outLarge[cell] = (outLarge[cell] as number) + sum;
    for (let c = 0; c < cells; c++) {
      const sum = outLarge[c] as number;
      outSmall[c] = sum < 255 ? sum : 255;
    }
  } else if (unitAt === undefined) {
    outSmall.set(small);
    outLarge.set(large);
  } else {
    for (let j = 0; j < unitAt.length; j++) {
      const u = unitAt[j] as number;
      const w = small[u] as number;
      outSmall[j] = w;
      if (w === 255) outLarge[j] = large[u] as number;
    }
  }
}
