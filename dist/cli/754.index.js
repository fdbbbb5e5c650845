export const id = 754;
export const ids = [754];
export const modules = {

/***/ 7890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ jsonLineEncoder),
/* harmony export */   zT: () => (/* binding */ csvLine)
/* harmony export */ });
/* unused harmony export csvField */
const NEEDS_QUOTES = /[",\r\n]/;
/** A value as CSV text: null is an empty field; dates are ISO 8601; objects and arrays are JSON. */
function csvField(value) {
    if (value === null || value === undefined)
        return "";
    if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean")
        return String(value);
    let text;
    if (typeof value === "string")
        text = value;
    else if (value instanceof Date)
        return isoDate(value);
    else if (value instanceof Uint8Array)
        return Buffer.from(value).toString("base64");
    else
        text = JSON.stringify(value, jsonReplacer);
    return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
/**
 * One CSV record with its line ending. A one-column record whose value is null is written as `""`, since an
 * empty line would be read back as a blank line and skipped.
 */
function csvLine(values) {
    if (values.length === 1) {
        const only = csvField(values[0]);
        return only === "" ? '""\n' : `${only}\n`;
    }
    // Joining an array is about twice as fast here as growing a string field by field.
    const fields = new Array(values.length);
    for (let i = 0; i < values.length; i++)
        fields[i] = csvField(values[i]);
    return `${fields.join(",")}\n`;
}
/**
 * Encodes rows as JSON Lines records: an object with every column, null where a value is missing. Built
 * from per-column key prefixes, which is about twice as fast as stringifying an object per row.
 */
function jsonLineEncoder(columns) {
    const prefixes = columns.map((name, i) => `${i === 0 ? "{" : ","}${JSON.stringify(name)}:`);
    return (values) => {
        const parts = new Array(prefixes.length + 1);
        for (let i = 0; i < prefixes.length; i++)
            parts[i] = prefixes[i] + jsonValue(values[i]);
        parts[prefixes.length] = "}\n";
        return parts.join("");
    };
}
function jsonValue(value) {
    switch (typeof value) {
        case "string":
            return JSON.stringify(value);
        case "number":
            return Number.isFinite(value) ? String(value) : "null";
        case "boolean":
            return value ? "true" : "false";
        case "undefined":
            return "null";
        default:
            return value === null ? "null" : (JSON.stringify(value, jsonReplacer) ?? "null");
    }
}
/**
 * JSON for values JSON.stringify rejects or mangles: 64-bit integers become numbers when a double holds them
 * exactly and decimal strings otherwise, and bytes become base64.
 */
function jsonReplacer(_key, value) {
    if (typeof value === "bigint") {
        return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
            ? Number(value)
            : value.toString();
    }
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString("base64");
    return value;
}
function isoDate(value) {
    if (Number.isNaN(value.getTime()))
        throw new RangeError("cannot write an invalid Date");
    return value.toISOString();
}


/***/ }),

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

/***/ 754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_PRIMARY_METRIC: () => (/* binding */ DEFAULT_PRIMARY_METRIC),
  evaluateStep: () => (/* binding */ evaluateStep),
  evaluationSettings: () => (/* binding */ evaluationSettings),
  loadPredictions: () => (/* binding */ loadPredictions),
  recordRowIds: () => (/* binding */ recordRowIds),
  runPrediction: () => (/* binding */ runPrediction)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/contract-file.js
var contract_file = __webpack_require__(8689);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/evaluation-report.js
var evaluation_report = __webpack_require__(2033);
// EXTERNAL MODULE: ./.cache/build/lib/config/trainyard-config.js
var trainyard_config = __webpack_require__(5543);
// EXTERNAL MODULE: ./.cache/build/lib/data/encode-text.js
var encode_text = __webpack_require__(7890);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(2845);
// EXTERNAL MODULE: ./.cache/build/lib/policy/format-number.js
var format_number = __webpack_require__(2029);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-names.js
var metric_names = __webpack_require__(9050);
// EXTERNAL MODULE: ./.cache/build/lib/report/markdown.js
var markdown = __webpack_require__(5721);
;// CONCATENATED MODULE: ./.cache/build/lib/report/evaluation-markdown.js



