import { isAscii, isUtf8 } from "node:buffer";
import { UserError } from "../errors/user-error.js";
import {
  ByteNumberScanner,
  booleanBytes,
  decodeRange,
  parseIsoTimestampBytes,
} from "../stats/parse-bytes.js";
import type { NumberSyntax } from "../stats/parse-text.js";
import { CsvKernel, type KernelRun } from "./csv-kernel.js";
import { CsvSyntaxError, checkHeader } from "./csv-parser.js";

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const EMPTY = Buffer.alloc(0);

/** Invalid UTF-8 at `byteOffset` of the file (the first byte of the first invalid sequence). */
export class InvalidUtf8Error extends UserError {
  constructor(
    readonly byteOffset: number,
    readonly detail?: string,
  ) {
    super(`invalid UTF-8 at byte ${byteOffset}${detail ? `: ${detail}` : ""}`);
    this.name = "InvalidUtf8Error";
  }
}

/**
 * `CsvParser` over the file's bytes, without decoding them first or slicing a string per field. Each `feed`
 * finds the records the bytes complete and keeps, for every field, where it starts and ends in `bytes`
 * (flat typed arrays reused from batch to batch, record r's field f at `r * width + f`); the caller then
 * reads each field as what it needs: `text` (a string, or null), `number`, `timestamp`, `boolean`. A
 * numeric column is parsed straight from the bytes and no string is made for it.
 *
 * The grammar and the errors are `CsvParser`'s (the same messages, rows and lines: the tests run both on the
 * same inputs), plus what `readTextChunks` checks while decoding: a leading byte-order mark is dropped, and
 * invalid UTF-8 throws an `InvalidUtf8Error` with the file offset of the first invalid sequence (validated
 * with Node's `buffer.isUtf8` before the bytes are tokenized, so an invalid byte never reaches a field).
 *
 * A WebAssembly SIMD kernel (csv-kernel.ts) takes the well-formed records, jumping from one , " LF or CR to
 * the next; the JavaScript loop (`scan`) takes the header and every record the kernel stops at (one the bytes
 * do not complete yet, or one in error), so the errors and the carried bytes are the JavaScript loop's.
 */
/** A batch's arrays: each field's start, end and escaped flag, each record's line. */
interface BatchArrays {
  starts: Int32Array;
  ends: Int32Array;
  escaped: Uint8Array;
  lines: Float64Array;
}

export class CsvTokenizer {
  header: string[] | undefined;
  /** Data rows completed so far (all batches). */
  rows = 0;
  /** The bytes the current batch's offsets point into; valid until the next `feed`. */
  bytes: Buffer = EMPTY;
  /** Records in the current batch. */
  records = 0;
  /** Fields per record (the header's). */
  width = 0;
  /** Start and end of each field of the batch in `bytes`; an empty field (null) has start === end. */
  starts: Int32Array = new Int32Array(0);
  ends: Int32Array = new Int32Array(0);
  /** 1 where a quoted field holds a doubled quote `""` that `text` turns into one. */
  escaped: Uint8Array = new Uint8Array(0);
  /** The physical line on which each record of the batch starts. */
  lines: Float64Array = new Float64Array(0);
  /**
   * The kernel whose memory holds this batch's bytes and arrays (the arrays above are views of it), for
   * the column loops it also runs; undefined when the batch is in JavaScript arrays.
   */
  batchKernel: CsvKernel | undefined;

