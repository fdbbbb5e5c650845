/**
 * Snappy decompression with the behaviour of hyparquet's snappyUncompress (src/snappy.js, from snappyjs):
 * the same output and the same errors for the same input, only faster. Literals and back-references that
 * fit in the output are copied with `set` / `copyWithin` (a back-reference only when it does not overlap
 * what it writes) instead of byte by byte; short or overlapping runs, and runs past the output's end (which
 * hyparquet drops byte by byte before it throws "premature end of input"), are copied as hyparquet copies
 * them. Shorter runs go 4 bytes at a time through DataViews where the output (and, for a literal, the input)
 * has room for up to 3 bytes more: those extra bytes lie at or past the output position, so the operations
 * that follow overwrite them, and a back-reference at least 4 bytes back reads only bytes already written,
 * 4 at a time as 1 at a time would.
 *
 * A WebAssembly kernel (wasm/snappy-kernel.wat) decodes first: it declines every stream this decoder throws
 * on (and those it would read with negative 32-bit lengths or offsets), which this decoder then takes, so
 * the errors are unchanged; where it succeeds its output is this decoder's (test/unit/data/snappy.test.ts
 * compares the two).
 */

import { EmbeddedKernel } from "../wasm/embedded-kernel.js";
import { WASM_BASE64 } from "./wasm/snappy-kernel-wasm.js";

interface KernelExports {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  uncompress(input: number, inputLength: number, output: number, outputLength: number): number;
}

const embedded = new EmbeddedKernel<KernelExports>(WASM_BASE64);

const WORD_MASK = [0, 0xff, 0xffff, 0xffffff, 0xffffffff];

/** Runs at least this long are copied by `set` / `copyWithin`. */
const BULK = 16;

/** Literals up to this long are copied 4 bytes at a time. */
const SHORT_LITERAL = 64;

function copyBytes(from: Uint8Array, fromPos: number, to: Uint8Array, toPos: number, length: number): void {
  for (let i = 0; i < length; i++) to[toPos + i] = from[fromPos + i] as number;
}

/**
 * hyparquet's snappyUncompress: decompresses `input` into `output`, which it must fill exactly. The WebAssembly
 * kernel decodes it where it can ({@link snappyUncompressKernel}); the JavaScript decoder takes the rest, and
 * every stream the kernel declines (all those the JavaScript decoder throws on), so errors are its own.
 */
export function snappyUncompress(input: Uint8Array, output: Uint8Array): void {
  if (output.byteLength < KERNEL_MIN_OUTPUT || !snappyUncompressKernel(input, output))
    snappyUncompressJs(input, output);
}

/** Outputs shorter than this are left to the JavaScript decoder (a kernel call costs two copies). */
const KERNEL_MIN_OUTPUT = 64;

/** Bytes after the input and after the output that the kernel may read or overwrite (snappy-kernel.wat). */
const KERNEL_SLACK = 16;

/** The most bytes (input, output and slack) the kernel's memory is grown to; larger pages go to JavaScript. */
const KERNEL_MAX_BYTES = 1 << 30;

const WASM_PAGE = 65536;

let kernel: { exports: KernelExports; bytes: Uint8Array } | null | undefined;

/**
 * Decodes `input` into `output` with the WebAssembly kernel (snappy-kernel.wat) and answers true, or answers
 * false with `output` untouched: without WebAssembly (SIMD), for a stream larger than the kernel's memory
 * takes, and wherever the kernel declines, which it does for every stream the JavaScript decoder throws on.
 * When it answers true, `output` holds the bytes {@link snappyUncompressJs} writes.
 */
export function snappyUncompressKernel(input: Uint8Array, output: Uint8Array): boolean {
  if (kernel === undefined) {
    const exports = embedded.instantiate();
    kernel = exports ? { exports, bytes: new Uint8Array(exports.memory.buffer) } : null;
  }
  if (kernel === null) return false;
  const inLength = input.byteLength;
  const outLength = output.byteLength;
  const outAt = (inLength + KERNEL_SLACK + 15) & ~15;
  const needed = outAt + outLength + KERNEL_SLACK;
  if (needed > KERNEL_MAX_BYTES) return false;
  if (kernel.bytes.byteLength < needed) {
    try {
      kernel.exports.memory.grow(Math.ceil((needed - kernel.bytes.byteLength) / WASM_PAGE));
    } catch {
      return false;
    }
    kernel.bytes = new Uint8Array(kernel.exports.memory.buffer);
  }
  const bytes = kernel.bytes;
  bytes.set(input, 0);
  if (kernel.exports.uncompress(0, inLength, outAt, outLength) !== 0) return false;
  output.set(bytes.subarray(outAt, outAt + outLength));
  return true;
}

