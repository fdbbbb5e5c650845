export const id = 4431;
export const ids = [4431];
export const modules = {

/***/ 4431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PARALLEL_MIN_WORK: () => (/* binding */ PARALLEL_MIN_WORK),
  ResampleWorkers: () => (/* binding */ ResampleWorkers),
  THREADS_ENV: () => (/* binding */ THREADS_ENV),
  bootstrapThreads: () => (/* binding */ bootstrapThreads),
  computeResamples: () => (/* binding */ computeResamples),
  lastResampleRun: () => (/* binding */ lastResampleRun),
  prepareResamples: () => (/* binding */ prepareResamples),
  valuesInOrder: () => (/* binding */ valuesInOrder)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./.cache/build/lib/workers/worker-entry.js
var worker_entry = __webpack_require__(8272);
// EXTERNAL MODULE: ./.cache/build/lib/wasm/embedded-kernel.js
var embedded_kernel = __webpack_require__(2248);
// EXTERNAL MODULE: ./.cache/build/lib/stats/bootstrap.js
var bootstrap = __webpack_require__(1641);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metrics/conventions.js
var conventions = __webpack_require__(8937);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/metrics/binary-unit-metrics.js

const COUNT_AS_DOUBLE = Float64Array.from({ length: 256 }, (_, count) => count);
/**
 * The binary metrics of one resample, written to `out` in {@link BINARY_METRIC_ORDER}. `cappedCounts`/
 * `fullCounts` hold the weight of each POSITION of the view (a count; 255 in `cappedCounts` means the count
 * is in `fullCounts`).
 * Equals {@link preparedBinaryMetrics} on the rows with the units' weights spread over their rows, up to
 * the order of floating-point sums. One sequential pass, no allocation: this runs once per resample.
 */
function unitBinaryMetrics(view, cappedCounts, fullCounts, out) {
    const sums = SUMS;
    unitBinarySums(view, cappedCounts, fullCounts, sums);
    binaryMetricsFromSums(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8], out);
}
const SUMS = new Float64Array(9);
/**
 * The weighted sums of {@link unitBinaryMetrics} in one pass over the view: total positive and negative
 * weight, those of the positions predicted positive, twice the ROC area, the average-precision sum, and the
 * log-loss, Brier and ECE sums, written to `sums` in that order. The WebAssembly pass
 * (wasm/binary-resample-kernel.wat) does the same IEEE operations in the same order.
 */
