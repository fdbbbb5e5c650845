const NEEDS_QUOTES = /[",\r\n]/;

/** A value as CSV text: null is an empty field; dates are ISO 8601; objects and arrays are JSON. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean")
    return String(value);
  let text: string;
  if (typeof value === "string") text = value;
  else if (value instanceof Date) return isoDate(value);
  else if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  else text = JSON.stringify(value, jsonReplacer);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record with its line ending. A one-column record whose value is null is written as `""`, since an
 * empty line would be read back as a blank line and skipped.
 */
export function csvLine(values: readonly unknown[]): string {
  if (values.length === 1) {
    const only = csvField(values[0]);
    return only === "" ? '""\n' : `${only}\n`;
  }
  // Joining an array is about twice as fast here as growing a string field by field.
  const fields = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) fields[i] = csvField(values[i]);
  return `${fields.join(",")}\n`;
}

/**
 * Encodes rows as JSON Lines records: an object with every column, null where a value is missing. Built
 * from per-column key prefixes, which is about twice as fast as stringifying an object per row.
 */
export function jsonLineEncoder(columns: readonly string[]): (values: readonly unknown[]) => string {
  const prefixes = columns.map((name, i) => `${i === 0 ? "{" : ","}${JSON.stringify(name)}:`);
  return (values) => {
    const parts = new Array<string>(prefixes.length + 1);
    for (let i = 0; i < prefixes.length; i++) parts[i] = (prefixes[i] as string) + jsonValue(values[i]);
    parts[prefixes.length] = "}\n";
    return parts.join("");
  };
}

function jsonValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
      return "null";
    default:
      return value === null ? "null" : (JSON.stringify(value, jsonReplacer) ?? "null");
  }
}

/**
 * JSON for values JSON.stringify rejects or mangles: 64-bit integers become numbers when a double holds them
 * exactly and decimal strings otherwise, and bytes become base64.
 */
function jsonReplacer(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === "bigint") {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  return value;
}

function isoDate(value: Date): string {
  if (Number.isNaN(value.getTime())) throw new RangeError("cannot write an invalid Date");
  return value.toISOString();
}
