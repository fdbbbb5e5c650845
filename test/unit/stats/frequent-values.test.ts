import { describe, expect, it } from "vitest";
import { FrequentValues } from "../../../src/stats/frequent-values.js";

describe("FrequentValues", () => {
  it("counts values exactly, most frequent first, ties in key order", () => {
    const frequent = new FrequentValues(10);
    for (const value of ["b", "a", "b", "c", "a", "b"]) frequent.add(value);
    expect(frequent.entries()).toEqual([
      { value: "b", count: 3 },
      { value: "a", count: 2 },
      { value: "c", count: 1 },
    ]);
    expect(frequent.distinct).toBe(3);
    expect(frequent.count("a")).toBe(2);
    expect(frequent.count("zzz")).toBe(0);
  });

  it("keeps typed keys apart and orders them by type, then value", () => {
    const frequent = new FrequentValues();
    for (const value of [10, 9, "9", true, 9]) frequent.add(value);
    expect(frequent.entries()).toEqual([
      { value: 9, count: 2 },
      { value: true, count: 1 },
      { value: 10, count: 1 },
      { value: "9", count: 1 },
    ]);
  });

  it("holds up to the cap and drops everything past it", () => {
    const frequent = new FrequentValues(3);
    for (const value of ["a", "b", "c", "a"]) frequent.add(value);
    expect(frequent.highCardinality).toBe(false);
    frequent.add("d");
    expect(frequent.highCardinality).toBe(true);
    expect(frequent.entries()).toBeUndefined();
    expect(frequent.distinct).toBeUndefined();
    frequent.add("a");
    expect(frequent.toJSON()).toEqual({ cap: 3, highCardinality: true, values: [] });
  });

  it("merges counts, and past the cap when the union is too large", () => {
    const a = new FrequentValues(3);
    const b = new FrequentValues(3);
    for (const value of ["x", "y", "x"]) a.add(value);
    for (const value of ["y", "y"]) b.add(value);
    expect(a.merge(b).entries()).toEqual([
      { value: "y", count: 3 },
      { value: "x", count: 2 },
    ]);
    const c = new FrequentValues(3);
    for (const value of ["p", "q"]) c.add(value);
    expect(a.merge(c).highCardinality).toBe(true);
    const high = new FrequentValues(1);
    high.add(1);
    high.add(2);
    expect(new FrequentValues(5).merge(high).highCardinality).toBe(true);
  });

  it("round-trips through JSON", () => {
    const frequent = new FrequentValues(5);
    for (const value of [1, 1, "one", false]) frequent.add(value);
    const restored = FrequentValues.fromJSON(JSON.parse(JSON.stringify(frequent)));
    expect(restored.toJSON()).toEqual(frequent.toJSON());
    expect(() =>
      FrequentValues.fromJSON({ cap: 1, highCardinality: false, values: frequent.entries() ?? [] }),
    ).toThrow(TypeError);
  });
});
