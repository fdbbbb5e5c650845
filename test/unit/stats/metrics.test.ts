import { describe, expect, it } from "vitest";
import { mulberry32, resampleCounts } from "../../../src/stats/bootstrap.js";
import {
  averagePrecision,
  binaryAccuracy,
  binaryLogLoss,
  binaryMetrics,
  brier,
  eceBin,
  expectedCalibrationError,
  f1,
  precision,
  recall,
  rocAuc,
} from "../../../src/stats/metrics/binary.js";
import { unitBinaryMetrics, weightsInViewOrder } from "../../../src/stats/metrics/binary-unit-metrics.js";
import {
  BINARY_METRIC_ORDER,
  type BinaryUnitView,
  binaryUnits,
} from "../../../src/stats/metrics/binary-units.js";
import { FLOAT64_EPS } from "../../../src/stats/metrics/conventions.js";
import {
  macroF1,
  multiclassAccuracy,
  multiclassLogLoss,
  weightedF1,
} from "../../../src/stats/metrics/multiclass.js";
import { prepareBinary, preparedBinaryMetrics } from "../../../src/stats/metrics/prepared-binary.js";
import { mae, mape, r2, rmse } from "../../../src/stats/metrics/regression.js";
import { sortedOrder } from "../../../src/stats/sort.js";

const f64 = (values: number[]) => Float64Array.from(values);
const i32 = (values: number[]) => Int32Array.from(values);

/** The rows of `arrays` repeated as often as `counts` says (an explicit resample). */
function expand<T extends Float64Array | Int32Array>(array: T, counts: Float64Array, stride = 1): T {
  const out: number[] = [];
  for (let i = 0; i < counts.length; i++) {
    for (let c = 0; c < (counts[i] as number); c++) {
      for (let j = 0; j < stride; j++) out.push(array[i * stride + j] as number);
    }
  }
  return (array instanceof Int32Array ? Int32Array.from(out) : Float64Array.from(out)) as T;
}

describe("sortedOrder", () => {
  it("orders by descending score, ties in row order, NaN last", () => {
    expect(Array.from(sortedOrder(f64([0.2, 0.9, Number.NaN, 0.2, 1, 0])))).toEqual([4, 1, 0, 3, 5, 2]);
    expect(sortedOrder(f64([])).length).toBe(0);
  });

  it("agrees with a comparison sort on any doubles", () => {
    const next = mulberry32(5);
    const special = [
      0,
      -0,
      0.5,
      1,
      -1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      5e-324,
      -5e-324,
    ];
    for (const n of [1, 7, 300, 5000]) {
      const scores = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const u = next() / 4294967296;
        scores[i] =
          u < 0.1
            ? (special[next() % special.length] as number)
            : u < 0.5
              ? Math.round(u * 20) / 20 // ties
              : (u - 0.7) * 10 ** ((next() % 40) - 20); // both signs, many exponents
      }
      const key = (i: number) => scores[i] as number;
      const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
        const x = key(a);
        const y = key(b);
        if (Number.isNaN(x) || Number.isNaN(y))
          return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
        return y - x || a - b;
      });
      expect(Array.from(sortedOrder(scores)), `n = ${n}`).toEqual(expected);
    }
  });

  it("agrees with a comparison sort when most radix passes are skipped", () => {
    const next = mulberry32(9);
    // low words all zero (eighths); only the lowest digit differs (1 + k·2⁻⁵²); one digit of each word
    const families = [
      (k: number) => (k % 9) / 8,
      (k: number) => 1 + (k % 5) * 2 ** -52,
      (k: number) => (k % 2 === 0 ? 0.5 : 0.5 + 2 ** -20) + (k % 3) * 2 ** -53,
    ];
    for (const family of families) {
      const scores = Float64Array.from({ length: 3000 }, () => family(next() % 64));
      const expected = Array.from({ length: scores.length }, (_, i) => i).sort(
        (a, b) => (scores[b] as number) - (scores[a] as number) || a - b,
      );
      expect(Array.from(sortedOrder(scores))).toEqual(expected);
    }
  });
});

