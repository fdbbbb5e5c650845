/**
 * Binary metrics for bootstrap resamples, part two: the metrics of one resample of the units built in
 * ./binary-units.ts, in one pass over a model's view. This runs once per resample and model.
 */
import type { UnitWeights } from "../bootstrap.js";
import type { BinaryUnitView } from "./binary-units.js";
import { ratio } from "./conventions.js";

const COUNT_AS_DOUBLE = Float64Array.from({ length: 256 }, (_, count) => count);

/**
 * The binary metrics of one resample, written to `out` in {@link BINARY_METRIC_ORDER}. `cappedCounts`/
 * `fullCounts` hold the weight of each POSITION of the view (a count; 255 in `cappedCounts` means the count
 * is in `fullCounts`).
 * Equals {@link preparedBinaryMetrics} on the rows with the units' weights spread over their rows, up to
 * the order of floating-point sums. One sequential pass, no allocation: this runs once per resample.
 */
export function unitBinaryMetrics(
  view: BinaryUnitView,
  cappedCounts: Uint8Array,
  fullCounts: Float64Array,
  out: Float64Array,
): void {
  const sums = SUMS;
  unitBinarySums(view, cappedCounts, fullCounts, sums);
  binaryMetricsFromSums(
    sums[0] as number,
    sums[1] as number,
    sums[2] as number,
    sums[3] as number,
    sums[4] as number,
    sums[5] as number,
    sums[6] as number,
    sums[7] as number,
    sums[8] as number,
    out,
  );
}

const SUMS = new Float64Array(9);

/**
 * The weighted sums of {@link unitBinaryMetrics} in one pass over the view: total positive and negative
 * weight, those of the positions predicted positive, twice the ROC area, the average-precision sum, and the
 * log-loss, Brier and ECE sums, written to `sums` in that order. The WebAssembly pass
 * (wasm/binary-resample-kernel.wat) does the same IEEE operations in the same order.
 */
export function unitBinarySums(
  view: BinaryUnitView,
  cappedCounts: Uint8Array,
  fullCounts: Float64Array,
  sums: Float64Array,
): void {
  const { score, loss, brier, bits, segmentEnd, segmentBin, positiveSegments } = view;
  let tp = 0; // weight of positives so far, over tie groups in descending score
  let fp = 0;
  let groupTp = 0; // tp and fp before the current tie group
  let groupFp = 0;
  let area2 = 0; // twice the area under the ROC step curve, in weight units
  let apSum = 0;
  let logSum = 0;
  let brierSum = 0;
  let eceSum = 0;
  let predictedTp = 0;
  let predictedFp = 0;
  let start = 0;
  for (let segment = 0; segment < segmentEnd.length; segment++) {
    const end = segmentEnd[segment] as number;
    const segmentTp = tp;
    const segmentFp = fp;
    let segmentLog = 0;
    let segmentBrier = 0;
    let segmentScore = 0;
    for (let j = start; j < end; j++) {
      const count = cappedCounts[j] as number;
      // Through a Float64Array, so that every weight is a double: mixing integer and double weights
      // made this loop 1.5–2.5× slower in V8.
      const w = count === 255 ? (fullCounts[j] as number) : (COUNT_AS_DOUBLE[count] as number);
      const b = bits[j] as number;
      const y = b & 1;
      const s = score[j] as number;
      const positive = w * y;
      tp += positive;
      fp += w - positive;
      segmentLog += w * (loss[j] as number);
      segmentBrier += w * (brier[j] as number);
      segmentScore += w * s;
      if (b > 1) {
        area2 += (fp - groupFp) * (tp + groupTp);
        // tp + fp ≥ 1 whenever a positive was added (weights are counts), so the 1e-300 only turns 0/0
        // into 0 and saves a branch.
        apSum += ((tp - groupTp) * tp) / (tp + fp + 1e-300);
        groupTp = tp;
        groupFp = fp;
      }
    }
    // A segment no resampled row falls in adds nothing (as rows of weight 0 are skipped in
    // preparedBinaryMetrics); this matters only for NaN scores, whose loss is NaN.
    if (tp + fp > segmentTp + segmentFp) {
      logSum += segmentLog;
      brierSum += segmentBrier;
      if ((segmentBin[segment] as number) >= 0) eceSum += Math.abs(segmentScore - (tp - segmentTp));
    }
    if (segment + 1 === positiveSegments) {
      predictedTp = tp;
      predictedFp = fp;
    }
    start = end;
  }
  sums[0] = tp;
  sums[1] = fp;
  sums[2] = predictedTp;
  sums[3] = predictedFp;
  sums[4] = area2;
  sums[5] = apSum;
  sums[6] = logSum;
  sums[7] = brierSum;
  sums[8] = eceSum;
}

