/** Regression metrics on actual and predicted values. Weights and NaN follow ./conventions.ts. */
import { checkLength, FLOAT64_EPS, weightAt } from "./conventions.js";

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