/** hyparquet's snappyUncompress in JavaScript: decompresses `input` into `output`, which it must fill exactly. */
export function snappyUncompressJs(input: Uint8Array, output: Uint8Array): void {
  const inputLength = input.byteLength;
  const outputLength = output.byteLength;
  let pos = 0;
  let outPos = 0;
  const inView = new DataView(input.buffer, input.byteOffset, inputLength);
  const outView = new DataView(output.buffer, output.byteOffset, outputLength);
  // skip the preamble (the uncompressed length as a varint)
  while (pos < inputLength) {
    const c = input[pos] as number;
    pos++;
    if (c < 128) break;
  }
  if (outputLength && pos >= inputLength) throw new Error("invalid snappy length header");
  while (pos < inputLength) {
    const c = input[pos] as number;
    let len = 0;
    pos++;
    if (pos >= inputLength) throw new Error("missing eof marker");
    if ((c & 0x3) === 0) {
      len = (c >>> 2) + 1;
      if (len > 60) {
        if (pos + 3 >= inputLength) throw new Error("snappy error literal pos + 3 >= inputLength");
        const lengthSize = len - 60;
        len =
          (input[pos] as number) +
          ((input[pos + 1] as number) << 8) +
          ((input[pos + 2] as number) << 16) +
          ((input[pos + 3] as number) << 24);
        len = (len & (WORD_MASK[lengthSize] as number)) + 1;
        pos += lengthSize;
      }
      if (pos + len > inputLength) throw new Error("snappy error literal exceeds input length");
      if (len <= SHORT_LITERAL && pos + len + 3 < inputLength && outPos + len + 3 < outputLength) {
        for (let i = 0; i < len; i += 4) outView.setInt32(outPos + i, inView.getInt32(pos + i, true), true);
        pos += len;
        outPos += len;
        continue;
      }
      if (len >= BULK && outPos >= 0 && outPos + len <= outputLength)
        output.set(input.subarray(pos, pos + len), outPos);
      else copyBytes(input, pos, output, outPos, len);
      pos += len;
      outPos += len;
    } else {
      let offset = 0;
      switch (c & 0x3) {
        case 1:
          len = ((c >>> 2) & 0x7) + 4;
          offset = (input[pos] as number) + ((c >>> 5) << 8);
          pos++;
          break;
        case 2:
          if (inputLength <= pos + 1) throw new Error("snappy error end of input");
          len = (c >>> 2) + 1;
          offset = (input[pos] as number) + ((input[pos + 1] as number) << 8);
          pos += 2;
          break;
        default:
          if (inputLength <= pos + 3) throw new Error("snappy error end of input");
          len = (c >>> 2) + 1;
          offset =
            (input[pos] as number) +
            ((input[pos + 1] as number) << 8) +
            ((input[pos + 2] as number) << 16) +
            ((input[pos + 3] as number) << 24);
          pos += 4;
          break;
      }
      if (offset === 0 || Number.isNaN(offset)) {
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`);
      }
      if (offset > outPos) throw new Error("cannot copy from before start of buffer");
      if (offset >= 4 && outPos + len + 3 < outputLength) {
        const from = outPos - offset;
        for (let i = 0; i < len; i += 4) outView.setInt32(outPos + i, outView.getInt32(from + i, true), true);
        outPos += len;
        continue;
      }
      if (len >= BULK && offset >= len && outPos + len <= outputLength)
        output.copyWithin(outPos, outPos - offset, outPos - offset + len);
      else copyBytes(output, outPos - offset, output, outPos, len);
      outPos += len;
    }
  }
  if (outPos !== outputLength) throw new Error("premature end of input");
}
