/**
 * Allocation-free scanners for the text a CSV reader hands over. They accept exactly what the validator's
 * `parseTyped` accepts (test/unit/stats/parse-text.test.ts checks the two agree), so a value the profiler
 * counts as invalid is one validation would flag; they exist because a regular expression per value would
 * dominate a profiling pass.
 */

/** Not a number in the validator's grammar. */
export const NOT_NUMERIC = 0;
/** `[+-]?\d+`: a number that also parses as an integer. */
export const INTEGER_SYNTAX = 1;
/** `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?` with a point or an exponent. */
export const DECIMAL_SYNTAX = 2;
export type NumberSyntax = typeof NOT_NUMERIC | typeof INTEGER_SYNTAX | typeof DECIMAL_SYNTAX;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Text without the leading and trailing whitespace `String.prototype.trim` removes; the same string (no
 * copy) when its ends are printable ASCII, which is the common case.
 */
export function trimText(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

// Powers of ten that a double holds exactly.
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Up to 15 digits the mantissa is an exact integer, so one multiplication or division rounds correctly. */
const FAST_PATH_DIGITS = 15;

/**
 * Reads numbers from trimmed text in one scan: `scan` returns the grammar the text matches and leaves its
 * value in `value`. Short decimals take Clinger's fast path (an exact mantissa times or over an exact power
 * of ten, one correctly rounded operation); the rest go to `Number`, so the value is always `Number(text)`.
 */
export class NumberScanner {
  value = Number.NaN;

  scan(text: string): NumberSyntax {
    const n = text.length;
    let i = 0;
    let code = text.charCodeAt(0);
    const negative = code === 45;
    if (negative || code === 43) i++;
    let mantissa = 0;
    let digitCount = 0;
    const integerStart = i;
    while (i < n) {
      code = text.charCodeAt(i);
      if (!isDigit(code)) break;
      mantissa = mantissa * 10 + (code - 48);
      i++;
    }
    const integerDigits = i - integerStart;
    digitCount = integerDigits;
    let decimal = false;
    let fractionDigits = 0;
    if (i < n && text.charCodeAt(i) === 46) {
      decimal = true;
      i++;
      while (i < n) {
        code = text.charCodeAt(i);
        if (!isDigit(code)) break;
        mantissa = mantissa * 10 + (code - 48);
        fractionDigits++;
        i++;
      }
      if (integerDigits === 0 && fractionDigits === 0) return NOT_NUMERIC;
      digitCount += fractionDigits;
    } else if (integerDigits === 0) return NOT_NUMERIC;
    let exponent = 0;
    if (i < n) {
      code = text.charCodeAt(i);
      if (code !== 101 && code !== 69) return NOT_NUMERIC;
      i++;
      code = text.charCodeAt(i);
      const negativeExponent = code === 45;
      if (negativeExponent || code === 43) i++;
      const exponentStart = i;
      while (i < n) {
        code = text.charCodeAt(i);
        if (!isDigit(code)) break;
        if (exponent < 100_000) exponent = exponent * 10 + (code - 48);
        i++;
      }
      if (i === exponentStart || i !== n) return NOT_NUMERIC;
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
    } else this.value = Number(text);
    return decimal ? DECIMAL_SYNTAX : INTEGER_SYNTAX;
  }
}

const sharedScanner = new NumberScanner();

/** Which number grammar trimmed text matches. */
export function numberSyntax(text: string): NumberSyntax {
  return sharedScanner.scan(text);
}

/** `true` or `false` in any letter case (trimmed text); `0` and `1` are left to the number scanner. */
export function booleanLiteral(text: string): boolean | undefined {
  if (text.length === 4) {
    if (
      (text.charCodeAt(0) | 0x20) === 116 &&
      (text.charCodeAt(1) | 0x20) === 114 &&
      (text.charCodeAt(2) | 0x20) === 117 &&
      (text.charCodeAt(3) | 0x20) === 101
    )
      return true;
  } else if (text.length === 5) {
    if (
      (text.charCodeAt(0) | 0x20) === 102 &&
      (text.charCodeAt(1) | 0x20) === 97 &&
      (text.charCodeAt(2) | 0x20) === 108 &&
      (text.charCodeAt(3) | 0x20) === 115 &&
      (text.charCodeAt(4) | 0x20) === 101
    )
      return false;
  }
  return undefined;
}

function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil). Linear in the day, so
 * day 31 of a shorter month rolls over as Date.UTC does; arithmetic only, unlike a Date.UTC call.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Milliseconds since the epoch of an ISO-8601 date or date-time, `YYYY-MM-DD([T ]hh:mm(:ss(.f+)?)?(Z|±hh:?mm)?)?`,
 * or NaN. Ranges follow V8's `Date.parse` (day 1–31 rolls over, `24:00` is the next midnight, fractions
 * are cut to milliseconds), except that a date-time without a zone is read as UTC rather than in the
 * machine's zone, so the same file gives the same profile on every runner.
 */
export function parseIsoTimestamp(text: string): number {
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  let offset = 0;
  if (n > 10) {
    const separator = text.charCodeAt(10);
    if ((separator !== 84 && separator !== 32) || n < 16 || text.charCodeAt(13) !== 58) return Number.NaN;
    hour = digits(text, 11, 2);
    minute = digits(text, 14, 2);
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59) return Number.NaN;
    let i = 16;
    if (i < n && text.charCodeAt(i) === 58) {
      second = digits(text, i + 1, 2);
      if (second < 0 || second > 59 || i + 3 > n) return Number.NaN;
      i += 3;
      if (i < n && text.charCodeAt(i) === 46) {
        const start = ++i;
        let scale = 100;
        while (i < n && isDigit(text.charCodeAt(i))) {
          millisecond += (text.charCodeAt(i) - 48) * scale;
          scale /= 10;
          i++;
        }
        if (i === start) return Number.NaN;
        millisecond = Math.floor(millisecond);
      }
    }
    if (hour === 24 && (minute !== 0 || second !== 0 || millisecond !== 0)) return Number.NaN;
    if (i < n) {
      const zone = text.charCodeAt(i);
      if (zone === 90) {
        if (i + 1 !== n) return Number.NaN;
      } else if (zone === 43 || zone === 45) {
        const colon = text.charCodeAt(i + 3) === 58;
        if (i + (colon ? 6 : 5) !== n) return Number.NaN;
        const offsetHours = digits(text, i + 1, 2);
        const offsetMinutes = digits(text, i + (colon ? 4 : 3), 2);
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
