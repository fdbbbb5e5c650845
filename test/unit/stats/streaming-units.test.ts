import { describe, expect, it } from "vitest";
import { bootstrapBinaryUnits, bootstrapMetrics, metricValues } from "../../../src/stats/metric-set.js";
import { StreamingBinaryUnits, scoreCell } from "../../../src/stats/streaming-units.js";

const OPTIONS = { resamples: 200, confidence: 0.95, seed: 7, threads: 1 };

/** n rows, score a logistic of the label plus noise, rounded to `decimals` (or exact when undefined). */
function rows(n: number, seed: number, decimals?: number) {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const labels = new Int32Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = random() < 0.3 ? 1 : 0;
    const s = 1 / (1 + Math.exp(-(1.2 * (2 * y - 1) + 5 * (random() - 0.5))));
    labels[i] = y;
    scores[i] = decimals === undefined ? s : Number(s.toFixed(decimals));
  }
  return { labels, scores };
}

function stream(labels: Int32Array, scores: Float64Array, maxUnits?: number) {
  const units = new StreamingBinaryUnits(maxUnits);
  for (let i = 0; i < labels.length; i++) units.add(labels[i] as number, scores[i] as number);
  return units;
}

describe("StreamingBinaryUnits", () => {
  it("gives the rows' metrics and exactly their intervals while no score is quantised", () => {
    for (const decimals of [3, undefined]) {
      const { labels, scores } = rows(30_000, 3, decimals);
      const units = stream(labels, scores);
      expect(units.quantised).toBe(false);
      expect(units.rawRows()).toBeUndefined();
      const merged = units.unitCounts();
      expect(merged.rows).toBe(30_000);
      if (decimals === 3) expect(merged.counts.length).toBeLessThan(2002);
      const fromUnits = bootstrapBinaryUnits(merged.labels, merged.scores, merged.counts, OPTIONS);
      const fromRows = bootstrapMetrics({ task: "binary", labels, scores }, OPTIONS);
      for (const [name, interval] of Object.entries(fromRows)) {
        const other = fromUnits[name] as typeof interval;
        expect(other.value, name).toBeCloseTo(interval.value, 12);
        expect(other.low, name).toBe(interval.low);
        expect(other.high, name).toBe(interval.high);
        expect(other.resamples, name).toBe(interval.resamples);
      }
    }
  });

  it("keeps the rows of a window under POISSON_MIN_ROWS", () => {
    const { labels, scores } = rows(5000, 4);
    const kept = stream(labels, scores).rawRows();
    expect(Array.from(kept?.labels ?? [])).toEqual(Array.from(labels));
    expect(Array.from(kept?.scores ?? [])).toEqual(Array.from(scores));
  });

  it("quantises past the cap and stays within the stated bounds", () => {
    const { labels, scores } = rows(60_000, 5);
    const units = stream(labels, scores, 4096);
    expect(units.quantised).toBe(true);
    expect(units.units).toBeLessThanOrEqual(4096);
    const q = units.quantisation();
    expect(q).toBeDefined();
    const merged = units.unitCounts();
    expect(merged.rows).toBe(60_000);
    expect(merged.counts.reduce((a, b) => a + b, 0)).toBe(60_000);
    const exact = metricValues({ task: "binary", labels, scores });
    const options = { ...OPTIONS, resamples: 1000 };
    const fromUnits = bootstrapBinaryUnits(merged.labels, merged.scores, merged.counts, options);
    const fromRows = bootstrapMetrics({ task: "binary", labels, scores }, options);
    for (const [name, value] of Object.entries(exact)) {
      const bound = q?.bounds[name] as number;
      expect(bound, name).toBeGreaterThanOrEqual(0);
      expect(bound, name).toBeLessThan(0.01);
      const interval = fromUnits[name] as { value: number; low: number; high: number };
      expect(Math.abs(interval.value - value), name).toBeLessThanOrEqual(bound + 1e-12);
      // endpoints: the bound plus the Monte-Carlo error of other random draws (a quarter of the width bounds it here)
      const reference = fromRows[name] as { low: number; high: number };
      const slack = bound + 0.25 * (reference.high - reference.low) + 1e-12;
      expect(Math.abs(interval.low - reference.low), name).toBeLessThanOrEqual(slack);
      expect(Math.abs(interval.high - reference.high), name).toBeLessThanOrEqual(slack);
    }
    for (const name of ["accuracy", "precision", "recall", "f1"])
      expect(fromUnits[name]?.value, name).toBeCloseTo(exact[name] as number, 12);
    expect(fromUnits.expected_calibration_error?.value).toBeCloseTo(
      exact.expected_calibration_error as number,
      12,
    );
  });

  it("puts a score's cell on one side of 0.5 and in one calibration bin, nested across grids", () => {
    expect(scoreCell(0.4999999, 20)).not.toBe(scoreCell(0.5, 20));
    expect(scoreCell(0.0999999999, 4)).not.toBe(scoreCell(0.1, 4));
    expect(scoreCell(0.123456, 20)).not.toBe(scoreCell(0.123457, 20));
    expect(scoreCell(0.123456, 8)).toBe(scoreCell(0.123457, 8));
    expect(scoreCell(0.876544, 8)).toBe(scoreCell(0.876543, 8));
    expect(scoreCell(0.3, 20)).toBeGreaterThanOrEqual(0);
  });
});
