/**
 * Binary metrics for bootstrap resamples, part one: the units. Rows with the same label and the same score
 * (in every model compared) are interchangeable: every binary metric depends on a resample only through
 * each such set's total weight. They are merged into units, and a resample weighs units (see
 * `UnitResampler`), which with tied scores is far fewer draws than rows. The metrics of one resample of
 * the units: ./binary-unit-metrics.ts.
 */
import { METRICS_BY_TASK } from "../metric-names.js";
import { sortedOrder, sortRunByKey } from "../sort.js";
import { eceBin } from "./binary.js";
import { checkLength, clip, type Labels } from "./conventions.js";

/** Binary metrics in the order {@link unitBinaryMetrics} writes them: METRICS_BY_TASK.binary. */
export const BINARY_METRIC_ORDER = METRICS_BY_TASK.binary;

/**
 * The units of one model, in its descending-score order, and everything about them that does not depend
 * on the weights. Units of equal score are adjacent and form one threshold (tie group). Positions are cut
 * into segments where the calibration bin or the predicted class (score ≥ 0.5) changes — both are
 * monotone in the score, so each is a run of whole tie groups; and as 0.5 starts bin 5, each segment is
 * one whole bin, which the ECE needs.
 */
export interface BinaryUnitView {
  /** The unit at each position; undefined when positions are unit numbers (the first model) or cells. */
  readonly unitAt: Uint32Array | undefined;
  /**
   * When set, positions are this model's cells (label and score) instead of units, this maps each unit to
   * its cell, and a cell's weight is the sum of its units' weights. Used when pairing makes far more units
   * (label and both scores) than one model has cells, which is the rule when both models' scores have ties.
   */
  readonly cellOfUnit: Uint32Array | undefined;
  readonly score: Float64Array;
  /** −log of the clipped probability of the unit's label. */
  readonly loss: Float64Array;
  /** (label − score)², the unit's Brier term. */
  readonly brier: Float64Array;
  /** Bit 0: the label; bit 1: the last unit of its tie group. */
  readonly bits: Uint8Array;
  /** Exclusive end position of each segment. */
  readonly segmentEnd: Uint32Array;
  /** Calibration bin of each segment; −1 for NaN scores, which ECE leaves out. */
  readonly segmentBin: Int8Array;
  /** The first this many segments are predicted positive (score ≥ 0.5). */
  readonly positiveSegments: number;
}

export interface BinaryUnits {
  readonly rows: number;
  /** Rows in each unit (in the first model's order). */
  readonly multiplicity: Float64Array;
  readonly unitOfRow: Uint32Array;
  /** One view per score array, in the order given. */
  readonly views: BinaryUnitView[];
  /** Each model's {@link sortedOrder}, for computing the metrics themselves without sorting again. */
  readonly orders: Uint32Array[];
}

/** A model's rows grouped by equal score (the tie groups). */
export interface TieGroups {
  /** Rows by descending score. */
  order: Uint32Array;
  /** Tie group of each row, 0 for the highest score (NaN: one group after every number). */
  group: Uint32Array;
  /** Score of each group. */
  score: Float64Array;
}

export function tieGroups(scores: Float64Array): TieGroups {
  const n = scores.length;
  const order = sortedOrder(scores);
  const group = new Uint32Array(n);
  const groupScore = new Float64Array(n);
  let groups = 0;
  let previous = Number.NaN;
  for (let k = 0; k < n; k++) {
    const r = order[k] as number;
    const s = scores[r] as number;
    if (k === 0 || (s !== previous && !(Number.isNaN(s) && Number.isNaN(previous)))) groupScore[groups++] = s;
    group[r] = groups - 1;
    previous = s;
  }
  return { order, group, score: groupScore.slice(0, groups) };
}

/**
 * Rows ordered by (group in the first model, label, group in the second): the first model's order with each
 * run of tied rows sorted by (label, second group) — runs are short unless scores are coarse. The first
 * model's cells (group and label) are thus contiguous runs of units.
 */
function unitRowOrder(
  firstModel: TieGroups,
  secondModel: TieGroups | undefined,
  label: Uint8Array,
): Uint32Array {
  const { order, group } = firstModel;
  const n = order.length;
  const rows = new Uint32Array(n);
  let start = 0;
  while (start < n) {
    const g = group[order[start] as number] as number;
    let end = start + 1;
    while (end < n && group[order[end] as number] === g) end++;
    if (end - start === 1) rows[start] = order[start] as number;
    else if (secondModel === undefined) partitionByLabel(order, start, end, label, rows);
    else {
      const groups = secondModel.score.length;
      sortRunByKey(
        order,
        start,
        end,
        (r) => (label[r] as number) * groups + (secondModel.group[r] as number),
        rows,
      );
    }
    start = end;
  }
  return rows;
}

