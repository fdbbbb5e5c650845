/**
 * Binary predictions gathered in bounded memory: a stream of (label, score) rows merged into units — one
 * entry per distinct score holding the count of negative and positive rows with it — which
 * `bootstrapBinaryUnits` (metric-set.ts) measures with the same metric and bootstrap code as the rows
 * themselves: every binary metric depends on a resample only through each unit's total weight, and a unit
 * of m rows gets one Poisson(m) count (the sum of its rows' Poisson(1) counts).
 *
 * Memory is bounded by `maxUnits` (distinct scores), not by rows. While the rows have no more distinct
 * scores than that, nothing is lost: the metrics and intervals equal those of the rows (bit for bit for the
 * intervals from POISSON_MIN_ROWS rows on; below it the rows themselves are kept and measured as rows).
 * When there are more, the scores are QUANTISED: every score falls in a cell, and a cell is one unit whose
 * score is the mean of its rows' scores. Cells are chosen so that most metrics move by a small, computed
 * amount:
 * - A cell is (side of 0.5, calibration bin ⌊10·s⌋, the top `bits` mantissa bits of t = min(s, 1 − s)):
 *   a RELATIVE grid on the distance to 0 or 1, so a cell's scores differ by at most t·2^−bits. It never
 *   straddles 0.5 or a calibration-bin edge, and cells are disjoint intervals of scores, so the order of
 *   scores across cells is kept. Grids of fewer bits nest, so coarsening merges whole cells.
 * - accuracy, precision, recall, F1: unchanged (no row changes side of 0.5).
 * - ECE: unchanged on the rows (each bin's Σ score is kept by the cell means); under any resample
 *   weights at most the largest cell spread.
 * - Brier: at most 2 × the largest cell spread (|Δ(s − y)²| ≤ |Δs| · 2 per row), under any weights.
 * - log loss: at most the largest spread of log(clip(p)) over a cell for the rows' label, ≤ 2^−bits,
 *   under any weights (the relative grid bounds the log's change; near 0 and 1 too).
 * - ROC AUC: only pairs of a positive and a negative in the SAME cell change (to a tie): at most
 *   0.5 · Σ_cells pos·neg / (P·N), computed on the rows.
 * - PR AUC: each cell's positives contribute at the cell's precision instead of their own, which lies
 *   between the precisions reachable inside the cell: the sum of those gaps, computed on the rows.
 * The ROC and PR AUC bounds are computed with every row's weight 1 (the point estimate); a resample moves
 * by the same kind of amount computed on its weights. The bootstrap intervals of the quantised units also
 * use other random draws than those of the rows (other units), so their endpoints differ from the rows'
 * by the bound plus the Monte-Carlo error of the resamples.
 */
import { POISSON_MIN_ROWS } from "./bootstrap.js";
import { clip } from "./metrics/conventions.js";
import { sortedOrder } from "./sort.js";

/** Default cap on distinct units (scores) kept in memory: 2^19, ~50 MiB of table and ~40 MiB to measure. */
export const DEFAULT_MAX_UNITS = 1 << 19;
/** The first quantisation grid: cells of relative width 2^−20 (≈ 1e−6). Coarser grids follow if needed. */
export const FIRST_QUANTISATION_BITS = 20;

const EMPTY = -1;
const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
const HIGH_WORD = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1 ? 1 : 0;

/** The cell of a score in [0, 1] on the grid of `bits` mantissa bits (0–20): a non-negative integer. */
export function scoreCell(score: number, bits: number): number {
  const side = score >= 0.5 ? 1 : 0;
  const t = side === 1 ? 1 - score : score; // exact for score in [0.5, 1] (Sterbenz)
  const bin = Math.min(9, Math.max(0, Math.floor(score * 10)));
  scratch[0] = t;
  const high = (scratchWords[HIGH_WORD] as number) >>> 0; // sign 0, 11 exponent bits, top 20 mantissa bits
  const code = high >>> (20 - bits);
  return (side * 16 + bin) * 2147483648 + code;
}

/** How the scores were quantised, and how far each metric can have moved. */
export interface Quantisation {
  /** Mantissa bits of the grid: a cell's scores differ by at most 2^−bits of their distance to 0 or 1. */
  bits: number;
  /** Units after quantisation. */
  units: number;
  /** The largest spread of scores within a cell. */
  maxCellSpread: number;
  /** Per binary metric, the most it can differ from the metric on the exact scores (see the module). */
  bounds: Record<string, number>;
}

/** The merged units: one entry per (label, score) with rows, in no particular order. */
export interface BinaryUnitCounts {
  rows: number;
  labels: Int32Array;
  scores: Float64Array;
  counts: Float64Array;
}