  private line = 1;
  private carry: Buffer = EMPTY;
  /** File offset of `carry`'s first byte. */
  private offset = 0;
  /** Bytes at the start of `carry` already checked as UTF-8. */
  private validated = 0;
  private started = false;
  private readonly scanner = new ByteNumberScanner();
  /**
   * The batch's bytes as one string, decoded on the first `text` call: latin1 when they are all ASCII (byte
   * offsets are then string offsets), else UTF-8 with a cursor that maps byte offsets to UTF-16 offsets.
   */
  private decoded: string | undefined;
  private isAsciiBatch = false;
  /** Whether the batch's bytes are all ASCII: -1 not known yet, 0 no, 1 yes (see `utf16Length`). */
  private asciiState = -1;
  private cursorByte = 0;
  private cursorChar = 0;
  /** Start, end and escaped flag of each header field, while the header is read. */
  private readonly headerFields: number[] = [];
  /** Whether the WebAssembly kernel takes the records it can (see csv-kernel.ts), made once the width is known. */
  private useKernel: boolean;
  private kernel: CsvKernel | undefined;
  private readonly run: KernelRun = { stop: 0, records: 0, line: 0 };
  /** The arrays of the batches the kernel does not take (before the header, or without WebAssembly). */
  private readonly own: BatchArrays = {
    starts: new Int32Array(0),
    ends: new Int32Array(0),
    escaped: new Uint8Array(0),
    lines: new Float64Array(0),
  };
  /** Whether `bytes` is the kernel's copy (a new view after its memory grows). */
  private bytesInKernel = false;

  /** `kernel: false`: the JavaScript loop takes every record (the kernel's reference, in the tests). */
  constructor(options: { kernel?: boolean } = {}) {
    this.useKernel = options.kernel ?? true;
  }

  /**
   * A tokenizer for the bytes of one part of a file that starts at a record boundary after the header (a
   * worker's byte range): `header` as read from the file's start, `line` the physical line on which the range
   * starts, `rows` the data rows before it and `offset` its first byte's offset in the file, so that errors
   * name the same row, line and byte as a single pass over the whole file would.
   */
  static forRange(
    header: readonly string[],
    start: { line: number; rows: number; offset: number },
    options: { kernel?: boolean } = {},
  ): CsvTokenizer {
    const tokenizer = new CsvTokenizer(options);
    tokenizer.header = [...header];
    tokenizer.width = header.length;
    tokenizer.line = start.line;
    tokenizer.rows = start.rows;
    tokenizer.offset = start.offset;
    tokenizer.started = true;
    return tokenizer;
  }

  /** The physical line on which the next record starts (after the header and every completed record). */
  get nextLine(): number {
    return this.line;
  }

  /** The value `ByteNumberScanner` left by the last `number` call. */
  get value(): number {
    return this.scanner.value;
  }

