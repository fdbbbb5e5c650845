import type { ColumnRun, CsvKernel } from "../data/csv-kernel.js";
import type { CsvTokenizer } from "../data/csv-tokenizer.js";
import { FrequentBytes } from "./frequent-bytes.js";
import {
  compareKeys,
  DEFAULT_DISTINCT_CAP,
  type FrequentKey,
  FrequentValues,
  type FrequentValuesJSON,
  type ValueCount,
} from "./frequent-values.js";
import { Moments, type MomentsJSON } from "./moments.js";
import {
  ByteNumberScanner,
  decodeRange,
  PlainDecimalReader,
  parseIsoTimestampBytes,
  parseIsoTimestampCommon,
} from "./parse-bytes.js";
import {
  booleanLiteral,
  INTEGER_SYNTAX,
  NOT_NUMERIC,
  NumberScanner,
  numberSyntax,
  parseIsoTimestamp,
  trimText,
} from "./parse-text.js";
import { DEFAULT_K, DEFAULT_SEED, QuantileSketch, type QuantileSketchJSON } from "./quantile-sketch.js";

/**
 * What a column holds. `json` is nested data (objects, arrays) from JSON Lines or Parquet; `empty` a column
 * with no non-null value.
 */
export type ProfiledType = "integer" | "number" | "boolean" | "timestamp" | "string" | "json" | "empty";

export const QUANTILES = {
  p01: 0.01,
  p05: 0.05,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p95: 0.95,
  p99: 0.99,
} as const;
export type QuantileKey = keyof typeof QUANTILES;

/**
 * One column of a snapshot, as JSON. Statistics describe the values valid for `type`; invalid values
 * count only in `count` and `invalidCount`.
 */
export interface ColumnProfile {
  name: string;
  type: ProfiledType;
  /** Non-null values; rows = count + nullCount. */
  count: number;
  nullCount: number;
  /** Non-null values that do not parse as `type`. */
  invalidCount: number;
  /** More distinct values than the cap: no `topValues`. */
  distinctCapped: boolean;
  /** integer, number and timestamp (epoch milliseconds) columns. */
  min?: number;
  max?: number;
  mean?: number;
  /** Sample standard deviation (n − 1). */
  std?: number;
  quantiles?: Record<QuantileKey, number>;
  /** The quantile sketch the quantiles come from; drift statistics read it. */
  sketch?: QuantileSketchJSON;
  /** Every value with its count, most frequent first, for low-cardinality columns (not json). */
  topValues?: ValueCount[];
  /** string columns: lengths in UTF-16 code units of the values that arrived as text. */
  minLength?: number;
  maxLength?: number;
  /** timestamp columns, ISO-8601 in UTC. */
  minTime?: string;
  maxTime?: string;
}

export interface ColumnProfilerOptions {
  /** Distinct values counted exactly before a column is high-cardinality (default 100). */
  distinctCap?: number;
  /** KLL sketch size (default 200: about 1.3% rank error, ~650 numbers stored). */
  sketchK?: number;
  seed?: number;
  /** The fraction of non-null values that must parse as a type for the column to get it (default 0.95). */
  typeThreshold?: number;
}

/** The serialized state of a {@link ColumnProfiler}, to move partial profiles between workers or files. */
export interface ColumnProfilerState {
  name: string;
  typeThreshold: number;
  nulls: number;
  count: number;
  numeric: number;
  integers: number;
  booleans: number;
  timestamps: number;
  texts: number;
  objects: number;
  minLength: number | null;
  maxLength: number | null;
  numbers: MomentsJSON;
  numberSketch: QuantileSketchJSON;
  times: MomentsJSON;
  timeSketch: QuantileSketchJSON;
  frequent: FrequentValuesJSON;
}

export const DEFAULT_TYPE_THRESHOLD = 0.95;

/** The values addCsvColumn's loops give a quantile sketch at once (`QuantileSketch.addAll`), grown as needed. */
let sketchScratch = new Float64Array(4096);

/** `sketchScratch`, holding at least `count` values. */
function sketchValues(count: number): Float64Array {
  if (sketchScratch.length < count)
    sketchScratch = new Float64Array(Math.max(count, sketchScratch.length * 2));
  return sketchScratch;
}

/** Runs of addCsvColumn's per-kind loops over one batch before it goes on with the loop that takes any field. */
const MAX_KIND_ROUNDS = 16;

