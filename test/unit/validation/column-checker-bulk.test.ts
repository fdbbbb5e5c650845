import { describe, expect, it } from "vitest";
import { ColumnChecker } from "../../../src/validation/column-checker.js";
import type { ColumnRule } from "../../../src/validation/rules.js";

const NOW = Date.UTC(2025, 0, 1);

function checker(rule: ColumnRule): ColumnChecker {
  return new ColumnChecker("c", rule, ["validate", "columns", "c"], NOW);
}

describe("ColumnChecker bulk paths (Parquet columns)", () => {
  it("passesBytes() is passes() of the decoded text wherever it decides, and decides plain ASCII", () => {
    const rules: ColumnRule[] = [
      {},
      { type: "string" },
      { type: "string", allowed: ["US", "a@b", "\u00a0US", "\ufffd", "é"] },
      { type: "string", pattern: "^[^@]+@[^@]+$" },
      { allowed: ["US"], pattern: "^[A-Z]+$" },
      { pattern: "^(a|b)$" },
      { pattern: "^[a-z@]+$" },
      { type: "integer" },
      { type: "boolean", allowed: ["true"] },
    ];
    const values: number[][] = [
      [0x61, 0x40, 0x62],
      [0x20, 0x61, 0x40, 0x62],
      [0x61, 0x40, 0x62, 0x20],
      [],
      [0x20],
      [0x09],
      [0x55, 0x53],
      [0x55, 0x53, 0x0a],
      [0xc2, 0xa0, 0x55, 0x53],
      [0xef, 0xbb, 0xbf, 0x55, 0x53],
      [0xc3, 0xa9],
      [0xff],
      [0x61, 0xff, 0x40, 0x62],
      [0x61, 0x40, 0xe2, 0x82],
      [0x40],
      [0x40, 0xff],
      [0x40, 0x61, 0x40, 0xc3, 0xa9],
      [0x61, 0x40, 0x62, 0xc3, 0xa9],
      [0x61],
      [0x74, 0x72, 0x75, 0x65],
      [0x31],
    ];
    const decoder = new TextDecoder();
    let decided = 0;
    for (const rule of rules)
      for (const value of values) {
        // the bytes sit inside a larger buffer, as a page's do
        const bytes = new Uint8Array([0x7c, ...value, 0x7c]);
        const fromBytes = checker(rule).passesBytes(bytes, 1, 1 + value.length);
        const text = decoder.decode(new Uint8Array(value));
        if (fromBytes === undefined) continue;
        decided++;
        expect(fromBytes, `${JSON.stringify(rule)} ${JSON.stringify(text)}`).toBe(checker(rule).passes(text));
      }
    expect(decided).toBeGreaterThan(30);
    // printable ASCII under a string rule is always decided on the bytes
    const email = new Uint8Array([0x61, 0x40, 0x62]);
    expect(checker({ type: "string", pattern: "^[^@]+@[^@]+$" }).passesBytes(email, 0, 3)).toBe(true);
    expect(checker({ allowed: ["US"] }).passesBytes(email, 0, 3)).toBe(false);
  });

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

  it("observeNumbers gives observeNumber's state, samples and mean bit for bit", () => {
    const rules: ColumnRule[] = [
      { type: "integer", min: 0, max: 5 },
      { type: "number", min: -1.5, max: 1e6 },
      { type: "integer", allowed: [0, 1] },
      { type: "integer", allowed: ["1", "1.0", "-0", "01", "1e21"] },
      { type: "number", allowed: [0.1, "Infinity", "1e21"] },
      { type: "number", pattern: "^1" },
      { type: "string" },
      {},
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const special = [0, -0, 1, 0.1, -1.5, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, -3, 7.5, 2 ** 53];
    const numbers = new Float64Array(400);
    for (let i = 0; i < numbers.length; i++)
      numbers[i] =
        random() < 0.3 ? (special[i % special.length] as number) : Math.round(random() * 80) / 8 - 2;
    const at = new Int32Array(500);
    let k = 0;
    for (let r = 0; r < at.length; r++) at[r] = random() < 0.2 || k >= numbers.length ? -1 : k++;
    for (const rule of rules)
      for (const rows of [undefined, at]) {
        const count = rows ? rows.length : numbers.length;
        const bulk = checker(rule);
        bulk.observeNumbers(numbers, rows, count, 10, "f");
        bulk.observeNumbers(numbers, rows, count, 10 + count, "f");
        const reference = checker(rule);
        for (let pass = 0; pass < 2; pass++)
          for (let r = 0; r < count; r++) {
            const v = rows ? (rows[r] as number) : r;
            if (v < 0) reference.observe(null, 10 + pass * count + r, "f");
            else reference.observeNumber(numbers[v] as number, 10 + pass * count + r, "f");
          }
        expect(bulk.toJSON(), JSON.stringify(rule)).toEqual(reference.toJSON());
        expect(bulk.results(), JSON.stringify(rule)).toEqual(reference.results());
      }
  });

  it("observeTimes gives observe(Date)'s state, samples and mean bit for bit, nulls at the end", () => {
    const rules: ColumnRule[] = [
      { type: "timestamp", min: "2020-01-01T00:00:00Z", max: "2024-06-01T00:00:00Z" },
      { type: "timestamp", max_age: "30d" },
      { type: "timestamp" },
      { type: "timestamp", allowed: ["2021-01-01T00:00:00.000Z"] },
      { type: "string" },
      {},
    ];
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    // (a time beyond Date's range makes an invalid Date, which observe() cannot sample either way)
    const special = [0, -0, Date.UTC(2021, 0, 1), 8.64e15, -8.64e15];
    const numbers = new Float64Array(400);
    for (let i = 0; i < numbers.length; i++)
      numbers[i] =
        random() < 0.1
          ? (special[i % special.length] as number)
          : Date.UTC(2019, 0, 1) + Math.floor(random() * 2e11);
    const at = new Int32Array(500);
    let k = 0;
    for (let r = 0; r < at.length; r++) at[r] = random() < 0.2 || k >= numbers.length ? -1 : k++;
    for (const rule of rules)
      for (const rows of [undefined, at]) {
        const count = rows ? rows.length : numbers.length;
        const bulk = checker(rule);
        bulk.observeTimes(numbers, rows, count, 10, "f");
        bulk.observeTimes(numbers, rows, count, 10 + count, "f");
        const reference = checker(rule);
        for (let pass = 0; pass < 2; pass++) {
          let nulls = 0;
          for (let r = 0; r < count; r++) {
            const v = rows ? (rows[r] as number) : r;
            if (v < 0) nulls++;
            else reference.observe(new Date(numbers[v] as number), 10 + pass * count + r, "f");
          }
          for (let n = 0; n < nulls; n++) reference.observe(null, 0, "f");
        }
        expect(bulk.toJSON(), JSON.stringify(rule)).toEqual(reference.toJSON());
        expect(bulk.results(), JSON.stringify(rule)).toEqual(reference.results());
      }
  });
});
