/**
 * CsvTokenizer's record loop in WebAssembly SIMD (wasm/csv-tokenizer-kernel.wat): a 64-bit mask of the
 * structural bytes (, " LF CR) of every 64-byte block, and the tokenizer's walk from one of those bytes to
 * the next instead of over every byte. It takes the well-formed records; CsvTokenizer's JavaScript loop takes
 * every record the kernel stops at (incomplete, ragged, a quote error), so the errors and the carried bytes
 * are the JavaScript loop's. Without WebAssembly (SIMD) `CsvKernel.create` gives undefined and the JavaScript
 * loop takes every record.
 *
 * The batch lives in the kernel's memory: its bytes, and after them the batch's arrays (each record's line,
 * each field's start, end and escaped flag), which the tokenizer exposes as views of that memory. So the
 * kernel writes each record's fields where the tokenizer's callers read them, and the column loops of the
 * same module (ColumnProfile's) read a column where it is, without a copy.
 */
import { EmbeddedKernel } from "../wasm/embedded-kernel.js";
import { WASM_BASE64 } from "./wasm/csv-tokenizer-kernel-wasm.js";

interface KernelExports {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  tokenize(
    base: number,
    n: number,
    pos: number,
    final: number,
    width: number,
    maxRecords: number,
    state: number,
    lines: number,
    starts: number,
    ends: number,
    escaped: number,
  ): number;
  numbers: ColumnLoop;
  times: ColumnLoop;
  /** `ascii` in place of `out`: 1 when the batch is all ASCII. */
  texts: ColumnLoop;
}

/** A column loop of the kernel: (base, starts, ends, escaped, width, field, from, records, out, state) → stop. */
type ColumnLoop = (
  base: number,
  starts: number,
  ends: number,
  escaped: number,
  width: number,
  field: number,
  from: number,
  records: number,
  out: number,
  state: number,
) => number;

/** What a column loop sums, the moments of Moments (src/stats/moments.ts). */
interface ColumnMoments {
  count: number;
  mean: number;
  m2: number;
  min: number;
  max: number;
}

const embedded = new EmbeddedKernel<KernelExports>(WASM_BASE64);

/** The tokenizer's state (f64 line, i32 records) at 0, a column loop's at 64, powers of ten at 192 (the .wat's data), the bytes at BASE. */
const COLUMN_STATE = 64;
const BASE = 384;
/** Zero bytes after the batch's bytes: the last 64-byte block is read whole. */
const PAD = 64;
const PAGE = 65536;

/** Where the records of one `run` went: appended to the batch's arrays. */
export interface KernelRun {
  /** The start of the first record not taken (a record boundary), `n` when every record was. */
  stop: number;
  records: number;
  /** The physical line on which the record at `stop` starts. */
  line: number;
}

/** A column loop's counts over the fields it took, and the column's shortest and longest field after it. */
export interface ColumnRun {
  nulls: number;
  values: number;
  integers: number;
  booleans: number;
  minLength: number;
  maxLength: number;
}

export class CsvKernel {
  /** Views of the kernel's memory (new ones after it grows, see `layout`). */
  f64!: Float64Array;
  i32!: Int32Array;
  u8!: Uint8Array;
  /** The batch's arrays (record r's line, field k's start, end and escaped flag), views of the memory. */
  lines!: Float64Array;
  starts!: Int32Array;
  ends!: Int32Array;
  escaped!: Uint8Array;
  /** A column loop's values, in the order it took them (f64[valuesAt ...]). */
  valuesAt = 0;
  /** The records the arrays hold; they grow as a batch needs (and the memory with them). */
  capacity: number;
  private n = 0;
  private linesAt = 0;
  private startsAt = 0;
  private endsAt = 0;
  private escapedAt = 0;
  private readonly column: ColumnRun = {
    nulls: 0,
    values: 0,
    integers: 0,
    booleans: 0,
    minLength: 0,
    maxLength: 0,
  };

  /**
   * The most bytes one `load` takes (a WebAssembly memory holds at most 4 GiB; the tokenizer's JavaScript loop
   * takes a larger batch). Tests lower it.
   */
  static maxBytes = 1 << 30;
  /** The records a new kernel's arrays hold. Tests lower it, so that they grow in the middle of a batch. */
  static firstRecords = 1024;