describe("binary ranking metrics", () => {
  it("ROC AUC without ties counts ordered pairs", () => {
    // sklearn docs example: roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75
    expect(rocAuc(f64([0.1, 0.4, 0.35, 0.8]), i32([0, 0, 1, 1]))).toBeCloseTo(0.75, 15);
    // average_precision_score of the same = 0.8333…
    expect(averagePrecision(f64([0.1, 0.4, 0.35, 0.8]), i32([0, 0, 1, 1]))).toBeCloseTo(5 / 6, 15);
  });

  it("ROC AUC counts a tied positive–negative pair as one half", () => {
    // positives 0.5, 0.8; negatives 0.5, 0.2: pairs (0.5,0.5)=½, (0.5,0.2)=1, (0.8,·)=1+1 → 3.5/4
    expect(rocAuc(f64([0.5, 0.8, 0.5, 0.2]), i32([1, 1, 0, 0]))).toBe(0.875);
  });

  it("average precision groups tied scores into one threshold", () => {
    // thresholds 0.8: tp1 fp0 (P=1, R=½); 0.5: tp2 fp1 (P=⅔, R=1) → ½·1 + ½·⅔ = ⅚
    expect(averagePrecision(f64([0.5, 0.8, 0.5, 0.2]), i32([1, 1, 0, 0]))).toBeCloseTo(5 / 6, 15);
    // all scores tied: one threshold, AP = positive rate
    expect(averagePrecision(f64([0.3, 0.3, 0.3, 0.3]), i32([1, 0, 0, 0]))).toBe(0.25);
    expect(rocAuc(f64([0.3, 0.3, 0.3, 0.3]), i32([1, 0, 0, 0]))).toBe(0.5);
  });

  it("is NaN or 0 when a class is missing", () => {
    expect(rocAuc(f64([0.2, 0.4]), i32([1, 1]))).toBeNaN();
    expect(averagePrecision(f64([0.2, 0.4]), i32([0, 0]))).toBe(0);
  });

  it("accepts a precomputed order", () => {
    const scores = f64([0.5, 0.8, 0.5, 0.2]);
    const labels = i32([1, 1, 0, 0]);
    expect(rocAuc(scores, labels, undefined, sortedOrder(scores))).toBe(0.875);
  });
});

describe("binary threshold and probabilistic metrics", () => {
  const scores = f64([0.9, 0.5, 0.49, 0.1, 0.7, 0.3]);
  const labels = i32([1, 0, 1, 0, 1, 1]);
  // predicted: 1 1 0 0 1 0 → tp 2, fp 1, tn 1, fn 2

  it("uses score ≥ 0.5 as positive", () => {
    expect(binaryAccuracy(scores, labels)).toBe(3 / 6);
    expect(precision(scores, labels)).toBe(2 / 3);
    expect(recall(scores, labels)).toBe(2 / 4);
    expect(f1(scores, labels)).toBe(4 / 7);
  });

  it("returns 0 on a zero denominator", () => {
    const none = f64([0.1, 0.2]);
    expect(precision(none, i32([1, 0]))).toBe(0);
    expect(recall(none, i32([0, 0]))).toBe(0);
    expect(f1(none, i32([0, 0]))).toBe(0);
  });

  it("log loss clips to float64 epsilon", () => {
    expect(binaryLogLoss(f64([0.8, 0.25]), i32([1, 0]))).toBeCloseTo(
      -(Math.log(0.8) + Math.log(0.75)) / 2,
      15,
    );
    expect(binaryLogLoss(f64([0, 1]), i32([1, 0]))).toBeCloseTo(-Math.log(FLOAT64_EPS), 12);
    expect(binaryLogLoss(f64([1, 0]), i32([1, 0]))).toBeCloseTo(-Math.log(1 - FLOAT64_EPS), 20);
  });

  it("brier is the mean squared error of the score", () => {
    expect(brier(f64([0.8, 0.25]), i32([1, 0]))).toBeCloseTo((0.04 + 0.0625) / 2, 15);
  });

  it("ECE uses 10 equal-width bins, 1.0 in the last", () => {
    expect(eceBin(0)).toBe(0);
    expect(eceBin(0.1)).toBe(1);
    expect(eceBin(0.99)).toBe(9);
    expect(eceBin(1)).toBe(9);
    // bin 9: scores 0.95, 1.0, labels 1, 0 → |0.975 − 0.5| · 2/4; bin 2: 0.2, 0.2 labels 0,0 → 0.2 · 2/4
    expect(expectedCalibrationError(f64([0.95, 1, 0.2, 0.2]), i32([1, 0, 0, 0]))).toBeCloseTo(
      0.475 * 0.5 + 0.2 * 0.5,
      15,
    );
  });

  it("binaryMetrics equals the single metrics", () => {
    const all = binaryMetrics(scores, labels);
    expect(all).toEqual({
      accuracy: binaryAccuracy(scores, labels),
      precision: precision(scores, labels),
      recall: recall(scores, labels),
      f1: f1(scores, labels),
      roc_auc: rocAuc(scores, labels),
      pr_auc: averagePrecision(scores, labels),
      log_loss: binaryLogLoss(scores, labels),
      brier: brier(scores, labels),
      ece: expectedCalibrationError(scores, labels),
    });
  });
});

