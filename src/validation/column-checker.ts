import type { CsvTokenizer } from "../data/csv-tokenizer.js";
import { INTEGER_SYNTAX, NOT_NUMERIC, parseIsoTimestamp } from "../stats/parse-text.js";
import { type BytePattern, ByteValueSet, compileBytePattern, trimmedAscii } from "./byte-match.js";
import {
  type CheckResult,
  formatValue,
  MAX_SAMPLES,
  type OffendingValue,
  type Severity,
} from "./check-result.js";
import { isNull, parseDuration, parseTyped } from "./parse-typed.js";
import type { ColumnRule } from "./rules.js";

/** The largest |epoch milliseconds| a Date holds. */
const MAX_TIME = 8.64e15;

class Violations {
  count = 0;
  readonly samples: OffendingValue[] = [];
  add(row: number, file: string | undefined, value: unknown) {
    this.count++;
    if (this.samples.length < MAX_SAMPLES)
      this.samples.push({ row, ...(file ? { file } : {}), value: formatValue(value) });
  }
}

function bound(value: number | string | undefined, type: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number") return value;
  if (type === "timestamp") {
    const time = parseIsoTimestamp(value);
    return Number.isNaN(time) ? undefined : time;
  }
  const number = Number(value);
  return Number.isNaN(number) ? undefined : number;
}

function show(value: number, type: string | undefined): string | number {
  return type === "timestamp" ? new Date(value).toISOString() : value;
}

/** The serialized state of a {@link ColumnChecker} (min and max are null before the first number). */
export interface ColumnCheckerState {
  rows: number;
  nulls: number;
  parsed: number;
  mean: number;
  m2: number;
  min: number | null;
  max: number | null;
  /** type, min, max, allowed, pattern: counts and the first samples. */
  violations: { count: number; samples: OffendingValue[] }[];
}

/** Checks one column's rule over streamed values in constant memory. */
export class ColumnChecker {
  private rows = 0;
  private nulls = 0;
  private parsed = 0;
  private mean = 0;
  private m2 = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;
  private readonly typeErrors = new Violations();
  private readonly belowMin = new Violations();
  private readonly aboveMax = new Violations();
  private readonly notAllowed = new Violations();
  private readonly noMatch = new Violations();
  private readonly minBound: number | undefined;
  private readonly maxBound: number | undefined;
  private readonly allowed: Set<string> | undefined;
  private readonly pattern: RegExp | undefined;
  /** The same checks on a CSV field's bytes (byte-match.ts); undefined where only the string check holds. */
  private readonly allowedBytes: ByteValueSet | undefined;
  private readonly patternBytes: BytePattern | undefined;
  private readonly severity: Severity;

  constructor(
    readonly column: string,
    private readonly rule: ColumnRule,
    private readonly rulePath: (string | number)[],
    private readonly now: number,
  ) {
    this.severity = rule.severity ?? "error";
    this.minBound = bound(rule.min, rule.type);
    this.maxBound = bound(rule.max, rule.type);
    this.allowed = rule.allowed ? new Set(rule.allowed.map((value) => String(value))) : undefined;
    this.pattern = rule.pattern === undefined ? undefined : new RegExp(rule.pattern, "u");
    this.allowedBytes = this.allowed ? new ByteValueSet(this.allowed) : undefined;
    this.patternBytes = rule.pattern === undefined ? undefined : compileBytePattern(rule.pattern);
  }

  observe(value: unknown, row: number, file?: string): void {
    this.rows++;
    if (isNull(value)) {
      this.nulls++;
      return;
    }
    const type = this.rule.type;
    let numeric: number | undefined;
    if (type) {
      const typed = parseTyped(type, value);
      if (typed === undefined) {
        this.typeErrors.add(row, file, value);
        return;
      }
      if (typeof typed === "number") numeric = typed;
    }
    this.parsed++;
    if (numeric !== undefined) {
      const delta = numeric - this.mean;
      this.mean += delta / this.parsed;
      this.m2 += delta * (numeric - this.mean);
      if (numeric < this.min) this.min = numeric;
      if (numeric > this.max) this.max = numeric;
      if (this.minBound !== undefined && numeric < this.minBound) this.belowMin.add(row, file, value);
      if (this.maxBound !== undefined && numeric > this.maxBound) this.aboveMax.add(row, file, value);
    }
    if (this.allowed && !this.allowed.has(String(value).trim())) this.notAllowed.add(row, file, value);
    if (this.pattern && !this.pattern.test(String(value))) this.noMatch.add(row, file, value);
  }