  /** A kernel for records of `width` fields, or undefined without WebAssembly SIMD. */
  static create(width: number): CsvKernel | undefined {
    if (!(width >= 1)) return undefined;
    const kernel = embedded.instantiate();
    return kernel && new CsvKernel(kernel, width);
  }

  private constructor(
    private readonly kernel: KernelExports,
    readonly width: number,
  ) {
    this.capacity = CsvKernel.firstRecords;
    this.layout();
  }

  /**
   * Copies the batch's bytes, `head` then `tail`, into the kernel's memory (then `run` reads them) and empties
   * the batch's arrays; returns the bytes there, valid until the next `load` or `reserve`.
   */
  load(head: Uint8Array, tail: Uint8Array): Buffer {
    this.n = head.length + tail.length;
    this.layout();
    this.u8.set(head, BASE);
    this.u8.set(tail, BASE + head.length);
    this.u8.fill(0, BASE + this.n, BASE + this.n + PAD);
    return this.bytes;
  }

  /** The loaded bytes (a new view after the memory grows). */
  get bytes(): Buffer {
    return Buffer.from(this.u8.buffer, BASE, this.n);
  }

  /**
   * Makes the arrays hold at least `records` records, keeping those of the first `kept`; true when the
   * memory grew (every view, `bytes` too, is then a new one).
   */
  reserve(records: number, kept: number): boolean {
    if (records <= this.capacity) return false;
    const width = this.width;
    const old = {
      lines: this.linesAt,
      starts: this.startsAt,
      ends: this.endsAt,
      escaped: this.escapedAt,
    };
    this.capacity = Math.max(records, this.capacity * 2);
    const grew = this.layout();
    // Each region moves up (the ones before it grew): move the last first, so none is overwritten unread.
    const fields = kept * width;
    this.u8.copyWithin(this.escapedAt, old.escaped, old.escaped + fields);
    this.u8.copyWithin(this.endsAt, old.ends, old.ends + 4 * fields);
    this.u8.copyWithin(this.startsAt, old.starts, old.starts + 4 * fields);
    this.u8.copyWithin(this.linesAt, old.lines, old.lines + 8 * kept);
    return grew;
  }

  /**
   * Tokenizes the loaded bytes' records from `pos` (a record boundary) on, `line` that record's line, and
   * appends them to the arrays after their first `at` records (at most as many as they have room for).
   */
  run(pos: number, final: boolean, line: number, at: number, out: KernelRun): void {
    this.f64[0] = line;
    const width = this.width;
    const stop = this.kernel.tokenize(
      BASE,
      this.n,
      pos,
      final ? 1 : 0,
      width,
      this.capacity - at,
      0,
      this.linesAt + 8 * at,
      this.startsAt + 4 * at * width,
      this.endsAt + 4 * at * width,
      this.escapedAt + at * width,
    );
    out.stop = stop;
    out.line = this.f64[0] as number;
    out.records = this.i32[2] as number;
  }

  /**
   * ColumnProfile.addCsvNumbers's loop over field `field` of records `from` to `records`, in the kernel: it
   * takes plain decimals and nulls up to the first field that is neither, whose record it returns. `moments`
   * are updated in place; the values, in order, are at f64[valuesAt ...]; the counts and the lengths (from
   * `minLength` and `maxLength` on) are in `lastColumn` until the next call.
   */
  numbers(
    field: number,
    from: number,
    records: number,
    moments: ColumnMoments,
    minLength: number,
    maxLength: number,
  ): number {
    return this.summed(this.kernel.numbers, field, from, records, moments, minLength, maxLength);
  }

  /** `numbers` for ColumnProfile.addCsvTimes's loop: timestamps in the common layouts, and nulls. */
  times(
    field: number,
    from: number,
    records: number,
    moments: ColumnMoments,
    minLength: number,
    maxLength: number,
  ): number {
    return this.summed(this.kernel.times, field, from, records, moments, minLength, maxLength);
  }

