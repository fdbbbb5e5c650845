import { describe, expect, it } from "vitest";
import { isTest, murmur3, murmur3Bytes, splitBucket } from "../../../src/stats/hash-split.js";
import { uniform } from "./random.js";

const encode = (text: string) => new TextEncoder().encode(text);

describe("murmur3", () => {
  it("matches the published MurmurHash3 x86 32-bit vectors", () => {
    const vectors: [string, number, number][] = [
      ["", 0, 0],
      ["", 1, 0x514e28b7],
      ["", 0xffffffff, 0x81f16f39],
      ["\0\0\0\0", 0, 0x2362f9de],
      ["aaaa", 0x9747b28c, 0x5a97808a],
      ["aaa", 0x9747b28c, 0x283e0130],
      ["aa", 0x9747b28c, 0x5d211726],
      ["a", 0x9747b28c, 0x7fa09ea6],
      ["abcd", 0x9747b28c, 0xf0478627],
      ["abc", 0x9747b28c, 0xc84a62dd],
      ["ab", 0x9747b28c, 0x74875592],
      ["Hello, world!", 0x9747b28c, 0x24884cba],
      ["ππππππππ", 0x9747b28c, 0xd58063c1],
      ["The quick brown fox jumps over the lazy dog", 0x9747b28c, 0x2fa826cd],
    ];
    for (const [key, seed, hash] of vectors) {
      expect(murmur3(key, seed), key).toBe(hash);
      expect(murmur3Bytes(encode(key), seed), key).toBe(hash);
    }
  });

  it("hashes a string's UTF-8 bytes, with lone surrogates as U+FFFD like TextEncoder", () => {
    const next = uniform(12);
    const alphabet = [
      "a",
      "Z",
      "0",
      " ",
      "é",
      "ß",
      "中",
      "😀",
      "\ud800",
      "\udfff",
      "\u0000",
      "\u007f",
      "\u0080",
    ];
    for (let i = 0; i < 2_000; i++) {
      let key = "";
      const length = Math.floor(next() * 12);
      for (let j = 0; j < length; j++) key += alphabet[Math.floor(next() * alphabet.length)];
      const seed = Math.floor(next() * 2 ** 32);
      expect(murmur3(key, seed)).toBe(murmur3Bytes(encode(key), seed));
    }
    const long = "ü".repeat(500);
    expect(murmur3(long, 1)).toBe(murmur3Bytes(encode(long), 1));
  });
});

describe("splitBucket and isTest", () => {
  const keys = Array.from({ length: 100_000 }, (_, i) => `user-${i}`);

  it("sends close to the target fraction to test", () => {
    for (const fraction of [0.1, 0.2, 0.5]) {
      const test = keys.filter((key) => isTest(key, 42, fraction)).length / keys.length;
      // 5 standard deviations of a binomial share.
      expect(Math.abs(test - fraction)).toBeLessThan(
        5 * Math.sqrt((fraction * (1 - fraction)) / keys.length),
      );
    }
  });

  it("spreads buckets evenly over [0, 1)", () => {
    const counts = new Uint32Array(20);
    let outside = 0;
    for (const key of keys) {
      const bucket = splitBucket(key, 7);
      if (bucket < 0 || bucket >= 1) outside++;
      else {
        const slot = Math.floor(bucket * 20);
        counts[slot] = (counts[slot] ?? 0) + 1;
      }
    }
    expect(outside).toBe(0);
    const expected = keys.length / 20;
    let chiSquare = 0;
    for (const count of counts) chiSquare += (count - expected) ** 2 / expected;
    // The 99.9th percentile of chi-square with 19 degrees of freedom is 43.8.
    expect(chiSquare).toBeLessThan(43.8);
  });

  it("is stable across calls, and a new seed reshuffles", () => {
    const first = keys.slice(0, 5_000).map((key) => isTest(key, 1, 0.3));
    expect(keys.slice(0, 5_000).map((key) => isTest(key, 1, 0.3))).toEqual(first);
    expect(splitBucket("account-17", 99)).toBe(splitBucket("account-17", 99));
    const reseeded = keys.slice(0, 5_000).map((key) => isTest(key, 2, 0.3));
    const agree = first.filter((side, i) => side === reseeded[i]).length / first.length;
    // Independent assignments agree on 0.3² + 0.7² = 58% of keys.
    expect(Math.abs(agree - 0.58)).toBeLessThan(0.03);
  });

  it("grows the test side monotonically with the fraction", () => {
    const lost = keys.filter((key) => isTest(key, 5, 0.1) && !isTest(key, 5, 0.2));
    expect(lost).toEqual([]);
  });

  it("reproduces Python's mmh3.hash(key, seed, signed=False) / 2**32", () => {
    expect(splitBucket("Hello, world!", 0x9747b28c)).toBe(0x24884cba / 2 ** 32);
    expect(isTest("x", 0, 0)).toBe(false);
    expect(isTest("x", 0, 1)).toBe(true);
  });

  it("rejects a fractional seed and a fraction outside [0, 1]", () => {
    expect(() => splitBucket("a", 1.5)).toThrow(RangeError);
    expect(() => isTest("a", 1, 1.5)).toThrow(RangeError);
    expect(() => isTest("a", 1, Number.NaN)).toThrow(RangeError);
  });
});
