import { describe, expect, it } from "vitest";
import { METRICS_BY_TASK } from "../../../src/config/trainyard-config.js";
import { mulberry32, resampleCounts } from "../../../src/stats/bootstrap.js";
import {
  type BootstrapOptions,
  bootstrapMetrics,
  type MetricInterval,
  metricValues,
  pairedBootstrapMetrics,
  rowCount,
  subsetPredictions,
  type TaskPredictions,
} from "../../../src/stats/metric-set.js";
import {
  averagePrecision,
  binaryAccuracy,
  binaryLogLoss,
  brier,
  expectedCalibrationError,
  f1,
  precision,
  recall,
  rocAuc,
} from "../../../src/stats/metrics/binary.js";
import { BINARY_METRIC_ORDER } from "../../../src/stats/metrics/binary-units.js";
import {
  macroF1,
  multiclassAccuracy,
  multiclassLogLoss,
  weightedF1,
} from "../../../src/stats/metrics/multiclass.js";
import { mae, mape, r2, rmse } from "../../../src/stats/metrics/regression.js";
import { normal, normalCdf, uniform } from "./random.js";

type Binary = Extract<TaskPredictions, { task: "binary" }>;

/**
 * Binormal scores: the latent score of a positive is N(separation, 1), of a negative N(0, 1); the score is
 * its logistic, rounded to `decimals` (ties). True ROC AUC = Φ(separation / √2) before rounding.
 */
function binormal(n: number, seed: number, separation = 1.2, decimals = 3, positiveRate = 0.4): Binary {
  const u = uniform(seed);
  const z = normal(seed + 1);
  const labels = new Int32Array(n);
  const scores = new Float64Array(n);
  const scale = 10 ** decimals;
  for (let i = 0; i < n; i++) {
    const y = u() < positiveRate ? 1 : 0;
    labels[i] = y;
    scores[i] = Math.round(scale / (1 + Math.exp(-(z() + y * separation)))) / scale;
  }
  return { task: "binary", labels, scores };
}

function multiclass(n: number, k: number, seed: number): Extract<TaskPredictions, { task: "multiclass" }> {
  const u = uniform(seed);
  const labels = new Int32Array(n);
  const probabilities = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const y = Math.floor(u() * k);
    labels[i] = y;
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const v = u() + (j === y ? 0.6 : 0);
      probabilities[i * k + j] = v;
      sum += v;
    }
    for (let j = 0; j < k; j++) probabilities[i * k + j] = (probabilities[i * k + j] as number) / sum;
  }
  return { task: "multiclass", labels, probabilities, classes: k };
}

function regression(n: number, seed: number): Extract<TaskPredictions, { task: "regression" }> {
  const z = normal(seed, 0, 1);
  const actual = new Float64Array(n);
  const predicted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    actual[i] = 10 + 3 * z();
    predicted[i] = (actual[i] as number) + z();
  }
  return { task: "regression", actual, predicted };
}

const options = (resamples: number, seed = 7, confidence = 0.95): BootstrapOptions => ({
  resamples,
  confidence,
  seed,
});

function width(interval: MetricInterval): number {
  return interval.high - interval.low;
}

