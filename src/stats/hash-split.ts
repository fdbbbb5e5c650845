/**
 * Deterministic train/test assignment from a key. The bucket is MurmurHash3 (x86, 32-bit) of the key's
 * UTF-8 bytes divided by 2^32, so other tools can reproduce a split: in Python,
 * `mmh3.hash(key, seed, signed=False) / 2**32`.
 */

const encoder = new TextEncoder();
let scratch = new Uint8Array(256);

function mixBlock(h: number, block: number): number {
  let k = Math.imul(block, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number, tail: number, tailBytes: number, length: number): number {
  if (tailBytes > 0) {
    let k = Math.imul(tail, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
  }
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MurmurHash3 x86 32-bit of bytes. */
export function murmur3Bytes(bytes: Uint8Array, seed: number, length = bytes.length): number {
  let h = seed | 0;
  const blocks = length & ~3;
  for (let i = 0; i < blocks; i += 4) {
    h = mixBlock(
      h,
      (bytes[i] as number) |
        ((bytes[i + 1] as number) << 8) |
        ((bytes[i + 2] as number) << 16) |
        ((bytes[i + 3] as number) << 24),
    );
  }
  let tail = 0;
  for (let i = length - 1; i >= blocks; i--) tail = (tail << 8) | (bytes[i] as number);
  return finish(h, tail, length - blocks, length);
}

/** MurmurHash3 x86 32-bit of a string's UTF-8 bytes; ASCII keys are hashed without encoding them. */
export function murmur3(key: string, seed: number): number {
  const n = key.length;
  let h = seed | 0;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const c0 = key.charCodeAt(i);
    const c1 = key.charCodeAt(i + 1);
    const c2 = key.charCodeAt(i + 2);
    const c3 = key.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) >= 0x80) return murmur3Encoded(key, seed);
    h = mixBlock(h, c0 | (c1 << 8) | (c2 << 16) | (c3 << 24));
  }
  let tail = 0;
  for (let j = n - 1; j >= i; j--) {
    const c = key.charCodeAt(j);
    if (c >= 0x80) return murmur3Encoded(key, seed);
    tail = (tail << 8) | c;
  }
  return finish(h, tail, n - i, n);
}

function murmur3Encoded(key: string, seed: number): number {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit; the scratch buffer is reused across calls.
  if (scratch.length < key.length * 3) scratch = new Uint8Array(key.length * 3);
  const { written } = encoder.encodeInto(key, scratch);
  return murmur3Bytes(scratch, seed, written);
}

function checkSeed(seed: number): void {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
}

/** A number in [0, 1) fixed by the key and seed; uniformly spread over keys. Seeds are taken modulo 2^32. */
export function splitBucket(key: string, seed: number): number {
  checkSeed(seed);
  return murmur3(key, seed) / 4294967296;
}

/** Whether the key falls in the test share: its bucket is below `testFraction` (in [0, 1]). */
export function isTest(key: string, seed: number, testFraction: number): boolean {
  if (!(testFraction >= 0 && testFraction <= 1))
    throw new RangeError(`testFraction must be in [0, 1], got ${testFraction}`);
  return splitBucket(key, seed) < testFraction;
}
