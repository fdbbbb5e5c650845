import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { DataFormat } from "../../../src/data/format.js";
import { readSchema } from "../../../src/data/read-table.js";
import { openTableWriter } from "../../../src/data/write-table.js";
import { dataError, readAll, useTempDir } from "./table-fixtures.js";

const dir = useTempDir("bad-input");

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir(), name);
  await writeFile(path, content);
  return path;
}

async function readError(path: string, format: DataFormat) {
  return dataError(readAll(path, format));
}

describe("CSV", () => {
  it("an empty or blank file has no header row", async () => {
    for (const content of ["", "\n\r\n"]) {
      const path = await file("empty.csv", content);
      expect((await readError(path, "csv")).message).toBe(
        `${path}: has no header row (the file is empty or blank)`,
      );
      expect((await dataError(readSchema(path, "csv"))).message).toMatch(/has no header row/);
    }
  });

  it("a header-only file has zero rows", async () => {
    const path = await file("header-only.csv", "a,b\n");
    expect(await readAll(path, "csv")).toEqual({ columns: ["a", "b"], rows: [] });
  });

  it("a ragged row names its row, line and field counts", async () => {
    const lines = ["a,b,c,d,e,f", ...Array.from({ length: 16 }, (_, i) => `${i},1,2,3,4,5`), "x,1,2,3,4"];
    const path = await file("ragged.csv", `${lines.join("\n")}\n`);
    const error = await readError(path, "csv");
    expect(error.message).toBe(`${path}: row 17 (line 18) has 5 fields, the header has 6`);
    expect([error.file, error.row, error.line]).toEqual([path, 17, 18]);
    // The schema is still readable: it only needs the header.
    expect(await readSchema(path, "csv")).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("a ragged row deep in a large file is found across chunk boundaries", async () => {
    const good = Array.from({ length: 60_000 }, (_, i) => `${i},"quoted, text ${i}",${i * 0.5}`);
    const path = await file("ragged-large.csv", `n,text,half\n${good.join("\n")}\n1,2\n`);
    const error = await readError(path, "csv");
    expect(error.message).toBe(`${path}: row 60001 (line 60002) has 2 fields, the header has 3`);
  });

  it("invalid UTF-8 names the byte and line", async () => {
    const bytes = Buffer.concat([Buffer.from("a,b\n1,ok\n2,caf"), Buffer.from([0xe9]), Buffer.from(",x\n")]);
    const path = await file("latin1.csv", bytes);
    const error = await readError(path, "csv");
    expect(error.message).toBe(`${path}: is not valid UTF-8 at byte 14 (line 3); save it as UTF-8`);
    expect(error.line).toBe(3);
  });

  it("invalid UTF-8 past the first chunk is located exactly", async () => {
    const head = `a\n${"x\n".repeat(700_000)}`;
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]);
    const path = await file("late-invalid.csv", bytes);
    const error = await readError(path, "csv");
    expect(error.message).toBe(
      `${path}: is not valid UTF-8 at byte ${head.length} (line 700002); save it as UTF-8`,
    );
  });

  it("an invalid sequence that begins at the end of one 256 KiB chunk is located at its first byte", async () => {
    const head = `a\n${"x\n".repeat(131_070)}y`;
    expect(head.length).toBe((1 << 18) - 1);
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]);
    const path = await file("straddle-invalid.csv", bytes);
    expect((await readError(path, "csv")).message).toBe(
      `${path}: is not valid UTF-8 at byte ${head.length} (line 131072); save it as UTF-8`,
    );
  });

  it("a file that ends inside a UTF-8 character is invalid", async () => {
    const path = await file("cut.csv", Buffer.concat([Buffer.from("a\nx"), Buffer.from([0xe2, 0x82])]));
    expect((await readError(path, "csv")).message).toMatch(
      /is not valid UTF-8 at byte 3 \(line 2\): the file ends in the middle of a UTF-8 character/,
    );
  });

  it("duplicate column names are an error naming the column", async () => {
    const path = await file("duplicate.csv", "id,score,id\n1,2,3\n");
    const error = await readError(path, "csv");
    expect(error.message).toBe(`${path}: the header (line 1) names column 1 and column 3 both "id"`);
    expect(error.column).toBe("id");
  });

  it("an unclosed quote is reported", async () => {
    const path = await file("unclosed.csv", 'a,b\n1,"never closed\n2,3\n');
    expect((await readError(path, "csv")).message).toBe(
      `${path}: row 1 (line 2) opens a quoted field that is never closed`,
    );
  });

  it("a damaged gzip file is reported as such", async () => {
    const zipped = gzipSync("a,b\n1,2\n");
    const path = await file("broken.csv.gz", zipped.subarray(0, zipped.length - 6));
    expect((await readError(path, "csv")).message).toMatch(/broken\.csv\.gz: is not valid gzip data: /);
    const notGzip = await file("plain.csv.gz", "a,b\n1,2\n");
    expect((await readError(notGzip, "csv")).message).toMatch(/plain\.csv\.gz: is not valid gzip data: /);
  });
});

