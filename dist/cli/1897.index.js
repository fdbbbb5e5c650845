export const id = 1897;
export const ids = [1897];
export const modules = {

/***/ 2033:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ metricIntervalSchema),
/* harmony export */   ee: () => (/* binding */ parseEvaluationReport),
/* harmony export */   mF: () => (/* binding */ evaluationReportSchema),
/* harmony export */   mp: () => (/* binding */ EVALUATION_KIND),
/* harmony export */   wT: () => (/* binding */ EVALUATION_VERSION)
/* harmony export */ });
/* unused harmony export sliceMetricsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);


const EVALUATION_KIND = "trainyard.evaluation";
const EVALUATION_VERSION = 1;
/** A metric's value on the test rows and its bootstrap percentile interval (NaN is written as null). */
const metricIntervalSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    low: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    high: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
    resamples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
});
const sliceMetricsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The category, or a quantile bucket of a numeric column such as "[18, 31)". */
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricIntervalSchema),
});
const evaluationReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(EVALUATION_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(EVALUATION_VERSION),
    task: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["binary", "multiclass", "regression"]),
    labelColumn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Class labels as written in the data; for binary, [negative, positive]. */
    classes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    primaryMetric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricIntervalSchema),
    slices: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sliceMetricsSchema),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        resamples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        confidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** How each resample draws rows: exact multinomial counts, or Poisson(1) counts from 10,000 rows on. */
        resampling: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["multinomial", "poisson"]).optional(),
    }),
    prediction: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        seconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        rowsPerSecond: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        msPer1kRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    }),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ sizeBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }),
    snapshotId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    testFile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The predictions, relative to the report's folder, so champion-challenger can pair them with the champion's. */
    predictionsFile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /**
     * evaluate.id_column: the predictions file then also has this column (each test row's id) and the label
     * column (its label), so monitor can pair production rows with the test rows by id. Absent before.
     */
    idColumn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The packaged model loaded as a server loads it, against these predictions (absent before issue 11). */
    servingParity: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pass", "fail", "skip"]),
        reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        python: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        foundBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        mlflowVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
        columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
        mismatchedRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
        maxAbsDiff: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        maxAllowed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        firstDiffering: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            row: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
            column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            evaluated: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            served: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            absDiff: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        }))
            .optional(),
        loadSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        predictSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        seconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    })
        .optional(),
});
function parseEvaluationReport(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(evaluationReportSchema, text, file, {
        kind: EVALUATION_KIND,
        version: EVALUATION_VERSION,
    });
}


/***/ }),

/***/ 2029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   os: () => (/* binding */ formatMeasure),
/* harmony export */   vy: () => (/* binding */ formatInterval),
/* harmony export */   w_: () => (/* binding */ formatSetting),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * Numbers as people read them in gate messages, comments and summaries: four decimals for ordinary
 * metric values (0.0123), four significant digits for very small or very large ones (1.234e-7),
 * thousands separators for counts. Deterministic: no locale.
 */