/**
 * Profiles one column in a single streaming pass, in memory bounded by the sketch size and the distinct
 * cap. It takes values as readers give them: strings from CSV (empty or blank text is null), JSON values
 * from JSON Lines, native values from Parquet (bigint integers, Date timestamps). Nothing is known up front:
 * every value is tried against each type at once (number, boolean, ISO-8601 timestamp), and the profile
 * picks the first of integer, number, boolean, timestamp, json that at least `typeThreshold` of the
 * non-null values parse as, else string. A number is integer only if every numeric value is written as
 * one (`1.0` and `1e3` make a column number). Parsing follows the validator's `parseTyped`, except that
 * NaN and infinities are invalid numbers and zone-less date-times are read as UTC.
 */
export class ColumnProfiler {
  private nulls = 0;
  private count = 0;
  private numeric = 0;
  private integers = 0;
  private booleans = 0;
  private timestamps = 0;
  private texts = 0;
  private objects = 0;
  private minLength = Number.POSITIVE_INFINITY;
  private maxLength = Number.NEGATIVE_INFINITY;
  private readonly typeThreshold: number;
  private numbers = new Moments();
  private numberSketch: QuantileSketch;
  private times = new Moments();
  private timeSketch: QuantileSketch;
  private frequent: FrequentValues;
  private readonly scanner = new NumberScanner();
  private readonly byteScanner = new ByteNumberScanner();
  private readonly decimals = new PlainDecimalReader();
  /** Counts of CSV fields by their bytes, added to `frequent` when it is read (see `countCsv`). */
  private frequentBytes: FrequentBytes | undefined;

  constructor(
    readonly name: string,
    options: ColumnProfilerOptions = {},
  ) {
    this.typeThreshold = options.typeThreshold ?? DEFAULT_TYPE_THRESHOLD;
    if (!(this.typeThreshold > 0 && this.typeThreshold <= 1))
      throw new RangeError(`typeThreshold must be in (0, 1], got ${this.typeThreshold}`);
    const k = options.sketchK ?? DEFAULT_K;
    const seed = options.seed ?? DEFAULT_SEED;
    this.numberSketch = new QuantileSketch(k, seed);
    this.timeSketch = new QuantileSketch(k, seed);
    this.frequent = new FrequentValues(options.distinctCap ?? DEFAULT_DISTINCT_CAP);
  }

  /** Rows seen: values plus nulls. */
  get rows(): number {
    return this.count + this.nulls;
  }

  add(value: unknown): void {
    switch (typeof value) {
      case "string":
        this.addText(value);
        return;
      case "number":
        this.addNumber(value);
        return;
      case "boolean":
        this.count++;
        this.texts++;
        this.booleans++;
        this.frequent.add(value);
        return;
      case "bigint":
        this.addBigint(value);
        return;
      case "undefined":
        this.nulls++;
        return;
      default:
        if (value === null) this.nulls++;
        else if (value instanceof Date) this.addDate(value);
        else {
          this.count++;
          this.objects++;
        }
    }
  }

  /**
   * `add(tokenizer.text(record, field))` for a field of a CSV batch, read from the tokenizer's bytes. A
   * field whose first and last bytes are printable ASCII (nothing to trim, not blank) is measured (UTF-16
   * length), scanned as a number, timestamp or boolean straight from its bytes, and counted among the
   * distinct values by its bytes (`FrequentBytes`), becoming a string only the first time it is seen; so a
   * column makes no string per row, and a high-cardinality one none at all. A field with a doubled quote
   * holds a quote once unescaped, so it is no number, timestamp or boolean: it is only counted and measured.
   * Any other field is read as text. The counts, and so the profile, are exactly those of `add(text)`
   * (test/unit/stats/column-profile.test.ts compares them).
   */
  addCsv(tokenizer: CsvTokenizer, record: number, field: number): void {
    const at = record * tokenizer.width + field;
    const start = tokenizer.starts[at] as number;
    const end = tokenizer.ends[at] as number;
    if (start === end) {
      this.nulls++;
      return;
    }
    const bytes = tokenizer.bytes;
    const first = bytes[start] as number;
    const last = bytes[end - 1] as number;
    if (!(first > 32 && first < 127 && last > 32 && last < 127)) {
      if (first < 0x80 && last < 0x80) this.addText(tokenizer.text(record, field) as string);
      else {
        // Decoded on its own, as tokenizer.text gives it (the batch is checked UTF-8, and a field starts and
        // ends next to ASCII): tokenizer.text walks the batch from its start when asked for an earlier
        // field, which addCsvColumn does for each column.
        const text = decodeRange(bytes, start, end);
        this.addText(tokenizer.escaped[at] === 1 ? text.replaceAll('""', '"') : text);
      }
      return;
    }
    if (tokenizer.escaped[at] === 1) {
      this.addEscapedCsv(tokenizer, record, field, start, end);
      return;
    }
    this.count++;
    this.texts++;
    const length = tokenizer.utf16Length(record, field);
    if (length < this.minLength) this.minLength = length;
    if (length > this.maxLength) this.maxLength = length;
    if (!this.frequent.highCardinality) this.countCsv(tokenizer, record, field, start, end);
    const syntax = this.byteScanner.scanAsciiEnds(bytes, start, end);
    if (syntax !== NOT_NUMERIC) {
      const x = this.byteScanner.value;
      if (x - x !== 0) return;
      this.numeric++;
      if (syntax === INTEGER_SYNTAX) this.integers++;
      this.numbers.add(x);
      this.numberSketch.add(x);
      if (end - start === 1 && (first === 48 || first === 49)) this.booleans++;
      return;
    }
    if (first >= 48 && first <= 57) {
      const time = parseIsoTimestampBytes(bytes, start, end);
      if (!Number.isNaN(time)) this.addTime(time);
    } else if (isBooleanLiteral(bytes, start, end)) this.booleans++;
  }

