/**
 * The Poisson bootstrap of binary metrics, four resamples at a time (a "block"), with WebAssembly SIMD
 * (wasm/binary-resample-kernel.wat): lane l of every vector is resample r0 + l.
 *
 * - Draws: each resample keeps its own sfc32 stream (seed, resample index) and each unit takes one 32-bit
 *   output of it, exactly as UnitResampler draws it; the four streams step together in one i32x4 per word,
 *   and a single-row unit's Poisson(1) count is the number of inverse-CDF thresholds its uniform passes
 *   (compares, no table). Units of several rows take their Poisson(m) count from their own table here in
 *   JavaScript. The counts are stored unit-major, 4 bytes per unit (one per resample).
 * - Pass: each model's view is copied once into WebAssembly memory (score, loss and bits of each position,
 *   in its score order); one pass computes unitBinaryMetrics's sums for all four resamples (two f64x2 per
 *   sum) with the same IEEE operations in the same order as the JavaScript pass, so the results are equal
 *   bit for bit. A later model first gathers the counts into its own order: one random read of a unit's 4
 *   bytes serves the whole block.
 * - A view whose positions are cells (a model's (score, label) pairs, when paired units far outnumber them)
 *   first sums the block's counts into its cells (4 × u32 per cell), and its pass reads those.
 * - Units that can draw counts of 255 or more (units of ~150 rows or more) go through the JavaScript pass
 *   (binaryViewMetrics) lane by lane.
 *
 * Without WebAssembly (or beyond its 4 GiB memory) the same block runs on JavaScript references of both
 * functions, which the tests check against the WebAssembly ones bit for bit.
 */

import { EmbeddedKernel } from "../wasm/embedded-kernel.js";
import {
  LARGE_WEIGHT,
  nextUint32,
  type PoissonTable,
  poissonOneThresholds,
  resampleStream,
  samplePoisson,
  UnitResampler,
  type UnitWeights,
  unitWeights,
} from "./bootstrap.js";
import { binaryMetricsFromSums, binaryViewMetrics, unitBinarySums } from "./metrics/binary-unit-metrics.js";
import { BINARY_METRIC_ORDER, type BinaryUnitView } from "./metrics/binary-units.js";
import { WASM_BASE64 } from "./wasm/binary-resample-kernel-wasm.js";

/** Resamples per block: the lanes of an i32x4. */
export const BINARY_BLOCK = 4;
const BLOCK = BINARY_BLOCK;

const METRICS = BINARY_METRIC_ORDER.length;
const SUMS = 9;

interface KernelExports {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  draw(states: number, thresholds: number, counts: number, from: number, to: number): void;
  gather(unitAt: number, counts: number, gathered: number, n: number): void;
  cellSums(cellOfUnit: number, counts: number, n: number, sums: number, cells: number): void;
  pass(
    scores: number,
    losses: number,
    bits: number,
    segmentEnds: number,
    segmentBins: number,
    segments: number,
    positiveSegments: number,
    counts: number,
    wide: number,
    out: number,
  ): void;
}

const embedded = new EmbeddedKernel<KernelExports>(WASM_BASE64);

/** The JavaScript reference of the kernel's `draw` (same memory layout, same results). */
export function drawReference(
  bytes: Uint8Array,
  states: number,
  thresholds: number,
  counts: number,
  from: number,
  to: number,
): void {
  const words = new Int32Array(bytes.buffer, bytes.byteOffset + states, 16);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const count = view.getUint32(thresholds, true);
  const limits = Array.from({ length: count }, (_, k) => view.getUint32(thresholds + 4 + 4 * k, true));
  const lane = new Int32Array(4);
  for (let l = 0; l < BLOCK; l++) {
    for (let word = 0; word < 4; word++) lane[word] = words[word * 4 + l] as number;
    for (let u = from; u < to; u++) {
      const t = nextUint32(lane);
      let n = 0;
      for (const limit of limits) if (t >= limit) n++;
      bytes[counts + u * BLOCK + l] = n;
    }
    for (let word = 0; word < 4; word++) words[word * 4 + l] = lane[word] as number;
  }
}