  /**
   * `observe(tokenizer.text(record, field), row, file)` for a field of a CSV batch, read from its bytes: the
   * number, timestamp or boolean is parsed without making a string; the text is made only for a sample, an
   * `allowed` or `pattern` rule (the tokenizer's accessors follow parseTyped's grammar, see their tests).
   */
  observeCsv(tokenizer: CsvTokenizer, record: number, field: number, row: number, file?: string): void {
    this.observeCsvRange(tokenizer, field, record, record + 1, row - record, file);
  }

  /**
   * `observeCsv(tokenizer, r, field, firstRow + r, file)` for every record r of the batch, in order: one
   * call per column and batch instead of one per value (a checker's state depends only on its own column's
   * values in row order, so checking column by column gives the same state as row by row).
   */
  observeCsvRecords(tokenizer: CsvTokenizer, field: number, firstRow: number, file?: string): void {
    this.observeCsvRange(tokenizer, field, 0, tokenizer.records, firstRow, file);
  }

  private observeCsvRange(
    tokenizer: CsvTokenizer,
    field: number,
    first: number,
    last: number,
    rowOffset: number,
    file: string | undefined,
  ): void {
    const type = this.rule.type;
    const kind =
      type === "integer" ? 1 : type === "number" ? 2 : type === "timestamp" ? 3 : type === "boolean" ? 4 : 0;
    const width = tokenizer.width;
    const starts = tokenizer.starts;
    const ends = tokenizer.ends;
    const { minBound, maxBound, allowed, pattern } = this;
    const checkText = allowed !== undefined || pattern !== undefined;
    // the running state, kept in locals over the batch and stored back at the end
    let { parsed, mean, m2, min, max } = this;
    this.rows += last - first;
    for (let record = first; record < last; record++) {
      const at = record * width + field;
      const start = starts[at] as number;
      const end = ends[at] as number;
      const bytes = tokenizer.bytes;
      if (start === end) {
        this.nulls++;
        continue;
      }
      const lead = bytes[start] as number;
      if (!(lead > 32 && lead < 127) && tokenizer.isBlank(record, field)) {
        this.nulls++;
        continue;
      }
      let numeric = Number.NaN;
      if (kind === 1 || kind === 2) {
        const syntax = tokenizer.number(record, field);
        if (kind === 1 ? syntax !== INTEGER_SYNTAX : syntax === NOT_NUMERIC) {
          this.typeErrors.add(record + rowOffset, file, tokenizer.text(record, field));
          continue;
        }
        numeric = tokenizer.value;
      } else if (kind === 3) {
        numeric = tokenizer.timestamp(record, field);
        if (Number.isNaN(numeric)) {
          this.typeErrors.add(record + rowOffset, file, tokenizer.text(record, field));
          continue;
        }
      } else if (kind === 4 && tokenizer.boolean(record, field) === undefined) {
        this.typeErrors.add(record + rowOffset, file, tokenizer.text(record, field));
        continue;
      }
      parsed++;
      if (kind !== 0 && kind !== 4) {
        const delta = numeric - mean;
        mean += delta / parsed;
        m2 += delta * (numeric - mean);
        if (numeric < min) min = numeric;
        if (numeric > max) max = numeric;
        if (minBound !== undefined && numeric < minBound)
          this.belowMin.add(record + rowOffset, file, tokenizer.text(record, field));
        if (maxBound !== undefined && numeric > maxBound)
          this.aboveMax.add(record + rowOffset, file, tokenizer.text(record, field));
      }
      if (checkText) this.checkText(tokenizer, record, field, at, record + rowOffset, file);
    }
    this.parsed = parsed;
    this.mean = mean;
    this.m2 = m2;
    this.min = min;
    this.max = max;
  }