describe("multiclass metrics", () => {
  // 3 classes; rows: true label, probabilities
  const labels = i32([0, 1, 2, 2, 1]);
  const probabilities = f64([
    0.7,
    0.2,
    0.1, // → 0 ✓
    0.3,
    0.3,
    0.4, // → 2 ✗
    0.1,
    0.1,
    0.8, // → 2 ✓
    0.5,
    0.5,
    0, // tie → 0 (first) ✗
    0.2,
    0.6,
    0.2, // → 1 ✓
  ]);

  it("accuracy uses argmax, first index on ties", () => {
    expect(multiclassAccuracy(labels, probabilities)).toBe(3 / 5);
  });

  it("macro and weighted F1", () => {
    // class 0: tp1 fp1 fn0 → 2/3; class 1: tp1 fp0 fn1 → 2/3; class 2: tp1 fp1 fn1 → 1/2
    expect(macroF1(labels, probabilities)).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 2) / 3, 15);
    expect(weightedF1(labels, probabilities)).toBeCloseTo((1 * (2 / 3) + 2 * (2 / 3) + 2 * 0.5) / 5, 15);
  });

  it("macro F1 leaves out a class that never occurs", () => {
    const p = f64([0.9, 0.1, 0, 0.1, 0.9, 0]);
    expect(macroF1(i32([0, 1]), p)).toBe(1);
  });

  it("log loss takes the clipped true-class probability", () => {
    const expected =
      -(Math.log(0.7) + Math.log(0.3) + Math.log(0.8) + Math.log(FLOAT64_EPS) + Math.log(0.6)) / 5;
    expect(multiclassLogLoss(labels, probabilities)).toBeCloseTo(expected, 12);
  });
});

describe("regression metrics", () => {
  const actual = f64([3, -0.5, 2, 7]);
  const predicted = f64([2.5, 0, 2, 8]);

  it("match scikit-learn's documented examples", () => {
    expect(mae(actual, predicted)).toBe(0.5);
    expect(rmse(actual, predicted)).toBeCloseTo(Math.sqrt(0.375), 15);
    expect(r2(actual, predicted)).toBeCloseTo(0.9486081370449679, 15);
    expect(mape(actual, predicted)).toBeCloseTo(0.3273809523809524, 15);
  });

  it("r2 on a constant target is 1 for a perfect fit, else 0", () => {
    expect(r2(f64([1, 1]), f64([1, 1]))).toBe(1);
    expect(r2(f64([1, 1]), f64([1, 2]))).toBe(0);
  });

  it("mape divides by epsilon when the actual is 0", () => {
    expect(mape(f64([0]), f64([1]))).toBe(1 / FLOAT64_EPS);
  });
});

