import { describe, expect, it } from "vitest";
import { FrequentBytes } from "../../../src/stats/frequent-bytes.js";
import { FrequentValues } from "../../../src/stats/frequent-values.js";

/** Counts `values` through a FrequentBytes in front of a FrequentValues, as ColumnProfiler.countCsv does. */
function countThrough(values: string[], cap: number, hash = FrequentBytes.hash): FrequentValues {
  const frequent = new FrequentValues(cap);
  let table: FrequentBytes | undefined = new FrequentBytes();
  for (const value of values) {
    if (table === undefined) {
      frequent.add(value);
      continue;
    }
    const bytes = Buffer.from(`,${value},`);
    const start = 1;
    const end = bytes.length - 1;
    const key = FrequentBytes.shortKey(bytes, start, end);
    if (key >= 0 ? table.countShort(key) : table.count(bytes, start, end, hash(bytes, start, end))) continue;
    frequent.add(value);
    if (frequent.highCardinality) table = undefined;
    else if (key >= 0) table.insertShort(key, value);
    else table.insert(bytes, start, end, hash(bytes, start, end), value);
  }
  table?.flush(frequent);
  return frequent;
}

function countDirectly(values: string[], cap: number): FrequentValues {
  const frequent = new FrequentValues(cap);
  for (const value of values) frequent.add(value);
  return frequent;
}

describe("FrequentBytes", () => {
  it("gives short keys to 1 to 4 ASCII bytes only, different for different bytes", () => {
    const key = (text: string) => {
      const bytes = Buffer.from(text);
      return FrequentBytes.shortKey(bytes, 0, bytes.length);
    };
    expect(key("abcde")).toBe(-1);
    expect(key("é")).toBe(-1);
    expect(key("aé")).toBe(-1);
    const texts = [
      "A",
      "\u0000A",
      "\u0000\u0000A",
      "\u0000\u0000\u0000A",
      "AA",
      "A\u0000",
      "\u007f\u007f\u007f\u007f",
      "0",
    ];
    const keys = texts.map(key);
    expect(new Set(keys).size).toBe(texts.length);
    for (const k of keys) expect(k >= 0 && k < 2 ** 30).toBe(true);
  });

  it("counts like FrequentValues, short and long values, past several table growths", () => {
    const values: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const n = (i * 7919) % 300;
      values.push(n % 3 === 0 ? String(n % 100) : n % 3 === 1 ? `value-${n}-${"x".repeat(n % 40)}` : `é${n}`);
    }
    for (const cap of [10, 299, 300, 1000]) {
      const through = countThrough(values, cap);
      const direct = countDirectly(values, cap);
      expect(JSON.stringify(through.toJSON())).toBe(JSON.stringify(direct.toJSON()));
    }
    expect(countThrough(values, 300).distinct).toBe(300);
    expect(countThrough(values, 299).highCardinality).toBe(true);
  });

  it("counts values of one to four ASCII bytes apart, at the edges of their keys", () => {
    // One and two bytes go to a table indexed by their key, three and four to the hashed one.
    const shorts = [
      "\u0000",
      "\u007f",
      "a",
      "\u0000\u0000",
      "\u0000\u007f",
      "\u007f\u0000",
      "\u007f\u007f",
      "ab",
      "ba",
      "?\u007f",
    ];
    const distinct = [...shorts, "\u0000\u0000\u0000", "abc", "\u007f\u007f\u007f\u007f", "abcd", "abcde"];
    const values = Array.from(
      { length: 3000 },
      (_, i) => distinct[(i * 5 + Math.floor(i / 3)) % distinct.length] as string,
    );
    for (const cap of [3, 9, 14, 100]) {
      const through = countThrough(values, cap);
      expect(JSON.stringify(through.toJSON()), `cap ${cap}`).toBe(
        JSON.stringify(countDirectly(values, cap).toJSON()),
      );
    }
    expect(countThrough(values, 100).distinct).toBe(distinct.length);
  });

  it("tells apart bytes whose hashes collide", () => {
    const values = Array.from({ length: 2000 }, (_, i) => `long-value-${i % 150}`);
    const through = countThrough(values, 1000, () => 12345);
    expect(JSON.stringify(through.toJSON())).toBe(JSON.stringify(countDirectly(values, 1000).toJSON()));
  });

  it("adds each pending count once", () => {
    const frequent = new FrequentValues(10);
    const table = new FrequentBytes();
    const bytes = Buffer.from("hello");
    const hash = FrequentBytes.hash(bytes, 0, 5);
    frequent.add("hello");
    table.insert(bytes, 0, 5, hash, "hello");
    expect(table.count(bytes, 0, 5, hash)).toBe(true);
    expect(table.count(bytes, 0, 4, FrequentBytes.hash(bytes, 0, 4))).toBe(false);
    table.flush(frequent);
    table.flush(frequent);
    expect(frequent.count("hello")).toBe(2);
  });
});