/**
 * The nine metrics (in BINARY_METRIC_ORDER) from one resample's weighted sums: total positive and negative
 * weight, those predicted positive, twice the ROC area, the average-precision sum, and the log-loss, Brier
 * and ECE sums. Shared by {@link unitBinaryMetrics} and the WebAssembly pass (binary-resample-block.ts).
 */
export function binaryMetricsFromSums(
  tp: number,
  fp: number,
  predictedTp: number,
  predictedFp: number,
  area2: number,
  apSum: number,
  logSum: number,
  brierSum: number,
  eceSum: number,
  out: Float64Array,
  at = 0,
): void {
  const total = tp + fp;
  const fn = tp - predictedTp;
  const tn = fp - predictedFp;
  const empty = total === 0;
  out[at] = empty ? Number.NaN : (predictedTp + tn) / total;
  out[at + 1] = ratio(predictedTp, predictedTp + predictedFp);
  out[at + 2] = ratio(predictedTp, tp);
  out[at + 3] = ratio(2 * predictedTp, 2 * predictedTp + predictedFp + fn);
  out[at + 4] = tp > 0 && fp > 0 ? area2 / (2 * tp * fp) : Number.NaN;
  out[at + 5] = tp > 0 ? apSum / tp : empty ? Number.NaN : 0;
  out[at + 6] = empty ? Number.NaN : logSum / total;
  out[at + 7] = empty ? Number.NaN : brierSum / total;
  out[at + 8] = empty ? Number.NaN : eceSum / total;
}

/**
 * The weight of each position of `view` from weights in unit order: a copy for the first model, a gather
 * through `unitAt` for a later one, or per-cell sums (in `outFullCounts`, then capped at 255 in
 * `outCappedCounts`).
 */
export function weightsInViewOrder(
  view: BinaryUnitView,
  cappedCounts: Uint8Array,
  fullCounts: Float64Array,
  outCappedCounts: Uint8Array,
  outFullCounts: Float64Array,
): void {
  const { unitAt, cellOfUnit } = view;
  if (cellOfUnit !== undefined) {
    const cells = view.score.length;
    outFullCounts.fill(0, 0, cells);
    // Runs of units of one cell (all of them for the first model) are summed in a local: adding each unit
    // to memory would make every add wait for the previous one's store.
    let cell = 0;
    let sum = 0;
    for (let u = 0; u < cellOfUnit.length; u++) {
      const c = cellOfUnit[u] as number;
      if (c !== cell) {
        outFullCounts[cell] = (outFullCounts[cell] as number) + sum;
        cell = c;
        sum = 0;
      }
      const count = cappedCounts[u] as number;
      sum += count === 255 ? (fullCounts[u] as number) : (COUNT_AS_DOUBLE[count] as number);
    }
    if (cells > 0) outFullCounts[cell] = (outFullCounts[cell] as number) + sum;
    for (let c = 0; c < cells; c++) {
      const sum = outFullCounts[c] as number;
      outCappedCounts[c] = sum < 255 ? sum : 255;
    }
  } else if (unitAt === undefined) {
    outCappedCounts.set(cappedCounts);
    outFullCounts.set(fullCounts);
  } else {
    for (let j = 0; j < unitAt.length; j++) {
      const u = unitAt[j] as number;
      const w = cappedCounts[u] as number;
      outCappedCounts[j] = w;
      if (w === 255) outFullCounts[j] = fullCounts[u] as number;
    }
  }
}

/** One model's metrics (in BINARY_METRIC_ORDER) from weights in unit order; `inView` is scratch. */
export function binaryViewMetrics(
  view: BinaryUnitView,
  weights: UnitWeights,
  inView: UnitWeights,
  out: Float64Array,
): void {
  if (view.unitAt === undefined && view.cellOfUnit === undefined)
    unitBinaryMetrics(view, weights.small, weights.large, out);
  else {
    weightsInViewOrder(view, weights.small, weights.large, inView.small, inView.large);
    unitBinaryMetrics(view, inView.small, inView.large, out);
  }
}