  /**
   * `addCsv` of this field for every record of the tokenizer's batch, in record order. The kinds of field a
   * column is made of take a path each without a call per field: a plain decimal (`-?digits(.digits)?`, at
   * most 15 digits: Clinger's fast path, as `ByteNumberScanner` reads it), a timestamp in one of the common
   * layouts (`parseIsoTimestampCommon`), and text that cannot start a number or a timestamp (a boolean
   * literal at most). Every other field (padded, non-ASCII at an end, escaped, `+1`, `1e3`, a timestamp
   * with an offset) goes through `addCsv`, so each field is counted exactly as `addCsv` counts it.
   */
  addCsvColumn(tokenizer: CsvTokenizer, field: number): void {
    // A column is mostly of one kind: a short loop per kind (numbers, text, timestamps) takes fields while
    // they are of its kind, so that its callees are inlined and its sums held in locals. A field none of them
    // takes goes through addCsv; a batch that switches kinds often goes on in addCsvFields, which takes any.
    const records = tokenizer.records;
    const kernel = tokenizer.batchKernel;
    let record = 0;
    for (let rounds = 0; record < records; rounds++) {
      if (rounds === MAX_KIND_ROUNDS) {
        this.addCsvFields(tokenizer, field, record);
        return;
      }
      const from = record;
      if (kernel !== undefined) {
        record = this.addCsvNumbersInKernel(kernel, tokenizer, field, record);
        record = this.addCsvTextsInKernel(kernel, tokenizer, field, record);
        record = this.addCsvTimesInKernel(kernel, tokenizer, field, record);
      } else {
        record = this.addCsvNumbers(tokenizer, field, record);
        record = this.addCsvTexts(tokenizer, field, record);
        record = this.addCsvTimes(tokenizer, field, record);
      }
      if (record === from) this.addCsv(tokenizer, record++, field);
    }
  }

  /**
   * addCsvColumn's loop for plain decimals (and nulls), from record `from` to the first field that is
   * neither, whose index it returns: each field as addCsvFields takes it, the moments summed in locals in
   * the same order.
   */
  private addCsvNumbers(tokenizer: CsvTokenizer, field: number, from: number): number {
    const records = tokenizer.records;
    const width = tokenizer.width;
    const starts = tokenizer.starts;
    const ends = tokenizer.ends;
    const escaped = tokenizer.escaped;
    const bytes = tokenizer.bytes;
    const decimals = this.decimals;
    const moments = this.numbers;
    const sketched = sketchValues(records - from);
    let sketchedCount = 0;
    let count = moments.count;
    let mean = moments.mean;
    let m2 = moments.m2;
    let min = moments.min;
    let max = moments.max;
    let nulls = 0;
    let values = 0;
    let integers = 0;
    let booleans = 0;
    let minLength = this.minLength;
    let maxLength = this.maxLength;
    let record = from;
    for (let at = from * width + field; record < records; record++, at += width) {
      const start = starts[at] as number;
      const end = ends[at] as number;
      if (start === end) {
        nulls++;
        continue;
      }
      const first = bytes[start] as number;
      const last = bytes[end - 1] as number;
      if (first < 43 || first > 57 || !(last > 32 && last < 127) || escaped[at] === 1) break;
      const n = end - start;
      if (n >= 10 && bytes[start + 4] === 45) break;
      const x = decimals.read(bytes, start, end);
      if (Number.isNaN(x)) break;
      values++;
      if (n < minLength) minLength = n;
      if (n > maxLength) maxLength = n;
      if (!this.frequent.highCardinality) this.countCsv(tokenizer, record, field, start, end);
      if (!decimals.point) integers++;
      // Moments.add
      count++;
      const delta = x - mean;
      mean += delta / count;
      m2 += delta * (x - mean);
      if (x < min) min = x;
      if (x > max) max = x;
      sketched[sketchedCount++] = x;
      if (n === 1 && first <= 49) booleans++;
    }
    this.numberSketch.addAll(sketched, sketchedCount);
    moments.assign(count, mean, m2, min, max);
    this.nulls += nulls;
    this.count += values;
    this.texts += values;
    this.numeric += values;
    this.integers += integers;
    this.booleans += booleans;
    this.minLength = minLength;
    this.maxLength = maxLength;
    return record;
  }

