import { describe, expect, it } from "vitest";
import { profileRows } from "../../../src/stats/column-profile.js";
import { ksStatistic, PSI_FLOOR, psiCategorical, psiNumeric } from "../../../src/stats/drift.js";
import { QuantileSketch } from "../../../src/stats/quantile-sketch.js";
import { normal, normalCdf, uniform } from "./random.js";

function sketchOf(count: number, next: () => number, seed = 1): QuantileSketch {
  const sketch = new QuantileSketch(200, seed);
  for (let i = 0; i < count; i++) sketch.add(next());
  return sketch;
}

// Standard normal deciles.
const DECILES = [
  -1.2815515655446004, -0.8416212335729143, -0.5244005127080407, -0.2533471031357997, 0, 0.2533471031357997,
  0.5244005127080407, 0.8416212335729143, 1.2815515655446004,
];

/** PSI of N(shift, 1) against N(0, 1) over the reference deciles, from the normal CDF. */
function exactShiftedPsi(shift: number): number {
  const edges = [Number.NEGATIVE_INFINITY, ...DECILES, Number.POSITIVE_INFINITY];
  let psi = 0;
  for (let i = 1; i < edges.length; i++) {
    const low = edges[i - 1] as number;
    const high = edges[i] as number;
    const current = normalCdf(high - shift) - normalCdf(low - shift);
    psi += (current - 0.1) * Math.log(current / 0.1);
  }
  return psi;
}

describe("psiNumeric", () => {
  it("is about 0 for two samples of one distribution, and exactly 0 for one sketch", () => {
    const reference = sketchOf(200_000, normal(1));
    const current = sketchOf(150_000, normal(2), 7);
    expect(psiNumeric(reference, current)).toBeLessThan(0.005);
    expect(psiNumeric(reference, reference)).toBe(0);
  });

  it("matches the analytic PSI of a shifted normal", () => {
    const reference = sketchOf(200_000, normal(3));
    // A quarter-sd shift's PSI (0.06) is small enough for the sketches' rank error at the decile edges to
    // move it: over 40 seed pairs it came out 0.91–1.23 times the analytic value (0.84–1.30 with level 0's
    // floor at 64), biased upward as noise adds to the squared differences. Half an sd: 0.93–1.10 (0.91–1.15
    // before); one sd: 0.96–1.08 (0.94–1.06).
    for (const [shift, low, high] of [
      [0.25, 0.85, 1.25],
      [0.5, 0.9, 1.1],
      [1, 0.9, 1.1],
    ] as const) {
      const expected = exactShiftedPsi(shift);
      const observed = psiNumeric(reference, sketchOf(200_000, normal(4, shift), 5));
      expect(observed).toBeGreaterThan(expected * low);
      expect(observed).toBeLessThan(expected * high);
    }
    // The usual reading: a quarter-sd shift is negligible-to-moderate, half an sd moderate, one sd significant.
    expect(exactShiftedPsi(0.25)).toBeLessThan(0.1);
    expect(exactShiftedPsi(0.5)).toBeGreaterThan(0.1);
    expect(exactShiftedPsi(1)).toBeGreaterThan(0.25);
  });

  it("reads sketches from profiles and from JSON", () => {
    const [reference] = profileRows(Array.from({ length: 5_000 }, (_, i) => ({ x: String(i % 97) })));
    const [current] = profileRows(Array.from({ length: 5_000 }, (_, i) => ({ x: String((i % 97) + 40) })));
    if (!reference || !current) throw new Error("no profile");
    const fromProfiles = psiNumeric(reference, current);
    expect(fromProfiles).toBeGreaterThan(1);
    expect(psiNumeric(reference.sketch ?? reference, current)).toBe(fromProfiles);
    const [text] = profileRows([{ x: "a" }]);
    if (!text) throw new Error("no profile");
    expect(() => psiNumeric(text, current)).toThrow(/no quantile sketch/);
  });

  it("merges tied bins of discrete data, and stays 0 for equal shares", () => {
    const values = uniform(6);
    const reference = sketchOf(10_000, () => Math.floor(values() * 3));
    const current = sketchOf(10_000, () => Math.floor(values() * 3), 2);
    expect(psiNumeric(reference, current)).toBeLessThan(0.002);
    const constant = sketchOf(100, () => 5);
    expect(psiNumeric(constant, constant)).toBe(0);
  });

  it("floors empty bins so disjoint data stays finite", () => {
    const reference = sketchOf(10_000, uniform(1));
    const current = sketchOf(10_000, () => 5);
    const psi = psiNumeric(reference, current);
    expect(Number.isFinite(psi)).toBe(true);
    // Nine reference bins lose their 10% to the floor; the last gets all of the current data.
    const expected = 9 * (PSI_FLOOR - 0.1) * Math.log(PSI_FLOOR / 0.1) + (1 - 0.1) * Math.log(1 / 0.1);
    expect(psi).toBeCloseTo(expected, 1);
  });

  it("is NaN when a side is empty and rejects too few bins", () => {
    expect(psiNumeric(new QuantileSketch(), sketchOf(10, uniform(1)))).toBeNaN();
    expect(() => psiNumeric(sketchOf(10, uniform(1)), sketchOf(10, uniform(1)), 1)).toThrow(RangeError);
  });
});