/** The JavaScript reference of the kernel's `gather`. */
export function gatherReference(
  bytes: Uint8Array,
  unitAt: number,
  counts: number,
  gathered: number,
  n: number,
) {
  const data = new DataView(bytes.buffer, bytes.byteOffset);
  for (let j = 0; j < n; j++) {
    const u = data.getUint32(unitAt + 4 * j, true);
    bytes.copyWithin(gathered + 4 * j, counts + 4 * u, counts + 4 * u + 4);
  }
}

/** The JavaScript reference of the kernel's `cellSums`. */
export function cellSumsReference(
  bytes: Uint8Array,
  cellOfUnit: number,
  counts: number,
  n: number,
  sums: number,
  cells: number,
): void {
  const data = new DataView(bytes.buffer, bytes.byteOffset);
  bytes.fill(0, sums, sums + 16 * cells);
  for (let u = 0; u < n; u++) {
    const at = sums + 16 * data.getUint32(cellOfUnit + 4 * u, true);
    for (let l = 0; l < BLOCK; l++)
      data.setUint32(
        at + 4 * l,
        data.getUint32(at + 4 * l, true) + (bytes[counts + 4 * u + l] as number),
        true,
      );
  }
}

/**
 * The JavaScript reference of the kernel's `pass`: unitBinarySums (the JavaScript pass) of each lane, sum k of
 * lane l at out + 8 · (4k + l).
 */
export function passReference(
  bytes: Uint8Array,
  scores: number,
  losses: number,
  bitsAt: number,
  segmentEnds: number,
  segmentBins: number,
  segments: number,
  positiveSegments: number,
  counts: number,
  wide: number,
  out: number,
): void {
  const data = new DataView(bytes.buffer, bytes.byteOffset);
  const positions = segments > 0 ? data.getUint32(segmentEnds + 4 * (segments - 1), true) : 0;
  const score = Float64Array.from({ length: positions }, (_, j) => data.getFloat64(scores + 8 * j, true));
  const bits = bytes.slice(bitsAt, bitsAt + positions);
  const view: BinaryUnitView = {
    unitAt: undefined,
    cellOfUnit: undefined,
    score,
    loss: Float64Array.from({ length: positions }, (_, j) => data.getFloat64(losses + 8 * j, true)),
    brier: score.map((s, j) => (((bits[j] as number) & 1) - s) * (((bits[j] as number) & 1) - s)),
    bits,
    segmentEnd: Uint32Array.from({ length: segments }, (_, s) => data.getUint32(segmentEnds + 4 * s, true)),
    segmentBin: Int8Array.from({ length: segments }, (_, s) => data.getInt8(segmentBins + s)),
    positiveSegments,
  };
  const sums = new Float64Array(SUMS);
  const capped = new Uint8Array(positions);
  const full = new Float64Array(positions);
  for (let l = 0; l < BLOCK; l++) {
    for (let j = 0; j < positions; j++) {
      const count = wide
        ? data.getUint32(counts + 16 * j + 4 * l, true)
        : (bytes[counts + 4 * j + l] as number);
      capped[j] = Math.min(count, LARGE_WEIGHT);
      full[j] = count;
    }
    unitBinarySums(view, capped, full, sums);
    for (let k = 0; k < SUMS; k++) data.setFloat64(out + 8 * (4 * k + l), sums[k] as number, true);
  }
}

/** Where a view lives in the kernel's memory. */
interface PlacedView {
  /** A later model's unit at each position, and where its counts are gathered in that order. */
  gather: { unitAt: number; counts: number; positions: number } | undefined;
  /** A view of cells: each unit's cell, and where the block's counts are summed per cell (4 × u32). */
  cells: { cellOfUnit: number; sums: number; count: number } | undefined;
  /** Where the counts are copied as 4 × u32 per unit, counts of 255 and more included (see the constructor). */
  wide: number | undefined;
  scores: number;
  losses: number;
  bits: number;
  segmentEnds: number;
  segmentBins: number;
  segments: number;
  positiveSegments: number;
}