/** Slice tables longer than this fold into `<details>`. */
const VISIBLE_SLICES = 10;
/**
 * The evaluation report for the evaluate step's job summary and the terminal: the task and rows, every
 * metric with its bootstrap interval (primary first), the metrics per slice, prediction throughput and
 * the model's size.
 */
function renderEvaluationMarkdown(report, options = {}) {
    const primary = report.metrics[report.primaryMetric];
    const primaryText = primary
        ? `, ${(0,markdown/* escapeMarkdown */.FV)(report.primaryMetric)} ${(0,format_number/* formatInterval */.vy)(primary.value, primary.low, primary.high)}`
        : "";
    const head = `### ${(0,markdown/* escapeMarkdown */.FV)(options.title ?? "Evaluation")}: ${report.task}, ${(0,format_number/* formatCount */.B4)(report.rows)} test rows${primaryText}`;
    const parts = [head, metricsTable(report)];
    const slices = slicesTable(report);
    if (slices)
        parts.push(slices);
    parts.push(performance(report), lineage(report));
    return `${parts.join("\n\n")}\n`;
}
/** The reported metrics, primary first, in the report's order. */
function metricNames(report) {
    const names = Object.keys(report.metrics);
    return [
        ...names.filter((name) => name === report.primaryMetric),
        ...names.filter((name) => name !== report.primaryMetric),
    ];
}
function metricLabel(metric, primary) {
    const arrow = (0,metric_names/* higherIsBetter */.i2)(metric) ? "↑" : "↓";
    return metric === primary
        ? `**${(0,markdown/* escapeMarkdown */.FV)(metric)}** ${arrow} (primary)`
        : `${(0,markdown/* escapeMarkdown */.FV)(metric)} ${arrow}`;
}
function metricsTable(report) {
    const level = (0,format_number/* formatPercent */.l9)(report.bootstrap.confidence);
    const rows = metricNames(report).map((name) => {
        const metric = report.metrics[name];
        return [
            metricLabel(name, report.primaryMetric),
            (0,format_number/* formatNumber */.ZV)(metric.value),
            `[${(0,format_number/* formatNumber */.ZV)(metric.low)}, ${(0,format_number/* formatNumber */.ZV)(metric.high)}]`,
            (0,format_number/* formatCount */.B4)(metric.resamples),
        ];
    });
    return (0,markdown/* table */.tp)(["metric", "value", `${level} interval`, "resamples"], rows);
}
function slicesTable(report) {
    if (report.slices.length === 0)
        return undefined;
    const names = metricNames(report);
    const headers = [
        "column",
        "value",
        "rows",
        ...names.map((name) => metricLabel(name, report.primaryMetric)),
    ];
    const rows = report.slices.map((slice) => [
        (0,markdown/* cell */.Hn)(slice.column),
        (0,markdown/* cell */.Hn)(slice.value),
        (0,format_number/* formatCount */.B4)(slice.rows),
        ...names.map((name) => sliceMetric(slice.metrics[name], name === report.primaryMetric)),
    ]);
    const columns = [...new Set(report.slices.map((slice) => slice.column))];
    const head = `#### Slices of ${columns.map((column) => (0,markdown/* escapeMarkdown */.FV)(column)).join(", ")}`;
    const body = (0,markdown/* table */.tp)(headers, rows);
    return rows.length > VISIBLE_SLICES
        ? `${head}\n\n${(0,markdown/* details */.zH)(`${(0,format_number/* formatCount */.B4)(rows.length)} slices`, body)}`
        : `${head}\n\n${body}`;
}
function sliceMetric(metric, withInterval) {
    if (!metric)
        return "";
    return withInterval ? (0,format_number/* formatInterval */.vy)(metric.value, metric.low, metric.high) : (0,format_number/* formatNumber */.ZV)(metric.value);
}
function performance(report) {
    const { rowsPerSecond, msPer1kRows, seconds } = report.prediction;
    return [
        `Prediction: ${(0,format_number/* formatMeasure */.os)(rowsPerSecond)} rows/s, ${(0,format_number/* formatMeasure */.os)(msPer1kRows)} ms per 1,000 rows (${(0,format_number/* formatMeasure */.os)(seconds)} s in all).`,
        `Model size: ${(0,format_number/* formatBytes */.z3)(report.model.sizeBytes)} (${(0,format_number/* formatCount */.B4)(report.model.sizeBytes)} bytes).`,
    ].join("  \n");
}
function lineage(report) {
    const { resamples, confidence, seed, method } = report.bootstrap;
    const parts = [
        `bootstrap ${(0,markdown/* escapeMarkdown */.FV)(method)}: ${(0,format_number/* formatCount */.B4)(resamples)} resamples, ${(0,format_number/* formatPercent */.l9)(confidence)}, seed ${seed}`,
    ];
    if (report.snapshotId)
        parts.unshift(`snapshot ${(0,markdown/* code */.aY)(report.snapshotId)}`);
    if (report.model.runId)
        parts.unshift(`run ${(0,markdown/* code */.aY)(report.model.runId)}`);
    parts.push(`label ${(0,markdown/* code */.aY)(report.labelColumn)}`);
    return `<sub>${parts.join(" · ")}</sub>`;
}