/**
 * Open-addressing hash table of score → (negatives, positives, Σ score, min, max); keys are the exact
 * score, or its cell once quantised.
 */
class ScoreTable {
  keys: Float64Array;
  negatives: Float64Array;
  positives: Float64Array;
  sums: Float64Array;
  mins: Float64Array;
  maxs: Float64Array;
  size = 0;
  private mask: number;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Float64Array(slots).fill(EMPTY);
    this.negatives = new Float64Array(slots);
    this.positives = new Float64Array(slots);
    this.sums = new Float64Array(slots);
    this.mins = new Float64Array(slots);
    this.maxs = new Float64Array(slots);
  }

  get slots(): number {
    return this.keys.length;
  }

  private slot(key: number): number {
    scratch[0] = key;
    let h = Math.imul(
      (scratchWords[0] as number) ^ Math.imul(scratchWords[1] as number, 0x9e3779b1),
      0x85ebca6b,
    );
    h ^= h >>> 15;
    let i = h & this.mask;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key) return i;
      if (k === EMPTY) {
        this.keys[i] = key;
        this.size++;
        return i;
      }
      i = (i + 1) & this.mask;
    }
  }

  add(key: number, negatives: number, positives: number, sum: number, min: number, max: number): void {
    const i = this.slot(key);
    if (this.negatives[i] === 0 && this.positives[i] === 0) {
      this.mins[i] = min;
      this.maxs[i] = max;
    } else {
      if (min < (this.mins[i] as number)) this.mins[i] = min;
      if (max > (this.maxs[i] as number)) this.maxs[i] = max;
    }
    this.negatives[i] = (this.negatives[i] as number) + negatives;
    this.positives[i] = (this.positives[i] as number) + positives;
    this.sums[i] = (this.sums[i] as number) + sum;
  }
}

/**
 * Binary (label, score) rows merged into units as they stream in; at most `maxUnits` distinct units in
 * memory (plus, until POISSON_MIN_ROWS rows, the rows themselves, so that small windows are measured
 * exactly as rows).
 */
export class StreamingBinaryUnits {
  private table: ScoreTable;
  /** undefined: exact scores; else the grid's mantissa bits. */
  private bits: number | undefined;
  private readonly maxUnits: number;
  private readonly keepRows: number;
  private rawLabels: Int32Array | undefined;
  private rawScores: Float64Array | undefined;
  rows = 0;

  constructor(maxUnits: number = DEFAULT_MAX_UNITS, keepRows: number = POISSON_MIN_ROWS) {
    if (!(Number.isInteger(maxUnits) && maxUnits >= 16))
      throw new RangeError(`maxUnits must be a whole number ≥ 16, got ${maxUnits}`);
    this.maxUnits = maxUnits;
    this.keepRows = keepRows;
    this.table = new ScoreTable(Math.min(maxUnits, 1024));
    if (keepRows > 0) {
      this.rawLabels = new Int32Array(keepRows);
      this.rawScores = new Float64Array(keepRows);
    }
  }

  /** Adds one row: label 0 or 1, score in [0, 1]. */
  add(label: number, score: number): void {
    if (this.rawLabels !== undefined && this.rawScores !== undefined) {
      if (this.rows < this.keepRows) {
        this.rawLabels[this.rows] = label;
        this.rawScores[this.rows] = score;
      } else {
        this.rawLabels = undefined;
        this.rawScores = undefined;
      }
    }
    this.rows++;
    const key = this.bits === undefined ? score : scoreCell(score, this.bits);
    this.table.add(key, label === 1 ? 0 : 1, label === 1 ? 1 : 0, score, score, score);
    if (this.table.size * 2 > this.table.slots || this.table.size > this.maxUnits) this.grow();
  }

  get quantised(): boolean {
    return this.bits !== undefined;
  }

  get units(): number {
    return this.table.size;
  }

  /** The rows themselves, while fewer than `keepRows` have been added. */
  rawRows(): { labels: Int32Array; scores: Float64Array } | undefined {
    if (this.rawLabels === undefined || this.rawScores === undefined || this.rows > this.keepRows)
      return undefined;
    return { labels: this.rawLabels.subarray(0, this.rows), scores: this.rawScores.subarray(0, this.rows) };
  }

  private grow(): void {
    if (this.table.size <= this.maxUnits) {
      this.rehash(this.bits, Math.min(this.maxUnits, this.table.size * 2));
      return;
    }
    // past the cap: the first grid, then coarser ones until at most half the cap is used
    let bits = this.bits === undefined ? FIRST_QUANTISATION_BITS : this.bits - 1;
    for (;;) {
      this.rehash(bits, this.maxUnits);
      if (this.table.size * 2 <= this.maxUnits || bits === 0) break;
      bits--;
    }
  }

