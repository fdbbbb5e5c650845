import { describe, expect, it } from "vitest";
import { differenceInterval } from "../../../src/policy/monitor-policy.js";
import { percentileSorted, UnitResampler, unitWeights, weightOf } from "../../../src/stats/bootstrap.js";
import { METRICS_BY_TASK } from "../../../src/stats/metric-names.js";
import {
  bootstrapMetrics,
  type MetricInterval,
  metricValues,
  subsetPredictions,
  type TaskPredictions,
} from "../../../src/stats/metric-set.js";
import { pairedRowsBootstrap } from "../../../src/stats/paired-rows.js";

function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** n ids: the evaluation's labels and scores, and production's — the same scores, some labels changed. */
function pairs(n: number, changed: number, seed = 3) {
  const random = lcg(seed);
  const labels = new Int32Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] = random() < 0.4 ? 1 : 0;
    const logit = 1.2 * (2 * (labels[i] as number) - 1) + 3 * (random() - 0.5);
    scores[i] = 1 / (1 + Math.exp(-logit));
  }
  const prodLabels = labels.slice();
  for (let i = 0; i < n; i++) if (random() < changed) prodLabels[i] = 1 - (prodLabels[i] as number);
  const evaluation: TaskPredictions = { task: "binary", labels, scores };
  const production: TaskPredictions = { task: "binary", labels: prodLabels, scores: scores.slice() };
  return { evaluation, production };
}

/** The rows a resample drew, each repeated by its weight: the bootstrap written out longhand. */
function expanded(weights: Float64Array): Uint32Array {
  const rows: number[] = [];
  weights.forEach((w, i) => {
    for (let c = 0; c < w; c++) rows.push(i);
  });
  return Uint32Array.from(rows);
}

describe("pairedRowsBootstrap", () => {
  it("equals a brute-force paired bootstrap over resampled ids, labels differing between the sides", () => {
    const { evaluation, production } = pairs(12, 0.3);
    const options = { resamples: 40, confidence: 0.9, seed: 17 };
    const result = pairedRowsBootstrap(evaluation, production, options);

    // Reference: draw each resample's ids with the project's resampler, build both sides' resampled rows,
    // measure each with the plain metric code, take numpy-linear percentiles of the finite values.
    const n = 12;
    const resampler = new UnitResampler(n);
    const drawn = unitWeights(n);
    const names = METRICS_BY_TASK.binary;
    const values = names.map(() => ({ e: [] as number[], p: [] as number[], d: [] as number[] }));
    for (let r = 0; r < options.resamples; r++) {
      resampler.fill(options.seed, r, drawn);
      const rows = expanded(Float64Array.from({ length: n }, (_, i) => weightOf(drawn, i)));
      expect(rows.length).toBe(n); // multinomial: n draws
      const e = metricValues(subsetPredictions(evaluation, rows));
      const p = metricValues(subsetPredictions(production, rows));
      names.forEach((name, k) => {
        const ve = e[name] as number;
        const vp = p[name] as number;
        if (Number.isFinite(ve)) values[k]?.e.push(ve);
        if (Number.isFinite(vp)) values[k]?.p.push(vp);
        if (Number.isFinite(ve) && Number.isFinite(vp)) values[k]?.d.push(vp - ve);
      });
    }
    const percentiles = (list: number[]) => {
      const sorted = Float64Array.from(list).sort();
      return [percentileSorted(sorted, 0.05), percentileSorted(sorted, 0.95), list.length];
    };
    const e0 = metricValues(evaluation);
    const p0 = metricValues(production);
    names.forEach((name, k) => {
      const got = result[name];
      const ref = values[k] as { e: number[]; p: number[]; d: number[] };
      expect(got?.evaluation.value).toBeCloseTo(e0[name] as number, 12);
      expect(got?.production.value).toBeCloseTo(p0[name] as number, 12);
      expect(got?.delta.value).toBeCloseTo((p0[name] as number) - (e0[name] as number), 12);
      for (const [interval, list] of [
        [got?.evaluation, ref.e],
        [got?.production, ref.p],
        [got?.delta, ref.d],
      ] as const) {
        const [low, high, count] = percentiles(list);
        expect(interval?.resamples).toBe(count);
        expect(interval?.low).toBeCloseTo(low as number, 12);
        expect(interval?.high).toBeCloseTo(high as number, 12);
      }
    });
    // Labels differ, so the two sides' accuracies differ somewhere.
    expect(result.accuracy?.delta.value).not.toBe(0);
  });

  it("is deterministic for a seed and changes with it", () => {
    const { evaluation, production } = pairs(300, 0.1);
    const options = { resamples: 200, confidence: 0.95, seed: 5 };
    const a = pairedRowsBootstrap(evaluation, production, options);
    const b = pairedRowsBootstrap(evaluation, production, options);
    expect(b).toEqual(a);
    const c = pairedRowsBootstrap(evaluation, production, { ...options, seed: 6 });
    expect(c.roc_auc?.delta.low).not.toBe(a.roc_auc?.delta.low);
    // Each side alone is the project's bootstrap of that side with the same seed (the same id weights).
    const alone = bootstrapMetrics(production, options);
    expect(a.roc_auc?.production.low).toBeCloseTo(alone.roc_auc?.low as number, 12);
    expect(a.roc_auc?.production.high).toBeCloseTo(alone.roc_auc?.high as number, 12);
  });

  it("gives Δ zero when nothing changed, and a narrower Δ interval than MOVER when the sides are correlated", () => {
    const same = pairs(400, 0);
    const unchanged = pairedRowsBootstrap(same.evaluation, same.production, {
      resamples: 100,
      confidence: 0.95,
      seed: 1,
    });
    expect(unchanged.roc_auc?.delta).toMatchObject({ value: 0, low: 0, high: 0 });

    const { evaluation, production } = pairs(400, 0.05);
    const options = { resamples: 300, confidence: 0.95, seed: 9 };
    const paired = pairedRowsBootstrap(evaluation, production, options);
    const mover = differenceInterval(
      bootstrapMetrics(production, options).roc_auc as MetricInterval,
      bootstrapMetrics(evaluation, { ...options, seed: 10 }).roc_auc as MetricInterval,
    );
    const width = (i: { low: number; high: number }) => i.high - i.low;
    expect(width(paired.roc_auc?.delta as { low: number; high: number })).toBeLessThan(width(mover));
  });

  it("refuses sides of different tasks or lengths", () => {
    const { evaluation } = pairs(10, 0);
    const other = pairs(11, 0).production;
    expect(() => pairedRowsBootstrap(evaluation, other, { resamples: 1, confidence: 0.9, seed: 1 })).toThrow(
      /one row per id on each side: evaluation 10, production 11/,
    );
  });
});
