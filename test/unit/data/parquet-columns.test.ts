import { join } from "node:path";
import { readRleBitPackedHybrid } from "hyparquet/src/encoding.js";
import { describe, expect, it } from "vitest";
import { hybridKernelPages, readHybrid, truncDiv } from "../../../src/data/parquet-columns.js";
import { readParquetColumns } from "../../../src/data/read-parquet.js";
import { readPart } from "../../../src/data/read-range.js";
import { openTableWriter } from "../../../src/data/write-table.js";
import { ColumnProfiler } from "../../../src/stats/column-profile.js";
import { runTablePass } from "../../../src/steps/table-pass/table-pass.js";
import { ColumnChecker } from "../../../src/validation/column-checker.js";
import { DatasetChecker } from "../../../src/validation/dataset-checker.js";
import type { ColumnRule, ValidationRules } from "../../../src/validation/rules.js";
import { useTempDir } from "./table-fixtures.js";

// The column-wise Parquet reader (src/data/parquet-columns.ts) must give what the row reader gives, value for
// value, and checks and profiles fed from columns must equal those fed from rows.
const fixtures = join(import.meta.dirname, "fixtures");
const dir = useTempDir("parquet-columns");

async function readBoth(
  path: string,
): Promise<{ rows: unknown[][]; fromColumns: unknown[][]; groups: number }> {
  const rows: unknown[][] = [];
  await readPart(path, "parquet", { kind: "whole" }, [], undefined, (batch) => {
    rows.push(...batch);
  });
  const fromColumns: unknown[][] = [];
  let groups = 0;
  await readPart(
    path,
    "parquet",
    { kind: "whole" },
    [],
    undefined,
    () => {
      throw new Error("expected columns, got rows");
    },
    undefined,
    (columns, count) => {
      groups++;
      for (let r = 0; r < count; r++) fromColumns.push(columns.map((column) => column.value(r)));
    },
  );
  return { rows, fromColumns, groups };
}

async function writtenHere(): Promise<string> {
  const path = join(dir(), "written.parquet");
  const writer = await openTableWriter(path, "parquet", ["n", "big", "x", "flag", "at", "s"], {
    rowGroupSize: 50,
  });
  const rows: unknown[][] = [];
  for (let i = 0; i < 180; i++) {
    rows.push([
      i % 9 === 0 ? null : (i * 37) % 60,
      i % 5 === 0 ? 2n ** 60n + BigInt(i) : BigInt(-i),
      i % 7 === 0 ? null : i / 3,
      i % 4 === 0 ? null : i % 2 === 0,
      i % 6 === 0 ? null : new Date(Date.UTC(2023, 0, 1) + i * 3_600_001),
      i % 8 === 0 ? null : ["x", "ü", " ", "", `v${i}`][i % 5],
    ]);
  }
  await writer.writeRows(rows);
  await writer.close();
  return path;
}

const files = () => [
  join(fixtures, "pyarrow-flat-v1.parquet"),
  join(fixtures, "pyarrow-flat-v2.parquet"),
  join(fixtures, "pyarrow-zstd.parquet"),
  join(fixtures, "pyarrow-checksum.parquet"),
  join(fixtures, "pyarrow-dict-pages.parquet"),
  join(fixtures, "pyarrow-bytes.parquet"),
];