const align = (n: number) => Math.ceil(n / 64) * 64;
/** Memory of the kernel: 4 GiB at most (32-bit addresses); leave room to spare. */
const MAX_MEMORY = 2 ** 31;

/**
 * Computes blocks of four resamples of a binary job (Poisson resampling of units; see the module comment).
 */
export class BinaryResampleBlock {
  readonly wasm: boolean;
  private readonly kernel: KernelExports | undefined;
  private readonly bytes: Uint8Array;
  private readonly words: Int32Array;
  private readonly sums: Float64Array;
  private readonly statesAt = 0;
  private readonly thresholdsAt = 64;
  private readonly outAt = 512;
  private readonly countsAt: number;
  private readonly units: number;
  private readonly tiedUnits: Uint32Array;
  private readonly tiedTables: PoissonTable[];
  /** Counts of 255 and more (only when a unit can draw one), unit-major like the counts. */
  private readonly large: Float64Array | undefined;
  private readonly views: readonly BinaryUnitView[];
  /** Per view: its place in memory, or undefined for the JavaScript pass. */
  private readonly placed: (PlacedView | undefined)[];
  private readonly laneWeights: UnitWeights;
  private readonly inView: UnitWeights;
  private readonly raw = new Float64Array(METRICS);

  /**
   * @param rows the rows resampled; multiplicity: rows per unit; views: each model's view of the units
   * @param useWasm false: the JavaScript references (for tests)
   */
  constructor(rows: number, multiplicity: Float64Array, views: readonly BinaryUnitView[], useWasm = true) {
    const resampler = new UnitResampler(rows, multiplicity, undefined, "poisson");
    this.units = multiplicity.length;
    this.tiedUnits = resampler.tiedUnits;
    this.tiedTables = resampler.tiedTables;
    this.views = views;
    const mayBeLarge = this.tiedTables.some((table) => table.high >= LARGE_WEIGHT);
    this.large = mayBeLarge ? new Float64Array(this.units * BLOCK) : undefined;
    this.countsAt = 1024;
    let size = align(this.countsAt + this.units * BLOCK);
    const places: (PlacedView | undefined)[] = views.map((view) => {
      // Counts of 255 or more fit no byte: where units can draw them, the first model's view (positions are
      // units) reads the counts copied as u32 (few units: such units are many rows each); others take the
      // JavaScript pass. A cell's sums must fit a u32.
      const direct = view.unitAt === undefined && view.cellOfUnit === undefined;
      if (mayBeLarge && !direct) return undefined;
      if (view.cellOfUnit !== undefined && rows >= 2 ** 30) return undefined;
      const segments = view.segmentEnd.length;
      const positions = view.score.length;
      let gather: PlacedView["gather"];
      let cells: PlacedView["cells"];
      let wide: number | undefined;
      if (mayBeLarge) {
        wide = size;
        size = align(size + this.units * 16);
      } else if (view.cellOfUnit !== undefined) {
        cells = { cellOfUnit: size, sums: align(size + this.units * 4), count: positions };
        size = align(cells.sums + positions * 16);
      } else if (view.unitAt !== undefined) {
        gather = { unitAt: size, counts: align(size + positions * 4), positions };
        size = align(gather.counts + positions * BLOCK);
      }
      const scores = size;
      const losses = align(scores + positions * 8);
      const bits = align(losses + positions * 8);
      const segmentEnds = align(bits + positions);
      const segmentBins = align(segmentEnds + segments * 4);
      size = align(segmentBins + segments);
      const { positiveSegments } = view;
      return {
        gather,
        cells,
        wide,
        scores,
        losses,
        bits,
        segmentEnds,
        segmentBins,
        segments,
        positiveSegments,
      };
    });
    const kernel = useWasm && size <= MAX_MEMORY ? embedded.instantiate() : undefined;
    if (kernel !== undefined) {
      kernel.memory.grow(Math.ceil(size / 65536));
      this.kernel = kernel;
      this.bytes = new Uint8Array(kernel.memory.buffer);
    } else this.bytes = new Uint8Array(size);
    this.wasm = this.kernel !== undefined;
    this.words = new Int32Array(this.bytes.buffer, this.statesAt, 16);
    this.sums = new Float64Array(this.bytes.buffer, this.outAt, SUMS * BLOCK);
    const thresholds = poissonOneThresholds();
    const data = new DataView(this.bytes.buffer);
    data.setUint32(this.thresholdsAt, thresholds.length, true);
    new Uint32Array(this.bytes.buffer, this.thresholdsAt + 4, thresholds.length).set(thresholds);
    views.forEach((view, m) => {
      const place = places[m];
      if (place === undefined) return;
      const { score, loss, bits, unitAt } = view;
      const { buffer } = this.bytes;
      if (place.gather !== undefined && unitAt !== undefined)
        new Uint32Array(buffer, place.gather.unitAt, unitAt.length).set(unitAt);
      if (place.cells !== undefined && view.cellOfUnit !== undefined)
        new Uint32Array(buffer, place.cells.cellOfUnit, view.cellOfUnit.length).set(view.cellOfUnit);
      new Float64Array(buffer, place.scores, score.length).set(score);
      new Float64Array(buffer, place.losses, loss.length).set(loss);
      this.bytes.set(bits, place.bits);
      new Uint32Array(buffer, place.segmentEnds, view.segmentEnd.length).set(view.segmentEnd);
      new Int8Array(buffer, place.segmentBins, view.segmentBin.length).set(view.segmentBin);
    });
    this.placed = places;
    const positions = Math.max(this.units, ...views.map((view) => view.score.length));
    this.laneWeights = unitWeights(this.units);
    this.inView = unitWeights(positions);
  }