describe("metricValues", () => {
  const binary = binormal(500, 1);
  const weights = new Float64Array(500);
  resampleCounts(weights, mulberry32(3));

  it("names every metric as METRICS_BY_TASK and equals the single-metric functions", () => {
    for (const w of [undefined, weights]) {
      const { scores, labels } = binary;
      expect(metricValues(binary, w)).toEqual({
        accuracy: binaryAccuracy(scores, labels, w),
        precision: precision(scores, labels, w),
        recall: recall(scores, labels, w),
        f1: f1(scores, labels, w),
        roc_auc: rocAuc(scores, labels, w),
        pr_auc: averagePrecision(scores, labels, w),
        log_loss: binaryLogLoss(scores, labels, w),
        brier: brier(scores, labels, w),
        expected_calibration_error: expectedCalibrationError(scores, labels, w),
      });
    }
    const m = multiclass(300, 3, 2);
    expect(metricValues(m)).toEqual({
      accuracy: multiclassAccuracy(m.labels, m.probabilities),
      macro_f1: macroF1(m.labels, m.probabilities),
      weighted_f1: weightedF1(m.labels, m.probabilities),
      log_loss: multiclassLogLoss(m.labels, m.probabilities),
    });
    const r = regression(300, 3);
    expect(metricValues(r)).toEqual({
      rmse: rmse(r.actual, r.predicted),
      mae: mae(r.actual, r.predicted),
      r2: r2(r.actual, r.predicted),
      mape: mape(r.actual, r.predicted),
    });
    for (const p of [binary, m, r])
      expect(Object.keys(metricValues(p))).toEqual([...METRICS_BY_TASK[p.task]]);
  });

  it("the resampling kernel writes the binary metrics in METRICS_BY_TASK order", () => {
    expect([...BINARY_METRIC_ORDER]).toEqual([...METRICS_BY_TASK.binary]);
  });
});

describe("subsetPredictions and rowCount", () => {
  it("picks rows in the given order", () => {
    const m = multiclass(10, 3, 4);
    const subset = subsetPredictions(m, Uint32Array.of(7, 2));
    expect(rowCount(subset)).toBe(2);
    expect(subset).toEqual({
      task: "multiclass",
      labels: Int32Array.of(m.labels[7] as number, m.labels[2] as number),
      probabilities: Float64Array.from([
        ...m.probabilities.subarray(21, 24),
        ...m.probabilities.subarray(6, 9),
      ]),
      classes: 3,
    });
  });
});

