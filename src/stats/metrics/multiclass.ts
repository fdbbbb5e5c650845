/**
 * Multiclass metrics: labels 0..K−1, probabilities row-major n×K. Weights, NaN and zero division follow
 * ./conventions.ts.
 */
import { checkLength, clip, type Labels, ratio, weightAt } from "./conventions.js";

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