  private rehash(bits: number | undefined, capacity: number): void {
    const old = this.table;
    const next = new ScoreTable(Math.max(capacity, old.size));
    for (let i = 0; i < old.slots; i++) {
      const key = old.keys[i] as number;
      if (key === EMPTY) continue;
      const min = old.mins[i] as number;
      // a cell's scores share the cell of any of them: its minimum's
      const nextKey = bits === undefined ? key : scoreCell(min, bits);
      next.add(
        nextKey,
        old.negatives[i] as number,
        old.positives[i] as number,
        old.sums[i] as number,
        min,
        old.maxs[i] as number,
      );
    }
    this.table = next;
    this.bits = bits;
  }

  /**
   * The units: exact scores, or each cell's mean score (clamped to the cell's scores), one entry per label
   * present in it.
   */
  unitCounts(): BinaryUnitCounts {
    const t = this.table;
    const labels = new Int32Array(2 * t.size);
    const scores = new Float64Array(2 * t.size);
    const counts = new Float64Array(2 * t.size);
    let at = 0;
    for (let i = 0; i < t.slots; i++) {
      const key = t.keys[i] as number;
      if (key === EMPTY) continue;
      const n0 = t.negatives[i] as number;
      const n1 = t.positives[i] as number;
      const score =
        this.bits === undefined
          ? key
          : Math.min(t.maxs[i] as number, Math.max(t.mins[i] as number, (t.sums[i] as number) / (n0 + n1)));
      for (const [label, count] of [
        [0, n0],
        [1, n1],
      ] as const) {
        if (count === 0) continue;
        labels[at] = label;
        scores[at] = score;
        counts[at] = count;
        at++;
      }
    }
    return {
      rows: this.rows,
      labels: labels.slice(0, at),
      scores: scores.slice(0, at),
      counts: counts.slice(0, at),
    };
  }

  /** How the scores were quantised and each metric's bound; undefined while the scores are exact. */
  quantisation(): Quantisation | undefined {
    if (this.bits === undefined) return undefined;
    const t = this.table;
    const cells = t.size;
    const low = new Float64Array(cells);
    const high = new Float64Array(cells);
    const neg = new Float64Array(cells);
    const pos = new Float64Array(cells);
    let c = 0;
    let maxSpread = 0;
    let maxLogSpread = 0;
    for (let i = 0; i < t.slots; i++) {
      if ((t.keys[i] as number) === EMPTY) continue;
      const min = t.mins[i] as number;
      const max = t.maxs[i] as number;
      low[c] = min;
      high[c] = max;
      neg[c] = t.negatives[i] as number;
      pos[c] = t.positives[i] as number;
      maxSpread = Math.max(maxSpread, max - min);
      if ((pos[c] as number) > 0)
        maxLogSpread = Math.max(maxLogSpread, Math.log(clip(max)) - Math.log(clip(min)));
      if ((neg[c] as number) > 0)
        maxLogSpread = Math.max(maxLogSpread, Math.log(clip(1 - min)) - Math.log(clip(1 - max)));
      c++;
    }
    // cells by descending score (disjoint intervals: their minimums order them)
    const order = sortedOrder(low);
    let positives = 0;
    let negatives = 0;
    for (let k = 0; k < cells; k++) {
      positives += pos[k] as number;
      negatives += neg[k] as number;
    }
    let tiedPairs = 0;
    let apGap = 0;
    let tp = 0;
    let fp = 0;
    for (let k = 0; k < cells; k++) {
      const i = order[k] as number;
      const a = pos[i] as number;
      const b = neg[i] as number;
      tiedPairs += a * b;
      if (a > 0) {
        const merged = (tp + a) / (tp + fp + a + b);
        const lowest = (tp + 1) / (tp + 1 + fp + b);
        const highest = (tp + a) / (tp + a + fp);
        apGap += a * Math.max(highest - merged, merged - lowest);
      }
      tp += a;
      fp += b;
    }
    return {
      bits: this.bits,
      units: cells,
      maxCellSpread: maxSpread,
      bounds: {
        accuracy: 0,
        precision: 0,
        recall: 0,
        f1: 0,
        roc_auc: positives > 0 && negatives > 0 ? (0.5 * tiedPairs) / (positives * negatives) : 0,
        pr_auc: positives > 0 ? apGap / positives : 0,
        log_loss: maxLogSpread,
        brier: 2 * maxSpread,
        expected_calibration_error: maxSpread,
      },
    };
  }
}
