import { describe, expect, it } from "vitest";
import { DataError, fileAccessError } from "../../../src/data/data-error.js";
import { detectFormat, formatFromExtension, isGzipped } from "../../../src/data/format.js";

describe("detectFormat", () => {
  it("reads the format from the extension, in any case, with optional gzip for text formats", () => {
    expect(detectFormat("data/train.csv")).toBe("csv");
    expect(detectFormat("data/TRAIN.CSV.GZ")).toBe("csv");
    expect(detectFormat("part-0.parquet")).toBe("parquet");
    expect(detectFormat("part-0.pq")).toBe("parquet");
    expect(detectFormat("events.jsonl")).toBe("jsonl");
    expect(detectFormat("events.ndjson.gz")).toBe("jsonl");
    expect(isGzipped("events.ndjson.gz")).toBe(true);
    expect(formatFromExtension("notes.txt")).toBeUndefined();
  });

  it("lets an explicit format win over the extension", () => {
    expect(detectFormat("export.txt", "csv")).toBe("csv");
    expect(detectFormat("events.log", " NDJSON ")).toBe("jsonl");
    expect(detectFormat("data.csv", "")).toBe("csv");
  });

  it("explains an unknown extension, a missing one, an unknown format and gzipped Parquet", () => {
    expect(() => detectFormat("data/export.tsv")).toThrow(
      new DataError(
        { file: "data/export.tsv" },
        'cannot tell the format from the extension ".tsv"; name the file .csv, .parquet or .jsonl ' +
          "(optionally .gz for CSV and JSON Lines), or set the format",
      ),
    );
    expect(() => detectFormat("data/README")).toThrow(
      /data\/README: cannot tell the format from a name without an extension/,
    );
    expect(() => detectFormat("a.csv", "excel")).toThrow(
      'a.csv: unknown format "excel" (use csv, parquet or jsonl)',
    );
    expect(() => detectFormat("a.parquet.gz")).toThrow(/a gzip-compressed Parquet file is not supported/);
  });
});

describe("fileAccessError", () => {
  it("words common file system failures plainly and keeps the cause", () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: "EACCES" });
    const error = fileAccessError("x.csv", denied);
    expect(error.message).toBe("x.csv: cannot be read (permission denied)");
    expect(error.cause).toBe(denied);
    expect(fileAccessError("x", Object.assign(new Error("gone"), { code: "ENOENT" })).message).toBe(
      "x: does not exist",
    );
    expect(fileAccessError("x", new Error("disk on fire")).message).toBe("x: cannot be read: disk on fire");
    const existing = new DataError({ file: "y" }, "already explained");
    expect(fileAccessError("x", existing)).toBe(existing);
  });
});