function formatNumber(value) {
    if (value === null || value === undefined || Number.isNaN(value))
        return "n/a";
    if (!Number.isFinite(value))
        return value > 0 ? "∞" : "-∞";
    if (value === 0)
        return "0";
    const abs = Math.abs(value);
    if (abs < 1e-4 || abs >= 1e9)
        return value.toPrecision(4);
    if (abs >= 1000)
        return groupThousands(value.toFixed(1));
    return value.toFixed(4);
}
/** A number someone wrote in trainyard.yml (a bound, a limit), as written: 0.02, 10, 1e-7. */
function formatSetting(value) {
    return String(value);
}
/** A measurement where four significant digits are plenty: 2.5 MB, 81.3 ms, 12,350 rows/s. */
function formatMeasure(value) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return formatNumber(value);
    const rounded = Number(value.toPrecision(4));
    return Math.abs(rounded) >= 1e15 ? value.toPrecision(4) : groupThousands(String(rounded));
}
/** A size in bytes with decimal units (1 MB = 1,000,000 bytes): 812 B, 12.3 kB, 2.346 MB. */
function formatBytes(bytes) {
    const units = ["B", "kB", "MB", "GB", "TB"];
    let value = bytes;
    let unit = 0;
    while (Math.abs(value) >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${formatMeasure(value)} ${units[unit]}`;
}
/** A value with its interval, `0.0123 [0.0040, 0.0201]`. */
function formatInterval(value, low, high) {
    return `${formatNumber(value)} [${formatNumber(low)}, ${formatNumber(high)}]`;
}
/** An integer count with thousands separators, 12,345. */
function formatCount(value) {
    return Number.isFinite(value) ? groupThousands(String(Math.round(value))) : formatNumber(value);
}
/** A fraction as a percentage, 0.95 → 95%. */
function formatPercent(fraction) {
    return `${Number((fraction * 100).toPrecision(4))}%`;
}
function groupThousands(text) {
    const [whole = "", decimals] = text.split(".");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}


/***/ }),

/***/ 8306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ subsetPredictions),
/* harmony export */   F1: () => (/* binding */ bootstrapBinaryUnits),
/* harmony export */   SR: () => (/* binding */ bootstrapMetrics),
/* harmony export */   TE: () => (/* binding */ pairedBootstrapMetrics),
/* harmony export */   oW: () => (/* binding */ rowCount),
/* harmony export */   tZ: () => (/* binding */ metricValues)
/* harmony export */ });
/* harmony import */ var _bootstrap_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1641);
/* harmony import */ var _bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _metric_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9050);
/**
 * Every metric of a task at once, and their bootstrap intervals from ONE shared set of resamples (so the
 * intervals of all metrics come from the same resampled rows, and a paired comparison weights champion and
 * challenger identically). Pure functions on typed arrays.
 *
 * Bootstrap method (percentile intervals, numpy's linear interpolation):
 * - Each resample gives every row an integer weight (count), and a metric under those weights equals the
 *   metric on the resampled rows. Below POISSON_MIN_ROWS (10,000) rows the counts are exact multinomial
 *   draws (n draws with replacement); from there on each row's count is an independent Poisson(1) draw —
 *   the Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy et al. 2012), whose resample size varies
 *   around n. For these ratio-type metrics both bootstraps have the same distribution up to a relative
 *   O(1/n); see `POISSON_MIN_ROWS` in bootstrap.ts for the threshold's reasoning.
 * - Poisson counts need no random scatter: they are drawn in the order they are used, one 32-bit draw per
 *   unit through the inverse CDF (each probability exact to 2^−32).
 * - Binary: rows with the same label and the same score(s) are merged into one unit of m rows whose
 *   count is one Poisson(m) draw (a sum of independent Poisson counts is Poisson), and the units are laid
 *   out once in descending-score order, so one resample is one sequential pass over the units computing
 *   all nine metrics (see `unitBinaryMetrics` in metrics/binary-unit-metrics.ts). Nothing is sorted per
 *   resample. Four resamples share each pass, as the lanes of WebAssembly SIMD vectors
 *   (binary-resample-block.ts), with the same results as the JavaScript pass bit for bit.
 * - Paired: units are the rows sharing label, challenger score and champion score, so both models get the
 *   same count for every row. Each model reads the counts in its own score order, through a permutation,
 *   or — when it has at most half as many (score, label) cells as there are units, the rule when both
 *   models' scores have ties — summed into its cells first, and its pass then runs over the cells.
 * - Multiclass and regression: one unit per row; the metric functions of metrics.ts take the counts as
 *   weights.
 * - A resample's counts come from its own sfc32 stream seeded by (seed, resample index): deterministic for
 *   a seed, and independent of the other resamples, so large bootstraps are split across worker_threads
 *   (bootstrap-workers.ts; `threads` option, TRAINYARD_BOOTSTRAP_WORKERS) with bit-identical results.
 * Non-finite values of a resample (ROC AUC of a one-class resample) are left out of that metric's
 * percentiles; `resamples` says how many were used.
 */



function rowCount(p) {
    return p.task === "regression" ? p.actual.length : p.labels.length;
}
/** All metrics of the task, named as in METRICS_BY_TASK (binary ECE is "expected_calibration_error"). */
function metricValues(p, weights) {
    const values = (0,_bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.valuesInOrder)(p, weights);
    return Object.fromEntries(_metric_names_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_BY_TASK */ .GT[p.task].map((name, i) => [name, values[i]]));
}
/** The predictions of a subset of rows, in the given order. */
function subsetPredictions(p, rows) {
    const n = rows.length;
    if (p.task === "regression") {
        const actual = new Float64Array(n);
        const predicted = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            const r = rows[i];
            actual[i] = p.actual[r];
            predicted[i] = p.predicted[r];
        }
        return { task: "regression", actual, predicted };
    }
    const labels = new Int32Array(n);
    for (let i = 0; i < n; i++)
        labels[i] = p.labels[rows[i]];
    if (p.task === "binary") {
        const scores = new Float64Array(n);
        for (let i = 0; i < n; i++)
            scores[i] = p.scores[rows[i]];
        return { task: "binary", labels, scores };
    }
    const k = p.classes;
    const probabilities = new Float64Array(n * k);
    for (let i = 0; i < n; i++) {
        const r = rows[i];
        probabilities.set(p.probabilities.subarray(r * k, r * k + k), i * k);
    }
    return { task: "multiclass", labels, probabilities, classes: k };
}
function checkOptions(options) {
    if (!Number.isInteger(options.resamples) || options.resamples < 0)
        throw new RangeError(`resamples must be a whole number ≥ 0, got ${options.resamples}`);
    if (!(options.confidence > 0 && options.confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${options.confidence}`);
    if (!Number.isSafeInteger(options.seed))
        throw new RangeError(`seed must be an integer, got ${options.seed}`);
    if (options.method !== undefined && options.method !== "multinomial" && options.method !== "poisson")
        throw new RangeError(`method must be "multinomial" or "poisson", got ${options.method}`);
    if (options.threads !== undefined && !(Number.isInteger(options.threads) && options.threads >= 1))
        throw new RangeError(`threads must be a whole number ≥ 1, got ${options.threads}`);
}
/** Each metric's finite resample values, turned into percentile intervals at the end. */
class ResampleValues {
    values;
    counts;
    constructor(metrics, resamples) {
        this.values = Array.from({ length: metrics }, () => new Float64Array(resamples));
        this.counts = new Uint32Array(metrics);
    }
    add(metric, value) {
        if (!Number.isFinite(value))
            return;
        const count = this.counts[metric];
        this.values[metric][count] = value;
        this.counts[metric] = count + 1;
    }
    interval(metric, value, confidence) {
        const count = this.counts[metric];
        const sorted = this.values[metric].subarray(0, count).sort();
        const alpha = (1 - confidence) / 2;
        return {
            value,
            low: count > 0 ? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileSorted */ .vS)(sorted, alpha) : Number.NaN,
            high: count > 0 ? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileSorted */ .vS)(sorted, 1 - alpha) : Number.NaN,
            resamples: count,
        };
    }
}
function resampleAll(models, options) {
    const metrics = _metric_names_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_BY_TASK */ .GT[models[0].task].length;
    const values = () => new ResampleValues(metrics, options.resamples);
    const result = {
        estimates: [],
        models: models.map(values),
        delta: models.length === 2 ? values() : undefined,
    };
    if (options.resamples === 0) {
        result.estimates = models.map((model) => (0,_bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.valuesInOrder)(model));
        return result;
    }
    // With every row its own unit (units ≤ rows), would workers compute this? Then binary workers start now,
    // while the units are prepared (the second model's tie groups are theirs if one starts in time), and the
    // units' arrays are made where the workers can read them.
    const first = models[0];
    const second = models[1];
    const early = (0,_bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.bootstrapThreads)(rowCount(first) * models.length * options.resamples, options.threads);
    const workers = early > 1 && first.task === "binary"
        ? new _bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.ResampleWorkers(early - 1, true, second?.task === "binary" ? second.scores : undefined)
        : undefined;
    let computed;
    try {
        const prepared = (0,_bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.prepareResamples)(models, options.method, {
            shared: early > 1,
            ...(workers !== undefined ? { workers } : {}),
        });
        const units = prepared.job.kind === "binary" ? prepared.job.multiplicity.length : prepared.job.rows;
        const threads = (0,_bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.bootstrapThreads)(units * models.length * options.resamples, options.threads);
        // resample r's metric i of model m at [(r · models + m) · metrics + i], whichever thread computed it
        computed = (0,_bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.computeResamples)(prepared, options.seed, options.resamples, threads, workers);
        result.estimates = prepared.estimates; // computed while the workers started
    }
    finally {
        workers?.end();
    }
    const stride = models.length * metrics;
    for (let r = 0; r < options.resamples; r++) {
        const at = r * stride;
        for (let i = 0; i < metrics; i++) {
            for (let m = 0; m < models.length; m++)
                result.models[m].add(i, computed[at + m * metrics + i]);
            if (result.delta)
                result.delta.add(i, computed[at + i] - computed[at + metrics + i]);
        }
    }
    return result;
}
/** Every metric of the task with a percentile bootstrap interval; all metrics share one set of resamples. */
function bootstrapMetrics(p, options) {
    checkOptions(options);
    const names = _metric_names_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_BY_TASK */ .GT[p.task];
    const resampled = resampleAll([p], options);
    const values = resampled.estimates[0];
    const ofModel = resampled.models[0];
    return Object.fromEntries(names.map((name, i) => [name, ofModel.interval(i, values[i], options.confidence)]));
}
function checkPair(challenger, champion) {
    if (challenger.task !== champion.task)
        throw new Error(`cannot pair a ${challenger.task} challenger with a ${champion.task} champion`);
    const n = rowCount(challenger);
    if (rowCount(champion) !== n)
        throw new Error(`paired predictions need the same rows: challenger ${n}, champion ${rowCount(champion)}`);
    if (challenger.task === "multiclass" &&
        champion.task === "multiclass" &&
        challenger.classes !== champion.classes)
        throw new Error(`paired predictions need the same classes: ${challenger.classes} and ${champion.classes}`);
    const same = challenger.task === "regression"
        ? champion.task === "regression" && sameValues(challenger.actual, champion.actual)
        : champion.task !== "regression" && sameValues(challenger.labels, champion.labels);
    if (!same)
        throw new Error("paired predictions need the same rows, but their labels differ");
}
function sameValues(a, b) {
    for (let i = 0; i < a.length; i++)
        if (!Object.is(a[i], b[i]))
            return false;
    return true;
}
/**
 * Paired: champion and challenger predictions of the SAME rows; each resample weights both identically, so
 * the delta's interval reflects the models' difference, not the rows' sampling noise.
 */