  /** The allowed and pattern rules of one field: from the bytes where byte-match.ts's checks are exact. */
  private checkText(
    tokenizer: CsvTokenizer,
    record: number,
    field: number,
    at: number,
    row: number,
    file: string | undefined,
  ): void {
    // exact on the bytes of a field without a doubled quote (for `allowed`, one that trim leaves as it is)
    const plain = tokenizer.escaped[at] !== 1;
    const bytes = tokenizer.bytes;
    const from = tokenizer.starts[at] as number;
    const to = tokenizer.ends[at] as number;
    if (this.allowed) {
      const ok =
        plain && this.allowedBytes && trimmedAscii(bytes, from, to)
          ? this.allowedBytes.has(bytes, from, to)
          : this.allowed.has((tokenizer.text(record, field) as string).trim());
      if (!ok) this.notAllowed.add(row, file, tokenizer.text(record, field));
    }
    if (this.pattern) {
      const ok =
        plain && this.patternBytes
          ? this.patternBytes.test(bytes, from, to)
          : this.pattern.test(tokenizer.text(record, field) as string);
      if (!ok) this.noMatch.add(row, file, tokenizer.text(record, field));
    }
  }

  /** `observe(x, row, file)` of a number read from a typed column, for integer and number rules. */
  observeNumber(x: number, row: number, file?: string): void {
    const type = this.rule.type;
    if ((type !== "integer" && type !== "number") || this.pattern) {
      this.observe(x, row, file);
      return;
    }
    this.rows++;
    if (type === "integer" ? !Number.isInteger(x) : !Number.isFinite(x)) {
      this.typeErrors.add(row, file, x);
      return;
    }
    this.parsed++;
    const delta = x - this.mean;
    this.mean += delta / this.parsed;
    this.m2 += delta * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    if (this.minBound !== undefined && x < this.minBound) this.belowMin.add(row, file, x);
    if (this.maxBound !== undefined && x > this.maxBound) this.aboveMax.add(row, file, x);
    // String(x) has no surrounding whitespace: trim() changes nothing
    if (this.allowed && !this.allowed.has(String(x))) this.notAllowed.add(row, file, x);
  }

  /**
   * Whether a string value matters here only as null or not (no type but string, no allowed set, no
   * pattern): then {@link observePresence} stands for {@link observe} of a string.
   */
  presenceOnly(): boolean {
    const type = this.rule.type;
    return (type === undefined || type === "string") && !this.allowed && !this.pattern;
  }

  /** `observe(text)` of a string whose `isNull(text)` is `blank`, when {@link presenceOnly} holds. */
  observePresence(blank: boolean): void {
    this.rows++;
    if (blank) this.nulls++;
    else this.parsed++;
  }

  /**
   * `observe(new Date(ms), row, file)` for a timestamp read from a Parquet column, without making the Date
   * unless a sample needs it (or the rule reads more than the time).
   */
  observeTime(ms: number, row: number, file?: string): void {
    if (this.rule.type !== "timestamp" || this.allowed || this.pattern || !(Math.abs(ms) <= MAX_TIME)) {
      this.observe(new Date(ms), row, file);
      return;
    }
    this.rows++;
    this.parsed++;
    const delta = ms - this.mean;
    this.mean += delta / this.parsed;
    this.m2 += delta * (ms - this.mean);
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
    if (this.minBound !== undefined && ms < this.minBound) this.belowMin.add(row, file, new Date(ms));
    if (this.maxBound !== undefined && ms > this.maxBound) this.aboveMax.add(row, file, new Date(ms));
  }

  /**
   * checkColumn of a Parquet timestamp column (epoch ms): for each row r < count, in order,
   * `observeTime(numbers[k], firstRow + r, file)` with k = at[r] (r when `at` is undefined), and the rows
   * where k < 0 added as nulls at the end. The running state is in locals while the rule is a plain
   * timestamp rule and the times are within Date's range (the rest goes through observeTime); the same
   * operations in the same order, so the same state.
   */
  observeTimes(
    numbers: Float64Array,
    at: Int32Array | undefined,
    count: number,
    firstRow: number,
    file?: string,
  ): void {
    let nulls = 0;
    let r = 0;
    if (this.rule.type === "timestamp" && !this.allowed && !this.pattern) {
      const low = this.minBound;
      const high = this.maxBound;
      let { parsed, mean, m2, min, max } = this;
      let rows = 0;
      for (; r < count; r++) {
        const k = at === undefined ? r : (at[r] as number);
        if (k < 0) {
          nulls++;
          continue;
        }
        const ms = numbers[k] as number;
        if (!(Math.abs(ms) <= MAX_TIME)) break;
        rows++;
        parsed++;
        const delta = ms - mean;
        mean += delta / parsed;
        m2 += delta * (ms - mean);
        if (ms < min) min = ms;
        if (ms > max) max = ms;
        if (low !== undefined && ms < low) this.belowMin.add(firstRow + r, file, new Date(ms));
        if (high !== undefined && ms > high) this.aboveMax.add(firstRow + r, file, new Date(ms));
      }
      this.rows += rows;
      this.parsed = parsed;
      this.mean = mean;
      this.m2 = m2;
      this.min = min;
      this.max = max;
    }
    for (; r < count; r++) {
      const k = at === undefined ? r : (at[r] as number);
      if (k < 0) nulls++;
      else this.observeTime(numbers[k] as number, firstRow + r, file);
    }
    this.observeNulls(nulls);
  }

