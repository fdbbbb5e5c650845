export const id = 6944;
export const ids = [6944];
export const modules = {

/***/ 5852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ logTrainingDataset),
/* harmony export */   qC: () => (/* binding */ logEvaluationLineage)
/* harmony export */ });
/* unused harmony export snapshotDataset */
/* harmony import */ var _steps_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30);
/* harmony import */ var _steps_step_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2140);
/* harmony import */ var _tracking_ports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3241);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1842);




/** MLflow keeps a dataset's profile in a bounded text field: the per-column summary is cut to fit. */
const PROFILE_LIMIT = 16_000;
/** The snapshot as an MLflow dataset: digest = snapshot id, source = its manifest in the store. */
function snapshotDataset(manifest, storeUri, context) {
    const uri = `${storeUri.replace(/\/+$/, "")}/snapshots/${manifest.id}/manifest.json`;
    const byName = new Map(manifest.profile.map((column) => [column.name, column]));
    const schema = {
        mlflow_colspec: manifest.columns.map((name) => {
            const column = byName.get(name);
            return { type: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_3__/* .mlflowTypeOf */ .Dh)(column), name, required: !column || column.nullCount === 0 };
        }),
    };
    const columns = manifest.profile.map((column) => ({
        name: column.name,
        type: column.type,
        nulls: column.nullCount,
        ...(column.mean !== undefined ? { mean: column.mean } : {}),
        ...(column.min !== undefined ? { min: column.min } : {}),
        ...(column.max !== undefined ? { max: column.max } : {}),
    }));
    const profile = {
        num_rows: manifest.rows,
        ...(manifest.split ? { train_rows: manifest.split.trainRows, test_rows: manifest.split.testRows } : {}),
        created_at: manifest.createdAt,
        columns,
    };
    let text = JSON.stringify(profile);
    while (text.length > PROFILE_LIMIT && columns.length > 0) {
        columns.pop();
        text = JSON.stringify({ ...profile, columns, truncated: true });
    }
    return {
        name: `snapshot-${manifest.id}`,
        digest: manifest.id,
        sourceType: /^s3:\/\//.test(uri) ? "s3" : "local",
        source: JSON.stringify({ uri }),
        schema: JSON.stringify(schema),
        profile: text,
        context,
    };
}
async function datasetOf(context, inputs, config, snapshotId, use) {
    const store = await (0,_steps_step_config_js__WEBPACK_IMPORTED_MODULE_1__/* .openStepStore */ .cl)(context, inputs, config);
    return snapshotDataset(await (0,_steps_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .WI)(store, snapshotId), store.uri, use);
}
/** train's hook: the snapshot as the run's training dataset; a backend without it, or a failure, only warns. */
async function logTrainingDataset(context, options) {
    const { tracker, snapshotId } = options;
    if (!snapshotId || !(0,_tracking_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .hasNativeLineage */ .$)(tracker))
        return;
    try {
        const dataset = await datasetOf(context, options.inputs, options.config, snapshotId, "training");
        await tracker.logDatasetInputs(options.runId, [dataset]);
    }
    catch (error) {
        context.log.warning(`the snapshot could not be logged as the run's dataset input: ${error.message}`);
    }
}
/**
 * evaluate's hook: the snapshot as the run's evaluation dataset, the run's LoggedModel, and the test metrics
 * linked to both, so the model's page in MLflow shows its metrics and the data they were measured on.
 */
async function logEvaluationLineage(context, options) {
    const { tracker, snapshotId } = options;
    if (!snapshotId || !(0,_tracking_ports_js__WEBPACK_IMPORTED_MODULE_2__/* .hasNativeLineage */ .$)(tracker))
        return undefined;
    try {
        const dataset = await datasetOf(context, options.inputs, options.config, snapshotId, "evaluation");
        await tracker.logDatasetInputs(options.runId, [dataset]);
        const run = await tracker.getRun(options.runId);
        const modelId = await tracker.createLoggedModel({
            runId: options.runId,
            experimentId: run.info.experimentId,
            name: options.config?.config.model ?? "model",
            tags: {
                "trainyard.run_id": options.runId,
                "trainyard.snapshot.id": snapshotId,
                ...(run.tags["trainyard.serving.packaging"]
                    ? { "trainyard.serving.packaging": run.tags["trainyard.serving.packaging"] }
                    : {}),
            },
        });
        await tracker.logModelMetrics(options.runId, modelId, dataset, options.metrics);
        await tracker.setTag(options.runId, "trainyard.logged_model_id", modelId);
        return modelId;
    }
    catch (error) {
        context.log.warning(`MLflow-native lineage (dataset input, LoggedModel) was not recorded: ${error.message}`);
        return undefined;
    }
}


/***/ }),