function pairedBootstrapMetrics(challenger, champion, options) {
    checkOptions(options);
    checkPair(challenger, champion);
    const names = _metric_names_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_BY_TASK */ .GT[challenger.task];
    const resampled = resampleAll([challenger, champion], options);
    const [a, b] = resampled.estimates;
    const [ofChallenger, ofChampion] = resampled.models;
    const delta = resampled.delta;
    const { confidence } = options;
    return Object.fromEntries(names.map((name, i) => {
        const va = a[i];
        const vb = b[i];
        return [
            name,
            {
                challenger: ofChallenger.interval(i, va, confidence),
                champion: ofChampion.interval(i, vb, confidence),
                delta: delta.interval(i, va - vb, confidence),
            },
        ];
    }));
}
/**
 * Binary metrics and their intervals from weighted units: `counts[i]` rows with label `labels[i]` and
 * score `scores[i]` (see streaming-units.ts, which gathers them in bounded memory). The same units,
 * resampler and per-resample pass as `bootstrapMetrics` uses for rows, so for the same rows the intervals
 * are identical; the values equal it up to the order of floating-point sums. Needs the Poisson bootstrap
 * (at least POISSON_MIN_ROWS rows): the multinomial draws of smaller inputs need the rows themselves.
 */
function bootstrapBinaryUnits(labels, scores, counts, options) {
    checkOptions(options);
    let rows = 0;
    for (let i = 0; i < counts.length; i++) {
        const count = counts[i];
        if (!(Number.isInteger(count) && count >= 1))
            throw new RangeError(`unit ${i} has ${count} rows: counts must be whole numbers ≥ 1`);
        rows += count;
    }
    const method = options.method ?? (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__/* .resampleMethod */ .xH)(rows);
    if (method !== "poisson")
        throw new RangeError(`weighted units need the Poisson bootstrap (at least ${_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__/* .POISSON_MIN_ROWS */ .Dv} rows); measure ${rows} rows as rows`);
    const names = _metric_names_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS_BY_TASK */ .GT.binary;
    const units = { task: "binary", labels, scores };
    const estimates = (0,_bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.valuesInOrder)(units, counts);
    const values = new ResampleValues(names.length, options.resamples);
    if (options.resamples > 0) {
        // The units laid out as prepareResamples lays out rows (one "row" per unit; "multinomial" only so that
        // it returns each one's unit), then weighted by their counts and drawn by Poisson.
        const prepared = (0,_bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.prepareResamples)([units], "multinomial");
        if (prepared.job.kind !== "binary" || prepared.job.unitOfRow === undefined)
            throw new Error("binary units gave no unit layout");
        const multiplicity = new Float64Array(prepared.job.multiplicity.length);
        for (let i = 0; i < counts.length; i++) {
            const u = prepared.job.unitOfRow[i];
            multiplicity[u] = multiplicity[u] + counts[i];
        }
        const job = { ...prepared.job, rows, multiplicity, unitOfRow: undefined, method: "poisson" };
        const threads = (0,_bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.bootstrapThreads)(multiplicity.length * options.resamples, options.threads);
        const computed = (0,_bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__.computeResamples)({ job, models: 1, metrics: names.length, estimates: [estimates] }, options.seed, options.resamples, threads);
        for (let r = 0; r < options.resamples; r++)
            for (let i = 0; i < names.length; i++)
                values.add(i, computed[r * names.length + i]);
    }
    return Object.fromEntries(names.map((name, i) => [name, values.interval(i, estimates[i], options.confidence)]));
}


