import { describe, expect, it } from "vitest";
import { ColumnChecker } from "../../../src/validation/column-checker.js";
import type { ColumnRule } from "../../../src/validation/rules.js";

const NOW = Date.UTC(2025, 0, 1);

function checker(rule: ColumnRule): ColumnChecker {
  return new ColumnChecker("c", rule, ["validate", "columns", "c"], NOW);
}

describe("ColumnChecker bulk paths (Parquet columns)", () => {
  it("passes() holds exactly where observe() only counts a present, parsed value", () => {
    const rules: ColumnRule[] = [
      {},
      { type: "string" },
      { type: "string", allowed: ["a", "b", "1"] },
      { type: "string", pattern: "^[^@]+@[^@]+$" },
      { type: "string", allowed: ["a"], pattern: "a" },
      { type: "integer", allowed: [1] },
      { type: "number" },
      { type: "boolean" },
      { type: "boolean", allowed: ["true"] },
      { type: "timestamp" },
      { allowed: ["false", " a "] },
    ];
    const values: (string | boolean)[] = [
      "a",
      " a ",
      "b",
      "1",
      "x@y",
      "x@@y",
      "",
      "  ",
      "\u00a0",
      "true",
      "2024-01-01",
      "héllo",
      true,
      false,
    ];
    for (const rule of rules)
      for (const value of values) {
        const observed = checker(rule);
        observed.observe(value, 1, "f");
        const counted = checker(rule);
        const passes = counted.passes(value);
        if (passes) counted.observePassing(1);
        else counted.observe(value, 1, "f");
        expect(counted.toJSON(), `${JSON.stringify(rule)} ${JSON.stringify(value)}`).toEqual(
          observed.toJSON(),
        );
        const untouched = checker(rule).toJSON();
        const once = observed.toJSON();
        // passing is exactly one more row and one more parsed value, and nothing else
        expect(passes, `${JSON.stringify(rule)} ${JSON.stringify(value)}`).toBe(
          once.rows === 1 &&
            once.parsed === 1 &&
            once.nulls === 0 &&
            once.min === null &&
            JSON.stringify(once.violations) === JSON.stringify(untouched.violations),
        );
      }
    const nulls = checker({ type: "integer", max_null_fraction: 0 });
    nulls.observeNulls(3);
    const reference = checker({ type: "integer", max_null_fraction: 0 });
    for (let i = 0; i < 3; i++) reference.observe(null, i, "f");
    expect(nulls.toJSON()).toEqual(reference.toJSON());
  });
});