  /**
   * addCsvNumbers, addCsvTexts and addCsvTimes in the tokenizer's WebAssembly kernel (csv-kernel.ts), on the
   * batch where it is: the same fields taken, the same counts and lengths, the same moments to the bit, the
   * same values to the sketch in the same order. The kernel does not count the values (`frequent`): that
   * follows here (takenInKernel), over the same fields, in the same order.
   */
  private addCsvNumbersInKernel(
    kernel: CsvKernel,
    tokenizer: CsvTokenizer,
    field: number,
    from: number,
  ): number {
    const record = kernel.numbers(
      field,
      from,
      tokenizer.records,
      this.numbers,
      this.minLength,
      this.maxLength,
    );
    const run = this.takenInKernel(kernel, tokenizer, field, from, record);
    const moments = this.numbers;
    this.numberSketch.addAllFinite(
      kernel.f64.subarray(kernel.valuesAt),
      run.values,
      moments.min,
      moments.max,
    );
    this.numeric += run.values;
    this.integers += run.integers;
    return record;
  }

  private addCsvTextsInKernel(
    kernel: CsvKernel,
    tokenizer: CsvTokenizer,
    field: number,
    from: number,
  ): number {
    const records = tokenizer.records;
    const record = kernel.texts(field, from, records, tokenizer.ascii, this.minLength, this.maxLength);
    this.takenInKernel(kernel, tokenizer, field, from, record);
    return record;
  }

  private addCsvTimesInKernel(
    kernel: CsvKernel,
    tokenizer: CsvTokenizer,
    field: number,
    from: number,
  ): number {
    const record = kernel.times(field, from, tokenizer.records, this.times, this.minLength, this.maxLength);
    const run = this.takenInKernel(kernel, tokenizer, field, from, record);
    const moments = this.times;
    this.timeSketch.addAllFinite(kernel.f64.subarray(kernel.valuesAt), run.values, moments.min, moments.max);
    this.timestamps += run.values;
    return record;
  }

  /** The counts of a kernel loop that took records `from` to `to`, and the frequent values among them. */
  private takenInKernel(
    kernel: CsvKernel,
    tokenizer: CsvTokenizer,
    field: number,
    from: number,
    to: number,
  ): Readonly<ColumnRun> {
    const run = kernel.lastColumn;
    this.nulls += run.nulls;
    this.count += run.values;
    this.texts += run.values;
    this.booleans += run.booleans;
    this.minLength = run.minLength;
    this.maxLength = run.maxLength;
    if (!this.frequent.highCardinality && run.values > 0) {
      const width = tokenizer.width;
      const starts = tokenizer.starts;
      const ends = tokenizer.ends;
      for (
        let r = from, at = from * width + field;
        r < to && !this.frequent.highCardinality;
        r++, at += width
      ) {
        const start = starts[at] as number;
        const end = ends[at] as number;
        if (start !== end) this.countCsv(tokenizer, r, field, start, end);
      }
    }
    return run;
  }

  /**
   * addCsvColumn's loop for text that cannot start a number or a timestamp, fields with a doubled quote,
   * and nulls, from record `from` to the first field that is none of these, whose index it returns.
   */
  private addCsvTexts(tokenizer: CsvTokenizer, field: number, from: number): number {
    const records = tokenizer.records;
    const width = tokenizer.width;
    const starts = tokenizer.starts;
    const ends = tokenizer.ends;
    const escaped = tokenizer.escaped;
    const bytes = tokenizer.bytes;
    let nulls = 0;
    let values = 0;
    let booleans = 0;
    /** Whether the batch is all ASCII (each field's length is then its byte length): -1 not known yet. */
    let ascii = -1;
    let minLength = this.minLength;
    let maxLength = this.maxLength;
    let record = from;
    for (let at = from * width + field; record < records; record++, at += width) {
      const start = starts[at] as number;
      const end = ends[at] as number;
      if (start === end) {
        nulls++;
        continue;
      }
      const first = bytes[start] as number;
      const last = bytes[end - 1] as number;
      if (!(first > 32 && first < 127 && last > 32 && last < 127)) break;
      if (ascii < 0) ascii = tokenizer.ascii ? 1 : 0;
      let length = ascii === 1 ? end - start : tokenizer.utf16Length(record, field);
      if (escaped[at] === 1) {
        // As `replaceAll('""', '"')` finds them: left to right, not overlapping (addEscapedCsv).
        let pairs = 0;
        for (let i = start; i < end - 1; i++)
          if (bytes[i] === 34 && bytes[i + 1] === 34) {
            pairs++;
            i++;
          }
        if (pairs === 0) break;
        // The text holds a quote: no number, timestamp or boolean literal does.
        length -= pairs;
      } else if (first >= 43 && first <= 57) break;
      else {
        const n = end - start;
        if ((n === 4 || n === 5) && isBooleanLiteral(bytes, start, end)) booleans++;
      }
      values++;
      if (length < minLength) minLength = length;
      if (length > maxLength) maxLength = length;
      if (!this.frequent.highCardinality) this.countCsv(tokenizer, record, field, start, end);
    }
    this.nulls += nulls;
    this.count += values;
    this.texts += values;
    this.booleans += booleans;
    this.minLength = minLength;
    this.maxLength = maxLength;
    return record;
  }