describe("bootstrapMetrics", () => {
  // 2,000 rows: exact multinomial resamples; 20,000 rows: Poisson resamples (POISSON_MIN_ROWS = 10,000)
  const small = binormal(2000, 11);
  const large = binormal(20_000, 12);

  it.each([
    ["multinomial", small],
    ["poisson", large],
  ])("intervals of every metric contain the estimate (%s)", (_, p) => {
    const result = bootstrapMetrics(p, options(200));
    expect(Object.keys(result)).toEqual([...METRICS_BY_TASK.binary]);
    const values = metricValues(p);
    for (const [name, interval] of Object.entries(result)) {
      expect(interval.value, name).toBe(values[name]);
      expect(interval.resamples, name).toBe(200);
      expect(interval.low, name).toBeLessThanOrEqual(interval.value);
      expect(interval.high, name).toBeGreaterThanOrEqual(interval.value);
      expect(width(interval), name).toBeGreaterThan(0);
    }
  });

  it("multiclass and regression intervals contain the estimate", () => {
    for (const p of [multiclass(1500, 4, 5), regression(12_000, 6)]) {
      for (const [name, interval] of Object.entries(bootstrapMetrics(p, options(100)))) {
        expect(interval.resamples, name).toBe(100);
        expect(interval.low, name).toBeLessThan(interval.value);
        expect(interval.high, name).toBeGreaterThan(interval.value);
      }
    }
  });

  it("is deterministic for a seed and differs across seeds", () => {
    for (const p of [small, large]) {
      const a = bootstrapMetrics(p, options(50, 42));
      expect(bootstrapMetrics(p, options(50, 42))).toEqual(a);
      const b = bootstrapMetrics(p, options(50, 43));
      expect(b.roc_auc?.low).not.toBe(a.roc_auc?.low);
      expect(b.roc_auc?.value).toBe(a.roc_auc?.value);
    }
  });

  it("narrows with lower confidence", () => {
    const wide = bootstrapMetrics(small, options(200, 5, 0.95));
    const narrow = bootstrapMetrics(small, options(200, 5, 0.5));
    for (const name of METRICS_BY_TASK.binary) {
      expect((narrow[name] as MetricInterval).low).toBeGreaterThanOrEqual((wide[name] as MetricInterval).low);
      expect((narrow[name] as MetricInterval).high).toBeLessThanOrEqual((wide[name] as MetricInterval).high);
    }
  });

  it("with 0 resamples gives the values and no interval", () => {
    const result = bootstrapMetrics(small, options(0));
    for (const [name, interval] of Object.entries(result)) {
      expect(interval).toEqual({
        value: metricValues(small)[name],
        low: Number.NaN,
        high: Number.NaN,
        resamples: 0,
      });
    }
  });

  it("leaves out resamples where a metric is undefined", () => {
    // one positive among 30 rows: about e^−1 of the resamples miss it, and ROC AUC is undefined there
    const labels = new Int32Array(30);
    labels[4] = 1;
    const scores = Float64Array.from({ length: 30 }, (_, i) => i / 30);
    const result = bootstrapMetrics({ task: "binary", labels, scores }, options(200));
    expect(result.roc_auc?.resamples).toBeGreaterThan(80);
    expect(result.roc_auc?.resamples).toBeLessThan(180);
    expect(result.accuracy?.resamples).toBe(200);
    expect(Number.isFinite(result.roc_auc?.low)).toBe(true);
  });

  it("handles no rows", () => {
    const result = bootstrapMetrics(
      { task: "binary", labels: new Int32Array(0), scores: new Float64Array(0) },
      options(10),
    );
    expect(result.roc_auc).toEqual({ value: Number.NaN, low: Number.NaN, high: Number.NaN, resamples: 0 });
  });

  it("interval widths shrink like 1/√n", () => {
    const n = 2500;
    const a = bootstrapMetrics(binormal(n, 21), options(300));
    const b = bootstrapMetrics(binormal(16 * n, 22), options(300)); // 16× the rows: ¼ the width
    for (const name of ["accuracy", "roc_auc", "pr_auc", "log_loss", "brier"]) {
      const ratio = width(a[name] as MetricInterval) / width(b[name] as MetricInterval);
      expect(ratio, name).toBeGreaterThan(3.2);
      expect(ratio, name).toBeLessThan(5);
    }
  });

  it("Poisson and multinomial resampling give the same interval widths", () => {
    const p = binormal(20_000, 23);
    const multinomial = bootstrapMetrics(p, { ...options(1000), method: "multinomial" });
    const poisson = bootstrapMetrics(p, { ...options(1000), method: "poisson" });
    for (const name of ["accuracy", "roc_auc", "pr_auc", "log_loss", "brier"]) {
      // each width has a Monte-Carlo error of about 4% with 1,000 resamples
      const ratio = width(poisson[name] as MetricInterval) / width(multinomial[name] as MetricInterval);
      expect(ratio, name).toBeGreaterThan(0.85);
      expect(ratio, name).toBeLessThan(1.15);
    }
  });

  it("rejects bad options", () => {
    expect(() => bootstrapMetrics(small, options(-1))).toThrow(RangeError);
    expect(() => bootstrapMetrics(small, options(10, 1, 1))).toThrow(RangeError);
    expect(() => bootstrapMetrics(small, { ...options(10), seed: 0.5 })).toThrow(RangeError);
  });
});

describe("bootstrap coverage (simulated)", () => {
  // 150 samples of 400 rows from a binormal population; the 90% interval should contain the true ROC AUC
  // (Φ(1/√2), scores unrounded) and the true accuracy (P(correct) at latent threshold 0) about 90% of the
  // time. With 150 samples the coverage estimate's standard error is 2.4 points.
  const separation = 1;
  const positiveRate = 0.4;
  const trueAuc = normalCdf(separation / Math.SQRT2);
  const trueAccuracy = positiveRate * normalCdf(separation) + (1 - positiveRate) * 0.5;

  it.each(["multinomial", "poisson"] as const)("covers the population values (%s)", (method) => {
    let aucCovered = 0;
    let accuracyCovered = 0;
    const samples = 150;
    for (let s = 0; s < samples; s++) {
      const p = binormal(400, 1000 + s, separation, 12, positiveRate);
      const result = bootstrapMetrics(p, { resamples: 200, confidence: 0.9, seed: s, method });
      const auc = result.roc_auc as MetricInterval;
      const accuracy = result.accuracy as MetricInterval;
      if (auc.low <= trueAuc && trueAuc <= auc.high) aucCovered++;
      if (accuracy.low <= trueAccuracy && trueAccuracy <= accuracy.high) accuracyCovered++;
    }
    for (const covered of [aucCovered, accuracyCovered]) {
      expect(covered / samples).toBeGreaterThan(0.8);
      expect(covered / samples).toBeLessThan(0.97);
    }
  });
});