  /**
   * Tokenizes every record that `chunk` completes (after any bytes kept from earlier calls) into the batch
   * arrays, replacing the previous batch, and returns the number of records. With `final`, the end of the
   * bytes ends the last record. The header record sets `header` and is not part of a batch.
   */
  feed(chunk: Uint8Array, final: boolean): number {
    // Once the header is read, the kernel's memory holds the batch (one copy, in place of a concat).
    const kernel =
      this.header !== undefined && this.started && this.carry.length + chunk.length <= CsvKernel.maxBytes
        ? this.readyKernel()
        : undefined;
    let bytes: Buffer =
      kernel !== undefined
        ? kernel.load(this.carry, chunk)
        : this.carry.length === 0
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : Buffer.concat([this.carry, chunk]);
    this.records = 0;
    this.useArrays(kernel);
    this.bytesInKernel = kernel !== undefined;
    if (!this.started) {
      if (bytes.length < 3 && !final && (bytes.length === 0 || bytes[0] === 0xef)) {
        this.carry = bytes;
        this.records = 0;
        return 0;
      }
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        bytes = bytes.subarray(3);
        this.offset += 3;
      }
    }
    this.validate(bytes, final);
    this.bytes = bytes;
    this.decoded = undefined;
    this.asciiState = -1;
    const n = bytes.length;
    let pos = 0;
    let loaded = kernel !== undefined;
    for (;;) {
      if (this.header !== undefined && pos < n && n <= CsvKernel.maxBytes) {
        const ready = this.readyKernel();
        if (ready !== undefined) {
          // the header was in this batch: the kernel reads a copy, at the same offsets
          if (!loaded) {
            ready.load(bytes, EMPTY);
            this.useArrays(ready);
          }
          loaded = true;
          pos = this.kernelRecords(ready, pos, final);
          bytes = this.bytes;
        }
      }
      if (pos >= n) break;
      // The JavaScript loop takes the header, any record the kernel stops at, or every record without it.
      const next = this.scan(bytes, pos, final, this.useKernel);
      bytes = this.bytes;
      if (next === pos || !this.useKernel) {
        pos = next;
        break;
      }
      pos = next;
    }
    this.carry = pos < n ? Buffer.from(bytes.subarray(pos)) : EMPTY;
    this.validated = Math.max(0, this.validated - pos);
    this.offset += pos;
    return this.records;
  }

  /** The kernel for records of `width` fields, made on the first call; undefined without WebAssembly SIMD. */
  private readyKernel(): CsvKernel | undefined {
    if (!this.useKernel) return undefined;
    this.kernel ??= CsvKernel.create(this.width);
    if (this.kernel === undefined) this.useKernel = false;
    return this.kernel;
  }

  /**
   * Makes the batch's arrays the kernel's (views of its memory, where it writes the records it takes), or
   * this tokenizer's own; the records already in the batch are kept.
   */
  private useArrays(kernel: CsvKernel | undefined): void {
    const kept = this.records;
    const from = { starts: this.starts, ends: this.ends, escaped: this.escaped, lines: this.lines };
    this.batchKernel = kernel;
    this.setArrays(kernel ?? this.own);
    if (kept === 0 || from.starts === this.starts) return;
    this.reserve(kept);
    const fields = kept * this.width;
    this.starts.set(from.starts.subarray(0, fields));
    this.ends.set(from.ends.subarray(0, fields));
    this.escaped.set(from.escaped.subarray(0, fields));
    this.lines.set(from.lines.subarray(0, kept));
  }

  /** Appends the records the kernel takes from `pos` on to the batch; returns where it stopped. */
  private kernelRecords(kernel: CsvKernel, pos: number, final: boolean): number {
    const run = this.run;
    for (;;) {
      if (this.records >= kernel.capacity) this.reserve(this.records + 1);
      kernel.run(pos, final, this.line, this.records, run);
      const records = run.records;
      this.records += records;
      this.rows += records;
      this.line = run.line;
      // Stopped because the arrays are full: go on with more room; else the JavaScript loop takes the next record.
      if (run.stop === pos && records === 0) return pos;
      pos = run.stop;
      if (this.records < kernel.capacity || pos >= this.bytes.length) return pos;
    }
  }

  /**
   * The JavaScript loop: tokenizes the records from `pos` (a record boundary) on, only the first one (a
   * blank line, the header or a data record) when `one`; returns the start of the first record not taken
   * (the end of the bytes when it took all).
   */
  private scan(bytes: Buffer, pos: number, final: boolean, one: boolean): number {
    const n = bytes.length;
    let recordStart = pos;
    records: while (pos < n) {
      recordStart = pos;
      let c = bytes[pos] as number;
      if (c === LF || c === CR) {
        // A blank line.
        if (c === CR && pos + 1 >= n && !final) break;
        pos += c === CR && bytes[pos + 1] === LF ? 2 : 1;
        this.line++;
        recordStart = pos;
        if (one) break;
        continue;
      }
      const base = this.records * this.width;
      if (this.header !== undefined) {
        this.reserve(this.records + 1);
        // The kernel's memory may have grown: its bytes are then a new view.
        bytes = this.bytes;
      }
      const width = this.header === undefined ? Number.POSITIVE_INFINITY : this.width;
      const headerFields = this.headerFields;
      // only the header's record collects its fields here
      if (this.header === undefined) headerFields.length = 0;
      let count = 0;
      let innerLines = 0;
      for (;;) {
        if (pos >= n) {
          // The bytes end right after a comma.
          if (!final) break records;
          this.field(base, count++, width, headerFields, pos, pos, 0);
          break;
        }
        c = bytes[pos] as number;
        if (c === QUOTE) {
          const from = pos + 1;
          let doubled = 0;
          let close = from;
          for (;;) {
            close = bytes.indexOf(QUOTE, close);
            if (close === -1 || (close + 1 >= n && !final)) {
              if (!final) break records;
              throw new CsvSyntaxError(
                `${this.where()} opens a quoted field that is never closed`,
                this.rows + 1,
                this.line,
              );
            }
            if (bytes[close + 1] === QUOTE) {
              doubled = 1;
              close += 2;
              continue;
            }
            break;
          }
          for (let at = bytes.indexOf(LF, from); at !== -1 && at < close; at = bytes.indexOf(LF, at + 1))
            innerLines++;
          this.field(base, count++, width, headerFields, from, close, doubled);
          pos = close + 1;
          if (pos >= n) {
            if (!final) break records;
            break;
          }
          c = bytes[pos] as number;
          if (c === COMMA) {
            pos++;
            continue;
          }
          if (c === LF || c === CR) {
            if (c === CR && pos + 1 >= n && !final) break records;
            pos += c === CR && bytes[pos + 1] === LF ? 2 : 1;
            break;
          }
          // The message names the character: wait until its bytes are there and checked as UTF-8 (invalid
          // bytes are an encoding error, reported first as when the text is decoded before it is parsed).
          if (!final && pos >= this.validated) break records;
          throw new CsvSyntaxError(
            `${this.where(innerLines)} has ${JSON.stringify(decodeRange(bytes, pos, Math.min(n, pos + 4)).charAt(0))} right after a closing quote ` +
              `in field ${count}; inside a quoted field, write a quote as ""`,
            this.rows + 1,
            this.line,
          );
        }
        let end = pos;
        while (end < n) {
          c = bytes[end] as number;
          if (c === COMMA || c === LF || c === CR) break;
          end++;
        }
        if (end >= n && !final) break records;
        this.field(base, count++, width, headerFields, pos, end, 0);
        if (end >= n) {
          pos = end;
          break;
        }
        if (c === COMMA) {
          pos = end + 1;
          continue;
        }
        if (c === CR && end + 1 >= n && !final) break records;
        pos = end + (c === CR && bytes[end + 1] === LF ? 2 : 1);
        break;
      }
      if (this.header === undefined) {
        this.setHeader(bytes, headerFields, count);
      } else {
        if (count !== this.width) {
          throw new CsvSyntaxError(
            `${this.where()} has ${count} field${count === 1 ? "" : "s"}, the header has ${this.width}`,
            this.rows + 1,
            this.line,
          );
        }
        this.lines[this.records] = this.line;
        this.records++;
        this.rows++;
      }
      this.line += 1 + innerLines;
      recordStart = pos;
      if (one) break;
    }
    return recordStart;
  }

  /** The field as text, null when empty (`CsvParser`'s value). */
  text(record: number, field: number): string | null {
    const at = record * this.width + field;
    const start = this.starts[at] as number;
    const end = this.ends[at] as number;
    if (start === end) return null;
    // One decode per batch and a substring per field is several times cheaper than a decode per field.
    if (this.decoded === undefined) {
      this.isAsciiBatch = isAscii(this.bytes);
      this.decoded = this.bytes.toString(this.isAsciiBatch ? "latin1" : "utf8");
      this.cursorByte = 0;
      this.cursorChar = 0;
    }
    const text = this.isAsciiBatch
      ? this.decoded.slice(start, end)
      : this.decoded.slice(this.charOffset(start), this.charOffset(end));
    return this.escaped[at] === 1 ? text.replaceAll('""', '"') : text;
  }

  /** Whether the batch's bytes are all ASCII (so a field's length in UTF-16 units is its byte length); found once per batch. */
  get ascii(): boolean {
    if (this.asciiState < 0) this.asciiState = isAscii(this.bytes) ? 1 : 0;
    return this.asciiState === 1;
  }

  /**
   * The length in UTF-16 code units of the field's bytes as they stand (before any `""` is unescaped),
   * without decoding them: one unit per byte that starts a character, two for a four-byte character (the
   * bytes before any field are checked UTF-8, so the count is exact). An all-ASCII batch, the common case,
   * is found once per batch and its fields are measured by their byte length.
   */
  utf16Length(record: number, field: number): number {
    const at = record * this.width + field;
    const start = this.starts[at] as number;
    const end = this.ends[at] as number;
    if (this.ascii) return end - start;
    const bytes = this.bytes;
    let length = 0;
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      if (b < 0x80) length++;
      else if (b >= 0xc0) length += b >= 0xf0 ? 2 : 1;
    }
    return length;
  }

  /** Whether the field is empty (`CsvParser` gives null), without decoding it. */
  isEmpty(record: number, field: number): boolean {
    const at = record * this.width + field;
    return this.starts[at] === this.ends[at];
  }

  /** `isNull(text(record, field))` of parse-typed.ts: empty or only whitespace, decoding only when needed. */
  isBlank(record: number, field: number): boolean {
    const at = record * this.width + field;
    const start = this.starts[at] as number;
    const end = this.ends[at] as number;
    if (start === end) return true;
    const first = this.bytes[start] as number;
    if (first > 32 && first < 127) return false;
    return (this.text(record, field) as string).trim() === "";
  }

  /**
   * The field's number grammar (parse-text.ts's `NumberSyntax`, after trimming), its value in `value`: the
   * same as `NumberScanner.scan(trimText(text(record, field)))`.
   */
  number(record: number, field: number): NumberSyntax {
    const at = record * this.width + field;
    if (this.escaped[at] === 1) {
      // A doubled quote is never part of a number, but the scanner decides from the unescaped text.
      const unescaped = Buffer.from(this.text(record, field) ?? "");
      return this.scanner.scan(unescaped, 0, unescaped.length);
    }
    return this.scanner.scan(this.bytes, this.starts[at] as number, this.ends[at] as number);
  }

  /** `parseIsoTimestamp(text)` of the field (untrimmed, as `parseTyped` reads it; `trim` as the profiler does). */
  timestamp(record: number, field: number, trim = false): number {
    const at = record * this.width + field;
    // A doubled quote is never part of a timestamp.
    if (this.escaped[at] === 1) return Number.NaN;
    return parseIsoTimestampBytes(this.bytes, this.starts[at] as number, this.ends[at] as number, trim);
  }

  /** `parseTyped("boolean", text)` of the field: true, false or undefined. */
  boolean(record: number, field: number): boolean | undefined {
    const at = record * this.width + field;
    if (this.escaped[at] === 1) return undefined;
    return booleanBytes(this.bytes, this.starts[at] as number, this.ends[at] as number);
  }

  /** The batch as rows of strings and nulls, as `CsvParser.feed` appends them. */
  rowsInto(out: unknown[][]): void {
    const width = this.width;
    for (let r = 0; r < this.records; r++) {
      const row = new Array<string | null>(width);
      for (let f = 0; f < width; f++) row[f] = this.text(r, f);
      out.push(row);
    }
  }

  /**
   * The UTF-16 offset in `decoded` of a byte offset of the batch, moving a cursor forward (fields are read
   * in order, so each byte is counted about once): every byte that starts a character is one UTF-16 unit,
   * a four-byte one two. The bytes before any field are checked UTF-8, so the count is exact.
   */
  private charOffset(byte: number): number {
    if (byte < this.cursorByte) {
      this.cursorByte = 0;
      this.cursorChar = 0;
    }
    const bytes = this.bytes;
    let char = this.cursorChar;
    for (let i = this.cursorByte; i < byte; i++) {
      const b = bytes[i] as number;
      if (b < 0x80) char++;
      else if (b >= 0xc0) char += b >= 0xf0 ? 2 : 1;
    }
    this.cursorByte = byte;
    this.cursorChar = char;
    return char;
  }

  private field(
    base: number,
    index: number,
    width: number,
    headerFields: number[],
    start: number,
    end: number,
    escaped: number,
  ): void {
    if (width === Number.POSITIVE_INFINITY) {
      headerFields.push(start, end, escaped);
      return;
    }
    // A ragged record's extra fields are counted, not kept; the record is refused when it ends.
    if (index >= width) return;
    this.starts[base + index] = start;
    this.ends[base + index] = end;
    this.escaped[base + index] = escaped;
  }

  private setHeader(bytes: Buffer, fields: number[], count: number): void {
    const names: (string | null)[] = [];
    for (let i = 0; i < count; i++) {
      const start = fields[i * 3] as number;
      const end = fields[i * 3 + 1] as number;
      const text = start === end ? null : decodeRange(bytes, start, end);
      names.push(text !== null && fields[i * 3 + 2] === 1 ? text.replaceAll('""', '"') : text);
    }
    this.header = checkHeader(names, this.line);
    this.width = this.header.length;
  }

  private reserve(records: number): void {
    const need = records * this.width;
    if (need <= this.starts.length) return;
    const kernel = this.batchKernel;
    if (kernel !== undefined) {
      const grew = kernel.reserve(records, this.records);
      this.setArrays(kernel);
      if (grew && this.bytesInKernel) this.bytes = kernel.bytes;
      return;
    }
    const size = Math.max(need, this.starts.length * 2, 1024);
    const grow = <T extends Int32Array | Uint8Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old as never);
      return next;
    };
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.ends = grow(this.ends, (n) => new Int32Array(n));
    this.escaped = grow(this.escaped, (n) => new Uint8Array(n));
    // As many lines as the field arrays hold records (the early return above counts on it: with fewer than
    // 16 fields, 64 lines used to run out before the 1024 fields did and later records lost their line).
    const held = Math.floor(size / this.width);
    if (this.lines.length < held) {
      const lines = new Float64Array(held);
      lines.set(this.lines);
      this.lines = lines;
    }
    Object.assign(this.own, {
      starts: this.starts,
      ends: this.ends,
      escaped: this.escaped,
      lines: this.lines,
    });
  }

  /** Points the batch's arrays at these (the kernel's views, or this tokenizer's own). */
  private setArrays(arrays: BatchArrays): void {
    this.starts = arrays.starts;
    this.ends = arrays.ends;
    this.escaped = arrays.escaped;
    this.lines = arrays.lines;
  }

  /**
   * Checks as UTF-8 the bytes up to the last line end (a line end never falls inside a character, and no
   * record completes after it unless `final`), or all of them when `final`.
   */
  private validate(bytes: Buffer, final: boolean): void {
    let end = bytes.length;
    if (!final) {
      const lf = bytes.lastIndexOf(LF);
      // A lone CR after the last LF ends a line too; only there is one looked for (a file with LF line
      // ends has no CR, and lastIndexOf(CR) would scan the whole chunk to say so).
      let cr = -1;
      if (lf < 0) cr = bytes.lastIndexOf(CR);
      else for (let i = bytes.length - 1; i > lf && cr < 0; i--) if (bytes[i] === CR) cr = i;
      end = Math.max(lf, cr) + 1;
    }
    if (end <= this.validated) return;
    if (!isUtf8(bytes.subarray(this.validated, end))) {
      const bad = firstInvalidUtf8(bytes, this.validated, end);
      if (bad.truncated && final)
        throw new InvalidUtf8Error(this.offset + bad.at, "the file ends in the middle of a UTF-8 character");
      throw new InvalidUtf8Error(this.offset + bad.at);
    }
    this.validated = end;
  }

  private where(innerLines = 0): string {
    const line = innerLines > 0 ? `lines ${this.line}-${this.line + innerLines}` : `line ${this.line}`;
    return this.header === undefined ? `the header (${line})` : `row ${this.rows + 1} (${line})`;
  }
}

/**
 * Where the first invalid UTF-8 sequence in bytes[start, end) begins, as the WHATWG decoder (TextDecoder)
 * sees it: the first byte of a sequence that an unexpected byte breaks, or that unexpected byte itself when
 * it cannot begin a character. `truncated`: the bytes end inside a character that was valid so far.
 */
export function firstInvalidUtf8(
  bytes: Uint8Array,
  start: number,
  end: number,
): { at: number; truncated: boolean } {
  let i = start;
  while (i < end) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return { at: i, truncated: false };
    for (let k = 1; k <= need; k++) {
      if (i + k >= end) return { at: i, truncated: true };
      const next = bytes[i + k] as number;
      if (next < lower || next > upper) return { at: i, truncated: false };
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return { at: end, truncated: false };
}