describe("psiCategorical", () => {
  it("is 0 for equal shares whatever the totals", () => {
    expect(psiCategorical({ a: 10, b: 30 }, { a: 100, b: 300 })).toBe(0);
  });

  it("matches the formula for changed shares", () => {
    const expected = (0.5 - 0.25) * Math.log(0.5 / 0.25) + (0.5 - 0.75) * Math.log(0.5 / 0.75);
    expect(psiCategorical({ a: 25, b: 75 }, { a: 50, b: 50 })).toBeCloseTo(expected, 12);
  });

  it("counts unseen values in their own bucket", () => {
    const unseenShare = 0.2;
    const expected =
      (0.4 - 0.5) * Math.log(0.4 / 0.5) * 2 + (unseenShare - PSI_FLOOR) * Math.log(unseenShare / PSI_FLOOR);
    const psi = psiCategorical({ US: 50, GB: 50 }, { US: 40, GB: 40, FR: 12, DE: 8 });
    expect(psi).toBeCloseTo(expected, 12);
    expect(psi).toBeGreaterThan(0.25);
  });

  it("takes profile topValues and Maps, comparing keys as text", () => {
    const reference = [
      { value: 0, count: 90 },
      { value: 1, count: 10 },
    ];
    const current = new Map<string | number | boolean, number>([
      ["0", 80],
      ["1", 20],
    ]);
    const expected = (0.8 - 0.9) * Math.log(0.8 / 0.9) + (0.2 - 0.1) * Math.log(0.2 / 0.1);
    expect(psiCategorical(reference, current)).toBeCloseTo(expected, 12);
    expect(psiCategorical({}, { a: 1 })).toBeNaN();
  });
});

describe("ksStatistic", () => {
  it("is about 0 for one distribution and exactly 0 for one sketch", () => {
    const reference = sketchOf(100_000, uniform(1));
    expect(ksStatistic(reference, sketchOf(100_000, uniform(2), 3))).toBeLessThan(0.03);
    expect(ksStatistic(reference, reference)).toBe(0);
  });

  it("gives the known distance between shifted normals", () => {
    const reference = sketchOf(200_000, normal(3));
    const current = sketchOf(200_000, normal(4, 0.5), 5);
    // sup |Φ(x) − Φ(x − 0.5)| is at x = 0.25.
    const expected = 2 * normalCdf(0.25) - 1;
    expect(ksStatistic(reference, current)).toBeCloseTo(expected, 1);
    expect(Math.abs(ksStatistic(reference, current) - expected)).toBeLessThan(0.03);
  });

  it("is 1 for disjoint supports, either way round", () => {
    const low = sketchOf(50_000, uniform(1));
    const next = uniform(9);
    const high = sketchOf(50_000, () => 10 + next(), 2);
    expect(ksStatistic(low, high)).toBe(1);
    expect(ksStatistic(high, low)).toBe(1);
  });

  it("is NaN when a side is empty", () => {
    expect(ksStatistic(new QuantileSketch(), sketchOf(10, uniform(1)))).toBeNaN();
  });
});
