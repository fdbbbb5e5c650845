/**
 * cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). Used for exact-enough membership sets
 * (uniqueness, leakage) where a cryptographic hash per row would dominate the pass; 53 bits keep the chance
 * of a false collision below one in a billion for ten million keys.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Joins values into one key with a separator that cannot be confused with the values' own text. */
export function compositeKey(values: unknown[]): string {
  return values
    .map((value) => (value === null || value === undefined ? "\u0000" : String(value)))
    .join("\u001f");
}
