import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { compileWat, constantSource } from "../../../scripts/build-wasm.mjs";
import { sortLevel } from "../../../src/stats/quantile-sketch.js";
import { kernelSort, sortKernelAvailable } from "../../../src/stats/sketch-sort-kernel.js";

const WAT = new URL("../../../src/stats/wasm/sketch-sort-kernel.wat", import.meta.url);
const CONSTANT = new URL("../../../src/stats/wasm/sketch-sort-kernel-wasm.ts", import.meta.url);

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Level shapes the sort must get exactly right: value(i, r) with r uniform in [0, 1). */
const SHAPES: Record<string, (i: number, r: number, next: () => number) => number> = {
  uniform: (_, r) => r * 1000,
  heavyTailed: (_, r) => 1 / (r + 1e-9) ** 2,
  lognormal: (_, r, next) => Math.exp(4 * Math.sqrt(-2 * Math.log(r + 1e-300)) * Math.cos(6.283 * next())),
  widest: (i, r) => (i % 2 ? 1 : -1) * r * 1.7e308,
  extremes: (i, r) => (i % 3 === 0 ? 1.7976931348623157e308 : i % 3 === 1 ? -1.7976931348623157e308 : r),
  denormal: (i, r) => (i % 7) * 5e-324 * (r < 0.5 ? 1 : -1),
  tinyRange: (_, r) => 1 + Math.floor(r * 8) * 2 ** -52,
  ties: (_, r) => Math.floor(r * 3),
  fewDistinct: (_, r) => [3.5, -2, 1e6, 7, 0][Math.floor(r * 5)] as number,
  zeros: (_, r) => (r < 0.5 ? -0 : 0),
  someNegativeZero: (i, r) => (i === 17 ? -0 : r - 0.5),
  positiveZeros: (_, r) => (r < 0.3 ? 0 : r),
  clustered: (_, r) => (r < 0.9 ? 1 + r * 1e-12 : r * 1e9),
  timestamps: (_, r) => 1.7e12 + Math.floor(r * 3e7) * 1000,
  halfSorted: (i, r) => (i % 2 ? i : r * 2000),
  descending: (i) => -i,
};

describe("sketch sort kernel", () => {
  it("is the compiled sketch-sort-kernel.wat", async () => {
    const source = constantSource("sketch-sort-kernel", await compileWat(WAT.pathname));
    expect(await readFile(CONSTANT, "utf8")).toBe(source);
  });

  it("loads where WebAssembly SIMD is available (Node 20 and 24 have it)", () => {
    expect(sortKernelAvailable()).toBe(true);
  });

  it("sorts exactly as the JavaScript sort does, or declines and leaves the values untouched", () => {
    const next = random(15);
    let sorted = 0;
    let declined = 0;
    const started = Date.now();
    for (const [name, value] of Object.entries(SHAPES)) {
      for (let round = 0; round < 40 && Date.now() - started < 20_000; round++) {
        const size =
          round < 8 ? ([1, 2, 3, 33, 511, 512, 1100, 2000][round] as number) : 1 + Math.floor(next() * 2000);
        const items = Float64Array.from({ length: size + 3 }, (_, i) => value(i, next(), next));
        const reference = items.slice();
        sortLevel(reference, size, false);
        const viaKernel = items.slice();
        sortLevel(viaKernel, size);
        // The same doubles in the same places, -0 included, and nothing past `size` touched.
        expect(
          Array.from(viaKernel).every((x, i) => Object.is(x, reference[i])),
          `${name} n=${size}`,
        ).toBe(true);
        const direct = items.slice();
        if (kernelSort(direct, size)) {
          sorted++;
          expect(
            Array.from(direct).every((x, i) => Object.is(x, reference[i])),
            `${name} n=${size} (kernel)`,
          ).toBe(true);
        } else {
          declined++;
          expect(
            Array.from(direct).every((x, i) => Object.is(x, items[i])),
            `${name} n=${size} declined`,
          ).toBe(true);
        }
      }
    }
    // Not vacuous: the kernel sorted most levels and declined those it must (every level holding a -0).
    expect(sorted).toBeGreaterThan(200);
    expect(declined).toBeGreaterThan(100);
  });

  it("declines every level holding a -0, so 0 and -0 keep the JavaScript sort's order", () => {
    const items = Float64Array.from({ length: 600 }, (_, i) => (i === 300 ? -0 : i % 97));
    expect(kernelSort(items.slice(), 600)).toBe(false);
    const positive = Float64Array.from({ length: 600 }, (_, i) => (i === 300 ? 0 : (i * 37) % 97));
    const check = positive.slice().sort();
    expect(kernelSort(positive, 600)).toBe(true);
    expect(Array.from(positive)).toEqual(Array.from(check));
  });
});