  /**
   * addCsvColumn's loop for timestamps in the common layouts (`parseIsoTimestampCommon`) and nulls, from
   * record `from` to the first field that is neither, whose index it returns.
   */
  private addCsvTimes(tokenizer: CsvTokenizer, field: number, from: number): number {
    const records = tokenizer.records;
    const width = tokenizer.width;
    const starts = tokenizer.starts;
    const ends = tokenizer.ends;
    const escaped = tokenizer.escaped;
    const bytes = tokenizer.bytes;
    const moments = this.times;
    const sketched = sketchValues(records - from);
    let sketchedCount = 0;
    let count = moments.count;
    let mean = moments.mean;
    let m2 = moments.m2;
    let min = moments.min;
    let max = moments.max;
    let nulls = 0;
    let values = 0;
    let minLength = this.minLength;
    let maxLength = this.maxLength;
    let record = from;
    for (let at = from * width + field; record < records; record++, at += width) {
      const start = starts[at] as number;
      const end = ends[at] as number;
      if (start === end) {
        nulls++;
        continue;
      }
      const n = end - start;
      // Two dashes at 4 and 7 are no number's; a timestamp parsed here is all ASCII, so its ends are printable.
      if (n < 10 || bytes[start + 4] !== 45 || escaped[at] === 1) break;
      const first = bytes[start] as number;
      if (first < 43 || first > 57) break;
      const x = parseIsoTimestampCommon(bytes, start, end);
      if (Number.isNaN(x)) break;
      values++;
      if (n < minLength) minLength = n;
      if (n > maxLength) maxLength = n;
      if (!this.frequent.highCardinality) this.countCsv(tokenizer, record, field, start, end);
      // Moments.add
      count++;
      const delta = x - mean;
      mean += delta / count;
      m2 += delta * (x - mean);
      if (x < min) min = x;
      if (x > max) max = x;
      sketched[sketchedCount++] = x;
    }
    this.timeSketch.addAll(sketched, sketchedCount);
    moments.assign(count, mean, m2, min, max);
    this.nulls += nulls;
    this.count += values;
    this.texts += values;
    this.timestamps += values;
    this.minLength = minLength;
    this.maxLength = maxLength;
    return record;
  }

  /** `addCsv` of field `field` of records `from` on, in record order, with no call per field in the common cases. */
  private addCsvFields(tokenizer: CsvTokenizer, field: number, from: number): void {
    const records = tokenizer.records;
    const width = tokenizer.width;
    const starts = tokenizer.starts;
    const ends = tokenizer.ends;
    const escaped = tokenizer.escaped;
    const bytes = tokenizer.bytes;
    const decimals = this.decimals;
    for (let record = from, at = from * width + field; record < records; record++, at += width) {
      const start = starts[at] as number;
      const end = ends[at] as number;
      if (start === end) {
        this.nulls++;
        continue;
      }
      const first = bytes[start] as number;
      const last = bytes[end - 1] as number;
      if (!(first > 32 && first < 127 && last > 32 && last < 127) || escaped[at] === 1) {
        this.addCsv(tokenizer, record, field);
        continue;
      }
      const n = end - start;
      if (first < 43 || first > 57) {
        // Neither a number (a sign, a point or a digit first) nor a timestamp (a digit first).
        this.count++;
        this.texts++;
        const length = tokenizer.utf16Length(record, field);
        if (length < this.minLength) this.minLength = length;
        if (length > this.maxLength) this.maxLength = length;
        if (!this.frequent.highCardinality) this.countCsv(tokenizer, record, field, start, end);
        if ((n === 4 || n === 5) && isBooleanLiteral(bytes, start, end)) this.booleans++;
        continue;
      }
      if (n >= 10 && bytes[start + 4] === 45) {
        // Two dashes at 4 and 7 are no number's; a timestamp parsed here is all ASCII.
        const time = parseIsoTimestampCommon(bytes, start, end);
        if (!Number.isNaN(time)) {
          this.count++;
          this.texts++;
          if (n < this.minLength) this.minLength = n;
          if (n > this.maxLength) this.maxLength = n;
          if (!this.frequent.highCardinality) this.countCsv(tokenizer, record, field, start, end);
          this.addTime(time);
          continue;
        }
        this.addCsv(tokenizer, record, field);
        continue;
      }
      const x = decimals.read(bytes, start, end);
      if (Number.isNaN(x)) {
        this.addCsv(tokenizer, record, field);
        continue;
      }
      this.count++;
      this.texts++;
      if (n < this.minLength) this.minLength = n;
      if (n > this.maxLength) this.maxLength = n;
      if (!this.frequent.highCardinality) this.countCsv(tokenizer, record, field, start, end);
      this.numeric++;
      if (!decimals.point) this.integers++;
      this.numbers.add(x);
      this.numberSketch.add(x);
      if (n === 1 && first <= 49) this.booleans++;
    }
  }

