/**
 * A deterministic reservoir sample of numbers (Algorithm R with a seeded PRNG): the same values in the same
 * order give the same sample, so a snapshot's manifest, and its id, are reproducible. 2,048 values bound the
 * rank error of a quantile at about 1–2%, enough for PSI and KS at their usual thresholds.
 */
export class Reservoir {
  readonly values: number[] = [];
  seen = 0;
  private state: number;

  constructor(
    readonly capacity = 2048,
    seed = 0x9e3779b9,
  ) {
    this.state = seed >>> 0;
  }

  private next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  add(value: number): void {
    this.seen++;
    if (this.values.length < this.capacity) {
      this.values.push(value);
      return;
    }
    const slot = Math.floor(this.next() * this.seen);
    if (slot < this.capacity) this.values[slot] = value;
  }

  sorted(): number[] {
    return [...this.values].sort((a, b) => a - b);
  }
}

/** The q-quantile (0..1) of sorted values, by linear interpolation between closest ranks. */
export function quantileOfSorted(sorted: readonly number[], q: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (position - low);
}

/** Fraction of sorted values ≤ x (binary search). */
export function cdfOfSorted(sorted: readonly number[], x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= x) low = mid + 1;
    else high = mid;
  }
  return sorted.length === 0 ? 0 : low / sorted.length;
}
