import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { asyncBufferFromFile, parquetMetadataAsync } from "hyparquet";
import { describe, expect, it } from "vitest";
import { readParquetColumnKinds } from "../../../src/data/read-parquet.js";
import { readSchema } from "../../../src/data/read-table.js";
import { openTableWriter } from "../../../src/data/write-table.js";
import { dataError, readAll, readBatches, useTempDir } from "./table-fixtures.js";

const dir = useTempDir("round-trip");

const TEXT_COLUMNS = ["id", "text", "note"];
const TEXT_ROWS: unknown[][] = [
  ["1", "plain", "a, comma"],
  ["2", 'say "hi"', '"'],
  ["3", "line one\nline two", "crlf\r\ninside"],
  ["4", "  padded  ", "tab\there"],
  ["5", "é 😀 中文 ﬁ", "zero\u0000width\u200b"],
  ["6", null, null],
  ["7", ",", '""'],
];

describe("CSV", () => {
  it("round-trips commas, quotes, newlines, unicode and nulls", async () => {
    const path = join(dir(), "text.csv");
    const writer = await openTableWriter(path, "csv", TEXT_COLUMNS);
    await writer.writeRows(TEXT_ROWS.slice(0, 3));
    await writer.writeRows(TEXT_ROWS.slice(3));
    expect(await writer.close()).toEqual({ rows: 7, bytes: (await readFile(path)).byteLength });
    expect(await readAll(path, "csv")).toEqual({ columns: TEXT_COLUMNS, rows: TEXT_ROWS });
    expect(await readSchema(path, "csv")).toEqual(TEXT_COLUMNS);
  });

  it("quotes exactly the fields that need it, and writes empty strings and nulls as empty fields", async () => {
    const path = join(dir(), "quoting.csv");
    const writer = await openTableWriter(path, "csv", ["a", "b,c"]);
    await writer.writeRows([
      ["x", 'q"q'],
      ["", null],
      [1.5, true],
      [new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), { k: [1, "v"] }],
      [12345678901234567890n, "end"],
    ]);
    await writer.close();
    expect(await readFile(path, "utf8")).toBe(
      'a,"b,c"\nx,"q""q"\n,\n1.5,true\n2024-01-02T03:04:05.000Z,"{""k"":[1,""v""]}"\n12345678901234567890,end\n',
    );
    expect((await readAll(path, "csv")).rows[1]).toEqual([null, null]);
  });

  it("keeps a one-column null row, which an empty line would lose", async () => {
    const path = join(dir(), "one-column.csv");
    const writer = await openTableWriter(path, "csv", ["v"]);
    await writer.writeRows([["a"], [null], ["b"]]);
    await writer.close();
    expect((await readAll(path, "csv")).rows).toEqual([["a"], [null], ["b"]]);
  });

  it("writes and reads gzip when the name ends in .gz", async () => {
    const path = join(dir(), "text.csv.gz");
    const writer = await openTableWriter(path, "csv", TEXT_COLUMNS);
    await writer.writeRows(TEXT_ROWS);
    await writer.close();
    expect(gunzipSync(await readFile(path)).toString("utf8")).toMatch(/^id,text,note\n1,plain,"a, comma"\n/);
    expect((await readAll(path, "csv")).rows).toEqual(TEXT_ROWS);
  });

  it("reads a byte-order mark and CRLF line endings", async () => {
    const path = join(dir(), "bom.csv");
    await writeFile(path, "\ufeffa,b\r\n1,2\r\n");
    expect(await readAll(path, "csv")).toEqual({ columns: ["a", "b"], rows: [["1", "2"]] });
  });
});