describe("integer weights equal explicit resampling", () => {
  const n = 300;
  const next = mulberry32(7);
  const u = () => next() / 4294967296;
  const scores = new Float64Array(n);
  const labels = new Int32Array(n);
  const probabilities = new Float64Array(n * 3);
  const classes = new Int32Array(n);
  const actual = new Float64Array(n);
  const predicted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const score = Math.round(u() * 20) / 20; // many ties
    scores[i] = score;
    labels[i] = u() < score ? 1 : 0;
    const y = Math.floor(u() * 3);
    classes[i] = y;
    const row = [u(), u(), u()].map((v, j) => v + (j === y ? 0.5 : 0));
    const sum = row.reduce((x, v) => x + v, 0);
    probabilities.set(
      row.map((v) => v / sum),
      i * 3,
    );
    const value = 1 + u() * 10;
    actual[i] = value;
    predicted[i] = value + u() - 0.5;
  }

  it.each([1, 2, 3])("resample %i", (seed) => {
    const w = new Float64Array(n);
    resampleCounts(w, mulberry32(seed));
    const s = expand(scores, w);
    const y = expand(labels, w);
    const weighted = binaryMetrics(scores, labels, w, sortedOrder(scores));
    const explicit = binaryMetrics(s, y);
    expect(preparedBinaryMetrics(prepareBinary(scores, labels), w)).toEqual(weighted);
    expect(preparedBinaryMetrics(prepareBinary(scores, labels))).toEqual(binaryMetrics(scores, labels));
    for (const key of Object.keys(explicit) as (keyof typeof explicit)[]) {
      expect(weighted[key], key).toBeCloseTo(explicit[key], 12);
    }
    const c = expand(classes, w);
    const p = expand(probabilities, w, 3);
    expect(multiclassAccuracy(classes, probabilities, w)).toBeCloseTo(multiclassAccuracy(c, p), 12);
    expect(macroF1(classes, probabilities, w)).toBeCloseTo(macroF1(c, p), 12);
    expect(weightedF1(classes, probabilities, w)).toBeCloseTo(weightedF1(c, p), 12);
    expect(multiclassLogLoss(classes, probabilities, w)).toBeCloseTo(multiclassLogLoss(c, p), 12);
    const a = expand(actual, w);
    const q = expand(predicted, w);
    expect(rmse(actual, predicted, w)).toBeCloseTo(rmse(a, q), 12);
    expect(mae(actual, predicted, w)).toBeCloseTo(mae(a, q), 12);
    expect(r2(actual, predicted, w)).toBeCloseTo(r2(a, q), 12);
    expect(mape(actual, predicted, w)).toBeCloseTo(mape(a, q), 12);
  });

  it("macro F1 ignores a class whose rows all have weight 0", () => {
    const p = f64([0.9, 0.1, 0, 0.1, 0.9, 0, 0, 0, 1]);
    const y = i32([0, 1, 2]);
    expect(macroF1(y, p, f64([1, 1, 0]))).toBe(macroF1(i32([0, 1]), p.subarray(0, 6)));
  });
});