  /**
   * For each row r < count, in order: `observeNumber(numbers[k], firstRow + r, file)` with k = at[r] (r when
   * `at` is undefined), or `observe(null)` where k < 0. One call per column of a Parquet row group, with the
   * running state in locals; the same operations in the same order, so the same state.
   */
  observeNumbers(
    numbers: Float64Array,
    at: Int32Array | undefined,
    count: number,
    firstRow: number,
    file?: string,
  ): void {
    const type = this.rule.type;
    if ((type !== "integer" && type !== "number") || this.pattern) {
      for (let r = 0; r < count; r++) {
        const k = at === undefined ? r : (at[r] as number);
        if (k < 0) this.observe(null, firstRow + r, file);
        else this.observeNumber(numbers[k] as number, firstRow + r, file);
      }
      return;
    }
    const integer = type === "integer";
    const low = this.minBound ?? Number.NEGATIVE_INFINITY;
    const high = this.maxBound ?? Number.POSITIVE_INFINITY;
    // allowed.has(String(x)) for a finite x is allowedNumbers.has(x): the allowed strings that are String of
    // their Number (String(-0) is "0", and Set.has takes 0 and -0 as one)
    let allowedNumbers: Set<number> | undefined;
    if (this.allowed) {
      allowedNumbers = new Set();
      for (const text of this.allowed) if (String(Number(text)) === text) allowedNumbers.add(Number(text));
    }
    // a few allowed numbers are looked for one by one: for a finite x, === finds what Set.has finds (0 and
    // -0 alike; NaN, the one value they treat apart, is not finite)
    const allowedList =
      allowedNumbers && allowedNumbers.size <= 8 ? Float64Array.from(allowedNumbers) : undefined;
    let { parsed, mean, m2, min, max } = this;
    let nulls = 0;
    for (let r = 0; r < count; r++) {
      const k = at === undefined ? r : (at[r] as number);
      if (k < 0) {
        nulls++;
        continue;
      }
      const x = numbers[k] as number;
      if (integer ? !Number.isInteger(x) : !Number.isFinite(x)) {
        this.typeErrors.add(firstRow + r, file, x);
        continue;
      }
      parsed++;
      const delta = x - mean;
      mean += delta / parsed;
      m2 += delta * (x - mean);
      if (x < min) min = x;
      if (x > max) max = x;
      if (x < low) this.belowMin.add(firstRow + r, file, x);
      if (x > high) this.aboveMax.add(firstRow + r, file, x);
      if (allowedList) {
        let found = false;
        for (let j = 0; j < allowedList.length; j++) if (allowedList[j] === x) found = true;
        if (!found) this.notAllowed.add(firstRow + r, file, x);
      } else if (allowedNumbers && !allowedNumbers.has(x)) this.notAllowed.add(firstRow + r, file, x);
    }
    this.rows += count;
    this.nulls += nulls;
    this.parsed = parsed;
    this.mean = mean;
    this.m2 = m2;
    this.min = min;
    this.max = max;
  }

  /**
   * Whether `observe(value)` would do no more than count the value as present and parsed (not null, of the
   * rule's type without being a number, allowed, matching the pattern). A value repeated over many rows (a
   * Parquet dictionary's string, a boolean) is judged once, and {@link observePassing} counts its rows.
   */
  passes(value: string | boolean): boolean {
    if (isNull(value)) return false;
    const type = this.rule.type;
    if (type) {
      const typed = parseTyped(type, value);
      if (typed === undefined || typeof typed === "number") return false;
    }
    if (this.allowed && !this.allowed.has(String(value).trim())) return false;
    return !this.pattern || this.pattern.test(String(value));
  }