  /** `addCsv` of a field holding a doubled quote, with printable ASCII ends (so its text has them too). */
  private addEscapedCsv(
    tokenizer: CsvTokenizer,
    record: number,
    field: number,
    start: number,
    end: number,
  ): void {
    const bytes = tokenizer.bytes;
    // As `replaceAll('""', '"')` finds them: left to right, not overlapping.
    let pairs = 0;
    for (let i = start; i < end - 1; i++)
      if (bytes[i] === 34 && bytes[i + 1] === 34) {
        pairs++;
        i++;
      }
    if (pairs === 0) {
      this.addText(tokenizer.text(record, field) as string);
      return;
    }
    // The text holds a quote: no number, timestamp or boolean literal does.
    this.count++;
    this.texts++;
    const length = tokenizer.utf16Length(record, field) - pairs;
    if (length < this.minLength) this.minLength = length;
    if (length > this.maxLength) this.maxLength = length;
    if (!this.frequent.highCardinality) this.countCsv(tokenizer, record, field, start, end);
  }

  /**
   * `frequent.add(text)` of a field (its text unescaped): by its bytes when they were seen before (`FrequentBytes`),
   * else with its text, which is then held under its bytes unless the column just became high-cardinality.
   */
  private countCsv(tokenizer: CsvTokenizer, record: number, field: number, start: number, end: number): void {
    const bytes = tokenizer.bytes;
    this.frequentBytes ??= new FrequentBytes();
    const key = FrequentBytes.shortKey(bytes, start, end);
    if (key >= 0) {
      if (this.frequentBytes.countShort(key)) return;
      const text = tokenizer.text(record, field) as string;
      this.frequent.add(text);
      if (this.frequent.highCardinality) this.frequentBytes = undefined;
      else this.frequentBytes.insertShort(key, text);
      return;
    }
    const hash = FrequentBytes.hash(bytes, start, end);
    if (this.frequentBytes.count(bytes, start, end, hash)) return;
    const text = tokenizer.text(record, field) as string;
    this.frequent.add(text);
    if (this.frequent.highCardinality) this.frequentBytes = undefined;
    else this.frequentBytes.insert(bytes, start, end, hash, text);
  }

  /** The distinct values' counts, with the ones `frequentBytes` holds back. */
  private flushFrequent(): FrequentValues {
    this.frequentBytes?.flush(this.frequent);
    return this.frequent;
  }

  /** Counts `rows` nulls at once, e.g. for a column missing from one of several files. */
  addNulls(rows: number): void {
    this.nulls += rows;
  }

