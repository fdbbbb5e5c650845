import { describe, expect, it } from "vitest";
import {
  bootstrapInterval,
  mulberry32,
  pairedBootstrapDelta,
  percentileSorted,
  resampleCounts,
} from "../../../src/stats/bootstrap.js";
import { binaryMetrics, rocAuc, sortedOrder } from "../../../src/stats/metrics.js";

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