// EXTERNAL MODULE: ./.cache/build/lib/serving/lineage-hooks.js
var lineage_hooks = __webpack_require__(5852);
// EXTERNAL MODULE: ./.cache/build/lib/serving/step-hooks.js
var step_hooks = __webpack_require__(153);
// EXTERNAL MODULE: ./.cache/build/lib/stats/bootstrap.js
var bootstrap = __webpack_require__(1641);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-set.js
var metric_set = __webpack_require__(8306);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/command-environment.js
var command_environment = __webpack_require__(5444);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/run-command.js + 1 modules
var run_command = __webpack_require__(1051);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/split-command.js
var split_command = __webpack_require__(4997);
// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(2140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/tracking-config.js
var tracking_config = __webpack_require__(9210);
// EXTERNAL MODULE: ./.cache/build/lib/steps/training-data.js
var training_data = __webpack_require__(1778);
// EXTERNAL MODULE: ./.cache/build/lib/steps/workspace-paths.js
var workspace_paths = __webpack_require__(9347);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/build-predictions.js
var build_predictions = __webpack_require__(7480);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/evaluate/predict-backend.js
/**
 * evaluate.backend: ray runs the prediction command as a job on the cluster of train.ray (address from
 * train.ray.address or RAY_ADDRESS, token from RAY_AUTH_TOKEN), under the same predict contract; absent or
 * runner: on the runner. Note that the gate's prediction-time limit then includes the job's overhead.
 */
async function predictionBackend(context, config) {
    if (config?.config.evaluate?.backend !== "ray")
        return {};
    const ray = config.config.train?.ray;
    // loaded only here: the Ray client (undici, the S3 presigner of its file transfer) is for this backend alone
    const { openRayBackend } = await __webpack_require__.e(/* import() */ 509).then(__webpack_require__.bind(__webpack_require__, 509));
    const backend = await openRayBackend(context, {
        address: ray?.address ?? context.env.RAY_ADDRESS,
        token: context.env.RAY_AUTH_TOKEN,
        where: "train.ray.address or RAY_ADDRESS",
        ray,
    });
    return {
        execute: (options) => backend.execute(options, (tags) => context.log.info(`the prediction command runs as Ray job ${tags["trainyard.ray.job_id"]}`)),
    };
}

// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/read-columns.js
var read_columns = __webpack_require__(6509);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/slices.js
var evaluate_slices = __webpack_require__(8836);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/task-labels.js
var task_labels = __webpack_require__(7256);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/evaluate/evaluate-step.js

























const DEFAULT_PRIMARY_METRIC = {
    binary: "roc_auc",
    multiclass: "macro_f1",
    regression: "rmse",
};
function listInput(raw) {
    if (raw === undefined)
        return undefined;
    return raw
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
async function folderBytes(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    let total = 0;
    for (const entry of entries)
        if (entry.isFile())
            total += (await (0,promises_.stat)((0,external_node_path_.join)(entry.parentPath, entry.name))).size;
    return total;
}
function checkMetricOfTask(metric, task, what) {
    if (!trainyard_config/* METRICS_BY_TASK */.GT[task].includes(metric)) {
        throw new user_error/* UserError */.yo(`${what} "${metric}" is not a ${task} metric; ${task} metrics are ${trainyard_config/* METRICS_BY_TASK */.GT[task].join(", ")}`);
    }
}
function toRecord(interval) {
    const finite = (value) => (Number.isFinite(value) ? value : null);
    return {
        value: finite(interval.value),
        low: finite(interval.low),
        high: finite(interval.high),
        resamples: interval.resamples,
    };
}
function pick(all, names) {
    return Object.fromEntries(names.filter((name) => all[name]).map((name) => [name, toRecord(all[name])]));
}
/**
 * Runs the user's prediction command under the predict contract (TRAINYARD_MODEL_DIR, TRAINYARD_INPUT_FILE,
 * TRAINYARD_PREDICTIONS_FILE), without a shell; used for the challenger here and for the champion by
 * champion-challenger.
 */
async function runPrediction(context, options) {
    const argv = (0,split_command/* splitCommand */.G)(options.command, "predict command");
    await (0,promises_.rm)(options.predictionsFile, { force: true });
    await (0,promises_.mkdir)((0,external_node_path_.resolve)(options.predictionsFile, ".."), { recursive: true });
    const result = await context.group(`${options.label}: ${argv.join(" ")}`, () => (options.execute ?? run_command/* runCommand */.d)({
        argv,
        cwd: options.cwd,
        env: {
            ...(0,command_environment/* commandEnvironment */.J)(context.env),
            TRAINYARD_MODEL_DIR: options.modelDir,
            TRAINYARD_INPUT_FILE: options.inputFile,
            TRAINYARD_PREDICTIONS_FILE: options.predictionsFile,
        },
        timeoutMs: options.timeoutMinutes * 60_000,
        onLine: (line) => context.log.info(line),
    }));
    if (result.ending !== "exited" || result.exitCode !== 0) {
        const why = result.ending === "timeout"
            ? `timed out after ${options.timeoutMinutes} minute(s)`
            : result.ending === "cancelled"
                ? "was cancelled"
                : `exited with code ${result.exitCode ?? result.signal}`;
        throw new user_error/* UserError */.yo(`the prediction command ${why}. Its last ${Math.min(result.tail.length, 50)} line(s):\n${context.mask(result.tail.slice(-50).join("\n"))}`);
    }
    if (!(await (0,promises_.stat)(options.predictionsFile).catch(() => undefined))) {
        throw new build_predictions/* PredictionsError */.t4(`the prediction command exited 0 but wrote nothing to TRAINYARD_PREDICTIONS_FILE (${options.predictionsFile})`);
    }
    return { predictionsFile: options.predictionsFile, seconds: result.durationSeconds };
}
/** Reads the predictions and the test file's label (and slice columns), checks they line up, and pairs them. */
async function loadPredictions(options) {
    const predicted = await (0,read_columns/* readColumns */.E)(options.predictionsFile, (columns) => columns);
    const predictionColumns = { file: options.predictionsFile, ...predicted };
    let shared = [];
    const test = await (0,read_columns/* readColumns */.E)(options.testFile, (columns) => {
        shared = predicted.columns.filter((name) => columns.includes(name) && name !== options.labelColumn);
        const id = options.idColumn !== undefined ? [options.idColumn] : [];
        return [...new Set([options.labelColumn, ...options.sliceColumns, ...shared, ...id])];
    }, (name) => name === options.labelColumn
        ? "the label column: evaluate.label_column in trainyard.yml or the label-column input"
        : options.sliceColumns.includes(name)
            ? "a slice column: evaluate.slices in trainyard.yml or the slices input"
            : name === options.idColumn
                ? "the row id column: evaluate.id_column in trainyard.yml"
                : undefined);
    const labels = test.values.get(options.labelColumn);
    if (predicted.rows === test.rows)
        (0,build_predictions/* checkAlignment */.IT)(test.values, predictionColumns, shared);
    const task = options.task ?? (0,task_labels/* inferTask */.Sz)(labels, predicted.columns);
    const built = (0,build_predictions/* buildPredictions */.NV)({
        task,
        labels,
        labelColumn: options.labelColumn,
        predictions: predictionColumns,
        ...(options.positiveClass !== undefined ? { positiveClass: options.positiveClass } : {}),
    });
    return {
        task,
        predictions: built.predictions,
        ...(built.classes ? { classes: built.classes } : {}),
        sliceValues: new Map(options.sliceColumns.map((column) => [column, test.values.get(column)])),
        ...(options.idColumn !== undefined
            ? { rowIds: { labels, ids: test.values.get(options.idColumn) } }
            : {}),
    };
}
/**
 * Adds each test row's id and label to the predictions file (CSV), after the command's own columns, which
 * stay as they were: monitor pairs production rows with these rows by id. A column the command already
 * wrote is kept (evaluate checked that a repeated test column matches row by row). Returns how many ids
 * occur more than once (monitor cannot pair those).
 */
async function recordRowIds(options) {
    const predicted = await (0,read_columns/* readColumns */.E)(options.predictionsFile, (columns) => columns);
    const added = [
        [options.idColumn, options.rowIds.ids],
        [options.labelColumn, options.rowIds.labels],
    ].filter(([name]) => !predicted.columns.includes(name));
    const columns = [...predicted.columns.map((name) => predicted.values.get(name))];
    const lines = [(0,encode_text/* csvLine */.zT)([...predicted.columns, ...added.map(([name]) => name)])];
    for (let row = 0; row < predicted.rows; row++)
        lines.push((0,encode_text/* csvLine */.zT)([...columns.map((values) => values[row]), ...added.map(([, values]) => values[row])]));
    const partial = `${options.predictionsFile}.partial`;
    await (0,promises_.writeFile)(partial, lines.join(""));
    await (0,promises_.rename)(partial, options.predictionsFile);
    const seen = new Set();
    const repeated = new Set();
    for (const id of options.rowIds.ids) {
        const text = (0,task_labels/* labelText */.QK)(id) ?? "";
        if (seen.has(text))
            repeated.add(text);
        seen.add(text);
    }
    return { repeated: repeated.size };
}
/** The settings evaluate and champion-challenger share, from inputs over trainyard.yml. */
function evaluationSettings(context, inputs, config) {
    const evaluate = config?.config.evaluate;
    const train = config?.config.train;
    const predictCommand = inputs["predict-command"] ?? evaluate?.predict_command;
    const labelColumn = inputs["label-column"] ?? evaluate?.label_column ?? config?.config.validate?.label?.column ?? "label";
    const seed = inputs.seed ?? evaluate?.seed ?? train?.seed ?? 42;
    const resamples = inputs.bootstrap ?? evaluate?.bootstrap ?? 1000;
    const confidence = inputs.confidence ?? evaluate?.confidence ?? 0.95;
    if (!Number.isInteger(resamples) || resamples < 0)
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "bootstrap")} must be a whole number ≥ 0, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "confidence")} must be between 0 and 1, got ${confidence}`);
    const positive = inputs["positive-class"] ?? evaluate?.positive_class;
    return {
        predictCommand,
        labelColumn,
        seed,
        resamples,
        confidence,
        ...(positive !== undefined ? { positiveClass: String(positive) } : {}),
        task: (inputs.task ?? evaluate?.task),
        sliceColumns: listInput(inputs.slices) ?? evaluate?.slices ?? [],
        cwd: (0,external_node_path_.resolve)(context.workingDirectory, inputs["working-directory"] ?? train?.working_directory ?? "."),
        timeoutMinutes: inputs["timeout-minutes"] ?? 30,
        idColumn: evaluate?.id_column,
    };
}
/**
 * `evaluate`: runs the prediction command on the test rows and measures the predictions with trainyard's own
 * metric code, overall and per slice, each metric with a bootstrap interval.
 */
async function evaluateStep(context, inputs, preloaded) {
    const config = preloaded ?? (await (0,step_config/* loadStepConfig */.hs)(context, inputs));
    const settings = evaluationSettings(context, inputs, config);
    const modelDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs["model-dir"]);
    if (!(await (0,promises_.stat)(modelDir).catch(() => undefined))?.isDirectory())
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "model-dir")}: ${modelDir} is not a folder`);
    if (!settings.predictCommand)
        throw new user_error/* UserError */.yo(`no prediction command: set evaluate.predict_command in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "predict-command")}`);
    const testFileInput = inputs["test-file"];
    const data = testFileInput ? undefined : await (0,training_data/* resolveTrainingData */.$)(context, inputs, config);
    const testFile = testFileInput ? (0,external_node_path_.resolve)(context.workingDirectory, testFileInput) : data?.testFile;
    if (!testFile)
        throw new user_error/* UserError */.yo(`the snapshot has no test file (in ${data?.dataDir}); give data.split in trainyard.yml so snapshot-data holds rows out, or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "test-file")}`);
    const runId = inputs["run-id"];
    const outputDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"] ?? workspace_paths/* workspacePath */.X.evaluation(runId ?? (0,external_node_path_.basename)((0,external_node_path_.resolve)(modelDir, ".."))));
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const prediction = await runPrediction(context, {
        command: settings.predictCommand,
        cwd: settings.cwd,
        modelDir,
        inputFile: testFile,
        predictionsFile: (0,external_node_path_.join)(outputDir, "predictions.csv"),
        timeoutMinutes: settings.timeoutMinutes,
        ...(await predictionBackend(context, config)),
        label: "Predict",
    });
    const loaded = await context.group("Measure", () => loadPredictions({
        testFile,
        predictionsFile: prediction.predictionsFile,
        labelColumn: settings.labelColumn,
        sliceColumns: settings.sliceColumns,
        ...(settings.task ? { task: settings.task } : {}),
        ...(settings.positiveClass !== undefined ? { positiveClass: settings.positiveClass } : {}),
        ...(settings.idColumn !== undefined ? { idColumn: settings.idColumn } : {}),
    }));
    const task = loaded.task;
    const metricNames = listInput(inputs.metrics) ??
        config?.config.evaluate?.metrics ?? [...trainyard_config/* METRICS_BY_TASK */.GT[task]];
    for (const metric of metricNames)
        checkMetricOfTask(metric, task, "metric");
    const primaryMetric = inputs["primary-metric"] ??
        config?.config.evaluate?.primary_metric ??
        config?.config.gate?.primary?.metric ??
        DEFAULT_PRIMARY_METRIC[task];
    checkMetricOfTask(primaryMetric, task, "primary metric");
    const reported = [primaryMetric, ...metricNames.filter((name) => name !== primaryMetric)];
    const options = { resamples: settings.resamples, confidence: settings.confidence, seed: settings.seed };
    const overall = (0,metric_set/* bootstrapMetrics */.SR)(loaded.predictions, options);
    const slices = [];
    for (const column of settings.sliceColumns) {
        for (const slice of (0,evaluate_slices/* sliceRows */.m)(column, loaded.sliceValues.get(column))) {
            const subset = (0,metric_set/* subsetPredictions */.Bj)(loaded.predictions, slice.rows);
            slices.push({
                column,
                value: slice.value,
                rows: slice.rows.length,
                metrics: pick((0,metric_set/* bootstrapMetrics */.SR)(subset, options), reported),
            });
        }
    }
    const rows = (0,metric_set/* rowCount */.oW)(loaded.predictions);
    const seconds = prediction.seconds;
    const servingParity = await (0,step_hooks/* servingParityOf */.HO)(context, {
        config,
        modelDir,
        runId,
        tracker: runId ? async () => (await (0,tracking_config/* openStepTracking */.eX)(context, inputs, config)).tracker : undefined,
        testFile,
        predictionsFile: prediction.predictionsFile,
        labelColumn: settings.labelColumn,
        classes: loaded.classes,
        positiveClass: task === "binary" ? loaded.classes?.[1] : undefined,
    });
    if (settings.idColumn !== undefined && loaded.rowIds) {
        const { repeated } = await recordRowIds({
            predictionsFile: prediction.predictionsFile,
            idColumn: settings.idColumn,
            labelColumn: settings.labelColumn,
            rowIds: loaded.rowIds,
        });
        if (repeated > 0)
            context.log.warning(`evaluate.id_column "${settings.idColumn}": ${repeated} id(s) occur on more than one test row; monitor does not pair those ids`);
    }
    const report = {
        kind: evaluation_report/* EVALUATION_KIND */.mp,
        version: evaluation_report/* EVALUATION_VERSION */.wT,
        task,
        labelColumn: settings.labelColumn,
        ...(loaded.classes ? { classes: loaded.classes } : {}),
        primaryMetric,
        rows,
        metrics: pick(overall, reported),
        slices,
        bootstrap: {
            ...options,
            method: "percentile",
            resampling: (0,bootstrap/* resampleMethod */.xH)(rows),
        },
        prediction: {
            seconds,
            rowsPerSecond: seconds > 0 ? rows / seconds : 0,
            msPer1kRows: rows > 0 ? (seconds * 1000 * 1000) / rows : 0,
        },
        model: { sizeBytes: await folderBytes(modelDir), ...(runId ? { runId } : {}) },
        ...(data?.snapshotId ? { snapshotId: data.snapshotId } : {}),
        testFile: (0,external_node_path_.relative)(context.workingDirectory, testFile) || testFile,
        predictionsFile: "predictions.csv",
        ...(settings.idColumn !== undefined ? { idColumn: settings.idColumn } : {}),
        createdAt: new Date().toISOString(),
        servingParity,
    };
    const reportPath = (0,external_node_path_.join)(outputDir, "evaluation.json");
    await (0,promises_.writeFile)(reportPath, (0,contract_file/* serializeContract */.Vf)(report));
    if (runId) {
        const { tracker } = await (0,tracking_config/* openStepTracking */.eX)(context, inputs, config);
        await context.group(`Log the evaluation to run ${runId}`, async () => {
            const now = Date.now();
            const metrics = [];
            for (const [name, interval] of Object.entries(report.metrics)) {
                if (interval.value !== null)
                    metrics.push({ key: `test_${name}`, value: interval.value, step: 0, timestamp: now });
                if (interval.low !== null)
                    metrics.push({ key: `test_${name}_ci_low`, value: interval.low, step: 0, timestamp: now });
                if (interval.high !== null)
                    metrics.push({ key: `test_${name}_ci_high`, value: interval.high, step: 0, timestamp: now });
            }
            metrics.push({ key: "predict_rows_per_second", value: report.prediction.rowsPerSecond, step: 0, timestamp: now }, { key: "model_size_bytes", value: report.model.sizeBytes, step: 0, timestamp: now });
            await tracker.logBatch(runId, {
                metrics,
                tags: {
                    "trainyard.task": task,
                    "trainyard.primary_metric": primaryMetric,
                    "trainyard.serving.parity": servingParity.status,
                },
            });
            await (0,lineage_hooks/* logEvaluationLineage */.qC)(context, {
                tracker,
                runId,
                inputs,
                config,
                snapshotId: data?.snapshotId,
                metrics,
            });
            await tracker.uploadArtifact(runId, reportPath, "evaluation/evaluation.json");
            await tracker.uploadArtifact(runId, prediction.predictionsFile, "evaluation/predictions.csv");
        });
    }
    await context.appendSummary(renderEvaluationMarkdown(report));
    const primaryValue = report.metrics[primaryMetric]?.value ?? Number.NaN;
    context.log.info(`${primaryMetric} = ${primaryValue} on ${rows} test rows`);
    return {
        "report-path": reportPath,
        "predictions-path": prediction.predictionsFile,
        task,
        "primary-metric": primaryMetric,
        "primary-value": primaryValue,
    };
}


