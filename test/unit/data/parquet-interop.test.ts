import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { readParquetColumnKinds } from "../../../src/data/read-parquet.js";
import { dataError, readAll, useTempDir } from "./table-fixtures.js";

// Files written by pyarrow (see fixtures/make-parquet-fixtures.py), to check files from another writer.
const fixtures = join(import.meta.dirname, "fixtures");
const dir = useTempDir("parquet-interop");

describe("Parquet from pyarrow", () => {
  it("reads every common type, gzip pages and several row groups", async () => {
    const path = join(fixtures, "pyarrow-types.parquet");
    const { columns, rows } = await readAll(path, "parquet");
    expect(columns).toEqual([
      "i32",
      "i64",
      "f32",
      "text",
      "flag",
      "day",
      "at",
      "price",
      "tags",
      "point",
      "category",
    ]);
    expect(rows).toEqual([
      [
        1,
        2n ** 53n + 1n,
        0.5,
        'héllo, "world"',
        true,
        new Date("2024-02-29T00:00:00Z"),
        new Date("2024-01-02T03:04:05.678Z"),
        12.34,
        [1, 2],
        { x: 1, y: "a" },
        "red",
      ],
      [null, 5, null, null, false, null, null, null, [], null, "blue"],
      [-3, null, 1.25, "", null, new Date(0), null, -0.01, null, { x: null, y: "b" }, "red"],
    ]);
    expect(await readParquetColumnKinds(path)).toEqual([
      "integer",
      "integer",
      "number",
      "string",
      "boolean",
      "timestamp",
      "timestamp",
      "number",
      "json",
      "json",
      "string",
    ]);
  });

  it("reads ZSTD pages where Node.js can decompress them, and says why not elsewhere", async () => {
    const path = join(fixtures, "pyarrow-zstd.parquet");
    if ("zstdDecompressSync" in zlib) {
      expect((await readAll(path, "parquet")).rows).toEqual([
        [1, 'héllo, "world"'],
        [null, null],
        [-3, ""],
      ]);
    } else {
      expect((await dataError(readAll(path, "parquet"))).message).toBe(
        `${path}: column "i32" is compressed with ZSTD, which cannot be read here ` +
          "(readable: UNCOMPRESSED, SNAPPY, GZIP, BROTLI; ZSTD needs Node.js 22.15 or later)",
      );
    }
  });

  it("verifies page checksums when the writer stored them", async () => {
    const good = await readFile(join(fixtures, "pyarrow-checksum.parquet"));
    expect((await readAll(join(fixtures, "pyarrow-checksum.parquet"), "parquet")).rows).toHaveLength(100);
    const fifty = Buffer.alloc(8);
    fifty.writeBigInt64LE(50n);
    const at = good.indexOf(fifty);
    expect(at).toBeGreaterThan(0);
    const bad = Buffer.from(good);
    bad[at] = 51;
    const path = join(dir(), "bad-checksum.parquet");
    await writeFile(path, bad);
    expect((await dataError(readAll(path, "parquet"))).message).toMatch(
      /bad-checksum\.parquet: is not a valid Parquet file: row group 1 of 1 \(rows 1-100\): column "n": the page at byte \d+ fails its CRC/,
    );
  });
});