describe("Parquet read column by column", () => {
  it("gives every value the row reader gives (pyarrow pages v1 and v2, dictionaries, nulls, hyparquet-writer)", async () => {
    for (const path of [...files(), await writtenHere()]) {
      if (path.endsWith("zstd.parquet") && !("zstdDecompressSync" in (await import("node:zlib")))) continue;
      const { rows, fromColumns, groups } = await readBoth(path);
      expect(groups, path).toBeGreaterThan(0);
      expect(fromColumns, path).toEqual(rows);
    }
  });

  it("gives the same values with every dictionary page's indices read by the hybrid kernel", async () => {
    const { minValues } = hybridKernelPages;
    hybridKernelPages.minValues = 1;
    try {
      const taken = hybridKernelPages.taken;
      for (const path of [...files(), await writtenHere()]) {
        if (path.endsWith("zstd.parquet") && !("zstdDecompressSync" in (await import("node:zlib")))) continue;
        const { rows, fromColumns } = await readBoth(path);
        expect(fromColumns, path).toEqual(rows);
      }
      expect(hybridKernelPages.taken - taken).toBeGreaterThan(50);
    } finally {
      hybridKernelPages.minValues = minValues;
    }
  });

  it("nested files are read as rows", async () => {
    const rows: unknown[][] = [];
    let columns = 0;
    await readPart(
      join(fixtures, "pyarrow-types.parquet"),
      "parquet",
      { kind: "whole" },
      [],
      undefined,
      (batch) => {
        rows.push(...batch);
      },
      undefined,
      () => {
        columns++;
      },
    );
    expect(columns).toBe(0);
    expect(rows).toHaveLength(3);
  });

  it("divides 64-bit times as BigInt division truncates", () => {
    for (const value of [
      0n,
      1n,
      -1n,
      999n,
      -999n,
      -1000n,
      -1001n,
      1_700_000_000_123_456n,
      -86_400_000_000_123n,
    ]) {
      for (const d of [1000n, 1_000_000n]) {
        const halves = new Int32Array(new BigInt64Array([value]).buffer);
        expect(truncDiv(halves[1] as number, (halves[0] as number) >>> 0, Number(d))).toBe(Number(value / d));
      }
    }
  });

  it("decodes the RLE / bit-packed hybrid as hyparquet does, widths 1-24", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let width = 1; width <= 24; width++) {
      const bytes: number[] = [];
      let values = 0;
      for (let run = 0; run < 12; run++) {
        if (random(2) === 0) {
          const count = 1 + random(300);
          bytes.push(...varint(count << 1));
          const value = random(1 << width);
          for (let i = 0; i < (width + 7) >> 3; i++) bytes.push((value >> (8 * i)) & 255);
          values += count;
        } else {
          const groups = 1 + random(20);
          bytes.push(...varint((groups << 1) | 1));
          for (let i = 0; i < groups * width; i++) bytes.push(random(256));
          values += groups * 8;
        }
      }
      const page = new Uint8Array([9, ...bytes]);
      for (const wanted of [values, values - 3]) {
        const mine = new Int32Array(wanted);
        readHybrid(page, 1, width, mine);
        const theirs = new Int32Array(wanted);
        const view = new DataView(page.buffer);
        readRleBitPackedHybrid({ view, offset: 1 }, width, theirs, page.length - 1);
        expect(Buffer.from(mine.buffer).equals(Buffer.from(theirs.buffer)), `width ${width}`).toBe(true);
      }
      expect(() => readHybrid(page.subarray(0, page.length - 1), 1, width, new Int32Array(values))).toThrow(
        /out of range/,
      );
    }
  });

  it("checks and profiles from columns equal those from rows", async () => {
    const cases: { path: string; rules: Record<string, ColumnRule> }[] = [
      {
        path: join(fixtures, "pyarrow-flat-v1.parquet"),
        rules: {
          i64: { type: "integer", min: -200, max: 200, allowed: [1, 2, 3] },
          i32: { type: "number", min: 0 },
          f64: { type: "number", max: 10, pattern: "^-?\\d" },
          flag: { type: "boolean" },
          ms: { type: "timestamp", min: "1970-01-01T00:00:00Z", max: "1990-01-01T00:00:00Z" },
          us: { type: "timestamp", max_age: "1d" },
          ns: { pattern: "2" },
          word: { type: "string", allowed: ["a", "b"] },
          text: { type: "string", max_null_fraction: 0 },
        },
      },
      {
        path: join(fixtures, "pyarrow-flat-v2.parquet"),
        rules: {
          ms: { type: "string" },
          word: { max_null_fraction: 0.1 },
          text: { type: "string", pattern: "x$" },
          f32: { type: "integer" },
        },
      },
      {
        path: await writtenHere(),
        rules: {
          big: { type: "integer", max: 0 },
          at: { type: "timestamp", max: "2023-01-05T00:00:00Z" },
          s: { type: "string" },
          flag: { type: "integer" },
        },
      },
      // strings judged on their bytes (plain pages and dictionary entries), against their decoded text
      {
        path: join(fixtures, "pyarrow-bytes.parquet"),
        rules: {
          s: { type: "string", pattern: "^[^@]+@[^@]+$" },
          d: { allowed: ["US", "GB", "a@b", "\u00a0US", "\ufffd"], pattern: "^[^@ ]+" },
        },
      },
      {
        path: join(fixtures, "pyarrow-bytes.parquet"),
        rules: {
          s: { allowed: ["a@b", "US", "plain", "\ufffd", "a\ufffdb@c"] },
          d: { type: "string", pattern: "^[^@]+@[^@]+$", max_null_fraction: 0 },
        },
      },
      {
        path: join(fixtures, "pyarrow-bytes.parquet"),
        rules: { s: { pattern: "^(a|U)" }, d: { type: "string", pattern: "S$", allowed: ["US"] } },
      },
      {
        path: join(fixtures, "pyarrow-bytes.parquet"),
        rules: { s: { max_null_fraction: 0.1 }, d: { type: "string", max_null_fraction: 0.1 } },
      },
    ];
    const now = Date.UTC(2025, 0, 1);
    for (const { path, rules } of cases) {
      const { rows } = await readBoth(path);
      const columns = await readParquetColumns(path);
      const validation: ValidationRules = { columns: rules };
      const pass = await runTablePass(
        [{ path, name: "f.parquet", format: "parquet", role: "data" }],
        { columns, profile: true, rules: validation, now },
        { threads: 1 },
      );
      const profilers = columns.map((name) => new ColumnProfiler(name));
      const checkers = Object.entries(rules).map(
        ([name, rule]) =>
          [columns.indexOf(name), new ColumnChecker(name, rule, ["validate", "columns", name], now)] as const,
      );
      rows.forEach((row, r) => {
        profilers.forEach((profiler, c) => {
          profiler.add(row[c]);
        });
        for (const [index, checker] of checkers) checker.observe(row[index], r + 1, "f.parquet");
      });
      expect(pass.profiles, path).toEqual(profilers.map((profiler) => profiler.profile()));
      expect(
        pass.columnCheckers?.map((checker) => checker.results()),
        path,
      ).toEqual(checkers.map(([, checker]) => checker.results()));
    }
  });
});

describe("Parquet unique keys from number columns", () => {
  it("give the duplicates, counts and samples that keys from rows give", async () => {
    // i64: duplicates, nulls and values beyond 2^53; i32: few distinct values, nulls; f64: NaN, nulls,
    // fractions; f32 with i32: a key of two columns (the row path); flag: not a number column
    const path = join(fixtures, "pyarrow-flat-v1.parquet");
    const columns = await readParquetColumns(path);
    const { rows } = await readBoth(path);
    for (const unique of [[["i64"]], [["i32"], ["f64"]], [["f32", "i32"]], [["flag"], ["i64"]], [["i32"]]]) {
      const rules: ValidationRules = { unique };
      for (const partBytes of [undefined, 4096]) {
        const pass = await runTablePass(
          [{ path, name: "f.parquet", format: "parquet", role: "data" }],
          { columns, profile: false, rules, now: 0 },
          { threads: 1, ...(partBytes ? { partBytes } : {}) },
        );
        const expected = new DatasetChecker(rules, columns);
        rows.forEach((row, r) => {
          expected.observe(row, r + 1, "f.parquet", "data");
        });
        expect(pass.dataset?.results(), JSON.stringify(unique)).toEqual(expected.results());
      }
    }
  });
});

function varint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
  return out;
}