/***/ 153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HO: () => (/* binding */ servingParityOf),
/* harmony export */   z6: () => (/* binding */ packageTrainedModel)
/* harmony export */ });
/* unused harmony export labelColumnOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _steps_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30);
/* harmony import */ var _steps_step_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2140);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1842);
/* harmony import */ var _package_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6804);
/* harmony import */ var _serving_parity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1100);






/** The label column as evaluate reads it: evaluate.label_column, else validate.label.column, else label. */
function labelColumnOf(config) {
    return config?.config.evaluate?.label_column ?? config?.config.validate?.label?.column ?? "label";
}
async function manifestOf(context, inputs, config, snapshotId) {
    if (!snapshotId)
        return undefined;
    try {
        return await (0,_steps_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .WI)(await (0,_steps_step_config_js__WEBPACK_IMPORTED_MODULE_2__/* .openStepStore */ .cl)(context, inputs, config), snapshotId);
    }
    catch {
        return undefined;
    }
}
/**
 * train's hook: makes the model folder an MLflow Model before it is uploaded; returns the tags that record
 * how. Nothing to do without a test file (no signature to take) or, for a plain model, a predict command.
 */
async function packageTrainedModel(context, options) {
    const predictCommand = options.config?.config.evaluate?.predict_command;
    if (!options.data.testFile) {
        context.log.warning("the snapshot has no test file: the model is not packaged as an MLflow Model (no signature to take)");
        return {};
    }
    const native = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 19)).then((fs) => fs.stat((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_3__/* .MLMODEL_FILE */ .my)).then(() => true, () => false));
    if (!native && !predictCommand) {
        context.log.warning("no evaluate.predict_command: the model is not packaged as an MLflow Model (nothing to wrap)");
        return {};
    }
    const manifest = await manifestOf(context, options.inputs, options.config, options.data.snapshotId);
    const settings = (0,_serving_parity_js__WEBPACK_IMPORTED_MODULE_5__/* .servingSettings */ .qf)(context, options.config);
    const result = await context.group("Package the model as an MLflow Model", () => (0,_package_model_js__WEBPACK_IMPORTED_MODULE_4__/* .packageModel */ .gR)(context, {
        modelDir: options.modelDir,
        cwd: options.cwd,
        predictCommand,
        testFile: options.data.testFile,
        labelColumn: labelColumnOf(options.config),
        profile: manifest?.profile,
        lockfiles: options.lockfiles,
        pythonVersion: options.pythonVersion,
        ...(settings.python ? { python: settings.python } : {}),
        timeoutMs: 5 * 60_000,
    }));
    context.log.info(`MLflow Model (${result.packaging}): flavors ${result.flavors.join(", ")}, signature of ${result.inputColumns} input column(s) → ${result.outputColumns.join(", ") || "unspecified"}, in ${result.seconds.toFixed(2)} s`);
    return {
        "trainyard.serving.packaging": result.packaging,
        "trainyard.serving.flavors": result.flavors.join(","),
        "trainyard.serving.packaging_seconds": result.seconds.toFixed(3),
    };
}
/** evaluate's hook: the serving-parity check of the model just evaluated. */
async function servingParityOf(context, options) {
    const settings = (0,_serving_parity_js__WEBPACK_IMPORTED_MODULE_5__/* .servingSettings */ .qf)(context, options.config);
    const record = await context.group("Serving parity: load the packaged model as a server does", async () => (0,_serving_parity_js__WEBPACK_IMPORTED_MODULE_5__/* .checkServingParity */ .wd)(context, {
        settings,
        modelDir: options.modelDir,
        ...(options.runId && options.tracker ? { runId: options.runId, tracker: await options.tracker() } : {}),
        testFile: options.testFile,
        predictionsFile: options.predictionsFile,
        labelColumn: options.labelColumn,
        ...(options.classes ? { classes: options.classes } : {}),
        ...(options.positiveClass !== undefined ? { positiveClass: options.positiveClass } : {}),
        timeoutMs: 10 * 60_000,
    }));
    const said = record.status === "skip"
        ? `serving parity skipped: ${record.reason}`
        : record.status === "pass"
            ? `serving parity: ${record.rows} rows equal (max |Δ| ${record.maxAbsDiff}) in ${record.seconds?.toFixed(2)} s`
            : `serving parity FAILED: ${record.reason ?? `${record.mismatchedRows} of ${record.rows} rows differ`}`;
    if (record.status === "fail")
        context.log.warning(said);
    else
        context.log.info(said);
    return record;
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

/***/ 9050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ METRICS_BY_TASK),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   i2: () => (/* binding */ higherIsBetter)
/* harmony export */ });
/* unused harmony exports METRICS, metricDeclaration */
/**
 * The metrics trainyard computes: each one's name, direction (whether a higher or a lower value is better)
 * and range, declared once in {@link METRICS}, and the metrics of each task in the order every metric list
 * and resample row uses. Plain data (no zod): the stats modules, including the bootstrap's worker threads,
 * load it without the config schema.
 */
