/**
 * Seeded bootstrap percentile intervals. A resample of n rows is expressed as multinomial counts
 * (row i drawn c_i times, Σ c_i = n) in one reused Float64Array, which the metric receives as weights;
 * the metrics of `metrics/` with integer weights equal the metric on the resampled rows.
 */

export type WeightedMetric = (weights: Float64Array) => number;

export interface BootstrapInterval {
  /** The metric on the original rows (every weight 1). */
  estimate: number;
  low: number;
  high: number;
  /** Resamples whose metric was finite (the others, e.g. ROC AUC on a one-class resample, are left out). */
  resamples: number;
}

/** mulberry32: a small, fast 32-bit PRNG; returns a generator of uniform integers in [0, 2^32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * Fills `weights` with the counts of n draws with replacement from n rows (n = weights.length).
 * The draws are counted in a byte array (`scratch`, reused across resamples: random increments on
 * 1 byte per row stay in cache, about 3× faster than on the Float64Array) and copied over; a count
 * past 255 spills into a map, so any count is exact.
 */
export function resampleCounts(weights: Float64Array, next: () => number, scratch?: Uint8Array): void {
  const n = weights.length;
  const counts = scratch ?? new Uint8Array(n);
  if (counts.length < n) throw new RangeError(`scratch has ${counts.length} entries, expected at least ${n}`);
  counts.fill(0, 0, n);
  let spill: Map<number, number> | undefined;
  for (let i = 0; i < n; i++) {
    // uniform row in [0, n): a 32-bit draw scaled by n (bias < n / 2^32)
    const row = Math.floor((next() * n) / 4294967296);
    const count = counts[row] as number;
    if (count === 255) {
      spill ??= new Map();
      spill.set(row, (spill.get(row) ?? 0) + 256);
      counts[row] = 0;
    } else counts[row] = count + 1;
  }
  for (let i = 0; i < n; i++) weights[i] = counts[i] as number;
  if (spill !== undefined) for (const [row, extra] of spill) weights[row] = (weights[row] as number) + extra;
}

/** Linear-interpolated percentile (numpy's default `method="linear"`) of sorted values, q in [0, 1]. */
export function percentileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = q * (n - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const fraction = position - below;
  const a = sorted[below] as number;
  const b = sorted[above] as number;
  return fraction === 0 ? a : a + (b - a) * fraction;
}

function check(n: number, resamples: number, confidence: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  }
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
}

function interval(
  estimate: number,
  values: Float64Array,
  count: number,
  confidence: number,
): BootstrapInterval {
  const finite = values.subarray(0, count).sort();
  const alpha = (1 - confidence) / 2;
  return {
    estimate,
    low: percentileSorted(finite, alpha),
    high: percentileSorted(finite, 1 - alpha),
    resamples: count,
  };
}

/**
 * Percentile bootstrap interval of `metric` over `resamples` resamples of n rows, deterministic for a
 * seed. `metric` is called with the resample's counts as weights (a reused array: read it, do not keep it),
 * and once with all weights 1 for the estimate.
 */
export function bootstrapInterval(
  n: number,
  resamples: number,
  confidence: number,
  seed: number,
  metric: WeightedMetric,
): BootstrapInterval {
  check(n, resamples, confidence);
  const weights = new Float64Array(n).fill(1);
  const estimate = metric(weights);
  const next = mulberry32(seed);
  const scratch = new Uint8Array(n);
  const values = new Float64Array(resamples);
  let count = 0;
  for (let r = 0; r < resamples; r++) {
    resampleCounts(weights, next, scratch);
    const value = metric(weights);
    if (Number.isFinite(value)) values[count++] = value;
  }
  return interval(estimate, values, count, confidence);
}

/**
 * Percentile bootstrap interval of metricA − metricB (e.g. challenger − champion), both evaluated on
 * the SAME resampled rows of each resample; deterministic for a seed.
 */
export function pairedBootstrapDelta(
  n: number,
  resamples: number,
  confidence: number,
  seed: number,
  metricA: WeightedMetric,
  metricB: WeightedMetric,
): BootstrapInterval {
  check(n, resamples, confidence);
  const weights = new Float64Array(n).fill(1);
  const estimate = metricA(weights) - metricB(weights);
  const next = mulberry32(seed);
  const scratch = new Uint8Array(n);
  const values = new Float64Array(resamples);
  let count = 0;
  for (let r = 0; r < resamples; r++) {
    resampleCounts(weights, next, scratch);
    const value = metricA(weights) - metricB(weights);
    if (Number.isFinite(value)) values[count++] = value;
  }
  return interval(estimate, values, count, confidence);
}