function partitionByLabel(
  order: Uint32Array,
  start: number,
  end: number,
  label: Uint8Array,
  out: Uint32Array,
) {
  let at = start;
  for (let y = 0; y < 2; y++)
    for (let k = start; k < end; k++) if (label[order[k] as number] === y) out[at++] = order[k] as number;
}

/**
 * A typed array of `length` zeros; with `shared`, in a SharedArrayBuffer, so that worker threads read the
 * same memory instead of a copy of it.
 */
function zeros<T>(
  Type: { new (length: number): T; new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number },
  length: number,
  shared: boolean,
): T {
  return shared ? new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT)) : new Type(length);
}

/**
 * Merges rows into units (same label, same score in each of `scoreSets`, one or two models) and lays them
 * out once per model. With `shared`, the arrays the resamples read (multiplicity, views) are allocated in
 * SharedArrayBuffers (see bootstrap-workers.ts: the workers read them where they are). The models' tie
 * groups are computed in model order.
 */
export function binaryUnits(
  labels: Labels,
  scoreSets: readonly Float64Array[],
  options: {
    shared?: boolean;
    /** Model m's tie groups (default: {@link tieGroups}), e.g. computed by another thread. */
    tieGroupsOf?: (m: number, scores: Float64Array) => TieGroups;
  } = {},
): BinaryUnits {
  const shared = options.shared === true;
  const tieGroupsOf = options.tieGroupsOf ?? ((_m: number, scores: Float64Array) => tieGroups(scores));
  const n = labels.length;
  if (scoreSets.length < 1 || scoreSets.length > 2)
    throw new RangeError("binaryUnits takes one or two score sets");
  for (const scores of scoreSets) checkLength("scores", n, scores);
  const groups = scoreSets.map((scores, m) => tieGroupsOf(m, scores));
  const [firstModel, secondModel] = groups as [TieGroups, TieGroups | undefined];
  const label = new Uint8Array(n);
  for (let i = 0; i < n; i++) label[i] = labels[i] === 1 ? 1 : 0;
  const rows = unitRowOrder(firstModel, secondModel, label);
  const unitOfRow = new Uint32Array(n);
  const multiplicity = new Float64Array(n);
  // each unit's label and tie group in each model: its first row's, kept as the units are formed (each row's
  // are read once, and compared with the previous row's)
  const unitLabels = new Uint8Array(n);
  const unitGroups = groups.map(() => new Uint32Array(n));
  const [firstGroups, secondGroups] = unitGroups as [Uint32Array, Uint32Array | undefined];
  const firstGroup = firstModel.group;
  const secondGroup = secondModel?.group;
  let units = 0;
  let previousLabel = -1;
  let previousFirst = -1;
  let previousSecond = -1;
  for (let k = 0; k < n; k++) {
    const r = rows[k] as number;
    const y = label[r] as number;
    const g1 = firstGroup[r] as number;
    const g2 = secondGroup === undefined ? 0 : (secondGroup[r] as number);
    if (k === 0 || y !== previousLabel || g1 !== previousFirst || g2 !== previousSecond) {
      unitLabels[units] = y;
      firstGroups[units] = g1;
      if (secondGroups !== undefined) secondGroups[units] = g2;
      units++;
    }
    multiplicity[units - 1] = (multiplicity[units - 1] as number) + 1;
    unitOfRow[r] = units - 1;
    previousLabel = y;
    previousFirst = g1;
    previousSecond = g2;
  }
  const unitLabel = unitLabels.subarray(0, units);
  const views = groups.map(({ order, score }, m) => {
    const unitGroup = (unitGroups[m] as Uint32Array).subarray(0, units);
    // a model has at least as many cells as tie groups: with more groups than half the units (scores
    // without ties), the cells cannot be few enough
    if (groups.length > 1 && score.length <= units / 2) {
      const cells = cellsOf(unitGroup, unitLabel, score.length, shared);
      // summing units into cells costs about half of what the per-position pass saves per position
      if (cells.count <= units / 2) return cellView(cells, score, shared);
    }
    const unitAt = m === 0 ? undefined : unitsInOrder(order, unitOfRow, unitGroup, shared);
    return unitView(unitAt, unitGroup, score, unitLabel, shared);
  });
  const unitMultiplicity = zeros(Float64Array, units, shared);
  unitMultiplicity.set(multiplicity.subarray(0, units));
  return {
    rows: n,
    multiplicity: unitMultiplicity,
    unitOfRow,
    views,
    orders: groups.map(({ order }) => order),
  };
}