describe("pairedBootstrapMetrics", () => {
  const challenger = binormal(3000, 31, 1.4);
  const noise = uniform(32);
  // a weaker model of the same rows: the challenger's score blurred with noise
  const champion: Binary = {
    task: "binary",
    labels: challenger.labels,
    scores: Float64Array.from(challenger.scores, (s) => Math.round(1000 * (0.6 * s + 0.4 * noise())) / 1000),
  };

  it("is exactly 0 with a 0-width interval for identical predictions", () => {
    for (const p of [challenger, binormal(15_000, 33)]) {
      const result = pairedBootstrapMetrics(p, { ...p, scores: p.scores.slice() }, options(100));
      for (const [name, entry] of Object.entries(result)) {
        expect(entry.delta, name).toEqual({
          value: 0,
          low: 0,
          high: 0,
          resamples: entry.challenger.resamples,
        });
        expect(entry.challenger, name).toEqual(entry.champion);
      }
    }
  });

  it("gives each model its own values and is deterministic", () => {
    const result = pairedBootstrapMetrics(challenger, champion, options(200));
    expect(pairedBootstrapMetrics(challenger, champion, options(200))).toEqual(result);
    const a = metricValues(challenger);
    const b = metricValues(champion);
    for (const [name, entry] of Object.entries(result)) {
      expect(entry.challenger.value, name).toBe(a[name]);
      expect(entry.champion.value, name).toBe(b[name]);
      expect(entry.delta.value, name).toBe((a[name] as number) - (b[name] as number));
      expect(entry.delta.low, name).toBeLessThanOrEqual(entry.delta.value);
      expect(entry.delta.high, name).toBeGreaterThanOrEqual(entry.delta.value);
    }
  });

  it("pairing narrows the delta: it is narrower than the two models' intervals together", () => {
    const result = pairedBootstrapMetrics(challenger, champion, options(300));
    for (const name of ["roc_auc", "log_loss", "brier"]) {
      const entry = result[name] as {
        challenger: MetricInterval;
        champion: MetricInterval;
        delta: MetricInterval;
      };
      expect(width(entry.delta), name).toBeLessThan(width(entry.challenger) + width(entry.champion));
    }
  });

  it("pairs multiclass and regression predictions too", () => {
    const m = multiclass(500, 3, 41);
    const same = pairedBootstrapMetrics(m, { ...m, probabilities: m.probabilities.slice() }, options(50));
    expect(same.macro_f1?.delta).toEqual({ value: 0, low: 0, high: 0, resamples: 50 });
    const r = regression(500, 42);
    const shifted = { ...r, predicted: r.predicted.map((v) => v + 0.3) };
    const result = pairedBootstrapMetrics(r, shifted, options(50));
    expect(result.rmse?.delta.high).toBeLessThan(0);
  });

  it("refuses predictions of different rows", () => {
    const other = binormal(3000, 99);
    expect(() => pairedBootstrapMetrics(challenger, other, options(10))).toThrow(/labels differ/);
    expect(() => pairedBootstrapMetrics(challenger, binormal(10, 1), options(10))).toThrow(/same rows/);
    expect(() => pairedBootstrapMetrics(challenger, regression(3000, 1), options(10))).toThrow(/cannot pair/);
  });
});
