/**
 * Binary metrics for bootstrap resamples, part two: the metrics of one resample of the units built in
 * ./binary-units.ts, in one pass over a model's view. This runs once per resample and model.
 */
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
  const { score, loss, bits, segmentEnd, segmentBin, positiveSegments } = view;
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
      const d = y - s;
      segmentBrier += w * d * d;
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
  const total = tp + fp;
  const fn = tp - predictedTp;
  const tn = fp - predictedFp;
  const empty = total === 0;
  out[0] = empty ? Number.NaN : (predictedTp + tn) / total;
  out[1] = ratio(predictedTp, predictedTp + predictedFp);
  out[2] = ratio(predictedTp, tp);
  out[3] = ratio(2 * predictedTp, 2 * predictedTp + predictedFp + fn);
  out[4] = tp > 0 && fp > 0 ? area2 / (2 * tp * fp) : Number.NaN;
  out[5] = tp > 0 ? apSum / tp : empty ? Number.NaN : 0;
  out[6] = empty ? Number.NaN : logSum / total;
  out[7] = empty ? Number.NaN : brierSum / total;
  out[8] = empty ? Number.NaN : eceSum / total;
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
