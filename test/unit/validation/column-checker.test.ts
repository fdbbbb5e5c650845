import { describe, expect, it } from "vitest";
import { ColumnChecker } from "../../../src/validation/column-checker.js";
import { parseDuration, parseTyped } from "../../../src/validation/parse-typed.js";

const now = Date.parse("2024-07-01T00:00:00Z");

function run(rule: ConstructorParameters<typeof ColumnChecker>[1], values: unknown[]) {
  const checker = new ColumnChecker("age", rule, ["validate", "columns", "age"], now);
  for (const [index, value] of values.entries()) checker.observe(value, index + 1, "train.csv");
  return Object.fromEntries(checker.results().map((result) => [result.id.split(".").pop(), result]));
}

describe("ColumnChecker", () => {
  it("passes clean data and reports what it saw", () => {
    const results = run({ type: "integer", min: 0, max: 120, max_null_fraction: 0 }, ["1", "50", "119"]);
    expect(results.type?.status).toBe("pass");
    expect(results.min?.observed).toBe(1);
    expect(results.max?.observed).toBe(119);
    expect(results.max_null_fraction?.observed).toBe(0);
  });

  it("names the rows and values that break a range, at most five", () => {
    const values = ["130", "5", "140", "150", "160", "170", "180"];
    const results = run({ type: "integer", max: 120 }, values);
    expect(results.max?.status).toBe("fail");
    expect(results.max?.failingRows).toBe(6);
    expect(results.max?.samples).toHaveLength(5);
    expect(results.max?.samples?.[0]).toEqual({ row: 1, file: "train.csv", value: "130" });
  });

  it("counts values that do not parse as the type, and nulls separately", () => {
    const results = run({ type: "integer", max_null_fraction: 0.2 }, ["1", "2.5", "x", "", null]);
    expect(results.type?.failingRows).toBe(2);
    expect(results.type?.samples?.map((sample: { value: string }) => sample.value)).toEqual(["2.5", "x"]);
    expect(results.max_null_fraction?.observed).toBe(0.4);
    expect(results.max_null_fraction?.status).toBe("fail");
  });

  it("checks allowed values, patterns, mean and std", () => {
    const allowed = run({ type: "string", allowed: ["US", "GB"] }, ["US", "GB", "DE"]);
    expect(allowed.allowed?.samples?.[0]?.value).toBe("DE");
    const pattern = run({ type: "string", pattern: "^[^@]+@[^@]+$" }, ["a@b", "nope"]);
    expect(pattern.pattern?.failingRows).toBe(1);
    const stats = run({ type: "number", mean: { min: 10, max: 20 }, std: { max: 1 } }, ["10", "20", "30"]);
    expect(stats.mean?.observed).toBe(20);
    expect(stats.mean?.status).toBe("pass");
    expect(stats.std?.observed).toBe(10);
    expect(stats.std?.status).toBe("fail");
  });

  it("judges freshness from the newest timestamp", () => {
    const fresh = run({ type: "timestamp", max_age: "2d" }, ["2024-06-30T00:00:00Z", "2024-06-01T00:00:00Z"]);
    expect(fresh.max_age?.status).toBe("pass");
    const stale = run({ type: "timestamp", max_age: "12h" }, ["2024-06-30T00:00:00Z"]);
    expect(stale.max_age?.status).toBe("fail");
    expect(stale.max_age?.message).toContain("24 hours");
  });

  it("uses the rule's severity", () => {
    const results = run({ type: "string", pattern: "^x", severity: "warn" }, ["y"]);
    expect(results.pattern?.severity).toBe("warn");
  });
});

describe("parseTyped", () => {
  it("reads CSV strings and native values alike", () => {
    expect(parseTyped("integer", "42")).toBe(42);
    expect(parseTyped("integer", 42)).toBe(42);
    expect(parseTyped("integer", 4.2)).toBeUndefined();
    expect(parseTyped("number", "1e3")).toBe(1000);
    expect(parseTyped("number", "abc")).toBeUndefined();
    expect(parseTyped("boolean", "TRUE")).toBe(true);
    expect(parseTyped("timestamp", "2024-01-01")).toBe(Date.parse("2024-01-01"));
    expect(parseTyped("timestamp", "yesterday")).toBeUndefined();
  });

  it("parses durations", () => {
    expect(parseDuration("2d")).toBe(172_800_000);
    expect(parseDuration("30m")).toBe(1_800_000);
    expect(parseDuration("soon")).toBeUndefined();
  });
});

