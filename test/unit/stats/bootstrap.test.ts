import { describe, expect, it } from "vitest";
import {
  bootstrapInterval,
  mulberry32,
  nextUint32,
  POISSON_MIN_ROWS,
  pairedBootstrapDelta,
  percentileSorted,
  poissonTable,
  resampleCounts,
  resampleMethod,
  resampleStream,
  samplePoisson,
  UnitResampler,
  unitWeights,
  weightOf,
} from "../../../src/stats/bootstrap.js";
import { binaryMetrics, rocAuc } from "../../../src/stats/metrics/binary.js";
import { sortedOrder } from "../../../src/stats/sort.js";

function data(n: number, seed: number) {
  const next = mulberry32(seed);
  const scores = new Float64Array(n);
  const other = new Float64Array(n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const u = next() / 4294967296;
    labels[i] = next() / 4294967296 < u ? 1 : 0;
    scores[i] = Math.round(u * 100) / 100;
    other[i] = Math.round((0.5 * u + 0.5 * (next() / 4294967296)) * 100) / 100;
  }
  return { scores, other, labels };
}

describe("resampleCounts", () => {
  it("draws n rows with replacement", () => {
    const w = new Float64Array(1000);
    resampleCounts(w, mulberry32(3));
    expect(w.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(w.every((c) => Number.isInteger(c) && c >= 0)).toBe(true);
    // about 1/e of the rows are left out
    const zeros = w.filter((c) => c === 0).length;
    expect(zeros).toBeGreaterThan(320);
    expect(zeros).toBeLessThan(420);
  });
});

describe("percentileSorted", () => {
  it("interpolates linearly like numpy", () => {
    const v = Float64Array.from([1, 2, 3, 4]);
    expect(percentileSorted(v, 0)).toBe(1);
    expect(percentileSorted(v, 1)).toBe(4);
    expect(percentileSorted(v, 0.5)).toBe(2.5);
    expect(percentileSorted(v, 0.025)).toBeCloseTo(1.075, 15);
  });
});

describe("bootstrapInterval", () => {
  const { scores, labels } = data(2000, 1);
  const order = sortedOrder(scores);
  const auc = (w: Float64Array) => rocAuc(scores, labels, w, order);

  it("is deterministic for a seed and covers the estimate", () => {
    const a = bootstrapInterval(scores.length, 200, 0.95, 42, auc);
    const b = bootstrapInterval(scores.length, 200, 0.95, 42, auc);
    expect(a).toEqual(b);
    expect(a.estimate).toBe(rocAuc(scores, labels));
    expect(a.low).toBeLessThan(a.estimate);
    expect(a.high).toBeGreaterThan(a.estimate);
    expect(a.resamples).toBe(200);
    const c = bootstrapInterval(scores.length, 200, 0.95, 43, auc);
    expect(c.low).not.toBe(a.low);
  });

  it("narrows with lower confidence", () => {
    const wide = bootstrapInterval(scores.length, 200, 0.95, 5, auc);
    const narrow = bootstrapInterval(scores.length, 200, 0.5, 5, auc);
    expect(narrow.low).toBeGreaterThanOrEqual(wide.low);
    expect(narrow.high).toBeLessThanOrEqual(wide.high);
  });

  it("leaves out resamples where the metric is undefined", () => {
    const y = new Int32Array(20);
    y[0] = 1; // one positive: some resamples miss it
    const s = Float64Array.from({ length: 20 }, (_, i) => i / 20);
    const result = bootstrapInterval(20, 100, 0.9, 1, (w) => rocAuc(s, y, w));
    expect(result.resamples).toBeLessThan(100);
    expect(result.resamples).toBeGreaterThan(0);
    expect(Number.isFinite(result.low)).toBe(true);
  });

  it("rejects bad arguments", () => {
    expect(() => bootstrapInterval(10, 0, 0.95, 1, auc)).toThrow(RangeError);
    expect(() => bootstrapInterval(10, 10, 1, 1, auc)).toThrow(RangeError);
  });
});

describe("pairedBootstrapDelta", () => {
  const { scores, other, labels } = data(2000, 2);
  const order = sortedOrder(scores);
  const otherOrder = sortedOrder(other);

  it("is exactly 0 for identical models", () => {
    const metric = (w: Float64Array) => binaryMetrics(scores, labels, w, order).roc_auc;
    const same = (w: Float64Array) => rocAuc(scores, labels, w, order);
    expect(pairedBootstrapDelta(scores.length, 100, 0.95, 9, metric, same)).toEqual({
      estimate: 0,
      low: 0,
      high: 0,
      resamples: 100,
    });
  });

  it("uses the same rows for both models and is deterministic", () => {
    const a = (w: Float64Array) => rocAuc(scores, labels, w, order);
    const b = (w: Float64Array) => rocAuc(other, labels, w, otherOrder);
    const first = pairedBootstrapDelta(scores.length, 200, 0.95, 9, a, b);
    expect(pairedBootstrapDelta(scores.length, 200, 0.95, 9, a, b)).toEqual(first);
    expect(first.estimate).toBeCloseTo(
      a(new Float64Array(scores.length).fill(1)) - b(new Float64Array(scores.length).fill(1)),
      15,
    );
    expect(first.low).toBeLessThan(first.estimate);
    expect(first.high).toBeGreaterThan(first.estimate);
    // pairing: the delta interval is narrower than the gap between the two unpaired intervals' widths
    const ia = bootstrapInterval(scores.length, 200, 0.95, 9, a);
    const ib = bootstrapInterval(scores.length, 200, 0.95, 9, b);
    expect(first.high - first.low).toBeLessThan(ia.high - ia.low + (ib.high - ib.low));
  });
});

describe("resampleCounts spill", () => {
  it("counts past 255 exactly", () => {
    // a generator stuck on row 0 draws it n times
    const w = new Float64Array(1000);
    resampleCounts(w, () => 0, new Uint8Array(1000));
    expect(w[0]).toBe(1000);
    expect(w.reduce((a, b) => a + b, 0)).toBe(1000);
  });
});

describe("resampleStream", () => {
  it("is deterministic per (seed, resample) and differs between them", () => {
    const draws = (seed: number, resample: number) => {
      const state = resampleStream(seed, resample);
      return Array.from({ length: 4 }, () => nextUint32(state));
    };
    expect(draws(42, 3)).toEqual(draws(42, 3));
    expect(draws(42, 3)).not.toEqual(draws(42, 4));
    expect(draws(42, 3)).not.toEqual(draws(43, 3));
    expect(draws(2 ** 40, 0)).not.toEqual(draws(0, 0));
  });
});

/** Poisson(mean) pmf at k, by logs (the test's own reference); log k! is cached as k grows. */
const logFactorials = [0];
function poissonPmf(mean: number, k: number): number {
  for (let i = logFactorials.length; i <= k; i++)
    logFactorials.push((logFactorials[i - 1] as number) + Math.log(i));
  return Math.exp(-mean + k * Math.log(mean) - (logFactorials[k] as number));
}

describe("poissonTable", () => {
  it.each([1, 2, 7, 30, 1000, 250_000])("gives each value its probability to 2^-32 (mean %i)", (mean) => {
    const table = poissonTable(mean);
    let previous = 0;
    for (let k = 0; k < table.thresholds.length; k++) {
      const threshold = table.thresholds[k] as number;
      const p = (threshold - previous) / 2 ** 32;
      expect(Math.abs(p - poissonPmf(mean, table.low + k)), `k = ${table.low + k}`).toBeLessThan(2 ** -31);
      previous = threshold;
    }
    expect(previous).toBe(2 ** 32);
    // the inverse CDF at both ends of every value's range
    let low = 0;
    for (let k = 0; k < table.thresholds.length; k++) {
      const high = table.thresholds[k] as number;
      if (high > low) {
        expect(samplePoisson(table, low)).toBe(table.low + k);
        expect(samplePoisson(table, high - 1)).toBe(table.low + k);
      }
      low = high;
    }
    expect(table.high).toBeLessThan(mean + 12 * Math.sqrt(mean) + 20);
  });
});

describe("UnitResampler", () => {
  it("picks the method by row count", () => {
    expect(resampleMethod(POISSON_MIN_ROWS - 1)).toBe("multinomial");
    expect(resampleMethod(POISSON_MIN_ROWS)).toBe("poisson");
    expect(new UnitResampler(10).method).toBe("multinomial");
  });

  it("multinomial: n draws with replacement, counted per unit", () => {
    const multiplicity = Float64Array.of(3, 1, 996);
    const unitOfRow = new Uint32Array(1000).fill(2);
    unitOfRow.set([0, 0, 0, 1]);
    const resampler = new UnitResampler(1000, multiplicity, unitOfRow);
    const weights = unitWeights(3);
    let unit0 = 0;
    for (let r = 0; r < 200; r++) {
      resampler.fill(1, r, weights);
      const counts = [0, 1, 2].map((u) => weightOf(weights, u));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
      expect(counts[2]).toBeGreaterThan(255); // stored as a large count
      unit0 += counts[0] as number;
    }
    expect(unit0 / 200).toBeGreaterThan(2.5); // E = 3
    expect(unit0 / 200).toBeLessThan(3.5);
    expect(() => new UnitResampler(10, Float64Array.of(5, 5))).toThrow(/unit of each row/);
  });

  it("poisson: each unit of m rows gets a Poisson(m) count", () => {
    const units = 40_000;
    const multiplicity = new Float64Array(units).fill(1);
    for (let u = 0; u < units; u += 100) multiplicity[u] = 20; // tied units among single rows
    multiplicity[7] = 5000; // counts ≥ 255
    const resampler = new UnitResampler(units, multiplicity);
    expect(resampler.method).toBe("poisson");
    const weights = unitWeights(units);
    const frequency = new Float64Array(8);
    let tiedSum = 0;
    let tiedSquares = 0;
    let tiedCount = 0;
    let big = 0;
    for (let r = 0; r < 5; r++) {
      resampler.fill(9, r, weights);
      for (let u = 0; u < units; u++) {
        const w = weightOf(weights, u);
        if (u === 7) big += w;
        else if (multiplicity[u] === 20) {
          tiedSum += w;
          tiedSquares += w * w;
          tiedCount++;
        } else frequency[Math.min(w, 7)] = (frequency[Math.min(w, 7)] as number) + 1;
      }
    }
    const singles = frequency.reduce((a, b) => a + b, 0);
    for (let k = 0; k < 5; k++) {
      const expected = poissonPmf(1, k);
      const se = Math.sqrt((expected * (1 - expected)) / singles);
      expect(Math.abs((frequency[k] as number) / singles - expected), `P(${k})`).toBeLessThan(5 * se);
    }
    const mean = tiedSum / tiedCount;
    expect(mean).toBeGreaterThan(19.5);
    expect(mean).toBeLessThan(20.5);
    expect(tiedSquares / tiedCount - mean * mean).toBeGreaterThan(17); // variance 20
    expect(tiedSquares / tiedCount - mean * mean).toBeLessThan(23);
    expect(big / 5).toBeGreaterThan(5000 - 5 * Math.sqrt(5000));
    expect(big / 5).toBeLessThan(5000 + 5 * Math.sqrt(5000));
  });

  it("poisson: single rows follow the Poisson(1) distribution (one 32-bit draw each)", () => {
    // P(count = k) for single rows over 10^6 draws
    const resampler = new UnitResampler(1_000_000);
    const weights = unitWeights(1_000_000);
    resampler.fill(3, 0, weights);
    const frequency = new Float64Array(12);
    for (const w of weights.small) frequency[w] = (frequency[w] as number) + 1;
    for (let k = 0; k < 6; k++) {
      const expected = poissonPmf(1, k);
      const se = Math.sqrt((expected * (1 - expected)) / 1e6);
      expect(Math.abs((frequency[k] as number) / 1e6 - expected), `P(${k})`).toBeLessThan(5 * se);
    }
  });

  it("is deterministic for (seed, resample)", () => {
    for (const rows of [500, 20_000]) {
      const resampler = new UnitResampler(rows);
      const a = unitWeights(rows);
      const b = unitWeights(rows);
      resampler.fill(5, 2, a);
      resampler.fill(5, 2, b);
      expect(b.small).toEqual(a.small);
      resampler.fill(5, 3, b);
      expect(b.small).not.toEqual(a.small);
    }
  });
});
