/**
 * The RLE / bit-packed hybrid of a Parquet page's dictionary indices in WebAssembly
 * (wasm/hybrid-kernel.wat): the indices of a string column, or the dictionary values of a number column's
 * indices, in one pass. It declines (answers false, leaving `out` as it was) without WebAssembly, for pages
 * larger than its memory takes, wherever parquet-columns.ts's readHybrid throws and wherever an index is past
 * the dictionary; the caller then takes its JavaScript path (readHybrid, mapDictionary) on the same bytes,
 * so the errors and the nulls of indices past the dictionary are that path's.
 */
import { EmbeddedKernel } from "../wasm/embedded-kernel.js";
import { WASM_BASE64 } from "./wasm/hybrid-kernel-wasm.js";

interface KernelExports {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  decode(
    src: number,
    end: number,
    width: number,
    count: number,
    dict: number,
    size: number,
    out: number,
  ): number;
}

const embedded = new EmbeddedKernel<KernelExports>(WASM_BASE64);

/** The most bytes the kernel's memory is grown to; larger pages go to JavaScript. */
const KERNEL_MAX_BYTES = 1 << 30;
const WASM_PAGE = 65536;

let kernel: { exports: KernelExports; buffer: ArrayBuffer } | null | undefined;

/**
 * The dictionary whose values are at the start of the kernel's memory: the pages of one column chunk share
 * theirs, which is copied in once. A dictionary's values are written once, when its page is read, so the
 * same array holds the same values (and it is kept here, so no other array can be taken for it).
 */
let loaded: Float64Array | undefined;

function align8(n: number): number {
  return (n + 7) & ~7;
}

/**
 * `count` dictionary indices of `width` bits (1 to 24) from the hybrid at `page[offset..]`, as readHybrid
 * reads them: with `dictionary`, `out[i]` = dictionary[index i] (each index below its length); without it,
 * `out[i]` = index i (each below `size`). False, with `out` untouched, where the kernel declines.
 */
export function hybridKernel(
  page: Uint8Array,
  offset: number,
  width: number,
  count: number,
  size: number,
  dictionary: Float64Array | undefined,
  out: Float64Array | Int32Array,
): boolean {
  if (!(width >= 1 && width <= 24) || offset > page.length || out.length < count) return false;
  if (kernel === undefined) {
    const exports = embedded.instantiate();
    kernel = exports ? { exports, buffer: exports.memory.buffer } : null;
  }
  if (kernel === null) return false;
  const n = page.length - offset;
  // the dictionary's values at 0, then the page's bytes (and 8 spare bytes), then the output
  const srcAt = dictionary ? 8 * dictionary.length : 0;
  const outAt = align8(srcAt + n + 8);
  const needed = outAt + (dictionary ? 8 : 4) * count;
  if (needed > KERNEL_MAX_BYTES) return false;
  if (kernel.buffer.byteLength < needed) {
    try {
      kernel.exports.memory.grow(Math.ceil((needed - kernel.buffer.byteLength) / WASM_PAGE));
    } catch {
      return false;
    }
    kernel.buffer = kernel.exports.memory.buffer;
  }
  const buffer = kernel.buffer;
  if (dictionary !== loaded) {
    if (dictionary) new Float64Array(buffer, 0, dictionary.length).set(dictionary);
    // (without one, the page's bytes go where the values were)
    loaded = dictionary;
  }
  const bytes = new Uint8Array(buffer, srcAt, n + 8);
  bytes.set(page.subarray(offset), 0);
  // the 4 bytes past the end that a value's 32-bit read may take in (masked off)
  bytes.fill(0, n, n + 8);
  const dict = dictionary ? 0 : -1;
  const limit = dictionary ? dictionary.length : size;
  if (kernel.exports.decode(srcAt, srcAt + n, width, count, dict, limit, outAt) !== 0) return false;
  if (dictionary) (out as Float64Array).set(new Float64Array(buffer, outAt, count));
  else (out as Int32Array).set(new Int32Array(buffer, outAt, count));
  return true;
}