  private addText(raw: string): void {
    if (raw.length === 0) {
      this.nulls++;
      return;
    }
    const text = trimText(raw);
    if (text.length === 0) {
      this.nulls++;
      return;
    }
    this.count++;
    this.texts++;
    if (raw.length < this.minLength) this.minLength = raw.length;
    if (raw.length > this.maxLength) this.maxLength = raw.length;
    this.frequent.add(raw);
    const syntax = this.scanner.scan(text);
    if (syntax !== NOT_NUMERIC) {
      const x = this.scanner.value;
      if (x - x !== 0) return;
      this.numeric++;
      if (syntax === INTEGER_SYNTAX) this.integers++;
      this.numbers.add(x);
      this.numberSketch.add(x);
      if (text === "0" || text === "1") this.booleans++;
      return;
    }
    const first = text.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      const time = parseIsoTimestamp(text);
      if (!Number.isNaN(time)) this.addTime(time);
    } else if (booleanLiteral(text) !== undefined) this.booleans++;
  }

  private addNumber(x: number): void {
    this.count++;
    this.texts++;
    if (x - x !== 0) {
      if (!this.frequent.highCardinality) this.frequent.add(String(x));
      return;
    }
    this.numeric++;
    if (Number.isInteger(x)) this.integers++;
    this.numbers.add(x);
    this.numberSketch.add(x);
    if (x === 0 || x === 1) this.booleans++;
    this.frequent.add(x);
  }

  private addBigint(value: bigint): void {
    this.count++;
    this.texts++;
    this.numeric++;
    this.integers++;
    const x = Number(value);
    this.numbers.add(x);
    this.numberSketch.add(x);
    if (!this.frequent.highCardinality) this.frequent.add(Number.isSafeInteger(x) ? x : String(value));
  }

  private addDate(date: Date): void {
    this.count++;
    const time = date.getTime();
    if (Number.isNaN(time)) return;
    this.addTime(time);
    if (!this.frequent.highCardinality) this.frequent.add(date.toISOString());
  }

  /** `add(new Date(ms))` for a timestamp read from a Parquet column, without making the Date. */
  addTimestampMs(ms: number): void {
    this.count++;
    if (!(Math.abs(ms) <= 8.64e15)) return;
    this.addTime(ms);
    if (!this.frequent.highCardinality) this.frequent.add(new Date(ms).toISOString());
  }

  private addTime(time: number): void {
    this.timestamps++;
    this.times.add(time);
    this.timeSketch.add(time);
  }

  /** The type the values so far point to. */
  type(): ProfiledType {
    if (this.count === 0) return "empty";
    const needed = this.typeThreshold * this.count;
    if (this.numeric >= needed) return this.integers === this.numeric ? "integer" : "number";
    if (this.booleans >= needed) return "boolean";
    if (this.timestamps >= needed) return "timestamp";
    if (this.objects >= needed) return "json";
    return "string";
  }

  private validCount(type: ProfiledType): number {
    switch (type) {
      case "integer":
      case "number":
        return this.numeric;
      case "boolean":
        return this.booleans;
      case "timestamp":
        return this.timestamps;
      case "string":
        return this.texts;
      case "json":
      case "empty":
        return this.count;
    }
  }

  profile(): ColumnProfile {
    const type = this.type();
    const profile: ColumnProfile = {
      name: this.name,
      type,
      count: this.count,
      nullCount: this.nulls,
      invalidCount: this.count - this.validCount(type),
      distinctCapped: this.flushFrequent().highCardinality,
    };
    const numeric = type === "integer" || type === "number";
    if ((numeric || type === "timestamp") && (numeric ? this.numeric : this.timestamps) > 0) {
      const moments = numeric ? this.numbers : this.times;
      const sketch = numeric ? this.numberSketch : this.timeSketch;
      profile.min = moments.min;
      profile.max = moments.max;
      profile.mean = moments.mean;
      profile.std = moments.std;
      const quantiles = {} as Record<QuantileKey, number>;
      for (const key of Object.keys(QUANTILES) as QuantileKey[])
        quantiles[key] = sketch.quantile(QUANTILES[key]);
      profile.quantiles = quantiles;
      profile.sketch = sketch.toJSON();
      if (type === "timestamp") {
        profile.minTime = new Date(moments.min).toISOString();
        profile.maxTime = new Date(moments.max).toISOString();
      }
    }
    if (type === "string" && this.maxLength >= 0) {
      profile.minLength = this.minLength;
      profile.maxLength = this.maxLength;
    }
    const topValues = type === "json" || type === "empty" ? undefined : this.canonicalValues(type);
    if (topValues) profile.topValues = topValues;
    return profile;
  }

  /**
   * Counts are kept by the value as it arrived ("01" and "1" apart), since the type is only known at the
   * end; here they are folded into the type's canonical form, and values invalid for the type are dropped.
   */
  private canonicalValues(type: ProfiledType): ValueCount[] | undefined {
    const entries = this.frequent.entries();
    if (entries === undefined) return undefined;
    const folded = new Map<FrequentKey, number>();
    for (const { value, count } of entries) {
      const key = canonicalKey(type, value);
      if (key !== undefined) folded.set(key, (folded.get(key) ?? 0) + count);
    }
    return [...folded]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || compareKeys(a.value, b.value));
  }

  /** Adds everything another profiler of the same column saw; the other one is left as it was. */
  merge(other: ColumnProfiler): this {
    this.nulls += other.nulls;
    this.count += other.count;
    this.numeric += other.numeric;
    this.integers += other.integers;
    this.booleans += other.booleans;
    this.timestamps += other.timestamps;
    this.texts += other.texts;
    this.objects += other.objects;
    this.minLength = Math.min(this.minLength, other.minLength);
    this.maxLength = Math.max(this.maxLength, other.maxLength);
    this.numbers.merge(other.numbers);
    this.numberSketch.merge(other.numberSketch);
    this.times.merge(other.times);
    this.timeSketch.merge(other.timeSketch);
    this.flushFrequent().merge(other.flushFrequent());
    if (this.frequent.highCardinality) this.frequentBytes = undefined;
    return this;
  }

  toJSON(): ColumnProfilerState {
    const anyText = this.maxLength >= 0;
    return {
      name: this.name,
      typeThreshold: this.typeThreshold,
      nulls: this.nulls,
      count: this.count,
      numeric: this.numeric,
      integers: this.integers,
      booleans: this.booleans,
      timestamps: this.timestamps,
      texts: this.texts,
      objects: this.objects,
      minLength: anyText ? this.minLength : null,
      maxLength: anyText ? this.maxLength : null,
      numbers: this.numbers.toJSON(),
      numberSketch: this.numberSketch.toJSON(),
      times: this.times.toJSON(),
      timeSketch: this.timeSketch.toJSON(),
      frequent: this.flushFrequent().toJSON(),
    };
  }

  static fromJSON(state: ColumnProfilerState): ColumnProfiler {
    const profiler = new ColumnProfiler(state.name, { typeThreshold: state.typeThreshold });
    profiler.nulls = state.nulls;
    profiler.count = state.count;
    profiler.numeric = state.numeric;
    profiler.integers = state.integers;
    profiler.booleans = state.booleans;
    profiler.timestamps = state.timestamps;
    profiler.texts = state.texts;
    profiler.objects = state.objects;
    profiler.minLength = state.minLength ?? Number.POSITIVE_INFINITY;
    profiler.maxLength = state.maxLength ?? Number.NEGATIVE_INFINITY;
    profiler.numbers = Moments.fromJSON(state.numbers);
    profiler.numberSketch = QuantileSketch.fromJSON(state.numberSketch);
    profiler.times = Moments.fromJSON(state.times);
    profiler.timeSketch = QuantileSketch.fromJSON(state.timeSketch);
    profiler.frequent = FrequentValues.fromJSON(state.frequent);
    return profiler;
  }
}