/***/ }),

/***/ 7480:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IT: () => (/* binding */ checkAlignment),
/* harmony export */   NV: () => (/* binding */ buildPredictions),
/* harmony export */   t4: () => (/* binding */ PredictionsError)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);
/* harmony import */ var _task_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7256);


class PredictionsError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(message) {
        super(message);
        this.name = "PredictionsError";
    }
}
function numberAt(values, row, column, file) {
    const value = values[row];
    const number = typeof value === "number"
        ? value
        : typeof value === "bigint"
            ? Number(value)
            : Number((0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelText */ .QK)(value) ?? Number.NaN);
    if (!Number.isFinite(number))
        throw new PredictionsError(`${file}: row ${row + 1}, column "${column}": expected a number, found ${JSON.stringify(value ?? null)}`);
    return number;
}
function column(predictions, name, why) {
    const values = predictions.values.get(name);
    if (!values)
        throw new PredictionsError(`${predictions.file} has no "${name}" column (${why}); its columns are ${predictions.columns.join(", ") || "none"}`);
    return values;
}
/**
 * Pairs the test file's labels with the prediction command's output into the typed arrays the metrics take.
 * Every mismatch (row count, a missing column, a value that is not a probability, an unknown class) is an
 * error that names the file, the row and what was expected.
 */