  /**
   * `passes(text)` of a string whose UTF-8 bytes are `bytes[from..to)` (a Parquet string), decided on the
   * bytes where that is exact: for a string (or untyped) rule, a non-empty ASCII value whose first byte is
   * printable (so not null; ASCII bytes are their own decoding, hence valid UTF-8), with `allowed` only when
   * trim leaves it as it is (byte-match.ts); or false for a `pattern` that no text starting with the value's
   * ASCII prefix matches (BytePattern.testAscii). Undefined otherwise: then only the decoded text decides.
   */
  passesBytes(bytes: Uint8Array, from: number, to: number): boolean | undefined {
    const type = this.rule.type;
    if ((type !== undefined && type !== "string") || to <= from) return undefined;
    const first = bytes[from] as number;
    if (!(first > 32 && first < 127)) return undefined;
    // a pattern alone: its matcher finds out whether the bytes are ASCII as it goes
    if (!this.allowed && this.patternBytes) return this.patternBytes.testAscii(bytes, from, to);
    for (let i = from + 1; i < to; i++) if ((bytes[i] as number) >= 0x80) return undefined;
    if (this.allowed) {
      if (!this.allowedBytes || !trimmedAscii(bytes, from, to)) return undefined;
      if (!this.allowedBytes.has(bytes, from, to)) return false;
    }
    if (this.pattern) return this.patternBytes ? this.patternBytes.test(bytes, from, to) : undefined;
    return true;
  }

  /** `observe(value)` of `count` values for which {@link passes} holds. */
  observePassing(count: number): void {
    this.rows += count;
    this.parsed += count;
  }

  /** `observe(null)`, `count` times. */
  observeNulls(count: number): void {
    this.rows += count;
    this.nulls += count;
  }

  private violations(): Violations[] {
    return [this.typeErrors, this.belowMin, this.aboveMax, this.notAllowed, this.noMatch];
  }

  /** What this checker saw, to merge into the checker of the same rule elsewhere (another thread). */
  toJSON(): ColumnCheckerState {
    const finite = this.parsed > 0 && Number.isFinite(this.min);
    return {
      rows: this.rows,
      nulls: this.nulls,
      parsed: this.parsed,
      mean: this.mean,
      m2: this.m2,
      min: finite ? this.min : null,
      max: finite ? this.max : null,
      violations: this.violations().map((v) => ({ count: v.count, samples: v.samples })),
    };
  }

  /**
   * Adds what a checker of the same rule saw over the rows that follow; its sample rows are shifted by
   * `rowOffset` (the rows of the file before its first one). Merging in row order gives the samples a
   * single pass would have kept.
   */
  merge(state: ColumnCheckerState, rowOffset = 0): this {
    this.rows += state.rows;
    this.nulls += state.nulls;
    if (state.parsed > 0) {
      if (this.parsed === 0) {
        this.mean = state.mean;
        this.m2 = state.m2;
      } else {
        const count = this.parsed + state.parsed;
        const delta = state.mean - this.mean;
        this.mean += (delta * state.parsed) / count;
        this.m2 += state.m2 + (delta * delta * this.parsed * state.parsed) / count;
      }
      this.parsed += state.parsed;
    }
    if (state.min !== null && state.min < this.min) this.min = state.min;
    if (state.max !== null && state.max > this.max) this.max = state.max;
    this.violations().forEach((mine, index) => {
      const theirs = state.violations[index];
      if (!theirs) return;
      mine.count += theirs.count;
      for (const sample of theirs.samples) {
        if (mine.samples.length >= MAX_SAMPLES) break;
        mine.samples.push({ ...sample, row: sample.row + rowOffset });
      }
    });
    return this;
  }