describe("JSON Lines", () => {
  it("round-trips JSON values, nested data, unicode and nulls", async () => {
    const path = join(dir(), "rows.jsonl");
    const columns = ["id", "name", "score", "tags", "meta", "ok"];
    const rows = [
      [1, 'Zoë "the" 😀\nnewline', 0.5, ["a", "b"], { nested: { deep: [1, null] } }, true],
      [2, null, -1e-9, [], {}, false],
      [3, "", null, null, null, null],
    ];
    const writer = await openTableWriter(path, "jsonl", columns);
    await writer.writeRows(rows);
    expect((await writer.close()).rows).toBe(3);
    expect(await readAll(path, "jsonl")).toEqual({ columns, rows });
  });

  it("collects keys across rows, in order of first appearance, and fills missing keys with null", async () => {
    const path = join(dir(), "sparse.jsonl");
    await writeFile(path, '{"a":1}\n\n{"b":"x","a":2}\r\n{"c":[1]}');
    expect(await readSchema(path, "jsonl")).toEqual(["a", "b", "c"]);
    expect(await readAll(path, "jsonl")).toEqual({
      columns: ["a", "b", "c"],
      rows: [
        [1, null, null],
        [2, "x", null],
        [null, null, [1]],
      ],
    });
    expect((await readAll(path, "jsonl", { columns: ["c", "b", "a"] })).rows[1]).toEqual([null, "x", 2]);
  });

  it("writes dates as ISO strings, 64-bit integers exactly, and NaN and missing values as null", async () => {
    const path = join(dir(), "special.jsonl");
    const writer = await openTableWriter(path, "jsonl", ["when", "big", "small", "nan", 'key "q"']);
    await writer.writeRows([[new Date(0), 12345678901234567890n, 5n, Number.NaN, undefined]]);
    await writer.close();
    expect(await readFile(path, "utf8")).toBe(
      '{"when":"1970-01-01T00:00:00.000Z","big":"12345678901234567890","small":5,"nan":null,"key \\"q\\"":null}\n',
    );
  });
});

describe("Parquet", () => {
  it("round-trips numbers, 64-bit integers, strings, booleans, dates, JSON and nulls", async () => {
    const path = join(dir(), "types.parquet");
    const columns = ["int", "big", "float", "text", "flag", "when", "json"];
    const rows = [
      [
        1,
        9007199254740993n,
        0.25,
        'é😀, "quoted"\nline',
        true,
        new Date(Date.UTC(2024, 1, 29, 12)),
        { a: [1, 2] },
      ],
      [-2, null, null, "", false, null, null],
      [null, 3n, Number.MAX_VALUE, null, null, new Date(0), ["x"]],
    ];
    const writer = await openTableWriter(path, "parquet", columns, {
      columnKinds: ["integer", undefined, undefined, undefined, undefined, undefined, undefined],
    });
    await writer.writeRows(rows);
    await writer.close();
    const read = await readAll(path, "parquet");
    expect(read.columns).toEqual(columns);
    // Safe 64-bit integers come back as numbers; the rest stay bigint.
    expect(read.rows).toEqual([
      rows[0],
      rows[1],
      [null, 3, Number.MAX_VALUE, null, null, new Date(0), ["x"]],
    ]);
    expect(await readParquetColumnKinds(path)).toEqual([
      "integer",
      "integer",
      "number",
      "string",
      "boolean",
      "timestamp",
      "json",
    ]);
    expect(await readSchema(path, "parquet")).toEqual(columns);
  });

  it("writes several row groups and reads them back in order across batch boundaries", async () => {
    const path = join(dir(), "groups.parquet");
    const writer = await openTableWriter(path, "parquet", ["n", "label"], { rowGroupSize: 1000 });
    for (let start = 0; start < 3500; start += 700) {
      await writer.writeRows(Array.from({ length: 700 }, (_, i) => [start + i, `row ${start + i}`]));
    }
    expect(await writer.close()).toMatchObject({ rows: 3500 });
    const batches = await readBatches(path, "parquet", { batchSize: 768 });
    expect(batches.map((batch) => [batch.firstRowNumber, batch.rows.length])).toEqual([
      [1, 768],
      [769, 768],
      [1537, 768],
      [2305, 768],
      [3073, 428],
    ]);
    const rows = batches.flatMap((batch) => batch.rows);
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: 3500 }, (_, i) => i));
    expect(rows[3499]).toEqual([3499, "row 3499"]);
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    expect(metadata.row_groups.map((group) => Number(group.num_rows))).toEqual([1000, 1000, 1000, 500]);
  });

  it("writes a valid file with the columns when no rows come", async () => {
    const path = join(dir(), "empty.parquet");
    const writer = await openTableWriter(path, "parquet", ["a", "b"]);
    expect(await writer.close()).toMatchObject({ rows: 0 });
    const batches = await readBatches(path, "parquet");
    expect(batches).toEqual([{ columns: ["a", "b"], rows: [], firstRowNumber: 1 }]);
  });

  it("infers JSON for mixed types and stops at a value the inferred column cannot hold", async () => {
    const path = join(dir(), "mixed.parquet");
    const writer = await openTableWriter(path, "parquet", ["mixed", "n"], { rowGroupSize: 2 });
    await writer.writeRows([
      [1, 1.5],
      ["two", 2],
    ]);
    const error = await dataError(
      writer.writeRows([
        [true, 3],
        [null, "four"],
      ]),
    );
    expect(error.message).toBe(
      `${path}: row 4: column "n" holds the string "four", which a Parquet number column cannot store ` +
        "(the type was inferred from the first rows; give the column kinds to the writer)",
    );
    expect([error.row, error.column]).toEqual([4, "n"]);
    // The failed writer leaves nothing behind.
    expect((await readdir(dir())).filter((name) => name.startsWith("mixed"))).toEqual([]);
  });
});

