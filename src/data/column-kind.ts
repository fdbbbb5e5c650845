import type { SchemaTree } from "hyparquet";

/**
 * The storage type of a column when writing Parquet. `number` is a double, `integer` a 64-bit integer,
 * `timestamp` milliseconds since the epoch, `json` any JSON value (nested data, or mixed types).
 */
export type ColumnKind = "boolean" | "integer" | "number" | "string" | "timestamp" | "json" | "binary";

/** The kind that holds the values hyparquet reads from a top-level Parquet column. */
export function kindOfParquetColumn(node: SchemaTree): ColumnKind {
  const { type, converted_type: converted, logical_type: logical } = node.element;
  if (node.children.length > 0 || logical?.type === "GEOMETRY" || logical?.type === "GEOGRAPHY")
    return "json";
  if (converted === "DECIMAL" || logical?.type === "DECIMAL" || logical?.type === "FLOAT16") return "number";
  if (
    type === "INT96" ||
    converted === "DATE" ||
    converted === "TIMESTAMP_MILLIS" ||
    converted === "TIMESTAMP_MICROS" ||
    logical?.type === "DATE" ||
    logical?.type === "TIMESTAMP"
  ) {
    return "timestamp";
  }
  switch (type) {
    case "BOOLEAN":
      return "boolean";
    case "INT32":
    case "INT64":
      return "integer";
    case "FLOAT":
    case "DOUBLE":
      return "number";
    case "FIXED_LEN_BYTE_ARRAY":
      return logical?.type === "UUID" ? "string" : "binary";
    default:
      // hyparquet decodes BYTE_ARRAY as UTF-8 text unless it is annotated otherwise.
      return converted === "JSON" || logical?.type === "JSON" ? "json" : "string";
  }
}
