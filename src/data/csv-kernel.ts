/**
 * CsvTokenizer's record loop in WebAssembly SIMD (wasm/csv-tokenizer-kernel.wat): a 64-bit mask of the
 * structural bytes (, " LF CR) of every 64-byte block, and the tokenizer's walk from one of those bytes to
 * the next instead of over every byte. It takes the well-formed records; CsvTokenizer's JavaScript loop takes
 * every record the kernel stops at (incomplete, ragged, a quote error), so the errors and the carried bytes
 * are the JavaScript loop's. Without WebAssembly (SIMD) `CsvKernel.create` gives undefined and the JavaScript
 * loop takes every record.
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
}

const embedded = new EmbeddedKernel<KernelExports>(WASM_BASE64);

/** Fields the kernel writes per call (at least one record's). */
const SCRATCH_FIELDS = 1 << 14;
/** Zero bytes after the batch's bytes: the last 64-byte block is read whole. */
const PAD = 64;
const PAGE = 65536;

/** Where the records of one `run` are, in `memory`: read them before the next `run` or `load`. */
export interface KernelRun {
  /** The start of the first record not taken (a record boundary), `n` when every record was. */
  stop: number;
  records: number;
  /** The physical line on which the record at `stop` starts. */
  line: number;
}

export class CsvKernel {
  /**
   * Views of the kernel's memory (new ones after it grows). After a `run`: record r's line at
   * f64[linesAt + r], field k's start at i32[startsAt + k], its end at i32[endsAt + k], its escaped flag at
   * u8[escapedAt + k].
   */
  f64!: Float64Array;
  i32!: Int32Array;
  u8!: Uint8Array;
  readonly linesAt: number;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly escapedAt: number;
  readonly maxRecords: number;
  private readonly base: number;
  private n = 0;

  /**
   * The most bytes one `load` takes (a WebAssembly memory holds at most 4 GiB; the tokenizer's JavaScript loop
   * takes a larger batch). Tests lower it.
   */
  static maxBytes = 1 << 30;

  /** A kernel for records of `width` fields, or undefined without WebAssembly SIMD. */
  static create(width: number): CsvKernel | undefined {
    if (!(width >= 1)) return undefined;
    const kernel = embedded.instantiate();
    return kernel && new CsvKernel(kernel, width);
  }

  private constructor(
    private readonly kernel: KernelExports,
    private readonly width: number,
  ) {
    this.maxRecords = Math.max(1, Math.floor(SCRATCH_FIELDS / width));
    const fields = this.maxRecords * width;
    // state (f64 line, i32 records) at 0, then lines, starts, ends, escaped, then the bytes
    const lines = 64;
    const starts = lines + 8 * this.maxRecords;
    const ends = starts + 4 * fields;
    const escaped = ends + 4 * fields;
    this.base = Math.ceil((escaped + fields) / 64) * 64;
    this.linesAt = lines / 8;
    this.startsAt = starts / 4;
    this.endsAt = ends / 4;
    this.escapedAt = escaped;
    this.views();
  }

  /**
   * Copies the batch's bytes, `head` then `tail`, into the kernel's memory (then `run` reads them); returns
   * them there, valid until the next `load`.
   */
  load(head: Uint8Array, tail: Uint8Array): Buffer {
    const n = head.length + tail.length;
    const need = this.base + n + PAD;
    const buffer = this.kernel.memory.buffer;
    if (need > buffer.byteLength) {
      this.kernel.memory.grow(Math.ceil((need - buffer.byteLength) / PAGE));
      this.views();
    }
    this.u8.set(head, this.base);
    this.u8.set(tail, this.base + head.length);
    this.u8.fill(0, this.base + n, this.base + n + PAD);
    this.n = n;
    return Buffer.from(this.u8.buffer, this.base, n);
  }

  /** Tokenizes the loaded bytes' records from `pos` (a record boundary) on, `line` that record's line. */
  run(pos: number, final: boolean, line: number, out: KernelRun): void {
    this.f64[0] = line;
    const stop = this.kernel.tokenize(
      this.base,
      this.n,
      pos,
      final ? 1 : 0,
      this.width,
      this.maxRecords,
      0,
      this.linesAt * 8,
      this.startsAt * 4,
      this.endsAt * 4,
      this.escapedAt,
    );
    out.stop = stop;
    out.line = this.f64[0] as number;
    out.records = this.i32[2] as number;
  }

  private views(): void {
    const buffer = this.kernel.memory.buffer;
    this.u8 = new Uint8Array(buffer);
    this.f64 = new Float64Array(buffer);
    this.i32 = new Int32Array(buffer);
  }
}
