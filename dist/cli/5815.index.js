export const id = 5815;
export const ids = [5815];
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

/***/ 526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ describeServeCheck),
/* harmony export */   ag: () => (/* binding */ serveCheck),
/* harmony export */   qV: () => (/* binding */ parseModelRef),
/* harmony export */   x: () => (/* binding */ resolveVersion)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _config_contracts_evaluation_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2033);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1927);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1842);
/* harmony import */ var _package_model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6804);
/* harmony import */ var _parity_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5379);
/* harmony import */ var _python_runtime_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4841);
/* harmony import */ var _serving_parity_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1100);










/** `name`, `name@alias` or `name/version`; a bare name means its champion. */
function parseModelRef(ref) {
    const at = ref.lastIndexOf("@");
    if (at > 0)
        return { model: ref.slice(0, at), alias: ref.slice(at + 1) };
    const slash = ref.lastIndexOf("/");
    if (slash > 0)
        return { model: ref.slice(0, slash), version: ref.slice(slash + 1) };
    return { model: ref, alias: "champion" };
}
async function resolveVersion(registry, ref) {
    const version = ref.version
        ? await registry.getModelVersion(ref.model, ref.version)
        : await registry.getVersionByAlias(ref.model, ref.alias ?? "champion");
    if (!version)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(ref.version ? `${ref.model} has no version ${ref.version}` : `${ref.model} has no alias @${ref.alias}`);
    return version;
}
/**
 * Pulls a registered version, loads it with pyfunc, serves it with `mlflow models serve --env-manager local`
 * on 127.0.0.1 (a free port), posts its input example to /invocations and compares the answer with the
 * predictions evaluate recorded for those rows. The server is always stopped.
 */
async function serveCheck(context, options) {
    const started = Date.now();
    const { version } = options;
    const label = `${version.name} version ${version.version}`;
    if (!version.runId)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label} names no run: its model files cannot be pulled`);
    const lookup = await (0,_serving_parity_js__WEBPACK_IMPORTED_MODULE_8__/* .lookupPython */ .vJ)(context, options.settings);
    if ("skip" in lookup)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`serve-check needs a Python with mlflow: ${lookup.skip}`);
    const python = lookup.runtime;
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "trainyard-serve-check-"));
    try {
        const modelDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "model");
        await options.tracker.downloadArtifacts(version.runId, "model", modelDir);
        const mlmodelFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_5__/* .MLMODEL_FILE */ .my);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(mlmodelFile).catch(() => undefined)))
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${label} has no MLmodel: it is not an MLflow Model (trained before packaging?)`);
        const mlmodel = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMLmodel */ .Yg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(mlmodelFile, "utf8"), `${label}: MLmodel`);
        const evaluationDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "evaluation");
        let recorded;
        let classes;
        let positiveClass;
        try {
            await options.tracker.downloadArtifacts(version.runId, "evaluation", evaluationDir);
            const reportFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(evaluationDir, "evaluation.json");
            const report = (0,_config_contracts_evaluation_report_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEvaluationReport */ .ee)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(reportFile, "utf8"), reportFile);
            classes = report.classes;
            positiveClass = report.task === "binary" ? report.classes?.[1] : undefined;
            recorded = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(evaluationDir, report.predictionsFile), "utf8"));
        }
        catch {
            recorded = undefined;
        }
        const ours = mlmodel.metadata?.[_mlmodel_js__WEBPACK_IMPORTED_MODULE_5__/* .TRAINYARD_METADATA_KEY */ .P8] !== undefined;
        const pyfuncFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "pyfunc.csv");
        const servedFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "served.csv");
        const result = await context.group(`Serve ${label} with mlflow models serve`, () => (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_7__/* .runHelper */ .UA)(python.executable, [
            "serve",
            "--model",
            modelDir,
            "--pyfunc-output",
            pyfuncFile,
            "--output",
            servedFile,
            "--timeout",
            String(Math.round(options.timeoutMs / 1000)),
            ...(classes ? ["--classes", JSON.stringify(classes)] : []),
        ], { env: context.env, timeoutMs: options.timeoutMs + 30_000 }));
        if (!result.ok)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`serve-check of ${label} failed: ${String(result.payload.error)}`);
        const served = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(servedFile, "utf8"));
        const inProcess = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(pyfuncFile, "utf8"));
        // The input example is the test file's first rows when trainyard wrote it: compare with evaluate's record.
        const expected = recorded && ours ? (0,_parity_js__WEBPACK_IMPORTED_MODULE_9__/* .headRows */ .yZ)(recorded, served.rows.length) : inProcess;
        const comparedWith = recorded && ours
            ? `the first ${served.rows.length} predictions evaluate recorded for run ${version.runId}`
            : "mlflow.pyfunc.load_model's predictions of the same input example";
        const maxAbsDiff = options.settings.maxAbsDiff;
        const parity = (0,_parity_js__WEBPACK_IMPORTED_MODULE_9__/* .compareServing */ .Kg)(expected, served, {
            maxAbsDiff,
            ...(positiveClass !== undefined ? { positiveClass } : {}),
        });
        const inProcessParity = (0,_parity_js__WEBPACK_IMPORTED_MODULE_9__/* .compareServing */ .Kg)(expected, inProcess, {
            maxAbsDiff,
            ...(positiveClass !== undefined ? { positiveClass } : {}),
        });
        const passed = parity.passed && inProcessParity.passed;
        return {
            model: version.name,
            version: version.version,
            passed,
            rows: parity.rows,
            maxAbsDiff: Math.max(parity.maxAbsDiff, inProcessParity.maxAbsDiff),
            firstDiffering: parity.firstDiffering.length > 0 ? parity.firstDiffering : inProcessParity.firstDiffering,
            comparedWith: parity.problem ?? inProcessParity.problem ?? comparedWith,
            startSeconds: Number(result.payload.start_seconds ?? 0),
            seconds: (Date.now() - started) / 1000,
            python: python.executable,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}