const ZERO_TO_ONE = { min: 0, max: 1 };
const NON_NEGATIVE = { min: 0, max: Number.POSITIVE_INFINITY };
const AT_MOST_ONE = { min: Number.NEGATIVE_INFINITY, max: 1 };
/** Every metric trainyard computes, by name. */
const METRICS = {
    accuracy: { better: "higher", range: ZERO_TO_ONE },
    precision: { better: "higher", range: ZERO_TO_ONE },
    recall: { better: "higher", range: ZERO_TO_ONE },
    f1: { better: "higher", range: ZERO_TO_ONE },
    roc_auc: { better: "higher", range: ZERO_TO_ONE },
    pr_auc: { better: "higher", range: ZERO_TO_ONE },
    log_loss: { better: "lower", range: NON_NEGATIVE },
    brier: { better: "lower", range: ZERO_TO_ONE },
    expected_calibration_error: { better: "lower", range: ZERO_TO_ONE },
    macro_f1: { better: "higher", range: ZERO_TO_ONE },
    weighted_f1: { better: "higher", range: ZERO_TO_ONE },
    rmse: { better: "lower", range: NON_NEGATIVE },
    mae: { better: "lower", range: NON_NEGATIVE },
    r2: { better: "higher", range: AT_MOST_ONE },
    mape: { better: "lower", range: NON_NEGATIVE },
};
const METRICS_BY_TASK = {
    binary: [
        "accuracy",
        "precision",
        "recall",
        "f1",
        "roc_auc",
        "pr_auc",
        "log_loss",
        "brier",
        "expected_calibration_error",
    ],
    multiclass: ["accuracy", "macro_f1", "weighted_f1", "log_loss"],
    regression: ["rmse", "mae", "r2", "mape"],
};
const METRIC_NAMES = [...new Set(Object.values(METRICS_BY_TASK).flat())];
/** The declaration of a metric trainyard computes; undefined for any other name. */
function metricDeclaration(metric) {
    return Object.hasOwn(METRICS, metric) ? METRICS[metric] : undefined;
}
/**
 * Whether a larger value of the metric is better (roc_auc) or worse (log_loss), from {@link METRICS}. A name
 * trainyard does not compute counts as higher-is-better.
 */
function higherIsBetter(metric) {
    return metricDeclaration(metric)?.better !== "lower";
}


/***/ }),

/***/ 1778:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ resolveTrainingData)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2845);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2140);






async function findByRole(dataDir, role) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dataDir).catch((error) => {
        if (error.code === "ENOENT")
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`data-dir ${dataDir} does not exist`);
        throw error;
    });
    const name = names.filter((candidate) => candidate.startsWith(`${role}.`)).sort()[0];
    return name ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dataDir, name) : undefined;
}
/**
 * The snapshot's files for train and evaluate: the `data-dir` input when the files are already here (a
 * folder written by snapshot-data), else the `snapshot` input materialised from the store (hash-checked,
 * skipped when already present).
 */
async function resolveTrainingData(context, inputs, config) {
    const snapshotId = inputs.snapshot;
    const dataDirInput = inputs["data-dir"];
    if (dataDirInput) {
        const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.workingDirectory, dataDirInput);
        const trainFile = await findByRole(dataDir, "train");
        const testFile = await findByRole(dataDir, "test");
        return {
            snapshotId: snapshotId ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dataDir),
            dataDir,
            ...(trainFile ? { trainFile } : {}),
            ...(testFile ? { testFile } : {}),
        };
    }
    if (!snapshotId) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`no data: set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .inputLabel */ .NB)(inputs, "snapshot")} (the snapshot-id of snapshot-data) or ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .inputLabel */ .NB)(inputs, "data-dir")} (a folder snapshot-data wrote)`);
    }
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_5__/* .openStepStore */ .cl)(context, inputs, config);
    const destination = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_step_config_js__WEBPACK_IMPORTED_MODULE_5__/* .dataRootOf */ .y4)(context, inputs), snapshotId);
    const { manifest, dataDir } = await context.group(`Materialise snapshot ${snapshotId}`, () => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .pullSnapshot */ .Y2)(context, store, snapshotId, destination));
    const files = (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .snapshotFiles */ .Oq)(manifest, dataDir);
    const trainFile = files.train ?? (files.data.length === 1 ? files.data[0] : undefined);
    return {
        snapshotId,
        dataDir,
        ...(trainFile ? { trainFile } : {}),
        ...(files.test ? { testFile: files.test } : {}),
    };
}


/***/ })

};