describe("ColumnChecker.observeCsv", () => {
  // Every value goes through both paths: observe(text) as CsvParser gives it, and observeCsv from the
  // tokenizer's bytes (fed in small chunks, so fields straddle batches); the states must be equal.
  const edge = [
    "",
    " ",
    "\t",
    "\u00a0",
    "0",
    "-0",
    "+7",
    " 42 ",
    "1.5",
    ".5",
    "5.",
    "1e3",
    "1E-7",
    "1e400",
    "-1e400",
    "1_000",
    "0x10",
    "NaN",
    "Infinity",
    "abc",
    "true",
    "False",
    " TRUE ",
    "1",
    "0",
    "yes",
    "İ",
    "caf\u00e9",
    "日本",
    "2024-01-02",
    "2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05.123+02:00",
    " 2024-01-02",
    "2024-02-30",
    'say "hi"',
    '""',
    "a,b",
    "line\nbreak",
    "\uD83D\uDE00",
    "12\u00a0",
    "  -3.25e+2  ",
    "9007199254740993",
    "a@b",
    "@",
    "a@@b",
    "\u00e9@\u65e5",
    " x@y ",
    "US",
    " US",
    "US\u00a0",
  ];
  const random = (seed: number) => () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const next = random(15);
  const generated = Array.from({ length: 3000 }, (_, i) => {
    const pick = next();
    if (pick < 0.3) return String(Math.round((next() - 0.5) * 1000));
    if (pick < 0.5) return ((next() - 0.5) * 1e4).toPrecision(1 + Math.floor(next() * 8));
    if (pick < 0.6) return new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 1e11)).toISOString();
    return edge[i % edge.length] as string;
  });
  const values = [...edge, ...generated];
  const quote = (value: string) =>
    value === "" ? "" : /[",\n\r]/.test(value) || next() < 0.2 ? `"${value.replaceAll('"', '""')}"` : value;
  const csv = Buffer.from(`v,i\n${values.map((value, i) => `${quote(value)},${i}`).join("\r\n")}\n`, "utf8");
  const rules: ConstructorParameters<typeof ColumnChecker>[1][] = [
    {},
    { type: "integer", min: -100, max: 100 },
    { type: "number", min: -50.5, max: 1e3 },
    { type: "boolean" },
    { type: "timestamp", min: "2021-01-01T00:00:00Z", max: "2022-06-01" },
    { type: "string", allowed: ["0", "1", "true", "abc", "caf\u00e9"], pattern: "^[0-9.-]+$" },
    { pattern: "\\d{4}-\\d{2}" },
    {
      type: "string",
      allowed: ["US", " 1", "日本", "\uD83D", "a,b", 'say "hi"', "-0"],
      pattern: "^[^@]+@[^@]+$",
    },
    { allowed: [0, 1, "a@b", "\u00e9@\u65e5"], pattern: "^[^a-z]*[0-9]+\\.?$" },
    { pattern: "^[\\w-]+$" },
  ];

  it("gives the same state as observe on the text, for every type and rule", async () => {
    const { CsvParser } = await import("../../../src/data/csv-parser.js");
    const { CsvTokenizer } = await import("../../../src/data/csv-tokenizer.js");
    const texts: unknown[][] = [];
    const parser = new CsvParser();
    parser.feed(csv.toString("utf8"), true, texts);
    expect(texts).toHaveLength(values.length);
    for (const rule of rules) {
      const byText = new ColumnChecker("v", rule, ["validate", "columns", "v"], now);
      for (const [i, row] of texts.entries()) byText.observe(row[0], i + 1, "f.csv");
      const byBytes = new ColumnChecker("v", rule, ["validate", "columns", "v"], now);
      const tokenizer = new CsvTokenizer();
      for (let at = 0; at <= csv.length; at += 97) {
        const final = at + 97 > csv.length;
        tokenizer.feed(csv.subarray(at, Math.min(csv.length, at + 97)), final);
        const first = tokenizer.rows - tokenizer.records + 1;
        for (let r = 0; r < tokenizer.records; r++) byBytes.observeCsv(tokenizer, r, 0, first + r, "f.csv");
      }
      // the same, a batch at a time (column by column)
      const byBatch = new ColumnChecker("v", rule, ["validate", "columns", "v"], now);
      const batches = new CsvTokenizer();
      for (let at = 0; at <= csv.length; at += 211) {
        batches.feed(csv.subarray(at, Math.min(csv.length, at + 211)), at + 211 > csv.length);
        byBatch.observeCsvRecords(batches, 0, batches.rows - batches.records + 1, "f.csv");
      }
      expect(byBytes.toJSON()).toEqual(byText.toJSON());
      expect(byBatch.toJSON()).toEqual(byText.toJSON());
      expect(byText.toJSON().rows).toBe(values.length);
      expect(byBytes.results()).toEqual(byText.results());
    }
  });
});