describe("binary units for resampling", () => {
  /** Random data with ties; `nan` rows get a NaN score. */
  function data(n: number, seed: number, decimals: number, nan = 0) {
    const next = mulberry32(seed);
    const u = () => next() / 4294967296;
    const scale = 10 ** decimals;
    const labels = new Int32Array(n);
    const scores = new Float64Array(n);
    const other = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const s = u();
      labels[i] = u() < s ? 1 : 0;
      scores[i] = i < nan ? Number.NaN : Math.round(s * scale) / scale;
      other[i] = Math.round((0.5 * s + 0.5 * u()) * scale) / scale;
    }
    return { labels, scores, other };
  }

  it("are the same in SharedArrayBuffers (shared: the arrays that workers read)", () => {
    for (const decimals of [2, 17]) {
      const { labels, scores, other } = data(3000, 21, decimals, 5);
      for (const sets of [[scores], [scores, other]]) {
        const plain = binaryUnits(labels, sets);
        const shared = binaryUnits(labels, sets, { shared: true });
        expect(shared).toEqual(plain);
        expect(shared.multiplicity.buffer).toBeInstanceOf(SharedArrayBuffer);
        for (const view of shared.views) {
          for (const array of [view.score, view.loss, view.brier, view.bits, view.unitAt, view.cellOfUnit])
            if (array !== undefined) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
        }
      }
    }
  });

  /** Resample-like unit weights (some ≥ 255, stored in `large`) and the same weights on rows. */
  function weights(units: ReturnType<typeof binaryUnits>, seed: number) {
    const next = mulberry32(seed);
    const count = units.multiplicity.length;
    const small = new Uint8Array(count);
    const large = new Float64Array(count);
    const rows = new Float64Array(units.rows);
    const given = new Uint8Array(count);
    for (let u = 0; u < count; u++) {
      const r = next() % 100;
      const w = r < 35 ? 0 : r < 97 ? r % 4 : 255 + (next() % 1000);
      small[u] = Math.min(w, 255);
      if (w >= 255) large[u] = w;
    }
    // a unit's weight on one of its rows: metrics cannot tell a unit's rows apart
    for (let i = 0; i < units.rows; i++) {
      const u = units.unitOfRow[i] as number;
      if (given[u] === 0) {
        given[u] = 1;
        rows[i] = (small[u] as number) === 255 ? (large[u] as number) : (small[u] as number);
      }
    }
    return { small, large, rows };
  }

  function asArray(m: ReturnType<typeof preparedBinaryMetrics>): number[] {
    return [m.accuracy, m.precision, m.recall, m.f1, m.roc_auc, m.pr_auc, m.log_loss, m.brier, m.ece];
  }

  it.each([
    [200, 1, 0],
    [3000, 2, 0],
    [3000, 12, 0],
    [500, 2, 7],
    [40, 0, 0],
  ])(
    "one pass equals preparedBinaryMetrics for both models (%i rows, %i decimals, %i NaN scores)",
    (n, decimals, nan) => {
      const { labels, scores, other } = data(n, n + decimals, decimals, nan);
      const units = binaryUnits(labels, [scores, other]);
      expect(units.multiplicity.reduce((a, b) => a + b, 0)).toBe(n);
      expect(units.orders).toEqual([sortedOrder(scores), sortedOrder(other)]);
      const out = new Float64Array(BINARY_METRIC_ORDER.length);
      const count = units.multiplicity.length;
      const inView = { small: new Uint8Array(count), large: new Float64Array(count) };
      for (let seed = 0; seed < 4; seed++) {
        const w = weights(units, seed);
        units.views.forEach((view, m) => {
          weightsInViewOrder(view, w.small, w.large, inView.small, inView.large);
          unitBinaryMetrics(view, inView.small, inView.large, out);
          const expected = asArray(
            preparedBinaryMetrics(prepareBinary(m === 0 ? scores : other, labels), w.rows),
          );
          expected.forEach((value, i) => {
            const name = `${BINARY_METRIC_ORDER[i]} (model ${m}, seed ${seed})`;
            if (Number.isNaN(value)) expect(out[i], name).toBeNaN();
            else expect(out[i], name).toBeCloseTo(value, 12);
          });
        });
      }
    },
  );

  it("merges interchangeable rows", () => {
    // rows 0 and 2 (label 1, score 0.8 / 0.3) and rows 1 and 3 (label 0, 0.8 / 0.3) are interchangeable
    const units = binaryUnits(i32([1, 0, 1, 0, 1]), [
      f64([0.8, 0.8, 0.8, 0.8, 0.8]),
      f64([0.3, 0.3, 0.3, 0.3, 0.2]),
    ]);
    // units by (first model's group, second's, label): (0.3, 0), (0.3, 1), (0.2, 1)
    expect(Array.from(units.multiplicity)).toEqual([2, 2, 1]);
    expect(Array.from(units.unitOfRow)).toEqual([1, 0, 1, 0, 2]);
  });

  it("handles one-class and empty data", () => {
    const out = new Float64Array(9);
    const one = binaryUnits(i32([1, 1, 1]), [f64([0.2, 0.7, 0.7])]);
    unitBinaryMetrics(one.views[0] as BinaryUnitView, Uint8Array.of(1, 2), new Float64Array(2), out);
    expect(out[4]).toBeNaN(); // ROC AUC
    expect(out[5]).toBe(1); // average precision
    const empty = binaryUnits(new Int32Array(0), [new Float64Array(0)]);
    unitBinaryMetrics(empty.views[0] as BinaryUnitView, new Uint8Array(0), new Float64Array(0), out);
    // precision, recall and F1 are 0 on a zero denominator; everything else is undefined
    expect(Array.from(out)).toEqual([
      Number.NaN,
      0,
      0,
      0,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
  });
});
