import {
  booleanLiteral,
  INTEGER_SYNTAX,
  NOT_NUMERIC,
  NumberScanner,
  parseIsoTimestamp,
  trimText,
} from "../stats/parse-text.js";

export type ColumnType = "integer" | "number" | "string" | "boolean" | "timestamp";

// Integers are `[+-]?\d+` and numbers `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?` after trimming, read as
// `Number(text)`: the scanner checks the grammar and computes the value in one pass over the text
// (test/unit/validation/parse-typed.test.ts holds the regular expressions as the reference).
const scanner = new NumberScanner();

/** A missing value: null, undefined, or an empty or whitespace-only string (CSV writes nulls as empty fields). */
export function isNull(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  if (value.length === 0) return true;
  // Printable ASCII is never whitespace: most values are decided by their first character.
  const first = value.charCodeAt(0);
  return first > 32 && first < 127 ? false : value.trim() === "";
}

/**
 * Reads a value as the declared type, or returns undefined when it does not parse. Accepts both the strings
 * a CSV reader gives and the native values of JSON Lines and Parquet.
 */
export function parseTyped(type: ColumnType, value: unknown): number | string | boolean | undefined {
  switch (type) {
    case "integer": {
      if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
      if (typeof value === "bigint") return Number(value);
      if (typeof value === "string" && scanner.scan(trimText(value)) === INTEGER_SYNTAX) return scanner.value;
      return undefined;
    }
    case "number": {
      if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
      if (typeof value === "bigint") return Number(value);
      if (typeof value === "string" && scanner.scan(trimText(value)) !== NOT_NUMERIC) return scanner.value;
      return undefined;
    }
    case "boolean": {
      if (typeof value === "boolean") return value;
      if (typeof value === "number" && (value === 0 || value === 1)) return value === 1;
      if (typeof value === "string") {
        // `true`/`false` in any letter case, `1`, `0`: the same as comparing `trim().toLowerCase()`.
        const text = trimText(value);
        if (text.length === 1) return text === "1" ? true : text === "0" ? false : undefined;
        return booleanLiteral(text);
      }
      return undefined;
    }
    case "timestamp": {
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
      if (typeof value === "string") {
        // The profiler's parser: zone-less times read as UTC, so a runner's time zone never changes a verdict.
        const time = parseIsoTimestamp(value);
        return Number.isNaN(time) ? undefined : time;
      }
      return undefined;
    }
    case "string":
      if (typeof value === "string") return value;
      if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
        return String(value);
      return undefined;
  }
}

const units: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses a duration such as `2d`, `12h`, `30m`, `90s` or `1w` into milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const unit = units[match[2]];
  return unit === undefined ? undefined : Number(match[1]) * unit;
}
