import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { compileWat, constantSource } from "../../../scripts/build-wasm.mjs";
import { hybridKernel } from "../../../src/data/hybrid-kernel.js";
import { readHybrid } from "../../../src/data/parquet-columns.js";

function varint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
  return out;
}

/** A deterministic generator of integers below n. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
}

/** A hybrid of RLE and bit-packed runs of `width`-bit values below `limit`, and how many values it holds. */
function hybrid(
  random: (n: number) => number,
  width: number,
  limit: number,
): { bytes: number[]; values: number } {
  const bytes: number[] = [];
  let values = 0;
  const runs = 1 + random(12);
  for (let run = 0; run < runs; run++) {
    if (random(2) === 0) {
      const count = random(300);
      bytes.push(...varint(count << 1));
      const value = random(limit);
      for (let i = 0; i < (width + 7) >> 3; i++) bytes.push((value >> (8 * i)) & 255);
      values += count;
    } else {
      const groups = 1 + random(20);
      bytes.push(...varint((groups << 1) | 1));
      // values below `limit`, packed least significant bit first
      let buffer = 0n;
      for (let i = 0; i < groups * 8; i++) buffer |= BigInt(random(limit)) << BigInt(i * width);
      for (let i = 0; i < groups * width; i++) bytes.push(Number((buffer >> BigInt(8 * i)) & 255n));
      values += groups * 8;
    }
  }
  return { bytes, values };
}

/** readHybrid's indices, or its error message. */
function reference(page: Uint8Array, width: number, count: number): Int32Array | string {
  const out = new Int32Array(count);
  try {
    readHybrid(page, 1, width, out);
    return out;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The kernel's answer against readHybrid's: "declined" (out untouched), "same" (the indices, or the
 * dictionary's values of them, each index below the dictionary), or what differs.
 */
function compare(
  page: Uint8Array,
  width: number,
  count: number,
  dictionary: Float64Array | undefined,
  size: number,
): string {
  const out = dictionary ? new Float64Array(count).fill(-7) : new Int32Array(count).fill(-7);
  const taken = hybridKernel(page, 1, width, count, size, dictionary, out);
  if (!taken) return out.every((x) => x === -7) ? "declined" : "declined, but wrote out";
  const expected = reference(page, width, count);
  if (typeof expected === "string") return `taken where readHybrid throws ${expected}`;
  const limit = dictionary ? dictionary.length : size;
  if (expected.some((index) => !(index < limit))) return "taken with an index past the dictionary";
  for (let i = 0; i < count; i++) {
    const want = dictionary ? (dictionary[expected[i] as number] as number) : (expected[i] as number);
    if (!Object.is(out[i], want)) return `value ${i}: ${out[i]}, not ${want}`;
  }
  return "same";
}

describe("the hybrid kernel (dictionary indices in WebAssembly)", () => {
  it("is the committed .wat, compiled (node scripts/build-wasm.mjs)", async () => {
    const bytes = await compileWat("src/data/wasm/hybrid-kernel.wat");
    const committed = await readFile("src/data/wasm/hybrid-kernel-wasm.ts", "utf8");
    expect(committed).toBe(constantSource("hybrid-kernel", bytes));
  });

  it("reads indices and dictionary values as readHybrid and mapDictionary do, widths 1-24", () => {
    const random = generator(24);
    let taken = 0;
    for (let width = 1; width <= 24; width++) {
      for (let trial = 0; trial < 6; trial++) {
        const size = 1 + random(Math.min(1 << width, 5000));
        const dictionary = Float64Array.from({ length: size }, (_, i) => (i % 3 === 0 ? -i : i + 0.5));
        const { bytes, values } = hybrid(random, width, size);
        const page = new Uint8Array([width, ...bytes]);
        for (const count of [values, Math.max(0, values - 1 - random(5))]) {
          for (const answer of [
            compare(page, width, count, dictionary, 0),
            compare(page, width, count, undefined, size),
          ]) {
            expect(answer, `width ${width}`).toBe("same");
            taken++;
          }
        }
      }
    }
    expect(taken).toBe(24 * 6 * 4);
  });

  it("declines cut and damaged hybrids and indices past the dictionary, and agrees where it takes them", () => {
    const random = generator(25);
    let declined = 0;
    for (let width = 1; width <= 24; width++) {
      for (let trial = 0; trial < 8; trial++) {
        const limit = Math.min(1 << width, 3000);
        const { bytes, values } = hybrid(random, width, limit);
        const cases: [Uint8Array, number, number][] = [
          // cut: readHybrid throws when a run reaches past the end
          [new Uint8Array([width, ...bytes.slice(0, random(bytes.length))]), values, limit],
          // more values wanted than the runs hold
          [new Uint8Array([width, ...bytes]), values + 1 + random(9), limit],
          // a dictionary smaller than some index
          [new Uint8Array([width, ...bytes]), values, 1 + random(limit)],
        ];
        const flipped = new Uint8Array([width, ...bytes]);
        for (let f = 0; f <= random(3); f++) flipped[1 + random(bytes.length)] = random(256);
        cases.push([flipped, values, limit]);
        for (const [page, count, size] of cases) {
          const dictionary = Float64Array.from({ length: size }, (_, i) => i * 1.25);
          for (const answer of [
            compare(page, width, count, dictionary, 0),
            compare(page, width, count, undefined, size),
          ]) {
            if (answer === "declined") declined++;
            else expect(answer, `width ${width}`).toBe("same");
          }
        }
      }
    }
    expect(declined).toBeGreaterThan(300);
  });

  it("takes one dictionary's values for several pages, and another's after it (same length or not)", () => {
    const random = generator(26);
    const first = Float64Array.from({ length: 300 }, (_, i) => i * 0.5);
    const second = Float64Array.from({ length: 300 }, (_, i) => -i);
    const third = Float64Array.from({ length: 40 }, (_, i) => i + 1000);
    const sequence = [first, first, undefined, first, second, second, first, third, first];
    for (const dictionary of sequence) {
      const size = dictionary ? dictionary.length : 300;
      const width = 9;
      const { bytes, values } = hybrid(random, width, size);
      const page = new Uint8Array([width, ...bytes]);
      expect(compare(page, width, values, dictionary, size)).toBe("same");
    }
  });
});