function buildPredictions(options) {
    const { task, labels, predictions } = options;
    const n = labels.length;
    if (predictions.rows !== n) {
        throw new PredictionsError(`${predictions.file} has ${predictions.rows} row(s) but the test file has ${n}: the prediction command must write exactly one prediction per input row, in input order`);
    }
    const missingLabel = labels.findIndex((value) => (0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelText */ .QK)(value) === undefined);
    if (missingLabel >= 0)
        throw new PredictionsError(`test file row ${missingLabel + 1}: the label column "${options.labelColumn}" is empty`);
    if (task === "regression") {
        const actual = new Float64Array(n);
        const predicted = new Float64Array(n);
        const values = column(predictions, "prediction", "a regression model's predicted value");
        for (let row = 0; row < n; row++) {
            actual[row] = numberAt(labels, row, options.labelColumn, "the test file");
            predicted[row] = numberAt(values, row, "prediction", predictions.file);
        }
        return { predictions: { task, actual, predicted } };
    }
    const probaClasses = predictions.columns
        .filter((name) => name.startsWith("proba_"))
        .map((name) => name.slice("proba_".length));
    const classes = (0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .sortClasses */ .N3)([...labels.map((value) => (0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelText */ .QK)(value)), ...probaClasses]);
    const classIndex = new Map(classes.map((label, index) => [label, index]));
    if (task === "binary") {
        if (classes.length > 2)
            throw new PredictionsError(`a binary task needs two classes, found ${classes.length} (${classes.slice(0, 10).join(", ")}); set evaluate.task: multiclass`);
        const positive = (0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveClassOf */ .XG)(classes, options.positiveClass);
        const negative = classes.find((label) => label !== positive) ?? `not ${positive}`;
        const scoreValues = predictions.values.get("score") ?? predictions.values.get(`proba_${positive}`);
        if (!scoreValues)
            throw new PredictionsError(`${predictions.file} has no "score" column (the probability of the positive class "${positive}") nor "proba_${positive}"; its columns are ${predictions.columns.join(", ")}`);
        const scoreColumn = predictions.values.has("score") ? "score" : `proba_${positive}`;
        const scores = new Float64Array(n);
        const labelCodes = new Int32Array(n);
        for (let row = 0; row < n; row++) {
            const score = numberAt(scoreValues, row, scoreColumn, predictions.file);
            if (score < 0 || score > 1)
                throw new PredictionsError(`${predictions.file}: row ${row + 1}, column "${scoreColumn}": ${score} is not a probability in [0, 1]`);
            scores[row] = score;
            labelCodes[row] = (0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelText */ .QK)(labels[row]) === positive ? 1 : 0;
        }
        return { predictions: { task, labels: labelCodes, scores }, classes: [negative, positive] };
    }
    const k = classes.length;
    const probabilities = new Float64Array(n * k);
    const probaValues = classes.map((label) => column(predictions, `proba_${label}`, `the probability of class "${label}"; a multiclass model writes proba_<class> for every class`));
    const labelCodes = new Int32Array(n);
    for (let row = 0; row < n; row++) {
        labelCodes[row] = classIndex.get((0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelText */ .QK)(labels[row]));
        for (let c = 0; c < k; c++) {
            const p = numberAt(probaValues[c], row, `proba_${classes[c]}`, predictions.file);
            if (p < 0 || p > 1)
                throw new PredictionsError(`${predictions.file}: row ${row + 1}, column "proba_${classes[c]}": ${p} is not a probability`);
            probabilities[row * k + c] = p;
        }
    }
    return { predictions: { task, labels: labelCodes, probabilities, classes: k }, classes };
}
/**
 * When the predictions repeat a column of the test file (an id, say), its values must match row by row:
 * the cheapest proof that predictions are aligned with the rows they claim to predict.
 */