function unitBinarySums(view, cappedCounts, fullCounts, sums) {
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
        const end = segmentEnd[segment];
        const segmentTp = tp;
        const segmentFp = fp;
        let segmentLog = 0;
        let segmentBrier = 0;
        let segmentScore = 0;
        for (let j = start; j < end; j++) {
            const count = cappedCounts[j];
            // Through a Float64Array, so that every weight is a double: mixing integer and double weights
            // made this loop 1.5–2.5× slower in V8.
            const w = count === 255 ? fullCounts[j] : COUNT_AS_DOUBLE[count];
            const b = bits[j];
            const y = b & 1;
            const s = score[j];
            const positive = w * y;
            tp += positive;
            fp += w - positive;
            segmentLog += w * loss[j];
            segmentBrier += w * brier[j];
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
            if (segmentBin[segment] >= 0)
                eceSum += Math.abs(segmentScore - (tp - segmentTp));
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
function binaryMetricsFromSums(tp, fp, predictedTp, predictedFp, area2, apSum, logSum, brierSum, eceSum, out, at = 0) {
    const total = tp + fp;
    const fn = tp - predictedTp;
    const tn = fp - predictedFp;
    const empty = total === 0;
    out[at] = empty ? Number.NaN : (predictedTp + tn) / total;
    out[at + 1] = (0,conventions/* ratio */.CG)(predictedTp, predictedTp + predictedFp);
    out[at + 2] = (0,conventions/* ratio */.CG)(predictedTp, tp);
    out[at + 3] = (0,conventions/* ratio */.CG)(2 * predictedTp, 2 * predictedTp + predictedFp + fn);
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
function weightsInViewOrder(view, cappedCounts, fullCounts, outCappedCounts, outFullCounts) {
    const { unitAt, cellOfUnit } = view;
    if (cellOfUnit !== undefined) {
        const cells = view.score.length;
        outFullCounts.fill(0, 0, cells);
        // Runs of units of one cell (all of them for the first model) are summed in a local: adding each unit
        // to memory would make every add wait for the previous one's store.
        let cell = 0;
        let sum = 0;
        for (let u = 0; u < cellOfUnit.length; u++) {
            const c = cellOfUnit[u];
            if (c !== cell) {
                outFullCounts[cell] = outFullCounts[cell] + sum;
                cell = c;
                sum = 0;
            }
            const count = cappedCounts[u];
            sum += count === 255 ? fullCounts[u] : COUNT_AS_DOUBLE[count];
        }
        if (cells > 0)
            outFullCounts[cell] = outFullCounts[cell] + sum;
        for (let c = 0; c < cells; c++) {
            const sum = outFullCounts[c];
            outCappedCounts[c] = sum < 255 ? sum : 255;
        }
    }
    else if (unitAt === undefined) {
        outCappedCounts.set(cappedCounts);
        outFullCounts.set(fullCounts);
    }
    else {
        for (let j = 0; j < unitAt.length; j++) {
            const u = unitAt[j];
            const w = cappedCounts[u];
            outCappedCounts[j] = w;
            if (w === 255)
                outFullCounts[j] = fullCounts[u];
        }
    }
}
/** One model's metrics (in BINARY_METRIC_ORDER) from weights in unit order; `inView` is scratch. */
function binaryViewMetrics(view, weights, inView, out) {
    if (view.unitAt === undefined && view.cellOfUnit === undefined)
        unitBinaryMetrics(view, weights.small, weights.large, out);
    else {
        weightsInViewOrder(view, weights.small, weights.large, inView.small, inView.large);
        unitBinaryMetrics(view, inView.small, inView.large, out);
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-names.js
var metric_names = __webpack_require__(9050);
// EXTERNAL MODULE: ./.cache/build/lib/stats/sort.js
var sort = __webpack_require__(3219);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/metrics/binary.js
/**
 * Binary classification metrics: labels 0/1, the score is P(label = 1), and a row is predicted positive
 * when its score is ≥ 0.5. Weights, NaN and zero division follow ./conventions.ts.
 */


/** Number of equal-width bins of {@link expectedCalibrationError}. */
const ECE_BINS = 10;
/** `order` when given (checked against the scores), else {@link sortedOrder}. */
function orderFor(scores, order) {
    if (order === undefined)
        return (0,sort/* sortedOrder */.u)(scores);
    (0,conventions/* checkLength */.Nv)("order", scores.length, order);
    return order;
}
/**
 * One pass over the rows in descending score order, grouping equal scores into one threshold as
 * scikit-learn's `_binary_clf_curve` does: ROC AUC is the trapezoid over the ROC points, average
 * precision the step sum Σ (R_k − R_{k−1}) P_k over thresholds.
 */
function ranking(scores, labels, weights, order) {
    const n = scores.length;
    let tp = 0;
    let fp = 0;
    let area = 0;
    let apSum = 0; // Σ ΔTP_k · precision_k, divided by total positives at the end
    let prevTp = 0;
    let prevFp = 0;
    let i = 0;
    while (i < n) {
        const groupFirstRow = order[i];
        const s = scores[groupFirstRow];
        // group all rows with this score (NaN scores form one group at the end)
        let j = i;
        while (j < n) {
            const r = order[j];
            const t = scores[r];
            if (t !== s && !(Number.isNaN(t) && Number.isNaN(s)))
                break;
            const w = (0,conventions/* weightAt */.UT)(weights, r);
            if (labels[r] === 1)
                tp += w;
            else
                fp += w;
            j++;
        }
        if (tp !== prevTp || fp !== prevFp) {
            area += ((fp - prevFp) * (tp + prevTp)) / 2;
            if (tp !== prevTp)
                apSum += ((tp - prevTp) * tp) / (tp + fp);
            prevTp = tp;
            prevFp = fp;
        }
        i = j;
    }
    const auc = tp > 0 && fp > 0 ? area / (tp * fp) : Number.NaN;
    const ap = tp > 0 ? apSum / tp : tp + fp > 0 ? 0 : Number.NaN;
    return { auc, ap };
}
/** ROC AUC as `sklearn.metrics.roc_auc_score` (NaN when only one class is present). */
function rocAuc(scores, labels, weights, order) {
    checkInputs(scores, labels, weights);
    return ranking(scores, labels, weights, orderFor(scores, order)).auc;
}
/** Average precision as `sklearn.metrics.average_precision_score` (0 when no positive is present). */
function averagePrecision(scores, labels, weights, order) {
    checkInputs(scores, labels, weights);
    return ranking(scores, labels, weights, orderFor(scores, order)).ap;
}
function binaryCounts(scores, labels, weights) {
    checkInputs(scores, labels, weights);
    let tp = 0;
    let fp = 0;
    let tn = 0;
    let fn = 0;
    for (let i = 0; i < scores.length; i++) {
        const w = weightAt(weights, i);
        const positive = scores[i] >= 0.5;
        if (labels[i] === 1) {
            if (positive)
                tp += w;
            else
                fn += w;
        }
        else if (positive)
            fp += w;
        else
            tn += w;
    }
    return { tp, fp, tn, fn };
}
function countsAccuracy(c) {
    const total = c.tp + c.fp + c.tn + c.fn;
    return total === 0 ? Number.NaN : (c.tp + c.tn) / total;
}
function binaryAccuracy(scores, labels, weights) {
    return countsAccuracy(binaryCounts(scores, labels, weights));
}
function precision(scores, labels, weights) {
    const c = binaryCounts(scores, labels, weights);
    return ratio(c.tp, c.tp + c.fp);
}
function recall(scores, labels, weights) {
    const c = binaryCounts(scores, labels, weights);
    return ratio(c.tp, c.tp + c.fn);
}
/** F1 = 2·TP / (2·TP + FP + FN), as scikit-learn ≥ 1.3 computes it; 0 when the denominator is 0. */
function f1(scores, labels, weights) {
    const c = binaryCounts(scores, labels, weights);
    return ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}
/**
 * Binary log loss as `sklearn.metrics.log_loss(y, p)` in 1.9: the probability of the true class
 * (p or 1 − p) is clipped to [ε, 1 − ε] with ε the float64 machine epsilon; no renormalisation.
 */
function binaryLogLoss(scores, labels, weights) {
    checkInputs(scores, labels, weights);
    let sum = 0;
    let total = 0;
    for (let i = 0; i < scores.length; i++) {
        const w = weightAt(weights, i);
        if (w === 0)
            continue;
        const p = scores[i];
        sum -= w * Math.log(clip(labels[i] === 1 ? p : 1 - p));
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}
/** Brier score as `sklearn.metrics.brier_score_loss`: the mean of (label − score)². */
function brier(scores, labels, weights) {
    checkInputs(scores, labels, weights);
    let sum = 0;
    let total = 0;
    for (let i = 0; i < scores.length; i++) {
        const w = weightAt(weights, i);
        const d = (labels[i] === 1 ? 1 : 0) - scores[i];
        sum += w * d * d;
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}
/** The bin of a score for {@link expectedCalibrationError}: ⌊10·s⌋, with 1.0 (and above) in the last bin. */
function eceBin(score) {
    const b = Math.floor(score * ECE_BINS);
    return b < 0 ? 0 : b >= ECE_BINS ? ECE_BINS - 1 : b;
}
/**
 * Expected calibration error (scikit-learn has none; this is the definition):
 * scores fall into 10 equal-width bins [0, 0.1), [0.1, 0.2), …, [0.9, 1.0] (bin ⌊10·s⌋, 1.0 in the
 * last bin); ECE = Σ_b (W_b / W) · |mean score in b − positive rate in b|, where W_b is the (weighted)
 * row count of bin b and W the total; empty bins contribute nothing. Equivalently
 * Σ_b |Σ_{i∈b} w_i·(s_i − y_i)| / W.
 */
function expectedCalibrationError(scores, labels, weights) {
    checkInputs(scores, labels, weights);
    const gap = new Float64Array(ECE_BINS);
    let total = 0;
    for (let i = 0; i < scores.length; i++) {
        const w = weightAt(weights, i);
        const s = scores[i];
        const b = eceBin(s);
        gap[b] = gap[b] + w * (s - (labels[i] === 1 ? 1 : 0));
        total += w;
    }
    if (total === 0)
        return Number.NaN;
    let sum = 0;
    for (let b = 0; b < ECE_BINS; b++)
        sum += Math.abs(gap[b]);
    return sum / total;
}
/**
 * All binary metrics in two passes (one in row order, one in the precomputed score order); each value
 * equals the corresponding single-metric function.
 */
function binaryMetrics(scores, labels, weights, order) {
    const n = scores.length;
    (0,conventions/* checkLength */.Nv)("labels", n, labels);
    (0,conventions/* checkLength */.Nv)("weights", n, weights);
    const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
    let logSum = 0;
    let brierSum = 0;
    let total = 0;
    const gap = new Float64Array(ECE_BINS);
    for (let i = 0; i < n; i++) {
        const w = (0,conventions/* weightAt */.UT)(weights, i);
        if (w === 0)
            continue;
        const s = scores[i];
        const positiveLabel = labels[i] === 1;
        const y = positiveLabel ? 1 : 0;
        if (positiveLabel) {
            if (s >= 0.5)
                c.tp += w;
            else
                c.fn += w;
        }
        else if (s >= 0.5)
            c.fp += w;
        else
            c.tn += w;
        logSum -= w * Math.log((0,conventions/* clip */.$Q)(positiveLabel ? s : 1 - s));
        const d = y - s;
        brierSum += w * d * d;
        const b = eceBin(s);
        gap[b] = gap[b] + w * (s - y);
        total += w;
    }
    let eceSum = 0;
    for (let b = 0; b < ECE_BINS; b++)
        eceSum += Math.abs(gap[b]);
    const r = ranking(scores, labels, weights, orderFor(scores, order));
    const empty = total === 0;
    return {
        accuracy: countsAccuracy(c),
        precision: (0,conventions/* ratio */.CG)(c.tp, c.tp + c.fp),
        recall: (0,conventions/* ratio */.CG)(c.tp, c.tp + c.fn),
        f1: (0,conventions/* ratio */.CG)(2 * c.tp, 2 * c.tp + c.fp + c.fn),
        roc_auc: r.auc,
        pr_auc: r.ap,
        log_loss: empty ? Number.NaN : logSum / total,
        brier: empty ? Number.NaN : brierSum / total,
        ece: empty ? Number.NaN : eceSum / total,
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/stats/metrics/binary-units.js
/**
 * Binary metrics for bootstrap resamples, part one: the units. Rows with the same label and the same score
 * (in every model compared) are interchangeable: every binary metric depends on a resample only through
 * each such set's total weight. They are merged into units, and a resample weighs units (see
 * `UnitResampler`), which with tied scores is far fewer draws than rows. The metrics of one resample of
 * the units: ./binary-unit-metrics.ts.
 */




/** Binary metrics in the order {@link unitBinaryMetrics} writes them: METRICS_BY_TASK.binary. */
const BINARY_METRIC_ORDER = metric_names/* METRICS_BY_TASK */.GT.binary;
function tieGroups(scores) {
    const n = scores.length;
    const order = (0,sort/* sortedOrder */.u)(scores);
    const group = new Uint32Array(n);
    const groupScore = new Float64Array(n);
    let groups = 0;
    let previous = Number.NaN;
    for (let k = 0; k < n; k++) {
        const r = order[k];
        const s = scores[r];
        if (k === 0 || (s !== previous && !(Number.isNaN(s) && Number.isNaN(previous))))
            groupScore[groups++] = s;
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
function unitRowOrder(firstModel, secondModel, label) {
    const { order, group } = firstModel;
    const n = order.length;
    const rows = new Uint32Array(n);
    let start = 0;
    while (start < n) {
        const g = group[order[start]];
        let end = start + 1;
        while (end < n && group[order[end]] === g)
            end++;
        if (end - start === 1)
            rows[start] = order[start];
        else if (secondModel === undefined)
            partitionByLabel(order, start, end, label, rows);
        else {
            const groups = secondModel.score.length;
            (0,sort/* sortRunByKey */.M)(order, start, end, (r) => label[r] * groups + secondModel.group[r], rows);
        }
        start = end;
    }
    return rows;
}
function partitionByLabel(order, start, end, label, out) {
    let at = start;
    for (let y = 0; y < 2; y++)
        for (let k = start; k < end; k++)
            if (label[order[k]] === y)
                out[at++] = order[k];
}
/**
 * A typed array of `length` zeros; with `shared`, in a SharedArrayBuffer, so that worker threads read the
 * same memory instead of a copy of it.
 */
function zeros(Type, length, shared) {
    return shared ? new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT)) : new Type(length);
}
/**
 * Merges rows into units (same label, same score in each of `scoreSets`, one or two models) and lays them
 * out once per model. With `shared`, the arrays the resamples read (multiplicity, views) are allocated in
 * SharedArrayBuffers (see bootstrap-workers.ts: the workers read them where they are). The models' tie
 * groups are computed in model order.
 */
function binaryUnits(labels, scoreSets, options = {}) {
    const shared = options.shared === true;
    const tieGroupsOf = options.tieGroupsOf ?? ((_m, scores) => tieGroups(scores));
    const n = labels.length;
    if (scoreSets.length < 1 || scoreSets.length > 2)
        throw new RangeError("binaryUnits takes one or two score sets");
    for (const scores of scoreSets)
        (0,conventions/* checkLength */.Nv)("scores", n, scores);
    const groups = scoreSets.map((scores, m) => tieGroupsOf(m, scores));
    const [firstModel, secondModel] = groups;
    const label = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        label[i] = labels[i] === 1 ? 1 : 0;
    const rows = unitRowOrder(firstModel, secondModel, label);
    const unitOfRow = new Uint32Array(n);
    const multiplicity = new Float64Array(n);
    // each unit's label and tie group in each model: its first row's, kept as the units are formed (each row's
    // are read once, and compared with the previous row's)
    const unitLabels = new Uint8Array(n);
    const unitGroups = groups.map(() => new Uint32Array(n));
    const [firstGroups, secondGroups] = unitGroups;
    const firstGroup = firstModel.group;
    const secondGroup = secondModel?.group;
    let units = 0;
    let previousLabel = -1;
    let previousFirst = -1;
    let previousSecond = -1;
    for (let k = 0; k < n; k++) {
        const r = rows[k];
        const y = label[r];
        const g1 = firstGroup[r];
        const g2 = secondGroup === undefined ? 0 : secondGroup[r];
        if (k === 0 || y !== previousLabel || g1 !== previousFirst || g2 !== previousSecond) {
            unitLabels[units] = y;
            firstGroups[units] = g1;
            if (secondGroups !== undefined)
                secondGroups[units] = g2;
            units++;
        }
        multiplicity[units - 1] = multiplicity[units - 1] + 1;
        unitOfRow[r] = units - 1;
        previousLabel = y;
        previousFirst = g1;
        previousSecond = g2;
    }
    const unitLabel = unitLabels.subarray(0, units);
    const views = groups.map(({ order, score }, m) => {
        const unitGroup = unitGroups[m].subarray(0, units);
        // a model has at least as many cells as tie groups: with more groups than half the units (scores
        // without ties), the cells cannot be few enough
        if (groups.length > 1 && score.length <= units / 2) {
            const cells = cellsOf(unitGroup, unitLabel, score.length, shared);
            // summing units into cells costs about half of what the per-position pass saves per position
            if (cells.count <= units / 2)
                return cellView(cells, score, shared);
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
function unitsInOrder(order, unitOfRow, unitGroup, shared) {
    const units = unitGroup.length;
    const out = zeros(Uint32Array, units, shared);
    const seen = new Uint8Array(units);
    let at = 0;
    for (let k = 0; k < order.length; k++) {
        const u = unitOfRow[order[k]];
        if (seen[u] === 0) {
            seen[u] = 1;
            out[at++] = u;
        }
    }
    for (let start = 0; start < units;) {
        const g = unitGroup[out[start]];
        let end = start + 1;
        while (end < units && unitGroup[out[end]] === g)
            end++;
        if (end - start > 1)
            out.subarray(start, end).sort();
        start = end;
    }
    return out;
}
/** One model's cells (tie group and label) in its score order, and the cell of each unit. */
function cellsOf(unitGroup, unitLabel, groups, shared) {
    const cellOfKey = new Int32Array(2 * groups).fill(-1); // key = 2·group + label
    for (let u = 0; u < unitGroup.length; u++)
        cellOfKey[2 * unitGroup[u] + unitLabel[u]] = 0;
    let count = 0;
    for (let key = 0; key < cellOfKey.length; key++)
        if (cellOfKey[key] === 0)
            cellOfKey[key] = count++;
    const group = new Uint32Array(count);
    const label = new Uint8Array(count);
    for (let key = 0; key < cellOfKey.length; key++) {
        const c = cellOfKey[key];
        if (c < 0)
            continue;
        group[c] = key >>> 1;
        label[c] = key & 1;
    }
    const cellOfUnit = zeros(Uint32Array, unitGroup.length, shared);
    for (let u = 0; u < unitGroup.length; u++)
        cellOfUnit[u] = cellOfKey[2 * unitGroup[u] + unitLabel[u]];
    return { count, cellOfUnit, group, label };
}
function cellView(cells, groupScore, shared) {
    return {
        ...unitView(undefined, cells.group, groupScore, cells.label, shared),
        cellOfUnit: cells.cellOfUnit,
    };
}
/** Segment key of a score: the calibration bin, split at 0.5, NaN apart. */
function segmentKey(s) {
    if (Number.isNaN(s))
        return -1;
    return eceBin(s) * 2 + (s >= 0.5 ? 1 : 0);
}
function unitView(unitAt, unitGroup, groupScore, unitLabel, shared) {
    const count = unitGroup.length;
    const groupAt = new Uint32Array(count); // the group at each position
    for (let j = 0; j < count; j++)
        groupAt[j] = unitGroup[unitAt === undefined ? j : unitAt[j]];
    const score = zeros(Float64Array, count, shared);
    const loss = zeros(Float64Array, count, shared);
    const brier = zeros(Float64Array, count, shared);
    const bits = zeros(Uint8Array, count, shared);
    const segmentEnd = [];
    const segmentBin = [];
    let positiveSegments = 0;
    for (let j = 0; j < count; j++) {
        const g = groupAt[j];
        const s = groupScore[g];
        const y = unitLabel[unitAt === undefined ? j : unitAt[j]];
        const last = j + 1 === count;
        score[j] = s;
        loss[j] = -Math.log((0,conventions/* clip */.$Q)(y === 1 ? s : 1 - s));
        brier[j] = (y - s) * (y - s);
        bits[j] = y | (last || groupAt[j + 1] !== g ? 2 : 0);
        if (last || segmentKey(groupScore[groupAt[j + 1]]) !== segmentKey(s)) {
            segmentEnd.push(j + 1);
            segmentBin.push(Number.isNaN(s) ? -1 : eceBin(s));
            if (s >= 0.5)
                positiveSegments = segmentEnd.length;
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

;// CONCATENATED MODULE: ./.cache/build/lib/stats/wasm/binary-resample-kernel-wasm.js
// Generated by scripts/build-wasm.mjs from binary-resample-kernel.wat: do not edit.
/** The WebAssembly module of binary-resample-kernel.wat (1746 bytes), base64. */
const WASM_BASE64 = "AGFzbQEAAAABIwRgBX9/f39/AGAEf39/fwBgA39/ewBgCn9/f39/f39/f38AAwYFAAEAAgMFAwEAAQcsBQZtZW1vcnkCAARkcmF3" +
    "AAAGZ2F0aGVyAAEIY2VsbFN1bXMAAgRwYXNzAAQK5wwFggMCDHsEfyAA/QAEACEFIAD9AAQQIQYgAP0ABCAhByAA/QAEMCEIIAEo" +
    "AgAhESAB/QkCBCEMIAH9CQIIIQ0gAf0JAgwhDiAB/QkCECEPIAH9CQIUIRBBAf0RIQsgAiADQQJ0aiETIAIgBEECdGohFAJAA0Ag" +
    "EyAUTw0BIAUgBv2uASAI/a4BIQkgCCAL/a4BIQggBiAGQQn9rQH9USEFIAcgB0ED/asB/a4BIQYgB0EV/asBIAdBC/2tAf1QIAn9" +
    "rgEhB/0MAAAAAAAAAAAAAAAAAAAAACAJIAz9QP2xASAJIA39QP2xASAJIA79QP2xASAJIA/9QP2xASAJIBD9QP2xASEKIAkgEP1A" +
    "/VMEQEEFIRICQANAIBIgEU8NASAKIAkgASASQQJ0av0JAgT9QP2xASEKIBJBAWohEgwACwsLIBMgCiAK/YYBIAogCv2GAf1m/VoA" +
    "AAAgE0EEaiETDAALCyAAIAX9CwQAIAAgBv0LBBAgACAH/QsEICAAIAj9CwQwCz4BAX8gAiADQQJ0aiEEAkADQCACIARPDQEgAiAB" +
    "IAAoAgBBAnRqKAIANgIAIABBBGohACACQQRqIQIMAAsLC4YBAgN/AXsgA0EAIARBBHT8CwACQANAIAUgAk8NASAAIAVBAnRqKAIA" +
    "IQcgByAGRwRAIAMgBiAIEAMgByEG/QwAAAAAAAAAAAAAAAAAAAAAIQgLIAggASAFQQJ0av1cAAD9iQH9qQH9rgEhCCAFQQFqIQUM" +
    "AAsLIAJBAEsEQCADIAYgCBADCwsfAQF/IAAgAUEEdGohAyADIAP9AAQAIAL9rgH9CwQAC/kHAwV/Anwre0RZ8/jCH26lAf0UIRUC" +
    "QANAIAogBU8NASADIApBAnRqKAIAIQwgFiEsIBghLv0MAAAAAAAAAAAAAAAAAAAAACEw/QwAAAAAAAAAAAAAAAAAAAAAITL9DAAA" +
    "AAAAAAAAAAAAAAAAAAAhNCAXIS0gGSEv/QwAAAAAAAAAAAAAAAAAAAAAITH9DAAAAAAAAAAAAAAAAAAAAAAhM/0MAAAAAAAAAAAA" +
    "AAAAAAAAACE1AkADQCALIAxPDQEgAiALai0AACENIAgEQCAHIAtBBHRq/V0DAP3/ASE4IAcgC0EEdGr9XQMI/f8BITkFIAcgC0EC" +
    "dGr9CAAA/YkB/akB/f8BITggByALQQJ0av0IAAL9iQH9qQH9/wEhOQtCACANQQFxrX39EiERIA1BAXG4IQ8gACALQQN0av0KAwAh" +
    "EiABIAtBA3Rq/QoDACETIA8gEv0hAKEhECAQIBCi/RQhFCA4IBH9TiE6IBYgOv3wASEWIBggOCA6/fEB/fABIRggMCA4IBP98gH9" +
    "8AEhMCAyIDggFP3yAf3wASEyIDQgOCAS/fIB/fABITQgOSAR/U4hOyAXIDv98AEhFyAZIDkgO/3xAf3wASEZIDEgOSAT/fIB/fAB" +
    "ITEgMyA5IBT98gH98AEhMyA1IDkgEv3yAf3wASE1IA1BAUsEQCAeIBggHP3xASAWIBr98AH98gH98AEhHiAgIBYgGv3xASAW/fIB" +
    "IBYgGP3wASAV/fAB/fMB/fABISAgFiEaIBghHCAfIBkgHf3xASAXIBv98AH98gH98AEhHyAhIBcgG/3xASAX/fIBIBcgGf3wASAV" +
    "/fAB/fMB/fABISEgFyEbIBkhHQsgC0EBaiELDAALCyAEIApqLAAAQQBOIQ4gFiAY/fABICwgLv3wAf1KITYgIiAw/fABICIgNv1S" +
    "ISIgJCAy/fABICQgNv1SISQgDgRAICYgNCAWICz98QH98QH97AH98AEgJiA2/VIhJgsgFyAZ/fABIC0gL/3wAf1KITcgIyAx/fAB" +
    "ICMgN/1SISMgJSAz/fABICUgN/1SISUgDgRAICcgNSAXIC398QH98QH97AH98AEgJyA3/VIhJwsgCkEBaiEKIAogBkYEQCAWISgg" +
    "GCEqIBchKSAZISsLDAALCyAJIBb9CwQAIAkgF/0LBBAgCSAY/QsEICAJIBn9CwQwIAkgKP0LBEAgCSAp/QsEUCAJICr9CwRgIAkg" +
    "K/0LBHAgCSAe/QsEgAEgCSAf/QsEkAEgCSAg/QsEoAEgCSAh/QsEsAEgCSAi/QsEwAEgCSAj/QsE0AEgCSAk/QsE4AEgCSAl/QsE" +
    "8AEgCSAm/QsEgAIgCSAn/QsEkAIL";

;// CONCATENATED MODULE: ./.cache/build/lib/stats/binary-resample-block.js
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





/** Resamples per block: the lanes of an i32x4. */
const BINARY_BLOCK = 4;
const BLOCK = BINARY_BLOCK;
const METRICS = BINARY_METRIC_ORDER.length;
const binary_resample_block_SUMS = 9;
const embedded = new embedded_kernel/* EmbeddedKernel */.E(WASM_BASE64);
/** The JavaScript reference of the kernel's `draw` (same memory layout, same results). */
function drawReference(bytes, states, thresholds, counts, from, to) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset + states, 16);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const count = view.getUint32(thresholds, true);
    const limits = Array.from({ length: count }, (_, k) => view.getUint32(thresholds + 4 + 4 * k, true));
    const lane = new Int32Array(4);
    for (let l = 0; l < BLOCK; l++) {
        for (let word = 0; word < 4; word++)
            lane[word] = words[word * 4 + l];
        for (let u = from; u < to; u++) {
            const t = (0,bootstrap/* nextUint32 */.BW)(lane);
            let n = 0;
            for (const limit of limits)
                if (t >= limit)
                    n++;
            bytes[counts + u * BLOCK + l] = n;
        }
        for (let word = 0; word < 4; word++)
            words[word * 4 + l] = lane[word];
    }
}
/** The JavaScript reference of the kernel's `gather`. */
function gatherReference(bytes, unitAt, counts, gathered, n) {
    const data = new DataView(bytes.buffer, bytes.byteOffset);
    for (let j = 0; j < n; j++) {
        const u = data.getUint32(unitAt + 4 * j, true);
        bytes.copyWithin(gathered + 4 * j, counts + 4 * u, counts + 4 * u + 4);
    }
}
/** The JavaScript reference of the kernel's `cellSums`. */
function cellSumsReference(bytes, cellOfUnit, counts, n, sums, cells) {
    const data = new DataView(bytes.buffer, bytes.byteOffset);
    bytes.fill(0, sums, sums + 16 * cells);
    for (let u = 0; u < n; u++) {
        const at = sums + 16 * data.getUint32(cellOfUnit + 4 * u, true);
        for (let l = 0; l < BLOCK; l++)
            data.setUint32(at + 4 * l, data.getUint32(at + 4 * l, true) + bytes[counts + 4 * u + l], true);
    }
}
/**
 * The JavaScript reference of the kernel's `pass`: unitBinarySums (the JavaScript pass) of each lane, sum k of
 * lane l at out + 8 · (4k + l).
 */
function passReference(bytes, scores, losses, bitsAt, segmentEnds, segmentBins, segments, positiveSegments, counts, wide, out) {
    const data = new DataView(bytes.buffer, bytes.byteOffset);
    const positions = segments > 0 ? data.getUint32(segmentEnds + 4 * (segments - 1), true) : 0;
    const score = Float64Array.from({ length: positions }, (_, j) => data.getFloat64(scores + 8 * j, true));
    const bits = bytes.slice(bitsAt, bitsAt + positions);
    const view = {
        unitAt: undefined,
        cellOfUnit: undefined,
        score,
        loss: Float64Array.from({ length: positions }, (_, j) => data.getFloat64(losses + 8 * j, true)),
        brier: score.map((s, j) => ((bits[j] & 1) - s) * ((bits[j] & 1) - s)),
        bits,
        segmentEnd: Uint32Array.from({ length: segments }, (_, s) => data.getUint32(segmentEnds + 4 * s, true)),
        segmentBin: Int8Array.from({ length: segments }, (_, s) => data.getInt8(segmentBins + s)),
        positiveSegments,
    };
    const sums = new Float64Array(binary_resample_block_SUMS);
    const capped = new Uint8Array(positions);
    const full = new Float64Array(positions);
    for (let l = 0; l < BLOCK; l++) {
        for (let j = 0; j < positions; j++) {
            const count = wide
                ? data.getUint32(counts + 16 * j + 4 * l, true)
                : bytes[counts + 4 * j + l];
            capped[j] = Math.min(count, bootstrap/* LARGE_WEIGHT */.nZ);
            full[j] = count;
        }
        unitBinarySums(view, capped, full, sums);
        for (let k = 0; k < binary_resample_block_SUMS; k++)
            data.setFloat64(out + 8 * (4 * k + l), sums[k], true);
    }
}
const align = (n) => Math.ceil(n / 64) * 64;
/** Memory of the kernel: 4 GiB at most (32-bit addresses); leave room to spare. */
const MAX_MEMORY = 2 ** 31;
/**
 * Computes blocks of four resamples of a binary job (Poisson resampling of units; see the module comment).
 */
class BinaryResampleBlock {
    wasm;
    kernel;
    bytes;
    words;
    sums;
    statesAt = 0;
    thresholdsAt = 64;
    outAt = 512;
    countsAt;
    units;
    tiedUnits;
    tiedTables;
    /** Counts of 255 and more (only when a unit can draw one), unit-major like the counts. */
    large;
    views;
    /** Per view: its place in memory, or undefined for the JavaScript pass. */
    placed;
    laneWeights;
    inView;
    raw = new Float64Array(METRICS);
    /**
     * @param rows the rows resampled; multiplicity: rows per unit; views: each model's view of the units
     * @param useWasm false: the JavaScript references (for tests)
     */
    constructor(rows, multiplicity, views, useWasm = true) {
        const resampler = new bootstrap/* UnitResampler */.ir(rows, multiplicity, undefined, "poisson");
        this.units = multiplicity.length;
        this.tiedUnits = resampler.tiedUnits;
        this.tiedTables = resampler.tiedTables;
        this.views = views;
        const mayBeLarge = this.tiedTables.some((table) => table.high >= bootstrap/* LARGE_WEIGHT */.nZ);
        this.large = mayBeLarge ? new Float64Array(this.units * BLOCK) : undefined;
        this.countsAt = 1024;
        let size = align(this.countsAt + this.units * BLOCK);
        const places = views.map((view) => {
            // Counts of 255 or more fit no byte: where units can draw them, the first model's view (positions are
            // units) reads the counts copied as u32 (few units: such units are many rows each); others take the
            // JavaScript pass. A cell's sums must fit a u32.
            const direct = view.unitAt === undefined && view.cellOfUnit === undefined;
            if (mayBeLarge && !direct)
                return undefined;
            if (view.cellOfUnit !== undefined && rows >= 2 ** 30)
                return undefined;
            const segments = view.segmentEnd.length;
            const positions = view.score.length;
            let gather;
            let cells;
            let wide;
            if (mayBeLarge) {
                wide = size;
                size = align(size + this.units * 16);
            }
            else if (view.cellOfUnit !== undefined) {
                cells = { cellOfUnit: size, sums: align(size + this.units * 4), count: positions };
                size = align(cells.sums + positions * 16);
            }
            else if (view.unitAt !== undefined) {
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
        }
        else
            this.bytes = new Uint8Array(size);
        this.wasm = this.kernel !== undefined;
        this.words = new Int32Array(this.bytes.buffer, this.statesAt, 16);
        this.sums = new Float64Array(this.bytes.buffer, this.outAt, binary_resample_block_SUMS * BLOCK);
        const thresholds = (0,bootstrap/* poissonOneThresholds */.WO)();
        const data = new DataView(this.bytes.buffer);
        data.setUint32(this.thresholdsAt, thresholds.length, true);
        new Uint32Array(this.bytes.buffer, this.thresholdsAt + 4, thresholds.length).set(thresholds);
        views.forEach((view, m) => {
            const place = places[m];
            if (place === undefined)
                return;
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
        this.laneWeights = (0,bootstrap/* unitWeights */.UR)(this.units);
        this.inView = (0,bootstrap/* unitWeights */.UR)(positions);
    }
    /**
     * Resamples first..first+3 of the stream `seed`: resample first + l's metric i of model m goes to
     * results[((first + l) · models + m) · metrics + i] for the resamples below `end`.
     */
    run(seed, first, end, results) {
        this.draw(seed, first);
        const models = this.views.length;
        const lanes = Math.min(BLOCK, end - first);
        for (let m = 0; m < models; m++) {
            const place = this.placed[m];
            if (place !== undefined) {
                const { gather, cells } = place;
                if (gather !== undefined) {
                    const args = [gather.unitAt, this.countsAt, gather.counts, gather.positions];
                    if (this.kernel !== undefined)
                        this.kernel.gather(...args);
                    else
                        gatherReference(this.bytes, ...args);
                }
                if (cells !== undefined) {
                    const args = [cells.cellOfUnit, this.countsAt, this.units, cells.sums, cells.count];
                    if (this.kernel !== undefined)
                        this.kernel.cellSums(...args);
                    else
                        cellSumsReference(this.bytes, ...args);
                }
                if (place.wide !== undefined)
                    this.widen(place.wide);
                this.pass(place);
                const { sums } = this;
                for (let l = 0; l < lanes; l++) {
                    binaryMetricsFromSums(sums[l], sums[4 + l], sums[8 + l], sums[12 + l], sums[16 + l], sums[20 + l], sums[24 + l], sums[28 + l], sums[32 + l], results, ((first + l) * models + m) * METRICS);
                }
            }
            else {
                for (let l = 0; l < lanes; l++) {
                    this.laneCounts(l);
                    binaryViewMetrics(this.views[m], this.laneWeights, this.inView, this.raw);
                    results.set(this.raw, ((first + l) * models + m) * METRICS);
                }
            }
        }
    }
    /** The block's counts as 4 × u32 per unit at `at`, counts of 255 and more included. */
    widen(at) {
        const { bytes, countsAt, large } = this;
        const wide = new Uint32Array(bytes.buffer, at, this.units * BLOCK);
        for (let k = 0; k < wide.length; k++) {
            const count = bytes[countsAt + k];
            wide[k] = count === bootstrap/* LARGE_WEIGHT */.nZ ? large[k] : count;
        }
    }
    /** The counts of lane l as UnitWeights (for the JavaScript pass and the tests). */
    laneCounts(l, out = this.laneWeights) {
        const { bytes, countsAt, large } = this;
        const { small } = out;
        for (let u = 0; u < this.units; u++) {
            const count = bytes[countsAt + u * BLOCK + l];
            small[u] = count;
            if (count === bootstrap/* LARGE_WEIGHT */.nZ)
                out.large[u] = large[u * BLOCK + l];
        }
        return out;
    }
    /** Every unit's count in resamples first..first+3. */
    draw(seed, first) {
        const { words, bytes, countsAt, tiedUnits, tiedTables, large } = this;
        for (let l = 0; l < BLOCK; l++) {
            const state = (0,bootstrap/* resampleStream */.GL)(seed, first + l);
            for (let word = 0; word < 4; word++)
                words[word * 4 + l] = state[word];
        }
        let from = 0;
        for (let k = 0; k < tiedUnits.length; k++) {
            const u = tiedUnits[k];
            if (u > from)
                this.drawOnes(from, u);
            const table = tiedTables[k];
            for (let l = 0; l < BLOCK; l++) {
                // one sfc32 step of lane l (nextUint32, on the lane's words in place)
                const a = words[l];
                const b = words[4 + l];
                const c = words[8 + l];
                const d = words[12 + l];
                const t = (((a + b) | 0) + d) | 0;
                words[l] = b ^ (b >>> 9);
                words[4 + l] = (c + (c << 3)) | 0;
                words[8 + l] = (((c << 21) | (c >>> 11)) + t) | 0;
                words[12 + l] = (d + 1) | 0;
                const count = (0,bootstrap/* samplePoisson */.MM)(table, t >>> 0);
                if (count >= bootstrap/* LARGE_WEIGHT */.nZ) {
                    bytes[countsAt + u * BLOCK + l] = bootstrap/* LARGE_WEIGHT */.nZ;
                    large[u * BLOCK + l] = count;
                }
                else
                    bytes[countsAt + u * BLOCK + l] = count;
            }
            from = u + 1;
        }
        if (from < this.units)
            this.drawOnes(from, this.units);
    }
    drawOnes(from, to) {
        if (this.kernel !== undefined)
            this.kernel.draw(this.statesAt, this.thresholdsAt, this.countsAt, from, to);
        else
            drawReference(this.bytes, this.statesAt, this.thresholdsAt, this.countsAt, from, to);
    }
    pass(place) {
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
        ];
        if (this.kernel !== undefined)
            this.kernel.pass(...args);
        else
            passReference(this.bytes, ...args);
    }
}
/** Runs both kernels (and the JavaScript pass) a few times on tiny inputs: see `warmUp` in bootstrap-workers. */
function warmUpBlock(views, multiplicity, rows) {
    const block = new BinaryResampleBlock(rows, multiplicity, views);
    const results = new Float64Array(BLOCK * views.length * METRICS);
    for (let r = 0; r < 8; r++)
        block.run(r, 0, BLOCK, results);
}

;// CONCATENATED MODULE: ./.cache/build/lib/stats/metrics/multiclass.js
/**
 * Multiclass metrics: labels 0..K−1, probabilities row-major n×K. Weights, NaN and zero division follow
 * ./conventions.ts.
 */

function classCount(labels, probabilities) {
    const n = labels.length;
    if (n === 0)
        return 0;
    const k = probabilities.length / n;
    if (!Number.isInteger(k) || k < 1) {
        throw new RangeError(`probabilities has ${probabilities.length} entries, not a multiple of ${n} rows`);
    }
    return k;
}
/** The predicted class of each row: the first column with the largest probability (`numpy.argmax`). */
function argmaxRows(probabilities, k) {
    const n = Math.floor(probabilities.length / k);
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const base = i * k;
        let best = 0;
        let bestValue = probabilities[base];
        for (let j = 1; j < k; j++) {
            const v = probabilities[base + j];
            if (v > bestValue) {
                bestValue = v;
                best = j;
            }
        }
        out[i] = best;
    }
    return out;
}
/** Accuracy of predicted class labels (as `sklearn.metrics.accuracy_score`). */
function labelAccuracy(labels, predicted, weights) {
    (0,conventions/* checkLength */.Nv)("predicted", labels.length, predicted);
    (0,conventions/* checkLength */.Nv)("weights", labels.length, weights);
    let correct = 0;
    let total = 0;
    for (let i = 0; i < labels.length; i++) {
        const w = (0,conventions/* weightAt */.UT)(weights, i);
        if (labels[i] === predicted[i])
            correct += w;
        total += w;
    }
    return total === 0 ? Number.NaN : correct / total;
}
function multiclassAccuracy(labels, probabilities, weights) {
    const k = classCount(labels, probabilities);
    if (k === 0)
        return Number.NaN;
    return labelAccuracy(labels, argmaxRows(probabilities, k), weights);
}
function perClassF1(labels, predicted, k, weights) {
    const tp = new Float64Array(k);
    const truth = new Float64Array(k);
    const pred = new Float64Array(k);
    for (let i = 0; i < labels.length; i++) {
        const w = (0,conventions/* weightAt */.UT)(weights, i);
        if (w === 0)
            continue;
        const y = labels[i];
        const p = predicted[i];
        if (!(y >= 0 && y < k && Number.isInteger(y)))
            throw new RangeError(`label ${y} at row ${i} is not in 0..${k - 1}`);
        truth[y] = truth[y] + w;
        pred[p] = pred[p] + w;
        if (y === p)
            tp[y] = tp[y] + w;
    }
    const f1s = new Float64Array(k);
    const present = new Uint8Array(k);
    for (let c = 0; c < k; c++) {
        const t = tp[c];
        const denominator = truth[c] + pred[c];
        present[c] = denominator > 0 ? 1 : 0;
        f1s[c] = (0,conventions/* ratio */.CG)(2 * t, denominator);
    }
    return { f1: f1s, support: truth, present };
}
/**
 * Macro F1 as `sklearn.metrics.f1_score(average="macro")`: the unweighted mean of per-class F1 over the
 * classes that occur among the true or predicted labels (with positive weight, so that it matches the
 * resampled rows); a class with no true and no predicted row is left out, as scikit-learn does.
 */
function macroF1(labels, probabilities, weights) {
    const k = classCount(labels, probabilities);
    if (k === 0)
        return Number.NaN;
    (0,conventions/* checkLength */.Nv)("weights", labels.length, weights);
    const { f1: f1s, present } = perClassF1(labels, argmaxRows(probabilities, k), k, weights);
    let sum = 0;
    let count = 0;
    for (let c = 0; c < k; c++) {
        if (present[c] === 1) {
            sum += f1s[c];
            count++;
        }
    }
    return count === 0 ? Number.NaN : sum / count;
}
/** Weighted F1 as `sklearn.metrics.f1_score(average="weighted")`: per-class F1 weighted by true support. */
function weightedF1(labels, probabilities, weights) {
    const k = classCount(labels, probabilities);
    if (k === 0)
        return Number.NaN;
    (0,conventions/* checkLength */.Nv)("weights", labels.length, weights);
    const { f1: f1s, support } = perClassF1(labels, argmaxRows(probabilities, k), k, weights);
    let sum = 0;
    let total = 0;
    for (let c = 0; c < k; c++) {
        sum += f1s[c] * support[c];
        total += support[c];
    }
    return total === 0 ? 0 : sum / total;
}
/**
 * Multiclass log loss as `sklearn.metrics.log_loss` in 1.9: −log of the true class's probability,
 * clipped to [ε, 1 − ε] (float64 machine epsilon), with no renormalisation of the rows.
 */
function multiclassLogLoss(labels, probabilities, weights) {
    const k = classCount(labels, probabilities);
    if (k === 0)
        return Number.NaN;
    (0,conventions/* checkLength */.Nv)("weights", labels.length, weights);
    let sum = 0;
    let total = 0;
    for (let i = 0; i < labels.length; i++) {
        const w = (0,conventions/* weightAt */.UT)(weights, i);
        if (w === 0)
            continue;
        const y = labels[i];
        if (!(y >= 0 && y < k && Number.isInteger(y)))
            throw new RangeError(`label ${y} at row ${i} is not in 0..${k - 1}`);
        sum -= w * Math.log((0,conventions/* clip */.$Q)(probabilities[i * k + y]));
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}

;// CONCATENATED MODULE: ./.cache/build/lib/stats/metrics/regression.js
/** Regression metrics on actual and predicted values. Weights and NaN follow ./conventions.ts. */

function meanOf(actual, predicted, weights, term) {
    (0,conventions/* checkLength */.Nv)("predicted", actual.length, predicted);
    (0,conventions/* checkLength */.Nv)("weights", actual.length, weights);
    let sum = 0;
    let total = 0;
    for (let i = 0; i < actual.length; i++) {
        const w = (0,conventions/* weightAt */.UT)(weights, i);
        if (w === 0)
            continue;
        sum += w * term(actual[i], predicted[i]);
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}
/** As `sklearn.metrics.root_mean_squared_error`. */
function rmse(actual, predicted, weights) {
    return Math.sqrt(meanOf(actual, predicted, weights, (y, p) => (y - p) * (y - p)));
}
/** As `sklearn.metrics.mean_absolute_error`. */
function mae(actual, predicted, weights) {
    return meanOf(actual, predicted, weights, (y, p) => Math.abs(y - p));
}
/** As `sklearn.metrics.mean_absolute_percentage_error`: mean |y − p| / max(|y|, ε), ε = float64 epsilon. */
function mape(actual, predicted, weights) {
    return meanOf(actual, predicted, weights, (y, p) => Math.abs(p - y) / Math.max(Math.abs(y), conventions/* FLOAT64_EPS */.yn));
}
/**
 * As `sklearn.metrics.r2_score` (force_finite=True): 1 − SS_res / SS_tot around the weighted mean;
 * when SS_tot is 0 it is 1 for a perfect fit and 0 otherwise.
 */
function r2(actual, predicted, weights) {
    (0,conventions/* checkLength */.Nv)("predicted", actual.length, predicted);
    (0,conventions/* checkLength */.Nv)("weights", actual.length, weights);
    let sumY = 0;
    let total = 0;
    for (let i = 0; i < actual.length; i++) {
        const w = (0,conventions/* weightAt */.UT)(weights, i);
        sumY += w * actual[i];
        total += w;
    }
    if (total === 0)
        return Number.NaN;
    const mean = sumY / total;
    let ssRes = 0;
    let ssTot = 0;
    for (let i = 0; i < actual.length; i++) {
        const w = (0,conventions/* weightAt */.UT)(weights, i);
        if (w === 0)
            continue;
        const y = actual[i];
        const d = y - predicted[i];
        const e = y - mean;
        ssRes += w * d * d;
        ssTot += w * e * e;
    }
    if (ssTot === 0)
        return ssRes === 0 ? 1 : 0;
    return 1 - ssRes / ssTot;
}

;// CONCATENATED MODULE: ./.cache/build/lib/stats/bootstrap-workers.js
/**
 * The resamples of `metric-set.ts`, computed in this thread or split across worker_threads.
 *
 * Every resample's counts come from its own sfc32 stream (seed, resample index) and its metrics only from
 * those counts, so resamples can be computed in any order, by any thread: each thread claims chunks of
 * resample indices from a shared counter and writes each resample's metrics to its own slots of a shared
 * array, which the caller then reads in resample order. The result is bit-identical for any number of
 * threads (the same code computes the same IEEE operations; nothing is summed across resamples here).
 *
 * The calling thread blocks (Atomics.wait) while it waits for the workers' last chunks, so the API stays
 * synchronous. It computes chunks itself from the start, so a worker that cannot start (e.g. this module
 * runs from TypeScript source under vitest) costs nothing: the caller just claims every chunk. A worker that
 * fails after claiming a chunk says so (or stops making progress), and the caller computes its chunks.
 *
 * The worker starts where src/workers/worker-entry.ts says: in an ncc bundle on the bundle's entry, which
 * then loads only this module (and what it imports); in a tsc build on this module's own file. Either way
 * this module sees its worker data at the end of its evaluation, does its work and ends the thread
 * (`process.exit` in a worker stops only that thread). So no separate worker file has to be bundled.
 *
 * This module imports no configuration (zod): a worker of a tsc build loads only the stats modules.
 */











/** Metric values in METRICS_BY_TASK order. */
function valuesInOrder(p, weights, order) {
    switch (p.task) {
        case "binary": {
            const m = binaryMetrics(p.scores, p.labels, weights, order);
            return [m.accuracy, m.precision, m.recall, m.f1, m.roc_auc, m.pr_auc, m.log_loss, m.brier, m.ece];
        }
        case "multiclass":
            return [
                multiclassAccuracy(p.labels, p.probabilities, weights),
                macroF1(p.labels, p.probabilities, weights),
                weightedF1(p.labels, p.probabilities, weights),
                multiclassLogLoss(p.labels, p.probabilities, weights),
            ];
        case "regression":
            return [
                rmse(p.actual, p.predicted, weights),
                mae(p.actual, p.predicted, weights),
                r2(p.actual, p.predicted, weights),
                mape(p.actual, p.predicted, weights),
            ];
    }
}
/**
 * Units, views and estimates of one or two models' predictions of the same rows. `shared`: allocate the
 * binary units' arrays in SharedArrayBuffers, for a job that worker threads will compute (it saves copying
 * them there).
 */
function prepareResamples(models, method, options = {}) {
    const first = models[0];
    if (first.task === "binary") {
        warmUp();
        const { labels } = first;
        const scoreSets = models.map((model) => model.scores);
        const { workers } = options;
        const units = binaryUnits(labels, scoreSets, {
            shared: options.shared === true,
            // the second model's tie groups from a worker started before the preparation, if one took them
            ...(workers !== undefined
                ? { tieGroupsOf: (m, scores) => workers.tieGroupsOf(m, scores) }
                : {}),
        });
        const resolved = method ?? (0,bootstrap/* resampleMethod */.xH)(units.rows);
        let estimates;
        return {
            job: {
                kind: "binary",
                rows: units.rows,
                multiplicity: units.multiplicity,
                unitOfRow: resolved === "multinomial" ? units.unitOfRow : undefined,
                method: resolved,
                views: units.views,
            },
            models: models.length,
            metrics: BINARY_METRIC_ORDER.length,
            get estimates() {
                estimates ??= scoreSets.map((scores, m) => valuesInOrder({ task: "binary", labels, scores }, undefined, units.orders[m]));
                return estimates;
            },
        };
    }
    const estimates = models.map((model) => valuesInOrder(model));
    const rows = first.task === "regression" ? first.actual.length : first.labels.length;
    const metrics = estimates[0].length;
    return {
        job: { kind: "rows", rows, method: method ?? (0,bootstrap/* resampleMethod */.xH)(rows), models, metrics },
        models: models.length,
        metrics,
        estimates,
    };
}
/** Resamples computed together by a job's kernel (chunks are multiples of it). */
function blockOf(job) {
    return job.kind === "binary" && job.method === "poisson" ? BINARY_BLOCK : 1;
}
function kernel(job) {
    if (job.kind === "binary" && job.method === "poisson") {
        // four resamples at a time, WebAssembly SIMD (binary-resample-block.ts)
        const block = new BinaryResampleBlock(job.rows, job.multiplicity, job.views);
        return {
            run(seed, from, to, results) {
                for (let r = from; r < to; r += BINARY_BLOCK)
                    block.run(seed, r, to, results);
            },
        };
    }
    const resampler = job.kind === "binary"
        ? new bootstrap/* UnitResampler */.ir(job.rows, job.multiplicity, job.unitOfRow, job.method)
        : new bootstrap/* UnitResampler */.ir(job.rows, undefined, undefined, job.method);
    const weights = (0,bootstrap/* unitWeights */.UR)(resampler.units);
    const models = job.kind === "binary" ? job.views.length : job.models.length;
    let evaluate;
    if (job.kind === "binary") {
        const { views } = job;
        const inView = (0,bootstrap/* unitWeights */.UR)(resampler.units); // weights in a later model's score order
        const raw = new Float64Array(BINARY_METRIC_ORDER.length);
        evaluate = (at, results) => {
            for (let m = 0; m < views.length; m++) {
                binaryViewMetrics(views[m], weights, inView, raw);
                results.set(raw, at + m * raw.length);
            }
        };
    }
    else {
        const rowWeights = new Float64Array(job.rows);
        evaluate = (at, results) => {
            for (let i = 0; i < job.rows; i++)
                rowWeights[i] = (0,bootstrap/* weightOf */.mm)(weights, i);
            let offset = at;
            for (const model of job.models) {
                const values = valuesInOrder(model, rowWeights);
                results.set(values, offset);
                offset += values.length;
            }
        };
    }
    const metrics = job.kind === "binary" ? BINARY_METRIC_ORDER.length : job.metrics;
    return {
        run(seed, from, to, results) {
            for (let r = from; r < to; r++) {
                resampler.fill(seed, r, weights);
                evaluate(r * models * metrics, results);
            }
        },
    };
}
/**
 * V8 compiles a long loop while it runs (on-stack replacement) from the type feedback gathered so far.
 * In the first call on a large input that happens before the code after the loop, or a rare branch, has
 * ever run; the compiled loop then lacks feedback there and deoptimizes at that point in EVERY later call
 * (seen on Node 20: about 1 ms per call, and the binary pass ran 3× slower). Running the per-resample
 * functions on tiny inputs once per thread, every path included, gives all of their code feedback first.
 */
let warmedUp = false;
function warmUp() {
    if (warmedUp)
        return;
    warmedUp = true;
    (0,bootstrap/* warmUpResampler */.gp)();
    const labels = Int32Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const scores = Float64Array.from({ length: 24 }, (_, i) => (i < 12 ? i / 12 : (i % 4) / 4));
    const coarse = Float64Array.from(scores, (s) => (s < 0.5 ? 0.25 : 0.75));
    // views of every kind: the first model's units, a second model's units, a second model's cells
    for (const other of [Float64Array.from(scores, (s) => 1 - s), coarse]) {
        const units = binaryUnits(labels, [scores, other]);
        // tied units 400× larger: counts of 255 and more, stored apart
        const multiplicity = Float64Array.from(units.multiplicity, (m) => (m > 1 ? 400 * m : m));
        const rows = multiplicity.reduce((sum, m) => sum + m, 0);
        const resampler = new bootstrap/* UnitResampler */.ir(rows, multiplicity, undefined, "poisson");
        const weights = (0,bootstrap/* unitWeights */.UR)(multiplicity.length);
        const inView = (0,bootstrap/* unitWeights */.UR)(multiplicity.length);
        const out = new Float64Array(BINARY_METRIC_ORDER.length);
        for (let r = 0; r < 8; r++) {
            resampler.fill(r, r, weights);
            for (const view of units.views)
                binaryViewMetrics(view, weights, inView, out);
        }
        // blocks: with counts of 255 and more (the JavaScript pass), and without (the WebAssembly pass)
        warmUpBlock(units.views, multiplicity, rows);
        warmUpBlock(units.views, units.multiplicity, units.rows);
    }
}
// ---------------------------------------------------------------------------------------------------
// Threads
/**
 * From this much work on (units × models × resamples; ~8 ns each for binary metrics, so ~0.8 s in one
 * thread), resamples are split across threads by default. A worker takes ~0.1–0.2 s to start from a bundle
 * (it evaluates the bundle's modules up to this one): measured with the CLI bundle on 2 cores, 2 threads
 * saved 0.06 s at 5·10^7, 0.23 s at 10^8 and 0.6 s at 2·10^8.
 */
const PARALLEL_MIN_WORK = 1e8;
/** Environment variable: the number of threads computing resamples (the calling one included); 1 = never
 * use workers. When set it applies whatever the size. */
const THREADS_ENV = "TRAINYARD_BOOTSTRAP_WORKERS";
/** Threads for a job: `requested` (an option), else the environment variable, else
 * os.availableParallelism() from PARALLEL_MIN_WORK on and 1 below. */
function bootstrapThreads(work, requested) {
    if (requested !== undefined)
        return Math.max(1, Math.floor(requested));
    const fromEnv = Number(process.env[THREADS_ENV] ?? Number.NaN);
    if (Number.isInteger(fromEnv) && fromEnv >= 1)
        return fromEnv;
    return work >= PARALLEL_MIN_WORK ? (0,external_node_os_.availableParallelism)() : 1;
}
let lastRun;
function lastResampleRun() {
    return lastRun;
}
/**
 * Resamples 0..resamples−1 of a prepared job: resample r's metric i of model m at
 * [(r · models + m) · metrics + i]. `threads` as {@link bootstrapThreads} gives it. `workers`: workers
 * started before the job was prepared (see {@link ResampleWorkers}); else they are started here. Either way
 * they end when this returns.
 */
function computeResamples(prepared, seed, resamples, threads, workers) {
    const size = resamples * prepared.models * prepared.metrics;
    const units = prepared.job.kind === "binary" ? prepared.job.multiplicity.length : prepared.job.rows;
    // ~2·10^6 unit evaluations per chunk (2 resamples at 1M units, ~20 ms): cheap claims, little idle time
    // at the end
    // (a multiple of the kernel's block: a chunk of a binary Poisson job is whole blocks of 4 resamples)
    const block = blockOf(prepared.job);
    const perChunk = Math.max(1, Math.min(16, Math.round(2e6 / Math.max(1, units * prepared.models))));
    const chunk = Math.ceil(perChunk / block) * block;
    const chunks = Math.ceil(resamples / chunk);
    const workerCount = Math.max(0, Math.min(threads - 1, chunks - 1));
    if (workerCount === 0) {
        workers?.end();
        const results = new Float64Array(size);
        kernel(prepared.job).run(seed, 0, resamples, results);
        lastRun = {
            threads,
            workers: 0,
            chunks: 1,
            chunksHere: 1,
            recomputed: 0,
            tieGroupsByWorker: workers?.tieGroupsByWorker === true,
        };
        return results;
    }
    const pool = workers ?? new ResampleWorkers(workerCount, false);
    const { control } = pool;
    const results = new Float64Array(new SharedArrayBuffer(size * Float64Array.BYTES_PER_ELEMENT));
    const chunkState = new Int32Array(new SharedArrayBuffer(chunks * Int32Array.BYTES_PER_ELEMENT));
    const started = pool.post({ job: shareArrays(prepared.job), seed, resamples, chunk, chunkState, results }, workerCount);
    // the estimates (two models' metrics: ~0.2 s each at 1M rows) while the workers start
    void prepared.estimates;
    const here = kernel(prepared.job);
    try {
        const startedAt = performance.now();
        const chunksHere = claimChunks(here, seed, resamples, chunk, control, chunkState, results);
        const chunkMs = chunksHere > 0 ? (performance.now() - startedAt) / chunksHere : 0;
        if (started > 0)
            awaitChunks(control, chunks, Math.max(5000, 20 * chunkMs));
        // chunks a worker claimed but did not finish (it failed, or stalled): computed here
        let recomputed = 0;
        for (let c = 0; c < chunks; c++) {
            if (Atomics.load(chunkState, c) !== 0)
                continue;
            here.run(seed, c * chunk, Math.min(resamples, (c + 1) * chunk), results);
            recomputed++;
        }
        lastRun = {
            threads,
            workers: started,
            chunks,
            chunksHere: chunksHere + recomputed,
            recomputed,
            tieGroupsByWorker: pool.tieGroupsByWorker,
        };
    }
    finally {
        pool.end();
    }
    return results;
}
const WORKER_KEY = "trainyardBootstrapWorker";
/** control[NEXT]: the next unclaimed chunk; [DONE]: chunks finished; [FAILED]: workers that threw;
 * [JOB]: 1 once the workers have their job message, −1 when there is none (they end);
 * [GROUPS_STATE]: the second model's tie groups, 0 unclaimed, 1 being computed by a worker, 2 done by it,
 * 3 taken by the calling thread; [GROUPS]: their number. */
const NEXT = 0;
const DONE = 1;
const FAILED = 2;
const JOB = 3;
const GROUPS_STATE = 4;
const GROUPS = 5;
const CONTROL = 6;
/**
 * The workers of one bootstrap, which can start before its job is prepared, so that their start (~0.1–0.2 s
 * from a bundle) overlaps the preparation instead of following it: they warm up, then wait for the job.
 * Given the second model's scores, the first worker to start takes that model's tie groups (its sort),
 * which the calling thread would otherwise compute after the first model's. Whichever thread claims them
 * first computes them, so a worker that starts late (or not at all) costs nothing.
 */
class ResampleWorkers {
    control = new Int32Array(new SharedArrayBuffer(CONTROL * Int32Array.BYTES_PER_ELEMENT));
    workers = [];
    groups;
    ended = false;
    /** Whether {@link tieGroupsOf} returned a worker's tie groups. */
    tieGroupsByWorker = false;
    constructor(count, binary, secondScores) {
        if (secondScores !== undefined) {
            const n = secondScores.length;
            const scores = new Float64Array(new SharedArrayBuffer(8 * n));
            scores.set(secondScores);
            this.groups = {
                scores,
                order: new Uint32Array(new SharedArrayBuffer(4 * n)),
                group: new Uint32Array(new SharedArrayBuffer(4 * n)),
                score: new Float64Array(new SharedArrayBuffer(8 * n)),
            };
        }
        const task = { [WORKER_KEY]: true, control: this.control, binary, groups: this.groups };
        for (let w = 0; w < count; w++) {
            const worker = startWorker(task);
            if (worker !== undefined)
                this.workers.push(worker);
        }
    }
    /**
     * Model m's tie groups: the second model's from the worker that took them (waiting for it to finish),
     * else computed here.
     */
    tieGroupsOf(m, scores) {
        const { control, groups } = this;
        if (m !== 1 || groups === undefined || Atomics.compareExchange(control, GROUPS_STATE, 0, 3) === 0)
            return tieGroups(scores);
        // a worker took them: wait (a worker that failed, or stalls for 10 s, leaves them to this thread)
        const deadline = performance.now() + 10_000;
        while (Atomics.load(control, GROUPS_STATE) === 1 && Atomics.load(control, FAILED) === 0) {
            if (performance.now() > deadline)
                break;
            Atomics.wait(control, GROUPS_STATE, 1, 100);
        }
        if (Atomics.load(control, GROUPS_STATE) !== 2)
            return tieGroups(scores);
        this.tieGroupsByWorker = true;
        const count = Atomics.load(control, GROUPS);
        return { order: groups.order, group: groups.group, score: groups.score.subarray(0, count) };
    }
    /** Gives the job to the first `count` workers (the others end); returns how many have it. */
    post(job, count) {
        const given = this.workers.slice(0, count);
        for (const worker of given)
            worker.postMessage(job);
        for (const worker of this.workers.slice(count))
            worker.postMessage(null); // no job: it ends
        Atomics.store(this.control, JOB, 1);
        Atomics.notify(this.control, JOB);
        return given.length;
    }
    /** Ends the workers: those waiting for a job, and those computing one. */
    end() {
        if (this.ended)
            return;
        this.ended = true;
        if (Atomics.compareExchange(this.control, JOB, 0, -1) === 0)
            Atomics.notify(this.control, JOB);
        for (const worker of this.workers)
            worker.terminate().catch(() => undefined);
    }
}
function startWorker(task) {
    try {
        const worker = new external_node_worker_threads_.Worker((0,worker_entry/* workerFile */.Tv)(import.meta.url), {
            workerData: { ...task, ...(0,worker_entry/* workerModule */.Fh)("bootstrap") },
            // whatever a bundle's modules print while the worker evaluates them stays out of our output
            stdout: true,
            stderr: true,
        });
        worker.on("error", () => undefined); // e.g. the file cannot be loaded: the caller computes its share
        worker.unref();
        return worker;
    }
    catch {
        return undefined;
    }
}
/** Claims and computes chunks until none is left; returns how many it computed. */
function claimChunks(k, seed, resamples, chunk, control, chunkState, results) {
    let computed = 0;
    for (;;) {
        const c = Atomics.add(control, NEXT, 1);
        const from = c * chunk;
        if (from >= resamples)
            return computed;
        k.run(seed, from, Math.min(resamples, from + chunk), results);
        Atomics.store(chunkState, c, 1);
        Atomics.add(control, DONE, 1);
        Atomics.notify(control, DONE);
        computed++;
    }
}
/** Blocks until every chunk is finished, a worker failed, or no chunk finished for `stallMs`. */
function awaitChunks(control, chunks, stallMs) {
    for (;;) {
        const done = Atomics.load(control, DONE);
        if (done >= chunks || Atomics.load(control, FAILED) > 0)
            return;
        if (Atomics.wait(control, DONE, done, stallMs) === "timed-out")
            return;
    }
}
/** A copy of `value` whose typed arrays live in SharedArrayBuffers: every worker reads the same memory
 * instead of receiving its own copy. Arrays already there are kept as they are. */
function shareArrays(value) {
    if (ArrayBuffer.isView(value)) {
        const array = value;
        if (array.buffer instanceof SharedArrayBuffer)
            return value;
        const Type = array.constructor;
        const copy = new Type(new SharedArrayBuffer(array.byteLength));
        copy.set(array);
        return copy;
    }
    if (Array.isArray(value))
        return value.map(shareArrays);
    if (value !== null && typeof value === "object")
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shareArrays(item)]));
    return value;
}
function isWorkerTask(data) {
    return typeof data === "object" && data !== null && data[WORKER_KEY] === true;
}
function runWorker(start) {
    const { control, groups } = start;
    try {
        // the second model's tie groups, unless the calling thread has taken them
        if (groups !== undefined && Atomics.compareExchange(control, GROUPS_STATE, 0, 1) === 0) {
            const computed = tieGroups(groups.scores);
            groups.order.set(computed.order);
            groups.group.set(computed.group);
            groups.score.set(computed.score);
            Atomics.store(control, GROUPS, computed.score.length);
            Atomics.store(control, GROUPS_STATE, 2);
            Atomics.notify(control, GROUPS_STATE);
        }
        if (start.binary)
            warmUp();
        while (Atomics.load(control, JOB) === 0)
            Atomics.wait(control, JOB, 0);
        if (Atomics.load(control, JOB) < 0)
            return;
        const received = external_node_worker_threads_.receiveMessageOnPort(external_node_worker_threads_.parentPort);
        if (received === undefined)
            throw new Error("the bootstrap worker received no job");
        const task = received.message;
        if (task === null)
            return; // more workers started than the job needs
        if (task.job.kind === "binary")
            warmUp();
        const k = kernel(task.job);
        claimChunks(k, task.seed, task.resamples, task.chunk, control, task.chunkState, task.results);
    }
    catch {
        Atomics.add(control, FAILED, 1);
        Atomics.notify(control, DONE);
        Atomics.notify(control, GROUPS_STATE);
    }
}
// A worker started by computeResamples: compute, then end this thread before anything else in the file
// (in a bundle: the entry point) runs.
if (!external_node_worker_threads_.isMainThread && isWorkerTask(external_node_worker_threads_.workerData)) {
    runWorker(external_node_worker_threads_.workerData);
    process.exit(0);
}


/***/ }),

/***/ 1641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ nextUint32),
/* harmony export */   Dv: () => (/* binding */ POISSON_MIN_ROWS),
/* harmony export */   GL: () => (/* binding */ resampleStream),
/* harmony export */   MM: () => (/* binding */ samplePoisson),
/* harmony export */   UR: () => (/* binding */ unitWeights),
/* harmony export */   WO: () => (/* binding */ poissonOneThresholds),
/* harmony export */   gp: () => (/* binding */ warmUpResampler),
/* harmony export */   ir: () => (/* binding */ UnitResampler),
/* harmony export */   mm: () => (/* binding */ weightOf),
/* harmony export */   nZ: () => (/* binding */ LARGE_WEIGHT),
/* harmony export */   vS: () => (/* binding */ percentileSorted),
/* harmony export */   xH: () => (/* binding */ resampleMethod)
/* harmony export */ });
/* unused harmony exports mulberry32, resampleCounts, bootstrapInterval, pairedBootstrapDelta, poissonTable */
/**
 * Seeded bootstrap percentile intervals. A resample of n rows is expressed as multinomial counts
 * (row i drawn c_i times, Σ c_i = n) in one reused Float64Array, which the metric receives as weights;
 * the metrics of `metrics/` with integer weights equal the metric on the resampled rows.
 */
/** mulberry32: a small, fast 32-bit PRNG; returns a generator of uniform integers in [0, 2^32). */
function mulberry32(seed) {
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
function resampleCounts(weights, next, scratch) {
    const n = weights.length;
    const counts = scratch ?? new Uint8Array(n);
    if (counts.length < n)
        throw new RangeError(`scratch has ${counts.length} entries, expected at least ${n}`);
    counts.fill(0, 0, n);
    let spill;
    for (let i = 0; i < n; i++) {
        // uniform row in [0, n): a 32-bit draw scaled by n (bias < n / 2^32)
        const row = Math.floor((next() * n) / 4294967296);
        const count = counts[row];
        if (count === 255) {
            spill ??= new Map();
            spill.set(row, (spill.get(row) ?? 0) + 256);
            counts[row] = 0;
        }
        else
            counts[row] = count + 1;
    }
    for (let i = 0; i < n; i++)
        weights[i] = counts[i];
    if (spill !== undefined)
        for (const [row, extra] of spill)
            weights[row] = weights[row] + extra;
}
/** Linear-interpolated percentile (numpy's default `method="linear"`) of sorted values, q in [0, 1]. */
function percentileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const position = q * (n - 1);
    const below = Math.floor(position);
    const above = Math.min(below + 1, n - 1);
    const fraction = position - below;
    const a = sorted[below];
    const b = sorted[above];
    return fraction === 0 ? a : a + (b - a) * fraction;
}
function check(n, resamples, confidence) {
    if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`n must be a non-negative integer, got ${n}`);
    if (!Number.isInteger(resamples) || resamples < 1) {
        throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
    }
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
}
function interval(estimate, values, count, confidence) {
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
function bootstrapInterval(n, resamples, confidence, seed, metric) {
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
        if (Number.isFinite(value))
            values[count++] = value;
    }
    return interval(estimate, values, count, confidence);
}
/**
 * Percentile bootstrap interval of metricA − metricB (e.g. challenger − champion), both evaluated on
 * the SAME resampled rows of each resample; deterministic for a seed.
 */
function pairedBootstrapDelta(n, resamples, confidence, seed, metricA, metricB) {
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
        if (Number.isFinite(value))
            values[count++] = value;
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
const POISSON_MIN_ROWS = 10_000;
/** The largest count stored directly in a weight byte; the byte 255 means "see the large counts". */
const LARGE_WEIGHT = 255;
const TWO_32 = 4294967296;
function fmix32(value) {
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
function resampleStream(seed, resample) {
    const low = seed >>> 0;
    const high = Math.floor(seed / TWO_32) >>> 0;
    const state = Int32Array.of(fmix32(low ^ 0x6a09e667), fmix32(high ^ fmix32(resample ^ 0xbb67ae85)), fmix32(resample + Math.imul(low, 0x9e3779b9)), 1);
    for (let i = 0; i < 12; i++)
        nextUint32(state);
    return state;
}
/** One sfc32 step: a uniform integer in [0, 2^32). */
function nextUint32(state) {
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
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
function poissonTable(mean) {
    if (!(mean > 0 && Number.isFinite(mean)))
        throw new RangeError(`Poisson mean must be > 0, got ${mean}`);
    // The pmf relative to its mode by the ratios p(k+1)/p(k) = mean/(k+1), then normalised: no factorials,
    // so no overflow for large means.
    const mode = Math.floor(mean);
    const below = [];
    for (let k = mode, p = 1; k > 0; k--) {
        p *= k / mean;
        if (p < 1e-18)
            break;
        below.push(p);
    }
    const above = [];
    for (let k = mode, p = 1;; k++) {
        p *= mean / (k + 1);
        if (p < 1e-18)
            break;
        above.push(p);
    }
    const pmf = [...below.reverse(), 1, ...above];
    const low = mode - below.length;
    const total = pmf.reduce((sum, p) => sum + p, 0);
    const thresholds = new Float64Array(pmf.length);
    let cumulative = 0;
    for (let k = 0; k < pmf.length; k++) {
        cumulative += pmf[k];
        thresholds[k] = Math.min(TWO_32, Math.round((cumulative / total) * TWO_32));
    }
    thresholds[pmf.length - 1] = TWO_32;
    const bits = Math.max(4, Math.min(16, Math.ceil(Math.log2(pmf.length)) + 1));
    const shift = 32 - bits;
    const guide = new Uint32Array(1 << bits);
    let k = 0;
    for (let bucket = 0; bucket < guide.length; bucket++) {
        const first = bucket * 2 ** shift; // the smallest u of this bucket
        while (first >= thresholds[k])
            k++;
        guide[bucket] = k;
    }
    let high = pmf.length - 1;
    while (high > 0 && thresholds[high - 1] === TWO_32)
        high--;
    return { mean, low, high: low + high, thresholds, guide, shift };
}
const POISSON_ONE = poissonTable(1);
/**
 * The thresholds of Poisson(1) below 2^32, as unsigned 32-bit integers: a uniform u in [0, 2^32) draws the
 * count #{k : u ≥ T[k]} (= samplePoisson(poissonTable(1), u)). The WebAssembly draw compares against these.
 */
function poissonOneThresholds() {
    return Uint32Array.from(POISSON_ONE.thresholds.filter((t) => t < TWO_32));
}
/** The table's value for the uniform u in [0, 2^32). */
function samplePoisson(table, u) {
    const { thresholds } = table;
    let k = table.guide[u >>> table.shift];
    while (u >= thresholds[k])
        k++;
    return table.low + k;
}
function unitWeights(units) {
    return { small: new Uint8Array(units), large: new Float64Array(units) };
}
/** Weight (count) of unit `u`. */
function weightOf(weights, u) {
    const small = weights.small[u];
    return small === LARGE_WEIGHT ? weights.large[u] : small;
}
/** The method used for `rows` rows: see {@link POISSON_MIN_ROWS}. */
function resampleMethod(rows) {
    return rows >= POISSON_MIN_ROWS ? "poisson" : "multinomial";
}
/**
 * Draws resamples of `rows` rows grouped into units (rows that no metric can tell apart; by default one
 * unit per row), as {@link resampleMethod} says: n draws with replacement counted per unit, or an
 * independent Poisson(1) count per row — then a unit of m rows gets one Poisson(m) draw (a sum of
 * independent Poisson counts is Poisson), so tied rows cost one draw per unit, not per row.
 * Deterministic for (seed, resample index).
 */
class UnitResampler {
    units;
    method;
    rows;
    unitOfRow;
    /** Poisson: the units of several rows, ascending, and the table of each. */
    tiedUnits;
    tiedTables = [];
    counts;
    /**
     * @param multiplicity rows per unit (positive integers summing to `rows`); undefined: one row per unit
     * @param unitOfRow the unit of each row; needed for grouped rows when the method is multinomial
     * @param method by default {@link resampleMethod}(rows)
     */
    constructor(rows, multiplicity, unitOfRow, method) {
        this.rows = rows;
        this.units = multiplicity?.length ?? rows;
        this.method = method ?? resampleMethod(rows);
        this.unitOfRow = unitOfRow;
        const tied = [];
        if (this.method === "multinomial") {
            if (unitOfRow === undefined && this.units !== rows)
                throw new Error("multinomial resampling of grouped rows needs the unit of each row");
            this.counts = new Uint32Array(this.units);
        }
        else if (multiplicity !== undefined) {
            const tables = new Map();
            for (let u = 0; u < this.units; u++) {
                const m = multiplicity[u];
                if (m === 1)
                    continue;
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
    fill(seed, resample, out) {
        const state = resampleStream(seed, resample);
        if (this.method === "multinomial")
            this.fillMultinomial(state, out);
        else
            this.fillPoisson(state, out);
    }
    fillMultinomial(state, out) {
        const counts = this.counts;
        const unitOfRow = this.unitOfRow;
        const n = this.rows;
        counts.fill(0);
        for (let i = 0; i < n; i++) {
            // a uniform row in [0, n): a 32-bit draw scaled by n (bias < n / 2^32)
            const row = Math.floor((nextUint32(state) * n) / TWO_32);
            const unit = unitOfRow === undefined ? row : unitOfRow[row];
            counts[unit] = counts[unit] + 1;
        }
        for (let u = 0; u < counts.length; u++)
            storeCount(out, u, counts[u]);
    }
    /** Runs of single-row units by the Poisson(1) table, each unit of several rows by its own table. */
    fillPoisson(state, out) {
        const { tiedUnits, tiedTables } = this;
        let from = 0;
        for (let k = 0; k < tiedUnits.length; k++) {
            const u = tiedUnits[k];
            if (u > from)
                fillPoissonOnes(state, out.small, from, u);
            storeCount(out, u, samplePoisson(tiedTables[k], nextUint32(state)));
            from = u + 1;
        }
        if (from < this.units)
            fillPoissonOnes(state, out.small, from, this.units);
    }
}
function storeCount(out, u, count) {
    if (count >= LARGE_WEIGHT) {
        out.small[u] = LARGE_WEIGHT;
        out.large[u] = count;
    }
    else
        out.small[u] = count;
}
/**
 * Poisson(1) counts of the single-row units from..to−1, one 32-bit draw each (the inverse CDF, as for tied
 * units); Poisson(1) never reaches 255 within 2^−32, so no count is large. The sfc32 step is inlined: this
 * loop runs once per row and resample, and a call per draw costs more than the rest of it.
 * (binary-resample-block.ts draws the same counts for four resamples at once with WebAssembly SIMD.)
 */
function fillPoissonOnes(state, small, from, to) {
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    const { thresholds, guide, shift } = POISSON_ONE;
    for (let u = from; u < to; u++) {
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        const uniform = t >>> 0;
        let k = guide[uniform >>> shift];
        while (uniform >= thresholds[k])
            k++;
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
function warmUpResampler() {
    const multiplicity = Float64Array.of(1, 700, 1, 2, 1, 1, 3, 1);
    const rows = multiplicity.reduce((sum, m) => sum + m, 0);
    const unitOfRow = new Uint32Array(rows);
    for (let u = 0, row = 0; u < multiplicity.length; u++)
        for (let k = 0; k < multiplicity[u]; k++)
            unitOfRow[row++] = u;
    const weights = unitWeights(multiplicity.length);
    const resamplers = [
        new UnitResampler(rows, multiplicity, unitOfRow, "multinomial"),
        new UnitResampler(rows, multiplicity, undefined, "poisson"),
        new UnitResampler(16, undefined, undefined, "poisson"),
    ];
    for (let r = 0; r < 8; r++) {
        for (const resampler of resamplers)
            resampler.fill(r, r, weights);
        // sfc32's first output is a + b + d: a draw in the far tail (the guide's last bucket)
        fillPoissonOnes(Int32Array.of(0, -1, r, 0), weights.small, 0, 2);
    }
}


/***/ }),

/***/ 8937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   CG: () => (/* binding */ ratio),
/* harmony export */   Nv: () => (/* binding */ checkLength),
/* harmony export */   UT: () => (/* binding */ weightAt),
/* harmony export */   yn: () => (/* binding */ FLOAT64_EPS)
/* harmony export */ });
/* unused harmony export checkInputs */
/**
 * What the metric modules under src/stats/metrics share: input types, row checks, weights, clipping and
 * the zero-safe ratio.
 *
 * The metrics are evaluation metrics on typed arrays, defined to agree with scikit-learn 1.9 on the same
 * predictions (ties in scores included).
 *
 * Every metric takes optional per-row `weights`. They are meant to be integer counts (a bootstrap
 * resample expressed as multinomial counts): a weighted metric then equals the unweighted metric on
 * the resampled rows, where a row with count 0 is absent and a row with count 3 appears three times.
 * Non-integer weights behave like scikit-learn's `sample_weight`. Without weights every row counts once.
 *
 * Conventions shared with scikit-learn:
 * - binary labels are 0/1 and the score is P(label = 1); the predicted class is 1 when score ≥ 0.5;
 * - precision, recall and F1 are 0 when their denominator is 0 (scikit-learn's `zero_division="warn"`);
 * - metrics undefined on the data (an empty sample, ROC AUC with one class) are NaN.
 */
/** Float64 machine epsilon, as `numpy.finfo(numpy.float64).eps`. */
const FLOAT64_EPS = 2 ** -52;
function weightAt(weights, i) {
    return weights === undefined ? 1 : weights[i];
}
function checkLength(name, n, other) {
    if (other !== undefined && other.length !== n) {
        throw new RangeError(`${name} has ${other.length} entries, expected ${n}`);
    }
}
/** Scores, labels and optional weights must describe the same rows. */
function checkInputs(scores, labels, weights) {
    checkLength("labels", scores.length, labels);
    checkLength("weights", scores.length, weights);
}
function clip(p) {
    return p < FLOAT64_EPS ? FLOAT64_EPS : p > 1 - FLOAT64_EPS ? 1 - FLOAT64_EPS : p;
}
function ratio(numerator, denominator) {
    return denominator === 0 ? 0 : numerator / denominator;
}


/***/ }),

/***/ 3219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ sortRunByKey),
/* harmony export */   u: () => (/* binding */ sortedOrder)
/* harmony export */ });
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
function sortedOrder(scores) {
    const n = scores.length;
    const raw = new Uint32Array(scores.buffer, scores.byteOffset, 2 * n);
    const [loAt, hiAt] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
    let lo = new Uint32Array(n);
    let hi = new Uint32Array(n);
    let order = new Uint32Array(n);
    const histogram = new Uint32Array(6 * RADIX);
    for (let i = 0; i < n; i++) {
        const s = scores[i];
        let l = 0xffffffff;
        let h = 0xffffffff;
        if (s === 0) {
            l = 0xffffffff;
            h = 0x7fffffff;
        }
        else if (!Number.isNaN(s)) {
            l = raw[2 * i + loAt];
            h = raw[2 * i + hiAt];
            if (h >>> 31 === 0) {
                l = ~l >>> 0;
                h = ~h & 0x7fffffff;
            }
        }
        lo[i] = l;
        hi[i] = h;
        order[i] = i;
        for (let p = 0; p < 3; p++) {
            const shift = RADIX_SHIFTS[p];
            const a = p * RADIX + ((l >>> shift) & (RADIX - 1));
            const b = (p + 3) * RADIX + ((h >>> shift) & (RADIX - 1));
            histogram[a] = histogram[a] + 1;
            histogram[b] = histogram[b] + 1;
        }
    }
    // Each array moves only while a later pass reads it: the low words until the last pass on them, the
    // high words until the last pass, the rows in every pass (the first pass writes them without reading).
    const passes = [];
    for (let pass = 0; pass < 6; pass++) {
        const counts = histogram.subarray(pass * RADIX, (pass + 1) * RADIX);
        if (!counts.includes(n))
            passes.push(pass); // one digit for all keys: this pass would not move anything
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
            const c = counts[d];
            counts[d] = total;
            total += c;
        }
        const shift = RADIX_SHIFTS[pass % 3];
        const digits = pass < 3 ? lo : hi;
        const moveLo = pass < lastLoPass;
        const moveHi = pass < lastPass;
        if (identity) {
            for (let i = 0; i < n; i++) {
                const d = (digits[i] >>> shift) & (RADIX - 1);
                const at = counts[d];
                counts[d] = at + 1;
                if (moveLo)
                    nextLo[at] = lo[i];
                if (moveHi)
                    nextHi[at] = hi[i];
                nextOrder[at] = i;
            }
        }
        else if (moveLo) {
            for (let i = 0; i < n; i++) {
                const d = (digits[i] >>> shift) & (RADIX - 1);
                const at = counts[d];
                counts[d] = at + 1;
                nextLo[at] = lo[i];
                nextHi[at] = hi[i];
                nextOrder[at] = order[i];
            }
        }
        else if (moveHi) {
            for (let i = 0; i < n; i++) {
                const d = (digits[i] >>> shift) & (RADIX - 1);
                const at = counts[d];
                counts[d] = at + 1;
                nextHi[at] = hi[i];
                nextOrder[at] = order[i];
            }
        }
        else {
            for (let i = 0; i < n; i++) {
                const d = (digits[i] >>> shift) & (RADIX - 1);
                const at = counts[d];
                counts[d] = at + 1;
                nextOrder[at] = order[i];
            }
        }
        identity = false;
        if (moveLo)
            [lo, nextLo] = [nextLo, lo];
        if (moveHi)
            [hi, nextHi] = [nextHi, hi];
        [order, nextOrder] = [nextOrder, order];
    }
    return order;
}
/** out[start..end) = order[start..end) sorted by key (stable). */
function sortRunByKey(order, start, end, key, out) {
    const length = end - start;
    const run = order.subarray(start, end);
    let largestKey = 0;
    for (const r of run)
        largestKey = Math.max(largestKey, key(r));
    if ((largestKey + 1) * length <= Number.MAX_SAFE_INTEGER) {
        // key and position packed into one exact double: a native numeric sort, stable by construction
        const packed = new Float64Array(length);
        for (let i = 0; i < length; i++)
            packed[i] = key(run[i]) * length + i;
        packed.sort();
        for (let i = 0; i < length; i++)
            out[start + i] = run[packed[i] % length];
    }
    else {
        const sorted = Array.from(run).sort((a, b) => key(a) - key(b) || a - b);
        out.set(sorted, start);
    }
}


/***/ })

};
