/**
 * Binary classification metrics: labels 0/1, the score is P(label = 1), and a row is predicted positive
 * when its score is ≥ 0.5. Weights, NaN and zero division follow ./conventions.ts.
 */
import { sortedOrder } from "../sort.js";
import { checkInputs, checkLength, clip, type Labels, ratio, weightAt } from "./conventions.js";

/** Number of equal-width bins of {@link expectedCalibrationError}. */
export const ECE_BINS = 10;

/** `order` when given (checked against the scores), else {@link sortedOrder}. */
export function orderFor(scores: Float64Array, order: Uint32Array | undefined): Uint32Array {
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
    const groupFirstRow = order[i] as number;
    const s = scores[groupFirstRow] as number;
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

export function countsAccuracy(c: BinaryCounts): number {
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
