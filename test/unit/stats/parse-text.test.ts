import { describe, expect, it } from "vitest";
import {
  booleanLiteral,
  DECIMAL_SYNTAX,
  INTEGER_SYNTAX,
  NOT_NUMERIC,
  NumberScanner,
  numberSyntax,
  parseIsoTimestamp,
  trimText,
} from "../../../src/stats/parse-text.js";
import { parseTyped } from "../../../src/validation/parse-typed.js";
import { uniform } from "./random.js";

const numbers = [
  "0",
  "1",
  "01",
  "-7",
  "+7",
  "123456789012345678901234",
  "1.",
  ".5",
  "-.5",
  "+1.25",
  "1e5",
  "1E-5",
  "1.5e+3",
  ".5e2",
  "-0",
  "1e400",
  // not numbers
  "",
  ".",
  "+",
  "-",
  "+.",
  "e5",
  "1e",
  "1e+",
  "1.2.3",
  "1,5",
  "0x1F",
  "Infinity",
  "NaN",
  "1_000",
  "--1",
  "1-",
  "١٢",
  "1 2",
  "abc",
  "true",
];

describe("numberSyntax", () => {
  it("agrees with the validator's integer and number parsing", () => {
    for (const text of numbers) {
      const syntax = numberSyntax(text);
      const integer = parseTyped("integer", text) !== undefined;
      const number = parseTyped("number", text) !== undefined;
      expect([text, syntax === INTEGER_SYNTAX], text).toEqual([text, integer]);
      expect([text, syntax !== NOT_NUMERIC], text).toEqual([text, number]);
      if (syntax === DECIMAL_SYNTAX) expect(Number(text), text).not.toBeNaN();
    }
  });

  it("agrees after trimming whitespace the way trim() does", () => {
    for (const text of [" 12 ", "\t-3.5\n", "\u00a042\u3000", "  ", "x "]) {
      const trimmed = trimText(text);
      expect(trimmed).toBe(text.trim());
      expect(numberSyntax(trimmed) !== NOT_NUMERIC).toBe(parseTyped("number", text) !== undefined);
    }
    const clean = "plain";
    expect(trimText(clean)).toBe(clean);
  });
});

describe("NumberScanner", () => {
  it("gives exactly Number(text) for every number it accepts", () => {
    const scanner = new NumberScanner();
    const next = uniform(21);
    const digits = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join("");
    const texts = [...numbers];
    for (let i = 0; i < 20_000; i++) {
      const sign = ["", "-", "+"][Math.floor(next() * 3)];
      const whole = digits(Math.floor(next() * 12));
      const fraction = next() < 0.7 ? `.${digits(Math.floor(next() * 12))}` : "";
      const exponent =
        next() < 0.2 ? `e${["", "-", "+"][Math.floor(next() * 3)]}${digits(1 + Math.floor(next() * 3))}` : "";
      texts.push(`${sign}${whole || "0"}${fraction}${exponent}`);
    }
    texts.push(
      "9007199254740993",
      "0.1",
      "0.30000000000000004",
      "123456789012345.6",
      "-0",
      "-0.0",
      "1e22",
      "1e23",
    );
    for (const text of texts) {
      if (scanner.scan(text) === NOT_NUMERIC) continue;
      expect(Object.is(scanner.value, Number(text)), text).toBe(true);
    }
  });
});

describe("booleanLiteral", () => {
  it("reads true and false in any case, and nothing else", () => {
    expect(["true", "TRUE", "True", "false", "FaLsE"].map(booleanLiteral)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    for (const text of ["yes", "t", "truee", "fals", "tru", "1", "0", "trux", "falsy"]) {
      expect(booleanLiteral(text), text).toBeUndefined();
    }
  });
});

describe("parseIsoTimestamp", () => {
  const zoned = [
    "2024-01-01",
    "2024-02-29",
    "2024-02-30",
    "2024-04-31",
    "0000-01-01",
    "0099-12-31",
    "1969-12-31T23:59:59.999Z",
    "2024-01-01T24:00:00Z",
    "2024-01-01T10:00Z",
    "2024-01-01 10:00Z",
    "2024-01-01T10:00:00.1Z",
    "2024-01-01T10:00:00.123456Z",
    "2024-01-01T10:00:00.9999999Z",
    "2024-01-01T10:00+01:00",
    "2024-01-01T10:00+0100",
    "2024-01-01T10:00:30-05:30",
    "2024-01-01T10:00+23:59",
    // invalid
    "2024-13-01",
    "2024-00-10",
    "2024-01-00",
    "2024-01-32",
    "2024-01-01T24:30Z",
    "2024-01-01T23:60Z",
    "2024-01-01T23:59:60Z",
    "2024-01-01T10:00+24:00",
    "2024-01-01T10:00+12:60",
    "2024-01-01T10:00:00.Z",
    "2024-01-01T10Z",
    "2024-01-01T",
    "2024-1-01",
    "20240101",
    "2024-01-01T10:00:00Zjunk",
  ];

  it("agrees with the validator, and with Date.parse on what it accepts", () => {
    for (const text of zoned) {
      const observed = parseIsoTimestamp(text);
      if (parseTyped("timestamp", text) === undefined) expect(observed, text).toBeNaN();
      else expect(observed, text).toBe(Date.parse(text));
    }
  });

  it("reads a date-time without a zone as UTC, whatever the machine's zone", () => {
    expect(parseIsoTimestamp("2024-06-01T12:30")).toBe(Date.UTC(2024, 5, 1, 12, 30));
    expect(parseIsoTimestamp("2024-06-01 12:30:15.5")).toBe(Date.UTC(2024, 5, 1, 12, 30, 15, 500));
  });
});