/***/ }),

/***/ 8836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ sliceRows)
/* harmony export */ });
/* unused harmony export quantileEdges */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);
/* harmony import */ var _task_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7256);


const MAX_CATEGORIES = 50;
const MISSING = "(missing)";
function formatBound(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}
function group(column, keys) {
    const byValue = new Map();
    keys.forEach((key, row) => {
        const name = key ?? MISSING;
        const list = byValue.get(name);
        if (list)
            list.push(row);
        else
            byValue.set(name, [row]);
    });
    return [...byValue.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([value, rows]) => ({ column, value, rows: Uint32Array.from(rows) }));
}
/** Edges that cut sorted values into about `buckets` groups of equal size (duplicates collapse). */
function quantileEdges(sorted, buckets) {
    const edges = [];
    for (let b = 1; b < buckets; b++) {
        const edge = sorted[Math.floor((b * sorted.length) / buckets)];
        if (edge !== undefined && edge !== edges[edges.length - 1] && edge !== sorted[0])
            edges.push(edge);
    }
    return edges;
}
/**
 * The rows of each slice of a column: one slice per value for categories (and for numbers with few
 * distinct values), quartile buckets `[low, high)` for other numbers.
 */
function sliceRows(column, values, buckets = 4) {
    const texts = values.map(_task_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .labelText */ .QK);
    const distinct = new Set(texts.filter((text) => text !== undefined));
    const numbers = texts.map((text) => (text === undefined ? Number.NaN : Number(text)));
    const numeric = [...distinct].every((text) => Number.isFinite(Number(text)));
    if (!numeric || distinct.size <= Math.max(buckets, 10)) {
        if (distinct.size > MAX_CATEGORIES) {
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`slice column "${column}" has ${distinct.size} distinct values (at most ${MAX_CATEGORIES} make readable slices); slice by a coarser column`);
        }
        return group(column, texts);
    }
    const sorted = numbers.filter(Number.isFinite).sort((a, b) => a - b);
    const edges = quantileEdges(sorted, buckets);
    const low = sorted[0];
    const high = sorted[sorted.length - 1];
    const bounds = [low, ...edges];
    const labels = bounds.map((start, i) => i < edges.length
        ? `[${formatBound(start)}, ${formatBound(edges[i])})`
        : `[${formatBound(start)}, ${formatBound(high)}]`);
    const keys = numbers.map((value) => {
        if (!Number.isFinite(value))
            return undefined;
        let bucket = 0;
        while (bucket < edges.length && value >= edges[bucket])
            bucket++;
        return labels[bucket];
    });
    const slices = group(column, keys);
    // Bucket order, not text order: "[5, 10)" before "[10, 20)".
    const order = new Map(labels.map((label, i) => [label, i]));
    return slices.sort((a, b) => (order.get(a.value) ?? labels.length) - (order.get(b.value) ?? labels.length));
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
