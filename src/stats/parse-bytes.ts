/**
 * The scanners of parse-text.ts over UTF-8 bytes, for readers that keep a CSV field as a byte range instead
 * of slicing a string for it (src/data/csv-tokenizer.ts). They accept exactly what the string versions
 * accept and give the same values (test/unit/stats/parse-bytes.test.ts compares them on every input it
 * tries): the grammars are ASCII, so a range holding any byte ≥ 0x80 (a non-ASCII space to trim, or a
 * character that makes the value invalid) is decoded and handed to the string version.
 */
import {
  INTEGER_SYNTAX,
  NOT_NUMERIC,
  NumberScanner,
  type NumberSyntax,
  parseIsoTimestamp,
  trimText,
} from "./parse-text.js";

const DECIMAL_SYNTAX = 2;

// Powers of ten that a double holds exactly.
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const FAST_PATH_DIGITS = 15;

/**
 * A plain decimal `-?digits(.digits)?` of 1 to 15 digits (Clinger's fast path: the mantissa over an exact
 * power of ten is one correctly rounded division, so the value is `Number(text)`), read straight from bytes
 * the caller knows end in printable ASCII: `read` gives the value, or NaN for anything else (a sign `+`, an
 * exponent, padding, more digits: the general scanners' business), and `point` whether the last value read
 * had a decimal point (`1.0` is not written as an integer).
 */
export class PlainDecimalReader {
  point = false;

  read(bytes: Uint8Array, start: number, end: number): number {
    const negative = bytes[start] === 45;
    let i = negative ? start + 1 : start;
    let mantissa = 0;
    let digit = 0;
    while (i < end) {
      digit = (bytes[i] as number) - 48;
      if (digit >>> 0 > 9) break;
      mantissa = mantissa * 10 + digit;
      i++;
    }
    let digits = i - start - (negative ? 1 : 0);
    let fraction = 0;
    const point = i < end && bytes[i] === 46;
    if (point) {
      const from = ++i;
      while (i < end) {
        digit = (bytes[i] as number) - 48;
        if (digit >>> 0 > 9) break;
        mantissa = mantissa * 10 + digit;
        i++;
      }
      fraction = i - from;
      digits += fraction;
    }
    if (i !== end || digits === 0 || digits > FAST_PATH_DIGITS) return Number.NaN;
    this.point = point;
    const magnitude = fraction === 0 ? mantissa : mantissa / (EXACT_POWERS_OF_TEN[fraction] as number);
    return negative ? -magnitude : magnitude;
  }
}

/** The bytes as text (a Buffer's own decoder; `utf8Slice` is what `toString` calls). */
export function decodeRange(bytes: Buffer, start: number, end: number): string {
  return bytes.toString("utf8", start, end);
}

/** Whether bytes[start, end) holds a byte ≥ 0x80. */
function hasNonAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

/** Is an ASCII byte whitespace to `String.prototype.trim` (tab, LF, VT, FF, CR, space)? */
function isAsciiSpace(byte: number): boolean {
  return byte === 32 || (byte >= 9 && byte <= 13);
}

/**
 * `NumberScanner` over bytes: `scan(bytes, start, end)` trims like `trimText`, returns the grammar the
 * text matches and leaves its value, always `Number(text)`, in `value`.
 */
export class ByteNumberScanner {
  value = Number.NaN;
  private readonly text = new NumberScanner();

  scan(bytes: Buffer, start: number, end: number): NumberSyntax {
    this.asciiEnds = false;
    return this.scanRange(bytes, start, end);
  }

  /**
   * `scan` of a range whose first and last bytes the caller knows are printable ASCII (nothing to trim): a
   * range the ASCII grammar refuses is then not a number whatever non-ASCII bytes it holds, and is never
   * decoded.
   */
  scanAsciiEnds(bytes: Buffer, start: number, end: number): NumberSyntax {
    this.asciiEnds = true;
    return this.scanRange(bytes, start, end);
  }

  private asciiEnds = false;