describe("any file", () => {
  it("a missing file and a folder each say so", async () => {
    const missing = join(dir(), "missing.csv");
    expect((await readError(missing, "csv")).message).toBe(`${missing}: does not exist`);
    const folder = join(dir(), "folder.parquet");
    await mkdir(folder);
    expect((await readError(folder, "parquet")).message).toBe(`${folder}: is a directory, not a file`);
  });
});

describe("JSON Lines", () => {
  it("an invalid line names its row and line", async () => {
    const path = await file("bad.jsonl", '{"a":1}\n\n{"a":2,}\n');
    const error = await readError(path, "jsonl");
    expect(error.message).toMatch(
      new RegExp(`^${escapeRegExp(path)}: row 2 \\(line 3\\) is not valid JSON: `),
    );
    expect([error.row, error.line]).toEqual([2, 3]);
  });

  it("a line that is not an object is an error", async () => {
    const path = await file("array.jsonl", '{"a":1}\n[1,2]\n');
    expect((await readError(path, "jsonl")).message).toBe(
      `${path}: row 2 (line 2) is an array; each line of a JSON Lines file must be one JSON object`,
    );
  });

  it("an empty file has no columns", async () => {
    const path = await file("empty.jsonl", "\n \n");
    expect((await readError(path, "jsonl")).message).toBe(
      `${path}: has no rows (the file is empty or blank), so it has no columns`,
    );
  });

  it("a key outside the given columns names the row and the key", async () => {
    const path = await file("extra.jsonl", '{"a":1}\n{"a":2,"b":3}\n');
    const error = await dataError(readAll(path, "jsonl", { columns: ["a"] }));
    expect(error.message).toBe(
      `${path}: row 2 (line 2) has the key "b", which is not one of the file's columns (a)`,
    );
    expect(error.column).toBe("b");
  });
});

describe("Parquet", () => {
  async function validParquet(name: string): Promise<string> {
    const path = join(dir(), name);
    const writer = await openTableWriter(path, "parquet", ["id", "name", "score"], { rowGroupSize: 500 });
    await writer.writeRows(Array.from({ length: 2000 }, (_, i) => [i, `name-${i % 17}`, i / 3]));
    await writer.close();
    return path;
  }

  it("a truncated file is not a valid Parquet file", async () => {
    const good = await readFile(await validParquet("whole.parquet"));
    const path = await file("truncated.parquet", good.subarray(0, Math.floor(good.length / 2)));
    expect((await readError(path, "parquet")).message).toBe(
      `${path}: is not a valid Parquet file: it does not end with the Parquet footer (truncated, or not Parquet at all)`,
    );
    expect((await dataError(readSchema(path, "parquet"))).message).toMatch(/is not a valid Parquet file/);
  });

  it("damaged pages are reported with their row group, never hang and never crash", async () => {
    const good = await readFile(await validParquet("source.parquet"));
    for (const [at, fill] of [
      [4, 0x00],
      [4, 0xff],
      [20, 0x00],
      [100, 0xff],
      [Math.floor(good.length / 3), 0x00],
    ] as const) {
      const bad = Buffer.from(good);
      bad.fill(fill, at, at + 64);
      const path = await file("corrupt.parquet", bad);
      expect((await readError(path, "parquet")).message).toMatch(
        new RegExp(
          `^${escapeRegExp(path)}: is not a valid Parquet file: row group \\d of 4 \\(rows \\d+-\\d+\\): .+`,
        ),
      );
    }
  });

  it("a damaged footer is reported", async () => {
    const good = await readFile(await validParquet("footer-source.parquet"));
    const bad = Buffer.from(good);
    bad.fill(0x7f, good.length - 200, good.length - 150);
    const path = await file("bad-footer.parquet", bad);
    expect((await readError(path, "parquet")).message).toMatch(
      /bad-footer\.parquet: is not a valid Parquet file: /,
    );
  });

  it("an empty file and a non-Parquet file are reported", async () => {
    const empty = await file("empty.parquet", "");
    expect((await readError(empty, "parquet")).message).toBe(
      `${empty}: is empty (0 bytes), not a Parquet file`,
    );
    const csv = await file("really-csv.parquet", "a,b\n1,2\n3,4\n5,6\n");
    expect((await readError(csv, "parquet")).message).toMatch(
      /really-csv\.parquet: is not a valid Parquet file: /,
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