// ---------------------------------------------------------------------------------------------------
// Resample weights for `metric-set.ts`: one weight per "unit" (a set of interchangeable rows; a unit of
// one row is a row), exact multinomial counts below POISSON_MIN_ROWS rows, Poisson counts from there on.

/**
 * From this many rows on, a resample gives every row an independent Poisson(1) count (the Poisson
 * bootstrap) instead of the multinomial counts of n draws with replacement. The two differ only in that
 * the Poisson resample's size varies (n ± √n); for the ratio-type statistics here (every metric divides
 * by the resample's total weight) their bootstrap distributions agree to a relative O(1/n) — below 1e-4
 * here, far under the Monte-Carlo error of 1,000 resamples (a few % of an interval's width). Below it,
 * where a resample's size would visibly vary (a 20-row slice: 20 ± 4.5 rows, empty with probability
 * e^−20) and exact draws cost little (n·resamples ≤ 10^7 for 1,000 resamples), the draws are exact.
 */
export const POISSON_MIN_ROWS = 10_000;

/** The largest count stored directly in a weight byte; the byte 255 means "see the large counts". */
export const LARGE_WEIGHT = 255;

const TWO_32 = 4294967296;

function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The state of an sfc32 generator (Chris Doty-Humphrey's Small Fast Chaotic PRNG: 128-bit state,
 * passes PractRand and BigCrush) for one resample: each (seed, resample) pair has its own stream, so a
 * resample's weights do not depend on how many draws the previous resamples took.
 * Hot loops copy the four words into locals, step them inline and store them back.
 */
export function resampleStream(seed: number, resample: number): Int32Array {
  const low = seed >>> 0;
  const high = Math.floor(seed / TWO_32) >>> 0;
  const state = Int32Array.of(
    fmix32(low ^ 0x6a09e667),
    fmix32(high ^ fmix32(resample ^ 0xbb67ae85)),
    fmix32(resample + Math.imul(low, 0x9e3779b9)),
    1,
  );
  for (let i = 0; i < 12; i++) nextUint32(state);
  return state;
}

/** One sfc32 step: a uniform integer in [0, 2^32). */
export function nextUint32(state: Int32Array): number {
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
  return t >>> 0;
}

/**
 * Inverse-CDF sampler of Poisson(mean) for one 32-bit uniform u: the value is `low + k` for the first k
 * with u < thresholds[k], where thresholds[k] = round(2^32 · P(X ≤ low + k)). Every probability is
 * therefore exact to 2^−32; values whose whole tail is below that are never drawn. The guide table
 * (indexed by u's top bits) gives the smallest possible k, so a draw takes about one comparison.
 */
export interface PoissonTable {
  readonly mean: number;
  readonly low: number;
  /** The largest value the table can return. */
  readonly high: number;
  readonly thresholds: Float64Array;
  readonly guide: Uint32Array;
  /** u >>> shift indexes the guide. */
  readonly shift: number;
}

export function poissonTable(mean: number): PoissonTable {
  if (!(mean > 0 && Number.isFinite(mean))) throw new RangeError(`Poisson mean must be > 0, got ${mean}`);
  // The pmf relative to its mode by the ratios p(k+1)/p(k) = mean/(k+1), then normalised: no factorials,
  // so no overflow for large means.
  const mode = Math.floor(mean);
  const below: number[] = [];
  for (let k = mode, p = 1; k > 0; k--) {
    p *= k / mean;
    if (p < 1e-18) break;
    below.push(p);
  }
  const above: number[] = [];
  for (let k = mode, p = 1; ; k++) {
    p *= mean / (k + 1);
    if (p < 1e-18) break;
    above.push(p);
  }
  const pmf = [...below.reverse(), 1, ...above];
  const low = mode - below.length;
  const total = pmf.reduce((sum, p) => sum + p, 0);
  const thresholds = new Float64Array(pmf.length);
  let cumulative = 0;
  for (let k = 0; k < pmf.length; k++) {
    cumulative += pmf[k] as number;
    thresholds[k] = Math.min(TWO_32, Math.round((cumulative / total) * TWO_32));
  }
  thresholds[pmf.length - 1] = TWO_32;
  const bits = Math.max(4, Math.min(16, Math.ceil(Math.log2(pmf.length)) + 1));
  const shift = 32 - bits;
  const guide = new Uint32Array(1 << bits);
  let k = 0;
  for (let bucket = 0; bucket < guide.length; bucket++) {
    const first = bucket * 2 ** shift; // the smallest u of this bucket
    while (first >= (thresholds[k] as number)) k++;
    guide[bucket] = k;
  }
  let high = pmf.length - 1;
  while (high > 0 && thresholds[high - 1] === TWO_32) high--;
  return { mean, low, high: low + high, thresholds, guide, shift };
}