  results(): CheckResult[] {
    const { column, rule, rulePath, severity } = this;
    const results: CheckResult[] = [];
    const check = (
      name: string,
      failed: boolean,
      observed: CheckResult["observed"],
      expected: string,
      message: string,
      violations?: Violations,
    ) => {
      results.push({
        id: `column.${column}.${name}`,
        rulePath: [...rulePath, name],
        column,
        status: failed ? "fail" : "pass",
        severity,
        observed,
        expected,
        message,
        ...(violations && violations.count > 0
          ? { samples: violations.samples, failingRows: violations.count }
          : {}),
      });
    };
    if (rule.type) {
      const bad = this.typeErrors.count;
      check(
        "type",
        bad > 0,
        bad,
        `every value parses as ${rule.type}`,
        bad > 0 ? `${bad} value(s) of "${column}" are not ${rule.type}` : `all values are ${rule.type}`,
        this.typeErrors,
      );
    }
    if (rule.max_null_fraction !== undefined) {
      const fraction = this.rows === 0 ? 0 : this.nulls / this.rows;
      check(
        "max_null_fraction",
        fraction > rule.max_null_fraction,
        round(fraction),
        `≤ ${rule.max_null_fraction}`,
        `${this.nulls} of ${this.rows} values are null`,
      );
    }
    const hasNumbers = this.parsed > 0 && Number.isFinite(this.min);
    if (this.minBound !== undefined) {
      const failed = this.belowMin.count > 0;
      check(
        "min",
        failed,
        hasNumbers ? show(this.min, rule.type) : null,
        `≥ ${rule.min}`,
        failed
          ? `${this.belowMin.count} value(s) below ${rule.min}`
          : `smallest value ${hasNumbers ? show(this.min, rule.type) : "n/a"}`,
        this.belowMin,
      );
    }
    if (this.maxBound !== undefined) {
      const failed = this.aboveMax.count > 0;
      check(
        "max",
        failed,
        hasNumbers ? show(this.max, rule.type) : null,
        `≤ ${rule.max}`,
        failed
          ? `${this.aboveMax.count} value(s) above ${rule.max}`
          : `largest value ${hasNumbers ? show(this.max, rule.type) : "n/a"}`,
        this.aboveMax,
      );
    }
    if (this.allowed) {
      const failed = this.notAllowed.count > 0;
      check(
        "allowed",
        failed,
        this.notAllowed.count,
        `one of ${[...this.allowed].join(", ")}`,
        failed ? `${this.notAllowed.count} value(s) outside the allowed set` : "all values allowed",
        this.notAllowed,
      );
    }
    if (this.pattern) {
      const failed = this.noMatch.count > 0;
      check(
        "pattern",
        failed,
        this.noMatch.count,
        `matches /${rule.pattern}/`,
        failed ? `${this.noMatch.count} value(s) do not match` : "all values match",
        this.noMatch,
      );
    }
    const count = this.parsed;
    const mean = count > 0 ? this.mean : null;
    const std = count > 1 ? Math.sqrt(this.m2 / (count - 1)) : null;
    if (rule.mean) {
      const failed = mean === null || outside(mean, rule.mean);
      check(
        "mean",
        failed,
        mean === null ? null : round(mean),
        range(rule.mean),
        mean === null ? "no numeric values" : `mean ${round(mean)}`,
      );
    }
    if (rule.std) {
      const failed = std === null || outside(std, rule.std);
      check(
        "std",
        failed,
        std === null ? null : round(std),
        range(rule.std),
        std === null ? "fewer than two numeric values" : `standard deviation ${round(std)}`,
      );
    }
    if (rule.max_age !== undefined) {
      const limit = parseDuration(rule.max_age) ?? Number.NaN;
      const newest = Number.isFinite(this.max) ? this.max : undefined;
      const age = newest === undefined ? undefined : this.now - newest;
      const failed = age === undefined || !(age <= limit);
      check(
        "max_age",
        failed,
        newest === undefined ? null : new Date(newest).toISOString(),
        `newest value within ${rule.max_age} of ${new Date(this.now).toISOString()}`,
        age === undefined ? "no timestamps to judge freshness" : `newest value is ${formatAge(age)} old`,
      );
    }
    return results;
  }
}

function outside(value: number, range: { min?: number; max?: number }): boolean {
  return (range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max);
}

function range(bounds: { min?: number; max?: number }): string {
  if (bounds.min !== undefined && bounds.max !== undefined) return `between ${bounds.min} and ${bounds.max}`;
  if (bounds.min !== undefined) return `≥ ${bounds.min}`;
  return `≤ ${bounds.max}`;
}

export function round(value: number, digits = 6): number {
  return Number(value.toPrecision(digits));
}

function formatAge(ms: number): string {
  const hours = ms / 3_600_000;
  return hours >= 48 ? `${round(hours / 24, 3)} days` : `${round(hours, 3)} hours`;
}