describe("every format", () => {
  it("cuts rows into batches of the requested size with 1-based row numbers", async () => {
    for (const format of ["csv", "jsonl", "parquet"] as const) {
      const path = join(dir(), `batches.${format}`);
      const writer = await openTableWriter(path, format, ["n"]);
      await writer.writeRows(Array.from({ length: 25 }, (_, i) => [String(i)]));
      await writer.close();
      const batches = await readBatches(path, format, { batchSize: 10 });
      expect(batches.map((batch) => [batch.firstRowNumber, batch.rows.length])).toEqual([
        [1, 10],
        [11, 10],
        [21, 5],
      ]);
      expect(batches[2]?.rows[4]).toEqual(["24"]);
    }
  });

  it("yields one empty batch for a file with columns but no rows", async () => {
    for (const format of ["csv", "jsonl", "parquet"] as const) {
      const path = join(dir(), `header-only.${format}`);
      const writer = await openTableWriter(path, format, ["a", "b"]);
      await writer.close();
      const options = format === "jsonl" ? { columns: ["a", "b"] } : {};
      expect(await readBatches(path, format, options)).toEqual([
        { columns: ["a", "b"], rows: [], firstRowNumber: 1 },
      ]);
    }
  });

  it("leaves no file under the final name until close, and none at all after abort", async () => {
    for (const format of ["csv", "jsonl", "parquet"] as const) {
      const name = `pending.${format}`;
      const writer = await openTableWriter(join(dir(), name), format, ["a"]);
      await writer.writeRows([["x"]]);
      const during = await readdir(dir());
      expect(during).not.toContain(name);
      expect(during.some((entry) => entry.startsWith(`${name}.trainyard-tmp-`))).toBe(true);
      await writer.abort();
      expect((await readdir(dir())).filter((entry) => entry.startsWith(name))).toEqual([]);
    }
  });

  it("rejects rows of the wrong width and discards the file", async () => {
    const writer = await openTableWriter(join(dir(), "width.csv"), "csv", ["a", "b"]);
    await writer.writeRows([["1", "2"]]);
    await expect(writer.writeRows([["3"]])).rejects.toThrow(/width\.csv: row 2 has 1 values for 2 columns/);
    expect((await readdir(dir())).filter((entry) => entry.startsWith("width.csv"))).toEqual([]);
  });
});