const POISSON_ONE = poissonTable(1);

/**
 * The thresholds of Poisson(1) below 2^32, as unsigned 32-bit integers: a uniform u in [0, 2^32) draws the
 * count #{k : u ≥ T[k]} (= samplePoisson(poissonTable(1), u)). The WebAssembly draw compares against these.
 */
export function poissonOneThresholds(): Uint32Array {
  return Uint32Array.from(POISSON_ONE.thresholds.filter((t) => t < TWO_32));
}

/** The table's value for the uniform u in [0, 2^32). */
export function samplePoisson(table: PoissonTable, u: number): number {
  const { thresholds } = table;
  let k = table.guide[u >>> table.shift] as number;
  while (u >= (thresholds[k] as number)) k++;
  return table.low + k;
}

/**
 * One resample's weight of every unit: `small[u]` is the count, or 255 when the count (≥ 255) is in
 * `large[u]`. Counts are integers, so a weighted metric equals the metric on the resampled rows.
 */
export interface UnitWeights {
  readonly small: Uint8Array;
  readonly large: Float64Array;
}

export function unitWeights(units: number): UnitWeights {
  return { small: new Uint8Array(units), large: new Float64Array(units) };
}

/** Weight (count) of unit `u`. */
export function weightOf(weights: UnitWeights, u: number): number {
  const small = weights.small[u] as number;
  return small === LARGE_WEIGHT ? (weights.large[u] as number) : small;
}

export type ResampleMethod = "multinomial" | "poisson";

/** The method used for `rows` rows: see {@link POISSON_MIN_ROWS}. */
export function resampleMethod(rows: number): ResampleMethod {
  return rows >= POISSON_MIN_ROWS ? "poisson" : "multinomial";
}

/**
 * Draws resamples of `rows` rows grouped into units (rows that no metric can tell apart; by default one
 * unit per row), as {@link resampleMethod} says: n draws with replacement counted per unit, or an
 * independent Poisson(1) count per row — then a unit of m rows gets one Poisson(m) draw (a sum of
 * independent Poisson counts is Poisson), so tied rows cost one draw per unit, not per row.
 * Deterministic for (seed, resample index).
 */
export class UnitResampler {
  readonly units: number;
  readonly method: ResampleMethod;
  private readonly rows: number;
  private readonly unitOfRow: Uint32Array | undefined;
  /** Poisson: the units of several rows, ascending, and the table of each. */
  readonly tiedUnits: Uint32Array;
  readonly tiedTables: PoissonTable[] = [];
  private readonly counts: Uint32Array | undefined;

  /**
   * @param multiplicity rows per unit (positive integers summing to `rows`); undefined: one row per unit
   * @param unitOfRow the unit of each row; needed for grouped rows when the method is multinomial
   * @param method by default {@link resampleMethod}(rows)
   */
  constructor(rows: number, multiplicity?: Float64Array, unitOfRow?: Uint32Array, method?: ResampleMethod) {
    this.rows = rows;
    this.units = multiplicity?.length ?? rows;
    this.method = method ?? resampleMethod(rows);
    this.unitOfRow = unitOfRow;
    const tied: number[] = [];
    if (this.method === "multinomial") {
      if (unitOfRow === undefined && this.units !== rows)
        throw new Error("multinomial resampling of grouped rows needs the unit of each row");
      this.counts = new Uint32Array(this.units);
    } else if (multiplicity !== undefined) {
      const tables = new Map<number, PoissonTable>();
      for (let u = 0; u < this.units; u++) {
        const m = multiplicity[u] as number;
        if (m === 1) continue;
        let table = tables.get(m);
        if (table === undefined) {
          table = poissonTable(m);
          tables.set(m, table);
        }
        tied.push(u);
        this.tiedTables.push(table);
      }
    }
    this.tiedUnits = Uint32Array.from(tied);
  }