function checkAlignment(test, predictions, shared) {
    for (const name of shared) {
        const expected = test.get(name);
        const actual = predictions.values.get(name);
        if (!expected || !actual)
            continue;
        for (let row = 0; row < expected.length; row++) {
            if ((0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelText */ .QK)(expected[row]) !== (0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelText */ .QK)(actual[row])) {
                throw new PredictionsError(`${predictions.file} is misaligned with the test file: row ${row + 1} has ${name} = ${JSON.stringify((0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelText */ .QK)(actual[row]) ?? null)}, the test file ${JSON.stringify((0,_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelText */ .QK)(expected[row]) ?? null)}; predictions must keep the input's row order`);
            }
        }
    }
}


/***/ }),

/***/ 6509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readColumns)
/* harmony export */ });
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6736);
/* harmony import */ var _data_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89);
/* harmony import */ var _data_read_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4935);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1927);




/**
 * Reads the named columns of a CSV, JSON Lines or Parquet file, streaming; a name that is not a column is a
 * clear error listing the columns there are.
 */
async function readColumns(path, wanted, 
/** Where a wanted name comes from (e.g. the setting that named it), for the error when it is missing. */
origin) {
    const values = new Map();
    let columns;
    let indexes = [];
    let rows = 0;
    for await (const batch of (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_1__/* .readTable */ .x)(path, (0,_data_format_js__WEBPACK_IMPORTED_MODULE_0__/* .detectFormat */ .Tz)(path))) {
        if (!columns) {
            columns = batch.columns;
            const names = wanted(columns);
            const missing = names.filter((name) => !columns?.includes(name));
            if (missing.length > 0)
                throw missingColumns(path, missing, columns, origin);
            indexes = names.map((name) => [name, columns.indexOf(name)]);
            for (const [name] of indexes)
                values.set(name, []);
        }
        for (const row of batch.rows) {
            for (const [name, index] of indexes)
                values.get(name).push(row[index] ?? null);
        }
        rows += batch.rows.length;
    }
    if (!columns) {
        columns = [];
        for (const name of wanted(columns))
            values.set(name, []);
    }
    return { columns, rows, values };
}
function missingColumns(path, missing, columns, origin) {
    const each = missing.map((name) => {
        const from = origin?.(name);
        const suggestion = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .nearestKey */ .q)(name, columns);
        const notes = [from, suggestion ? `did you mean "${suggestion}"?` : undefined].filter(Boolean);
        return `"${name}"${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
    });
    return new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${path} has no column ${each.join(", ")}. Its columns are ${columns.join(", ")}`);
}