  private scanRange(bytes: Buffer, start: number, end: number): NumberSyntax {
    while (start < end && isAsciiSpace(bytes[start] as number)) start++;
    while (end > start && isAsciiSpace(bytes[end - 1] as number)) end--;
    if (start === end) return NOT_NUMERIC;
    let i = start;
    let code = bytes[i] as number;
    const negative = code === 45;
    if (negative || code === 43) i++;
    let mantissa = 0;
    const integerStart = i;
    while (i < end) {
      code = (bytes[i] as number) - 48;
      if (code < 0 || code > 9) break;
      mantissa = mantissa * 10 + code;
      i++;
    }
    const integerDigits = i - integerStart;
    let digitCount = integerDigits;
    let decimal = false;
    let fractionDigits = 0;
    if (i < end && bytes[i] === 46) {
      decimal = true;
      i++;
      while (i < end) {
        code = (bytes[i] as number) - 48;
        if (code < 0 || code > 9) break;
        mantissa = mantissa * 10 + code;
        fractionDigits++;
        i++;
      }
      if (integerDigits === 0 && fractionDigits === 0) return this.slow(bytes, start, end);
      digitCount += fractionDigits;
    } else if (integerDigits === 0) return this.slow(bytes, start, end);
    let exponent = 0;
    if (i < end) {
      code = bytes[i] as number;
      if (code !== 101 && code !== 69) return this.slow(bytes, start, end);
      i++;
      code = i < end ? (bytes[i] as number) : 0;
      const negativeExponent = code === 45;
      if (negativeExponent || code === 43) i++;
      const exponentStart = i;
      while (i < end) {
        code = (bytes[i] as number) - 48;
        if (code < 0 || code > 9) break;
        if (exponent < 100_000) exponent = exponent * 10 + code;
        i++;
      }
      if (i === exponentStart || i !== end) return this.slow(bytes, start, end);
      if (negativeExponent) exponent = -exponent;
      decimal = true;
    }
    const scale = exponent - fractionDigits;
    if (digitCount <= FAST_PATH_DIGITS && scale >= -22 && scale <= 22) {
      const magnitude =
        scale >= 0
          ? mantissa * (EXACT_POWERS_OF_TEN[scale] as number)
          : mantissa / (EXACT_POWERS_OF_TEN[-scale] as number);
      this.value = negative ? -magnitude : magnitude;
    } else this.value = Number(bytes.toString("latin1", start, end));
    return decimal ? DECIMAL_SYNTAX : INTEGER_SYNTAX;
  }

  /** Not a number in ASCII; decided by the string scanner when a non-ASCII byte could be a space to trim. */
  private slow(bytes: Buffer, start: number, end: number): NumberSyntax {
    if (this.asciiEnds || !hasNonAscii(bytes, start, end)) return NOT_NUMERIC;
    const syntax = this.text.scan(trimText(decodeRange(bytes, start, end)));
    this.value = this.text.value;
    return syntax;
  }
}

/** `booleanLiteral` of parse-text.ts plus `1`/`0`, over bytes, trimmed: true, false or undefined. */
export function booleanBytes(bytes: Buffer, start: number, end: number): boolean | undefined {
  while (start < end && isAsciiSpace(bytes[start] as number)) start++;
  while (end > start && isAsciiSpace(bytes[end - 1] as number)) end--;
  const n = end - start;
  if (n === 1) {
    const byte = bytes[start];
    return byte === 49 ? true : byte === 48 ? false : nonAsciiBoolean(bytes, start, end);
  }
  if (n === 4) {
    if (
      ((bytes[start] as number) | 0x20) === 116 &&
      ((bytes[start + 1] as number) | 0x20) === 114 &&
      ((bytes[start + 2] as number) | 0x20) === 117 &&
      ((bytes[start + 3] as number) | 0x20) === 101
    )
      return true;
  } else if (n === 5) {
    if (
      ((bytes[start] as number) | 0x20) === 102 &&
      ((bytes[start + 1] as number) | 0x20) === 97 &&
      ((bytes[start + 2] as number) | 0x20) === 108 &&
      ((bytes[start + 3] as number) | 0x20) === 115 &&
      ((bytes[start + 4] as number) | 0x20) === 101
    )
      return false;
  }
  return nonAsciiBoolean(bytes, start, end);
}

function nonAsciiBoolean(bytes: Buffer, start: number, end: number): boolean | undefined {
  if (!hasNonAscii(bytes, start, end)) return undefined;
  const text = trimText(decodeRange(bytes, start, end)).toLowerCase();
  return text === "true" || text === "1" ? true : text === "false" || text === "0" ? false : undefined;
}

function digits(bytes: Uint8Array, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil), as in parse-text.ts. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * `parseIsoTimestamp` over bytes[start, end), untrimmed (as the validator reads timestamps): milliseconds
 * since the epoch, or NaN. `trim` first trims like `trimText` (as the profiler reads them).
 */