  /**
   * ColumnProfile.addCsvTexts's loop, in the kernel: text that cannot start a number or a timestamp, escaped
   * text and nulls; `ascii` when the batch is all ASCII. The counts and lengths are in `lastColumn`.
   */
  texts(
    field: number,
    from: number,
    records: number,
    ascii: boolean,
    minLength: number,
    maxLength: number,
  ): number {
    return this.loop(this.kernel.texts, field, from, records, ascii ? 1 : 0, minLength, maxLength);
  }

  /** A loop that sums moments (numbers, times) into the f64s at the column state's start, in and out. */
  private summed(
    loop: ColumnLoop,
    field: number,
    from: number,
    records: number,
    moments: ColumnMoments,
    minLength: number,
    maxLength: number,
  ): number {
    const f64 = this.f64;
    const s = COLUMN_STATE / 8;
    f64[s] = moments.count;
    f64[s + 1] = moments.mean;
    f64[s + 2] = moments.m2;
    f64[s + 3] = moments.min;
    f64[s + 4] = moments.max;
    const stop = this.loop(loop, field, from, records, this.valuesAt * 8, minLength, maxLength);
    moments.count = f64[s] as number;
    moments.mean = f64[s + 1] as number;
    moments.m2 = f64[s + 2] as number;
    moments.min = f64[s + 3] as number;
    moments.max = f64[s + 4] as number;
    return stop;
  }

  /**
   * Runs a column loop over the batch in memory; its counts and the column's lengths after it go to
   * `lastColumn`. The state: i32 at +40 nulls, +44 values, +48 integers, +52 booleans (out), +56 and +60 the
   * shortest and longest field (in and out).
   */
  private loop(
    loop: ColumnLoop,
    field: number,
    from: number,
    records: number,
    out: number,
    minLength: number,
    maxLength: number,
  ): number {
    const i32 = this.i32;
    const c = COLUMN_STATE / 4;
    // No field has more than 2^31 - 1 bytes, none fewer than 0: the bounds stand for none seen yet (±∞).
    i32[c + 14] = Math.min(minLength, 0x7fffffff);
    i32[c + 15] = Math.max(maxLength, -1);
    i32[c + 12] = 0;
    i32[c + 13] = 0;
    const stop = loop(
      BASE,
      this.startsAt,
      this.endsAt,
      this.escapedAt,
      this.width,
      field,
      from,
      records,
      out,
      COLUMN_STATE,
    );
    const column = this.column;
    column.nulls = i32[c + 10] as number;
    column.values = i32[c + 11] as number;
    column.integers = i32[c + 12] as number;
    column.booleans = i32[c + 13] as number;
    column.minLength = column.values > 0 ? (i32[c + 14] as number) : minLength;
    column.maxLength = column.values > 0 ? (i32[c + 15] as number) : maxLength;
    return stop;
  }

  /** The counts of the last column loop. */
  get lastColumn(): Readonly<ColumnRun> {
    return this.column;
  }

  /**
   * Places the arrays after the loaded bytes, for `capacity` records, growing the memory as needed, and
   * makes the views; true when the memory grew.
   */
  private layout(): boolean {
    const width = this.width;
    const fields = this.capacity * width;
    this.linesAt = Math.ceil((BASE + this.n + PAD) / 8) * 8;
    this.valuesAt = (this.linesAt + 8 * this.capacity) / 8;
    this.startsAt = this.linesAt + 16 * this.capacity;
    this.endsAt = this.startsAt + 4 * fields;
    this.escapedAt = this.endsAt + 4 * fields;
    const need = this.escapedAt + fields;
    let grew = false;
    if (this.u8 === undefined || need > this.kernel.memory.buffer.byteLength) {
      const have = this.kernel.memory.buffer.byteLength;
      if (need > have) this.kernel.memory.grow(Math.ceil((need - have) / PAGE));
      const buffer = this.kernel.memory.buffer;
      this.u8 = new Uint8Array(buffer);
      this.f64 = new Float64Array(buffer);
      this.i32 = new Int32Array(buffer);
      grew = true;
    }
    const buffer = this.u8.buffer;
    this.lines = new Float64Array(buffer, this.linesAt, this.capacity);
    this.starts = new Int32Array(buffer, this.startsAt, fields);
    this.ends = new Int32Array(buffer, this.endsAt, fields);
    this.escaped = new Uint8Array(buffer, this.escapedAt, fields);
    return grew;
  }
}