  /**
   * Resamples first..first+3 of the stream `seed`: resample first + l's metric i of model m goes to
   * results[((first + l) · models + m) · metrics + i] for the resamples below `end`.
   */
  run(seed: number, first: number, end: number, results: Float64Array): void {
    this.draw(seed, first);
    const models = this.views.length;
    const lanes = Math.min(BLOCK, end - first);
    for (let m = 0; m < models; m++) {
      const place = this.placed[m];
      if (place !== undefined) {
        const { gather, cells } = place;
        if (gather !== undefined) {
          const args = [gather.unitAt, this.countsAt, gather.counts, gather.positions] as const;
          if (this.kernel !== undefined) this.kernel.gather(...args);
          else gatherReference(this.bytes, ...args);
        }
        if (cells !== undefined) {
          const args = [cells.cellOfUnit, this.countsAt, this.units, cells.sums, cells.count] as const;
          if (this.kernel !== undefined) this.kernel.cellSums(...args);
          else cellSumsReference(this.bytes, ...args);
        }
        if (place.wide !== undefined) this.widen(place.wide);
        this.pass(place);
        const { sums } = this;
        for (let l = 0; l < lanes; l++) {
          binaryMetricsFromSums(
            sums[l] as number,
            sums[4 + l] as number,
            sums[8 + l] as number,
            sums[12 + l] as number,
            sums[16 + l] as number,
            sums[20 + l] as number,
            sums[24 + l] as number,
            sums[28 + l] as number,
            sums[32 + l] as number,
            results,
            ((first + l) * models + m) * METRICS,
          );
        }
      } else {
        for (let l = 0; l < lanes; l++) {
          this.laneCounts(l);
          binaryViewMetrics(this.views[m] as BinaryUnitView, this.laneWeights, this.inView, this.raw);
          results.set(this.raw, ((first + l) * models + m) * METRICS);
        }
      }
    }
  }