function describeServeCheck(result) {
    const head = `${result.model} version ${result.version}`;
    if (result.passed)
        return `serve-check: ${head} served by mlflow models serve answers its ${result.rows} example row(s) as recorded (max |Δ| ${result.maxAbsDiff}); server up in ${result.startSeconds.toFixed(1)} s, ${result.seconds.toFixed(1)} s in all`;
    const rows = result.firstDiffering
        .map((row) => `row ${row.row} ${row.column}: ${row.evaluated} recorded, ${row.served} served`)
        .join("; ");
    return `serve-check: ${head} does not answer as recorded (${result.comparedWith})${rows ? `: ${rows}` : ""}`;
}


/***/ }),

/***/ 5815:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveCheckStep: () => (/* binding */ serveCheckStep)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2845);
/* harmony import */ var _serving_serve_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(526);
/* harmony import */ var _serving_serving_parity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1100);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2140);
/* harmony import */ var _tracking_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9210);






/**
 * `serve-check`: serves a registered version with `mlflow models serve` and checks that /invocations answers
 * its input example with the predictions evaluate recorded.
 */
async function serveCheckStep(context, inputs, preloaded) {
    const config = preloaded ?? (await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_4__/* .loadStepConfig */ .hs)(context, inputs));
    const ref = inputs.model ?? config?.config.model;
    if (!ref)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`no model: give ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "model")} (name, name@alias or name/version)`);
    const tracking = await (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_5__/* .openStepTracking */ .eX)(context, inputs, config);
    const version = await (0,_serving_serve_check_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveVersion */ .x)(tracking.registry, (0,_serving_serve_check_js__WEBPACK_IMPORTED_MODULE_2__/* .parseModelRef */ .qV)(ref));
    const result = await (0,_serving_serve_check_js__WEBPACK_IMPORTED_MODULE_2__/* .serveCheck */ .ag)(context, {
        tracker: tracking.tracker,
        version,
        settings: (0,_serving_serving_parity_js__WEBPACK_IMPORTED_MODULE_3__/* .servingSettings */ .qf)(context, config, { value: inputs.python, label: (0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "python") }),
        timeoutMs: (inputs["timeout-seconds"] ?? 180) * 1000,
    });
    const said = (0,_serving_serve_check_js__WEBPACK_IMPORTED_MODULE_2__/* .describeServeCheck */ .Ro)(result);
    if (!result.passed)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(said);
    context.log.notice(said);
    await context.appendSummary(`### trainyard serve-check\n\n${said}\n`);
    return {
        model: result.model,
        version: result.version,
        passed: result.passed,
        "max-abs-diff": result.maxAbsDiff,
        seconds: Math.round(result.seconds * 1000) / 1000,
    };
}


/***/ })

};
