import { describe, expect, it } from "vitest";
import { CsvParser } from "../../../src/data/csv-parser.js";
import { CsvTokenizer } from "../../../src/data/csv-tokenizer.js";
import { type ColumnProfile, ColumnProfiler, profileRows } from "../../../src/stats/column-profile.js";
import { parseTyped } from "../../../src/validation/parse-typed.js";
import { draw, normal, uniform } from "./random.js";

function profile(values: unknown[], options = {}): ColumnProfile {
  const profiler = new ColumnProfiler("x", options);
  for (const value of values) profiler.add(value);
  return profiler.profile();
}

describe("ColumnProfiler types", () => {
  it("profiles CSV integers, with blanks as nulls", () => {
    const result = profile(["3", "1", "", "  ", "2", "01", "4", null, undefined]);
    expect(result).toMatchObject({
      name: "x",
      type: "integer",
      count: 5,
      nullCount: 4,
      invalidCount: 0,
      distinctCapped: false,
      min: 1,
      max: 4,
      mean: 2.2,
    });
    expect(result.std).toBeCloseTo(Math.sqrt(1.7), 12);
    expect(result.quantiles).toEqual({ p01: 1, p05: 1, p25: 1, p50: 2, p75: 3, p95: 4, p99: 4 });
    // "01" and "1" are the same integer.
    expect(result.topValues).toEqual([
      { value: 1, count: 2 },
      { value: 2, count: 1 },
      { value: 3, count: 1 },
      { value: 4, count: 1 },
    ]);
    expect(result.sketch?.n).toBe(5);
    expect(result.minLength).toBeUndefined();
  });

  it("calls a column number when any value is written with a point or an exponent", () => {
    expect(profile(["1", "2.5", "1e3"]).type).toBe("number");
    expect(profile([1, 2.5]).type).toBe("number");
    expect(profile(["1", "2.0"]).type).toBe("number");
    expect(profile([1, 2, 3.0]).type).toBe("integer");
  });

  it("keeps 0/1 columns integer and reads true/false as boolean", () => {
    expect(profile(["0", "1", "1"]).type).toBe("integer");
    const flags = profile(["true", "FALSE", "True", "1", " false "]);
    expect(flags).toMatchObject({ type: "boolean", count: 5, invalidCount: 0 });
    expect(flags.topValues).toEqual([
      { value: true, count: 3 },
      { value: false, count: 2 },
    ]);
    expect(profile([true, false, true]).topValues).toEqual([
      { value: true, count: 2 },
      { value: false, count: 1 },
    ]);
  });

  it("profiles ISO timestamps and Dates in epoch milliseconds, with ISO bounds", () => {
    const result = profile([
      "2024-01-02",
      "2024-01-01T12:00:00Z",
      new Date("2024-01-03T00:00:00Z"),
      "2024-01-01T12:00:00+00:00",
    ]);
    expect(result).toMatchObject({
      type: "timestamp",
      count: 4,
      invalidCount: 0,
      min: Date.parse("2024-01-01T12:00:00Z"),
      max: Date.parse("2024-01-03T00:00:00Z"),
      minTime: "2024-01-01T12:00:00.000Z",
      maxTime: "2024-01-03T00:00:00.000Z",
    });
    expect(result.topValues?.[0]).toEqual({ value: "2024-01-01T12:00:00.000Z", count: 2 });
  });

  it("profiles strings with lengths, and caps distinct values", () => {
    const result = profile(["US", "GB", "US", "Germany"]);
    expect(result).toMatchObject({ type: "string", minLength: 2, maxLength: 7, distinctCapped: false });
    expect(result.topValues?.[0]).toEqual({ value: "US", count: 2 });
    expect(result.min).toBeUndefined();
    const ids = profile(
      Array.from({ length: 500 }, (_, i) => `id-${i}`),
      { distinctCap: 100 },
    );
    expect(ids).toMatchObject({ type: "string", distinctCapped: true, count: 500 });
    expect(ids.topValues).toBeUndefined();
  });

  it("tolerates a few unparseable values and counts them", () => {
    const values = [...Array.from({ length: 97 }, (_, i) => String(i % 10)), "N/A", "n/a", "?"];
    const result = profile(values);
    expect(result).toMatchObject({ type: "integer", count: 100, invalidCount: 3, min: 0, max: 9 });
    // Invalid values are not among the top values.
    expect(result.topValues?.map((top) => top.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const mixed = profile([...Array.from({ length: 90 }, (_, i) => String(i)), ...Array(10).fill("none")]);
    expect(mixed).toMatchObject({ type: "string", invalidCount: 0 });
    expect(profile(["1", "2", "x"], { typeThreshold: 0.6 }).type).toBe("integer");
  });

  it("treats NaN, infinities and overflowing text as invalid numbers", () => {
    const result = profile([...Array.from({ length: 40 }, (_, i) => i + 0.5), Number.NaN, "1e400"], {
      typeThreshold: 0.9,
    });
    expect(result).toMatchObject({ type: "number", count: 42, invalidCount: 2, max: 39.5 });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("handles native JSON and Parquet values", () => {
    expect(profile([1n, 2n, 2n ** 60n])).toMatchObject({ type: "integer", max: 2 ** 60 });
    expect(profile([{ a: 1 }, [1, 2], { b: 2 }])).toMatchObject({ type: "json", invalidCount: 0 });
    expect(profile([{ a: 1 }, [1, 2], { b: 2 }]).topValues).toBeUndefined();
    expect(profile([null, undefined, ""])).toEqual({
      name: "x",
      type: "empty",
      count: 0,
      nullCount: 3,
      invalidCount: 0,
      distinctCapped: false,
    });
    expect(profile([new Date(Number.NaN), new Date(0)], { typeThreshold: 0.5 })).toMatchObject({
      type: "timestamp",
      invalidCount: 1,
    });
  });

  it("counts as invalid exactly the values the validator rejects for the type", () => {
    // No decimals: one would make an integer column number.
    const junk: unknown[] = ["x", "2024-13-45", { a: 1 }, new Date(0), "true", "7", Number.NaN];
    const pools = {
      integer: ["12", " 7 ", "-3", 4, 10n ** 20n, "0", "1", "+5"],
      number: ["3.5", "1e3", 4, "12", ".5", "-1."],
      boolean: ["true", "FALSE", true, false, " True "],
      timestamp: ["2024-01-01", "2024-01-01T10:00:00Z", new Date(5), "2024-02-30 10:00+01:00"],
      string: ["a", "b", 5, true, "7", "", "  x  "],
    };
    for (const [type, pool] of Object.entries(pools) as [keyof typeof pools, unknown[]][]) {
      const next = uniform(type.length);
      const values = Array.from({ length: 2_000 }, () => {
        const from = next() < 0.1 ? junk : pool;
        return from[Math.floor(next() * from.length)];
      });
      const result = profile(values, { typeThreshold: 0.8 });
      expect(result.type).toBe(type);
      const rejected = values.filter((value) => value !== "" && parseTyped(type, value) === undefined);
      expect(result.invalidCount, type).toBe(rejected.length);
    }
  });
});

describe("profileRows", () => {
  it("profiles every column, counting missing keys as nulls", () => {
    const profiles = profileRows([{ a: "1", b: "x" }, { a: "2" }, { a: "3", c: "2024-01-01" }]);
    expect(profiles.map((p) => [p.name, p.type, p.count, p.nullCount])).toEqual([
      ["a", "integer", 3, 0],
      ["b", "string", 1, 2],
      ["c", "timestamp", 1, 2],
    ]);
  });
});

describe("ColumnProfiler merge and state", () => {
  const values = [
    ...Array.from(draw(30_000, normal(1, 50, 10)), (x) => x.toFixed(2)),
    ...Array(500).fill(""),
    "oops",
  ];

  function profilerOf(part: unknown[], seed = 1): ColumnProfiler {
    const profiler = new ColumnProfiler("amount", { seed });
    for (const value of part) profiler.add(value);
    return profiler;
  }

  it("merges partial profiles into about the profile of the whole", () => {
    const whole = profilerOf(values).profile();
    const merged = profilerOf(values.slice(0, 12_345), 1)
      .merge(profilerOf(values.slice(12_345), 2))
      .profile();
    expect(merged).toMatchObject({
      type: whole.type,
      count: whole.count,
      nullCount: whole.nullCount,
      invalidCount: 1,
      min: whole.min,
      max: whole.max,
      distinctCapped: true,
    });
    expect(merged.mean).toBeCloseTo(whole.mean as number, 9);
    expect(merged.std).toBeCloseTo(whole.std as number, 9);
    for (const key of ["p05", "p50", "p95"] as const) {
      expect(Math.abs((merged.quantiles?.[key] as number) - (whole.quantiles?.[key] as number))).toBeLessThan(
        0.5,
      );
    }
  });

  it("re-infers the type after a merge", () => {
    const numbers = profilerOf(["1", "2", "3"]);
    expect(numbers.merge(profilerOf(["a", "b", "c"])).type()).toBe("string");
    const low = new ColumnProfiler("x", { distinctCap: 3 });
    for (const value of ["a", "b"]) low.add(value);
    const other = new ColumnProfiler("x", { distinctCap: 3 });
    for (const value of ["c", "d"]) other.add(value);
    expect(low.merge(other).profile().distinctCapped).toBe(true);
  });

  it("round-trips its state through JSON and continues identically", () => {
    const original = profilerOf(values.slice(0, 20_000));
    const restored = ColumnProfiler.fromJSON(JSON.parse(JSON.stringify(original)));
    expect(restored.profile()).toEqual(original.profile());
    for (const value of values.slice(20_000)) {
      original.add(value);
      restored.add(value);
    }
    expect(JSON.stringify(restored.profile())).toBe(JSON.stringify(original.profile()));
  });

  it("gives byte-identical JSON for the same input", () => {
    expect(JSON.stringify(profilerOf(values).profile())).toBe(JSON.stringify(profilerOf(values).profile()));
    const result = profilerOf(values).profile();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(JSON.stringify(result).length).toBeLessThan(20_000);
  });
});

describe("ColumnProfiler.addCsv", () => {
  // The same values through add(text), as CsvParser gives them, and addCsv from the tokenizer's bytes; the
  // states and profiles must be the same bytes, before and after the distinct values pass the cap.
  const edge = [
    "",
    " ",
    "\t",
    "\u00a0x",
    "x\u00a0",
    "0",
    "1",
    "00",
    "+1",
    "-0",
    " 42 ",
    "1.5",
    ".5",
    "5.",
    "1e3",
    "1E-7",
    "1e400",
    "-1e400",
    "1_000",
    "NaN",
    "abc",
    "true",
    "False",
    "TRUE ",
    "yes",
    "é",
    "aé",
    "日",
    "İ",
    "caf\u00e9",
    "日本",
    "1é2",
    "2024-01-02",
    "2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05.123+02:00",
    " 2024-01-02",
    "2024-02-30",
    "2024-0é-02",
    "1999-12-31T23:59:60Z",
    'say "hi"',
    '""',
    "a,b",
    "line\nbreak",
    "\uD83D\uDE00x",
    "x\uD83D\uDE00",
    "12\u00a0",
    "9007199254740993",
    "3x",
    "7.25€",
    `a${"\u00e9".repeat(30)}z`,
    `a${"\uD83D\uDE00".repeat(20)}z`,
  ];
  const quoteIf = (value: string, quote: boolean) =>
    value === "" ? "" : quote || /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

  // The profile by addCsv field by field, by add(text) (once per input), and by addCsvColumn batch by batch.
  const byTextCache = new Map<string, string>();
  function both(csv: Buffer, cuts: number[], distinctCap: number): [string, string, string] {
    const textKey = `${distinctCap}:${csv.toString("latin1")}`;
    let text = byTextCache.get(textKey);
    if (text === undefined) {
      const rows: unknown[][] = [];
      new CsvParser().feed(csv.toString("utf8"), true, rows);
      const byText = new ColumnProfiler("v", { distinctCap });
      for (const row of rows) byText.add(row[0]);
      text = JSON.stringify([byText.toJSON(), byText.profile()]);
      byTextCache.set(textKey, text);
    }
    const byBytes = new ColumnProfiler("v", { distinctCap });
    const byColumn = new ColumnProfiler("v", { distinctCap });
    const tokenizer = new CsvTokenizer();
    const ends = [...cuts, csv.length];
    let at = 0;
    for (const end of ends) {
      tokenizer.feed(csv.subarray(at, end), end === csv.length);
      for (let r = 0; r < tokenizer.records; r++) byBytes.addCsv(tokenizer, r, 0);
      byColumn.addCsvColumn(tokenizer, 0);
      at = end;
    }
    return [
      JSON.stringify([byBytes.toJSON(), byBytes.profile()]),
      text,
      JSON.stringify([byColumn.toJSON(), byColumn.profile()]),
    ];
  }

  it("gives add's state and profile on edge values, with the bytes cut at every byte", async () => {
    for (const quote of [false, true]) {
      const csv = Buffer.from(
        `v,i\n${edge.map((value, i) => `${quoteIf(value, quote)},${i}`).join("\r\n")}\n`,
      );
      for (const distinctCap of [3, 100]) {
        for (let cut = 0; cut <= csv.length; cut++) {
          const [bytes, text, column] = both(csv, [cut], distinctCap);
          expect(bytes, `cut at ${cut}, cap ${distinctCap}`).toBe(text);
          expect(column, `column, cut at ${cut}, cap ${distinctCap}`).toBe(text);
        }
      }
    }
  });

  // Values near the edges of addCsvColumn's own paths (plain decimals, common timestamp layouts, text that
  // starts no number): each must be counted as add counts it, whichever path takes it.
  const fastPathEdges = [
    "007",
    "-007",
    "-0.0",
    "-.5",
    "-5.",
    "+.5",
    "+7",
    "1.",
    "-",
    ".",
    "-.",
    "..5",
    "1.2.3",
    "123456789012345",
    "-12345678901234.5",
    "1234567890123456",
    "0.000000000000001",
    "0.0000000000000001",
    "1e-5",
    "2e+3",
    "1,5",
    "5\t",
    "\t5",
    "0x10",
    "1 000",
    "/5",
    ",",
    "2024-01-02T03:04:05",
    "2024-01-02 03:04:05",
    "2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05.1Z",
    "2024-01-02T03:04:05.12Z",
    "2024-01-02T03:04:05.123Z",
    "2024-01-02T03:04:05.123",
    "2024-01-02T03:04:05.1234Z",
    "2024-01-02T03:04:05.12a",
    "2024-01-02T03:04Z",
    "2024-01-02T03:04",
    "2024-01-02T03:04:05+0100",
    "2024-01-02T03:04:05-01:30",
    "2024-01-02T03:04:05+01:00Z",
    "2024-01-02T03:04:05z",
    "2024-01-02X03:04:05Z",
    "2024-01-02T03-04-05Z",
    "2024-01-02T24:00:00Z",
    "2024-01-02T24:00:01Z",
    "2024-01-02T24:00:00.001Z",
    "2024-01-02T25:00:00Z",
    "2024-01-02T03:60:00Z",
    "2024-01-02T03:04:60Z",
    "2024-13-02T00:00:00Z",
    "2024-00-10",
    "2024-01-32",
    "2024-01-00",
    "2024-02-30",
    "2023-02-29T12:00:00Z",
    "2024-02-29T12:00:00Z",
    "0000-01-01",
    "0000-02-29T00:00:00Z",
    "0000-03-01T00:00:00Z",
    "9999-12-31T23:59:59.999Z",
    "2024-1-02T03:04:05Z",
    "2024-01-2T03:04:05Z",
    "1234-5678-90",
    "2024-01-02é",
    "2024-01-02T03:04:05Z\u00a0",
    "tRuE",
    "FALSE",
    "fals",
    "falsey",
    "t",
    "f",
    "true1",
    '"',
    '""x',
    'x""',
    'a""b',
    "(1)",
    "A123456",
    "user1@example.com",
    "é1",
    'é"q"',
    '"q"é',
    ' "q" ',
    '\u00a0"q"',
    "\u00e9",
  ];

  it("gives add's state and profile on addCsvColumn's edge values, with the bytes cut at every byte", async () => {
    for (const quote of [false, true]) {
      const csv = Buffer.from(
        `v,i\n${fastPathEdges.map((value, i) => `${quoteIf(value, quote)},${i}`).join("\n")}\n`,
      );
      for (let cut = 0; cut <= csv.length; cut++) {
        const [bytes, text, column] = both(csv, [cut], 100);
        expect(bytes, `cut at ${cut}`).toBe(text);
        expect(column, `column, cut at ${cut}`).toBe(text);
      }
    }
  });

  it("counts a text written escaped and bare as one distinct value", () => {
    // `"a""b"` and `a"b` are both the text a"b: two byte spellings of one value.
    const spellings = ['"a""b"', 'a"b', '"a""b"""', 'a"b"', '"é"""', "x", '""""'];
    const rows = Array.from({ length: 400 }, (_, i) => spellings[(i * 5) % spellings.length] as string);
    const csv = Buffer.from(`v\n${rows.join("\n")}\n`);
    for (const distinctCap of [2, 4, 5, 6, 100]) {
      const [bytes, text, column] = both(csv, [37, 500, 1100], distinctCap);
      expect(bytes).toBe(text);
      expect(column).toBe(text);
      expect(JSON.parse(text)[1].distinctCapped).toBe(distinctCap < 5);
    }
  });

  it("gives add's state and profile on a column that changes kind midway", async () => {
    // Runs of one kind (integers, decimals, timestamps, text, booleans, low-cardinality codes), each
    // followed by a value the fast path of that kind hands to addCsv, over several batches.
    const runs: string[][] = [
      Array.from({ length: 300 }, (_, i) => String(i * 7 - 500)),
      ["1e3", "+4", " 12", "0012"],
      Array.from({ length: 300 }, (_, i) => (i / 8 - 20).toFixed(3)),
      ["1.5e-3", "1234567890123456.5"],
      Array.from({ length: 300 }, (_, i) => new Date(Date.UTC(1999, 11, 30) + i * 3_600_123).toISOString()),
      ["2024-01-02T03:04:05+01:00", "2024-02-30", "2024-01-02T03:04:05.5Z"],
      Array.from(
        { length: 300 },
        (_, i) => `${new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 19)}Z`,
      ),
      Array.from({ length: 300 }, (_, i) => `id-${i}`),
      ["true", "FALSE", "ok"],
      Array.from({ length: 300 }, (_, i) => ["US", "GB", "é", "0", "1", "abcd", "abcde"][i % 7] as string),
      Array.from({ length: 300 }, (_, i) => String(i % 2)),
    ];
    const values = runs.flat();
    const csv = Buffer.from(`v\n${values.map((value) => quoteIf(value, false)).join("\n")}\n`);
    const cuts = Array.from({ length: Math.floor(csv.length / 997) }, (_, k) => (k + 1) * 997);
    for (const distinctCap of [5, 100, 100_000]) {
      const [bytes, text, column] = both(csv, cuts, distinctCap);
      expect(bytes).toBe(text);
      expect(column).toBe(text);
    }
  });

  it("gives add's state and profile when the column's kind changes every few values, with nulls between", async () => {
    // addCsvColumn takes runs of one kind in a loop per kind and hands over between them (and, after many
    // changes in one batch, to the loop that takes any field): runs of 1 to 6 values of each kind, nulls and
    // escaped text (a doubled quote, also after a digit) among them, in batches cut at several sizes.
    const kinds: ((i: number) => string)[] = [
      (i) => String(i * 13 - 40),
      (i) => (i / 7).toFixed(2),
      (i) => new Date(Date.UTC(2023, 5, 1) + i * 7_777_777).toISOString(),
      (i) => `${new Date(Date.UTC(2024, 1, 27) + i * 86_400_000).toISOString().slice(0, 10)}`,
      (i) => ["US", "GB", "true", "False", "x"][i % 5] as string,
      (i) => `say "${i % 3}"`,
      (i) => `${i % 4}"q"`,
      () => "",
      (i) => ["1e3", " 7", "2024-01-02T03:04:05+01:00", "+1"][i % 4] as string,
    ];
    let seed = 11;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const values: string[] = [];
    while (values.length < 3000) {
      const kind = kinds[Math.floor(next() * kinds.length)] as (i: number) => string;
      const length = 1 + Math.floor(next() * 6);
      for (let i = 0; i < length; i++) values.push(next() < 0.15 ? "" : kind(values.length));
    }
    // A second column, so that an empty value is a null and not a blank line.
    const csv = Buffer.from(`v,i\n${values.map((value, i) => `${quoteIf(value, false)},${i}`).join("\n")}\n`);
    for (const step of [211, 1499, 7001]) {
      const cuts = Array.from({ length: Math.floor(csv.length / step) }, (_, k) => (k + 1) * step);
      for (const distinctCap of [5, 100_000]) {
        const [bytes, text, column] = both(csv, cuts, distinctCap);
        expect(bytes).toBe(text);
        expect(column, `batches of ${step} bytes, cap ${distinctCap}`).toBe(text);
      }
    }
  });

  it("gives add's state and profile on random decimals and near-decimals (the kernel's parse)", async () => {
    // The WebAssembly kernel parses a plain decimal from the 16 bytes ending at the field's end: every
    // length 0..24, signs, points, leading zeros, 15 to 18 digits, and junk at every place.
    let seed = 12345;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
    const digits = (k: number) => Array.from({ length: k }, () => String(int(0, 9))).join("");
    const zeroed = (k: number) => (next() < 0.2 ? "0".repeat(int(0, k)) : "") + digits(k);
    const special = [
      "1.",
      ".5",
      "-.5",
      "-",
      ".",
      "..",
      "1.2.3",
      "1-2",
      "+1",
      "+",
      "1e5",
      "-1e5",
      "-0",
      "-0.0",
      "0",
      "00",
      "0.",
      "-0.",
      "--1",
      "1..2",
      "-.",
      ".-1",
      "1.-2",
      "-1-",
      "\u00801",
      "1\u0080",
      "9\u007f",
      "1/2",
      "123456789012345",
      "1234567890123456",
      "12345678901234567",
      "-123456789012345.",
      "-1234567890.12345",
      "-.123456789012345",
      "-.1234567890123456",
      "999999999999999",
      "-999999999999999",
      "0.000000000000001",
      "-0000000000000001",
      "1234-678901",
      "12345-7890",
      "-234567890",
      "0x10",
      "Infinity",
      "1_000",
    ];
    const value = (): string => {
      const r = next();
      if (r < 0.06) return special[int(0, special.length - 1)] as string;
      if (r < 0.85) {
        const total = next() < 0.3 ? int(13, 18) : int(1, 10);
        const sign = next() < 0.3 ? "-" : "";
        if (next() < 0.5) return sign + zeroed(total);
        const whole = int(0, total);
        return `${sign}${zeroed(whole)}.${digits(total - whole)}`;
      }
      const text = `${next() < 0.3 ? "-" : ""}${digits(int(0, 12))}${next() < 0.5 ? `.${digits(int(0, 6))}` : ""}`;
      const junk = ["-", "+", ".", "e", "E", "a", "\u0080", "/", ":", "\t", "5"][int(0, 10)] as string;
      const at = int(0, text.length);
      return text.slice(0, at) + junk + text.slice(at);
    };
    const values = Array.from({ length: 5000 }, () => (next() < 0.05 ? "" : value()));
    const csv = Buffer.from(`v,i\n${values.map((text, i) => `${quoteIf(text, false)},${i}`).join("\n")}\n`);
    for (const step of [509, 4093]) {
      const cuts = Array.from({ length: Math.floor(csv.length / step) }, (_, k) => (k + 1) * step);
      const [bytes, text, column] = both(csv, cuts, 100_000);
      expect(bytes).toBe(text);
      expect(column, `batches of ${step} bytes`).toBe(text);
    }
  });

  it("gives add's state and profile on random timestamps and texts (the kernel's loops)", async () => {
    let seed = 2026;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
    const pad = (value: number, width: number) => String(value).padStart(width, "0");
    const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
    const timestamp = (): string => {
      // mostly valid, in every common layout; now and then a field out of range or a separator off
      const year = pick([int(0, 9999), 0, 1, 1600, 1900, 2000, 2024, 9999]);
      const month = next() < 0.03 ? pick([0, 13]) : int(1, 12);
      const day = next() < 0.03 ? pick([0, 32]) : pick([int(1, 28), 29, 30, 31]);
      const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
      const layout = int(0, 5);
      if (layout === 0) return date;
      const hour = next() < 0.05 ? pick([24, 25]) : int(0, 23);
      const minute = next() < 0.05 ? pick([0, 60]) : int(0, 59);
      const second = next() < 0.05 ? pick([0, 60]) : int(0, 59);
      const time = `${pick(["T", "T", " ", "t"])}${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`;
      const fraction = pick([
        "",
        "",
        `.${pad(int(0, 999), 3)}`,
        `.${pad(int(0, 99), 2)}`,
        `.${pad(int(0, 9999), 4)}`,
      ]);
      const zone = pick(["", "Z", "Z", "z", "+01:00"]);
      return `${date}${time}${fraction}${zone}`;
    };
    const text = (): string => {
      const chars = ["a", "Z", "q", " ", "\u00e9", "\u4e2d", "\ud83d\ude00", '"', "1", "-", ".", ","];
      let value = pick(["a", "x", "\u00e9", "\ud83d\ude00", '"', "+", "-", "1", " ", "t", "f"]);
      for (let k = int(0, 20); k > 0; k--) value += pick(chars);
      if (next() < 0.1) value = pick(["true", "TRUE", "False", "fals", "falsey", '""', '"""', 'a""b']);
      return value;
    };
    const values = Array.from({ length: 4000 }, (_, i) => {
      if (next() < 0.05) return "";
      return Math.floor(i / 500) % 2 === 0 ? timestamp() : text();
    });
    const csv = Buffer.from(
      `v,i\n${values.map((value, i) => `${quoteIf(value, next() < 0.1)},${i}`).join("\n")}\n`,
    );
    for (const step of [401, 5003]) {
      const cuts = Array.from({ length: Math.floor(csv.length / step) }, (_, k) => (k + 1) * step);
      for (const distinctCap of [5, 100_000]) {
        const [bytes, byText, column] = both(csv, cuts, distinctCap);
        expect(bytes).toBe(byText);
        expect(column, `batches of ${step} bytes, cap ${distinctCap}`).toBe(byText);
      }
    }
  });

  it("gives add's state and profile on a column of mixed values (ASCII and not, low and high cardinality)", async () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const values = Array.from({ length: 4000 }, (_, i) => {
      const pick = next();
      if (pick < 0.3) return String(Math.round((next() - 0.5) * 1000));
      if (pick < 0.5) return ((next() - 0.5) * 1e4).toPrecision(1 + Math.floor(next() * 8));
      if (pick < 0.65) return new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 1e11)).toISOString();
      if (pick < 0.75) return ["US", "GB", "0", "1", "é", "ab"][i % 6] as string;
      return edge[i % edge.length] as string;
    });
    const csv = Buffer.from(
      `v,i\n${values.map((value, i) => `${quoteIf(value, next() < 0.2)},${i}`).join("\n")}\n`,
    );
    for (const distinctCap of [5, 50, 100_000]) {
      const cuts = Array.from({ length: Math.floor(csv.length / 89) }, (_, k) => (k + 1) * 89);
      const [bytes, text, column] = both(csv, cuts, distinctCap);
      expect(bytes.length).toBeGreaterThan(1000);
      expect(bytes).toBe(text);
      expect(column).toBe(text);
    }
  });
});
