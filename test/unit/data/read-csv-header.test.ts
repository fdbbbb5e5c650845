import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvHeader } from "../../../src/data/read-csv.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "csv-header-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function header(name: string, text: string): Promise<string[]> {
  const path = join(dir, name);
  await writeFile(path, text);
  return readCsvHeader(path);
}

describe("readCsvHeader, which parses only as far as the header", () => {
  it("a header wider than one slice (16 Ki characters), with quoted commas and line breaks across slices", async () => {
    const names = Array.from({ length: 3000 }, (_, i) =>
      i % 500 === 7 ? `col ${i}, "quoted"\nline` : `column_${i}`,
    );
    const line = names
      .map((name) => (/[",\n]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name))
      .join(",");
    expect(line.length).toBeGreaterThan(2 * 16_384);
    const rows = Array.from({ length: 50 }, (_, r) => names.map((_, c) => r * c).join(",")).join("\n");
    expect(await header("wide.csv", `\n\r\n${line}\r\n${rows}\n`)).toEqual(names);
  });

  it("a ragged data row after the header, and a header-only file, still give the header", async () => {
    expect(await header("ragged.csv", "a,b,c\n1,2\n")).toEqual(["a", "b", "c"]);
    expect(await header("only.csv", "a,b")).toEqual(["a", "b"]);
  });

  it("an empty file and an unclosed quote in the header are errors naming the file", async () => {
    await expect(header("empty.csv", "\n\n")).rejects.toThrow(/empty\.csv.*no header row/);
    await expect(header("open.csv", 'a,"b\n1,2\n')).rejects.toThrow(/open\.csv/);
  });
});