  /** Fills `out` with the weights of resample `resample` of the stream `seed`. */
  fill(seed: number, resample: number, out: UnitWeights): void {
    const state = resampleStream(seed, resample);
    if (this.method === "multinomial") this.fillMultinomial(state, out);
    else this.fillPoisson(state, out);
  }

  private fillMultinomial(state: Int32Array, out: UnitWeights): void {
    const counts = this.counts as Uint32Array;
    const unitOfRow = this.unitOfRow;
    const n = this.rows;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      // a uniform row in [0, n): a 32-bit draw scaled by n (bias < n / 2^32)
      const row = Math.floor((nextUint32(state) * n) / TWO_32);
      const unit = unitOfRow === undefined ? row : (unitOfRow[row] as number);
      counts[unit] = (counts[unit] as number) + 1;
    }
    for (let u = 0; u < counts.length; u++) storeCount(out, u, counts[u] as number);
  }

  /** Runs of single-row units by the Poisson(1) table, each unit of several rows by its own table. */
  private fillPoisson(state: Int32Array, out: UnitWeights): void {
    const { tiedUnits, tiedTables } = this;
    let from = 0;
    for (let k = 0; k < tiedUnits.length; k++) {
      const u = tiedUnits[k] as number;
      if (u > from) fillPoissonOnes(state, out.small, from, u);
      storeCount(out, u, samplePoisson(tiedTables[k] as PoissonTable, nextUint32(state)));
      from = u + 1;
    }
    if (from < this.units) fillPoissonOnes(state, out.small, from, this.units);
  }
}

function storeCount(out: UnitWeights, u: number, count: number): void {
  if (count >= LARGE_WEIGHT) {
    out.small[u] = LARGE_WEIGHT;
    out.large[u] = count;
  } else out.small[u] = count;
}

/**
 * Poisson(1) counts of the single-row units from..to−1, one 32-bit draw each (the inverse CDF, as for tied
 * units); Poisson(1) never reaches 255 within 2^−32, so no count is large. The sfc32 step is inlined: this
 * loop runs once per row and resample, and a call per draw costs more than the rest of it.
 * (binary-resample-block.ts draws the same counts for four resamples at once with WebAssembly SIMD.)
 */
function fillPoissonOnes(state: Int32Array, small: Uint8Array, from: number, to: number): void {
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  const { thresholds, guide, shift } = POISSON_ONE;
  for (let u = from; u < to; u++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    const uniform = t >>> 0;
    let k = guide[uniform >>> shift] as number;
    while (uniform >= (thresholds[k] as number)) k++;
    small[u] = k; // POISSON_ONE.low is 0
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
}

/**
 * Runs every path of the resampler a few times on tiny inputs (see `warmUp` in metric-set.ts for why):
 * multinomial, Poisson by table (with counts ≥ 255), Poisson(1) of single rows including the far tail.
 */
export function warmUpResampler(): void {
  const multiplicity = Float64Array.of(1, 700, 1, 2, 1, 1, 3, 1);
  const rows = multiplicity.reduce((sum, m) => sum + m, 0);
  const unitOfRow = new Uint32Array(rows);
  for (let u = 0, row = 0; u < multiplicity.length; u++)
    for (let k = 0; k < (multiplicity[u] as number); k++) unitOfRow[row++] = u;
  const weights = unitWeights(multiplicity.length);
  const resamplers = [
    new UnitResampler(rows, multiplicity, unitOfRow, "multinomial"),
    new UnitResampler(rows, multiplicity, undefined, "poisson"),
    new UnitResampler(16, undefined, undefined, "poisson"),
  ];
  for (let r = 0; r < 8; r++) {
    for (const resampler of resamplers) resampler.fill(r, r, weights);
    // sfc32's first output is a + b + d: a draw in the far tail (the guide's last bucket)
    fillPoissonOnes(Int32Array.of(0, -1, r, 0), weights.small, 0, 2);
  }
}