/** `booleanLiteral(text) !== undefined` of ASCII-ended bytes: `true` or `false` in any letter case. */
function isBooleanLiteral(bytes: Uint8Array, start: number, end: number): boolean {
  const n = end - start;
  if (n === 4)
    return (
      ((bytes[start] as number) | 0x20) === 116 &&
      ((bytes[start + 1] as number) | 0x20) === 114 &&
      ((bytes[start + 2] as number) | 0x20) === 117 &&
      ((bytes[start + 3] as number) | 0x20) === 101
    );
  if (n === 5)
    return (
      ((bytes[start] as number) | 0x20) === 102 &&
      ((bytes[start + 1] as number) | 0x20) === 97 &&
      ((bytes[start + 2] as number) | 0x20) === 108 &&
      ((bytes[start + 3] as number) | 0x20) === 115 &&
      ((bytes[start + 4] as number) | 0x20) === 101
    );
  return false;
}

function canonicalKey(type: ProfiledType, value: FrequentKey): FrequentKey | undefined {
  switch (type) {
    case "integer":
    case "number": {
      if (typeof value === "number") return value;
      if (typeof value !== "string") return undefined;
      const text = trimText(value);
      if (numberSyntax(text) === NOT_NUMERIC) return undefined;
      const x = Number(text);
      return x - x === 0 ? x : undefined;
    }
    case "boolean": {
      if (typeof value === "boolean") return value;
      if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
      const text = trimText(value);
      return text === "1" ? true : text === "0" ? false : booleanLiteral(text);
    }
    case "timestamp": {
      if (typeof value !== "string") return undefined;
      const time = parseIsoTimestamp(trimText(value));
      return !Number.isNaN(time) ? new Date(time).toISOString() : undefined;
    }
    default:
      return String(value);
  }
}

/**
 * Profiles rows of plain objects (a convenience for tests and small tables). Columns appear in the order
 * their keys are first seen; a row without a key counts as a null for it.
 */
export function profileRows(
  rows: Iterable<Record<string, unknown>>,
  options: ColumnProfilerOptions = {},
): ColumnProfile[] {
  const profilers = new Map<string, ColumnProfiler>();
  let rowCount = 0;
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (profilers.has(key)) continue;
      const profiler = new ColumnProfiler(key, options);
      profiler.addNulls(rowCount);
      profilers.set(key, profiler);
    }
    for (const [key, profiler] of profilers) profiler.add(row[key]);
    rowCount++;
  }
  return [...profilers.values()].map((profiler) => profiler.profile());
}
