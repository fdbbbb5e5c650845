/**
 * What the metric modules under src/stats/metrics share: input types, row checks, weights, clipping and
 * the zero-safe ratio.
 *
 * The metrics are evaluation metrics on typed arrays, defined to agree with scikit-learn 1.9 on the same
 * predictions (ties in scores included).
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

export function weightAt(weights: Float64Array | undefined, i: number): number {
  return weights === undefined ? 1 : (weights[i] as number);
}

export function checkLength(name: string, n: number, other: { length: number } | undefined): void {
  if (other !== undefined && other.length !== n) {
    throw new RangeError(`${name} has ${other.length} entries, expected ${n}`);
  }
}

/** Scores, labels and optional weights must describe the same rows. */
export function checkInputs(
  scores: { length: number },
  labels: { length: number },
  weights?: { length: number },
): void {
  checkLength("labels", scores.length, labels);
  checkLength("weights", scores.length, weights);
}

export function clip(p: number): number {
  return p < FLOAT64_EPS ? FLOAT64_EPS : p > 1 - FLOAT64_EPS ? 1 - FLOAT64_EPS : p;
}

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
