/**
 * The quantile sketch's level sort in WebAssembly SIMD (wasm/sketch-sort-kernel.wat): one round of a bucket
 * sort (min and max two values at a time, n equal-width buckets, one insertion pass) on a copy of the level
 * in the kernel's memory. When the values crowd into a few buckets (heavy tails) or their range cannot be
 * scaled (overflow, denormals), it buckets again by the order-preserving integer key of each value's bits
 * (about its logarithm). It declines, leaving the level to the JavaScript sort, when a -0 is among the
 * values (so 0 and -0 keep the JavaScript sort's order), when both roundings crowd, when the insertion pass
 * would move values more than 4n places in all, or when the level is larger than its memory holds. Without
 * WebAssembly (SIMD) it always declines.
 */
import { EmbeddedKernel } from "../wasm/embedded-kernel.js";
import { WASM_BASE64 } from "./wasm/sketch-sort-kernel-wasm.js";

interface KernelExports {
  memory: { readonly buffer: ArrayBuffer };
  sort(n: number): number;
}

const embedded = new EmbeddedKernel<KernelExports>(WASM_BASE64);

/** Most values the kernel's memory holds (its layout is in the .wat). */
export const KERNEL_SORT_MAX = 8192;

let kernel: { sort: (n: number) => number; items: Float64Array } | null | undefined;

/** Whether the kernel can run in this thread (WebAssembly SIMD is there). */
export function sortKernelAvailable(): boolean {
  if (kernel === undefined) {
    const exports = embedded.instantiate();
    kernel = exports
      ? { sort: exports.sort, items: new Float64Array(exports.memory.buffer, 0, KERNEL_SORT_MAX) }
      : null;
  }
  return kernel !== null;
}

/**
 * Sorts items[0, size) ascending and answers true, or answers false with items untouched (the caller sorts
 * them). No NaN may be among them.
 */
export function kernelSort(items: Float64Array, size: number): boolean {
  if (size > KERNEL_SORT_MAX || !sortKernelAvailable()) return false;
  const k = kernel as { sort: (n: number) => number; items: Float64Array };
  k.items.set(size === items.length ? items : items.subarray(0, size));
  if (k.sort(size) === 0) return false;
  items.set(size === k.items.length ? k.items : k.items.subarray(0, size));
  return true;
}
