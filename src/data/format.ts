import { DataError } from "./data-error.js";

export type DataFormat = "csv" | "parquet" | "jsonl";

export const DATA_FORMATS: readonly DataFormat[] = ["csv", "parquet", "jsonl"];

const EXTENSIONS: ReadonlyArray<readonly [string, DataFormat]> = [
  [".csv", "csv"],
  [".parquet", "parquet"],
  [".pq", "parquet"],
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
];

const ALIASES: Readonly<Record<string, DataFormat>> = {
  csv: "csv",
  parquet: "parquet",
  jsonl: "jsonl",
  ndjson: "jsonl",
};

/** Whether the file is gzip-compressed, by its `.gz` suffix (CSV and JSON Lines only). */
export function isGzipped(path: string): boolean {
  return path.toLowerCase().endsWith(".gz");
}

/** The format a file's extension names (`data.csv`, `data.csv.gz`, `part-0.parquet`), or undefined. */
export function formatFromExtension(path: string): DataFormat | undefined {
  let name = path.toLowerCase();
  if (name.endsWith(".gz")) name = name.slice(0, -3);
  for (const [extension, format] of EXTENSIONS) {
    if (name.endsWith(extension)) return format;
  }
  return undefined;
}

/**
 * The format of `path`: `explicit` when given (csv, parquet, jsonl or ndjson), else from the extension
 * (.csv, .parquet/.pq, .jsonl/.ndjson, each optionally followed by .gz except Parquet, which compresses
 * internally). Throws a DataError when neither says.
 */
export function detectFormat(path: string, explicit?: string): DataFormat {
  let format: DataFormat | undefined;
  if (explicit !== undefined && explicit !== "") {
    format = ALIASES[explicit.trim().toLowerCase()];
    if (format === undefined) {
      throw new DataError({ file: path }, `unknown format "${explicit}" (use csv, parquet or jsonl)`);
    }
  } else {
    format = formatFromExtension(path);
    if (format === undefined) {
      const extension = /(\.[^./\\]+)$/.exec(path)?.[1];
      throw new DataError(
        { file: path },
        `cannot tell the format from ${extension ? `the extension "${extension}"` : "a name without an extension"}; ` +
          "name the file .csv, .parquet or .jsonl (optionally .gz for CSV and JSON Lines), or set the format",
      );
    }
  }
  if (format === "parquet" && isGzipped(path)) {
    throw new DataError(
      { file: path },
      "a gzip-compressed Parquet file is not supported (Parquet compresses its pages itself)",
    );
  }
  return format;
}