/***/ }),

/***/ 7256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ sortClasses),
/* harmony export */   QK: () => (/* binding */ labelText),
/* harmony export */   Sz: () => (/* binding */ inferTask),
/* harmony export */   XG: () => (/* binding */ positiveClassOf)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

/** A label as text, the way it appears in predictions' `proba_<class>` columns. */
function labelText(value) {
    if (value === null || value === undefined)
        return undefined;
    if (value instanceof Date)
        return value.toISOString();
    const text = String(value).trim();
    return text === "" ? undefined : text;
}
function isNumeric(text) {
    return text !== "" && Number.isFinite(Number(text));
}
/** Sorts class labels numerically when they are all numbers, else as text. */
function sortClasses(classes) {
    const list = [...new Set(classes)];
    return list.every(isNumeric)
        ? list.sort((a, b) => Number(a) - Number(b))
        : list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * The task, when it is not configured: a `score` prediction column means binary and `proba_<class>` columns
 * classification (binary for two classes); otherwise numbers with fractions or more than 20 distinct values
 * mean regression, two labels binary, and anything else multiclass.
 */
function inferTask(labels, predictionColumns) {
    const distinct = new Set();
    let fractional = false;
    for (const value of labels) {
        const text = labelText(value);
        if (text === undefined || distinct.has(text))
            continue;
        distinct.add(text);
        if (isNumeric(text) && !Number.isInteger(Number(text)))
            fractional = true;
        if (distinct.size > 1000)
            break;
    }
    if (predictionColumns.includes("score"))
        return "binary";
    const probaClasses = predictionColumns.filter((column) => column.startsWith("proba_"));
    if (probaClasses.length > 0) {
        const classes = new Set([...distinct, ...probaClasses.map((column) => column.slice("proba_".length))]);
        return classes.size === 2 ? "binary" : "multiclass";
    }
    if ([...distinct].every(isNumeric) && (fractional || distinct.size > 20))
        return "regression";
    return distinct.size === 2 ? "binary" : "multiclass";
}
const POSITIVE_WORDS = ["1", "true", "yes", "y", "positive", "pos"];
/** The positive class: the configured one, else 1/true/yes, else the larger of the two labels. */
function positiveClassOf(classes, configured) {
    if (configured !== undefined) {
        if (!classes.includes(configured))
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`positive class "${configured}" is not a label in the test file (labels: ${classes.join(", ")})`);
        return configured;
    }
    const named = classes.find((label) => POSITIVE_WORDS.includes(label.toLowerCase()));
    return named ?? classes[classes.length - 1];
}


/***/ })

};