  /** The block's counts as 4 × u32 per unit at `at`, counts of 255 and more included. */
  private widen(at: number): void {
    const { bytes, countsAt, large } = this;
    const wide = new Uint32Array(bytes.buffer, at, this.units * BLOCK);
    for (let k = 0; k < wide.length; k++) {
      const count = bytes[countsAt + k] as number;
      wide[k] = count === LARGE_WEIGHT ? ((large as Float64Array)[k] as number) : count;
    }
  }

  /** The counts of lane l as UnitWeights (for the JavaScript pass and the tests). */
  laneCounts(l: number, out: UnitWeights = this.laneWeights): UnitWeights {
    const { bytes, countsAt, large } = this;
    const { small } = out;
    for (let u = 0; u < this.units; u++) {
      const count = bytes[countsAt + u * BLOCK + l] as number;
      small[u] = count;
      if (count === LARGE_WEIGHT) out.large[u] = (large as Float64Array)[u * BLOCK + l] as number;
    }
    return out;
  }

  /** Every unit's count in resamples first..first+3. */
  draw(seed: number, first: number): void {
    const { words, bytes, countsAt, tiedUnits, tiedTables, large } = this;
    for (let l = 0; l < BLOCK; l++) {
      const state = resampleStream(seed, first + l);
      for (let word = 0; word < 4; word++) words[word * 4 + l] = state[word] as number;
    }
    let from = 0;
    for (let k = 0; k < tiedUnits.length; k++) {
      const u = tiedUnits[k] as number;
      if (u > from) this.drawOnes(from, u);
      const table = tiedTables[k] as PoissonTable;
      for (let l = 0; l < BLOCK; l++) {
        // one sfc32 step of lane l (nextUint32, on the lane's words in place)
        const a = words[l] as number;
        const b = words[4 + l] as number;
        const c = words[8 + l] as number;
        const d = words[12 + l] as number;
        const t = (((a + b) | 0) + d) | 0;
        words[l] = b ^ (b >>> 9);
        words[4 + l] = (c + (c << 3)) | 0;
        words[8 + l] = (((c << 21) | (c >>> 11)) + t) | 0;
        words[12 + l] = (d + 1) | 0;
        const count = samplePoisson(table, t >>> 0);
        if (count >= LARGE_WEIGHT) {
          bytes[countsAt + u * BLOCK + l] = LARGE_WEIGHT;
          (large as Float64Array)[u * BLOCK + l] = count;
        } else bytes[countsAt + u * BLOCK + l] = count;
      }
      from = u + 1;
    }
    if (from < this.units) this.drawOnes(from, this.units);
  }

  private drawOnes(from: number, to: number): void {
    if (this.kernel !== undefined)
      this.kernel.draw(this.statesAt, this.thresholdsAt, this.countsAt, from, to);
    else drawReference(this.bytes, this.statesAt, this.thresholdsAt, this.countsAt, from, to);
  }

  private pass(place: PlacedView): void {
    const args = [
      place.scores,
      place.losses,
      place.bits,
      place.segmentEnds,
      place.segmentBins,
      place.segments,
      place.positiveSegments,
      place.wide ?? place.cells?.sums ?? place.gather?.counts ?? this.countsAt,
      place.cells !== undefined || place.wide !== undefined ? 1 : 0,
      this.outAt,
    ] as const;
    if (this.kernel !== undefined) this.kernel.pass(...args);
    else passReference(this.bytes, ...args);
  }
}

/** Runs both kernels (and the JavaScript pass) a few times on tiny inputs: see `warmUp` in bootstrap-workers. */
export function warmUpBlock(
  views: readonly BinaryUnitView[],
  multiplicity: Float64Array,
  rows: number,
): void {
  const block = new BinaryResampleBlock(rows, multiplicity, views);
  const results = new Float64Array(BLOCK * views.length * METRICS);
  for (let r = 0; r < 8; r++) block.run(r, 0, BLOCK, results);
}