export function parseIsoTimestampBytes(bytes: Buffer, start: number, end: number, trim = false): number {
  if (trim) {
    while (start < end && isAsciiSpace(bytes[start] as number)) start++;
    while (end > start && isAsciiSpace(bytes[end - 1] as number)) end--;
    if (end > start && ((bytes[start] as number) >= 0x80 || (bytes[end - 1] as number) >= 0x80))
      return parseIsoTimestamp(trimText(decodeRange(bytes, start, end)));
  }
  // The grammar is ASCII: a non-ASCII byte anywhere makes the text invalid, which the checks below find.
  const n = end - start;
  if (n < 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return Number.NaN;
  const year = digits(bytes, start, 4);
  const month = digits(bytes, start + 5, 2);
  const day = digits(bytes, start + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  let offset = 0;
  if (n > 10) {
    const separator = bytes[start + 10];
    if ((separator !== 84 && separator !== 32) || n < 16 || bytes[start + 13] !== 58) return Number.NaN;
    hour = digits(bytes, start + 11, 2);
    minute = digits(bytes, start + 14, 2);
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59) return Number.NaN;
    let i = start + 16;
    if (i < end && bytes[i] === 58) {
      if (i + 3 > end) return Number.NaN;
      second = digits(bytes, i + 1, 2);
      if (second < 0 || second > 59) return Number.NaN;
      i += 3;
      if (i < end && bytes[i] === 46) {
        const first = ++i;
        let scale = 100;
        while (i < end) {
          const digit = (bytes[i] as number) - 48;
          if (digit < 0 || digit > 9) break;
          millisecond += digit * scale;
          scale /= 10;
          i++;
        }
        if (i === first) return Number.NaN;
        millisecond = Math.floor(millisecond);
      }
    }
    if (hour === 24 && (minute !== 0 || second !== 0 || millisecond !== 0)) return Number.NaN;
    if (i < end) {
      const zone = bytes[i];
      if (zone === 90) {
        if (i + 1 !== end) return Number.NaN;
      } else if (zone === 43 || zone === 45) {
        const colon = bytes[i + 3] === 58;
        if (i + (colon ? 6 : 5) !== end) return Number.NaN;
        const offsetHours = digits(bytes, i + 1, 2);
        const offsetMinutes = digits(bytes, i + (colon ? 4 : 3), 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return Number.NaN;
        offset = (zone === 43 ? 1 : -1) * (offsetHours * 60 + offsetMinutes) * 60_000;
      } else return Number.NaN;
    }
  }
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    millisecond -
    offset
  );
}

/** The year and `daysFromCivil(year, month, 1)` of each month (1–12) last read by parseIsoTimestampCommon. */
const MONTH_START_YEAR = new Int32Array(13).fill(-1);
const MONTH_START_DAYS = new Float64Array(13);

/** The two ASCII digits at bytes[at], or -1. */
function twoDigits(bytes: Uint8Array, at: number): number {
  const high = (bytes[at] as number) - 48;
  const low = (bytes[at + 1] as number) - 48;
  return high >>> 0 > 9 || low >>> 0 > 9 ? -1 : high * 10 + low;
}

/**
 * `parseIsoTimestampBytes` for the common layouts only, each read at fixed offsets: `YYYY-MM-DD`, and that
 * with `[T ]hh:mm:ss`, optionally `.fff` (exactly three digits), optionally `Z` (10, 19, 20, 23 or 24
 * bytes). NaN for anything else, valid or not: the caller then asks `parseIsoTimestampBytes`, so a NaN here
 * says nothing. Where it gives a number it is `parseIsoTimestampBytes`'s (the same checks, and every term is
 * an exact integer, so the sum does not depend on its order).
 */
export function parseIsoTimestampCommon(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n !== 10 && (n < 19 || n > 24 || n === 21 || n === 22)) return Number.NaN;
  if (bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return Number.NaN;
  const century = twoDigits(bytes, start);
  const yearOfCentury = twoDigits(bytes, start + 2);
  const month = twoDigits(bytes, start + 5);
  const day = twoDigits(bytes, start + 8);
  if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  // daysFromCivil is the month's first day plus day − 1; the first days of the months last seen are kept.
  const year = century * 100 + yearOfCentury;
  let monthStart = MONTH_START_DAYS[month] as number;
  if (MONTH_START_YEAR[month] !== year) {
    monthStart = daysFromCivil(year, month, 1);
    MONTH_START_YEAR[month] = year;
    MONTH_START_DAYS[month] = monthStart;
  }
  const days = monthStart + day - 1;
  if (n === 10) return days * 86_400_000;
  let zoned = false;
  let millisecond = 0;
  if (n === 20 || n === 24) {
    if (bytes[end - 1] !== 90) return Number.NaN;
    zoned = true;
  }
  if (n === 23 || n === 24) {
    if (bytes[start + 19] !== 46) return Number.NaN;
    const hundreds = (bytes[start + 20] as number) - 48;
    const rest = twoDigits(bytes, start + 21);
    if (hundreds >>> 0 > 9 || rest < 0) return Number.NaN;
    millisecond = hundreds * 100 + rest;
  } else if (n !== (zoned ? 20 : 19)) return Number.NaN;
  const separator = bytes[start + 10];
  if ((separator !== 84 && separator !== 32) || bytes[start + 13] !== 58 || bytes[start + 16] !== 58)
    return Number.NaN;
  const hour = twoDigits(bytes, start + 11);
  const minute = twoDigits(bytes, start + 14);
  const second = twoDigits(bytes, start + 17);
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  if (hour === 24 && (minute !== 0 || second !== 0 || millisecond !== 0)) return Number.NaN;
  return days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millisecond;
}
