/**
 * Sorting for the metrics: rows by descending score (shared by the ranking metrics and the bootstrap
 * units) and a stable sort of a run of rows by an integer key.
 */

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;
/** Shift of each radix pass within its 32-bit half: 0–10, 11–21, 22–31 (10 bits). */
const RADIX_SHIFTS = [0, RADIX_BITS, 2 * RADIX_BITS];
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Row indices ordered by descending score (NaN last), computed once and passed to
 * `rocAuc`, `averagePrecision` and `binaryMetrics` (metrics/binary.ts) so bootstrap resamples never re-sort.
 * Ties keep row order (−0 ties with 0).
 *
 * An LSD radix sort (11-bit digits, passes where every key has the same digit skipped) on 64-bit keys
 * that order like the wanted result: for a score ≥ 0 the complement of its IEEE bits without the sign,
 * for a negative score its bits as they are, for NaN all ones. About 10× faster than sorting the values
 * and placing each row by binary search, which it replaced.
 */
export function sortedOrder(scores: Float64Array): Uint32Array {
  const n = scores.length;
  const raw = new Uint32Array(scores.buffer, scores.byteOffset, 2 * n);
  const [loAt, hiAt] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let order = new Uint32Array(n);
  const histogram = new Uint32Array(6 * RADIX);
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    let l = 0xffffffff;
    let h = 0xffffffff;
    if (s === 0) {
      l = 0xffffffff;
      h = 0x7fffffff;
    } else if (!Number.isNaN(s)) {
      l = raw[2 * i + loAt] as number;
      h = raw[2 * i + hiAt] as number;
      if (h >>> 31 === 0) {
        l = ~l >>> 0;
        h = ~h & 0x7fffffff;
      }
    }
    lo[i] = l;
    hi[i] = h;
    order[i] = i;
    for (let p = 0; p < 3; p++) {
      const shift = RADIX_SHIFTS[p] as number;
      const a = p * RADIX + ((l >>> shift) & (RADIX - 1));
      const b = (p + 3) * RADIX + ((h >>> shift) & (RADIX - 1));
      histogram[a] = (histogram[a] as number) + 1;
      histogram[b] = (histogram[b] as number) + 1;
    }
  }
  // Each array moves only while a later pass reads it: the low words until the last pass on them, the
  // high words until the last pass, the rows in every pass (the first pass writes them without reading).
  const passes: number[] = [];
  for (let pass = 0; pass < 6; pass++) {
    const counts = histogram.subarray(pass * RADIX, (pass + 1) * RADIX);
    if (!counts.includes(n)) passes.push(pass); // one digit for all keys: this pass would not move anything
  }
  const lastLoPass = passes.filter((pass) => pass < 3).pop() ?? -1;
  const lastPass = passes[passes.length - 1] ?? -1;
  let nextLo = lastLoPass > (passes[0] ?? 0) ? new Uint32Array(n) : lo;
  let nextHi = new Uint32Array(n);
  let nextOrder = new Uint32Array(n);
  let identity = true; // order[i] = i until a pass moves the rows
  for (const pass of passes) {
    const counts = histogram.subarray(pass * RADIX, (pass + 1) * RADIX);
    let total = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[d] as number;
      counts[d] = total;
      total += c;
    }
    const shift = RADIX_SHIFTS[pass % 3] as number;
    const digits = pass < 3 ? lo : hi;
    const moveLo = pass < lastLoPass;
    const moveHi = pass < lastPass;
    if (identity) {
      for (let i = 0; i < n; i++) {
        const d = ((digits[i] as number) >>> shift) & (RADIX - 1);
        const at = counts[d] as number;
        counts[d] = at + 1;
        if (moveLo) nextLo[at] = lo[i] as number;
        if (moveHi) nextHi[at] = hi[i] as number;
        nextOrder[at] = i;
      }
    } else if (moveLo) {
      for (let i = 0; i < n; i++) {
        const d = ((digits[i] as number) >>> shift) & (RADIX - 1);
        const at = counts[d] as number;
        counts[d] = at + 1;
        nextLo[at] = lo[i] as number;
        nextHi[at] = hi[i] as number;
        nextOrder[at] = order[i] as number;
      }
    } else if (moveHi) {
      for (let i = 0; i < n; i++) {
        const d = ((digits[i] as number) >>> shift) & (RADIX - 1);
        const at = counts[d] as number;
        counts[d] = at + 1;
        nextHi[at] = hi[i] as number;
        nextOrder[at] = order[i] as number;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const d = ((digits[i] as number) >>> shift) & (RADIX - 1);
        const at = counts[d] as number;
        counts[d] = at + 1;
        nextOrder[at] = order[i] as number;
      }
    }
    identity = false;
    if (moveLo) [lo, nextLo] = [nextLo, lo];
    if (moveHi) [hi, nextHi] = [nextHi, hi];
    [order, nextOrder] = [nextOrder, order];
  }
  return order;
}

/** out[start..end) = order[start..end) sorted by key (stable). */
export function sortRunByKey(
  order: Uint32Array,
  start: number,
  end: number,
  key: (row: number) => number,
  out: Uint32Array,
): void {
  const length = end - start;
  const run = order.subarray(start, end);
  let largestKey = 0;
  for (const r of run) largestKey = Math.max(largestKey, key(r));
  if ((largestKey + 1) * length <= Number.MAX_SAFE_INTEGER) {
    // key and position packed into one exact double: a native numeric sort, stable by construction
    const packed = new Float64Array(length);
    for (let i = 0; i < length; i++) packed[i] = key(run[i] as number) * length + i;
    packed.sort();
    for (let i = 0; i < length; i++) out[start + i] = run[(packed[i] as number) % length] as number;
  } else {
    const sorted = Array.from(run).sort((a, b) => key(a) - key(b) || a - b);
    out.set(sorted, start);
  }
}
