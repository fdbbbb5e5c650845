import { describe, expect, it } from "vitest";
import { isNull, parseTyped } from "../../../src/validation/parse-typed.js";
import { uniform } from "../stats/random.js";

// The definitions parseTyped had as regular expressions; its scanner must agree with them exactly.
const integerPattern = /^[+-]?\d+$/;
const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const reference = {
  integer: (value: string) => (integerPattern.test(value.trim()) ? Number(value) : undefined),
  number: (value: string) => (numberPattern.test(value.trim()) ? Number(value) : undefined),
  boolean: (value: string) => {
    const lower = value.trim().toLowerCase();
    return lower === "true" || lower === "1" ? true : lower === "false" || lower === "0" ? false : undefined;
  },
};

describe("parseTyped on text", () => {
  const next = uniform(11);
  const pieces = [
    "1",
    "0",
    "7",
    ".",
    "e",
    "E",
    "-",
    "+",
    " ",
    "\t",
    "\u00a0",
    "_",
    "x",
    "t",
    "R",
    "u",
    "E",
    "f",
  ];
  const texts = [
    "1e-7",
    "-0",
    ".5",
    "1_000",
    "1,000",
    " 42 ",
    "\u3000-3\u00a0",
    "1e400",
    "-1e400",
    "123456789012345678901",
    "TRUE",
    " false ",
    "True\u00a0",
    "tRuE",
    "yes",
    "01",
    "+.5e-3",
    "",
    " ",
    "İ",
    "\u212a",
  ];
  for (let i = 0; i < 4000; i++) {
    let text = "";
    const length = 1 + Math.floor(next() * 7);
    for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
    texts.push(text);
  }

  it("accepts exactly what the regular expressions accepted, with the same value", () => {
    for (const text of texts) {
      for (const type of ["integer", "number", "boolean"] as const) {
        const expected = reference[type](text);
        const observed = parseTyped(type, text);
        expect(
          Object.is(observed, expected),
          `${type} ${JSON.stringify(text)}: ${observed} vs ${expected}`,
        ).toBe(true);
      }
    }
  });

  it("rejects 1_000 and reads -0, .5 and 1e-7", () => {
    expect(parseTyped("number", "1_000")).toBeUndefined();
    expect(parseTyped("integer", "1_000")).toBeUndefined();
    expect(Object.is(parseTyped("integer", "-0"), -0)).toBe(true);
    expect(parseTyped("number", ".5")).toBe(0.5);
    expect(parseTyped("number", "1e-7")).toBe(1e-7);
    expect(parseTyped("integer", "1e3")).toBeUndefined();
  });

  it("reads ISO timestamps with offsets and fractions, and refuses out-of-range dates", () => {
    expect(parseTyped("timestamp", "2024-03-10T01:30:00.250-05:00")).toBe(
      Date.UTC(2024, 2, 10, 6, 30, 0, 250),
    );
    expect(parseTyped("timestamp", "2024-03-10 01:30+0530")).toBe(Date.UTC(2024, 2, 9, 20, 0));
    for (const text of ["2024-13-01", "2024-00-01", "2024-01-32", "2024-01-01T25:00", "2024-01-01T10:61"])
      expect(parseTyped("timestamp", text), text).toBeUndefined();
  });

  it("isNull is trim() === '' for text", () => {
    for (const text of [...texts, "\u00a0", "\ufeff", " \n", "\u2028"])
      expect(isNull(text), JSON.stringify(text)).toBe(text.trim() === "");
    expect([isNull(null), isNull(undefined), isNull(0), isNull(false)]).toEqual([true, true, false, false]);
  });
});
