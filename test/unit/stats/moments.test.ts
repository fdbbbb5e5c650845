import { describe, expect, it } from "vitest";
import { Moments } from "../../../src/stats/moments.js";
import { draw, normal } from "./random.js";

function momentsOf(values: ArrayLike<number>): Moments {
  const moments = new Moments();
  for (let i = 0; i < values.length; i++) moments.add(values[i] as number);
  return moments;
}

function twoPass(values: Float64Array) {
  const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
  const variance = values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

describe("Moments", () => {
  it("computes count, mean, sample variance, min and max", () => {
    const moments = momentsOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(moments.count).toBe(8);
    expect(moments.mean).toBe(5);
    expect(moments.variance).toBeCloseTo(32 / 7, 12);
    expect(moments.std).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(moments.min).toBe(2);
    expect(moments.max).toBe(9);
  });

  it("stays accurate on a large offset, such as epoch milliseconds", () => {
    const values = draw(10_000, normal(1, 1.7e12, 1_000));
    const { mean, variance } = twoPass(values);
    const moments = momentsOf(values);
    expect(Math.abs(moments.mean - mean) / mean).toBeLessThan(1e-14);
    // A sum-of-squares formula would lose every digit here.
    expect(Math.abs(moments.variance / variance - 1)).toBeLessThan(1e-6);
  });

  it("merges partial results into the result of the whole", () => {
    const values = draw(9_000, normal(2, 3, 2));
    const whole = momentsOf(values);
    const merged = momentsOf(values.subarray(0, 1_000))
      .merge(momentsOf(values.subarray(1_000, 1_000)))
      .merge(momentsOf(values.subarray(1_000, 9_000)));
    expect(merged.count).toBe(whole.count);
    expect(merged.mean).toBeCloseTo(whole.mean, 12);
    expect(merged.variance).toBeCloseTo(whole.variance, 10);
    expect(merged.min).toBe(whole.min);
    expect(merged.max).toBe(whole.max);
    expect(new Moments().merge(whole).toJSON()).toEqual(whole.toJSON());
  });

  it("gives 0 variance below two values and null bounds when empty", () => {
    expect(momentsOf([3]).variance).toBe(0);
    expect(new Moments().toJSON()).toEqual({ count: 0, mean: 0, m2: 0, min: null, max: null });
  });

  it("round-trips through JSON", () => {
    const moments = momentsOf(draw(100, normal(3)));
    const restored = Moments.fromJSON(JSON.parse(JSON.stringify(moments)));
    expect(restored.toJSON()).toEqual(moments.toJSON());
    expect(Moments.fromJSON(new Moments().toJSON()).count).toBe(0);
    expect(() => Moments.fromJSON({ count: 2, mean: 0, m2: 0, min: null, max: null })).toThrow(TypeError);
  });
});