/**
 * Units in a later model's score order: by that model's group, then by unit number (so that for identical
 * scores the order, and every floating-point sum, is the first model's).
 */
function unitsInOrder(
  order: Uint32Array,
  unitOfRow: Uint32Array,
  unitGroup: Uint32Array,
  shared: boolean,
): Uint32Array {
  const units = unitGroup.length;
  const out = zeros(Uint32Array, units, shared);
  const seen = new Uint8Array(units);
  let at = 0;
  for (let k = 0; k < order.length; k++) {
    const u = unitOfRow[order[k] as number] as number;
    if (seen[u] === 0) {
      seen[u] = 1;
      out[at++] = u;
    }
  }
  for (let start = 0; start < units; ) {
    const g = unitGroup[out[start] as number];
    let end = start + 1;
    while (end < units && unitGroup[out[end] as number] === g) end++;
    if (end - start > 1) out.subarray(start, end).sort();
    start = end;
  }
  return out;
}

interface Cells {
  count: number;
  cellOfUnit: Uint32Array;
  group: Uint32Array;
  label: Uint8Array;
}

/** One model's cells (tie group and label) in its score order, and the cell of each unit. */
function cellsOf(unitGroup: Uint32Array, unitLabel: Uint8Array, groups: number, shared: boolean): Cells {
  const cellOfKey = new Int32Array(2 * groups).fill(-1); // key = 2·group + label
  for (let u = 0; u < unitGroup.length; u++)
    cellOfKey[2 * (unitGroup[u] as number) + (unitLabel[u] as number)] = 0;
  let count = 0;
  for (let key = 0; key < cellOfKey.length; key++) if (cellOfKey[key] === 0) cellOfKey[key] = count++;
  const group = new Uint32Array(count);
  const label = new Uint8Array(count);
  for (let key = 0; key < cellOfKey.length; key++) {
    const c = cellOfKey[key] as number;
    if (c < 0) continue;
    group[c] = key >>> 1;
    label[c] = key & 1;
  }
  const cellOfUnit = zeros(Uint32Array, unitGroup.length, shared);
  for (let u = 0; u < unitGroup.length; u++)
    cellOfUnit[u] = cellOfKey[2 * (unitGroup[u] as number) + (unitLabel[u] as number)] as number;
  return { count, cellOfUnit, group, label };
}

function cellView(cells: Cells, groupScore: Float64Array, shared: boolean): BinaryUnitView {
  return {
    ...unitView(undefined, cells.group, groupScore, cells.label, shared),
    cellOfUnit: cells.cellOfUnit,
  };
}

/** Segment key of a score: the calibration bin, split at 0.5, NaN apart. */
function segmentKey(s: number): number {
  if (Number.isNaN(s)) return -1;
  return eceBin(s) * 2 + (s >= 0.5 ? 1 : 0);
}

function unitView(
  unitAt: Uint32Array | undefined,
  unitGroup: Uint32Array,
  groupScore: Float64Array,
  unitLabel: Uint8Array,
  shared: boolean,
): BinaryUnitView {
  const count = unitGroup.length;
  const groupAt = new Uint32Array(count); // the group at each position
  for (let j = 0; j < count; j++)
    groupAt[j] = unitGroup[unitAt === undefined ? j : (unitAt[j] as number)] as number;
  const score = zeros(Float64Array, count, shared);
  const loss = zeros(Float64Array, count, shared);
  const brier = zeros(Float64Array, count, shared);
  const bits = zeros(Uint8Array, count, shared);
  const segmentEnd: number[] = [];
  const segmentBin: number[] = [];
  let positiveSegments = 0;
  for (let j = 0; j < count; j++) {
    const g = groupAt[j] as number;
    const s = groupScore[g] as number;
    const y = unitLabel[unitAt === undefined ? j : (unitAt[j] as number)] as number;
    const last = j + 1 === count;
    score[j] = s;
    loss[j] = -Math.log(clip(y === 1 ? s : 1 - s));
    brier[j] = (y - s) * (y - s);
    bits[j] = y | (last || groupAt[j + 1] !== g ? 2 : 0);
    if (last || segmentKey(groupScore[groupAt[j + 1] as number] as number) !== segmentKey(s)) {
      segmentEnd.push(j + 1);
      segmentBin.push(Number.isNaN(s) ? -1 : eceBin(s));
      if (s >= 0.5) positiveSegments = segmentEnd.length;
    }
  }
  return {
    unitAt,
    cellOfUnit: undefined,
    score,
    loss,
    brier,
    bits,
    segmentEnd: Uint32Array.from(segmentEnd),
    segmentBin: Int8Array.from(segmentBin),
    positiveSegments,
  };
}
