/**
 * Prepared binary evaluation for bootstrapping: everything that does not depend on the weights (sort order,
 * tie groups, per-row log loss, squared error, calibration bin) is computed once.
 */
import {
  type BinaryCounts,
  type BinaryMetrics,
  countsAccuracy,
  ECE_BINS,
  eceBin,
  orderFor,
} from "./binary.js";
import { checkLength, clip, type Labels, ratio, weightAt } from "./conventions.js";

export interface PreparedBinary {
  readonly n: number;
  /** Rows by descending score. */
  readonly order: Uint32Array;
  /** 1 at sorted positions that start a new group of equal scores. */
  readonly groupStart: Uint8Array;
  /** Label (0/1) at each sorted position. */
  readonly sortedLabel: Uint8Array;
  /** Per row: 2·label + predicted (score ≥ 0.5), indexing tn, fp, fn, tp. */
  readonly cell: Uint8Array;
  /** Per row: −log of the clipped probability of the true class. */
  readonly logLoss: Float64Array;
  /** Per row: (label − score)². */
  readonly squaredError: Float64Array;
  /** Per row: score − label, and its calibration bin (ECE_BINS for a NaN score: in no bin). */
  readonly calibrationGap: Float64Array;
  readonly bin: Uint8Array;
}

export function prepareBinary(scores: Float64Array, labels: Labels, order?: Uint32Array): PreparedBinary {
  const n = scores.length;
  checkLength("labels", n, labels);
  const sorted = orderFor(scores, order);
  const groupStart = new Uint8Array(n);
  const sortedLabel = new Uint8Array(n);
  let previous = Number.NaN;
  for (let k = 0; k < n; k++) {
    const r = sorted[k] as number;
    const s = scores[r] as number;
    groupStart[k] = k === 0 || (s !== previous && !(Number.isNaN(s) && Number.isNaN(previous))) ? 1 : 0;
    previous = s;
    sortedLabel[k] = labels[r] === 1 ? 1 : 0;
  }
  const cell = new Uint8Array(n);
  const logLoss = new Float64Array(n);
  const squaredError = new Float64Array(n);
  const calibrationGap = new Float64Array(n);
  const bin = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    const positiveLabel = labels[i] === 1;
    const y = positiveLabel ? 1 : 0;
    cell[i] = 2 * y + (s >= 0.5 ? 1 : 0);
    logLoss[i] = -Math.log(clip(positiveLabel ? s : 1 - s));
    const d = y - s;
    squaredError[i] = d * d;
    calibrationGap[i] = s - y;
    bin[i] = Number.isNaN(s) ? ECE_BINS : eceBin(s); // NaN: in no bin, as in expectedCalibrationError
  }
  return { n, order: sorted, groupStart, sortedLabel, cell, logLoss, squaredError, calibrationGap, bin };
}

/** All binary metrics of prepared predictions under optional weights; equals {@link binaryMetrics}. */
export function preparedBinaryMetrics(prepared: PreparedBinary, weights?: Float64Array): BinaryMetrics {
  const { n, order, groupStart, sortedLabel, cell, logLoss, squaredError, calibrationGap, bin } = prepared;
  checkLength("weights", n, weights);
  const cells = new Float64Array(4);
  const gap = new Float64Array(ECE_BINS);
  let logSum = 0;
  let brierSum = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weightAt(weights, i);
    if (w === 0) continue;
    const c = cell[i] as number;
    cells[c] = (cells[c] as number) + w;
    logSum += w * (logLoss[i] as number);
    brierSum += w * (squaredError[i] as number);
    const b = bin[i] as number;
    if (b < ECE_BINS) gap[b] = (gap[b] as number) + w * (calibrationGap[i] as number);
    total += w;
  }
  let tp = 0;
  let fp = 0;
  let prevTp = 0;
  let prevFp = 0;
  let area = 0;
  let apSum = 0;
  for (let k = 0; k <= n; k++) {
    if (k === n || groupStart[k] === 1) {
      if (tp !== prevTp || fp !== prevFp) {
        area += ((fp - prevFp) * (tp + prevTp)) / 2;
        if (tp !== prevTp) apSum += ((tp - prevTp) * tp) / (tp + fp);
        prevTp = tp;
        prevFp = fp;
      }
      if (k === n) break;
    }
    const w = weightAt(weights, order[k] as number);
    if (sortedLabel[k] === 1) tp += w;
    else fp += w;
  }
  let eceSum = 0;
  for (let b = 0; b < ECE_BINS; b++) eceSum += Math.abs(gap[b] as number);
  const c: BinaryCounts = {
    tn: cells[0] as number,
    fp: cells[1] as number,
    fn: cells[2] as number,
    tp: cells[3] as number,
  };
  const empty = total === 0;
  return {
    accuracy: countsAccuracy(c),
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
    roc_auc: tp > 0 && fp > 0 ? area / (tp * fp) : Number.NaN,
    pr_auc: tp > 0 ? apSum / tp : tp + fp > 0 ? 0 : Number.NaN,
    log_loss: empty ? Number.NaN : logSum / total,
    brier: empty ? Number.NaN : brierSum / total,
    ece: empty ? Number.NaN : eceSum / total,
  };
}
