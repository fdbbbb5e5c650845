export const id = 657;
export const ids = [657];
export const modules = {

/***/ 44657:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64196);
/* harmony import */ var _steps_pipeline_pipeline_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14814);
/* harmony import */ var _steps_pipeline_run_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51054);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_steps_pipeline_run_pipeline_js__WEBPACK_IMPORTED_MODULE_2__]);
_steps_pipeline_run_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



await (0,_context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runStepAction */ .u)(_steps_pipeline_pipeline_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .PIPELINE_INPUTS */ .T, async (context, inputs) => {
    const result = await (0,_steps_pipeline_run_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .runPipeline */ .aI)(context, inputs);
    if (result.stoppedBefore)
        context.log.notice(`stopped before ${result.stoppedBefore.step}: ${result.stoppedBefore.why}`);
    return (0,_steps_pipeline_run_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .pipelineOutputs */ .lh)(result);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 18697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatIssue */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

/** `trainyard.yml:7:5: validate.columns.age.mni: unknown key; did you mean "min"?` */
function formatIssue(file, issue) {
    const where = issue.line ? `${file}:${issue.line}${issue.column ? `:${issue.column}` : ""}` : file;
    const path = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    return `${where}: ${path}${issue.message}`;
}
/** trainyard.yml is missing, malformed or invalid; `issues` says where and what, one per problem. */
class ConfigError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    path;
    issues;
    constructor(
    /** The config file, as given to the loader. */
    path, issues) {
        super(issues.map((issue) => formatIssue(path, issue)).join("\n"));
        this.path = path;
        this.issues = issues;
        this.name = "ConfigError";
    }
}


/***/ }),

/***/ 79128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ COMPARISON_VERSION),
/* harmony export */   dh: () => (/* binding */ COMPARISON_KIND),
/* harmony export */   rm: () => (/* binding */ parseComparisonReport)
/* harmony export */ });
/* unused harmony exports ruleResultSchema, comparedMetricSchema, sliceComparisonSchema, candidateSchema, comparisonReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88689);
/* harmony import */ var _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12033);



const COMPARISON_KIND = "trainyard.comparison";
const COMPARISON_VERSION = 1;
const ruleResultSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    /** e.g. "primary", "threshold.roc_auc", "guardrail.recall", "slice.country=DE.roc_auc", "limit.model_size_mb". */
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["primary", "threshold", "guardrail", "slice", "limit", "validation", "serving"]),
    metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** The observed value the rule judged (a delta's lower bound for the primary rule); null when not measurable. */
    observed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    /** The bound in words, e.g. "≥ 0.8", "lower bound of Δ > 0.002". */
    bound: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["pass", "fail", "skip"]),
    message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
});
const comparedMetricSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** Whether a larger value is better (roc_auc) or worse (log_loss). */
    higherIsBetter: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    challenger: _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIntervalSchema */ .PI,
    champion: _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIntervalSchema */ .PI.optional(),
    /** challenger − champion on the same resampled rows. */
    delta: _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIntervalSchema */ .PI.optional(),
});
const sliceComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    challenger: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    champion: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
    /** How much worse the challenger is (positive = regression), in the metric's own direction. */
    regression: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
});
const candidateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    primaryValue: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    chosen: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
});
const comparisonReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(COMPARISON_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(COMPARISON_VERSION),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    decision: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["promote", "reject"]),
    reasons: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["binary", "multiclass", "regression"]),
    rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    primaryMetric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    challenger: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        modelSizeBytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        msPer1kRows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    }),
    /** Absent when the model has no champion yet: the absolute thresholds alone decide. */
    champion: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    })
        .optional(),
    note: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(comparedMetricSchema),
    slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(sliceComparisonSchema),
    rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ruleResultSchema),
    candidates: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(candidateSchema),
    validation: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        errors: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
        warnings: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        failed: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), severity: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() })),
    })
        .optional(),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ resamples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(), confidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int() }),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** The challenger's serving-parity check, as evaluate recorded it. */
    servingParity: _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluationReportSchema */ .mF.shape.servingParity,
});
function parseComparisonReport(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(comparisonReportSchema, text, file, {
        kind: COMPARISON_KIND,
        version: COMPARISON_VERSION,
    });
}


/***/ }),

/***/ 88689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ parseContract),
/* harmony export */   Vf: () => (/* binding */ serializeContract)
/* harmony export */ });
/* unused harmony export ContractError */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

/** A contract file that failed to parse or validate: names the file and every field that is wrong. */
class ContractError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
        this.name = "ContractError";
    }
}
function formatIssues(issues) {
    return issues
        .slice(0, 10)
        .map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`)
        .join("; ");
}
/**
 * Parses a contract file handed from one step to another. `kind` and `version` are checked first so that a
 * file from another trainyard version says so instead of failing on some inner field.
 */
function parseContract(schema, text, file, expected) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new ContractError(file, `not valid JSON (${error.message}); the file is damaged or truncated`);
    }
    const header = json;
    if (typeof header !== "object" || header === null || header.kind !== expected.kind) {
        throw new ContractError(file, `expected a ${expected.kind} file, found kind ${JSON.stringify(header?.kind)}`);
    }
    if (header.version !== expected.version) {
        throw new ContractError(file, `${expected.kind} version ${JSON.stringify(header.version)} is not supported (this trainyard reads version ${expected.version})`);
    }
    // jitless: a contract is parsed once or a few times per process, and zod's compiled object parser costs
    // more to generate (~3.5 ms for a snapshot manifest) than it saves on one parse (~0.1 ms a parse after).
    const result = schema.safeParse(json, { jitless: true });
    if (!result.success)
        throw new ContractError(file, `invalid ${expected.kind}: ${formatIssues(result.error.issues)}`);
    return result.data;
}
/** Serializes a contract with sorted-stable key order as given and a trailing newline. */
function serializeContract(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}


/***/ }),

/***/ 12033:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ metricIntervalSchema),
/* harmony export */   ee: () => (/* binding */ parseEvaluationReport),
/* harmony export */   mF: () => (/* binding */ evaluationReportSchema),
/* harmony export */   mp: () => (/* binding */ EVALUATION_KIND),
/* harmony export */   wT: () => (/* binding */ EVALUATION_VERSION)
/* harmony export */ });
/* unused harmony export sliceMetricsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88689);


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

/***/ 67352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ SNAPSHOT_VERSION),
/* harmony export */   Rn: () => (/* binding */ manifestKey),
/* harmony export */   _2: () => (/* binding */ SNAPSHOT_KIND),
/* harmony export */   bd: () => (/* binding */ blobKey),
/* harmony export */   dE: () => (/* binding */ parseSnapshotManifest)
/* harmony export */ });
/* unused harmony exports snapshotFileSchema, columnProfileSchema, snapshotManifestSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88689);


const SNAPSHOT_KIND = "trainyard.snapshot";
const SNAPSHOT_VERSION = 1;
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, "a lowercase hex SHA-256");
/** A stored file name: relative, `/`-separated, never leaving the snapshot folder. */
const safeName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .min(1)
    .refine((name) => !name.startsWith("/") &&
    !name.includes("\\") &&
    !name.split("/").some((part) => part === ".." || part === "." || part === ""), "a relative name that stays inside the snapshot (no '..', no leading '/')");
const snapshotFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: safeName,
    role: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["train", "test", "data"]),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["csv", "parquet", "jsonl"]),
    sha256,
    bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
});
const sketchSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .custom */ .IeY((value) => typeof value === "object" && value !== null && "levels" in value && "n" in value, "a quantile sketch");
/** The per-column profile that later steps (validation, drift) read instead of re-reading the data. */
const columnProfileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["integer", "number", "boolean", "timestamp", "string", "json", "empty"]),
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    nullCount: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    invalidCount: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    distinctCapped: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    mean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    std: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    quantiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["p01", "p05", "p25", "p50", "p75", "p95", "p99"]), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).optional(),
    sketch: sketchSchema.optional(),
    topValues: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()]), count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() }))
        .optional(),
    minLength: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    maxLength: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
    minTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    maxTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const snapshotManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SNAPSHOT_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SNAPSHOT_VERSION),
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        uri: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["csv", "parquet", "jsonl"]),
        files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256, bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() })),
    }),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1),
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(snapshotFileSchema).min(1),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    split: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        strategy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["random", "group", "time"]),
        testFraction: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().optional(),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
        key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        timeColumn: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        cutoff: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        trainRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        testRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    })
        .optional(),
    asOf: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ time: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), droppedRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() })
        .optional(),
    profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(columnProfileSchema),
    /** Present on a snapshot written by `trainyard erase`: the one it replaced and how many rows it left out. */
    erasure: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ predecessor: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/), erasedRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() })
        .optional(),
});
function parseSnapshotManifest(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(snapshotManifestSchema, text, file, {
        kind: SNAPSHOT_KIND,
        version: SNAPSHOT_VERSION,
    });
}
const manifestKey = (id) => `snapshots/${id}/manifest.json`;
const blobKey = (sha) => `blobs/sha256/${sha}`;


/***/ }),

/***/ 11389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ validationChecksKey),
/* harmony export */   Yy: () => (/* binding */ parseValidationChecks),
/* harmony export */   Zq: () => (/* binding */ VALIDATION_CHECKS_KIND),
/* harmony export */   nR: () => (/* binding */ VALIDATION_CHECKS_VERSION)
/* harmony export */ });
/* unused harmony export validationChecksSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38816);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88689);
/* harmony import */ var _validation_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56230);




/**
 * The row checks of a snapshot, computed by `snapshot-data` in the same pass as the profile when trainyard.yml
 * has `validate:` rules, and stored next to the manifest at {@link validationChecksKey}. `validate-data` reads
 * them instead of reading the rows again. Column checks are kept as the checkers' states, not their results,
 * so results that depend on the time of checking (max_age) are judged when validate-data runs; the
 * row-spanning checks (unique, rows, label, leakage) do not depend on it and are kept as results.
 */
const VALIDATION_CHECKS_KIND = "trainyard.validation-checks";
const VALIDATION_CHECKS_VERSION = 1;
/** Built on first parse, not when the module loads (see validation-report.ts): a snapshot only writes checks. */
function buildSchema() {
    const sample = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ row: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(), file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(), value: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() });
    const columnCheckerState = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        nulls: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        parsed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        mean: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        m2: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
        violations: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ count: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(), samples: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(sample) })),
    });
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(VALIDATION_CHECKS_KIND),
        version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(VALIDATION_CHECKS_VERSION),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        /** One per column rule whose column exists, in the rules' order. */
        columns: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ column: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), state: columnCheckerState })),
        dataset: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg((0,_validation_report_js__WEBPACK_IMPORTED_MODULE_2__/* .checkResultSchema */ .rh)()),
    });
}
let schema;
const validationChecksSchema = () => (schema ??= buildSchema());
function parseValidationChecks(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseContract */ .UA)(validationChecksSchema(), text, file, {
        kind: VALIDATION_CHECKS_KIND,
        version: VALIDATION_CHECKS_VERSION,
    });
}
/**
 * Where a snapshot's stored checks live: keyed by the snapshot id and a hash of everything the checks
 * depend on besides the rows: the rules that read rows (not drift, which works from profiles) and how the
 * pass cuts files into parts (`pass`).
 */
function validationChecksKey(snapshotId, rules, pass) {
    const depends = {
        version: VALIDATION_CHECKS_VERSION,
        pass,
        columns: rules.columns ?? null,
        unique: rules.unique ?? null,
        rows: rules.rows ?? null,
        label: rules.label ?? null,
        leakage: rules.leakage ?? null,
    };
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(depends)).digest("hex").slice(0, 32);
    return `snapshots/${snapshotId}/checks-${hash}.json`;
}


/***/ }),

/***/ 56230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tb: () => (/* binding */ parseValidationReport),
/* harmony export */   f3: () => (/* binding */ VALIDATION_KIND),
/* harmony export */   rh: () => (/* binding */ checkResultSchema),
/* harmony export */   zV: () => (/* binding */ VALIDATION_VERSION)
/* harmony export */ });
/* unused harmony export validationReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88689);


const VALIDATION_KIND = "trainyard.validation";
const VALIDATION_VERSION = 1;
/**
 * The schemas are built on first use, not when the module loads: building zod schemas is a measurable part
 * of a short run's start, and most runs that load this module (a snapshot, say) never parse a report.
 */
function buildSchemas() {
    const sample = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ row: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), value: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
    const checkResult = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        rulePath: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()])),
        column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pass", "fail", "skip"]),
        severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["error", "warn"]),
        observed: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]),
        expected: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        samples: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sample).optional(),
        failingRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
    });
    const report = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(VALIDATION_KIND),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(VALIDATION_VERSION),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        passed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        errors: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        warnings: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        checkedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ snapshotId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), note: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
        checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(checkResult),
    });
    return { checkResult, report };
}
let schemas;
function built() {
    schemas ??= buildSchemas();
    return schemas;
}
/** One check's result (also stored in the validation checks, see validation-checks.ts). */
const checkResultSchema = () => built().checkResult;
const validationReportSchema = () => built().report;
function parseValidationReport(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(validationReportSchema(), text, file, {
        kind: VALIDATION_KIND,
        version: VALIDATION_VERSION,
    });
}


/***/ }),

/***/ 56736:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ nearestKey)
/* harmony export */ });
/* unused harmony export editDistance */
/** Optimal-string-alignment distance: Levenshtein plus transposition of two adjacent characters. */
function editDistance(a, b) {
    const width = b.length + 1;
    const d = new Uint32Array((a.length + 1) * width);
    const at = (i, j) => d[i * width + j] ?? 0;
    for (let i = 0; i <= a.length; i++)
        d[i * width] = i;
    for (let j = 0; j <= b.length; j++)
        d[j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            d[i * width + j] = best;
        }
    }
    return at(a.length, b.length);
}
// Action inputs are kebab-case and trainyard.yml is snake_case, so `test-fraction` means `test_fraction`.
const normalize = (key) => key.toLowerCase().replaceAll("-", "_");
/**
 * The known key that `key` most likely misspells: the closest by edit distance when it is close
 * enough to be a typo, else the only known key that starts or ends with it (`timeout` → `timeout_minutes`).
 */
function nearestKey(key, known) {
    const typed = normalize(key);
    let best;
    for (const candidate of known) {
        const distance = editDistance(typed, normalize(candidate));
        if (!best || distance < best.distance)
            best = { key: candidate, distance };
    }
    if (best && best.distance <= Math.max(1, Math.floor(Math.max(typed.length, best.key.length) / 3)))
        return best.key;
    if (typed.length < 4)
        return undefined;
    const partial = known.filter((candidate) => {
        const name = normalize(candidate);
        return name.startsWith(typed) || name.endsWith(typed);
    });
    return partial.length === 1 ? partial[0] : undefined;
}


/***/ }),

/***/ 35719:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GT: () => (/* reexport */ metric_names/* METRICS_BY_TASK */.GT),
  gt: () => (/* binding */ trainyardConfigSchema)
});

// UNUSED EXPORTS: METRIC_NAMES, columnRuleSchema, dataSchema, evaluateSchema, gateSchema, splitSchema, storeSchema, trackingSchema, trainSchema, validateSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-names.js
var metric_names = __webpack_require__(29050);
;// CONCATENATED MODULE: ./.cache/build/lib/config/monitor-config.js


/**
 * The `monitor:` and `slo:` sections of trainyard.yml: how the champion is judged on labelled production
 * predictions, and the targets of the pipeline's service-level indicators. Kept apart from
 * trainyard-config.ts, which only names them.
 */
/** `30m`, `12h`, `7d`, `2w`: a span of time. */
const SPAN = /^\d+(\.\d+)?[mhdw]$/;
const span = (what) => schemas/* string */.YjP().regex(SPAN, "a span such as 12h, 7d or 2w (m minutes, h hours, d days, w weeks)").describe(what);
const metricName = schemas/* enum */.k5n(metric_names/* METRIC_NAMES */.Uw);
/** Milliseconds of a span such as `7d`; undefined when it is not one. */
function spanMs(text) {
    const match = /^(\d+(?:\.\d+)?)([mhdw])$/.exec(text.trim());
    if (!match)
        return undefined;
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2]];
    return Number(match[1]) * unit;
}
const driftThresholds = (what) => schemas/* strictObject */.rej({
    warn: schemas/* number */.aig().nonnegative().optional().describe(`${what} at or above which the report warns`),
    error: schemas/* number */.aig()
        .nonnegative()
        .optional()
        .describe(`${what} at or above which the monitor asks for a retrain`),
})
    .describe(`${what} thresholds`);
const monitorSchema = schemas/* strictObject */.rej({
    predictions: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("Where labelled production predictions are: a file, folder, glob or s3://bucket/prefix"),
    since: schemas/* string */.YjP()
        .min(1)
        .default("7d")
        .describe("The window: a span back from now (7d) or an ISO 8601 time; rows before it are left out"),
    timestamp_column: schemas/* string */.YjP().min(1).default("timestamp").describe("When each prediction was made"),
    label_column: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("The true label, once known; absent: the champion's evaluation label column"),
    model_version_column: schemas/* string */.YjP()
        .min(1)
        .default("model_version")
        .describe("If the predictions have this column, every row in the window must name the champion's version"),
    min_rows: schemas/* int */.Whr()
        .nonnegative()
        .default(500)
        .describe("Fewer labelled rows in the window than this: no verdict on the metrics, no retrain"),
    metrics: schemas/* partialRecord */.jgl(metricName, schemas/* strictObject */.rej({
        min: schemas/* number */.aig()
            .optional()
            .describe("Retrain when the production interval lies wholly below this (its upper bound is below it)"),
        max: schemas/* number */.aig()
            .optional()
            .describe("Retrain when the production interval lies wholly above this (its lower bound is above it), e.g. for log_loss"),
        max_degradation: schemas/* number */.aig()
            .nonnegative()
            .optional()
            .describe("Retrain when production is worse than the champion's evaluation by more than this, with the interval's confidence"),
    }))
        .optional()
        .describe("Per metric, when production performance asks for a retrain; absent: the champion's primary metric, max_degradation 0"),
    bootstrap: schemas/* int */.Whr()
        .min(0)
        .max(100_000)
        .optional()
        .describe("Bootstrap resamples of the production intervals; absent: those of the champion's evaluation"),
    drift: schemas/* strictObject */.rej({
        psi: driftThresholds("PSI").optional().describe("Absent: warn 0.1, error 0.25"),
        ks: driftThresholds("The KS statistic").optional().describe("Absent: no KS check"),
        columns: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .optional()
            .describe("The feature columns checked; absent: every column the training snapshot profiled"),
    })
        .optional()
        .describe("Drift of production features from the champion's training snapshot, from stored profiles"),
    trigger: schemas/* enum */.k5n(["none", "dispatch"])
        .default("none")
        .describe("dispatch: start the retrain workflow (workflow_dispatch) when the monitor asks for a retrain"),
    workflow: schemas/* string */.YjP()
        .min(1)
        .default("retrain-manually.yml")
        .describe("The retrain workflow's file name (or id); it must take a `reason` input"),
    ref: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("The branch or tag the retrain runs on; absent: the repository's default branch"),
    cooldown: span("No second dispatch within this span of the last one").default("3d"),
    max_units: schemas/* int */.Whr()
        .min(1024)
        .max(1 << 24)
        .default(1 << 19)
        .describe("Binary models: the most distinct scores held in memory (memory is bounded by this, not by rows); past it scores are quantised and the report states how far each metric can have moved"),
    id_column: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("The production rows' id column, matched with the ids the champion's evaluation recorded (evaluate.id_column); absent: the same name as evaluate.id_column"),
    min_paired_rows: schemas/* int */.Whr()
        .min(1)
        .optional()
        .describe("With at least this many production rows matching the champion's test rows by id, max_degradation is judged on the paired interval; absent: min_rows"),
});
const atLeast = (what) => schemas/* strictObject */.rej({ min: schemas/* number */.aig().describe(`Breached below this ${what}`) });
const atMost = (what) => schemas/* strictObject */.rej({ max: schemas/* number */.aig().nonnegative().describe(`Breached above this ${what}`) });
const sloSchema = schemas/* strictObject */.rej({
    window: span("The history the indicators are computed over, back from now").default("30d"),
    training_success_rate: atLeast("share of finished training runs").optional().describe("M1"),
    time_to_train_minutes: schemas/* strictObject */.rej({
        median: schemas/* number */.aig().positive().optional().describe("Breached above this median, in minutes"),
        p95: schemas/* number */.aig().positive().optional().describe("Breached above this 95th percentile, in minutes"),
    })
        .optional()
        .describe("M2"),
    data_freshness_hours: atMost("age in hours of the champion's training data").optional().describe("M3"),
    registration_latency_hours: atMost("median hours from a training run's end to its model version")
        .optional()
        .describe("M4"),
    performance_delta: atLeast("mean improvement of promoted versions over the champion they replaced")
        .optional()
        .describe("M8"),
    validation_failure_rate: atMost("share of compared candidates whose data validation failed")
        .optional()
        .describe("M9"),
    retrain_trigger_usefulness: atLeast("share of monitor-dispatched retrains followed by a promotion")
        .optional()
        .describe("M10"),
});

;// CONCATENATED MODULE: ./.cache/build/lib/config/trainyard-config.js




/**
 * A failed refinement carries what it expected in `params.expected`, so the loader can say
 * "expected <that>, found <the value>" like it does for zod's own type errors.
 */
function expecting(description) {
    return { message: `expected ${description}`, params: { expected: description } };
}
const DURATION = /^\d+(\.\d+)?[smhdw]$/;
// A scheme-less path (also C:\ on Windows) or one of the schemes we read.
const LOCATION = /^(?![A-Za-z][A-Za-z0-9+.-]*:\/\/).+$|^(s3|https?):\/\/[^/\s]+(\/.*)?$/;
const STORE_LOCATION = /^(?![A-Za-z][A-Za-z0-9+.-]*:\/\/).+$|^s3:\/\/[^/\s]+(\/.*)?$/;
const HTTP_URL = /^https?:\/\/[^/\s]+(\/\S*)?$/;
const isTime = (value) => /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
const time = schemas/* string */.YjP()
    .refine(isTime, expecting("an ISO 8601 time such as 2024-06-01 or 2024-07-01T00:00:00Z"));
const isValidRegExp = (pattern) => {
    try {
        new RegExp(pattern, "u");
        return true;
    }
    catch {
        return false;
    }
};
const severity = schemas/* enum */.k5n(["error", "warn"]);
const columnName = schemas/* string */.YjP().min(1);
const trainyard_config_metricName = schemas/* enum */.k5n(metric_names/* METRIC_NAMES */.Uw);
function orderedBounds(bounds, context) {
    if (typeof bounds.min === "number" && typeof bounds.max === "number" && bounds.min > bounds.max)
        context.addIssue({
            code: "custom",
            path: ["min"],
            message: `min (${bounds.min}) is greater than max (${bounds.max})`,
        });
}
/** `{ min, max }`, both optional and inclusive; `what` names the bounded quantity in the descriptions. */
function range(what) {
    return schemas/* strictObject */.rej({
        min: schemas/* number */.aig().optional().describe(`Lowest allowed ${what}, inclusive`),
        max: schemas/* number */.aig().optional().describe(`Highest allowed ${what}, inclusive`),
    })
        .superRefine(orderedBounds);
}
// Column bounds are numbers, or times for timestamp columns.
const bound = schemas/* union */.KCZ([schemas/* number */.aig(), time]);
const columnRuleSchema = schemas/* strictObject */.rej({
    type: schemas/* enum */.k5n(["integer", "number", "string", "boolean", "timestamp"])
        .optional()
        .describe("Every non-null value must parse as this type; values that do not are left out of the other rules"),
    min: bound
        .optional()
        .describe("Smallest allowed value, inclusive (an ISO time for timestamps); needs type integer, number or timestamp"),
    max: bound
        .optional()
        .describe("Largest allowed value, inclusive (an ISO time for timestamps); needs type integer, number or timestamp"),
    max_null_fraction: schemas/* number */.aig()
        .min(0)
        .max(1)
        .optional()
        .describe("Largest allowed share of nulls (missing, empty or blank values) among the rows"),
    mean: range("mean").optional().describe("Bounds on the mean of the values; needs type integer or number"),
    std: range("standard deviation")
        .optional()
        .describe("Bounds on the sample standard deviation of the values; needs type integer or number"),
    allowed: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]))
        .min(1)
        .optional()
        .describe("The only values allowed, compared as text with each non-null value (trimmed)"),
    pattern: schemas/* string */.YjP()
        .refine(isValidRegExp, expecting("a valid regular expression"))
        .optional()
        .describe("Regular expression (Unicode, unanchored: use ^…$) every non-null value must match"),
    max_age: schemas/* string */.YjP()
        .regex(DURATION, "a duration such as 2d, 12h, 30m, 45s or 1w")
        .optional()
        .describe("Newest value at most this old when validated (timestamp columns)"),
    severity: severity.optional().describe("error (default) fails the pipeline; warn only reports"),
    required: schemas/* boolean */.zMY().default(true).describe("false: the column may be absent"),
})
    .superRefine(orderedBounds)
    .superRefine(rulesNeedTheirType);
const NUMERIC_TYPES = ["integer", "number"];
const RULE_TYPES = {
    min: { types: [...NUMERIC_TYPES, "timestamp"], expected: "integer, number or timestamp" },
    max: { types: [...NUMERIC_TYPES, "timestamp"], expected: "integer, number or timestamp" },
    mean: { types: NUMERIC_TYPES, expected: "integer or number" },
    std: { types: NUMERIC_TYPES, expected: "integer or number" },
    max_age: { types: ["timestamp"], expected: "timestamp" },
};
/** Bounds are checked on parsed values only, so a bound without a matching `type` would check nothing. */
function rulesNeedTheirType(rule, context) {
    for (const [key, { types, expected }] of Object.entries(RULE_TYPES)) {
        if (rule[key] === undefined || (rule.type !== undefined && types.includes(rule.type)))
            continue;
        context.addIssue({
            code: "custom",
            path: [key],
            message: rule.type
                ? `${key} does not apply to type ${rule.type}; it needs type ${expected}`
                : `${key} needs the column's type (${expected}): bounds are checked on parsed values, so without a type nothing would be checked`,
        });
    }
}
/** `{ warn, error }` thresholds of a drift statistic; `statistic` names it in the descriptions. */
function trainyard_config_driftThresholds(statistic) {
    return schemas/* strictObject */.rej({
        warn: schemas/* number */.aig().positive().optional().describe(`${statistic} at or above this fails as a warning`),
        error: schemas/* number */.aig().positive().optional().describe(`${statistic} at or above this fails as an error`),
    })
        .superRefine((thresholds, context) => {
        if (thresholds.warn !== undefined &&
            thresholds.error !== undefined &&
            thresholds.warn > thresholds.error)
            context.addIssue({
                code: "custom",
                path: ["warn"],
                message: `warn (${thresholds.warn}) is greater than error (${thresholds.error})`,
            });
    });
}
const validateSchema = schemas/* strictObject */.rej({
    columns: schemas/* record */.g1P(columnName, columnRuleSchema)
        .optional()
        .describe("Rules per column, keyed by column name, checked on every row of the snapshot"),
    required_only: schemas/* boolean */.zMY().default(false).describe("true: a column without rules fails"),
    unique: schemas/* array */.YOg(schemas/* array */.YOg(columnName).min(1))
        .optional()
        .describe("Lists of columns whose combined values no two rows may share (train and test together); always an error"),
    rows: range("row count")
        .optional()
        .describe("Bounds on the snapshot's row count, all files together; always an error"),
    label: schemas/* strictObject */.rej({
        column: columnName.describe("The label column; it must have at least two classes"),
        min_class_fraction: schemas/* number */.aig()
            .min(0)
            .max(1)
            .optional()
            .describe("Smallest allowed share of the rarest class among the non-null labels; absent: 0"),
        severity: severity.optional().describe("error (default) fails the pipeline; warn only reports"),
    })
        .optional()
        .describe("Class balance of the label column"),
    leakage: schemas/* strictObject */.rej({
        key: columnName
            .optional()
            .describe("An entity column: also fails when a value of it has rows in both train and test"),
        severity: severity.optional().describe("error (default) fails the pipeline; warn only reports"),
    })
        .optional()
        .describe("No test row may be identical to a train row; skipped for a snapshot without a split"),
    drift: schemas/* strictObject */.rej({
        reference: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe("champion (the snapshot that trained it) or a snapshot id; absent: no drift check"),
        psi: trainyard_config_driftThresholds("PSI")
            .optional()
            .describe("Population stability index thresholds; absent: warn 0.1, error 0.25"),
        ks: trainyard_config_driftThresholds("The KS statistic")
            .optional()
            .describe("Kolmogorov-Smirnov statistic thresholds (numeric and timestamp columns); absent: no KS check"),
        columns: schemas/* array */.YOg(columnName)
            .optional()
            .describe("The columns checked for drift; absent: every column both snapshots profile"),
    })
        .optional()
        .describe("Drift from a reference snapshot, computed from the two stored profiles without reading rows"),
});
const splitSchema = schemas/* strictObject */.rej({
    strategy: schemas/* enum */.k5n(["random", "group", "time"])
        .default("random")
        .describe("random by row hash; group keeps each key on one side; time splits at cutoff"),
    test_fraction: schemas/* number */.aig()
        .gt(0)
        .lt(1)
        .default(0.2)
        .describe("random and group: the expected share of rows (or of keys) hashed to test; unused by time"),
    seed: schemas/* int */.Whr()
        .default(42)
        .describe("random and group: the seed of the MurmurHash3 that assigns each row or key a side"),
    key: columnName
        .optional()
        .describe("group (required): the entity column whose rows all go to the same side, across snapshots too"),
    time_column: columnName
        .optional()
        .describe("time (required): the column compared with cutoff; every value must be a time"),
    cutoff: time
        .optional()
        .describe("time (required): rows at or after this ISO 8601 time go to test, earlier rows to train"),
})
    .superRefine((split, context) => {
    const need = (key, why) => context.addIssue({
        code: "custom",
        path: [key],
        message: `a ${split.strategy} split needs ${key} (${why})`,
    });
    if (split.strategy === "group" && !split.key)
        need("key", "the column that keeps an entity on one side");
    if (split.strategy === "time" && !split.time_column)
        need("time_column", "the column compared with cutoff");
    if (split.strategy === "time" && !split.cutoff)
        need("cutoff", "rows before it train, the rest test");
});
const dataSchema = schemas/* strictObject */.rej({
    source: schemas/* string */.YjP()
        .regex(LOCATION, "a path, a glob, s3://bucket/prefix or an https:// URL")
        .describe("A file, folder or glob (relative to the workspace), s3://bucket/prefix or an https:// URL"),
    format: schemas/* enum */.k5n(["csv", "parquet", "jsonl"])
        .optional()
        .describe("The source files' format; absent: from each file's extension"),
    split: splitSchema
        .optional()
        .describe("How rows are split into train and test files; absent: no split and no test file"),
    as_of: schemas/* strictObject */.rej({
        time: time.describe("The ISO 8601 cut-off: later rows are dropped"),
        column: columnName.describe("The time column; rows where it is empty or not a time are dropped too"),
    })
        .optional()
        .describe("Point in time: rows whose column is after time are dropped"),
});
const storeUri = schemas/* string */.YjP().regex(STORE_LOCATION, "a local directory or s3://bucket/prefix");
const storeSchema = schemas/* union */.KCZ([
    storeUri,
    schemas/* strictObject */.rej({
        uri: storeUri.describe("A directory (relative to the workspace) or s3://bucket/prefix"),
        endpoint: schemas/* string */.YjP()
            .regex(HTTP_URL, "an http(s):// URL of an S3-compatible server")
            .optional()
            .describe("An S3-compatible server (MinIO, R2…); absent: AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL, else AWS"),
        region: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe("The S3 region; absent: AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1 with an endpoint"),
        force_path_style: schemas/* boolean */.zMY()
            .optional()
            .describe("Path-style S3 URLs (endpoint/bucket/key); absent: true with a custom endpoint, else false"),
    }),
]);
// No default: an absent uri lets the step fall back to MLFLOW_TRACKING_URI; "" forces the local tracker.
const trackingSchema = schemas/* strictObject */.rej({
    uri: schemas/* string */.YjP()
        .regex(/^$|^https?:\/\/\S+$/, '"" (the local directory tracker) or an http(s):// MLflow tracking URL')
        .optional()
        .describe('"" for the local directory tracker, or an MLflow URL; absent: MLFLOW_TRACKING_URI, else local'),
});
const trainSchema = schemas/* strictObject */.rej({
    command: schemas/* string */.YjP()
        .min(1)
        .describe("Run without a shell: split into words like a shell would, nothing expanded; inputs as TRAINYARD_* variables"),
    working_directory: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("Where the train and predict commands run, relative to the workspace; absent: the workspace"),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
        .optional()
        .describe("Written to TRAINYARD_PARAMS_FILE; any nesting"),
    params_file: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("A YAML or JSON file of params, relative to the workspace, merged (nested mappings too) over params"),
    seed: schemas/* int */.Whr()
        .default(42)
        .describe("Given to the command as TRAINYARD_SEED and PYTHONHASHSEED and recorded; part of the cache key"),
    cache: schemas/* boolean */.zMY()
        .default(true)
        .describe("Reuse the model of an earlier run with the same snapshot, params, seed, command, code and lockfiles"),
    timeout_minutes: schemas/* number */.aig()
        .positive()
        .default(60)
        .describe("Time limit in minutes; then the process tree gets SIGTERM (SIGKILL 10 s later) and the run is KILLED"),
    reproduce: schemas/* literal */.euz([false, true, "warn", "error"])
        .default(false)
        .describe("Train twice and compare model bytes and final curve values (±1 %): true or warn warns, error fails"),
    secret_env: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name"))
        .optional()
        .describe("Environment variables whose values are secret: replaced by *** in every log tail, artifact, report and comment trainyard writes"),
    checkpoint: schemas/* strictObject */.rej({
        interval: schemas/* number */.aig()
            .positive()
            .default(60)
            .describe("Seconds between uploads of TRAINYARD_CHECKPOINT_DIR to the store; one more at the end"),
        keep: schemas/* boolean */.zMY()
            .default(false)
            .describe("Keep the checkpoints of finished runs; false: `register cleanup` deletes them"),
    })
        .optional()
        .describe("Durable checkpoints: TRAINYARD_CHECKPOINT_DIR is saved to the store and restored on a re-run"),
    backend: schemas/* enum */.k5n(["runner", "ray", "sagemaker"])
        .optional()
        .describe("Where the command runs: runner, ray (a job on the cluster of train.ray) or sagemaker (a SageMaker Training Job, train.sagemaker); absent: runner"),
    ray: schemas/* strictObject */.rej({
        address: schemas/* string */.YjP()
            .regex(/^https?:\/\/\S+$/, "the http(s):// address of the Ray dashboard")
            .optional()
            .describe("The Ray dashboard's address (its job API); absent: the ray-address input or RAY_ADDRESS"),
        num_cpus: schemas/* number */.aig().positive().optional().describe("CPUs the job's entrypoint reserves"),
        num_gpus: schemas/* number */.aig().nonnegative().optional().describe("GPUs the job's entrypoint reserves"),
        memory: schemas/* int */.Whr().positive().optional().describe("Memory in bytes the job's entrypoint reserves"),
        runtime_env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
            .optional()
            .describe("Ray's runtime_env for the job (pip, conda, env_vars …); the TRAINYARD_* variables are added"),
        transfer: schemas/* enum */.k5n(["shared", "s3"])
            .optional()
            .describe("How the job gets the contract's files: shared (the runner's paths; a head on a shared file system) or s3 (presigned URLs into the S3 store and a launcher on the cluster); absent: s3 when the store is S3, else shared"),
    })
        .optional()
        .describe("train.backend: ray — the cluster and the resources of the training job"),
    sagemaker: schemas/* strictObject */.rej({
        role_arn: schemas/* string */.YjP()
            .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/, "an IAM role ARN (arn:aws:iam::123456789012:role/name)")
            .describe("The IAM role SageMaker assumes to read the inputs, write the outputs and pull the image"),
        image: schemas/* string */.YjP()
            .min(1)
            .describe("The training image (ECR URI) holding the code and its dependencies; train.command is its entrypoint"),
        instance_type: schemas/* string */.YjP()
            .regex(/^ml\.\S+$/, "a SageMaker instance type such as ml.m5.xlarge")
            .default("ml.m5.xlarge")
            .describe("The instance type"),
        instance_count: schemas/* int */.Whr().positive().default(1).describe("Instances of the job"),
        volume_size_gb: schemas/* int */.Whr().positive().default(30).describe("The EBS volume of each instance, in GB"),
        max_runtime_seconds: schemas/* int */.Whr()
            .positive()
            .optional()
            .describe("StoppingCondition.MaxRuntimeInSeconds; absent: train.timeout_minutes"),
        spot: schemas/* strictObject */.rej({
            max_wait_seconds: schemas/* int */.Whr()
                .positive()
                .describe("StoppingCondition.MaxWaitTimeInSeconds: run time plus time waiting for spot capacity"),
        })
            .optional()
            .describe("Managed spot training (EnableManagedSpotTraining); checkpoints make interruptions resumable"),
        region: schemas/* string */.YjP().optional().describe("The AWS region; absent: AWS_REGION or the SDK's chain"),
        endpoint: schemas/* string */.YjP()
            .regex(/^https?:\/\/\S+$/, "an http(s):// address")
            .optional()
            .describe("A SageMaker API endpoint other than AWS's (tests); absent: AWS_ENDPOINT_URL_SAGEMAKER or AWS"),
        output_prefix: schemas/* string */.YjP()
            .regex(/^s3:\/\/[^/\s]+(\/\S*)?$/, "an s3://bucket/prefix URI")
            .optional()
            .describe("Where SageMaker writes model.tar.gz and output.tar.gz (s3://…); absent: the store's sagemaker/output/"),
        checkpoint_prefix: schemas/* string */.YjP()
            .regex(/^s3:\/\/[^/\s]+(\/\S*)?$/, "an s3://bucket/prefix URI")
            .optional()
            .describe("CheckpointConfig.S3Uri's parent (s3://…); absent: the store's checkpoints/<cache key>/sagemaker/"),
        poll_seconds: schemas/* number */.aig()
            .positive()
            .default(5)
            .describe("First wait between DescribeTrainingJob calls; it doubles up to poll_max_seconds"),
        poll_max_seconds: schemas/* number */.aig()
            .positive()
            .default(60)
            .describe("Longest wait between DescribeTrainingJob calls"),
        tags: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional().describe("Tags of the training job"),
    })
        .optional()
        .describe("train.backend: sagemaker — the SageMaker Training Job that runs train.command"),
});
const evaluateSchema = schemas/* strictObject */.rej({
    predict_command: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("Predicts TRAINYARD_INPUT_FILE into TRAINYARD_PREDICTIONS_FILE; run without a shell in train.working_directory"),
    task: schemas/* enum */.k5n(["binary", "multiclass", "regression"])
        .optional()
        .describe("The kind of model; absent: inferred from the prediction columns (score, proba_*) and the labels"),
    label_column: columnName
        .optional()
        .describe("The test file's column of true labels; absent: validate.label.column, else label"),
    positive_class: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()])
        .optional()
        .describe("binary: the positive label; absent: 1, true or yes, else the larger of the two labels"),
    slices: schemas/* array */.YOg(columnName)
        .optional()
        .describe("Test-file columns to measure per slice: per value (at most 50), or quartiles of numbers with over 10 values"),
    metrics: schemas/* array */.YOg(trainyard_config_metricName)
        .min(1)
        .optional()
        .describe("The metrics reported, each one of the task's; absent: all of the task's metrics"),
    primary_metric: trainyard_config_metricName
        .optional()
        .describe("Reported first and ranks candidates; absent: gate.primary.metric, else roc_auc, macro_f1 or rmse by task"),
    bootstrap: schemas/* int */.Whr()
        .min(0)
        .max(100_000)
        .default(1000)
        .describe("Bootstrap resamples for confidence intervals"),
    confidence: schemas/* number */.aig().gt(0).lt(1).default(0.95).describe("Confidence level of the bootstrap intervals"),
    seed: schemas/* int */.Whr().optional().describe("Seed of the bootstrap resamples; absent: train.seed, else 42"),
    backend: schemas/* enum */.k5n(["runner", "ray"])
        .optional()
        .describe("Where predict_command runs in evaluate: runner, or ray (a job on train.ray's cluster); absent: runner"),
    id_column: columnName
        .optional()
        .describe("The test file's row id column: recorded with each prediction in evaluation/predictions.csv, so monitor can pair production rows with the test rows by id"),
});
const gateSchema = schemas/* strictObject */.rej({
    primary: schemas/* strictObject */.rej({
        metric: trainyard_config_metricName.describe("The metric the challenger must improve on the champion; also evaluate's default primary_metric"),
        min_delta: schemas/* number */.aig()
            .default(0)
            .describe("Improvement to show: the lower CI bound of challenger − champion must exceed it (for a loss such as log_loss, the upper bound must be below −min_delta)"),
        confidence: schemas/* number */.aig()
            .gt(0)
            .lt(1)
            .default(0.95)
            .describe("Confidence level of the paired bootstrap interval of challenger − champion"),
    })
        .optional()
        .describe("The improvement on the champion to show (skipped without one); absent: evaluate's primary metric, min_delta 0"),
    thresholds: schemas/* partialRecord */.jgl(trainyard_config_metricName, range("value"))
        .optional()
        .describe("Bounds on the challenger's own metric values, judged with or without a champion; NaN fails."),
    guardrails: schemas/* partialRecord */.jgl(trainyard_config_metricName, schemas/* strictObject */.rej({
        max_regression: schemas/* number */.aig()
            .nonnegative()
            .describe("How much worse than the champion's value the challenger's may be, in the metric's units"),
    }))
        .optional()
        .describe("Per metric, how much worse than the champion the challenger may be; skipped without a champion."),
    slices: schemas/* strictObject */.rej({
        columns: schemas/* array */.YOg(columnName)
            .min(1)
            .describe("Test-file columns to slice by: per value (at most 50), or quartiles of numbers with over 10 values"),
        min_rows: schemas/* int */.Whr()
            .nonnegative()
            .default(200)
            .describe("Slices with fewer test rows are listed as skipped, not judged"),
        max_regression: schemas/* number */.aig()
            .nonnegative()
            .describe("How much worse than the champion the primary metric may be on each slice, in its units"),
    })
        .optional()
        .describe("Per-slice regression limit on the primary metric; skipped without a champion"),
    limits: schemas/* strictObject */.rej({
        model_size_mb: schemas/* number */.aig()
            .positive()
            .optional()
            .describe("Largest model folder, all its files, in MB of 1,000,000 bytes"),
        predict_ms_per_1k_rows: schemas/* number */.aig()
            .positive()
            .optional()
            .describe("Largest prediction time in ms per 1,000 test rows: wall time of predict_command, process start included"),
    })
        .optional()
        .describe("Upper bounds, inclusive, on the challenger's model size and prediction time"),
    require_validation: schemas/* boolean */.zMY()
        .default(true)
        .describe("The validate-data report must be given to champion-challenger and have passed; false: it never blocks"),
    serving_parity: schemas/* strictObject */.rej({
        enabled: schemas/* boolean */.zMY()
            .optional()
            .describe("false: skip the check; absent: on when a Python with mlflow is found, skipped otherwise"),
        max_abs_diff: schemas/* number */.aig()
            .nonnegative()
            .default(1e-6)
            .describe("Largest allowed |score − served score| per row; labels must be equal"),
    })
        .optional()
        .describe("The packaged MLflow Model, loaded as a server loads it, must predict the test rows as evaluate measured"),
});
const trainyardConfigSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1).default(1).describe("The config format version (1, the default)"),
    model: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9_.-]+$/, "a model name of letters, digits, '_', '.' and '-'")
        .optional()
        .describe("The registered model's name; train, champion-challenger and register-model need it, the data steps do not"),
    experiment: schemas/* string */.YjP().min(1).optional().describe("The tracking experiment; defaults to model"),
    tracking: trackingSchema.optional().describe("Where runs and model versions are recorded"),
    store: storeSchema
        .default(".trainyard/store")
        .describe("Where snapshots live: a directory or s3://bucket/prefix"),
    data: dataSchema.optional().describe("snapshot-data: the source and its split"),
    validate: validateSchema.optional().describe("validate-data: rules every snapshot must pass"),
    train: trainSchema.optional().describe("train: your training command"),
    evaluate: evaluateSchema.optional().describe("evaluate: your prediction command and the metrics"),
    gate: gateSchema.optional().describe("champion-challenger: what a challenger must show to be promoted"),
    register: schemas/* strictObject */.rej({
        environment: schemas/* string */.YjP()
            .min(1)
            .default("production")
            .describe("The GitHub environment whose approval promote and rollback read; register-model's input overrides it"),
        serve_check: schemas/* boolean */.zMY()
            .default(false)
            .describe("promote: serve the version with mlflow models serve and check its answer before the champion alias moves"),
        approval: schemas/* enum */.k5n(["environment", "review"])
            .optional()
            .describe("environment (absent: the default): the environment's required reviewers approve (public repositories, Enterprise); review: a listed approver approves on the pull request or the approval issue (every plan)"),
        approvers: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/, "a GitHub login or org/team"))
            .optional()
            .describe("review: GitHub logins and org/team slugs who may approve; CODEOWNERS of trainyard.yml may too"),
        allow_self_approval: schemas/* boolean */.zMY()
            .optional()
            .describe("review: whether the person who started the run may approve it; absent: false"),
        approval_timeout: schemas/* string */.YjP()
            .regex(/^\d+(\.\d+)?\s*[smhd]$/, "a duration such as 90s, 30m, 4h or 1d")
            .optional()
            .describe("review: how long the approval is waited for (e.g. 30m, 4h); absent: 4h; re-running the job waits again"),
    })
        .prefault({})
        .describe("register-model: the GitHub environment whose reviewers approve promotion"),
    serving: schemas/* strictObject */.rej({
        python: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe("The Python (with mlflow) that loads packaged models; absent: TRAINYARD_PYTHON, else python3 on PATH"),
    })
        .optional()
        .describe("Packaging and serving checks of the MLflow Model every version is"),
    github: schemas/* strictObject */.rej({
        comment: schemas/* boolean */.zMY()
            .default(true)
            .describe("Post or update champion-challenger's pull-request comment, one per model; false: job summary only"),
        check: schemas/* boolean */.zMY()
            .optional()
            .describe("Publish the decision as the check run `trainyard / <model>` on the head commit (checks: write), which branch protection can require; absent: true"),
    })
        .prefault({})
        .describe("comment: the sticky pull-request report"),
    monitor: monitorSchema
        .optional()
        .describe("monitor: judge the champion on labelled production predictions"),
    slo: sloSchema.optional().describe("slo: targets of the pipeline's service-level indicators"),
})
    .transform((config) => ({ ...config, experiment: config.experiment ?? config.model }));


/***/ }),

/***/ 22142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kl: () => (/* binding */ throttledProgress),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export formatAmount */
function formatBytes(bytes) {
    const units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
function formatAmount(amount, unit) {
    return unit === "bytes" ? formatBytes(amount) : `${amount} ${unit}`;
}
/**
 * Calls `emit` at most every `intervalMs` and on completion, so a long upload prints a line every few
 * seconds instead of one per chunk.
 */
function throttledProgress(label, total, unit, emit, intervalMs, now = Date.now) {
    let last = Number.NEGATIVE_INFINITY;
    let current = 0;
    let finished = false;
    const line = () => {
        const percent = total > 0 ? Math.min(100, Math.floor((current / total) * 100)) : 100;
        return `${label}: ${formatAmount(current, unit)} of ${formatAmount(total, unit)} (${percent}%)`;
    };
    return {
        update(done) {
            current = done;
            const t = now();
            if (t - last >= intervalMs) {
                last = t;
                emit(line());
            }
        },
        finish() {
            if (finished)
                return;
            finished = true;
            current = total;
            emit(line());
        },
    };
}


/***/ }),

/***/ 64196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ runStepAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
;// CONCATENATED MODULE: ./.cache/build/lib/inputs/step-outputs.js
/**
 * The outputs a failing step attached to its error, if any: a step that fails after it has measured
 * something (validation failed, the gate rejected) still hands them on, for `if: failure()` steps.
 */
function outputsOf(error) {
    const outputs = error?.outputs;
    return outputs && typeof outputs === "object" ? outputs : undefined;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
;// CONCATENATED MODULE: ./.cache/build/lib/errors/describe-failure.js


/**
 * What the action and the CLI show for a failure: a UserError's message alone; for anything else (a trainyard
 * bug, or a value thrown that is not an Error at all) its stack, the stacks of its causes, then
 * BUG_REPORT_HINT on a line of its own.
 */
function describeFailure(failure) {
    if ((0,user_error/* isUserError */.iU)(failure) || isSystemError(failure))
        return failure.message;
    return `${bugDetails(failure)}\n${user_error/* BUG_REPORT_HINT */.WE}`;
}
/**
 * An error of the operating system (a file that is not there, a full disk, a refused connection): the
 * message names the call and the path, and the fix is the user's, so it is shown like a UserError.
 */
function isSystemError(failure) {
    const error = failure;
    return error instanceof Error && typeof error.syscall === "string" && typeof error.code === "string";
}
const MAX_CAUSES = 5;
function bugDetails(failure) {
    if (!(failure instanceof Error))
        return `a non-Error value was thrown: ${show(failure)}`;
    const parts = [stackOf(failure)];
    let cause = failure.cause;
    for (let depth = 0; cause !== undefined && depth < MAX_CAUSES; depth++) {
        parts.push(`caused by: ${cause instanceof Error ? stackOf(cause) : show(cause)}`);
        cause = cause instanceof Error ? cause.cause : undefined;
    }
    return parts.join("\n");
}
/** The stack, which starts with `Name: message` unless the message was changed after the error was made. */
function stackOf(error) {
    const head = `${error.name}: ${error.message}`;
    const stack = typeof error.stack === "string" ? error.stack : "";
    if (stack === "")
        return head;
    return stack.includes(error.message) ? stack : `${head}\n${stack}`;
}
function show(value) {
    try {
        return (0,external_node_util_.inspect)(value, { depth: 2, breakLength: Number.POSITIVE_INFINITY });
    }
    catch {
        return Object.prototype.toString.call(value);
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/context/format-progress.js
var format_progress = __webpack_require__(22142);
;// CONCATENATED MODULE: ./.cache/build/lib/context/actions-context.js


function toCore(properties) {
    return properties ? { ...properties } : undefined;
}
/** The Context of a JavaScript action on a GitHub runner, over `@actions/core`. */
class ActionsContext {
    env = process.env;
    workingDirectory = process.env.GITHUB_WORKSPACE ?? process.cwd();
    log = {
        debug: (message) => core/* debug */.Yz(message),
        info: (message) => core/* info */.pq(message),
        notice: (message, properties) => core/* notice */.lm(message, toCore(properties)),
        warning: (message, properties) => core/* warning */.$e(message, toCore(properties)),
        error: (message, properties) => core/* error */.z3(message, toCore(properties)),
    };
    cache = actionsCache();
    group(name, fn) {
        return core/* group */.Os(name, fn);
    }
    secrets = new Set();
    mask(text) {
        let masked = text;
        for (const secret of this.secrets)
            masked = masked.split(secret).join("***");
        return masked;
    }
    setSecret(value) {
        if (value)
            this.secrets.add(value);
        if (value)
            core/* setSecret */.Pq(value);
    }
    async appendSummary(text) {
        // The runner masks its log, not the summary file: secrets are replaced here.
        const markdown = this.mask(text);
        if (!process.env.GITHUB_STEP_SUMMARY) {
            core/* info */.pq(markdown);
            return;
        }
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    progress(label, total, unit = "bytes") {
        return (0,format_progress/* throttledProgress */.kl)(label, total, unit, (line) => core/* info */.pq(line), 5000);
    }
}
/** GitHub's Actions cache through @actions/cache, when the runner offers the service. */
function actionsCache() {
    if (!process.env.ACTIONS_CACHE_URL && !process.env.ACTIONS_RESULTS_URL)
        return undefined;
    const load = () => __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 61691));
    return {
        async restore(directory, key) {
            const cache = await load();
            if (!cache.isFeatureAvailable())
                return false;
            return (await cache.restoreCache([directory], key)) !== undefined;
        },
        async save(directory, key) {
            const cache = await load();
            if (!cache.isFeatureAvailable())
                return;
            try {
                await cache.saveCache([directory], key);
            }
            catch (error) {
                // Another job saved the same key first: the entry exists, which is all we wanted.
                if (error.name !== "ReserveCacheError")
                    throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/context/run-action.js




/**
 * The body of every `src/actions/*.ts`: builds the Actions Context, runs the step, and turns an error into
 * a failed step. A UserError fails it with its message (its stack only in debug logs); anything else is a
 * trainyard bug and fails it with its stack and BUG_REPORT_HINT.
 */
async function runAction(body) {
    try {
        await body(new ActionsContext());
    }
    catch (error) {
        if ((0,user_error/* isUserError */.iU)(error) && error.stack)
            core/* debug */.Yz(error.stack);
        core/* setFailed */.C1(describeFailure(error));
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/context/run-step-action.js




/**
 * The body of every `src/actions/*.ts`: reads the step's declared inputs from the runner, runs the step, and
 * sets each output from the result it returns (an undefined output is left unset).
 */
async function runStepAction(specs, step) {
    await runAction(async (context) => {
        const inputs = (0,declared_inputs/* readInputs */.Ko)(specs, (name) => core/* getInput */.V4(name), "action", (secret) => context.setSecret(secret));
        let outputs;
        try {
            outputs = await step(context, inputs);
        }
        catch (error) {
            setOutputs(context, outputsOf(error));
            throw error;
        }
        setOutputs(context, outputs);
    });
}
/** Sets each output; a known secret in a value is replaced by `***` (the runner would drop the output). */
function setOutputs(context, outputs) {
    for (const [name, value] of Object.entries(outputs ?? {}))
        if (value !== undefined)
            core/* setOutput */.uH(name, typeof value === "string" ? context.mask(value) : value);
}


/***/ }),

/***/ 27890:
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

/***/ 37149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lL: () => (/* binding */ HASH_CACHE_FILE),
/* harmony export */   rR: () => (/* binding */ HashCache)
/* harmony export */ });
/* unused harmony exports HASH_CACHE_ENV, RACY_MARGIN_NS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _hash_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6217);




/**
 * Hashes that need not be computed again: a file whose identity (device, inode, size, modification and
 * change times to the nanosecond) equals the one recorded when it was hashed is not read again — what git's
 * index and DVC's state database do. Any write to a file moves its change time, which no user call can set
 * back, so a changed file never matches.
 *
 * On a file system with coarse timestamps, a write in the same tick as the recorded change time would keep
 * it, so an entry is trusted only when the file had not changed for {@link RACY_MARGIN_NS} before hashing
 * began (git's "racily clean" rule). Files trainyard itself has just written into its own data root are
 * recorded as written ({@link HashCache.record}); nothing else is meant to write there.
 *
 * It is a cache: a missing, unreadable or foreign file means an empty cache, and `TRAINYARD_HASH_CACHE=off`
 * turns it off. It lives next to the snapshots it describes (`<data root>/.hash-cache.json`).
 */
const HASH_CACHE_FILE = ".hash-cache.json";
const HASH_CACHE_ENV = "TRAINYARD_HASH_CACHE";
const RACY_MARGIN_NS = 2000000000n;
const MAX_ENTRIES = 10_000;
const FORMAT = "trainyard.hash-cache/1";
async function identityOf(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path, { bigint: true });
    return {
        key: [info.dev, info.ino, info.size, info.mtimeNs, info.ctimeNs].join(":"),
        ctimeNs: info.ctimeNs,
    };
}
const nowNs = () => BigInt(Date.now()) * 1000000n;
class HashCache {
    file;
    entries = new Map();
    changed = false;
    constructor(file) {
        this.file = file;
    }
    /** The cache kept in `file`, or a cache that remembers nothing when turned off. */
    static async open(file) {
        if (/^(off|0|false)$/i.test(process.env[HASH_CACHE_ENV] ?? ""))
            return new HashCache(undefined);
        const cache = new HashCache((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file));
        try {
            const parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(cache.file, "utf8"));
            if (parsed.format === FORMAT && parsed.entries && typeof parsed.entries === "object") {
                for (const [path, entry] of Object.entries(parsed.entries)) {
                    if (typeof entry.identity === "string" &&
                        typeof entry.sha256 === "string" &&
                        /^[0-9a-f]{64}$/.test(entry.sha256) &&
                        typeof entry.bytes === "number" &&
                        typeof entry.at === "string")
                        cache.entries.set(path, entry);
                }
            }
        }
        catch {
            // no cache yet, or not ours: start empty
        }
        return cache;
    }
    /** The file's hash, read from the cache when the file is unchanged since it was recorded. */
    async hash(path) {
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
        if (this.file) {
            const entry = this.entries.get(absolute);
            const now = await identityOf(absolute).catch(() => undefined);
            if (entry && now && entry.identity === now.key)
                return { sha256: entry.sha256, bytes: entry.bytes };
        }
        const started = nowNs();
        const before = this.file ? await identityOf(absolute).catch(() => undefined) : undefined;
        const hashed = await (0,_hash_file_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .D)(absolute);
        const after = this.file ? await identityOf(absolute).catch(() => undefined) : undefined;
        if (before && after && before.key === after.key && after.ctimeNs + RACY_MARGIN_NS < started) {
            this.put(absolute, after.key, hashed);
        }
        return hashed;
    }
    /** True when the file is exactly as it was when its cached hash was taken. */
    async unchanged(path) {
        if (!this.file)
            return false;
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
        const entry = this.entries.get(absolute);
        const now = await identityOf(absolute).catch(() => undefined);
        return Boolean(entry && now && entry.identity === now.key);
    }
    /** Records the hash of a file trainyard has just written itself (its content is known, not re-read). */
    async record(path, hash) {
        if (!this.file)
            return;
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
        const now = await identityOf(absolute).catch(() => undefined);
        if (now)
            this.put(absolute, now.key, hash);
    }
    /** Drops the entries of every file in `folder` (files deleted, e.g. by an erasure). */
    forget(folder) {
        const prefix = `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(folder)}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`;
        for (const path of [...this.entries.keys()]) {
            if (path.startsWith(prefix)) {
                this.entries.delete(path);
                this.changed = true;
            }
        }
    }
    put(path, identity, hash) {
        this.entries.delete(path);
        this.entries.set(path, { identity, sha256: hash.sha256, bytes: hash.bytes, at: String(nowNs()) });
        this.changed = true;
    }
    /**
     * Writes the cache (atomically: a reader sees the old or the new file), newest entries kept. A cache that
     * cannot be written (read-only folder, full disk) costs the next run a re-read, never this run its result.
     */
    async save() {
        if (!this.file || !this.changed)
            return;
        await this.write().catch(() => undefined);
    }
    async write() {
        if (!this.file)
            return;
        const kept = [...this.entries].sort(([, a], [, b]) => (BigInt(a.at) < BigInt(b.at) ? -1 : 1));
        const entries = Object.fromEntries(kept.slice(-MAX_ENTRIES));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(this.file), { recursive: true });
        const partial = `${this.file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex")}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(partial, `${JSON.stringify({ format: FORMAT, entries })}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(partial, this.file);
        this.changed = false;
    }
}


/***/ }),

/***/ 6217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53293);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42576);



const READ_BYTES = 1 << 20;
/**
 * Hashes a file in one pass of 1 MiB reads; `onProgress` gets the bytes hashed so far. Two buffers take turns,
 * so the next read runs while this thread hashes the last one, and no buffer is allocated per read (a stream's
 * fresh 1 MiB chunks cost page faults and old-space GCs: ~15% of the hashing's CPU on 200 MiB).
 */
async function hashFile(path, onProgress) {
    const handle = await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_2__/* .openForRead */ .od)(path);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    const buffers = [Buffer.allocUnsafeSlow(READ_BYTES), Buffer.allocUnsafeSlow(READ_BYTES)];
    let bytes = 0;
    let pending;
    onProgress?.(0);
    try {
        let turn = 0;
        pending = handle.read(buffers[0], 0, READ_BYTES, 0);
        for (;;) {
            const { bytesRead } = await pending;
            pending = undefined;
            if (bytesRead === 0)
                break;
            const filled = buffers[turn];
            bytes += bytesRead;
            turn ^= 1;
            pending = handle.read(buffers[turn], 0, READ_BYTES, bytes);
            pending.catch(() => undefined); // awaited on the next turn, or settled below after a failure
            hash.update(filled.subarray(0, bytesRead));
            onProgress?.(bytes);
        }
    }
    catch (error) {
        throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_1__/* .fileAccessError */ .z9)(path, error);
    }
    finally {
        if (pending)
            await pending.catch(() => undefined);
        await handle.close();
    }
    return { sha256: hash.digest("hex"), bytes };
}


/***/ }),

/***/ 97244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/** Every file under `root`, as sorted '/'-separated paths relative to it. */
async function listFiles(root) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(root, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.parentPath, entry.name)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/"))
        .sort();
}


/***/ }),

/***/ 24935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readSchema),
/* harmony export */   x: () => (/* binding */ readTable)
/* harmony export */ });
/* harmony import */ var _read_csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73027);
/* harmony import */ var _read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63801);
/* harmony import */ var _row_batch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30109);



/**
 * Streams a table in batches of rows, holding one batch (and for Parquet one row group) in memory. At least
 * one batch always comes, empty when the file has a header or schema but no rows, so the columns are known.
 * Problems with the file are DataErrors naming the file, row, line and column.
 */
function readTable(path, format, options) {
    const batchSize = (0,_row_batch_js__WEBPACK_IMPORTED_MODULE_2__/* .batchSizeOf */ .zC)(options);
    switch (format) {
        case "csv":
            return (0,_read_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsv */ .Nb)(path, batchSize);
        case "jsonl":
            return (0,_read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonl */ .fl)(path, batchSize, options?.columns);
        case "parquet":
            return readParquetLazily(path, batchSize);
    }
}
/**
 * The column names: the CSV header, the Parquet schema's top-level fields, or for JSON Lines every key of
 * every row in order of first appearance (a full pass, since rows may leave keys out).
 */
function readSchema(path, format) {
    switch (format) {
        case "csv":
            return (0,_read_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsvHeader */ .km)(path);
        case "jsonl":
            return (0,_read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonlColumns */ .ED)(path);
        case "parquet":
            return Promise.all(/* import() */[__webpack_require__.e(649), __webpack_require__.e(149), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 27663)).then(({ readParquetColumns }) => readParquetColumns(path));
    }
}
/** The Parquet reader (and hyparquet) is loaded when a Parquet file is read, not with this module. */
async function* readParquetLazily(path, batchSize) {
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(649), __webpack_require__.e(149), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 27663));
    yield* readParquet(path, batchSize);
}


/***/ }),

/***/ 42448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

/** GitHub refuses comment bodies longer than this many characters. */
const COMMENT_BODY_LIMIT = 65_536;
const MARKER = /^<!-- trainyard:[A-Za-z0-9._:/@+-]+ -->$/;
/**
 * The hidden HTML comment that identifies one sticky comment. The key is reduced to characters that cannot
 * end the HTML comment early (no `--`, no `>`), so a branch or model name is safe to use as a key.
 */
function stickyMarker(key) {
    const safe = key
        .normalize("NFKC")
        .replace(/[^A-Za-z0-9._:/@+-]+/g, "-")
        .replace(/-{2,}/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 100)
        .replace(/-+$/, "");
    if (!safe)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`a sticky comment key needs a letter or digit, got ${JSON.stringify(key)}`);
    return `<!-- trainyard:${safe} -->`;
}
function isNotFound(error) {
    return typeof error === "object" && error !== null && error.status === 404;
}
async function findMarked(octokit, target, marker) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    return comments
        .filter((c) => (c.body ?? "").startsWith(marker))
        .filter((c) => target.author === undefined || c.user?.login === target.author)
        .map((c) => ({ id: c.id, body: c.body ?? "", html_url: c.html_url }))
        .sort((a, b) => a.id - b.id);
}
/**
 * Keeps exactly one comment carrying the marker on an issue or pull request: creates it, updates it in place,
 * or leaves it when the body is the same. All pages of comments are searched. When jobs raced and left more
 * than one, the earliest is kept (with this call's body) and the later ones are deleted.
 */
async function upsertStickyComment(octokit, target) {
    const marker = MARKER.test(target.marker) ? target.marker : stickyMarker(target.marker);
    const body = target.body.startsWith(marker) ? target.body : `${marker}\n${target.body}`;
    if (body.length > COMMENT_BODY_LIMIT) {
        throw new RangeError(`the comment body has ${body.length} characters; GitHub accepts at most ${COMMENT_BODY_LIMIT}`);
    }
    const ref = { owner: target.owner, repo: target.repo };
    // A second attempt covers the kept comment vanishing between the search and the update.
    for (let attempt = 1;; attempt++) {
        let matches = await findMarked(octokit, target, marker);
        let createdId;
        if (matches.length === 0) {
            const { data: created } = await octokit.rest.issues.createComment({
                ...ref,
                issue_number: target.issueNumber,
                body,
            });
            createdId = created.id;
            // Another job may have created its own copy between our search and our create: look again.
            matches = await findMarked(octokit, target, marker);
            if (!matches.some((c) => c.id === created.id)) {
                matches = [...matches, { id: created.id, body, html_url: created.html_url }].sort((a, b) => a.id - b.id);
            }
        }
        const [kept, ...duplicates] = matches;
        let action = kept.id === createdId ? "created" : "unchanged";
        let url = kept.html_url;
        if (kept.body !== body) {
            try {
                const { data: updated } = await octokit.rest.issues.updateComment({
                    ...ref,
                    comment_id: kept.id,
                    body,
                });
                url = updated.html_url;
                action = "updated";
            }
            catch (error) {
                if (isNotFound(error) && attempt < 2)
                    continue;
                throw error;
            }
        }
        const removedDuplicates = [];
        for (const duplicate of duplicates) {
            try {
                await octokit.rest.issues.deleteComment({ ...ref, comment_id: duplicate.id });
            }
            catch (error) {
                // The other job deletes the same duplicate; whoever comes second finds it gone.
                if (!isNotFound(error))
                    throw error;
            }
            removedDuplicates.push(duplicate.id);
        }
        return { action, commentId: kept.id, url, removedDuplicates };
    }
}


/***/ }),

/***/ 30420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ STORE_INPUTS),
/* harmony export */   d2: () => (/* binding */ DATA_ROOT_INPUT),
/* harmony export */   pL: () => (/* binding */ TRACKING_INPUT),
/* harmony export */   sR: () => (/* binding */ CONFIG_INPUT),
/* harmony export */   vD: () => (/* binding */ DECISION_INPUTS),
/* harmony export */   vu: () => (/* binding */ GITHUB_TOKEN_INPUT)
/* harmony export */ });
/**
 * Inputs that several steps share, declared once. The helpers that open the config, the store and the
 * tracker read them from any step's inputs through `CommonInputs`.
 */
const CONFIG_INPUT = {
    config: {
        description: "trainyard.yml (default: ./trainyard.yml if present)",
        cli: { placeholder: "path", short: "c" },
    },
};
const STORE_INPUTS = {
    store: { description: "Where snapshots live", cli: { placeholder: "dir|s3://bucket/prefix" } },
    "s3-endpoint": { description: "An S3-compatible endpoint", cli: { placeholder: "url" } },
};
const DATA_ROOT_INPUT = {
    "data-root": { description: "Where snapshots are materialised", cli: { placeholder: "dir" } },
};
const TRACKING_INPUT = {
    "tracking-uri": { description: "MLflow URL (empty: local tracker)", cli: { placeholder: "url" } },
};
/** What champion-challenger (alone, or inside the pipeline) does with its decision. */
const DECISION_INPUTS = {
    "fail-on-reject": {
        description: "Exit 1 when the gate rejects the challenger",
        kind: "boolean",
        default: "false",
        cli: { flag: true },
    },
    comment: { description: "Post the pull-request comment (default github.comment)", kind: "boolean" },
};
const GITHUB_TOKEN_INPUT = {
    "github-token": {
        description: "Token for the GitHub API (default GITHUB_TOKEN)",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, as action.yml states it
        default: "${{ github.token }}",
        secret: true,
        cli: false,
    },
};


/***/ }),

/***/ 32845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   NB: () => (/* binding */ inputLabel),
/* harmony export */   yv: () => (/* binding */ originOf)
/* harmony export */ });
/* unused harmony exports parseBooleanInput, parseChoiceInput, parseNumberInput, inputsOf */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

const ORIGIN = Symbol("inputs.origin");
function originOf(inputs) {
    return inputs[ORIGIN] ?? "cli";
}
/** `input "seed"` on a runner, `--seed` in the terminal: how an error names what the user set. */
function inputLabel(inputs, name) {
    return originOf(inputs) === "cli" ? `--${name}` : `input "${name}"`;
}
/** @actions/core's getBooleanInput accepts exactly these (YAML 1.2's core schema booleans). */
const TRUE_VALUES = ["true", "True", "TRUE"];
const FALSE_VALUES = ["false", "False", "FALSE"];
function parseBooleanInput(label, raw) {
    if (TRUE_VALUES.includes(raw))
        return true;
    if (FALSE_VALUES.includes(raw))
        return false;
    throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${label} must be one of ${[...TRUE_VALUES, ...FALSE_VALUES].join(", ")}; got "${raw}"`);
}
function parseChoiceInput(label, raw, choices) {
    if (choices.includes(raw))
        return raw;
    throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${label} must be one of ${choices.join(", ")}; got "${raw}"`);
}
function parseNumberInput(label, raw, integer = false) {
    const value = raw.trim() === "" ? Number.NaN : Number(raw);
    if (!Number.isFinite(value))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${label} must be a number, got "${raw}"`);
    if (integer && !Number.isSafeInteger(value))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${label} must be a whole number, got "${raw}"`);
    return value;
}
function parseInput(spec, label, raw) {
    switch (spec.kind) {
        case "boolean":
            return parseBooleanInput(label, raw);
        case "number":
            return parseNumberInput(label, raw);
        case "integer":
            return parseNumberInput(label, raw, true);
        case "choice":
            return parseChoiceInput(label, raw, spec.choices ?? []);
        default:
            return raw;
    }
}
/**
 * The runner itself passes the defaults of action.yml, and evaluates an expression default (`${{ github.token }}`)
 * first; here, with no runner, an expression has nothing to evaluate and is left out.
 */
function defaultOf(spec, origin) {
    if (origin === "cli" && spec.cli && spec.cli.default !== undefined)
        return spec.cli.default;
    if (spec.default?.includes("${{"))
        return undefined;
    return spec.default;
}
/**
 * Reads every declared input: `raw(name)` gives the value as the runner or the CLI has it (empty or absent
 * means not given), the declared default fills the gaps, a required input that is missing and a value that
 * does not parse are errors that name the input the way the user set it.
 */
function readInputs(specs, raw, origin, mask) {
    const values = {};
    Object.defineProperty(values, ORIGIN, { value: origin, enumerable: false });
    for (const [name, spec] of Object.entries(specs)) {
        const label = origin === "cli" ? `--${name}` : `input "${name}"`;
        const given = raw(name);
        const text = given === undefined || given === "" ? defaultOf(spec, origin) : given;
        if (text === undefined || text === "") {
            if (spec.required)
                throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${label} is required: ${spec.description}`);
            continue;
        }
        if (spec.secret)
            mask?.(text);
        values[name] = parseInput(spec, label, text);
    }
    return values;
}
/** The inputs of a step given as a plain record, for tests and for one step that calls another. */
function inputsOf(specs, raw = {}, origin = "cli") {
    for (const name of Object.keys(raw))
        if (!(name in specs))
            throw new Error(`"${name}" is not a declared input (${Object.keys(specs).join(", ")})`);
    return readInputs(specs, (name) => raw[name], origin);
}


/***/ }),

/***/ 26985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readGitState)
/* harmony export */ });
/* unused harmony export hashDirectory */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
        return stdout;
    }
    catch {
        return undefined;
    }
}
/**
 * The commit, dirty flag and the content hash of `directory` (a folder inside the repository). Folders in
 * `exclude` (absolute paths, e.g. the training's own output folder) are not code: what a run writes there —
 * or a killed run's trainer, still writing — must not change the next run's code hash.
 */
async function readGitState(directory, options = {}) {
    const excluded = (options.exclude ?? []).map((path) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path));
    const isExcluded = (path) => excluded.some((folder) => path === folder || path.startsWith(`${folder}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`));
    const top = (await git(directory, ["rev-parse", "--show-toplevel"]))?.trim();
    if (!top)
        return { treeHash: await hashDirectory(directory, isExcluded) };
    const commit = (await git(directory, ["rev-parse", "HEAD"]))?.trim();
    const status = await git(top, ["status", "--porcelain"]);
    const tree = (await git(directory, ["rev-parse", "HEAD:./"]))?.trim();
    const ignored = (await git(directory, ["check-ignore", "-q", "."])) !== undefined;
    // A folder git does not track (ignored, or no commit yet) is identified by its files instead.
    if (!tree || ignored) {
        return {
            ...(commit ? { commit } : {}),
            ...(status !== undefined ? { dirty: status.trim().length > 0 } : {}),
            treeHash: await hashDirectory(directory, isExcluded),
        };
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256").update(tree ?? "no-commit");
    const diff = await git(directory, ["diff", "HEAD", "--binary", "--", "."]);
    if (diff)
        hash.update("\0diff\0").update(diff);
    const untracked = (await git(directory, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."])) ?? "";
    const ownFiles = (file) => file.split("/").some((part) => SKIPPED.has(part));
    for (const file of untracked
        .split("\0")
        .filter((file) => file && !ownFiles(file) && !isExcluded((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(directory, file)))
        .sort()) {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory, file)).catch(() => undefined);
        hash.update("\0untracked\0").update(file).update("\0");
        if (bytes)
            hash.update(bytes);
    }
    return {
        ...(commit ? { commit } : {}),
        ...(status !== undefined ? { dirty: status.trim().length > 0 } : {}),
        treeHash: hash.digest("hex"),
    };
}
const SKIPPED = new Set([".git", "node_modules", ".venv", "venv", ".trainyard", ".cache", "__pycache__"]);
/** A hash of every file's path and bytes under `directory`, for code git does not track. */
async function hashDirectory(directory, isExcluded = () => false) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256");
    const walk = async (dir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true }).catch(() => []);
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name);
            if (isExcluded((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path)))
                continue;
            if (entry.isDirectory()) {
                if (!SKIPPED.has(entry.name))
                    await walk(path);
            }
            else if (entry.isFile()) {
                hash.update((0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(directory, path)).update("\0");
                hash.update(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path)).update("\0");
            }
        }
    };
    await walk(directory);
    return hash.digest("hex");
}


/***/ }),

/***/ 53088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ localUserName),
/* harmony export */   r: () => (/* binding */ codeRecord)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);

/** Where the code came from: the git state, and on GitHub the repository, ref, run URL, trigger and actor. */
function codeRecord(git, env) {
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const repository = env.GITHUB_REPOSITORY;
    const runUrl = repository && env.GITHUB_RUN_ID
        ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ""}`
        : undefined;
    const commit = git.commit ?? env.GITHUB_SHA;
    return {
        ...(commit ? { commit } : {}),
        ...(git.dirty !== undefined ? { dirty: git.dirty } : {}),
        ...(repository ? { repository } : {}),
        ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
        ...(runUrl ? { workflowRunUrl: runUrl } : {}),
        ...(env.GITHUB_EVENT_NAME ? { trigger: env.GITHUB_EVENT_NAME } : {}),
        ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
    };
}
/** The local user's name, for records made outside GitHub. */
function localUserName() {
    try {
        return (0,node_os__WEBPACK_IMPORTED_MODULE_0__.userInfo)().username;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 42029:
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

/***/ 95721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
const ZERO_WIDTH_SPACE = "\u200b";
/**
 * Escapes user text (column names, values, branch names) for GitHub-flavoured Markdown: no formatting, no
 * HTML, no links, no math, and no @mentions or #references that would ping people or link issues.
 * Backslash escapes stop Markdown itself (and the autolinks of `https://` and `www.`, which cmark-gfm
 * finds while parsing); mentions, issue references and e-mail links are found later in the rendered text,
 * where a backslash is gone, so a zero-width space after `@` and `#` breaks them instead. Line breaks
 * become spaces and bidirectional overrides are dropped, so one value cannot reshape the report.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\u202a-\u202e\u2066-\u2069]/g, "")
        .replace(/\r\n|[\p{Cc}\p{Zl}\p{Zp}]/gu, " ")
        .replace(/[\\`*_{}[\]()#+!|~>$:-]/g, (char) => `\\${char}`)
        .replace(/(www)\./gi, "$1\\.")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/[@#]/g, (char) => `${char}${ZERO_WIDTH_SPACE}`);
}
/** Text inside a table cell: escaped, and kept short so one odd value cannot blow up the table. */
function cell(value, maxLength = 120) {
    const text = value === null || value === undefined ? "" : String(value);
    const short = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
    return escapeMarkdown(short);
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(" | ")} |`;
    return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Inline code: backslash escapes do not work inside code spans, so backticks are replaced instead. */
function code(value) {
    const text = String(value ?? "")
        .replace(/`/g, "ʼ")
        .replace(/\r\n|[\r\n]/g, " ");
    return `\`${text}\``;
}
/**
 * Inline code inside a table cell: as `code`, and a `|` is written `\\|`, which GitHub's table parser
 * reads as a pipe inside the cell even within a code span (a bare `|` would end the cell).
 */
function codeCell(value, maxLength = 120) {
    const text = String(value ?? "");
    const short = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
    return code(short).replace(/\|/g, "\\|");
}


/***/ }),

/***/ 92401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ renderValidationMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95721);

const icon = { pass: "✅", fail: "❌", skip: "⏭️" };
/** The validation report as Markdown for the job summary, the pull-request comment and the terminal. */
function renderValidationMarkdown(report) {
    const verdict = report.passed ? "✅ passed" : "❌ failed";
    const head = `### Data validation ${verdict}: snapshot ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.snapshotId)}, ${report.rows} rows, ${report.errors} error(s), ${report.warnings} warning(s)`;
    const failing = report.checks.filter((check) => check.status === "fail");
    const rows = (checks) => checks.map((check) => [
        check.status === "fail" && check.severity === "warn" ? "⚠️" : icon[check.status],
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(check.id),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(check.observed),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(check.expected),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(check.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((check.samples ?? []).map((sample) => `row ${sample.row}: ${sample.value}`).join("; ")),
    ]);
    const headers = ["", "check", "observed", "expected", "detail", "examples"];
    const parts = [head, "", `Drift reference: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.reference.note)}`];
    if (failing.length > 0)
        parts.push("", (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(headers, rows(failing)));
    parts.push("", (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`All ${report.checks.length} checks`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(headers, rows(report.checks))));
    return `${parts.join("\n")}\n`;
}


/***/ }),

/***/ 95852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ logTrainingDataset),
/* harmony export */   qC: () => (/* binding */ logEvaluationLineage)
/* harmony export */ });
/* unused harmony export snapshotDataset */
/* harmony import */ var _steps_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20030);
/* harmony import */ var _steps_step_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22140);
/* harmony import */ var _tracking_ports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3241);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51842);




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

/***/ 51842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ mlflowTypeOf),
/* harmony export */   LK: () => (/* binding */ SERVING_INPUT_FILE),
/* harmony export */   LP: () => (/* binding */ signatureMismatch),
/* harmony export */   P8: () => (/* binding */ TRAINYARD_METADATA_KEY),
/* harmony export */   Qk: () => (/* binding */ inputExampleFiles),
/* harmony export */   T5: () => (/* binding */ renderMLmodel),
/* harmony export */   Yg: () => (/* binding */ parseMLmodel),
/* harmony export */   Yt: () => (/* binding */ wrappedMLmodel),
/* harmony export */   Z0: () => (/* binding */ INPUT_EXAMPLE_FILE),
/* harmony export */   dX: () => (/* binding */ WRAPPER_CODE_FILE),
/* harmony export */   eK: () => (/* binding */ requirementsFor),
/* harmony export */   fe: () => (/* binding */ outputSchema),
/* harmony export */   gw: () => (/* binding */ parseColumnSpecs),
/* harmony export */   is: () => (/* binding */ inputSchema),
/* harmony export */   my: () => (/* binding */ MLMODEL_FILE),
/* harmony export */   nQ: () => (/* binding */ INPUT_EXAMPLE_INFO),
/* harmony export */   rK: () => (/* binding */ condaYaml),
/* harmony export */   rk: () => (/* binding */ WRAPPER_SETTINGS_FILE),
/* harmony export */   rp: () => (/* binding */ pythonEnvYaml),
/* harmony export */   tE: () => (/* binding */ MLmodelError),
/* harmony export */   yK: () => (/* binding */ signatureOf)
/* harmony export */ });
/* unused harmony export exampleValue */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61927);


/**
 * The MLflow Model format as MLflow 3.x reads it (checked against mlflow 3.17's `mlflow/models/model.py`,
 * `mlflow/pyfunc/model.py` and `mlflow/pyfunc/loaders/code_model.py`): a YAML `MLmodel` file with
 * `flavors`, an optional `signature` whose `inputs`/`outputs` are JSON strings of column specs, and
 * `saved_input_example_info` naming `input_example.json` (pandas "split" orient) and
 * `serving_input_example.json` (the body `/invocations` takes). Pure functions: no I/O.
 */
const MLMODEL_FILE = "MLmodel";
const INPUT_EXAMPLE_FILE = "input_example.json";
const SERVING_INPUT_FILE = "serving_input_example.json";
/** The models-from-code file of a wrapped predict command, and its settings, at the model's root. */
// Built at run time, so that the bundler does not take the name for a file to ship.
const WRAPPER_CODE_FILE = ["trainyard_pyfunc", "py"].join(".");
const WRAPPER_SETTINGS_FILE = "trainyard_predict.json";
/** The `metadata` key trainyard writes into every MLmodel it packages. */
const TRAINYARD_METADATA_KEY = "trainyard";
/** An MLmodel (or its signature) that MLflow would not load or that does not fit the data. */
class MLmodelError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    constructor(message) {
        super(message);
        this.name = "MLmodelError";
    }
}
/** The MLflow column type of a stored profile's column; an integer column with nulls is double, as MLflow advises. */
function mlflowTypeOf(profile) {
    switch (profile?.type) {
        case "integer":
            return profile.nullCount > 0 ? "double" : "long";
        case "number":
            return "double";
        case "boolean":
            return "boolean";
        case "timestamp":
            return "datetime";
        default:
            return "string";
    }
}
/** The signature's inputs: every column of the test file but the label, typed from the snapshot's profile. */
function inputSchema(testColumns, profile, labelColumn) {
    const byName = new Map(profile.map((column) => [column.name, column]));
    return testColumns
        .filter((name) => name !== labelColumn)
        .map((name) => {
        const column = byName.get(name);
        return { type: mlflowTypeOf(column), name, required: !column || column.nullCount === 0 };
    });
}
/** The signature's outputs from the predict contract's columns, typed from the values the command wrote. */
function outputSchema(columns, rows) {
    return columns.map((name, index) => {
        const values = rows.map((row) => (row[index] ?? "").trim()).filter((value) => value !== "");
        const numeric = values.length > 0 && values.every((value) => Number.isFinite(Number(value)));
        const integral = numeric && values.every((value) => /^[+-]?\d+$/.test(value));
        const type = name === "score" || name.startsWith("proba_")
            ? "double"
            : integral
                ? "long"
                : numeric
                    ? "double"
                    : "string";
        return { type, name, required: true };
    });
}
/** MLflow stores each side of the signature as a JSON string of column specs. */
function signatureOf(inputs, outputs) {
    const specs = (columns) => JSON.stringify(columns.map((column) => ({ type: column.type, name: column.name, required: column.required })));
    return { inputs: specs(inputs), outputs: outputs?.length ? specs(outputs) : null, params: null };
}
const MLFLOW_TYPES = new Set([
    "long",
    "double",
    "string",
    "boolean",
    "datetime",
    "integer",
    "float",
    "binary",
]);
/** The column specs of a signature side, or an MLmodelError naming what does not parse. */
function parseColumnSpecs(text, where) {
    if (text === null || text === undefined)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new MLmodelError(`${where} is not the JSON list of column specs MLflow writes: ${error.message}`);
    }
    if (!Array.isArray(parsed))
        throw new MLmodelError(`${where} must be a JSON list of column specs, found ${typeof parsed}`);
    return parsed.map((entry, index) => {
        const spec = entry;
        if (typeof spec !== "object" || spec === null || typeof spec.type !== "string")
            throw new MLmodelError(`${where}: entry ${index + 1} has no "type"`);
        if (typeof spec.name !== "string")
            throw new MLmodelError(`${where}: entry ${index + 1} has no column name (a tensor signature cannot describe the test file's columns)`);
        if (!MLFLOW_TYPES.has(spec.type))
            throw new MLmodelError(`${where}: column "${spec.name}" has type "${spec.type}", not a column type MLflow knows`);
        return { type: spec.type, name: spec.name, required: spec.required !== false };
    });
}
/**
 * Reads an MLmodel the way MLflow does (YAML) and checks what loading needs: a mapping of flavors with a
 * `python_function` flavor naming its `loader_module`. Anything else is an MLmodelError that names the file.
 */
function parseMLmodel(text, file) {
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        throw new MLmodelError(`${file} does not parse as YAML, so MLflow cannot read it: ${error.message.split("\n")[0]}`);
    }
    if (typeof document !== "object" || document === null || Array.isArray(document))
        throw new MLmodelError(`${file} must be a YAML mapping with "flavors", found ${Array.isArray(document) ? "a list" : typeof document}`);
    const model = document;
    if (typeof model.flavors !== "object" || model.flavors === null || Object.keys(model.flavors).length === 0)
        throw new MLmodelError(`${file} has no "flavors": MLflow cannot load a model without one`);
    const pyfunc = model.flavors.python_function;
    if (!pyfunc)
        throw new MLmodelError(`${file} has flavors ${Object.keys(model.flavors).join(", ")} but no python_function flavor: mlflow.pyfunc.load_model and mlflow models serve need it`);
    if (typeof pyfunc.loader_module !== "string" || pyfunc.loader_module === "")
        throw new MLmodelError(`${file}: the python_function flavor names no loader_module`);
    if (model.signature !== undefined && model.signature !== null) {
        parseColumnSpecs(model.signature.inputs, `${file}: signature.inputs`);
        parseColumnSpecs(model.signature.outputs, `${file}: signature.outputs`);
    }
    return model;
}
function renderMLmodel(model) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(model, { lineWidth: 0 });
}
/**
 * A model's declared inputs must be the test file's feature columns: a missing column would fail at serving
 * time, an extra one would never be sent. Returns the problems, empty when they match.
 */
function signatureMismatch(declared, testColumns, labelColumn) {
    const features = testColumns.filter((name) => name !== labelColumn);
    const declaredNames = declared.map((column) => column.name);
    const problems = [];
    const missing = declared.filter((column) => column.required && !features.includes(column.name));
    if (missing.length > 0)
        problems.push(`it requires column(s) ${missing.map((c) => `"${c.name}"`).join(", ")} that the test file does not have`);
    if (declaredNames.includes(labelColumn))
        problems.push(`it takes the label column "${labelColumn}" as an input`);
    const unused = features.filter((name) => !declaredNames.includes(name));
    if (unused.length > 0)
        problems.push(`the test file's column(s) ${unused.map((name) => `"${name}"`).join(", ")} are not in it`);
    return problems;
}
/** A JSON value of a CSV cell for the input example, typed like the signature says. */
function exampleValue(text, type) {
    const value = (text ?? "").trim();
    if (value === "")
        return null;
    if (type === "long" || type === "double") {
        const number = Number(value);
        return Number.isFinite(number) ? number : null;
    }
    if (type === "boolean")
        return /^(true|1|yes)$/i.test(value);
    if (type === "datetime") {
        // MLflow's datetime columns are timezone-naive: the instant in UTC, without an offset.
        const time = Date.parse(value);
        return Number.isNaN(time) ? value : new Date(time).toISOString().replace(/Z$/, "");
    }
    return text;
}
/** `input_example.json` (pandas split orient) and `serving_input_example.json` (the /invocations body). */
function inputExampleFiles(inputs, header, rows) {
    const positions = inputs.map((column) => header.indexOf(column.name));
    const data = rows.map((row) => inputs.map((column, k) => exampleValue(row[positions[k]], column.type)));
    const split = { columns: inputs.map((column) => column.name), data };
    return {
        inputExample: JSON.stringify(split),
        servingInput: `${JSON.stringify({ dataframe_split: split }, null, 2)}\n`,
    };
}
const INPUT_EXAMPLE_INFO = {
    artifact_path: INPUT_EXAMPLE_FILE,
    pandas_orient: "split",
    serving_input_path: SERVING_INPUT_FILE,
    type: "dataframe",
};
/** The MLmodel of a wrapped predict command: a models-from-code python_function model (no pickle). */
function wrappedMLmodel(options) {
    return {
        flavors: {
            python_function: {
                code: null,
                env: { conda: "conda.yaml", virtualenv: "python_env.yaml" },
                loader_module: "mlflow.pyfunc.loaders.code_model",
                model_code_path: WRAPPER_CODE_FILE,
                python_version: options.pythonVersion,
                streamable: false,
            },
        },
        ...(options.mlflowVersion ? { mlflow_version: options.mlflowVersion } : {}),
        model_uuid: options.modelUuid,
        saved_input_example_info: INPUT_EXAMPLE_INFO,
        signature: options.signature,
        utc_time_created: options.createdAt.toISOString().replace("T", " ").replace("Z", ""),
        metadata: { [TRAINYARD_METADATA_KEY]: options.metadata },
    };
}
/** The pip requirements a packaged model declares: mlflow first, then the trainer's own pins. */
function requirementsFor(mlflowVersion, lockfileLines) {
    const pins = lockfileLines
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("-"));
    const hasMlflow = pins.some((line) => /^mlflow(\W|$)/i.test(line));
    return [...(hasMlflow ? [] : [mlflowVersion ? `mlflow==${mlflowVersion}` : "mlflow>=3,<4"]), ...pins];
}
function pythonEnvYaml(pythonVersion) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({
        python: pythonVersion,
        build_dependencies: ["pip", "setuptools", "wheel"],
        dependencies: ["-r requirements.txt"],
    });
}
function condaYaml(pythonVersion, requirements) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({
        channels: ["conda-forge"],
        dependencies: [`python=${pythonVersion}`, "pip", { pip: requirements }],
        name: "mlflow-env",
    });
}


/***/ }),

/***/ 86804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ parseCsvLines),
/* harmony export */   gR: () => (/* binding */ packageModel)
/* harmony export */ });
/* unused harmony export EXAMPLE_ROWS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _data_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40089);
/* harmony import */ var _data_read_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24935);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61927);
/* harmony import */ var _steps_command_command_environment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65444);
/* harmony import */ var _steps_command_run_command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81051);
/* harmony import */ var _steps_command_split_command_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44997);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(51842);
/* harmony import */ var _python_runtime_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(44841);
/* harmony import */ var _python_sources_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(94199);













/** How many test rows go into input_example.json (and what serve-check posts to /invocations). */
const EXAMPLE_ROWS = 5;
const CODE_DIR = "code";
const MAX_CODE_BYTES = 50 * 1024 * 1024;
const SKIP_DIRS = new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".trainyard", ".cache"]);
/** The test file's header and its first rows as text (the input example). */
async function exampleRows(testFile) {
    for await (const batch of (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_5__/* .readTable */ .x)(testFile, (0,_data_format_js__WEBPACK_IMPORTED_MODULE_4__/* .detectFormat */ .Tz)(testFile))) {
        const rows = batch.rows
            .slice(0, EXAMPLE_ROWS)
            .map((row) => batch.columns.map((_, k) => (row[k] === null || row[k] === undefined ? "" : String(row[k]))));
        return { header: batch.columns, rows };
    }
    throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the test file ${testFile} has no rows: an input example needs at least one`);
}
function csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function toCsv(header, rows) {
    return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\n")}\n`;
}
function parseCsvLines(text) {
    const records = [];
    let field = "";
    let record = [];
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quoted) {
            if (char === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (char === '"')
                quoted = false;
            else
                field += char;
        }
        else if (char === '"')
            quoted = true;
        else if (char === ",") {
            record.push(field);
            field = "";
        }
        else if (char === "\n" || char === "\r") {
            if (char === "\r" && text[i + 1] === "\n")
                i++;
            record.push(field);
            if (record.some((value) => value !== ""))
                records.push(record);
            record = [];
            field = "";
        }
        else
            field += char;
    }
    if (field !== "" || record.length > 0) {
        record.push(field);
        records.push(record);
    }
    return { header: records[0] ?? [], rows: records.slice(1) };
}

async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then(() => true, () => false);
}
/** Types from the first rows when no snapshot profile is at hand (a data-dir without a manifest). */
function inferredProfile(header, rows) {
    return header.map((name, k) => {
        const values = rows.map((row) => (row[k] ?? "").trim());
        const present = values.filter((value) => value !== "");
        const type = present.length > 0 && present.every((value) => /^[+-]?\d+$/.test(value))
            ? "integer"
            : present.length > 0 && present.every((value) => Number.isFinite(Number(value)))
                ? "number"
                : "string";
        return {
            name,
            type,
            count: values.length,
            nullCount: values.length - present.length,
            invalidCount: 0,
            distinctCapped: false,
        };
    });
}
async function pythonPins(cwd, lockfiles) {
    const lines = [];
    for (const file of lockfiles.filter((name) => /(^|\/)requirements[^/]*\.txt$/.test(name)).sort()) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, file), "utf8").catch(() => "");
        lines.push(...text.split(/\r?\n/));
    }
    return [...new Set(lines.map((line) => line.trim()).filter(Boolean))];
}
/**
 * The files the predict command needs at serving time: the folder of every argument that names a file
 * under the working directory (e.g. `node trainers/node/predict.mjs` brings trainers/node/), copied to
 * code/ with the same relative paths, so the command runs there unchanged.
 */
async function copyPredictCode(argv, cwd, codeDir) {
    const folders = new Set();
    for (const [index, word] of argv.entries()) {
        // `python -m package.module`: the package's folder (or the module file) under the working directory.
        if (argv[index - 1] === "-m") {
            const top = word.split(".")[0];
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, top)).catch(() => undefined);
            if (info?.isDirectory())
                folders.add(top);
            // The file name is built at run time: a `${…}.py` literal makes the bundler copy every .py it can reach.
            else if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, [top, "py"].join("."))))
                folders.add(".");
            continue;
        }
        if (word.startsWith("-"))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, word);
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(cwd, path);
        if (inside.startsWith("..") || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(inside))
            continue;
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
        if (info?.isFile())
            folders.add((0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path)) || ".");
    }
    const modelDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(codeDir);
    // What is copied: the folder's files, never a skipped folder (.git, .trainyard, …) nor the model folder
    // itself (an output-dir inside the working directory), which may lie inside the folder being copied.
    const wanted = (source, path) => path !== modelDir &&
        !path.startsWith(`${modelDir}${node_path__WEBPACK_IMPORTED_MODULE_3__.sep}`) &&
        !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(source, path)
            .split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep)
            .some((part) => SKIP_DIRS.has(part));
    let bytes = 0;
    for (const folder of folders) {
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, folder);
        const files = [];
        const pending = [source];
        for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
            for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true })) {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name);
                if (!wanted(source, path))
                    continue;
                if (entry.isDirectory())
                    pending.push(path);
                else if (entry.isFile()) {
                    files.push(path);
                    bytes += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)).size;
                    if (bytes > MAX_CODE_BYTES)
                        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the predict command's folder ${folder} holds over ${MAX_CODE_BYTES / 2 ** 20} MiB; keep the predict code in a folder of its own`);
                }
            }
        }
        // File by file: fs.cp refuses a folder whose copy would land inside it, even when a filter skips that part.
        for (const file of files) {
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(codeDir, folder, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(source, file));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp)(file, target);
        }
    }
    return [...folders];
}
/** Wraps a predict command as a models-from-code python_function model; pure TypeScript, no Python. */
async function packageWrapped(context, options, inputs, example) {
    const started = Date.now();
    if (!options.predictCommand)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo("no evaluate.predict_command: a model without an MLmodel is packaged by wrapping it");
    const argv = (0,_steps_command_split_command_js__WEBPACK_IMPORTED_MODULE_9__/* .splitCommand */ .G)(options.predictCommand, "predict command");
    const codeDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, CODE_DIR);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(codeDir, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(codeDir, { recursive: true });
    const copied = await copyPredictCode(argv, options.cwd, codeDir);
    // The example rows through the command as it will run when served (from code/): the outputs' schema,
    // and proof that the copied code runs without the repository around it.
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "trainyard-package-"));
    try {
        const inputFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, "input.csv");
        const predictionsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, "predictions.csv");
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(inputFile, toCsv(inputs.map((column) => column.name), example.rows.map((row) => inputs.map((column) => row[example.header.indexOf(column.name)] ?? ""))));
        const tail = [];
        const result = await (0,_steps_command_run_command_js__WEBPACK_IMPORTED_MODULE_8__/* .runCommand */ .d)({
            argv,
            cwd: codeDir,
            env: {
                ...(0,_steps_command_command_environment_js__WEBPACK_IMPORTED_MODULE_7__/* .commandEnvironment */ .J)(context.env),
                TRAINYARD_MODEL_DIR: options.modelDir,
                TRAINYARD_INPUT_FILE: inputFile,
                TRAINYARD_PREDICTIONS_FILE: predictionsFile,
            },
            timeoutMs: options.timeoutMs,
            onLine: (line) => tail.push(line),
        });
        if (result.exitCode !== 0)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the predict command, run from the packaged model's ${CODE_DIR}/ folder (${copied.join(", ") || "nothing copied"}), exited with code ${result.exitCode ?? result.signal}: it must run from the model alone. Its last lines:\n${context.mask(result.tail.slice(-20).join("\n"))}`);
        const predicted = parseCsvLines(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(predictionsFile, "utf8"));
        if (predicted.rows.length !== example.rows.length)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the predict command wrote ${predicted.rows.length} prediction(s) for the ${example.rows.length} input example row(s)`);
        const outputs = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .outputSchema */ .fe)(predicted.header, predicted.rows);
        const pythonVersion = options.pythonVersion ?? "3.11";
        const requirements = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .requirementsFor */ .eK)(undefined, await pythonPins(options.cwd, options.lockfiles));
        const mlmodel = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .wrappedMLmodel */ .Yt)({
            pythonVersion,
            modelUuid: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().replaceAll("-", ""),
            createdAt: new Date(),
            signature: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .signatureOf */ .yK)(inputs, outputs),
            metadata: {
                packaging: "wrapped",
                predict_command: argv,
                code: copied,
                runtime: argv[0],
            },
        });
        const files = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .inputExampleFiles */ .Qk)(inputs, example.header, example.rows);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .WRAPPER_CODE_FILE */ .dX), _python_sources_js__WEBPACK_IMPORTED_MODULE_12__/* .PYFUNC_WRAPPER_SOURCE */ .I);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .WRAPPER_SETTINGS_FILE */ .rk), `${JSON.stringify({ argv, cwd: CODE_DIR, timeout_seconds: Math.round(options.timeoutMs / 1000) }, null, 2)}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .INPUT_EXAMPLE_FILE */ .Z0), files.inputExample);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .SERVING_INPUT_FILE */ .LK), files.servingInput);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "requirements.txt"), `${requirements.join("\n")}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "python_env.yaml"), (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .pythonEnvYaml */ .rp)(pythonVersion));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "conda.yaml"), (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .condaYaml */ .rK)(pythonVersion, requirements));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .MLMODEL_FILE */ .my), (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMLmodel */ .T5)(mlmodel));
        return {
            packaging: "wrapped",
            flavors: ["python_function"],
            inputColumns: inputs.length,
            outputColumns: outputs.map((column) => column.name),
            seconds: (Date.now() - started) / 1000,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * Completes an MLflow Model the training command wrote: checks it parses and loads (in a fresh Python with
 * mlflow), checks or adds its signature, adds the input example and environment files it lacks.
 */
async function packageNative(context, options, mlmodel, inputs, example) {
    const started = Date.now();
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .MLMODEL_FILE */ .my);
    const declared = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .parseColumnSpecs */ .gw)(mlmodel.signature?.inputs, `${file}: signature.inputs`);
    if (declared) {
        const problems = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .signatureMismatch */ .LP)(declared, example.header, options.labelColumn);
        if (problems.length > 0)
            throw new _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .MLmodelError */ .tE(`the signature in ${file} does not match the test file's columns: ${problems.join("; ")}. Save the model with a signature of the feature columns (or none: trainyard adds it)`);
    }
    const lookup = await (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_11__/* .findPython */ .Kq)(context.env, options.python);
    if ("skip" in lookup)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the training command wrote an MLflow Model (${file}), but it cannot be checked: ${lookup.skip}. Nothing is registered unchecked`);
    const runtime = lookup.runtime;
    const signedInputs = declared ?? inputs;
    const files = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .inputExampleFiles */ .Qk)(signedInputs, example.header, example.rows);
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "trainyard-package-"));
    try {
        const inputFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, "input.csv");
        const predictionsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, "predictions.csv");
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(inputFile, toCsv(example.header, example.rows));
        // Sign before the check, so the check loads the model with the signature it will be served with.
        const signed = {
            ...mlmodel,
            ...(declared ? {} : { signature: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .signatureOf */ .yK)(inputs, null) }),
            ...(mlmodel.saved_input_example_info ? {} : { saved_input_example_info: _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .INPUT_EXAMPLE_INFO */ .nQ }),
        };
        if (!mlmodel.saved_input_example_info) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .INPUT_EXAMPLE_FILE */ .Z0), files.inputExample);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .SERVING_INPUT_FILE */ .LK), files.servingInput);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMLmodel */ .T5)(signed));
        const check = await (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_11__/* .runHelper */ .UA)(runtime.executable, [
            "predict",
            "--model",
            options.modelDir,
            "--input",
            inputFile,
            "--output",
            predictionsFile,
            "--label",
            options.labelColumn,
        ], { env: context.env, timeoutMs: options.timeoutMs });
        if (!check.ok) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMLmodel */ .T5)(mlmodel));
            throw new _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .MLmodelError */ .tE(`the MLflow Model the training command wrote (${file}) does not load and predict with ${runtime.executable} (mlflow ${runtime.mlflowVersion}): ${String(check.payload.error)}`);
        }
        const predicted = parseCsvLines(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(predictionsFile, "utf8"));
        const rawColumns = check.payload.raw_columns ?? [];
        const outputs = rawColumns.length > 0 ? (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .outputSchema */ .fe)(predicted.header, predicted.rows) : undefined;
        const flavors = Object.keys(mlmodel.flavors).sort();
        const finalDocument = {
            ...signed,
            ...(declared ? {} : { signature: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .signatureOf */ .yK)(inputs, outputs ?? null) }),
            metadata: {
                ...(mlmodel.metadata ?? {}),
                [_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .TRAINYARD_METADATA_KEY */ .P8]: { packaging: "native", flavors },
            },
        };
        const pins = await pythonPins(options.cwd, options.lockfiles);
        if (!(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "requirements.txt"))))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "requirements.txt"), `${(0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .requirementsFor */ .eK)(runtime.mlflowVersion, pins).join("\n")}\n`);
        if (!(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "python_env.yaml"))))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, "python_env.yaml"), (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .pythonEnvYaml */ .rp)(runtime.pythonVersion));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .renderMLmodel */ .T5)(finalDocument));
        return {
            packaging: "native",
            flavors,
            inputColumns: signedInputs.length,
            outputColumns: predicted.header,
            seconds: (Date.now() - started) / 1000,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * Makes the trained model folder an MLflow Model MLflow 3.x loads: an MLmodel with a python_function flavor,
 * a signature of the test file's feature columns, an input example and the environment. A model the
 * training command saved as an MLflow Model keeps its flavors; any other is wrapped around the predict
 * command. Already packaged (a reused model) is left as it is.
 */
async function packageModel(context, options) {
    const started = Date.now();
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .MLMODEL_FILE */ .my);
    const existing = (await exists(file)) ? (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .parseMLmodel */ .Yg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, "utf8"), file) : undefined;
    const ours = existing?.metadata?.[_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .TRAINYARD_METADATA_KEY */ .P8];
    if (existing && ours?.packaging) {
        return {
            packaging: ours.packaging === "native" ? "native" : "wrapped",
            flavors: Object.keys(existing.flavors).sort(),
            inputColumns: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .parseColumnSpecs */ .gw)(existing.signature?.inputs, file)?.length ?? 0,
            outputColumns: (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .parseColumnSpecs */ .gw)(existing.signature?.outputs, file)?.map((c) => c.name) ?? [],
            seconds: (Date.now() - started) / 1000,
        };
    }
    const example = await exampleRows(options.testFile);
    if (!example.header.includes(options.labelColumn))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the test file ${options.testFile} has no label column "${options.labelColumn}" (evaluate.label_column in trainyard.yml); its columns are ${example.header.join(", ")}`);
    const profile = options.profile ?? inferredProfile(example.header, example.rows);
    const inputs = (0,_mlmodel_js__WEBPACK_IMPORTED_MODULE_10__/* .inputSchema */ .is)(example.header, profile, options.labelColumn);
    return existing
        ? packageNative(context, options, existing, inputs, example)
        : packageWrapped(context, options, inputs, example);
}


/***/ }),

/***/ 15379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ compareServing),
/* harmony export */   g_: () => (/* binding */ DEFAULT_MAX_ABS_DIFF),
/* harmony export */   yZ: () => (/* binding */ headRows)
/* harmony export */ });
/* unused harmony export SHOWN_ROWS */
/**
 * Serving parity: the predictions of the packaged model, loaded as a server loads it, against the
 * predictions evaluate measured, row by row. Pure functions on parsed tables.
 */
const DEFAULT_MAX_ABS_DIFF = 1e-6;
/** How many differing rows a report shows. */
const SHOWN_ROWS = 5;
const SCORE = /^(score|proba_.+)$/;
function sameLabel(a, b) {
    const left = a.trim();
    const right = b.trim();
    if (left === right)
        return true;
    // 1 and 1.0 are the same label once a framework has turned integers into floats.
    const x = Number(left);
    const y = Number(right);
    return left !== "" && right !== "" && Number.isFinite(x) && Number.isFinite(y) && x === y;
}
/**
 * Compares the packaged model's predictions (`served`) with evaluate's (`evaluated`): the same labels, and
 * every score within `maxAllowed`. A binary model may answer `proba_<positive>` for `score`.
 */
function compareServing(evaluated, served, options = {}) {
    const maxAllowed = options.maxAbsDiff ?? DEFAULT_MAX_ABS_DIFF;
    const base = { maxAllowed, maxAbsDiff: 0, mismatchedRows: 0, firstDiffering: [] };
    const pairs = [];
    for (const column of evaluated.header) {
        if (column !== "prediction" && !SCORE.test(column))
            continue;
        let servedIndex = served.header.indexOf(column);
        if (servedIndex < 0 && column === "score" && options.positiveClass !== undefined)
            servedIndex = served.header.indexOf(`proba_${options.positiveClass}`);
        if (servedIndex >= 0)
            pairs.push([column, evaluated.header.indexOf(column), servedIndex]);
    }
    const columns = pairs.map(([column]) => column);
    const fail = (problem) => ({
        ...base,
        rows: evaluated.rows.length,
        columns,
        passed: false,
        mismatchedRows: evaluated.rows.length,
        problem,
    });
    if (served.rows.length !== evaluated.rows.length)
        return fail(`the served model returned ${served.rows.length} row(s) for ${evaluated.rows.length} test row(s)`);
    if (pairs.length === 0)
        return fail(`the served model's columns (${served.header.join(", ") || "none"}) share none of evaluate's prediction columns (${evaluated.header.join(", ")})`);
    const missing = evaluated.header.filter((column) => (column === "prediction" || SCORE.test(column)) && !columns.includes(column));
    if (missing.length > 0)
        return fail(`the served model does not return ${missing.join(", ")} (it returns ${served.header.join(", ")})`);
    let maxAbsDiff = 0;
    let mismatchedRows = 0;
    const firstDiffering = [];
    for (let row = 0; row < evaluated.rows.length; row++) {
        let differs = false;
        for (const [column, e, s] of pairs) {
            const a = evaluated.rows[row]?.[e] ?? "";
            const b = served.rows[row]?.[s] ?? "";
            let bad;
            let absDiff = null;
            if (column === "prediction")
                bad = !sameLabel(a, b);
            else {
                const x = Number(a);
                const y = Number(b);
                if (a.trim() === "" || b.trim() === "" || !Number.isFinite(x) || !Number.isFinite(y))
                    bad = a.trim() !== b.trim();
                else {
                    absDiff = Math.abs(x - y);
                    maxAbsDiff = Math.max(maxAbsDiff, absDiff);
                    bad = absDiff > maxAllowed;
                }
            }
            if (bad) {
                differs = true;
                if (firstDiffering.length < SHOWN_ROWS)
                    firstDiffering.push({ row: row + 1, column, evaluated: a, served: b, absDiff });
            }
        }
        if (differs)
            mismatchedRows++;
    }
    return {
        rows: evaluated.rows.length,
        columns,
        mismatchedRows,
        maxAbsDiff,
        maxAllowed,
        passed: mismatchedRows === 0,
        firstDiffering,
    };
}
/** The first `count` rows of a table (serve-check compares the input example's rows). */
function headRows(table, count) {
    return { header: table.header, rows: table.rows.slice(0, count) };
}


/***/ }),

/***/ 44841:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ findPython),
/* harmony export */   UA: () => (/* binding */ runHelper)
/* harmony export */ });
/* unused harmony export servingHelperFile */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61927);
/* harmony import */ var _steps_command_command_environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65444);
/* harmony import */ var _python_sources_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94199);







const cache = new Map();
let helperFile;
/** The serving helper, written once per process to a private temporary folder. */
function servingHelperFile() {
    helperFile ??= (async () => {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "trainyard-serving-"));
        // Built at run time, so that the bundler does not take the name for a file to ship.
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, ["trainyard_serving", "py"].join("."));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, _python_sources_js__WEBPACK_IMPORTED_MODULE_6__/* .SERVING_HELPER_SOURCE */ .A, { mode: 0o600 });
        return file;
    })();
    return helperFile;
}
/** Runs the helper with an argument array (no shell), bounded in time; parses its one JSON line. */
async function runHelper(python, args, options) {
    const helper = await servingHelperFile();
    return new Promise((resolveResult, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(python, [helper, ...args], {
            env: {
                ...(0,_steps_command_command_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .commandEnvironment */ .J)(options.env),
                MLFLOW_DISABLE_TELEMETRY: "true",
                DO_NOT_TRACK: "true",
                PYTHONDONTWRITEBYTECODE: "1",
            },
            timeout: options.timeoutMs,
            killSignal: "SIGKILL",
            maxBuffer: 16 * 1024 * 1024,
            encoding: "utf8",
            ...(options.cwd ? { cwd: options.cwd } : {}),
        }, (error, stdout, stderr) => {
            const line = stdout.trim().split("\n").pop() ?? "";
            let payload = {};
            try {
                payload = JSON.parse(line);
            }
            catch {
                // not the helper's answer: reported below with stderr
            }
            const code = error?.code;
            if (code === "ENOENT") {
                reject(new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`no Python at "${python}": it is not installed or not on PATH`));
                return;
            }
            if (error && error.killed) {
                reject(new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`the serving check (${python} ${args[0]}) did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`));
                return;
            }
            if (typeof payload.error === "string") {
                resolveResult({ ok: false, payload, stderr });
                return;
            }
            if (error) {
                resolveResult({
                    ok: false,
                    payload: { error: `${python} exited with code ${code ?? "?"}: ${stderr.trim().slice(-2000)}` },
                    stderr,
                });
                return;
            }
            resolveResult({ ok: true, payload, stderr });
        });
    });
}
/**
 * Finds the Python that loads packaged models: `configured` (an input or trainyard.yml key) when given, and
 * then it must work; else `python3` on PATH when it imports mlflow; else a reason to skip.
 */
function findPython(env, configured) {
    const key = `${configured?.executable ?? ""}\0${env.PATH ?? ""}`;
    let found = cache.get(key);
    if (!found) {
        found = probe(env, configured);
        cache.set(key, found);
    }
    return found;
}
async function probe(env, configured) {
    const executable = configured?.executable ?? "python3";
    const foundBy = configured?.foundBy ?? "python3 on PATH";
    let result;
    try {
        result = await runHelper(executable, ["probe"], { env, timeoutMs: 60_000 });
    }
    catch (error) {
        if (configured)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${configured.foundBy}: ${error.message}`, { cause: error });
        return { skip: `no Python found (looked for python3 on PATH; set serving.python in trainyard.yml)` };
    }
    if (!result.ok) {
        const why = String(result.payload.error ?? result.stderr).trim();
        const noMlflow = /No module named ['"]?mlflow/.test(`${why}\n${result.stderr}`);
        if (configured)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${configured.foundBy} (${executable}) ${noMlflow ? "cannot import mlflow: install it there (pip install mlflow)" : `does not work: ${why.slice(-500)}`}`);
        return {
            skip: noMlflow
                ? `python3 on PATH cannot import mlflow (install mlflow, or set serving.python in trainyard.yml to a Python that has it)`
                : `python3 on PATH does not work: ${why.slice(-300)}`,
        };
    }
    return {
        runtime: {
            executable: String(result.payload.executable ?? executable),
            pythonVersion: String(result.payload.python),
            mlflowVersion: String(result.payload.mlflow),
            foundBy,
        },
    };
}


/***/ }),

/***/ 94199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SERVING_HELPER_SOURCE),
/* harmony export */   I: () => (/* binding */ PYFUNC_WRAPPER_SOURCE)
/* harmony export */ });
// Generated by scripts/embed-serving-python.mjs from src/serving/python/*.py: do not edit by hand.
/** src/serving/python/trainyard_serving.py: loads a packaged model as a server does and predicts with it. */
const SERVING_HELPER_SOURCE = '"""trainyard\'s serving checks: load a packaged MLflow Model the way a server does and predict with it.\n\nRun as an argument array, never through a shell:\n  python trainyard_serving.py probe\n  python trainyard_serving.py predict --model DIR_OR_URI --input CSV --output CSV [--label NAME] [--classes JSON]\n  python trainyard_serving.py serve --model DIR --pyfunc-output CSV --output CSV [--classes JSON] [--timeout S]\nEach prints one JSON line on stdout; a failure prints {"error": ...} and exits 3.\n"""\n\nimport argparse\nimport json\nimport os\nimport signal\nimport socket\nimport subprocess\nimport sys\nimport time\nimport urllib.error\nimport urllib.request\n\nsys.dont_write_bytecode = True\n\n\ndef emit(payload):\n    sys.stdout.write(json.dumps(payload) + "\\n")\n    sys.stdout.flush()\n\n\ndef fail(message, code=3):\n    emit({"error": message})\n    sys.exit(code)\n\n\ndef probe():\n    import platform\n\n    import mlflow\n\n    emit({"python": platform.python_version(), "mlflow": mlflow.__version__, "executable": sys.executable})\n\n\ndef read_typed(path, specs, label):\n    """The CSV rows as a DataFrame typed like the signature\'s inputs (every column text when there is none)."""\n    import pandas as pd\n\n    frame = pd.read_csv(path, dtype=str, keep_default_na=False)\n    if specs is None:\n        keep = [name for name in frame.columns if name != label]\n        frame = frame[keep]\n        for name in keep:\n            frame[name] = frame[name].where(frame[name].str.strip() != "", None)\n        return frame\n    missing = [spec["name"] for spec in specs if spec["name"] not in frame.columns]\n    if missing:\n        fail(f"the input has no column(s) {\', \'.join(missing)} that the model\'s signature requires")\n    out = pd.DataFrame(index=frame.index)\n    for spec in specs:\n        text = frame[spec["name"]]\n        empty = text.str.strip() == ""\n        kind = spec["type"]\n        if kind in ("long", "integer"):\n            numbers = pd.to_numeric(text.where(~empty), errors="coerce")\n            out[spec["name"]] = numbers.astype("int64" if not numbers.isna().any() else "float64")\n        elif kind in ("double", "float"):\n            out[spec["name"]] = pd.to_numeric(text.where(~empty), errors="coerce").astype("float64")\n        elif kind == "boolean":\n            out[spec["name"]] = text.str.strip().str.lower().isin(["true", "1", "yes"])\n        elif kind == "datetime":\n            out[spec["name"]] = pd.to_datetime(text.where(~empty), utc=True, format="ISO8601").dt.tz_localize(None)\n        else:\n            out[spec["name"]] = text.where(~empty, None)\n    return out\n\n\ndef input_specs(model):\n    signature = model.metadata.signature\n    if signature is None or signature.inputs is None:\n        return None\n    return [json.loads(json.dumps(spec)) for spec in signature.inputs.to_dict()]\n\n\ndef model_classes(model):\n    """The classes a classifier\'s flavor knows (scikit-learn\'s classes_), for a probability array\'s columns."""\n    try:\n        raw = model.get_raw_model()\n    except Exception:  # noqa: BLE001 (a flavor without a raw model: no classes)\n        return None\n    classes = getattr(raw, "classes_", None)\n    return [str(c.item() if hasattr(c, "item") else c) for c in classes] if classes is not None else None\n\n\ndef to_contract(result, classes):\n    """Any pyfunc output as the predict contract\'s columns: prediction, and score or proba_<class>."""\n    import numpy as np\n    import pandas as pd\n\n    if isinstance(result, dict):\n        result = pd.DataFrame(result)\n    if isinstance(result, list):\n        result = pd.DataFrame(result) if result and isinstance(result[0], dict) else np.asarray(result)\n    if isinstance(result, pd.Series):\n        result = result.to_frame(name="prediction")\n    if isinstance(result, pd.DataFrame):\n        named = [c for c in result.columns if c in ("prediction", "score") or str(c).startswith("proba_")]\n        if named:\n            return result[named].reset_index(drop=True)\n        if result.shape[1] == 1:\n            return pd.DataFrame({"prediction": result.iloc[:, 0].to_numpy()})\n        result = result.to_numpy()\n    array = np.asarray(result)\n    if array.ndim == 1:\n        return pd.DataFrame({"prediction": array})\n    if array.ndim == 2 and array.shape[1] == 1:\n        return pd.DataFrame({"prediction": array[:, 0]})\n    if array.ndim == 2 and classes and array.shape[1] == len(classes):\n        labels = [classes[i] for i in array.argmax(axis=1)]\n        frame = pd.DataFrame({"prediction": labels})\n        if len(classes) == 2:\n            frame["score"] = array[:, 1].astype("float64")\n        else:\n            for k, name in enumerate(classes):\n                frame[f"proba_{name}"] = array[:, k].astype("float64")\n        return frame\n    fail(f"the model returned an array of shape {list(array.shape)}; expected one value or one probability per class a row")\n\n\ndef load(model_uri):\n    import mlflow.pyfunc\n\n    try:\n        return mlflow.pyfunc.load_model(model_uri)\n    except ModuleNotFoundError as error:\n        fail(f"the model\'s loader needs the Python module {error.name!r}, which is not installed: {error}")\n    except Exception as error:  # noqa: BLE001 (every load failure is reported to trainyard as a message)\n        fail(f"mlflow.pyfunc.load_model({model_uri!r}) failed: {type(error).__name__}: {error}")\n\n\ndef predict(args):\n    started = time.monotonic()\n    model = load(args.model)\n    loaded = time.monotonic()\n    classes = json.loads(args.classes) if args.classes else model_classes(model)\n    specs = input_specs(model)\n    frame = read_typed(args.input, specs, args.label)\n    try:\n        result = model.predict(frame)\n    except Exception as error:  # noqa: BLE001\n        fail(f"the loaded model failed to predict: {type(error).__name__}: {error}")\n    contract = to_contract(result, classes)\n    contract.to_csv(args.output, index=False, float_format="%.17g")\n    flavors = sorted(model.metadata.flavors)\n    emit(\n        {\n            "rows": len(contract),\n            "columns": list(contract.columns),\n            "flavors": flavors,\n            "loader_module": model.metadata.flavors["python_function"].get("loader_module"),\n            "load_seconds": loaded - started,\n            "predict_seconds": time.monotonic() - loaded,\n            "raw_columns": [str(c) for c in getattr(result, "columns", [])],\n        }\n    )\n\n\ndef free_port():\n    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:\n        sock.bind(("127.0.0.1", 0))\n        return sock.getsockname()[1]\n\n\ndef serve(args):\n    """Loads the model with pyfunc and predicts its input example, then serves it with mlflow models serve\n    and posts the serving input example to /invocations; both answers go to CSV files."""\n    from mlflow.models import Model\n\n    model = load(args.model)\n    classes = json.loads(args.classes) if args.classes else model_classes(model)\n    metadata = Model.load(args.model)\n    info = metadata.saved_input_example_info or {}\n    if not info.get("serving_input_path"):\n        fail("the model has no serving input example (saved_input_example_info.serving_input_path in MLmodel)")\n    example = metadata.load_input_example(args.model)\n    try:\n        in_process = model.predict(example)\n    except Exception as error:  # noqa: BLE001\n        fail(f"the loaded model failed to predict its input example: {type(error).__name__}: {error}")\n    to_contract(in_process, classes).to_csv(args.pyfunc_output, index=False, float_format="%.17g")\n    body_path = os.path.join(args.model, info["serving_input_path"])\n    port = free_port()\n    log_path = args.output + ".server.log"\n    command = [\n        sys.executable, "-m", "mlflow", "models", "serve",\n        "-m", args.model, "--env-manager", "local", "-h", "127.0.0.1", "-p", str(port), "-w", "1",\n    ]\n    started = time.monotonic()\n    with open(log_path, "w", encoding="utf-8") as log:\n        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)\n    try:\n        base = f"http://127.0.0.1:{port}"\n        deadline = started + args.timeout\n        while True:\n            if server.poll() is not None:\n                fail(f"mlflow models serve exited with code {server.returncode} before answering: {tail(log_path)}")\n            try:\n                with urllib.request.urlopen(base + "/ping", timeout=2) as response:\n                    if response.status == 200:\n                        break\n            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):\n                pass\n            if time.monotonic() > deadline:\n                fail(f"mlflow models serve did not answer /ping within {args.timeout} s: {tail(log_path)}")\n            time.sleep(0.25)\n        ready = time.monotonic()\n        with open(body_path, "rb") as handle:\n            body = handle.read()\n        request = urllib.request.Request(\n            base + "/invocations", data=body, headers={"Content-Type": "application/json"}, method="POST"\n        )\n        try:\n            with urllib.request.urlopen(request, timeout=max(5, deadline - time.monotonic())) as response:\n                answer = json.loads(response.read().decode("utf-8"))\n        except urllib.error.HTTPError as error:\n            fail(f"/invocations answered HTTP {error.code}: {error.read().decode(\'utf-8\', \'replace\')[:2000]}")\n        predictions = answer.get("predictions", answer) if isinstance(answer, dict) else answer\n        contract = to_contract(predictions, classes)\n        contract.to_csv(args.output, index=False, float_format="%.17g")\n        emit(\n            {\n                "rows": len(contract),\n                "columns": list(contract.columns),\n                "example_rows": len(example),\n                "port": port,\n                "start_seconds": ready - started,\n                "invoke_seconds": time.monotonic() - ready,\n            }\n        )\n    finally:\n        stop(server)\n\n\ndef tail(path):\n    try:\n        with open(path, encoding="utf-8", errors="replace") as handle:\n            return handle.read()[-1500:]\n    except OSError:\n        return ""\n\n\ndef stop(server):\n    if server.poll() is not None:\n        return\n    try:\n        os.killpg(server.pid, signal.SIGTERM)\n        server.wait(timeout=10)\n    except (ProcessLookupError, subprocess.TimeoutExpired):\n        try:\n            os.killpg(server.pid, signal.SIGKILL)\n        except ProcessLookupError:\n            pass\n        server.wait(timeout=10)\n\n\ndef main():\n    parser = argparse.ArgumentParser(prog="trainyard_serving")\n    commands = parser.add_subparsers(dest="command", required=True)\n    commands.add_parser("probe")\n    p = commands.add_parser("predict")\n    p.add_argument("--model", required=True)\n    p.add_argument("--input", required=True)\n    p.add_argument("--output", required=True)\n    p.add_argument("--label", default="")\n    p.add_argument("--classes", default="")\n    s = commands.add_parser("serve")\n    s.add_argument("--model", required=True)\n    s.add_argument("--pyfunc-output", required=True)\n    s.add_argument("--output", required=True)\n    s.add_argument("--classes", default="")\n    s.add_argument("--timeout", type=float, default=120)\n    args = parser.parse_args()\n    if args.command == "probe":\n        probe()\n    elif args.command == "predict":\n        predict(args)\n    else:\n        serve(args)\n\n\nif __name__ == "__main__":\n    main()\n';
/** src/serving/python/trainyard_pyfunc.py: the models-from-code wrapper of a predict command. */
const PYFUNC_WRAPPER_SOURCE = '"""trainyard\'s wrapper of a predict command as an MLflow python_function model (models-from-code).\n\npredict(DataFrame) writes the rows to a CSV file, runs the model\'s predict command without a shell under\ntrainyard\'s predict contract (TRAINYARD_MODEL_DIR, TRAINYARD_INPUT_FILE, TRAINYARD_PREDICTIONS_FILE) and\nreturns the predictions file as a DataFrame. The command\'s files are in code/ next to this file; its\nruntime (for example node or python) must be on the serving host\'s PATH.\n"""\n\nimport json\nimport os\nimport subprocess\nimport tempfile\n\nimport mlflow\nimport pandas as pd\n\nHERE = os.path.dirname(os.path.abspath(__file__))\n\n\nclass TrainyardPredictCommand(mlflow.pyfunc.PythonModel):\n    def load_context(self, context):\n        with open(os.path.join(HERE, "trainyard_predict.json"), encoding="utf-8") as handle:\n            self.settings = json.load(handle)\n\n    def predict(self, context, model_input, params=None):\n        settings = self.settings\n        frame = model_input if isinstance(model_input, pd.DataFrame) else pd.DataFrame(model_input)\n        with tempfile.TemporaryDirectory(prefix="trainyard-predict-") as scratch:\n            input_file = os.path.join(scratch, "input.csv")\n            predictions_file = os.path.join(scratch, "predictions.csv")\n            frame.to_csv(input_file, index=False)\n            env = dict(os.environ)\n            env.update(\n                TRAINYARD_MODEL_DIR=HERE,\n                TRAINYARD_INPUT_FILE=input_file,\n                TRAINYARD_PREDICTIONS_FILE=predictions_file,\n            )\n            try:\n                done = subprocess.run(\n                    settings["argv"],\n                    cwd=os.path.join(HERE, settings["cwd"]),\n                    env=env,\n                    capture_output=True,\n                    text=True,\n                    timeout=settings.get("timeout_seconds", 600),\n                    check=False,\n                )\n            except FileNotFoundError as error:\n                raise RuntimeError(\n                    f"the predict command {settings[\'argv\'][0]!r} is not on this host\'s PATH: "\n                    "a wrapped trainyard model needs the predict command\'s runtime where it is served"\n                ) from error\n            if done.returncode != 0:\n                raise RuntimeError(\n                    f"the predict command {\' \'.join(settings[\'argv\'])} exited with code "\n                    f"{done.returncode}: {done.stderr[-2000:]}"\n                )\n            return pd.read_csv(predictions_file)\n\n\nmlflow.models.set_model(TrainyardPredictCommand())\n';


/***/ }),

/***/ 81100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qf: () => (/* binding */ servingSettings),
/* harmony export */   vJ: () => (/* binding */ lookupPython),
/* harmony export */   wd: () => (/* binding */ checkServingParity)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51842);
/* harmony import */ var _package_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86804);
/* harmony import */ var _parity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(15379);
/* harmony import */ var _python_runtime_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44841);







/** gate.serving_parity and serving.python from trainyard.yml, then TRAINYARD_PYTHON, then python3 on PATH. */
function servingSettings(context, config, pythonInput) {
    const parity = config?.config.gate?.serving_parity;
    const configured = config?.config.serving?.python;
    const python = pythonInput?.value
        ? { executable: pythonInput.value, foundBy: pythonInput.label }
        : configured
            ? { executable: configured, foundBy: "serving.python in trainyard.yml" }
            : context.env.TRAINYARD_PYTHON
                ? { executable: context.env.TRAINYARD_PYTHON, foundBy: "the TRAINYARD_PYTHON environment variable" }
                : undefined;
    return {
        enabled: parity?.enabled ?? true,
        maxAbsDiff: parity?.max_abs_diff ?? _parity_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_ABS_DIFF */ .g_,
        ...(python ? { python } : {}),
    };
}
function lookupPython(context, settings) {
    return (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .findPython */ .Kq)(context.env, settings.python);
}
/**
 * Loads the packaged model the way a server does (a fresh Python process, mlflow.pyfunc.load_model on the
 * run's `model` artifact as it will be registered, else the local folder), predicts the test rows and
 * compares with evaluate's predictions.
 */
async function checkServingParity(context, options) {
    const started = Date.now();
    const maxAllowed = options.settings.maxAbsDiff;
    if (!options.settings.enabled)
        return { status: "skip", reason: "gate.serving_parity.enabled is false", maxAllowed };
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_3__/* .MLMODEL_FILE */ .my)).catch(() => undefined)))
        return {
            status: "fail",
            reason: `the model folder ${options.modelDir} has no MLmodel: it is not an MLflow Model, so no server can load it`,
            maxAllowed,
        };
    const lookup = await lookupPython(context, options.settings);
    if ("skip" in lookup)
        return { status: "skip", reason: lookup.skip, maxAllowed };
    const runtime = lookup.runtime;
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "trainyard-parity-"));
    try {
        let modelPath = options.modelDir;
        let source = "the local model folder";
        if (options.runId && options.tracker) {
            modelPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "model");
            await options.tracker.downloadArtifacts(options.runId, "model", modelPath);
            source = `the model artifact of run ${options.runId}, as it will be registered`;
        }
        const served = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, "served.csv");
        const result = await (0,_python_runtime_js__WEBPACK_IMPORTED_MODULE_5__/* .runHelper */ .UA)(runtime.executable, [
            "predict",
            "--model",
            modelPath,
            "--input",
            options.testFile,
            "--output",
            served,
            "--label",
            options.labelColumn,
            ...(options.classes ? ["--classes", JSON.stringify(options.classes)] : []),
        ], { env: context.env, timeoutMs: options.timeoutMs });
        const common = {
            python: runtime.executable,
            foundBy: runtime.foundBy,
            mlflowVersion: runtime.mlflowVersion,
            source,
            maxAllowed,
        };
        if (!result.ok)
            return {
                status: "fail",
                reason: `the packaged model does not load or predict: ${String(result.payload.error)}`,
                ...common,
                seconds: (Date.now() - started) / 1000,
            };
        const evaluated = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(options.predictionsFile, "utf8"));
        const servedTable = (0,_package_model_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCsvLines */ .F1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(served, "utf8"));
        const parity = (0,_parity_js__WEBPACK_IMPORTED_MODULE_6__/* .compareServing */ .Kg)(evaluated, servedTable, {
            maxAbsDiff: maxAllowed,
            ...(options.positiveClass !== undefined ? { positiveClass: options.positiveClass } : {}),
        });
        return {
            status: parity.passed ? "pass" : "fail",
            ...(parity.problem ? { reason: parity.problem } : {}),
            ...common,
            rows: parity.rows,
            columns: parity.columns,
            mismatchedRows: parity.mismatchedRows,
            maxAbsDiff: parity.maxAbsDiff,
            firstDiffering: parity.firstDiffering,
            loadSeconds: Number(result.payload.load_seconds ?? 0),
            predictSeconds: Number(result.payload.predict_seconds ?? 0),
            seconds: (Date.now() - started) / 1000,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 20153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HO: () => (/* binding */ servingParityOf),
/* harmony export */   z6: () => (/* binding */ packageTrainedModel)
/* harmony export */ });
/* unused harmony export labelColumnOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _steps_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20030);
/* harmony import */ var _steps_step_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22140);
/* harmony import */ var _mlmodel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51842);
/* harmony import */ var _package_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86804);
/* harmony import */ var _serving_parity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81100);






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
    const native = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19)).then((fs) => fs.stat((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.modelDir, _mlmodel_js__WEBPACK_IMPORTED_MODULE_3__/* .MLMODEL_FILE */ .my)).then(() => true, () => false));
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

/***/ 58306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ subsetPredictions),
/* harmony export */   SR: () => (/* binding */ bootstrapMetrics),
/* harmony export */   TE: () => (/* binding */ pairedBootstrapMetrics),
/* harmony export */   oW: () => (/* binding */ rowCount),
/* harmony export */   tZ: () => (/* binding */ metricValues)
/* harmony export */ });
/* unused harmony export bootstrapBinaryUnits */
/* harmony import */ var _bootstrap_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81641);
/* harmony import */ var _bootstrap_workers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91435);
/* harmony import */ var _metric_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29050);
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
    const method = options.method ?? resampleMethod(rows);
    if (method !== "poisson")
        throw new RangeError(`weighted units need the Poisson bootstrap (at least ${POISSON_MIN_ROWS} rows); measure ${rows} rows as rows`);
    const names = METRICS_BY_TASK.binary;
    const units = { task: "binary", labels, scores };
    const estimates = valuesInOrder(units, counts);
    const values = new ResampleValues(names.length, options.resamples);
    if (options.resamples > 0) {
        // The units laid out as prepareResamples lays out rows (one "row" per unit; "multinomial" only so that
        // it returns each one's unit), then weighted by their counts and drawn by Poisson.
        const prepared = prepareResamples([units], "multinomial");
        if (prepared.job.kind !== "binary" || prepared.job.unitOfRow === undefined)
            throw new Error("binary units gave no unit layout");
        const multiplicity = new Float64Array(prepared.job.multiplicity.length);
        for (let i = 0; i < counts.length; i++) {
            const u = prepared.job.unitOfRow[i];
            multiplicity[u] = multiplicity[u] + counts[i];
        }
        const job = { ...prepared.job, rows, multiplicity, unitOfRow: undefined, method: "poisson" };
        const threads = bootstrapThreads(multiplicity.length * options.resamples, options.threads);
        const computed = computeResamples({ job, models: 1, metrics: names.length, estimates: [estimates] }, options.seed, options.resamples, threads);
        for (let r = 0; r < options.resamples; r++)
            for (let i = 0; i < names.length; i++)
                values.add(i, computed[r * names.length + i]);
    }
    return Object.fromEntries(names.map((name, i) => [name, values.interval(i, estimates[i], options.confidence)]));
}


/***/ }),

/***/ 65444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ commandEnvironment)
/* harmony export */ });
/**
 * Credentials trainyard uses itself and the user's command has no need for: the tracking token and password
 * (trainyard logs to MLflow for the command), GitHub's tokens, and the action's own inputs. AWS credentials
 * stay: training code may read its data from S3.
 */
const WITHHELD = new Set([
    "MLFLOW_TRACKING_TOKEN",
    "MLFLOW_TRACKING_PASSWORD",
    "GITHUB_TOKEN",
    "GH_TOKEN",
    "ACTIONS_RUNTIME_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_URL",
]);
/** The environment a user command starts from: the parent's, without trainyard's credentials and inputs. */
function commandEnvironment(parent) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (WITHHELD.has(name) || name.startsWith("INPUT_"))
            continue;
        env[name] = value;
    }
    return env;
}


/***/ }),

/***/ 81051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ CommandNotFoundError),
  d: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/command/process-memory.js

const PAGE_SIZE = 4096;
/**
 * The resident memory of every process in a process group, from /proc (Linux). Undefined elsewhere or when
 * /proc cannot be read, so callers record "unknown" instead of a wrong number.
 */
async function processGroupRss(groupId) {
    if (process.platform !== "linux")
        return undefined;
    let entries;
    try {
        entries = await (0,promises_.readdir)("/proc");
    }
    catch {
        return undefined;
    }
    let total = 0;
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = await (0,promises_.readFile)(`/proc/${entry}/stat`, "latin1").catch(() => undefined);
        if (!stat)
            continue;
        // The command name (field 2) may contain spaces and parentheses: parse after its closing ")".
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(fields[2]) !== groupId)
            continue;
        total += Number(fields[21]) * PAGE_SIZE;
    }
    return total;
}
/** Samples the process group's memory until stopped; `peak` is the highest total seen. */
function samplePeakMemory(groupId, intervalMs = 250) {
    let peak;
    let stopped = false;
    let pending = Promise.resolve();
    const sample = () => {
        pending = processGroupRss(groupId).then((rss) => {
            if (rss !== undefined && rss > 0)
                peak = Math.max(peak ?? 0, rss);
        });
    };
    sample();
    const timer = setInterval(() => {
        if (!stopped)
            sample();
    }, intervalMs);
    timer.unref();
    return {
        async stop() {
            stopped = true;
            clearInterval(timer);
            await pending;
            return peak;
        },
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/command/run-command.js



class CommandNotFoundError extends user_error/* UserError */.yo {
    program;
    constructor(program, cwd) {
        super(`command not found: "${program}" (looked up on PATH from ${cwd}); check the spelling, that it is installed on this runner, or give its path`);
        this.program = program;
        this.name = "CommandNotFoundError";
    }
}
function killGroup(pid, signal) {
    try {
        // A negative pid signals the whole process group the command leads (it was spawned detached).
        process.kill(process.platform === "win32" ? pid : -pid, signal);
    }
    catch {
        // already gone
    }
}
function lineSplitter(emit) {
    let rest = "";
    return {
        push(chunk) {
            const parts = (rest + chunk).split(/\r?\n/);
            rest = parts.pop() ?? "";
            for (const part of parts)
                emit(part);
        },
        end() {
            if (rest)
                emit(rest);
            rest = "";
        },
    };
}
/**
 * Runs a user command in its own process group, streaming its output line by line, keeping the last lines,
 * sampling the peak memory of its whole process tree, and stopping the whole tree on timeout or when this
 * process receives SIGTERM/SIGINT (a runner cancel): a training never outlives its step.
 */
function runCommand(options) {
    const [program, ...args] = options.argv;
    if (!program)
        throw new Error("runCommand: empty argv");
    const tailSize = options.tailLines ?? 200;
    const grace = options.killGraceMs ?? 10_000;
    const tail = [];
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(program, args, {
            cwd: options.cwd,
            env: options.env,
            detached: process.platform !== "win32",
            stdio: ["ignore", "pipe", "pipe"],
            windowsHide: true,
        });
        if (child.pid !== undefined)
            options.onSpawn?.(child.pid);
        let ending = "exited";
        let killTimer;
        const stop = (why) => {
            if (ending !== "exited" || child.pid === undefined)
                return;
            ending = why;
            killGroup(child.pid, "SIGTERM");
            killTimer = setTimeout(() => {
                if (child.pid !== undefined)
                    killGroup(child.pid, "SIGKILL");
            }, grace);
        };
        const timeout = options.timeoutMs !== undefined ? setTimeout(() => stop("timeout"), options.timeoutMs) : undefined;
        const signals = options.forwardSignals ?? ["SIGTERM", "SIGINT"];
        const onSignal = () => stop("cancelled");
        for (const signal of signals)
            process.on(signal, onSignal);
        const memory = child.pid !== undefined ? samplePeakMemory(child.pid) : undefined;
        const keep = (stream) => (line) => {
            tail.push(line);
            if (tail.length > tailSize)
                tail.shift();
            options.onLine(line, stream);
        };
        const out = lineSplitter(keep("stdout"));
        const err = lineSplitter(keep("stderr"));
        child.stdout?.setEncoding("utf8").on("data", (chunk) => out.push(chunk));
        child.stderr?.setEncoding("utf8").on("data", (chunk) => err.push(chunk));
        const cleanUp = () => {
            if (timeout)
                clearTimeout(timeout);
            for (const signal of signals)
                process.off(signal, onSignal);
        };
        child.on("error", async (error) => {
            cleanUp();
            await memory?.stop();
            if (error.code === "ENOENT")
                reject(new CommandNotFoundError(program, options.cwd));
            else if (error.code === "EACCES")
                reject(new user_error/* UserError */.yo(`cannot run "${program}": permission denied (is it executable?)`));
            else
                reject(error);
        });
        // Children the command left behind in its group are stopped too (they may hold its output open).
        child.on("exit", () => {
            if (child.pid !== undefined)
                killGroup(child.pid, "SIGKILL");
        });
        child.on("close", async (exitCode, signal) => {
            cleanUp();
            out.end();
            err.end();
            if (killTimer)
                clearTimeout(killTimer);
            const peakMemoryBytes = await memory?.stop();
            resolve({
                exitCode,
                signal,
                ending,
                durationSeconds: (performance.now() - started) / 1000,
                ...(peakMemoryBytes !== undefined ? { peakMemoryBytes } : {}),
                tail,
            });
        });
    });
}


/***/ }),

/***/ 44997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ splitCommand)
/* harmony export */ });
/* unused harmony export CommandLineError */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

/**
 * Splits a command line into arguments the way a POSIX shell would for plain words and quotes, without
 * running a shell: no variables, globs, pipes or redirections. The user's command then runs as an argument
 * array, so no input can ever be interpreted by a shell.
 */
const SHELL_OPERATORS = new Set(["|", "||", "&", "&&", ";", ">", ">>", "<", "<<", "2>", "2>&1", "$(", "`"]);
class CommandLineError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(message) {
        super(message);
        this.name = "CommandLineError";
    }
}
function splitCommand(line, what = "command") {
    const args = [];
    let current = "";
    let inWord = false;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (quote === "'") {
            if (char === "'")
                quote = undefined;
            else
                current += char;
            continue;
        }
        if (quote === '"') {
            if (char === '"')
                quote = undefined;
            else if (char === "\\" && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
                current += line[i + 1];
                i++;
            }
            else
                current += char;
            continue;
        }
        if (char === "'" || char === '"') {
            quote = char;
            inWord = true;
        }
        else if (char === "\\" && i + 1 < line.length) {
            current += line[i + 1];
            inWord = true;
            i++;
        }
        else if (/\s/.test(char)) {
            if (inWord)
                args.push(current);
            current = "";
            inWord = false;
        }
        else {
            current += char;
            inWord = true;
        }
    }
    if (quote)
        throw new CommandLineError(`${what}: unclosed ${quote} quote in ${JSON.stringify(line)}`);
    if (inWord)
        args.push(current);
    if (args.length === 0)
        throw new CommandLineError(`${what} is empty`);
    const operator = args.find((arg) => SHELL_OPERATORS.has(arg));
    if (operator) {
        throw new CommandLineError(`${what} ${JSON.stringify(line)} uses the shell operator "${operator}", but trainyard runs commands without a shell (so no input can ever be executed as shell code); put the steps in a script and run that, e.g. "bash train.sh"`);
    }
    return args;
}


/***/ }),

/***/ 49416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ COMPARE_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30420);
/* harmony import */ var _evaluate_evaluate_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15952);


/** champion-challenger's inputs, as `actions/champion-challenger/action.yml` declares them. */
const COMPARE_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    evaluations: {
        description: "The candidates' evaluation.json (repeatable); the best is the challenger",
        required: true,
        cli: { placeholder: "file|glob", multiple: true },
    },
    ..._evaluate_evaluate_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MEASUREMENT_INPUTS */ .$,
    model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
    "validation-report": { description: "validate-data's report", cli: { placeholder: "file" } },
    "output-dir": { description: "Where comparison.json/.md go", cli: { placeholder: "dir" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DECISION_INPUTS */ .vD,
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_TOKEN_INPUT */ .vu,
};


/***/ }),

/***/ 34048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yy: () => (/* binding */ compareStep)
});

// UNUSED EXPORTS: ChallengerRejectedError, bestCandidate

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/comparison-report.js
var comparison_report = __webpack_require__(79128);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/contract-file.js
var contract_file = __webpack_require__(88689);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/evaluation-report.js
var evaluation_report = __webpack_require__(12033);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/validation-report.js
var validation_report = __webpack_require__(56230);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: ./.cache/build/lib/github/sticky-comment.js
var sticky_comment = __webpack_require__(42448);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-names.js
var metric_names = __webpack_require__(29050);
// EXTERNAL MODULE: ./.cache/build/lib/config/trainyard-config.js + 1 modules
var trainyard_config = __webpack_require__(35719);
// EXTERNAL MODULE: ./.cache/build/lib/policy/format-number.js
var format_number = __webpack_require__(42029);
;// CONCATENATED MODULE: ./.cache/build/lib/policy/rule-common.js



/**
 * `value ≤ bound` up to floating-point rounding, so that a regression of 0.72 − 0.70 = 0.020000000000000018
 * meets `max_regression: 0.02` as the person who wrote it meant.
 */
function atMost(value, bound) {
    return value <= bound + 1e-12 * Math.max(1, Math.abs(bound));
}
/** How much worse `value` is than `reference` in the metric's good direction (positive = worse). */
function regressionOf(metric, value, reference) {
    return (0,metric_names/* higherIsBetter */.i2)(metric) ? reference - value : value - reference;
}
function taskMetrics(task) {
    return trainyard_config/* METRICS_BY_TASK */.GT[task];
}
function isTaskMetric(metric, task) {
    return taskMetrics(task).includes(metric);
}
function notOfTask(base, task) {
    return {
        ...base,
        observed: null,
        verdict: "fail",
        message: `${base.metric} is not a ${task} metric; ${task} metrics are ${taskMetrics(task).join(", ")}`,
    };
}
function finiteOrNull(value) {
    return value !== undefined && Number.isFinite(value) ? value : null;
}
function directionPhrase(metric) {
    return (0,metric_names/* higherIsBetter */.i2)(metric) ? "higher is better" : "lower is better";
}
/** "NaN" in messages, where the reader must see that the value exists but is not a number. */
function messageNumber(value) {
    return Number.isNaN(value) ? "NaN" : (0,format_number/* formatNumber */.ZV)(value);
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/comparison-rows.js


function toRecord(interval) {
    return {
        value: finiteOrNull(interval.value),
        low: finiteOrNull(interval.low),
        high: finiteOrNull(interval.high),
        resamples: interval.resamples,
    };
}
const NOT_COMPUTED = { value: null, low: null, high: null, resamples: 0 };
function compareMetrics(input) {
    return taskMetrics(input.task).map((metric) => {
        const challenger = input.challenger[metric];
        const champion = input.champion?.[metric];
        const delta = input.deltas?.[metric];
        return {
            metric,
            higherIsBetter: (0,metric_names/* higherIsBetter */.i2)(metric),
            challenger: challenger ? toRecord(challenger) : { ...NOT_COMPUTED },
            ...(champion ? { champion: toRecord(champion) } : {}),
            ...(delta ? { delta: toRecord(delta) } : {}),
        };
    });
}
/** Every slice on the primary metric, worst first: largest regression, or without a champion the worst value. */
function compareSlices(input, metric) {
    const compared = input.slices.map((slice) => {
        const challenger = finiteOrNull(slice.challenger[metric]);
        if (!input.champion || !slice.champion)
            return { column: slice.column, value: slice.value, rows: slice.rows, metric, challenger };
        const champion = finiteOrNull(slice.champion[metric]);
        const regression = challenger !== null && champion !== null ? regressionOf(metric, challenger, champion) : null;
        return {
            column: slice.column,
            value: slice.value,
            rows: slice.rows,
            metric,
            challenger,
            champion,
            regression,
        };
    });
    // Sort key "badness": regression, or the value turned so that larger is worse.
    const badness = (slice) => {
        if (slice.regression !== undefined)
            return slice.regression;
        if (slice.challenger === null)
            return null;
        return (0,metric_names/* higherIsBetter */.i2)(metric) ? -slice.challenger : slice.challenger;
    };
    return compared
        .map((slice) => ({ slice, key: badness(slice) }))
        .sort((a, b) => {
        if (a.key !== b.key) {
            if (a.key === null)
                return 1;
            if (b.key === null)
                return -1;
            return b.key - a.key;
        }
        return compareText(a.slice.column, b.slice.column) || compareText(a.slice.value, b.slice.value);
    })
        .map(({ slice }) => slice);
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/guardrail-rules.js


function guardrailRules({ input }, guardrails) {
    return Object.entries(guardrails ?? {}).flatMap(([metric, guardrail]) => guardrail ? [guardrailRule(input, metric, guardrail.max_regression)] : []);
}
function guardrailRule(input, metric, maxRegression) {
    const base = {
        id: `guardrail.${metric}`,
        kind: "guardrail",
        metric,
        bound: `regression ≤ ${(0,format_number/* formatSetting */.w_)(maxRegression)}`,
    };
    if (!isTaskMetric(metric, input.task))
        return notOfTask(base, input.task);
    if (!input.champion) {
        return {
            ...base,
            observed: null,
            verdict: "skip",
            message: `no champion yet: no ${metric} to regress from`,
        };
    }
    const challenger = input.challenger[metric]?.value ?? Number.NaN;
    const champion = input.champion[metric]?.value ?? Number.NaN;
    const change = `${messageNumber(champion)} → ${messageNumber(challenger)}`;
    if (Number.isNaN(challenger) || Number.isNaN(champion)) {
        return {
            ...base,
            observed: null,
            verdict: "fail",
            message: `${metric} is not a number (${change}), so its regression cannot be measured`,
        };
    }
    const regression = regressionOf(metric, challenger, champion);
    const passed = atMost(regression, maxRegression);
    return {
        ...base,
        observed: regression,
        verdict: passed ? "pass" : "fail",
        message: passed
            ? `${metric} ${change}: regression ${(0,format_number/* formatNumber */.ZV)(regression)} within max_regression ${(0,format_number/* formatSetting */.w_)(maxRegression)}`
            : `${metric} regressed by ${(0,format_number/* formatNumber */.ZV)(regression)} (${change}, ${directionPhrase(metric)}), more than max_regression ${(0,format_number/* formatSetting */.w_)(maxRegression)}`,
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/limit-rules.js


const BYTES_PER_MB = 1_000_000;
function limitRules(input, limits) {
    const rules = [];
    if (limits?.model_size_mb !== undefined) {
        const megabytes = input.modelSizeBytes / BYTES_PER_MB;
        rules.push(limitRule("limit.model_size_mb", megabytes, limits.model_size_mb, `model size ${(0,format_number/* formatMeasure */.os)(megabytes)} MB (${(0,format_number/* formatCount */.B4)(input.modelSizeBytes)} bytes, 1 MB = 1,000,000 bytes)`, "MB"));
    }
    if (limits?.predict_ms_per_1k_rows !== undefined) {
        rules.push(limitRule("limit.predict_ms_per_1k_rows", input.msPer1kRows, limits.predict_ms_per_1k_rows, `prediction time ${(0,format_number/* formatMeasure */.os)(input.msPer1kRows)} ms per 1,000 rows`, "ms per 1,000 rows"));
    }
    return rules;
}
function limitRule(id, observed, limit, what, unit) {
    const bound = `≤ ${(0,format_number/* formatSetting */.w_)(limit)} ${unit}`;
    const base = { id, kind: "limit", bound };
    if (!Number.isFinite(observed)) {
        return {
            ...base,
            observed: null,
            verdict: "fail",
            message: `${what}: not measured, so it cannot meet ${bound}`,
        };
    }
    const passed = atMost(observed, limit);
    return {
        ...base,
        observed,
        verdict: passed ? "pass" : "fail",
        message: passed
            ? `${what} within the limit ${(0,format_number/* formatSetting */.w_)(limit)} ${unit}`
            : `${what} is over the limit ${(0,format_number/* formatSetting */.w_)(limit)} ${unit}`,
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/primary-rule.js



function primaryBound({ metric, minDelta }) {
    return (0,metric_names/* higherIsBetter */.i2)(metric)
        ? `lower bound of Δ > ${(0,format_number/* formatSetting */.w_)(minDelta)}`
        : `upper bound of Δ < ${(0,format_number/* formatSetting */.w_)(-minDelta)}`;
}
function primaryRule({ input, primary }) {
    const { metric, minDelta, confidence } = primary;
    const base = { id: "primary", kind: "primary", metric, bound: primaryBound(primary) };
    if (!isTaskMetric(metric, input.task))
        return notOfTask(base, input.task);
    if (!input.champion) {
        return {
            ...base,
            observed: null,
            verdict: "skip",
            message: `no champion yet: nothing to improve on, so the thresholds alone decide`,
        };
    }
    const delta = input.deltas?.[metric];
    if (!delta) {
        return {
            ...base,
            observed: null,
            verdict: "fail",
            message: `no paired Δ of ${metric} between challenger and champion was measured`,
        };
    }
    const higher = (0,metric_names/* higherIsBetter */.i2)(metric);
    // The improvement in the good direction and its interval: Δ itself, or −Δ for a loss.
    const gain = higher
        ? { value: delta.value, low: delta.low, high: delta.high }
        : { value: -delta.value, low: -delta.high, high: -delta.low };
    const judged = higher ? delta.low : delta.high;
    const level = (0,format_number/* formatPercent */.l9)(confidence);
    const shown = (0,format_number/* formatInterval */.vy)(gain.value, gain.low, gain.high);
    const verb = higher ? "rose" : "fell";
    if (Number.isNaN(gain.low) || Number.isNaN(gain.value)) {
        return {
            ...base,
            observed: null,
            verdict: "fail",
            message: `the interval of Δ ${metric} is not a number (${messageNumber(delta.value)} [${messageNumber(delta.low)}, ${messageNumber(delta.high)}]), so no improvement can be shown`,
        };
    }
    if (gain.low > minDelta) {
        return {
            ...base,
            observed: judged,
            verdict: "pass",
            message: `${metric} ${verb} by ${shown} (${level} interval), more than min_delta ${(0,format_number/* formatSetting */.w_)(minDelta)} with ${level} confidence`,
        };
    }
    return {
        ...base,
        observed: finiteOrNull(judged),
        verdict: "fail",
        message: `${metric} did not improve by more than min_delta ${(0,format_number/* formatSetting */.w_)(minDelta)} with ${level} confidence: improvement ${shown} (${directionPhrase(metric)})`,
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/slice-rules.js


const DEFAULT_SLICE_MIN_ROWS = 200;
const MAX_LISTED_SLICES = 5;
function sliceName(slice) {
    return `${slice.column}=${slice.value}`;
}
function sliceRules({ input, primary }, config) {
    const metric = primary.metric;
    if (!isTaskMetric(metric, input.task)) {
        return [notOfTask({ id: `slice.${metric}`, kind: "slice", metric, bound: "primary metric" }, input.task)];
    }
    return config.columns.flatMap((column) => columnSliceRules(input, metric, column, config));
}
function columnSliceRules(input, metric, column, config) {
    const minRows = config.min_rows ?? DEFAULT_SLICE_MIN_ROWS;
    const maxRegression = config.max_regression;
    const bound = `regression ≤ ${(0,format_number/* formatSetting */.w_)(maxRegression)} on slices of ≥ ${(0,format_number/* formatCount */.B4)(minRows)} rows`;
    const columnBase = { id: `slice.${column}.${metric}`, kind: "slice", metric, bound };
    const slices = input.slices.filter((slice) => slice.column === column);
    if (slices.length === 0) {
        return [
            {
                ...columnBase,
                observed: null,
                verdict: "fail",
                message: `no slices of column ${column} were evaluated; add ${column} to evaluate.slices`,
            },
        ];
    }
    if (!input.champion) {
        return [
            {
                ...columnBase,
                observed: null,
                verdict: "skip",
                message: `no champion yet: the slices of ${column} have nothing to regress from`,
            },
        ];
    }
    const rules = [];
    const underMinRows = slices.filter((slice) => slice.rows < minRows);
    const judged = [];
    const unmeasured = [];
    for (const slice of slices.filter((slice) => slice.rows >= minRows)) {
        const challenger = slice.challenger[metric] ?? Number.NaN;
        const champion = slice.champion?.[metric] ?? Number.NaN;
        if (Number.isNaN(challenger) && !Number.isNaN(champion)) {
            rules.push({
                id: `slice.${sliceName(slice)}.${metric}`,
                kind: "slice",
                metric,
                bound,
                observed: null,
                verdict: "fail",
                message: `slice ${sliceName(slice)} (${(0,format_number/* formatCount */.B4)(slice.rows)} rows): ${metric} is NaN for the challenger but ${(0,format_number/* formatNumber */.ZV)(champion)} for the champion`,
            });
        }
        else if (Number.isNaN(challenger) || Number.isNaN(champion))
            unmeasured.push(slice);
        else
            judged.push({ slice, challenger, champion, regression: regressionOf(metric, challenger, champion) });
    }
    judged.sort((a, b) => b.regression - a.regression || compareText(a.slice.value, b.slice.value));
    const failing = judged.filter((entry) => !atMost(entry.regression, maxRegression));
    const passing = judged.filter((entry) => atMost(entry.regression, maxRegression));
    for (const entry of failing)
        rules.push(failingSliceRule(entry, metric, bound, maxRegression));
    const worstPassing = passing[0];
    if (worstPassing)
        rules.push(passingSlicesRule(worstPassing, passing.length, metric, bound, maxRegression));
    if (underMinRows.length > 0)
        rules.push(underMinRowsRule(underMinRows, column, metric, bound, minRows));
    if (unmeasured.length > 0) {
        rules.push({
            id: `slice.${column}.unmeasured`,
            kind: "slice",
            metric,
            bound,
            observed: null,
            verdict: "skip",
            message: `${metric} is not a number on ${listSlices(unmeasured)} for ${unmeasured.length === 1 ? "it" : "them"} (e.g. one class only), so ${unmeasured.length === 1 ? "it was" : "they were"} not judged`,
        });
    }
    return rules;
}
function sliceChange(entry) {
    return `${(0,format_number/* formatNumber */.ZV)(entry.champion)} → ${(0,format_number/* formatNumber */.ZV)(entry.challenger)}`;
}
function failingSliceRule(entry, metric, bound, maxRegression) {
    const { slice, regression } = entry;
    return {
        id: `slice.${sliceName(slice)}.${metric}`,
        kind: "slice",
        metric,
        bound,
        observed: regression,
        verdict: "fail",
        message: `slice ${sliceName(slice)} (${(0,format_number/* formatCount */.B4)(slice.rows)} rows): ${metric} regressed by ${(0,format_number/* formatNumber */.ZV)(regression)} (${sliceChange(entry)}), more than max_regression ${(0,format_number/* formatSetting */.w_)(maxRegression)}`,
    };
}
function passingSlicesRule(worst, count, metric, bound, maxRegression) {
    const { slice, regression } = worst;
    const which = count === 1
        ? `the slice ${sliceName(slice)}`
        : `${count} slices of ${slice.column}; the worst, ${sliceName(slice)}`;
    return {
        id: `slice.${sliceName(slice)}.${metric}`,
        kind: "slice",
        metric,
        bound,
        observed: regression,
        verdict: "pass",
        message: `${metric} within max_regression ${(0,format_number/* formatSetting */.w_)(maxRegression)} on ${which} (${(0,format_number/* formatCount */.B4)(slice.rows)} rows), regression ${(0,format_number/* formatNumber */.ZV)(regression)} (${sliceChange(worst)})`,
    };
}
function underMinRowsRule(underMinRows, column, metric, bound, minRows) {
    const count = underMinRows.length === 1 ? "1 slice" : `${underMinRows.length} slices`;
    return {
        id: `slice.${column}.under_min_rows`,
        kind: "slice",
        metric,
        bound,
        observed: null,
        verdict: "skip",
        message: `${count} of ${column} under min_rows ${(0,format_number/* formatCount */.B4)(minRows)} not judged: ${listSlices(underMinRows)}`,
    };
}
function listSlices(slices) {
    const listed = slices
        .slice(0, MAX_LISTED_SLICES)
        .map((slice) => `${slice.value} (${(0,format_number/* formatCount */.B4)(slice.rows)} rows)`)
        .join(", ");
    const more = slices.length - MAX_LISTED_SLICES;
    return more > 0 ? `${listed} and ${more} more` : listed;
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/threshold-rules.js


function rangeBound(range) {
    const parts = [];
    if (range.min !== undefined)
        parts.push(`≥ ${(0,format_number/* formatSetting */.w_)(range.min)}`);
    if (range.max !== undefined)
        parts.push(`≤ ${(0,format_number/* formatSetting */.w_)(range.max)}`);
    return parts.join(" and ") || "no bound";
}
function thresholdRules({ input }, thresholds) {
    return Object.entries(thresholds ?? {}).flatMap(([metric, range]) => range ? [thresholdRule(input, metric, range)] : []);
}
function thresholdRule(input, metric, range) {
    const base = { id: `threshold.${metric}`, kind: "threshold", metric, bound: rangeBound(range) };
    if (!isTaskMetric(metric, input.task))
        return notOfTask(base, input.task);
    const value = input.challenger[metric]?.value;
    if (value === undefined) {
        return { ...base, observed: null, verdict: "fail", message: `the challenger has no ${metric} value` };
    }
    if (Number.isNaN(value)) {
        return {
            ...base,
            observed: null,
            verdict: "fail",
            message: `${metric} is not a number (NaN) on the test rows, so it cannot meet ${base.bound}`,
        };
    }
    if (range.min === undefined && range.max === undefined) {
        return { ...base, observed: value, verdict: "skip", message: `${metric}: no min or max set` };
    }
    const shown = (0,format_number/* formatNumber */.ZV)(value);
    if (range.min !== undefined && !atMost(range.min, value)) {
        return {
            ...base,
            observed: value,
            verdict: "fail",
            message: `${metric} ${shown} is below the minimum ${(0,format_number/* formatSetting */.w_)(range.min)}`,
        };
    }
    if (range.max !== undefined && !atMost(value, range.max)) {
        return {
            ...base,
            observed: value,
            verdict: "fail",
            message: `${metric} ${shown} is above the maximum ${(0,format_number/* formatSetting */.w_)(range.max)}`,
        };
    }
    return { ...base, observed: value, verdict: "pass", message: `${metric} ${shown} meets ${base.bound}` };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/validation-rule.js
function validationRule(validation, required) {
    const base = { id: "validation", kind: "validation", bound: required ? "passed" : "not required" };
    if (!validation) {
        return required
            ? {
                ...base,
                observed: null,
                verdict: "fail",
                message: "no data validation report: pass the validate-data report to champion-challenger, or set gate.require_validation: false",
            }
            : {
                ...base,
                observed: null,
                verdict: "skip",
                message: "data validation not required (require_validation: false)",
            };
    }
    const counts = `${validation.errors} error(s), ${validation.warnings} warning(s)`;
    if (validation.passed) {
        return {
            ...base,
            observed: validation.errors,
            verdict: "pass",
            message: `data validation of snapshot ${validation.snapshotId} passed: ${counts}`,
        };
    }
    const failed = validation.failed
        .filter((check) => check.severity === "error")
        .slice(0, 3)
        .map((check) => check.id);
    const examples = failed.length > 0 ? ` (${failed.join(", ")}${validation.errors > failed.length ? ", …" : ""})` : "";
    return {
        ...base,
        observed: validation.errors,
        verdict: required ? "fail" : "skip",
        message: `data validation of snapshot ${validation.snapshotId} failed: ${counts}${examples}${required ? "" : "; not required (require_validation: false)"}`,
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/gate-policy.js









const DEFAULT_CONFIDENCE = 0.95;
function evaluateGate(gate, input) {
    const primary = {
        metric: gate?.primary?.metric ?? input.defaultPrimaryMetric,
        minDelta: gate?.primary?.min_delta ?? 0,
        confidence: gate?.primary?.confidence ?? DEFAULT_CONFIDENCE,
    };
    const judging = { input, primary };
    const rules = [
        primaryRule(judging),
        ...thresholdRules(judging, gate?.thresholds),
        ...guardrailRules(judging, gate?.guardrails),
        ...(gate?.slices ? sliceRules(judging, gate.slices) : []),
        ...limitRules(input, gate?.limits),
        validationRule(input.validation, gate?.require_validation ?? true),
    ].map((rule) => ({ ...rule, observed: finiteOrNull(rule.observed ?? undefined) }));
    const decision = rules.some((rule) => rule.verdict === "fail") ? "reject" : "promote";
    const note = gateNote(gate, input, primary.metric);
    return {
        decision,
        reasons: decision === "reject" ? failingMessages(rules) : promoteReasons(rules, input),
        rules,
        metrics: compareMetrics(input),
        slices: compareSlices(input, primary.metric),
        ...(note ? { note } : {}),
    };
}
function failingMessages(rules) {
    return rules.filter((rule) => rule.verdict === "fail").map((rule) => rule.message);
}
function promoteReasons(rules, input) {
    const primary = rules.find((rule) => rule.kind === "primary" && rule.verdict === "pass");
    if (input.champion && primary)
        return [primary.message];
    const thresholds = rules.filter((rule) => rule.kind === "threshold" && rule.verdict === "pass");
    if (thresholds.length === 0)
        return ["first model (no champion yet): no thresholds are set, so nothing blocks it"];
    const met = thresholds
        .map((rule) => `${rule.metric} ${(0,format_number/* formatNumber */.ZV)(rule.observed)} ${rule.bound}`)
        .join(", ");
    return [`first model (no champion yet): all thresholds met: ${met}`];
}
function gateNote(gate, input, primaryMetric) {
    const notes = [];
    if (!gate) {
        notes.push(`no gate: section in trainyard.yml, so the defaults apply: ${primaryMetric} must improve on the champion (min_delta 0) and the data validation must pass`);
    }
    if (!input.champion)
        notes.push("no champion yet: the thresholds alone decide");
    return notes.length > 0 ? notes.join("; ") : undefined;
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/serving-parity-rule.js

/**
 * The serving-parity rule: the packaged model, loaded as a server loads it, must give the labels evaluate
 * measured and scores within max_abs_diff. A skipped check (no Python with mlflow, or turned off) is a skip
 * with its reason; an evaluation from before the check is a skip too.
 */
function servingParityRule(parity) {
    const base = { id: "serving.parity", kind: "serving" };
    if (!parity)
        return {
            ...base,
            observed: null,
            bound: "—",
            verdict: "skip",
            message: "serving parity: the evaluation has no serving-parity check",
        };
    const bound = `same labels, |Δ score| ≤ ${parity.maxAllowed}`;
    if (parity.status === "skip")
        return {
            ...base,
            observed: null,
            bound,
            verdict: "skip",
            message: `serving parity skipped: ${parity.reason ?? ""}`,
        };
    if (parity.status === "pass")
        return {
            ...base,
            observed: parity.maxAbsDiff ?? 0,
            bound,
            verdict: "pass",
            message: `serving parity: the packaged model predicts all ${parity.rows ?? 0} test rows as evaluate measured (max |Δ| ${(0,format_number/* formatNumber */.ZV)(parity.maxAbsDiff ?? 0)})`,
        };
    const first = parity.firstDiffering?.[0];
    return {
        ...base,
        observed: parity.maxAbsDiff ?? null,
        bound,
        verdict: "fail",
        message: parity.mismatchedRows && !parity.reason
            ? `serving parity: the packaged model differs from evaluate's predictions on ${parity.mismatchedRows} of ${parity.rows} test rows${first ? ` (first: row ${first.row}, ${first.column} ${first.evaluated} evaluated vs ${first.served} served)` : ""}`
            : `serving parity: ${parity.reason ?? "failed"}`,
    };
}
/**
 * The gate's result with the serving-parity rule added: a failing check rejects the challenger, its message
 * first among the reasons.
 */
function withServingParity(result, parity) {
    const rule = servingParityRule(parity);
    const rules = [...result.rules, rule];
    if (rule.verdict !== "fail")
        return { ...result, rules };
    return {
        ...result,
        rules,
        decision: "reject",
        reasons: result.decision === "reject" ? [...result.reasons, rule.message] : [rule.message],
    };
}

// EXTERNAL MODULE: ./.cache/build/lib/report/markdown.js
var markdown = __webpack_require__(95721);
;// CONCATENATED MODULE: ./.cache/build/lib/report/mermaid.js
/**
 * Mermaid charts for pull-request comments and job summaries: GitHub renders a ```mermaid fence itself,
 * so no image needs hosting. Mermaid text is not Markdown and needs its own escaping (see `mermaidLabel`).
 */
// Characters with a meaning to Mermaid's lexer or its text handling, mapped to look-alikes: `"` ends a
// string, `[`/`]` and `,` delimit axis bands outside strings, `%%` starts comments and directives, `#…;`
// is an entity, `` ` `` opens a Markdown string, `<>&` reach the SVG, `;` ends a statement.
const LOOK_ALIKES = {
    '"': "'",
    "`": "ʼ",
    "[": "［",
    "]": "］",
    "{": "｛",
    "}": "｝",
    "<": "‹",
    ">": "›",
    "&": "＆",
    "#": "＃",
    "%": "％",
    ";": "；",
    "\\": "∖",
};
/**
 * A label that is safe inside a Mermaid double-quoted string: no quote, bracket, newline or other
 * character Mermaid reads (replaced by a look-alike), one line, at most `maxLength` characters.
 */
function mermaidLabel(text, maxLength = 32) {
    const clean = Array.from(text
        .replace(/[\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]/gu, " ")
        .replace(/["`[\]{}<>&#%;\\]/g, (char) => LOOK_ALIKES[char] ?? " ")
        .replace(/\s+/g, " ")
        .trim());
    if (clean.length === 0)
        return "(empty)";
    return clean.length > maxLength ? `${clean.slice(0, maxLength - 1).join("")}…` : clean.join("");
}
/**
 * A number as Mermaid's data grammar reads it: digits with an optional sign and decimals, never an
 * exponent (`1e-7` would not parse).
 */
function mermaidNumber(value) {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e15)
        throw new RangeError(`cannot chart ${value}`);
    const fixed = value
        .toFixed(6)
        .replace(/(\.\d*?)0+$/, "$1")
        .replace(/\.$/, "");
    return fixed === "-0" ? "0" : fixed;
}
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((label) => {
        const count = (seen.get(label) ?? 0) + 1;
        seen.set(label, count);
        return count === 1 ? label : `${label} (${count})`;
    });
}
/** The y range: from 0 (or below, for negative values) with 5% headroom; 0 to 1 for values within it. */
function yRange(values) {
    const min = Math.min(0, ...values);
    const max = Math.max(0, ...values);
    if (min >= 0 && max <= 1)
        return [0, 1];
    const pad = (max - min) * 0.05 || 1;
    return [min < 0 ? min - pad : 0, max > 0 ? max + pad : 0];
}
/** A vertical `xychart-beta` bar chart, as a fenced ```mermaid block. */
function xyBarChart(chart) {
    const values = [...chart.bars, ...(chart.line ?? [])];
    const [low, high] = yRange(values);
    const quoted = (text) => `"${text}"`;
    const labels = uniqueLabels(chart.labels.map((label) => mermaidLabel(label)));
    const lines = [
        "```mermaid",
        "xychart-beta",
        `  title ${quoted(mermaidLabel(chart.title, 80))}`,
        `  x-axis [${labels.map(quoted).join(", ")}]`,
        `  y-axis ${quoted(mermaidLabel(chart.yLabel))} ${mermaidNumber(low)} --> ${mermaidNumber(high)}`,
        `  bar [${chart.bars.map(mermaidNumber).join(", ")}]`,
    ];
    if (chart.line)
        lines.push(`  line [${chart.line.map(mermaidNumber).join(", ")}]`);
    lines.push("```");
    return lines.join("\n");
}
/**
 * A `xychart-beta` line chart, as a fenced ```mermaid block; xychart draws no gaps, so a point without a
 * value repeats the one before it (or the first value there is).
 */
function xyLineChart(chart) {
    const filled = chart.lines.map((line) => {
        const first = line.find((value) => Number.isFinite(value)) ?? 0;
        let previous = first;
        return line.map((value) => {
            if (Number.isFinite(value))
                previous = value;
            return previous;
        });
    });
    const [low, high] = yRange(filled.flat());
    const quoted = (text) => `"${text}"`;
    const labels = uniqueLabels(chart.labels.map((label) => mermaidLabel(label)));
    return [
        "```mermaid",
        "xychart-beta",
        `  title ${quoted(mermaidLabel(chart.title, 80))}`,
        `  x-axis [${labels.map(quoted).join(", ")}]`,
        `  y-axis ${quoted(mermaidLabel(chart.yLabel))} ${mermaidNumber(low)} --> ${mermaidNumber(high)}`,
        ...filled.map((line) => `  line [${line.map(mermaidNumber).join(", ")}]`),
        "```",
    ].join("\n");
}

;// CONCATENATED MODULE: ./.cache/build/lib/report/comparison-markdown.js




const GITHUB_COMMENT_LIMIT = 65_536;
const VERDICT_ICON = { pass: "✅", fail: "❌", skip: "⏭️" };
const VISIBLE_REASONS = 10;
const VISIBLE_RULES = 10;
const VISIBLE_SLICES = 10;
const VISIBLE_CHECKS = 5;
const CHART_SLICES = 20;
const CUT_NOTE = "✂️ Parts of this report were left out to stay under GitHub's 65,536-character limit for a comment; the full report is the comparison JSON file.";
const ORDER = [
    "heading",
    "reasons",
    "metrics",
    "rules",
    "slices",
    "chart",
    "validation",
    "candidates",
    "lineage",
];
/**
 * What gives way first when the comment is too long, and down to how many items. First the reasons beyond
 * the first few (every failing reason is also a row of the rules table), the slices beyond the worst few,
 * the candidates, the rules and failed checks beyond the first few; then the chart and everything that
 * can go at all. The heading, metric table and lineage always stay.
 */
const CUTS = [
    ["reasons", VISIBLE_REASONS],
    ["slices", VISIBLE_SLICES],
    ["candidates", 3],
    ["rules", VISIBLE_RULES],
    ["validation", VISIBLE_CHECKS],
    ["chart", 0],
    ["candidates", 1],
    ["validation", 0],
    ["rules", 0],
    ["slices", 0],
    ["reasons", 1],
    ["candidates", 0],
];
/**
 * The comparison as the sticky pull-request comment and the job summary: the decision, metrics with
 * paired deltas, the gate's rules, slices (worst first, with a Mermaid chart), data validation, other
 * candidates and lineage, under `maxLength` characters.
 */
function renderComparisonMarkdown(report, options = {}) {
    const sections = buildSections(report, options);
    return fitUnderLimit(sections, options.maxLength ?? GITHUB_COMMENT_LIMIT, options.marker ?? "");
}
function buildSections(report, options) {
    const fixed = (text) => ({ items: 0, render: () => text });
    const title = heading(report, options.title ?? "trainyard");
    return {
        heading: fixed(options.marker ? `${options.marker}\n${title}` : title),
        reasons: reasonsSection(report),
        metrics: fixed(metricsTable(report)),
        rules: rulesSection(report),
        slices: slicesSection(report),
        chart: chartSection(report),
        validation: validationSection(report),
        candidates: candidatesSection(report),
        lineage: fixed(lineage(report)),
    };
}
// --- fitting under the limit ---------------------------------------------------------------------------
function join(parts) {
    return `${parts.filter((part) => part !== "").join("\n\n")}\n`;
}
function fitUnderLimit(sections, maxLength, marker) {
    const shown = new Map(ORDER.map((name) => [name, sections[name].items]));
    const rendered = new Map(ORDER.map((name) => [name, sections[name].render(sections[name].items)]));
    const document = () => ORDER.map((name) => rendered.get(name) ?? "");
    const full = join(document());
    if (full.length <= maxLength)
        return full;
    const budget = maxLength - CUT_NOTE.length - 2;
    const length = () => join(document()).length;
    for (const [name, floor] of CUTS) {
        if (length() <= budget)
            break;
        const current = shown.get(name) ?? 0;
        if (current <= floor)
            continue;
        const section = sections[name];
        const others = length() - (rendered.get(name) ?? "").length;
        // The most items that fit: binary search over [floor, current).
        let low = floor;
        let high = current - 1;
        let best = floor;
        while (low <= high) {
            const middle = Math.floor((low + high) / 2);
            if (others + section.render(middle).length <= budget) {
                best = middle;
                low = middle + 1;
            }
            else
                high = middle - 1;
        }
        shown.set(name, best);
        rendered.set(name, section.render(best));
    }
    const fallbacks = [
        [...document(), CUT_NOTE],
        [rendered.get("heading") ?? "", rendered.get("reasons") ?? "", CUT_NOTE],
        [rendered.get("heading") ?? "", CUT_NOTE],
    ];
    for (const parts of fallbacks) {
        const text = join(parts);
        if (text.length <= maxLength)
            return text;
    }
    // A limit too small for the heading: the marker, so the sticky comment is still found, and the note.
    return join([marker, CUT_NOTE]).slice(0, maxLength);
}
function leftOut(count, what) {
    return count > 0 ? `\n\n_${(0,format_number/* formatCount */.B4)(count)} more ${what} left out to keep this comment short._` : "";
}
// --- heading and reasons -------------------------------------------------------------------------------
function challengerLabel(report) {
    const chosen = report.candidates.find((candidate) => candidate.chosen)?.label;
    const label = chosen ?? report.challenger.runId ?? report.challenger.commit?.slice(0, 12) ?? "the new model";
    return (0,markdown/* code */.aY)(label);
}
function heading(report, title) {
    const decision = report.decision === "promote" ? "✅" : "❌";
    const champion = report.champion ? `champion version ${(0,markdown/* code */.aY)(report.champion.version)}` : "no champion yet";
    return `### ${decision} ${(0,markdown/* escapeMarkdown */.FV)(title)}: ${(0,markdown/* code */.aY)(report.model)} challenger ${challengerLabel(report)} vs ${champion}: **${report.decision}**`;
}
function reasonsSection(report) {
    const note = report.note ? `\n\n_${(0,markdown/* escapeMarkdown */.FV)(report.note)}_` : "";
    const bullet = (reason) => `- ${(0,markdown/* escapeMarkdown */.FV)(reason)}`;
    return {
        items: report.reasons.length,
        render(shown) {
            const reasons = report.reasons.slice(0, shown);
            const visible = reasons.slice(0, VISIBLE_REASONS).map(bullet).join("\n");
            const folded = reasons.slice(VISIBLE_REASONS);
            const more = folded.length > 0
                ? `\n\n${(0,markdown/* details */.zH)(`${(0,format_number/* formatCount */.B4)(folded.length)} more reasons`, folded.map(bullet).join("\n"))}`
                : "";
            return `${visible}${more}${leftOut(report.reasons.length - shown, "reasons")}${note}`.trim();
        },
    };
}
// --- metrics and rules ---------------------------------------------------------------------------------
function metricName(metric, primary) {
    const arrow = (0,metric_names/* higherIsBetter */.i2)(metric) ? "↑" : "↓";
    return primary ? `**${(0,markdown/* escapeMarkdown */.FV)(metric)}** ${arrow} (primary)` : `${(0,markdown/* escapeMarkdown */.FV)(metric)} ${arrow}`;
}
function metricRules(report, metric) {
    return report.rules.filter((rule) => rule.metric === metric &&
        (rule.kind === "primary" || rule.kind === "threshold" || rule.kind === "guardrail"));
}
function metricsTable(report) {
    const withChampion = report.champion !== undefined;
    const level = (0,format_number/* formatPercent */.l9)(report.bootstrap.confidence);
    const shown = report.metrics.filter((metric) => isMeasured(metric) || metricRules(report, metric.metric).length > 0);
    const ordered = [
        ...shown.filter((metric) => metric.metric === report.primaryMetric),
        ...shown.filter((metric) => metric.metric !== report.primaryMetric),
    ];
    const rows = ordered.map((metric) => {
        const rules = metricRules(report, metric.metric);
        const ruleText = (0,markdown/* cell */.Hn)(rules.map((rule) => `${rule.kind}: ${rule.bound}`).join("; "), 200);
        const verdicts = rules.map((rule) => VERDICT_ICON[rule.verdict]).join(" ");
        const { challenger, champion, delta } = metric;
        const name = metricName(metric.metric, metric.metric === report.primaryMetric);
        return withChampion
            ? [
                name,
                (0,format_number/* formatNumber */.ZV)(champion?.value),
                (0,format_number/* formatNumber */.ZV)(challenger.value),
                delta ? (0,format_number/* formatInterval */.vy)(delta.value, delta.low, delta.high) : "n/a",
                ruleText,
                verdicts,
            ]
            : [name, (0,format_number/* formatInterval */.vy)(challenger.value, challenger.low, challenger.high), ruleText, verdicts];
    });
    const headers = withChampion
        ? ["metric", "champion", "challenger", `Δ challenger − champion [${level} interval]`, "rule", ""]
        : ["metric", `challenger [${level} interval]`, "rule", ""];
    const rowsLine = `On ${(0,format_number/* formatCount */.B4)(report.rows)} test rows${withChampion ? ", both models on the same rows" : ""}.`;
    return `#### Metrics\n\n${rowsLine}\n\n${(0,markdown/* table */.tp)(headers, rows)}`;
}
/** Whether the metric was computed for either model (the gate lists every metric of the task). */
function isMeasured(metric) {
    return metric.challenger.value !== null || metric.challenger.resamples > 0 || metric.champion !== undefined;
}
const VERDICT_ORDER = { fail: 0, pass: 1, skip: 2 };
function formatObserved(rule) {
    if (rule.kind === "limit")
        return (0,format_number/* formatMeasure */.os)(rule.observed);
    if (rule.kind === "validation")
        return rule.observed === null ? "n/a" : `${(0,format_number/* formatCount */.B4)(rule.observed)} error(s)`;
    return (0,format_number/* formatNumber */.ZV)(rule.observed);
}
function rulesSection(report) {
    const rules = [...report.rules].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
    const headers = ["", "rule", "observed", "bound", "detail"];
    const row = (rule) => [
        VERDICT_ICON[rule.verdict],
        (0,markdown/* codeCell */.MZ)(rule.id),
        formatObserved(rule),
        (0,markdown/* cell */.Hn)(rule.bound),
        (0,markdown/* cell */.Hn)(rule.message, 300),
    ];
    return {
        items: rules.length,
        render(shown) {
            if (rules.length === 0)
                return "";
            const count = (verdict) => (0,format_number/* formatCount */.B4)(rules.filter((rule) => rule.verdict === verdict).length);
            const counts = `${count("fail")} failed, ${count("pass")} passed, ${count("skip")} skipped`;
            const head = `#### Gate rules: ${counts}`;
            const listed = rules.slice(0, shown);
            const visible = listed.slice(0, VISIBLE_RULES);
            const folded = listed.slice(VISIBLE_RULES);
            const parts = [head];
            if (visible.length > 0)
                parts.push((0,markdown/* table */.tp)(headers, visible.map(row)));
            if (folded.length > 0)
                parts.push((0,markdown/* details */.zH)(`${(0,format_number/* formatCount */.B4)(folded.length)} more rules`, (0,markdown/* table */.tp)(headers, folded.map(row))));
            return parts.join("\n\n") + leftOut(rules.length - shown, "rules");
        },
    };
}
// --- slices --------------------------------------------------------------------------------------------
function sliceKey(slice) {
    return `${slice.column}=${slice.value}`;
}
function failingSliceKeys(report) {
    const ids = new Set(report.rules.filter((rule) => rule.kind === "slice" && rule.verdict === "fail").map((rule) => rule.id));
    return new Set(report.slices
        .filter((slice) => ids.has(`slice.${sliceKey(slice)}.${slice.metric}`))
        .map((slice) => sliceKey(slice)));
}
function slicesSection(report) {
    const slices = report.slices;
    const withChampion = report.champion !== undefined;
    const failing = failingSliceKeys(report);
    const headers = withChampion
        ? ["", "column", "value", "rows", "champion", "challenger", "regression"]
        : ["", "column", "value", "rows", "challenger"];
    const row = (slice) => {
        const start = [
            failing.has(sliceKey(slice)) ? "❌" : "",
            (0,markdown/* cell */.Hn)(slice.column),
            (0,markdown/* cell */.Hn)(slice.value),
            (0,format_number/* formatCount */.B4)(slice.rows),
        ];
        return withChampion
            ? [
                ...start,
                (0,format_number/* formatNumber */.ZV)(slice.champion),
                (0,format_number/* formatNumber */.ZV)(slice.challenger),
                (0,format_number/* formatNumber */.ZV)(slice.regression),
            ]
            : [...start, (0,format_number/* formatNumber */.ZV)(slice.challenger)];
    };
    return {
        items: slices.length,
        render(shown) {
            if (slices.length === 0)
                return "";
            const order = withChampion ? "largest regression first" : "worst first";
            const head = `#### Slices: ${(0,markdown/* escapeMarkdown */.FV)(report.primaryMetric)} by slice, ${order}`;
            const listed = slices.slice(0, shown);
            const visible = listed.slice(0, VISIBLE_SLICES);
            const folded = listed.slice(VISIBLE_SLICES);
            const parts = [head];
            if (visible.length > 0)
                parts.push((0,markdown/* table */.tp)(headers, visible.map(row)));
            if (folded.length > 0)
                parts.push((0,markdown/* details */.zH)(`${(0,format_number/* formatCount */.B4)(folded.length)} more slices`, (0,markdown/* table */.tp)(headers, folded.map(row))));
            return parts.join("\n\n") + leftOut(slices.length - shown, "slices");
        },
    };
}
function chartSection(report) {
    const withChampion = report.champion !== undefined;
    const chartable = report.slices
        .filter((slice) => isChartable(slice.challenger) && (!withChampion || isChartable(slice.champion)))
        .slice(0, CHART_SLICES);
    // One sliced column: the title names it and the bars carry only the values, so long names never crowd them out.
    const columns = new Set(chartable.map((slice) => slice.column));
    const single = columns.size === 1 ? [...columns][0] : undefined;
    const text = chartable.length === 0
        ? ""
        : [
            xyBarChart({
                title: `${report.primaryMetric} by ${single ?? "slice"}${report.slices.length > chartable.length ? `, worst ${chartable.length}` : ""}`,
                yLabel: report.primaryMetric,
                labels: chartable.map((slice) => (single === undefined ? sliceKey(slice) : slice.value)),
                bars: chartable.map((slice) => slice.challenger),
                ...(withChampion ? { line: chartable.map((slice) => slice.champion) } : {}),
            }),
            withChampion ? "_Bars: the challenger; line: the champion._" : "_Bars: the challenger._",
        ].join("\n\n");
    return { items: text ? 1 : 0, render: (shown) => (shown > 0 ? text : "") };
}
function isChartable(value) {
    return value !== null && value !== undefined && Number.isFinite(value) && Math.abs(value) < 1e15;
}
// --- validation, candidates, lineage -------------------------------------------------------------------
function validationSection(report) {
    const validation = report.validation;
    if (!validation)
        return { items: 0, render: () => "#### Data validation\n\nNo validation report was given." };
    const verdict = validation.passed ? "✅ passed" : "❌ failed";
    const head = `#### Data validation ${verdict}\n\nSnapshot ${(0,markdown/* code */.aY)(validation.snapshotId)}: ${validation.errors} error(s), ${validation.warnings} warning(s).`;
    const headers = ["severity", "check", "detail"];
    const row = (check) => [
        (0,markdown/* cell */.Hn)(check.severity),
        (0,markdown/* codeCell */.MZ)(check.id),
        (0,markdown/* cell */.Hn)(check.message, 300),
    ];
    return {
        items: validation.failed.length,
        render(shown) {
            const listed = validation.failed.slice(0, shown);
            const parts = [head];
            if (listed.length > VISIBLE_CHECKS)
                parts.push((0,markdown/* details */.zH)(`${(0,format_number/* formatCount */.B4)(listed.length)} failed checks`, (0,markdown/* table */.tp)(headers, listed.map(row))));
            else if (listed.length > 0)
                parts.push((0,markdown/* table */.tp)(headers, listed.map(row)));
            return parts.join("\n\n") + leftOut(validation.failed.length - shown, "failed checks");
        },
    };
}
function candidatesSection(report) {
    const candidates = [
        ...report.candidates.filter((candidate) => candidate.chosen),
        ...report.candidates.filter((candidate) => !candidate.chosen),
    ];
    if (candidates.length <= 1)
        return { items: 0, render: () => "" };
    const headers = ["", "candidate", "run", (0,markdown/* escapeMarkdown */.FV)(report.primaryMetric)];
    const row = (candidate) => [
        candidate.chosen ? "✅ chosen" : "",
        (0,markdown/* cell */.Hn)(candidate.label),
        candidate.runId ? (0,markdown/* codeCell */.MZ)(candidate.runId) : "",
        (0,format_number/* formatNumber */.ZV)(candidate.primaryValue),
    ];
    return {
        items: candidates.length,
        render(shown) {
            if (shown === 0)
                return `#### Candidates\n\n${(0,format_number/* formatCount */.B4)(candidates.length)} candidates; the list was left out.`;
            const head = `#### Candidates: ${(0,format_number/* formatCount */.B4)(candidates.length)}`;
            return `${head}\n\n${(0,markdown/* table */.tp)(headers, candidates.slice(0, shown).map(row))}${leftOut(candidates.length - shown, "candidates")}`;
        },
    };
}
const SAFE_URL = /^https?:\/\/[^\s<>"'`\\]+$/;
/** A link only to an http(s) URL, its destination in `<…>` so parentheses cannot end it; else the URL as code. */
function comparison_markdown_link(label, url) {
    if (!url)
        return (0,markdown/* code */.aY)(label);
    return SAFE_URL.test(url) ? `[${(0,markdown/* escapeMarkdown */.FV)(label)}](<${url}>)` : `${(0,markdown/* code */.aY)(label)} (${(0,markdown/* code */.aY)(url)})`;
}
function lineage(report) {
    const { challenger, champion, bootstrap } = report;
    const parts = [];
    if (challenger.snapshotId)
        parts.push(`snapshot ${(0,markdown/* code */.aY)(challenger.snapshotId)}`);
    if (challenger.commit)
        parts.push(`commit ${(0,markdown/* code */.aY)(challenger.commit.slice(0, 12))}`);
    if (challenger.runId)
        parts.push(`challenger run ${comparison_markdown_link(challenger.runId, challenger.runUrl)}`);
    if (champion) {
        const run = champion.runId ? `, run ${comparison_markdown_link(champion.runId, champion.runUrl)}` : "";
        const snapshot = champion.snapshotId ? `, trained on snapshot ${(0,markdown/* code */.aY)(champion.snapshotId)}` : "";
        parts.push(`champion version ${(0,markdown/* code */.aY)(champion.version)}${run}${snapshot}`);
    }
    const paired = champion ? "paired bootstrap" : "bootstrap";
    parts.push(`${paired}: ${(0,format_number/* formatCount */.B4)(bootstrap.resamples)} resamples, ${(0,format_number/* formatPercent */.l9)(bootstrap.confidence)}, seed ${bootstrap.seed}`);
    parts.push((0,markdown/* escapeMarkdown */.FV)(report.createdAt));
    return `---\n<sub>Lineage: ${parts.join(" · ")}</sub>`;
}

;// CONCATENATED MODULE: ./.cache/build/lib/report/serving-parity-markdown.js


/**
 * The serving-parity section of the comparison report and the PR comment: the verdict in one line and,
 * when the packaged model disagrees with evaluate, the first differing rows.
 */
function renderServingParity(parity) {
    if (!parity)
        return "";
    const heading = "#### Serving parity";
    if (parity.status === "skip")
        return `${heading}\n\n⏭️ Skipped: ${(0,markdown/* escapeMarkdown */.FV)(parity.reason ?? "")}\n`;
    const how = `${(0,markdown/* escapeMarkdown */.FV)(parity.source ?? "the packaged model")}, loaded with \`mlflow.pyfunc.load_model\` by ${(0,markdown/* escapeMarkdown */.FV)(parity.foundBy ?? "Python")} (mlflow ${(0,markdown/* escapeMarkdown */.FV)(parity.mlflowVersion ?? "?")})`;
    if (parity.status === "pass")
        return `${heading}\n\n✅ ${how} predicts all ${parity.rows ?? 0} test rows as evaluate measured: same labels, max |Δ score| ${(0,format_number/* formatNumber */.ZV)(parity.maxAbsDiff ?? 0)} ≤ ${String(parity.maxAllowed)}.\n`;
    const lines = [
        `${heading}\n`,
        `❌ ${how}: ${(0,markdown/* escapeMarkdown */.FV)(parity.reason ?? `differs on ${parity.mismatchedRows ?? 0} of ${parity.rows ?? 0} test rows (allowed |Δ score| ≤ ${String(parity.maxAllowed)})`)}.`,
    ];
    if (parity.firstDiffering && parity.firstDiffering.length > 0) {
        lines.push("", `First differing rows (test-file row numbers):\n`, (0,markdown/* table */.tp)(["row", "column", "evaluate", "served", "abs diff"], parity.firstDiffering.map((row) => [
            String(row.row),
            (0,markdown/* cell */.Hn)(row.column),
            (0,markdown/* cell */.Hn)(row.evaluated, 40),
            (0,markdown/* cell */.Hn)(row.served, 40),
            row.absDiff === null ? "—" : (0,format_number/* formatNumber */.ZV)(row.absDiff),
        ])));
    }
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-set.js
var metric_set = __webpack_require__(58306);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/evaluate-step.js + 4 modules
var evaluate_step = __webpack_require__(16143);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/slices.js
var evaluate_slices = __webpack_require__(38836);
// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(22140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/tracking-config.js
var tracking_config = __webpack_require__(76829);
// EXTERNAL MODULE: ./.cache/build/lib/steps/training-data.js
var training_data = __webpack_require__(91778);
// EXTERNAL MODULE: ./.cache/build/lib/steps/workspace-paths.js
var workspace_paths = __webpack_require__(9347);
;// CONCATENATED MODULE: ./.cache/build/lib/github/check-run.js
/** GitHub refuses a check run's output summary or text longer than this many characters. */
const CHECK_OUTPUT_LIMIT = 65_535;
function clip(text, limit) {
    if (text.length <= limit)
        return text;
    const note = "\n\n… (cut to fit GitHub's limit; the full report is linked above)";
    return text.slice(0, limit - note.length) + note;
}
/**
 * Keeps one completed check run of this name on the commit: updates the one a previous job (or attempt) made,
 * else creates it. GET /repos/{owner}/{repo}/commits/{ref}/check-runs finds it by name.
 */
async function upsertCheckRun(octokit, target) {
    const ref = { owner: target.owner, repo: target.repo };
    const fields = {
        status: "completed",
        conclusion: target.conclusion,
        completed_at: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
        ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
        output: {
            title: target.title.slice(0, 255),
            summary: clip(target.summary, CHECK_OUTPUT_LIMIT),
            ...(target.text ? { text: clip(target.text, CHECK_OUTPUT_LIMIT) } : {}),
        },
    };
    const { data } = await octokit.rest.checks.listForRef({
        ...ref,
        ref: target.headSha,
        check_name: target.name,
        filter: "latest",
        per_page: 100,
    });
    const existing = data.check_runs.find((run) => run.name === target.name && run.head_sha === target.headSha);
    if (existing) {
        const { data: updated } = await octokit.rest.checks.update({
            ...ref,
            check_run_id: existing.id,
            ...fields,
        });
        return { action: "updated", id: updated.id, url: updated.html_url ?? updated.url };
    }
    const { data: created } = await octokit.rest.checks.create({
        ...ref,
        name: target.name,
        head_sha: target.headSha,
        ...fields,
    });
    return { action: "created", id: created.id, url: created.html_url ?? created.url };
}

;// CONCATENATED MODULE: ./.cache/build/lib/github/permissions.js
/**
 * Whether a `pull_request` event payload comes from a fork: its head repository differs from its base. Such
 * runs get a read-only token. A head repository that is gone (a deleted fork) counts as a fork.
 */
function isForkPullRequest(eventPayload) {
    const pullRequest = eventPayload?.pull_request;
    if (!pullRequest)
        return false;
    const base = pullRequest.base?.repo?.full_name;
    const head = pullRequest.head?.repo?.full_name;
    if (typeof base !== "string")
        return false;
    if (typeof head !== "string")
        return true;
    return head.toLowerCase() !== base.toLowerCase();
}
function errorMessage(error) {
    const data = error.response?.data;
    const fromBody = typeof data?.message === "string" ? data.message : "";
    const own = error.message;
    return `${fromBody} ${typeof own === "string" ? own : ""}`;
}
/**
 * Explains a 403 "Resource not accessible by integration" (the token lacks a permission) in words a user can
 * act on; undefined for any other error, which callers rethrow.
 */
function permissionDeniedReason(error, options = {}) {
    if (typeof error !== "object" || error === null || error.status !== 403)
        return undefined;
    if (!/resource not accessible by/i.test(errorMessage(error)))
        return undefined;
    if (options.forkPullRequest) {
        return ("No pull-request comment: this pull request comes from a fork, and GitHub gives such runs a read-only " +
            "token (403 Resource not accessible by integration). The report is in the job summary instead.");
    }
    return ("No pull-request comment: the token may not write comments (403 Resource not accessible by integration). " +
        "Give the job `permissions: pull-requests: write`; the report is in the job summary instead.");
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/compare/check-run-report.js



/** The commit a check belongs to: the pull request's head (not the merge commit GITHUB_SHA names), else GITHUB_SHA. */
async function headOf(context) {
    const env = context.env;
    if ((env.GITHUB_EVENT_NAME ?? "").startsWith("pull_request") && env.GITHUB_EVENT_PATH) {
        const payload = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, "utf8"));
        const sha = payload.pull_request?.head?.sha;
        if (sha)
            return { sha, fork: isForkPullRequest(payload) };
    }
    return env.GITHUB_SHA ? { sha: env.GITHUB_SHA, fork: false } : undefined;
}
/**
 * Publishes the decision as the check run `trainyard / <model>` on the pull request's head commit, so branch
 * protection can require it: success for promote; for reject, failure when fail-on-reject is set, else
 * neutral. Never fails the step: a fork's read-only token or a missing `checks: write` leaves the report in
 * the job summary and says why.
 */
async function publishCheckRun(context, options) {
    const env = context.env;
    // A runner always sets GITHUB_API_URL; without it this is not a GitHub run (a test, a local shell).
    if (env.GITHUB_ACTIONS !== "true" || !env.GITHUB_REPOSITORY || !env.GITHUB_API_URL)
        return undefined;
    const head = await headOf(context);
    if (!head)
        return undefined;
    const degrade = async (why) => {
        context.log.notice(why);
        await context.appendSummary(`> ${why}\n`);
        return undefined;
    };
    if (head.fork)
        return degrade("No check run: this pull request comes from a fork, and GitHub gives such runs a read-only token. The report is in this job summary.");
    const token = options.token ?? env.GITHUB_TOKEN;
    if (!token)
        return degrade("No check run: no github-token input and no GITHUB_TOKEN. The report is in this job summary.");
    context.setSecret(token);
    const [owner, repo] = env.GITHUB_REPOSITORY.split("/");
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const runUrl = env.GITHUB_RUN_ID
        ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 43978)); // Octokit: only on GitHub
    const octokit = createGitHubClient({
        token,
        baseUrl: env.GITHUB_API_URL,
        log: (message) => context.log.warning(message),
    });
    const conclusion = options.decision === "promote" ? "success" : options.failOnReject ? "failure" : "neutral";
    const headline = `${options.decision}: ${options.reasons[0] ?? ""}`.trim();
    const summary = [
        `**Decision: ${options.decision}**`,
        "",
        ...options.reasons.map((reason) => `- ${reason}`),
        "",
        ...(runUrl ? [`Full report: ${runUrl} (job summary and the comparison artifact)`, ""] : []),
        options.markdown,
    ].join("\n");
    try {
        const result = await upsertCheckRun(octokit, {
            owner,
            repo,
            headSha: head.sha,
            name: `trainyard / ${options.model}`,
            conclusion,
            title: context.mask(headline),
            summary: context.mask(summary),
            ...(runUrl ? { detailsUrl: runUrl } : {}),
        });
        context.log.info(`check run ${result.action}: ${result.url}`);
        return result.url;
    }
    catch (error) {
        if (permissionDeniedReason(error))
            return degrade("No check run: the token may not write checks (403 Resource not accessible by integration). Give the job `permissions: checks: write`; the report is in this job summary.");
        throw error;
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/compare/pull-request-comment.js



/** The pull request this run is for, from the event payload GitHub writes to GITHUB_EVENT_PATH. */
async function pullRequestOf(context) {
    const event = context.env.GITHUB_EVENT_NAME;
    if (event !== "pull_request" && event !== "pull_request_target")
        return undefined;
    const path = context.env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    const payload = JSON.parse(await (0,promises_.readFile)(path, "utf8"));
    const number = payload.pull_request?.number ?? payload.number;
    return number ? { number, fork: isForkPullRequest(payload) } : undefined;
}
/**
 * Posts or updates the sticky comment of this model on the run's pull request. It never fails the step: a
 * fork's read-only token, a missing token or a 403 is said in the log, and the report stays in the job summary.
 */
async function commentOnPullRequest(context, options) {
    const pullRequest = await pullRequestOf(context);
    if (!pullRequest) {
        context.log.info("not a pull-request run: the report is in the job summary only");
        return undefined;
    }
    if (pullRequest.fork) {
        context.log.notice("No pull-request comment: this pull request comes from a fork, and GitHub gives such runs a read-only token and no secrets (so untrusted code cannot write to the repository or read credentials). The report is in the job summary.");
        return undefined;
    }
    const token = options.token ?? context.env.GITHUB_TOKEN;
    const repository = context.env.GITHUB_REPOSITORY;
    if (!token || !repository) {
        context.log.warning("No pull-request comment: no github-token input and no GITHUB_REPOSITORY");
        return undefined;
    }
    context.setSecret(token);
    const [owner, repo] = repository.split("/");
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 43978)); // Octokit: only on GitHub
    const octokit = createGitHubClient({
        token,
        ...(context.env.GITHUB_API_URL ? { baseUrl: context.env.GITHUB_API_URL } : {}),
        log: (message) => context.log.warning(message),
    });
    try {
        const result = await (0,sticky_comment/* upsertStickyComment */.qD)(octokit, {
            owner,
            repo,
            issueNumber: pullRequest.number,
            marker: options.model,
            body: options.body,
        });
        context.log.info(`pull-request comment ${result.action}: ${result.url}`);
        return result.url;
    }
    catch (error) {
        const reason = permissionDeniedReason(error, { forkPullRequest: pullRequest.fork });
        if (reason) {
            context.log.warning(reason);
            return undefined;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/compare/compare-step.js
























class ChallengerRejectedError extends user_error/* UserError */.yo {
    reasons;
    outputs;
    constructor(reasons, 
    /** The step's outputs, which the action still sets (decision, reasons, the report). */
    outputs) {
        super(`the challenger was rejected:\n- ${reasons.join("\n- ")}`);
        this.reasons = reasons;
        this.outputs = outputs;
        this.name = "ChallengerRejectedError";
    }
}
const asNumber = (value) => value === null || value === undefined ? Number.NaN : value;
function fromRecord(record) {
    return Object.fromEntries(Object.entries(record).map(([name, interval]) => [
        name,
        {
            value: asNumber(interval.value),
            low: asNumber(interval.low),
            high: asNumber(interval.high),
            resamples: interval.resamples,
        },
    ]));
}
async function readCandidates(context, patterns) {
    const paths = new Set();
    for (const pattern of patterns) {
        const matches = await (0,dist/* glob */.TI)(pattern, { cwd: context.workingDirectory, absolute: true });
        if (matches.length === 0 && !/[*?[{]/.test(pattern))
            paths.add((0,external_node_path_.resolve)(context.workingDirectory, pattern));
        for (const match of matches)
            paths.add(match);
    }
    if (paths.size === 0)
        throw new user_error/* UserError */.yo(`no evaluation reports match ${patterns.map((p) => `"${p}"`).join(", ")}`);
    const candidates = [];
    for (const path of [...paths].sort()) {
        const text = await (0,promises_.readFile)(path, "utf8").catch((error) => {
            throw new user_error/* UserError */.yo(`evaluation report ${path}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
        });
        const report = (0,evaluation_report/* parseEvaluationReport */.ee)(text, path);
        candidates.push({ path, report, primaryValue: asNumber(report.metrics[report.primaryMetric]?.value) });
    }
    const { task, primaryMetric } = candidates[0].report;
    for (const candidate of candidates) {
        if (candidate.report.task !== task || candidate.report.primaryMetric !== primaryMetric)
            throw new user_error/* UserError */.yo(`${candidate.path} is a ${candidate.report.task} evaluation ranked by ${candidate.report.primaryMetric}, unlike ${candidates[0]?.path} (${task}, ${primaryMetric}); candidates must be comparable`);
    }
    return candidates;
}
/** The best candidate by the primary metric in its good direction; NaN ranks last. */
function bestCandidate(candidates, metric) {
    const sign = (0,metric_names/* higherIsBetter */.i2)(metric) ? 1 : -1;
    return candidates.reduce((best, candidate) => {
        if (Number.isNaN(candidate.primaryValue))
            return best;
        if (Number.isNaN(best.primaryValue) || sign * candidate.primaryValue > sign * best.primaryValue)
            return candidate;
        return best;
    });
}
async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
async function readValidation(context, path) {
    if (!path)
        return undefined;
    const file = (0,external_node_path_.resolve)(context.workingDirectory, path);
    const report = (0,validation_report/* parseValidationReport */.Tb)(await (0,promises_.readFile)(file, "utf8"), file);
    return {
        passed: report.passed,
        errors: report.errors,
        warnings: report.warnings,
        snapshotId: report.snapshotId,
        failed: report.checks
            .filter((check) => check.status === "fail")
            .map((check) => ({ id: check.id, severity: check.severity, message: check.message })),
    };
}
function slicesOf(columns, sliceValues, challenger, champion) {
    const slices = [];
    for (const column of columns) {
        for (const slice of (0,evaluate_slices/* sliceRows */.m)(column, sliceValues.get(column))) {
            slices.push({
                column,
                value: slice.value,
                rows: slice.rows.length,
                challenger: (0,metric_set/* metricValues */.tZ)((0,metric_set/* subsetPredictions */.Bj)(challenger, slice.rows)),
                ...(champion ? { champion: (0,metric_set/* metricValues */.tZ)((0,metric_set/* subsetPredictions */.Bj)(champion, slice.rows)) } : {}),
            });
        }
    }
    return slices;
}
async function runInfo(tracker, runId) {
    if (!runId)
        return {};
    try {
        const run = await tracker.getRun(runId);
        const runUrl = tracker.runUrl(run.info);
        const commit = run.tags["mlflow.source.git.commit"];
        return { ...(runUrl ? { runUrl } : {}), ...(commit ? { commit } : {}) };
    }
    catch {
        return {};
    }
}
/**
 * `champion-challenger`: measures the best candidate and the production champion on the same test rows,
 * pairs every metric with a paired bootstrap delta, applies the gate and explains the decision in the job
 * summary and the pull request.
 */
async function compareStep(context, inputs, preloaded, dependencies = {}) {
    const config = preloaded ?? (await (0,step_config/* loadStepConfig */.hs)(context, inputs));
    const settings = (0,evaluate_step/* evaluationSettings */.Wr)(context, inputs, config);
    const model = inputs.model ?? config?.config.model;
    if (!model)
        throw new user_error/* UserError */.yo(`no model name: set model in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "model")}`);
    const patterns = inputs.evaluations
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
    if (patterns.length === 0)
        throw new user_error/* UserError */.yo(`no candidates: set ${(0,declared_inputs/* inputLabel */.NB)(inputs, "evaluations")} to the evaluation.json of each candidate`);
    const candidates = await readCandidates(context, patterns);
    const primaryMetric = config?.config.gate?.primary?.metric ?? candidates[0].report.primaryMetric;
    // Candidates are ranked by the metric the gate judges, which may differ from evaluate's primary_metric.
    for (const candidate of candidates)
        candidate.primaryValue = asNumber(candidate.report.metrics[primaryMetric]?.value);
    const chosen = bestCandidate(candidates, primaryMetric);
    const evaluation = chosen.report;
    if (candidates.length > 1)
        context.log.info(`challenger: ${chosen.path} (best ${primaryMetric} of ${candidates.length} candidates)`);
    const tracking = dependencies.tracking ?? (await (0,tracking_config/* openStepTracking */.eX)(context, inputs, config));
    const champion = await tracking.registry.getVersionByAlias(model, "champion");
    const gate = config?.config.gate;
    const confidence = gate?.primary?.confidence ?? settings.confidence;
    const bootstrap = { resamples: settings.resamples, confidence, seed: settings.seed };
    const sliceColumns = gate?.slices?.columns ?? [];
    const testFile = await testFileFor(context, inputs, config, evaluation);
    const challengerPredictions = (0,external_node_path_.join)((0,external_node_path_.dirname)(chosen.path), evaluation.predictionsFile);
    const loadOptions = {
        testFile,
        labelColumn: evaluation.labelColumn,
        sliceColumns,
        task: evaluation.task,
        ...(settings.positiveClass !== undefined
            ? { positiveClass: settings.positiveClass }
            : evaluation.task === "binary" && evaluation.classes?.[1] !== undefined
                ? { positiveClass: evaluation.classes[1] }
                : {}),
    };
    const challenger = await (0,evaluate_step/* loadPredictions */.rN)({ ...loadOptions, predictionsFile: challengerPredictions });
    let championLoaded;
    if (champion) {
        championLoaded = await predictWithChampion(context, tracking.tracker, champion, {
            predictCommand: settings.predictCommand,
            cwd: settings.cwd,
            timeoutMinutes: settings.timeoutMinutes,
            testFile,
            loadOptions,
            inputs,
        });
    }
    else {
        context.log.info(`model "${model}" has no champion yet: the absolute thresholds alone decide`);
    }
    const paired = championLoaded
        ? (0,metric_set/* pairedBootstrapMetrics */.TE)(challenger.predictions, championLoaded.predictions, bootstrap)
        : undefined;
    const challengerMetrics = paired
        ? Object.fromEntries(Object.entries(paired).map(([name, entry]) => [name, entry.challenger]))
        : fromRecord(evaluation.metrics);
    const validation = await readValidation(context, inputs["validation-report"]);
    const gated = evaluateGate(gate, {
        model,
        task: evaluation.task,
        challenger: challengerMetrics,
        ...(paired
            ? {
                champion: Object.fromEntries(Object.entries(paired).map(([name, entry]) => [name, entry.champion])),
                deltas: Object.fromEntries(Object.entries(paired).map(([name, entry]) => [name, entry.delta])),
            }
            : {}),
        slices: slicesOf(sliceColumns, challenger.sliceValues, challenger.predictions, championLoaded?.predictions),
        modelSizeBytes: evaluation.model.sizeBytes,
        msPer1kRows: evaluation.prediction.msPer1kRows,
        ...(validation ? { validation } : {}),
        defaultPrimaryMetric: primaryMetric,
    });
    const result = withServingParity(gated, evaluation.servingParity);
    const challengerRun = await runInfo(tracking.tracker, evaluation.model.runId);
    const championRun = champion ? await runInfo(tracking.tracker, champion.runId) : {};
    const report = {
        kind: comparison_report/* COMPARISON_KIND */.dh,
        version: comparison_report/* COMPARISON_VERSION */.$I,
        model,
        decision: result.decision,
        reasons: result.reasons,
        task: evaluation.task,
        rows: evaluation.rows,
        primaryMetric,
        challenger: {
            ...(evaluation.model.runId ? { runId: evaluation.model.runId } : {}),
            ...challengerRun,
            ...(evaluation.snapshotId ? { snapshotId: evaluation.snapshotId } : {}),
            modelSizeBytes: evaluation.model.sizeBytes,
            msPer1kRows: evaluation.prediction.msPer1kRows,
        },
        ...(champion
            ? {
                champion: {
                    version: champion.version,
                    ...(champion.runId ? { runId: champion.runId } : {}),
                    ...(championRun.runUrl ? { runUrl: championRun.runUrl } : {}),
                    ...(champion.tags["trainyard.snapshot.id"]
                        ? { snapshotId: champion.tags["trainyard.snapshot.id"] }
                        : {}),
                },
            }
            : {}),
        ...(result.note ? { note: result.note } : {}),
        metrics: result.metrics,
        slices: result.slices,
        rules: result.rules,
        candidates: candidates.map((candidate) => ({
            ...(candidate.report.model.runId ? { runId: candidate.report.model.runId } : {}),
            label: candidate.report.model.runId ?? candidate.path,
            primaryValue: Number.isFinite(candidate.primaryValue) ? candidate.primaryValue : null,
            chosen: candidate === chosen,
        })),
        ...(validation ? { validation } : {}),
        bootstrap: { resamples: bootstrap.resamples, confidence, seed: bootstrap.seed },
        createdAt: new Date().toISOString(),
        ...(evaluation.servingParity ? { servingParity: evaluation.servingParity } : {}),
    };
    const outputDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"] ?? workspace_paths/* workspacePath */.X.comparisons());
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const reportPath = (0,external_node_path_.join)(outputDir, "comparison.json");
    const markdownPath = (0,external_node_path_.join)(outputDir, "comparison.md");
    // A known secret in any text (a reason, a run name) leaves as `***`, in the files and the comment alike.
    const markdown = context.mask(`${renderComparisonMarkdown(report, { marker: (0,sticky_comment/* stickyMarker */.YL)(model) })}\n${renderServingParity(report.servingParity)}`);
    await (0,promises_.writeFile)(reportPath, context.mask((0,contract_file/* serializeContract */.Vf)(report)));
    await (0,promises_.writeFile)(markdownPath, markdown);
    await context.appendSummary(markdown);
    const wantsComment = inputs.comment ?? config?.config.github.comment ?? true;
    const commentUrl = wantsComment
        ? await commentOnPullRequest(context, { model, body: markdown, token: inputs["github-token"] })
        : undefined;
    if (config?.config.github.check ?? true)
        await publishCheckRun(context, {
            ...{ model, decision: result.decision, reasons: result.reasons, markdown },
            ...{ failOnReject: inputs["fail-on-reject"], token: inputs["github-token"] },
        });
    const outputs = {
        decision: result.decision,
        reasons: result.reasons.join("\n"),
        "report-path": reportPath,
        "report-markdown": markdownPath,
        "challenger-run-id": evaluation.model.runId ?? "",
        "champion-version": champion?.version ?? "",
        "comment-url": commentUrl ?? "",
    };
    const verdict = `${result.decision}: ${result.reasons.join("; ")}`;
    if (result.decision === "promote")
        context.log.notice(verdict);
    else if (inputs["fail-on-reject"])
        throw new ChallengerRejectedError(result.reasons, outputs);
    else
        context.log.warning(verdict);
    return outputs;
}
async function testFileFor(context, inputs, config, evaluation) {
    const input = inputs["test-file"];
    if (input)
        return (0,external_node_path_.resolve)(context.workingDirectory, input);
    const recorded = (0,external_node_path_.resolve)(context.workingDirectory, evaluation.testFile);
    if (await exists(recorded))
        return recorded;
    if (!evaluation.snapshotId)
        throw new user_error/* UserError */.yo(`the test file ${evaluation.testFile} is not here and the evaluation names no snapshot to fetch it from`);
    const data = await (0,training_data/* resolveTrainingData */.$)(context, { ...inputs, snapshot: evaluation.snapshotId, "data-dir": undefined }, config);
    if (!data.testFile)
        throw new user_error/* UserError */.yo(`snapshot ${evaluation.snapshotId} has no test file`);
    return data.testFile;
}
async function predictWithChampion(context, tracker, champion, options) {
    if (!options.predictCommand)
        throw new user_error/* UserError */.yo(`no prediction command: set evaluate.predict_command or ${(0,declared_inputs/* inputLabel */.NB)(options.inputs, "predict-command")}`);
    if (!champion.runId)
        throw new user_error/* UserError */.yo(`champion version ${champion.version} records no run, so its model cannot be fetched`);
    const dir = (0,external_node_path_.resolve)(context.workingDirectory, workspace_paths/* workspacePath */.X.champion(champion.name, champion.version));
    const modelDir = (0,external_node_path_.join)(dir, "model");
    if (!(await exists(modelDir))) {
        await (0,promises_.rm)(`${modelDir}.partial`, { recursive: true, force: true });
        await context.group(`Fetch champion version ${champion.version}`, () => tracker.downloadArtifacts(champion.runId, "model", `${modelDir}.partial`));
        await (0,promises_.rename)(`${modelDir}.partial`, modelDir);
    }
    const prediction = await (0,evaluate_step/* runPrediction */.dt)(context, {
        command: options.predictCommand,
        cwd: options.cwd,
        modelDir,
        inputFile: options.testFile,
        predictionsFile: (0,external_node_path_.join)(dir, "predictions.csv"),
        timeoutMinutes: options.timeoutMinutes,
        label: `Predict with champion version ${champion.version}`,
    });
    return (0,evaluate_step/* loadPredictions */.rN)({ ...options.loadOptions, predictionsFile: prediction.predictionsFile });
}


/***/ }),

/***/ 15952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ MEASUREMENT_INPUTS),
/* harmony export */   _: () => (/* binding */ EVALUATE_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30420);

/** How predictions are made and measured: evaluate and champion-challenger both declare these. */
const MEASUREMENT_INPUTS = {
    "predict-command": { description: "Default evaluate.predict_command", cli: { placeholder: "cmd" } },
    "working-directory": { description: "Where the command runs", cli: { placeholder: "dir" } },
    "test-file": { description: "A test file instead of the snapshot's", cli: { placeholder: "file" } },
    "label-column": { description: "The label column", cli: { placeholder: "name" } },
    "positive-class": { description: "The positive class (binary)", cli: { placeholder: "value" } },
    bootstrap: {
        description: "Bootstrap resamples (default 1000)",
        kind: "integer",
        cli: { placeholder: "n" },
    },
    confidence: {
        description: "Interval confidence (default 0.95)",
        kind: "number",
        cli: { placeholder: "p" },
    },
    seed: { description: "Bootstrap seed", kind: "integer", cli: { placeholder: "n" } },
    "timeout-minutes": {
        description: "Stop the prediction command after this long (default 30)",
        kind: "number",
        cli: { placeholder: "n" },
    },
};
/** evaluate's inputs, as `actions/evaluate/action.yml` declares them. */
const EVALUATE_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    "model-dir": {
        description: "The model folder (train's model-dir)",
        required: true,
        cli: { placeholder: "dir" },
    },
    ...MEASUREMENT_INPUTS,
    snapshot: { description: "The snapshot whose test file is evaluated", cli: { placeholder: "id" } },
    "data-dir": { description: "A folder holding the snapshot's files", cli: { placeholder: "dir" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    task: {
        description: "Default: inferred",
        kind: "choice",
        choices: ["binary", "multiclass", "regression"],
    },
    slices: { description: "Columns to report metrics per value", cli: { placeholder: "a,b" } },
    metrics: { description: "Metrics to report (default: all of the task)", cli: { placeholder: "a,b" } },
    "primary-metric": { description: "The metric that ranks models", cli: { placeholder: "name" } },
    "run-id": { description: "The run to log the evaluation to", cli: { placeholder: "id" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    "output-dir": { description: "Where evaluation.json is written", cli: { placeholder: "dir" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
};


/***/ }),

/***/ 16143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _E: () => (/* binding */ evaluateStep),
  Wr: () => (/* binding */ evaluationSettings),
  rN: () => (/* binding */ loadPredictions),
  dt: () => (/* binding */ runPrediction)
});

// UNUSED EXPORTS: DEFAULT_PRIMARY_METRIC, recordRowIds

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/contract-file.js
var contract_file = __webpack_require__(88689);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/evaluation-report.js
var evaluation_report = __webpack_require__(12033);
// EXTERNAL MODULE: ./.cache/build/lib/config/trainyard-config.js + 1 modules
var trainyard_config = __webpack_require__(35719);
// EXTERNAL MODULE: ./.cache/build/lib/data/encode-text.js
var encode_text = __webpack_require__(27890);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
// EXTERNAL MODULE: ./.cache/build/lib/policy/format-number.js
var format_number = __webpack_require__(42029);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-names.js
var metric_names = __webpack_require__(29050);
// EXTERNAL MODULE: ./.cache/build/lib/report/markdown.js
var markdown = __webpack_require__(95721);
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
var lineage_hooks = __webpack_require__(95852);
// EXTERNAL MODULE: ./.cache/build/lib/serving/step-hooks.js
var step_hooks = __webpack_require__(20153);
// EXTERNAL MODULE: ./.cache/build/lib/stats/bootstrap.js
var bootstrap = __webpack_require__(81641);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-set.js
var metric_set = __webpack_require__(58306);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/command-environment.js
var command_environment = __webpack_require__(65444);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/run-command.js + 1 modules
var run_command = __webpack_require__(81051);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/split-command.js
var split_command = __webpack_require__(44997);
// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(22140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/tracking-config.js
var tracking_config = __webpack_require__(76829);
// EXTERNAL MODULE: ./.cache/build/lib/steps/training-data.js
var training_data = __webpack_require__(91778);
// EXTERNAL MODULE: ./.cache/build/lib/steps/workspace-paths.js
var workspace_paths = __webpack_require__(9347);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/task-labels.js
var task_labels = __webpack_require__(7256);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/evaluate/build-predictions.js


class PredictionsError extends user_error/* UserError */.yo {
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
            : Number((0,task_labels/* labelText */.QK)(value) ?? Number.NaN);
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
    const missingLabel = labels.findIndex((value) => (0,task_labels/* labelText */.QK)(value) === undefined);
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
    const classes = (0,task_labels/* sortClasses */.N3)([...labels.map((value) => (0,task_labels/* labelText */.QK)(value)), ...probaClasses]);
    const classIndex = new Map(classes.map((label, index) => [label, index]));
    if (task === "binary") {
        if (classes.length > 2)
            throw new PredictionsError(`a binary task needs two classes, found ${classes.length} (${classes.slice(0, 10).join(", ")}); set evaluate.task: multiclass`);
        const positive = (0,task_labels/* positiveClassOf */.XG)(classes, options.positiveClass);
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
            labelCodes[row] = (0,task_labels/* labelText */.QK)(labels[row]) === positive ? 1 : 0;
        }
        return { predictions: { task, labels: labelCodes, scores }, classes: [negative, positive] };
    }
    const k = classes.length;
    const probabilities = new Float64Array(n * k);
    const probaValues = classes.map((label) => column(predictions, `proba_${label}`, `the probability of class "${label}"; a multiclass model writes proba_<class> for every class`));
    const labelCodes = new Int32Array(n);
    for (let row = 0; row < n; row++) {
        labelCodes[row] = classIndex.get((0,task_labels/* labelText */.QK)(labels[row]));
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
            if ((0,task_labels/* labelText */.QK)(expected[row]) !== (0,task_labels/* labelText */.QK)(actual[row])) {
                throw new PredictionsError(`${predictions.file} is misaligned with the test file: row ${row + 1} has ${name} = ${JSON.stringify((0,task_labels/* labelText */.QK)(actual[row]) ?? null)}, the test file ${JSON.stringify((0,task_labels/* labelText */.QK)(expected[row]) ?? null)}; predictions must keep the input's row order`);
            }
        }
    }
}

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
    const { openRayBackend } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 70509));
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

// EXTERNAL MODULE: ./.cache/build/lib/config/suggest.js
var suggest = __webpack_require__(56736);
// EXTERNAL MODULE: ./.cache/build/lib/data/format.js
var format = __webpack_require__(40089);
// EXTERNAL MODULE: ./.cache/build/lib/data/read-table.js
var read_table = __webpack_require__(24935);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/evaluate/read-columns.js




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
    for await (const batch of (0,read_table/* readTable */.x)(path, (0,format/* detectFormat */.Tz)(path))) {
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
        const suggestion = (0,suggest/* nearestKey */.q)(name, columns);
        const notes = [from, suggestion ? `did you mean "${suggestion}"?` : undefined].filter(Boolean);
        return `"${name}"${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
    });
    return new user_error/* UserError */.yo(`${path} has no column ${each.join(", ")}. Its columns are ${columns.join(", ")}`);
}

// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/slices.js
var evaluate_slices = __webpack_require__(38836);
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
        throw new PredictionsError(`the prediction command exited 0 but wrote nothing to TRAINYARD_PREDICTIONS_FILE (${options.predictionsFile})`);
    }
    return { predictionsFile: options.predictionsFile, seconds: result.durationSeconds };
}
/** Reads the predictions and the test file's label (and slice columns), checks they line up, and pairs them. */
async function loadPredictions(options) {
    const predicted = await readColumns(options.predictionsFile, (columns) => columns);
    const predictionColumns = { file: options.predictionsFile, ...predicted };
    let shared = [];
    const test = await readColumns(options.testFile, (columns) => {
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
        checkAlignment(test.values, predictionColumns, shared);
    const task = options.task ?? (0,task_labels/* inferTask */.Sz)(labels, predicted.columns);
    const built = buildPredictions({
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
    const predicted = await readColumns(options.predictionsFile, (columns) => columns);
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

/***/ 38836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ sliceRows)
/* harmony export */ });
/* unused harmony export quantileEdges */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);
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

/***/ 7256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ sortClasses),
/* harmony export */   QK: () => (/* binding */ labelText),
/* harmony export */   Sz: () => (/* binding */ inferTask),
/* harmony export */   XG: () => (/* binding */ positiveClassOf)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

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


/***/ }),

/***/ 85172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YN: () => (/* binding */ registerKnownSecrets)
/* harmony export */ });
/* unused harmony exports KNOWN_SECRET_ENV, knownSecretValues */
/**
 * Environment variables whose values trainyard knows to be secret: AWS keys of the store, MLflow credentials,
 * GitHub tokens (including the runner's own, which a training command inherits). `train.secret_env` adds more.
 */
const KNOWN_SECRET_ENV = [
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "MLFLOW_TRACKING_PASSWORD",
    "MLFLOW_TRACKING_TOKEN",
    "GITHUB_TOKEN",
    "GH_TOKEN",
    "ACTIONS_RUNTIME_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
];
/** Values this short (no real key or token is) would turn ordinary text such as "test" into `***` in files and outputs that other steps read; the runner still masks them in its own log. */
const SHORTEST_MASKED = 8;
/** The password of a URL's user-info (`https://user:secret@host`), which MLFLOW_TRACKING_URI may carry. */
function urlPassword(value) {
    if (!value || !/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return undefined;
    try {
        const password = decodeURIComponent(new URL(value).password);
        return password || undefined;
    }
    catch {
        return undefined;
    }
}
/** The secret values of the environment: the known variables, those `train.secret_env` lists, URL passwords. */
function knownSecretValues(env, extraNames = []) {
    const values = new Set();
    const add = (value) => {
        if (!value)
            return;
        // The runner masks a multi-line secret line by line; so does a file written line by line.
        for (const part of [value, ...value.split(/\r?\n/)]) {
            const trimmed = part.trim();
            if (trimmed.length >= SHORTEST_MASKED)
                values.add(trimmed);
        }
    };
    for (const name of [...KNOWN_SECRET_ENV, ...extraNames])
        add(env[name]);
    add(urlPassword(env.MLFLOW_TRACKING_URI));
    // Longest first, so a secret that contains another is replaced whole.
    return [...values].sort((a, b) => b.length - a.length);
}
/**
 * Registers every secret value trainyard knows of with the context, so `context.mask` (log tails, artifacts,
 * reports, comments, summaries, outputs) and the runner's log replace them by `***`.
 */
function registerKnownSecrets(context, config) {
    const extra = config?.config.train?.secret_env ?? [];
    for (const value of knownSecretValues(context.env, extra))
        context.setSecret(value);
}


/***/ }),

/***/ 14814:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ PIPELINE_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30420);

/** The all-in-one action's inputs, as the root `action.yml` declares them. */
const PIPELINE_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    mode: {
        description: "preview stops after compare; release also registers and promotes",
        kind: "choice",
        choices: ["preview", "release"],
        default: "preview",
        // A pull request previews by default; in the terminal, a person who runs the pipeline means all of it.
        cli: { placeholder: "release|preview", default: "release" },
    },
    params: { description: "Params over train.params", cli: { placeholder: "yaml|file" } },
    seed: { description: "The training seed", kind: "integer", cli: { placeholder: "n" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    environment: { description: "The approving GitHub environment", cli: { placeholder: "name" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DECISION_INPUTS */ .vD,
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_TOKEN_INPUT */ .vu,
};


/***/ }),

/***/ 35152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ PIPELINE_STEPS)
/* harmony export */ });
/** The steps of `trainyard run`, in order (its --from choices). */
const PIPELINE_STEPS = [
    "snapshot",
    "validate",
    "train",
    "evaluate",
    "compare",
    "register",
    "promote",
];


/***/ }),

/***/ 51054:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aI: () => (/* binding */ runPipeline),
/* harmony export */   lh: () => (/* binding */ pipelineOutputs)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32845);
/* harmony import */ var _lineage_git_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26985);
/* harmony import */ var _compare_compare_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49416);
/* harmony import */ var _compare_compare_step_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34048);
/* harmony import */ var _evaluate_evaluate_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(15952);
/* harmony import */ var _evaluate_evaluate_step_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16143);
/* harmony import */ var _register_register_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(34466);
/* harmony import */ var _register_register_step_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(29505);
/* harmony import */ var _snapshot_snapshot_inputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(70114);
/* harmony import */ var _snapshot_snapshot_step_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(41477);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(22140);
/* harmony import */ var _train_train_inputs_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(50312);
/* harmony import */ var _train_train_step_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(31848);
/* harmony import */ var _validate_validate_inputs_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(77190);
/* harmony import */ var _validate_validate_step_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(84301);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(9347);
/* harmony import */ var _pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(35152);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_18__]);
_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_18__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];






















/**
 * One step's inputs: those the pipeline shares with it by name, then what the earlier steps produced. The
 * pipeline's own values are already parsed, so they pass as text and each step parses them again.
 */
function stepInputs(specs, pipeline, chained) {
    const shared = { ...pipeline };
    return (0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)(specs, (name) => {
        const value = name in chained ? chained[name] : shared[name];
        return value === undefined ? undefined : String(value);
    }, (0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .originOf */ .yv)(pipeline));
}
const stateFile = (context) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.workingDirectory, _workspace_paths_js__WEBPACK_IMPORTED_MODULE_19__/* .workspacePath */ .X.pipelineState);
async function loadState(context) {
    try {
        const parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(stateFile(context), "utf8"));
        return parsed && typeof parsed.steps === "object" ? parsed : { steps: {} };
    }
    catch {
        return { steps: {} };
    }
}
async function saveState(context, state) {
    const file = stateFile(context);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file, ".."), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(`${file}.tmp`, file);
}
async function fingerprintOf(context, config, inputs, options) {
    const code = await (0,_lineage_git_state_js__WEBPACK_IMPORTED_MODULE_5__/* .readGitState */ .I)(context.workingDirectory);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update(JSON.stringify({
        config: config.hash,
        code: code.treeHash,
        mode: inputs.mode,
        inputs: [inputs.params, inputs.seed, inputs["tracking-uri"], inputs.store, options.approvedBy],
    }))
        .digest("hex");
}
const text = (value) => (value === undefined ? undefined : String(value));
/**
 * The whole chain in one process, the way `trainyard run` and the all-in-one action run it: snapshot,
 * validate, train, evaluate, compare, register, and promote when the gate says so and an approval is at
 * hand. Each step's outputs are kept in .trainyard/pipeline/state.json, so `from` resumes after a fix
 * and reuses what the earlier steps produced.
 */
async function runPipeline(context, inputs, options = {}) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_14__/* .loadStepConfig */ .hs)(context, inputs);
    if (!config)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`no trainyard.yml in ${context.workingDirectory} (set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputLabel */ .NB)(inputs, "config")} to its path)`);
    const startAt = options.from ? _pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__/* .PIPELINE_STEPS */ .B.indexOf(options.from) : 0;
    if (startAt < 0)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--from must be one of ${_pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__/* .PIPELINE_STEPS */ .B.join(", ")}`);
    const saved = await loadState(context);
    const previous = startAt > 0 ? saved.steps : {};
    const fingerprint = await fingerprintOf(context, config, inputs, options);
    // A run with the same inputs that stopped half-way (an error, a kill) is continued: its finished steps are
    // reused once the snapshot shows the data is the same, so nothing is trained or registered twice.
    const interrupted = startAt === 0 && saved.fingerprint === fingerprint && saved.complete === false ? saved.steps : undefined;
    const state = {};
    for (const step of _pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__/* .PIPELINE_STEPS */ .B.slice(0, startAt)) {
        const kept = previous[step];
        if (!kept && step !== "promote" && step !== "register")
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot resume from ${options.from}: no earlier ${step} result in ${stateFile(context)}`);
        if (kept)
            state[step] = kept;
    }
    const runs = (step) => _pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__/* .PIPELINE_STEPS */ .B.indexOf(step) >= startAt;
    let reuse;
    const record = async (step, work) => {
        const earlier = reuse?.[step];
        if (earlier) {
            context.log.info(`${step}: reusing the result of the interrupted run with the same inputs`);
            state[step] = earlier;
            return;
        }
        const outputs = await context.group(`trainyard ${step}`, work).catch((error) => {
            const kept = _pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__/* .PIPELINE_STEPS */ .B.filter((earlier) => state[earlier] !== undefined);
            if (kept.length > 0)
                context.log.info(`${step} failed; the results of ${kept.join(", ")} are kept in ${stateFile(context)}: after a fix, \`trainyard run --from ${step}\` reuses them`);
            throw error;
        });
        state[step] = outputs;
        await saveState(context, { fingerprint, complete: false, steps: { ...previous, ...state } });
    };
    const finished = async (result) => {
        await saveState(context, { fingerprint, complete: true, steps: { ...previous, ...state } });
        return result;
    };
    // The pipeline's seed is the training seed; the split keeps data.split.seed.
    if (runs("snapshot"))
        await record("snapshot", () => (0,_snapshot_snapshot_step_js__WEBPACK_IMPORTED_MODULE_13__/* .snapshotStep */ .t)(context, stepInputs(_snapshot_snapshot_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .SNAPSHOT_INPUTS */ .T, inputs, { seed: undefined })));
    const snapshotId = text(state.snapshot?.["snapshot-id"]);
    if (interrupted && interrupted.snapshot?.["snapshot-id"] === snapshotId)
        reuse = interrupted;
    const dataDir = text(state.snapshot?.["data-dir"]);
    if (runs("validate") && config.config.validate)
        await record("validate", () => (0,_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_18__/* .validateStep */ .X$)(context, stepInputs(_validate_validate_inputs_js__WEBPACK_IMPORTED_MODULE_17__/* .VALIDATE_INPUTS */ .L, inputs, { snapshot: snapshotId })));
    const validationReport = text(state.validate?.["report-path"]);
    const dataInputs = { snapshot: snapshotId, "data-dir": dataDir };
    if (runs("train"))
        await record("train", () => (0,_train_train_step_js__WEBPACK_IMPORTED_MODULE_16__/* .trainStep */ .N)(context, stepInputs(_train_train_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .TRAIN_INPUTS */ .L, inputs, dataInputs), config));
    const runId = text(state.train?.["run-id"]);
    const modelDir = text(state.train?.["model-dir"]);
    if (runs("evaluate"))
        await record("evaluate", () => (0,_evaluate_evaluate_step_js__WEBPACK_IMPORTED_MODULE_9__/* .evaluateStep */ ._E)(context, stepInputs(_evaluate_evaluate_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .EVALUATE_INPUTS */ ._, inputs, {
            ...dataInputs,
            "model-dir": modelDir,
            "run-id": runId,
            seed: undefined,
            bootstrap: options.bootstrap,
        }), config));
    const evaluation = text(state.evaluate?.["report-path"]);
    if (runs("compare"))
        await record("compare", () => (0,_compare_compare_step_js__WEBPACK_IMPORTED_MODULE_7__/* .compareStep */ .Yy)(context, stepInputs(_compare_compare_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .COMPARE_INPUTS */ .Q, inputs, {
            evaluations: evaluation,
            "validation-report": validationReport,
            "output-dir": _workspace_paths_js__WEBPACK_IMPORTED_MODULE_19__/* .workspacePath */ .X.comparisons(runId ?? "latest"),
            seed: undefined,
            bootstrap: options.bootstrap,
        }), config));
    const decision = text(state.compare?.decision);
    const comparison = text(state.compare?.["report-path"]);
    const reportMarkdown = text(state.compare?.["report-markdown"]);
    const approval = { "approved-by": options.approvedBy, reason: options.reason };
    if (inputs.mode === "preview")
        return finished({
            state,
            ...(decision ? { decision } : {}),
            promoted: false,
            ...(reportMarkdown ? { reportMarkdown } : {}),
            stoppedBefore: { step: "register", why: "preview mode reports only" },
        });
    if (runs("register"))
        await record("register", () => (0,_register_register_step_js__WEBPACK_IMPORTED_MODULE_11__/* .registerStep */ .ks)(context, stepInputs(_register_register_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .REGISTER_INPUTS */ .U, inputs, { ...approval, mode: "register", "run-id": runId, comparison }), config));
    const result = (extra) => ({
        state,
        ...(decision ? { decision } : {}),
        promoted: false,
        ...(reportMarkdown ? { reportMarkdown } : {}),
        ...extra,
    });
    if (decision !== "promote")
        return finished(result({ stoppedBefore: { step: "promote", why: "the gate rejected the challenger" } }));
    if (!options.approvedBy && context.env.GITHUB_ACTIONS !== "true")
        return finished(result({
            stoppedBefore: {
                step: "promote",
                why: "promotion needs an approval: run `trainyard register promote --approved-by <name>` (or pass --approved-by)",
            },
        }));
    await record("promote", () => (0,_register_register_step_js__WEBPACK_IMPORTED_MODULE_11__/* .registerStep */ .ks)(context, stepInputs(_register_register_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .REGISTER_INPUTS */ .U, inputs, {
        ...approval,
        mode: "promote",
        comparison,
        version: text(state.register?.version),
    }), config));
    return finished(result({ promoted: true }));
}
/** The all-in-one action's outputs (and `trainyard run --json`'s). */
function pipelineOutputs(result) {
    return {
        decision: result.decision ?? "",
        promoted: result.promoted,
        "snapshot-id": result.state.snapshot?.["snapshot-id"] ?? "",
        "run-id": result.state.train?.["run-id"] ?? "",
        version: result.state.register?.version ?? "",
        "report-path": result.state.compare?.["report-path"] ?? "",
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 34466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ REGISTER_INPUTS)
});

// UNUSED EXPORTS: REGISTER_MODES

// EXTERNAL MODULE: ./.cache/build/lib/inputs/common-inputs.js
var common_inputs = __webpack_require__(30420);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/serve-check/serve-check-inputs.js

/** The Python that loads and serves packaged models (register-model and serve-check declare it). */
const PYTHON_INPUT = {
    python: {
        description: "A Python with mlflow (default serving.python, TRAINYARD_PYTHON, else python3 on PATH)",
        cli: { placeholder: "path" },
    },
};
/** serve-check's inputs: `trainyard serve-check <model>[@alias|/version]`. */
const SERVE_CHECK_INPUTS = {
    ...common_inputs/* CONFIG_INPUT */.sR,
    model: {
        description: "The version: name (its champion), name@alias or name/version (default: model@champion)",
        cli: { placeholder: "ref" },
    },
    ...common_inputs/* TRACKING_INPUT */.pL,
    ...PYTHON_INPUT,
    "timeout-seconds": {
        description: "Stop waiting for the server after this long (default 180)",
        kind: "number",
        cli: { placeholder: "s" },
    },
};

;// CONCATENATED MODULE: ./.cache/build/lib/steps/register/register-inputs.js


const REGISTER_MODES = ["register", "approve", "promote", "rollback", "cleanup"];
/** register-model's inputs, as `actions/register-model/action.yml` declares them. */
const REGISTER_INPUTS = {
    mode: {
        description: "register, approve (wait for the approval only), promote, rollback or cleanup",
        kind: "choice",
        choices: REGISTER_MODES,
        required: true,
    },
    ...common_inputs/* CONFIG_INPUT */.sR,
    model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
    ...common_inputs/* TRACKING_INPUT */.pL,
    "run-id": { description: "register: the training run", cli: { placeholder: "id" } },
    comparison: { description: "comparison.json of compare", cli: { placeholder: "file" } },
    version: { description: "promote/rollback: the version", cli: { placeholder: "v" } },
    "expected-champion": { description: "promote: the champion compared with", cli: { placeholder: "v" } },
    environment: { description: "The approving GitHub environment", cli: { placeholder: "name" } },
    "approved-by": { description: "promote/rollback: who approved", cli: { placeholder: "name" } },
    approval: {
        description: "environment or review (default register.approval)",
        kind: "choice",
        choices: ["environment", "review"],
        cli: { placeholder: "mode" },
    },
    "approval-timeout": {
        description: "review: how long to wait, e.g. 30m (0: look once)",
        cli: { placeholder: "duration" },
    },
    reason: { description: "Why (recorded on the version)", cli: { placeholder: "text" } },
    ...common_inputs/* GITHUB_TOKEN_INPUT */.vu,
    "older-than-days": {
        description: "cleanup: age limit (default 90)",
        kind: "number",
        cli: { placeholder: "n" },
    },
    "dry-run": { description: "cleanup: only list", kind: "boolean", default: "true" },
    "serve-check": {
        description: "promote: serve the version and check its answer first (default register.serve_check)",
        kind: "boolean",
    },
    ...PYTHON_INPUT,
};


/***/ }),

/***/ 29505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p7: () => (/* binding */ environmentOf),
  WY: () => (/* binding */ readComparison),
  ks: () => (/* binding */ registerStep)
});

// UNUSED EXPORTS: ChampionMovedError

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/comparison-report.js
var comparison_report = __webpack_require__(79128);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/evaluation-report.js
var evaluation_report = __webpack_require__(12033);
// EXTERNAL MODULE: ./.cache/build/lib/serving/mlmodel.js
var serving_mlmodel = __webpack_require__(51842);
// EXTERNAL MODULE: ./.cache/build/lib/serving/package-model.js
var package_model = __webpack_require__(86804);
// EXTERNAL MODULE: ./.cache/build/lib/serving/parity.js
var serving_parity = __webpack_require__(15379);
// EXTERNAL MODULE: ./.cache/build/lib/serving/python-runtime.js
var python_runtime = __webpack_require__(44841);
// EXTERNAL MODULE: ./.cache/build/lib/serving/serving-parity.js
var serving_serving_parity = __webpack_require__(81100);
;// CONCATENATED MODULE: ./.cache/build/lib/serving/serve-check.js










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
        throw new UserError(ref.version ? `${ref.model} has no version ${ref.version}` : `${ref.model} has no alias @${ref.alias}`);
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
        throw new user_error/* UserError */.yo(`${label} names no run: its model files cannot be pulled`);
    const lookup = await (0,serving_serving_parity/* lookupPython */.vJ)(context, options.settings);
    if ("skip" in lookup)
        throw new user_error/* UserError */.yo(`serve-check needs a Python with mlflow: ${lookup.skip}`);
    const python = lookup.runtime;
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "trainyard-serve-check-"));
    try {
        const modelDir = (0,external_node_path_.join)(scratch, "model");
        await options.tracker.downloadArtifacts(version.runId, "model", modelDir);
        const mlmodelFile = (0,external_node_path_.join)(modelDir, serving_mlmodel/* MLMODEL_FILE */.my);
        if (!(await (0,promises_.stat)(mlmodelFile).catch(() => undefined)))
            throw new user_error/* UserError */.yo(`${label} has no MLmodel: it is not an MLflow Model (trained before packaging?)`);
        const mlmodel = (0,serving_mlmodel/* parseMLmodel */.Yg)(await (0,promises_.readFile)(mlmodelFile, "utf8"), `${label}: MLmodel`);
        const evaluationDir = (0,external_node_path_.join)(scratch, "evaluation");
        let recorded;
        let classes;
        let positiveClass;
        try {
            await options.tracker.downloadArtifacts(version.runId, "evaluation", evaluationDir);
            const reportFile = (0,external_node_path_.join)(evaluationDir, "evaluation.json");
            const report = (0,evaluation_report/* parseEvaluationReport */.ee)(await (0,promises_.readFile)(reportFile, "utf8"), reportFile);
            classes = report.classes;
            positiveClass = report.task === "binary" ? report.classes?.[1] : undefined;
            recorded = (0,package_model/* parseCsvLines */.F1)(await (0,promises_.readFile)((0,external_node_path_.join)(evaluationDir, report.predictionsFile), "utf8"));
        }
        catch {
            recorded = undefined;
        }
        const ours = mlmodel.metadata?.[serving_mlmodel/* TRAINYARD_METADATA_KEY */.P8] !== undefined;
        const pyfuncFile = (0,external_node_path_.join)(scratch, "pyfunc.csv");
        const servedFile = (0,external_node_path_.join)(scratch, "served.csv");
        const result = await context.group(`Serve ${label} with mlflow models serve`, () => (0,python_runtime/* runHelper */.UA)(python.executable, [
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
            throw new user_error/* UserError */.yo(`serve-check of ${label} failed: ${String(result.payload.error)}`);
        const served = (0,package_model/* parseCsvLines */.F1)(await (0,promises_.readFile)(servedFile, "utf8"));
        const inProcess = (0,package_model/* parseCsvLines */.F1)(await (0,promises_.readFile)(pyfuncFile, "utf8"));
        // The input example is the test file's first rows when trainyard wrote it: compare with evaluate's record.
        const expected = recorded && ours ? (0,serving_parity/* headRows */.yZ)(recorded, served.rows.length) : inProcess;
        const comparedWith = recorded && ours
            ? `the first ${served.rows.length} predictions evaluate recorded for run ${version.runId}`
            : "mlflow.pyfunc.load_model's predictions of the same input example";
        const maxAbsDiff = options.settings.maxAbsDiff;
        const parity = (0,serving_parity/* compareServing */.Kg)(expected, served, {
            maxAbsDiff,
            ...(positiveClass !== undefined ? { positiveClass } : {}),
        });
        const inProcessParity = (0,serving_parity/* compareServing */.Kg)(expected, inProcess, {
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
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
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

;// CONCATENATED MODULE: ./.cache/build/lib/serving/promotion-hook.js




/**
 * promote's hook: with `serve-check` (or register.serve_check), the version is served and must answer its
 * input example as recorded before the champion alias moves; a failure stops the promotion.
 */
async function serveCheckBeforePromotion(context, inputs, tracking, target, config) {
    const wanted = inputs["serve-check"] ?? config?.config.register.serve_check ?? false;
    if (!wanted)
        return;
    const settings = (0,serving_serving_parity/* servingSettings */.qf)(context, config, {
        value: inputs.python,
        label: (0,declared_inputs/* inputLabel */.NB)(inputs, "python"),
    });
    const result = await serveCheck(context, {
        tracker: tracking.tracker,
        version: target,
        settings,
        timeoutMs: 180_000,
    });
    const said = describeServeCheck(result);
    if (!result.passed)
        throw new user_error/* UserError */.yo(`${said}; the champion alias was not moved`);
    context.log.notice(said);
    await tracking.registry.setModelVersionTag(target.name, target.version, "trainyard.serve_check", "passed");
}

// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(22140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/tracking-config.js
var tracking_config = __webpack_require__(76829);
// EXTERNAL MODULE: ./.cache/build/lib/steps/train/checkpoints.js
var checkpoints = __webpack_require__(2165);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/checkpoint-cleanup.js

/**
 * `register cleanup`'s part for checkpoints: a cache key's checkpoints are deleted once a run that wrote them
 * has FINISHED (its model exists; nothing will resume from them), unless train.checkpoint.keep. A run the
 * tracker cannot answer for keeps its checkpoints. A dry run only lists.
 */
async function cleanupCheckpoints(context, options) {
    const keys = await (0,checkpoints/* listCheckpointKeys */.dr)(options.store);
    if (keys.size === 0)
        return [];
    if (options.keep) {
        context.log.info(`train.checkpoint.keep is true: the checkpoints of ${keys.size} training(s) are kept`);
        return [];
    }
    const doomed = [];
    for (const [key, runs] of keys) {
        let finished;
        for (const runId of runs) {
            const status = await options.tracker
                .getRun(runId)
                .then((run) => run.info.status)
                .catch(() => undefined);
            if (status === "FINISHED")
                finished = runId;
        }
        if (!finished)
            continue;
        doomed.push(key);
        if (options.dryRun) {
            context.log.info(`would delete the checkpoints of training ${key.slice(0, 12)} (run ${finished} finished)`);
            continue;
        }
        const count = await (0,checkpoints/* deleteCheckpoints */.hq)(options.store, key);
        context.log.info(`deleted the checkpoints of training ${key.slice(0, 12)} (run ${finished} finished; ${count} object(s))`);
    }
    return doomed;
}

;// CONCATENATED MODULE: ./.cache/build/lib/github/approvals.js
/**
 * The deployment review history of a workflow run, oldest first, as
 * GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals returns it. Entries in state `pending` (a
 * reviewer's comment without a decision) are left out.
 */
async function getDeploymentApprovals(octokit, run) {
    const { data } = await octokit.rest.actions.getReviewsForRun({
        owner: run.owner,
        repo: run.repo,
        run_id: run.runId,
    });
    const approvals = [];
    for (const review of data) {
        if (review.state !== "approved" && review.state !== "rejected")
            continue;
        approvals.push({
            user: review.user.login,
            state: review.state,
            comment: review.comment,
            environments: review.environments.map((e) => e.name).filter((name) => Boolean(name)),
            approvedAt: null,
        });
    }
    return approvals;
}
/**
 * The last decision (approval or rejection) on an environment, or undefined when nobody decided on it.
 * Environment names compare without regard to case, as GitHub's do.
 */
function latestApproval(approvals, environment) {
    const wanted = environment.toLowerCase();
    for (let i = approvals.length - 1; i >= 0; i--) {
        const approval = approvals[i];
        if (approval?.environments.some((name) => name.toLowerCase() === wanted))
            return approval;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.cache/build/lib/github/environments.js
/**
 * The protection rules of a GitHub environment, from GET /repos/{owner}/{repo}/environments/{environment_name}:
 * who must approve a job that runs in it. Required reviewers exist only on public repositories and on
 * GitHub Enterprise; elsewhere the list is empty and a job in the environment runs at once.
 */
async function getEnvironmentProtection(octokit, target) {
    try {
        const { data } = await octokit.rest.repos.getEnvironment({
            owner: target.owner,
            repo: target.repo,
            environment_name: target.environment,
        });
        const reviewers = [];
        let preventSelfReview = false;
        for (const rule of data.protection_rules ?? []) {
            if (rule.type !== "required_reviewers")
                continue;
            const entries = (rule.reviewers ?? []);
            if (rule.prevent_self_review)
                preventSelfReview = true;
            for (const entry of entries) {
                const reviewer = entry.reviewer;
                if (!reviewer)
                    continue;
                if (entry.type === "Team" && reviewer.slug)
                    reviewers.push(`${reviewer.organization?.login ?? target.owner}/${reviewer.slug}`);
                else if (reviewer.login)
                    reviewers.push(reviewer.login);
            }
        }
        return { exists: true, reviewers, preventSelfReview };
    }
    catch (error) {
        if (error.status === 404)
            return { exists: false, reviewers: [], preventSelfReview: false };
        throw error;
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/lineage/workflow-run.js
var workflow_run = __webpack_require__(53088);
// EXTERNAL MODULE: ./.cache/build/lib/github/sticky-comment.js
var sticky_comment = __webpack_require__(42448);
;// CONCATENATED MODULE: ./.cache/build/lib/github/approval-requests.js

/** The hidden marker of the request for one model version. */
function approvalMarker(model, version) {
    return (0,sticky_comment/* stickyMarker */.YL)(`approval:${model}@${version}`);
}
/**
 * Posts or updates the approval request: on a pull request a sticky comment (so a re-run finds and keeps it),
 * otherwise an issue whose body starts with the marker (searched among the 300 newest issues, open or closed).
 */
async function upsertApprovalRequest(octokit, target) {
    const body = `${target.marker}\n${target.body}`;
    if (target.pullRequest !== undefined) {
        const result = await (0,sticky_comment/* upsertStickyComment */.qD)(octokit, {
            owner: target.owner,
            repo: target.repo,
            issueNumber: target.pullRequest,
            marker: target.marker,
            body,
        });
        const { data: comment } = await octokit.rest.issues.getComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: result.commentId,
        });
        return {
            kind: "pull-request-comment",
            number: target.pullRequest,
            url: result.url,
            id: result.commentId,
            createdAt: comment.created_at,
            resumed: result.action !== "created",
        };
    }
    const existing = await findRequestIssue(octokit, target, target.marker);
    if (existing) {
        // A decided (closed) request keeps its decision text; an open one shows the current decision and report.
        if (existing.body !== body && existing.state === "open")
            await octokit.rest.issues.update({
                owner: target.owner,
                repo: target.repo,
                issue_number: existing.number,
                body,
            });
        return {
            kind: "issue",
            number: existing.number,
            url: existing.html_url,
            id: existing.number,
            createdAt: existing.created_at,
            resumed: true,
        };
    }
    const { data: issue } = await octokit.rest.issues.create({
        owner: target.owner,
        repo: target.repo,
        title: target.title,
        body,
    });
    return {
        kind: "issue",
        number: issue.number,
        url: issue.html_url,
        id: issue.number,
        createdAt: issue.created_at,
        resumed: false,
    };
}
async function findRequestIssue(octokit, repo, marker) {
    for (let page = 1; page <= 3; page++) {
        const { data } = await octokit.rest.issues.listForRepo({
            owner: repo.owner,
            repo: repo.repo,
            state: "all",
            sort: "created",
            direction: "desc",
            per_page: 100,
            page,
        });
        const found = data.find((issue) => !issue.pull_request && (issue.body ?? "").startsWith(marker));
        if (found)
            return { ...found, body: found.body ?? "" };
        if (data.length < 100)
            return undefined;
    }
    return undefined;
}
/** Rewrites the request once decided (the marker stays, so a re-run still finds it); closes a request issue. */
async function closeApprovalRequest(octokit, repo, request, marker, body) {
    const text = `${marker}\n${body}`;
    if (request.kind === "pull-request-comment") {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: request.id, body: text });
        return;
    }
    await octokit.rest.issues.update({ ...repo, issue_number: request.number, body: text, state: "closed" });
}
const COMMAND = /^\/(approve|reject)\b[ \t]*([^\r\n]*)/i;
/** Parses a comment's first line: `/approve <version>` or `/reject [reason]`; undefined for anything else. */
function parseApprovalCommand(body) {
    const match = COMMAND.exec(body.trim());
    if (!match)
        return undefined;
    const decision = match[1].toLowerCase();
    const rest = (match[2] ?? "").trim();
    if (decision === "approve") {
        const version = rest.split(/\s+/)[0]?.replace(/^v(?=\d)/, "");
        return { decision, ...(version ? { version } : {}), text: rest };
    }
    return { decision, text: rest };
}
/**
 * The decisions taken on a request since it was made, oldest first: `/approve` and `/reject` comments on its
 * pull request or issue (after the request), and, on a pull request, review approvals submitted after it.
 */
async function listApprovalSignals(octokit, repo, request) {
    const since = Date.parse(request.createdAt);
    const signals = [];
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: request.number,
        since: request.createdAt,
        per_page: 100,
    });
    for (const comment of comments) {
        if (request.kind === "pull-request-comment" && comment.id <= request.id)
            continue;
        if (Date.parse(comment.created_at) < since)
            continue;
        const command = parseApprovalCommand(comment.body ?? "");
        if (!command || !comment.user)
            continue;
        signals.push({
            user: comment.user.login,
            decision: command.decision,
            via: "comment",
            ...(command.version ? { version: command.version } : {}),
            url: comment.html_url,
            at: comment.created_at,
            text: command.text,
        });
    }
    if (request.kind === "pull-request-comment") {
        const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
            ...repo,
            pull_number: request.number,
            per_page: 100,
        });
        for (const review of reviews) {
            if (review.state !== "APPROVED" || !review.user || !review.submitted_at)
                continue;
            if (Date.parse(review.submitted_at) < since)
                continue;
            signals.push({
                user: review.user.login,
                decision: "approve",
                via: "review",
                url: review.html_url,
                at: review.submitted_at,
                text: review.body ?? "",
            });
        }
    }
    return signals.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
/**
 * Whether a user is an active member of `org/team`, through GET /orgs/{org}/teams/{team_slug}/memberships/
 * {username}. Reading another organisation's teams needs a token with `members: read` (a workflow's
 * GITHUB_TOKEN has none): a 403 is rethrown for the caller to explain; 404 means not a member.
 */
async function isTeamMember(octokit, team, user) {
    const [org, slug] = team.split("/");
    try {
        const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
            org,
            team_slug: slug,
            username: user,
        });
        return data.state === "active";
    }
    catch (error) {
        if (error.status === 404)
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/github/codeowners.js
/** Where GitHub looks for CODEOWNERS, in its order: the first that exists is used. */
const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function escapeRegExp(text) {
    return text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}
/** A CODEOWNERS pattern (gitignore syntax, as GitHub reads it) as a regular expression over a repository path. */
function codeownersPattern(pattern) {
    let text = pattern;
    const anchored = text.startsWith("/") || text.slice(0, -1).includes("/");
    text = text.replace(/^\//, "");
    const directory = text.endsWith("/");
    text = text.replace(/\/$/, "");
    let source = "";
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === "*" && text[i + 1] === "*") {
            // `**/` any folders, `/**` everything below, `**` alone anything.
            if (text[i + 2] === "/") {
                source += "(?:.*/)?";
                i += 2;
            }
            else {
                source += ".*";
                i += 1;
            }
        }
        else if (char === "*")
            source += "[^/]*";
        else if (char === "?")
            source += "[^/]";
        else
            source += escapeRegExp(char);
    }
    const prefix = anchored ? "^" : "^(?:.*/)?";
    // A pattern matches the path itself or, naming a folder, everything below it.
    const suffix = directory ? "/.*$" : "(?:/.*)?$";
    return new RegExp(`${prefix}${source}${suffix}`);
}
/**
 * The owners CODEOWNERS gives a path: the last matching line wins, as on GitHub. Owners are `@login` or
 * `@org/team` (returned without the `@`); e-mail owners are left out (they cannot be matched to a login).
 */
function ownersOf(codeowners, path) {
    const normalized = path.replace(/^\.?\//, "");
    let owners = [];
    for (const raw of codeowners.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, "").trim();
        if (!line)
            continue;
        const [pattern, ...rest] = line.split(/\s+/);
        if (codeownersPattern(pattern).test(normalized))
            owners = rest.filter((owner) => owner.startsWith("@")).map((owner) => owner.slice(1));
    }
    return owners;
}

// EXTERNAL MODULE: ./.cache/build/lib/report/markdown.js
var markdown = __webpack_require__(95721);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/register/approval-review.js






const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** "90s", "30m", "4h", "1d", or "0", in milliseconds. */
function parseDuration(text) {
    const match = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/.exec(text.trim());
    if (!match)
        return undefined;
    const value = Number(match[1]);
    const unit = match[2] || (value === 0 ? "s" : "");
    if (!unit)
        return undefined;
    return value * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit];
}
/** The CODEOWNERS owners of trainyard.yml, read from the checked-out repository. */
async function codeownersOfConfig(workingDirectory, configPath) {
    if (!configPath)
        return [];
    for (const candidate of CODEOWNERS_PATHS) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(workingDirectory, candidate), "utf8").catch(() => undefined);
        if (text !== undefined)
            return ownersOf(text, configPath);
    }
    return [];
}
/** The config's path from the repository root (the workspace on a runner), with forward slashes. */
function repositoryPath(workingDirectory, path) {
    return (0,external_node_path_.relative)(workingDirectory, path).split("\\").join("/");
}
function requestBody(options, approvers) {
    const what = options.action === "promote" ? "promote" : "roll back to";
    const lines = [
        `### trainyard: approval requested to ${what} \`${(0,markdown/* escapeMarkdown */.FV)(options.model)}\` version ${(0,markdown/* escapeMarkdown */.FV)(options.version)}`,
        "",
    ];
    if (options.decision) {
        lines.push(`**Decision:** ${(0,markdown/* escapeMarkdown */.FV)(options.decision.decision)}`);
        for (const reason of options.decision.reasons.slice(0, 20))
            lines.push(`- ${(0,markdown/* escapeMarkdown */.FV)(reason)}`);
        lines.push("");
    }
    if (options.reportUrl)
        lines.push(`**Full report:** ${options.reportUrl}`, "");
    lines.push(`To approve, ${options.pullRequest !== undefined ? "approve this pull request in a review, or " : ""}comment \`/approve ${(0,markdown/* escapeMarkdown */.FV)(options.version)}\`. To reject, comment \`/reject <reason>\`.`, "", `Who may approve: ${approvers.length > 0 ? approvers.map((a) => `@${(0,markdown/* escapeMarkdown */.FV)(a)}`).join(", ") : "nobody is listed yet (register.approvers in trainyard.yml, or CODEOWNERS of trainyard.yml)"}${options.allowSelfApproval ? "" : "; not the person who started the run"}.`);
    if (options.runUrl)
        lines.push("", `Waiting in ${options.runUrl}; re-run the job to wait again.`);
    return lines.join("\n");
}
/**
 * Review mode, for plans whose environments have no required reviewers: posts a pending approval request
 * (a sticky comment on the pull request, else an issue) and waits, bounded, for a listed approver to approve
 * it (a review approval on the pull request, or `/approve <version>`); `/reject` ends it. A re-run finds its
 * own request and counts what was decided on it meanwhile.
 */
async function waitForReviewApproval(context, octokit, options) {
    const sleep = options.sleep ?? defaultSleep;
    const now = options.now ?? Date.now;
    const owners = await codeownersOfConfig(context.workingDirectory, options.configPath);
    const listed = [...new Set([...options.approvers, ...owners])];
    if (listed.length === 0)
        throw new user_error/* UserError */.yo(`review approval needs someone who may approve: list GitHub users or org/team slugs in register.approvers of trainyard.yml, or give trainyard.yml an owner in CODEOWNERS`);
    const repo = { owner: options.owner, repo: options.repo };
    const marker = approvalMarker(options.model, options.version);
    const request = await upsertApprovalRequest(octokit, {
        ...repo,
        ...(options.pullRequest !== undefined ? { pullRequest: options.pullRequest } : {}),
        marker,
        title: `trainyard: approve ${options.action === "promote" ? "promoting" : "rolling back to"} ${options.model} version ${options.version}`,
        body: requestBody(options, listed),
    });
    context.log.notice(`${request.resumed ? "resuming the" : "posted an"} approval request for ${options.model} version ${options.version}: ${request.url}`);
    const users = new Set(listed.filter((entry) => !entry.includes("/")).map((u) => u.toLowerCase()));
    const teams = listed.filter((entry) => entry.includes("/"));
    const actors = new Set(options.actors.map((actor) => actor.toLowerCase()));
    const explained = new Set();
    const explain = (key, message) => {
        if (explained.has(key))
            return;
        explained.add(key);
        context.log.info(message);
    };
    const membership = new Map();
    const mayDecide = async (user) => {
        const login = user.toLowerCase();
        if (users.has(login))
            return true;
        for (const team of teams) {
            const key = `${team}:${login}`;
            if (!membership.has(key)) {
                try {
                    membership.set(key, await isTeamMember(octokit, team, user));
                }
                catch (error) {
                    if (error.status === 403)
                        throw new user_error/* UserError */.yo(`cannot read the members of team ${team} (HTTP 403): a workflow's GITHUB_TOKEN cannot read organisation teams; pass a token with members: read (organisation) as github-token, or list the approvers by login in register.approvers`);
                    throw error;
                }
            }
            if (membership.get(key))
                return true;
        }
        return false;
    };
    const judge = async (signal) => {
        const where = `${signal.via} ${signal.url}`;
        const self = actors.has(signal.user.toLowerCase());
        if (signal.decision === "reject") {
            // The run's own actor may withdraw it; anyone else must be allowed to decide.
            if (self || (await mayDecide(signal.user)))
                return "reject";
            explain(where, `ignored /reject by ${signal.user} (${where}): not a listed approver`);
            return undefined;
        }
        if (signal.via === "comment" && signal.version === undefined) {
            explain(where, `ignored /approve by ${signal.user} (${where}): name the version, /approve ${options.version}`);
            return undefined;
        }
        if (signal.version !== undefined && signal.version !== options.version) {
            explain(where, `ignored /approve ${signal.version} by ${signal.user} (${where}): this request is for version ${options.version}`);
            return undefined;
        }
        if (!(await mayDecide(signal.user))) {
            explain(where, `ignored the approval by ${signal.user} (${where}): not in register.approvers nor a CODEOWNER of trainyard.yml`);
            return undefined;
        }
        if (self && !options.allowSelfApproval) {
            explain(where, `ignored the approval by ${signal.user} (${where}): the person who started the run cannot approve it (register.allow_self_approval is false)`);
            return undefined;
        }
        return "approve";
    };
    const deadline = now() + options.timeoutMs;
    let wait = options.pollMs;
    for (;;) {
        for (const signal of await listApprovalSignals(octokit, repo, request)) {
            const verdict = await judge(signal);
            if (verdict === "reject") {
                await closeApprovalRequest(octokit, repo, request, marker, `### trainyard: ${options.model} version ${options.version} was rejected\n\nRejected by @${(0,markdown/* escapeMarkdown */.FV)(signal.user)} (${signal.url})${signal.text ? `: ${(0,markdown/* escapeMarkdown */.FV)(signal.text)}` : ""}. Nothing changed.`);
                throw new user_error/* UserError */.yo(`${signal.user} rejected ${options.action === "promote" ? "promoting" : "rolling back to"} ${options.model} version ${options.version} (${signal.url})${signal.text ? `: ${signal.text}` : ""}; nothing changed`);
            }
            if (verdict === "approve") {
                await closeApprovalRequest(octokit, repo, request, marker, `### trainyard: ${options.model} version ${options.version} is approved\n\nApproved by @${(0,markdown/* escapeMarkdown */.FV)(signal.user)} through a ${signal.via} (${signal.url}) at ${signal.at}.`);
                return {
                    approvedBy: signal.user,
                    via: signal.via,
                    url: signal.url,
                    at: signal.at,
                    comment: signal.text,
                    request,
                };
            }
        }
        const left = deadline - now();
        if (left <= 0)
            break;
        await sleep(Math.min(wait, left));
        wait = Math.min(wait * 2, options.maxPollMs);
    }
    const waited = Number((options.timeoutMs / 1000).toPrecision(3));
    throw new user_error/* UserError */.yo(`no approval of ${options.model} version ${options.version} within ${waited} s (register.approval_timeout): the request stays open at ${request.url}; once a listed approver approves it, re-run this job and it continues from there`);
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/register/approval.js







const POLL_SECONDS = 15;
const MAX_POLL_SECONDS = 120;
function approvalModeOf(inputs, config) {
    return inputs.approval ?? config?.config.register.approval ?? "environment";
}
function timeoutOf(inputs, config) {
    const text = inputs["approval-timeout"] ?? config?.config.register.approval_timeout ?? "4h";
    const ms = parseDuration(text);
    if (ms === undefined)
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "approval-timeout")} must be a duration such as 90s, 30m or 4h (or 0 to look once), got ${JSON.stringify(text)}`);
    return ms;
}
async function pullRequestNumber(context) {
    const event = context.env.GITHUB_EVENT_NAME ?? "";
    const path = context.env.GITHUB_EVENT_PATH;
    if (!event.startsWith("pull_request") || !path)
        return undefined;
    const payload = JSON.parse(await (0,promises_.readFile)(path, "utf8"));
    return payload.pull_request?.number ?? payload.number;
}
/**
 * The approval behind a promotion or rollback. On GitHub, `environment` mode reads the workflow run's
 * deployment reviews of the environment (refusing an environment without required reviewers, where nobody
 * was asked), and `review` mode asks listed approvers on the pull request or an issue and waits for one.
 * Elsewhere `approved-by` is required and recorded as given.
 */
async function resolveApproval(context, inputs, subject) {
    const { action, environment, config } = subject;
    const env = context.env;
    const actor = env.GITHUB_ACTOR ?? (0,workflow_run/* localUserName */.a)() ?? "unknown";
    const given = inputs["approved-by"];
    const onGitHub = env.GITHUB_ACTIONS === "true" && env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY;
    if (!onGitHub) {
        if (!given)
            throw new user_error/* UserError */.yo(`${action} outside GitHub needs ${(0,declared_inputs/* inputLabel */.NB)(inputs, "approved-by")} <name>: who allowed this change is recorded on the version`);
        return { approvedBy: given, source: "approved-by input", observedAt: new Date().toISOString(), actor };
    }
    const [owner, repo] = env.GITHUB_REPOSITORY.split("/");
    const runId = Number(env.GITHUB_RUN_ID);
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const runUrl = `${server}/${owner}/${repo}/actions/runs/${runId}`;
    const token = inputs["github-token"] ?? env.GITHUB_TOKEN;
    if (!token)
        throw new user_error/* UserError */.yo(`${action} needs the github-token input to read the approval`);
    context.setSecret(token);
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 43978)); // Octokit: only on GitHub
    const octokit = createGitHubClient({
        token,
        ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
        log: (message) => context.log.warning(message),
    });
    const mode = approvalModeOf(inputs, config);
    if (mode === "review") {
        const pollSeconds = Number(env.TRAINYARD_APPROVAL_POLL_SECONDS) || POLL_SECONDS;
        const pullRequest = await pullRequestNumber(context);
        const approval = await waitForReviewApproval(context, octokit, {
            owner,
            repo,
            model: subject.model,
            version: subject.version,
            action,
            ...(pullRequest !== undefined ? { pullRequest } : {}),
            approvers: config?.config.register.approvers ?? [],
            ...(config ? { configPath: repositoryPath(context.workingDirectory, config.path) } : {}),
            actors: [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].filter((a) => Boolean(a)),
            allowSelfApproval: config?.config.register.allow_self_approval ?? false,
            timeoutMs: timeoutOf(inputs, config),
            pollMs: pollSeconds * 1000,
            maxPollMs: Math.max(pollSeconds, MAX_POLL_SECONDS) * 1000,
            ...(subject.comparison ? { decision: subject.comparison } : {}),
            reportUrl: runUrl,
            runUrl,
        });
        return {
            approvedBy: approval.approvedBy,
            ...(approval.comment ? { comment: approval.comment } : {}),
            source: approval.via === "review" ? "github-review" : "github-comment",
            observedAt: approval.at,
            actor,
            runUrl,
            url: approval.url,
        };
    }
    return environmentApproval(octokit, { owner, repo, runId, runUrl, environment, action, actor });
}
async function environmentApproval(octokit, run) {
    const { owner, repo, runId, environment, action } = run;
    const denied = (what) => (error) => {
        if (error.status === 403 || (error.status === 404 && what === "reviews"))
            throw new user_error/* UserError */.yo(`cannot read the ${what === "reviews" ? `deployment reviews of workflow run ${runId}` : `protection rules of environment "${environment}"`} (HTTP ${error.status}): give the job \`permissions: actions: read\` so the approval can be checked and recorded`);
        throw error;
    };
    // Before anything moves: an environment nobody must approve would let the job run unapproved.
    const protection = await getEnvironmentProtection(octokit, { owner, repo, environment }).catch(denied("environment"));
    if (protection.reviewers.length === 0)
        throw new user_error/* UserError */.yo(`environment "${environment}" ${protection.exists ? "has no required reviewers" : "does not exist"}, so nobody was asked to approve this ${action}. ` +
            "GitHub offers required reviewers only on public repositories and on GitHub Enterprise; on Free, Pro and Team plans a private repository's environment cannot have them. " +
            "Use register.approval: review in trainyard.yml (or the approval input: review) with register.approvers, so a listed person approves on the pull request or the approval issue; " +
            `or, where your plan allows, add required reviewers to "${environment}" (Settings → Environments). Nothing changed.`);
    const approvals = await getDeploymentApprovals(octokit, { owner, repo, runId }).catch(denied("reviews"));
    const decision = latestApproval(approvals, environment);
    if (decision?.state === "approved") {
        return {
            approvedBy: decision.user,
            ...(decision.comment ? { comment: decision.comment } : {}),
            source: "github-environment",
            observedAt: new Date().toISOString(),
            actor: run.actor,
            runUrl: run.runUrl,
            url: run.runUrl,
        };
    }
    if (decision?.state === "rejected")
        throw new user_error/* UserError */.yo(`${decision.user} rejected the deployment to environment "${environment}"; nothing changed`);
    throw new user_error/* UserError */.yo(`no approval of environment "${environment}" is recorded for workflow run ${runId}: run ${action} in a job with \`environment: ${environment}\` whose protection rules require a reviewer (Settings → Environments), so a person approves before the champion moves`);
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/register/approval-step.js



/**
 * `mode: approve`: waits for the approval of a promotion and records nothing. The reusable workflow runs it in
 * a job of its own, outside the champion's concurrency group, so a wait of hours never holds a rollback up;
 * the promote job then finds the same approval at once and moves the alias.
 */
async function approveStep(context, inputs, tracking, model, config) {
    const comparison = await readComparison(context, inputs);
    const requested = inputs.version;
    const target = requested
        ? await tracking.registry.getModelVersion(model, requested)
        : await tracking.registry.getVersionByAlias(model, "challenger");
    if (!target)
        throw new user_error/* UserError */.yo(requested ? `${model} has no version ${requested}` : `${model} has no challenger; run register first`);
    if (comparison && comparison.decision !== "promote")
        throw new user_error/* UserError */.yo(`the comparison rejected this challenger:\n- ${comparison.reasons.join("\n- ")}`);
    const approval = await resolveApproval(context, inputs, {
        environment: environmentOf(inputs, config),
        action: "promote",
        model,
        version: target.version,
        config,
        comparison,
    });
    context.log.notice(`${model} version ${target.version} is approved by ${approval.approvedBy} (${approvalModeOf(inputs, config)} mode${approval.url ? `, ${approval.url}` : ""})`);
    await context.appendSummary(`### trainyard approval\n\n\`${model}\` version **${target.version}** is approved by **${approval.approvedBy}** (${approval.source}${approval.url ? `, ${approval.url}` : ""}); the promote job moves the champion.\n`);
    return {
        version: target.version,
        champion: "",
        "previous-champion": "",
        "approved-by": approval.approvedBy,
        deleted: "",
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/register/register-step.js











/** The champion alias moved since the comparison saw it: promoting now would overwrite someone's decision. */
class ChampionMovedError extends user_error/* UserError */.yo {
    constructor(message) {
        super(message);
        this.name = "ChampionMovedError";
    }
}
const TAG_LIMIT = 5000;
function environmentOf(inputs, config) {
    return inputs.environment ?? config?.config.register.environment ?? "production";
}
function modelName(inputs, config) {
    const model = inputs.model ?? config?.config.model;
    if (!model)
        throw new user_error/* UserError */.yo(`no model name: set model in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "model")}`);
    return model;
}
async function readComparison(context, inputs) {
    const path = inputs.comparison;
    if (!path)
        return undefined;
    const file = (0,external_node_path_.resolve)(context.workingDirectory, path);
    return (0,comparison_report/* parseComparisonReport */.rm)(await (0,promises_.readFile)(file, "utf8"), file);
}
function comparisonTags(comparison) {
    const tags = {
        "trainyard.decision": comparison.decision,
        "trainyard.decision.reasons": comparison.reasons.join("\n").slice(0, TAG_LIMIT),
        "trainyard.compared_with": comparison.champion?.version ?? "none",
        "trainyard.primary_metric": comparison.primaryMetric,
    };
    for (const metric of comparison.metrics) {
        if (metric.challenger.value !== null)
            tags[`trainyard.metric.${metric.metric}`] = String(metric.challenger.value);
        if (metric.delta?.value !== null && metric.delta?.value !== undefined)
            tags[`trainyard.delta.${metric.metric}`] = String(metric.delta.value);
    }
    const failed = comparison.rules.filter((rule) => rule.verdict === "fail").map((rule) => rule.id);
    tags["trainyard.gate.failed"] = failed.join(",") || "none";
    return tags;
}
/** Registers the run's model as a version (or finds the one made from it) and points `challenger` at it. */
async function register(context, inputs, tracking, model) {
    const comparison = await readComparison(context, inputs);
    const runId = inputs["run-id"] ?? comparison?.challenger.runId;
    if (!runId)
        throw new user_error/* UserError */.yo(`register needs ${(0,declared_inputs/* inputLabel */.NB)(inputs, "run-id")} (train's run-id) or a comparison naming it`);
    const run = await tracking.tracker.getRun(runId);
    if (run.info.status !== "FINISHED")
        throw new user_error/* UserError */.yo(`run ${runId} is ${run.info.status}; only a FINISHED training run can be registered`);
    await tracking.registry.ensureRegisteredModel(model, {
        description: "Registered by trainyard; see the trainyard.* tags of each version for its lineage.",
    });
    const lineage = Object.fromEntries(Object.entries(run.tags).filter(([key]) => key.startsWith("trainyard.") || key === "mlflow.source.git.commit"));
    let version = await tracking.registry.findModelVersionByRunId(model, runId);
    if (version) {
        context.log.info(`run ${runId} is already version ${version.version} of ${model}; not registering it again`);
    }
    else {
        version = await tracking.registry.createModelVersion({
            name: model,
            source: `${run.info.artifactUri}/model`,
            runId,
            tags: { ...lineage, "trainyard.run_id": runId, ...(comparison ? comparisonTags(comparison) : {}) },
            description: comparison ? `${comparison.decision}: ${comparison.reasons[0] ?? ""}`.slice(0, 1000) : "",
        });
        context.log.info(`registered ${model} version ${version.version} from run ${runId}`);
    }
    await tracking.registry.setAlias(model, "challenger", version.version);
    const champion = await tracking.registry.getVersionByAlias(model, "champion");
    await context.appendSummary(`### trainyard register\n\n\`${model}\` version **${version.version}** (run \`${runId}\`) is the challenger${comparison ? `; decision: **${comparison.decision}**` : ""}.\n`);
    return outputs(version.version, champion?.version ?? "", champion?.version ?? "", "", "");
}
function describeMover(version) {
    if (!version)
        return "nobody (it was removed)";
    const who = version.tags["trainyard.promoted_by"] ?? version.tags["trainyard.rollback.by"];
    const when = version.tags["trainyard.promoted_at"] ?? version.tags["trainyard.rollback.at"];
    return `version ${version.version}${who ? `, promoted by ${who}` : ""}${when ? ` at ${when}` : ""}`;
}
/**
 * Moves `champion` to the challenger after a recorded approval, only if `champion` still points where the
 * comparison saw it (compare-and-swap under the registry's per-model lock), and records the previous champion.
 */
async function promote(context, inputs, tracking, model, config) {
    const comparison = await readComparison(context, inputs);
    const registry = tracking.registry;
    const requested = inputs.version;
    const target = requested
        ? await registry.getModelVersion(model, requested)
        : await registry.getVersionByAlias(model, "challenger");
    if (!target)
        throw new user_error/* UserError */.yo(requested ? `${model} has no version ${requested}` : `${model} has no challenger; run register first`);
    if (comparison && comparison.decision !== "promote")
        throw new user_error/* UserError */.yo(`the comparison rejected this challenger:\n- ${comparison.reasons.join("\n- ")}`);
    const expected = inputs["expected-champion"] ?? comparison?.champion?.version ?? "";
    const subject = { environment: environmentOf(inputs, config), action: "promote", model, config };
    const approval = await resolveApproval(context, inputs, {
        ...subject,
        version: target.version,
        comparison,
    });
    const reason = inputs.reason;
    await serveCheckBeforePromotion(context, inputs, tracking, target, config);
    const previous = await registry.withPromotionLock(model, () => moveChampion(context, registry, model, target, expected, approval, reason));
    context.log.notice(`${model} version ${target.version} is the champion (was ${previous || "none"}), approved by ${approval.approvedBy}`);
    await context.appendSummary(`### trainyard promote\n\n\`${model}\` version **${target.version}** is the champion, approved by **${approval.approvedBy}** (${approval.source}); the previous champion was ${previous ? `version ${previous}` : "none"}.\n`);
    return outputs(target.version, target.version, previous, approval.approvedBy, "");
}
/** The compare-and-swap of promotion, run under the model's promotion lock; returns the previous champion. */
async function moveChampion(context, registry, model, target, expected, approval, reason) {
    const previous = await registry.getVersionByAlias(model, "champion");
    if (previous?.version === target.version) {
        context.log.info(`version ${target.version} is already the champion of ${model}`);
        const recorded = target.tags["trainyard.previous_champion"];
        return recorded && recorded !== "none" ? recorded : "";
    }
    if ((previous?.version ?? "") !== expected) {
        throw new ChampionMovedError(`champion of ${model} moved since the comparison: it expected ${expected ? `version ${expected}` : "no champion"}, but champion is now ${describeMover(previous)}. Compare again against the new champion before promoting.`);
    }
    const now = new Date().toISOString();
    const tags = {
        "trainyard.approved_by": approval.approvedBy,
        "trainyard.approval.source": approval.source,
        ...(approval.comment ? { "trainyard.approval.comment": approval.comment.slice(0, TAG_LIMIT) } : {}),
        "trainyard.approved_at": approval.observedAt,
        "trainyard.promoted_by": approval.actor,
        "trainyard.promoted_at": now,
        "trainyard.previous_champion": previous?.version ?? "none",
        ...(approval.runUrl ? { "trainyard.promotion.run_url": approval.runUrl } : {}),
        ...(approval.url ? { "trainyard.approval.url": approval.url } : {}),
        ...(reason ? { "trainyard.promotion.reason": reason.slice(0, TAG_LIMIT) } : {}),
    };
    for (const [key, value] of Object.entries(tags))
        await registry.setModelVersionTag(model, target.version, key, value);
    await registry.setAlias(model, "champion", target.version);
    // Last-writer-wins aliases: read back so a promotion that raced another says so instead of claiming success.
    const championNow = await registry.getVersionByAlias(model, "champion");
    if (championNow?.version !== target.version)
        throw new ChampionMovedError(`another promotion won the race: champion of ${model} is ${describeMover(championNow)}, not version ${target.version}`);
    return previous?.version ?? "";
}
/** Points `champion` back at a given version, or at the one the current champion replaced. */
async function rollback(context, inputs, tracking, model, config) {
    const registry = tracking.registry;
    const reason = inputs.reason;
    if (!reason)
        throw new user_error/* UserError */.yo(`rollback needs ${(0,declared_inputs/* inputLabel */.NB)(inputs, "reason")}: it is recorded on the version`);
    const before = await registry.getVersionByAlias(model, "champion");
    const version = inputs.version ?? before?.tags["trainyard.previous_champion"] ?? "previous";
    const subject = { environment: environmentOf(inputs, config), action: "rollback", model, config };
    const approval = await resolveApproval(context, inputs, { ...subject, version });
    const { current, target } = await registry.withPromotionLock(model, async () => {
        const current = await registry.getVersionByAlias(model, "champion");
        const requested = inputs.version ?? current?.tags["trainyard.previous_champion"];
        if (!requested || requested === "none")
            throw new user_error/* UserError */.yo(`no version to roll back to: give the "version" input; ${current ? `champion version ${current.version} records no previous champion` : `${model} has no champion`}`);
        const target = await registry.getModelVersion(model, requested);
        if (!target)
            throw new user_error/* UserError */.yo(`${model} has no version ${requested}`);
        const tags = {
            "trainyard.rollback.by": approval.approvedBy,
            "trainyard.rollback.actor": approval.actor,
            "trainyard.rollback.at": new Date().toISOString(),
            "trainyard.rollback.reason": reason.slice(0, TAG_LIMIT),
            "trainyard.rollback.from": current?.version ?? "none",
            "trainyard.rollback.approval.source": approval.source,
            "trainyard.rollback.approved_at": approval.observedAt,
            ...(approval.url ? { "trainyard.rollback.approval.url": approval.url } : {}),
            ...(approval.runUrl ? { "trainyard.rollback.run_url": approval.runUrl } : {}),
        };
        for (const [key, value] of Object.entries(tags))
            await registry.setModelVersionTag(model, target.version, key, value);
        await registry.setAlias(model, "champion", target.version);
        return { current, target };
    });
    context.log.notice(`${model}: champion rolled back from version ${current?.version ?? "none"} to ${target.version}`);
    await context.appendSummary(`### trainyard rollback\n\n\`${model}\` champion is version **${target.version}** again (was ${current?.version ?? "none"}), by **${approval.approvedBy}**.\n`);
    return outputs(target.version, target.version, current?.version ?? "", approval.approvedBy, "");
}
/**
 * Deletes versions (and the runs they were made from) that are neither champion, challenger nor the
 * champion's rollback target, and older than N days; a dry run (the default) only lists them.
 */
async function cleanup(context, inputs, tracking, model, config) {
    const registry = tracking.registry;
    const days = inputs["older-than-days"] ?? 90;
    const dryRun = inputs["dry-run"];
    const champion = await registry.getVersionByAlias(model, "champion");
    const keep = new Set([
        champion?.version,
        champion?.tags["trainyard.previous_champion"],
        (await registry.getVersionByAlias(model, "challenger"))?.version,
    ].filter((version) => Boolean(version)));
    const cutoff = Date.now() - days * 86_400_000;
    const versions = await registry.listModelVersions(model);
    const doomed = versions.filter((version) => !keep.has(version.version) && version.creationTimestamp < cutoff);
    // A run stays while a kept version was made from it.
    const keptRuns = new Set(versions.filter((version) => !doomed.includes(version)).map((version) => version.runId));
    for (const version of doomed) {
        const run = version.runId && !keptRuns.has(version.runId) ? version.runId : undefined;
        if (dryRun) {
            context.log.info(`would delete ${model} version ${version.version}${run ? ` and run ${run}` : ""}`);
            continue;
        }
        await registry.deleteModelVersion(model, version.version);
        if (run)
            await tracking.tracker
                .deleteRun(run)
                .catch((error) => context.log.warning(`run ${run}: ${error.message}`));
        context.log.info(`deleted ${model} version ${version.version}${run ? ` and run ${run}` : ""}`);
    }
    await cleanupCheckpoints(context, {
        store: await (0,step_config/* openStepStore */.cl)(context, inputs, config),
        tracker: tracking.tracker,
        dryRun,
        keep: config?.config.train?.checkpoint?.keep ?? false,
    });
    context.log.notice(`${dryRun ? "dry run: would delete" : "deleted"} ${doomed.length} of ${versions.length} version(s) older than ${days} day(s); kept ${[...keep].join(", ") || "none"}`);
    return outputs("", champion?.version ?? "", "", "", doomed.map((version) => version.version).join(","));
}
function outputs(version, champion, previous, approvedBy, deleted) {
    return { version, champion, "previous-champion": previous, "approved-by": approvedBy, deleted };
}
/** `register-model`: register, promote, rollback or cleanup, against MLflow or the local registry. */
async function registerStep(context, inputs, preloaded, dependencies = {}) {
    const config = preloaded ?? (await (0,step_config/* loadStepConfig */.hs)(context, inputs));
    const model = modelName(inputs, config);
    const tracking = dependencies.tracking ?? (await (0,tracking_config/* openStepTracking */.eX)(context, inputs, config));
    const run = { register, approve: approveStep, promote, rollback, cleanup }[inputs.mode];
    return run(context, inputs, tracking, model, config);
}


/***/ }),

/***/ 20030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ snapshotFiles),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Y2: () => (/* binding */ pullSnapshot)
/* harmony export */ });
/* unused harmony export SnapshotNotFoundError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67352);
/* harmony import */ var _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37149);
/* harmony import */ var _data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6217);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61927);
/* harmony import */ var _store_blob_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89546);
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6170);








class SnapshotNotFoundError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo {
    constructor(id, storeUri) {
        super(`no snapshot "${id}" in ${storeUri} (no ${(0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestKey */ .Rn)(id)})`);
        this.name = "SnapshotNotFoundError";
    }
}
async function readManifest(store, id) {
    if (!/^[0-9a-f]{16}$/.test(id))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`"${id}" is not a snapshot id (16 hex characters)`);
    try {
        const bytes = await store.getBytes((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestKey */ .Rn)(id));
        return (0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSnapshotManifest */ .dE)(bytes.toString("utf8"), `${store.uri}/${(0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestKey */ .Rn)(id)}`);
    }
    catch (error) {
        if (error instanceof _store_blob_store_js__WEBPACK_IMPORTED_MODULE_6__/* .BlobNotFoundError */ .Bc)
            throw new SnapshotNotFoundError(id, store.uri);
        throw error;
    }
}
/**
 * Materialises a snapshot in `destination`, verifying every file's SHA-256. Files already there with the right
 * hash are kept (an unchanged file's hash comes from the data root's hash cache, see hash-cache.ts); a download goes to a temporary name and is renamed only once its hash matches.
 */
async function pullSnapshot(context, store, id, destination) {
    const manifest = await readManifest(store, id);
    const cache = await _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .HashCache */ .rR.open((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(destination), _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .HASH_CACHE_FILE */ .lL));
    let bytesDownloaded = 0;
    await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(manifest.files, 4, async (file) => {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destination, ...file.name.split("/"));
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).catch(() => undefined)) {
            if ((await cache.hash(target)).sha256 === file.sha256)
                return;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
        const partial = `${target}.partial-${process.pid}`;
        const progress = context.progress(`download ${file.name}`, file.bytes);
        await store.download((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .blobKey */ .bd)(file.sha256), partial, { onProgress: (bytes) => progress.update(bytes) });
        progress.finish();
        const { sha256 } = await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFile */ .D)(partial);
        if (sha256 !== file.sha256) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(partial, { force: true });
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`${file.name}: the stored blob's SHA-256 is ${sha256}, the manifest says ${file.sha256}; the store is damaged`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(partial, target);
        await cache.record(target, { sha256, bytes: file.bytes });
        bytesDownloaded += file.bytes;
    });
    await cache.save();
    return { manifest, dataDir: destination, bytesDownloaded };
}
/** The train, test and whole-data files of a materialised snapshot, for the train contract. */
function snapshotFiles(manifest, dataDir) {
    const find = (role) => manifest.files.find((file) => file.role === role);
    const path = (name) => (name ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dataDir, ...name.split("/")) : undefined);
    return {
        train: path(find("train")?.name),
        test: path(find("test")?.name),
        data: manifest.files.filter((file) => file.role === "data").map((file) => path(file.name)),
    };
}


/***/ }),

/***/ 70114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ SNAPSHOT_INPUTS)
/* harmony export */ });
/* unused harmony export PULL_INPUTS */
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30420);

/** snapshot-data's inputs, as `actions/snapshot-data/action.yml` declares them. */
const SNAPSHOT_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    source: {
        description: "The data (default: trainyard.yml's data.source)",
        cli: { placeholder: "path|glob|s3://|https://" },
    },
    format: {
        description: "The files' format (default: by extension)",
        cli: { placeholder: "csv|parquet|jsonl" },
    },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    split: {
        description: "Split into train and test files",
        kind: "choice",
        choices: ["random", "group", "time"],
    },
    "test-fraction": {
        description: "Fraction of rows (random) or groups (group) in test",
        kind: "number",
        cli: { placeholder: "0.2" },
    },
    seed: { description: "Seed of the split's hash", kind: "integer", cli: { placeholder: "42" } },
    "split-key": { description: "group split: the entity column", cli: { placeholder: "column" } },
    "time-column": { description: "time split: the time column", cli: { placeholder: "column" } },
    cutoff: { description: "time split: rows before it train, the rest test", cli: { placeholder: "time" } },
    "as-of": { description: "Drop rows newer than this time (point in time)", cli: { placeholder: "time" } },
    "as-of-column": { description: "The time column --as-of reads", cli: { placeholder: "column" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
};
/** `trainyard snapshot pull <id>` (CLI only). */
const PULL_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    snapshot: { description: "The snapshot id", required: true, cli: { placeholder: "id" } },
    "data-dir": { description: "Destination (default: .trainyard/data/<id>)", cli: { placeholder: "dir" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
};


/***/ }),

/***/ 41477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ snapshotStep)
});

// UNUSED EXPORTS: pullStep

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.cache/build/lib/context/format-progress.js
var format_progress = __webpack_require__(22142);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
// EXTERNAL MODULE: ./.cache/build/lib/report/markdown.js
var markdown = __webpack_require__(95721);
// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(22140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/snapshot/pull-snapshot.js
var pull_snapshot = __webpack_require__(20030);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/snapshot-manifest.js
var snapshot_manifest = __webpack_require__(67352);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/validation-checks.js
var validation_checks = __webpack_require__(11389);
// EXTERNAL MODULE: ./.cache/build/lib/data/data-error.js
var data_error = __webpack_require__(53293);
// EXTERNAL MODULE: ./.cache/build/lib/data/hash-cache.js
var hash_cache = __webpack_require__(37149);
// EXTERNAL MODULE: ./.cache/build/lib/data/hash-file.js
var hash_file = __webpack_require__(6217);
// EXTERNAL MODULE: ./.cache/build/lib/store/parallel.js
var parallel = __webpack_require__(6170);
// EXTERNAL MODULE: ./.cache/build/lib/steps/table-pass/data-threads.js
var data_threads = __webpack_require__(73676);
// EXTERNAL MODULE: ./.cache/build/lib/steps/workspace-paths.js
var workspace_paths = __webpack_require__(9347);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./.cache/build/lib/data/format.js
var data_format = __webpack_require__(40089);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(55439);
;// CONCATENATED MODULE: ./.cache/build/lib/data/resolve-sources.js





/**
 * Expands a local source spec into its files, sorted by name (plain code-point order, so the same on every
 * machine): a file is itself; a folder is every CSV, Parquet and JSON Lines file beneath it; anything else
 * with glob characters is matched with tinyglobby. Hidden files are left out. Nothing found is a DataError.
 */
async function resolveSources(spec, options = {}) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
        throw new data_error/* DataError */.fL({ file: spec }, "is a URL; only local files, folders and globs are resolved here");
    }
    const cwd = options.cwd ?? process.cwd();
    const absolute = (0,external_node_path_.resolve)(cwd, spec);
    const kind = await pathKind(spec, absolute);
    if (kind === "file") {
        return [{ path: absolute, name: (0,external_node_path_.basename)(absolute), format: (0,data_format/* detectFormat */.Tz)(absolute, options.format) }];
    }
    if (kind === "directory") {
        const names = (await listPlainFolder(absolute)) ?? (await (await loadGlob()).globFiles("**/*", absolute));
        const files = resolve_sources_select(absolute, names, options.format);
        if (files.length === 0) {
            throw new data_error/* DataError */.fL({ file: spec }, `is a folder with no CSV, Parquet or JSON Lines files in it${names.length > 0 ? ` (${countOthers(names.length)})` : ""}`);
        }
        return files;
    }
    const globbing = await loadGlob();
    if (!globbing.isDynamicPattern(spec))
        throw new data_error/* DataError */.fL({ file: spec }, "does not exist");
    const { base, pattern } = globbing.splitGlob(spec);
    const root = (0,external_node_path_.resolve)(cwd, base);
    const names = await globbing.globFiles(pattern, root);
    const files = resolve_sources_select(root, names, options.format);
    if (files.length === 0) {
        throw new data_error/* DataError */.fL({ file: spec }, names.length === 0
            ? "matches no files"
            : `matches no CSV, Parquet or JSON Lines files (${countOthers(names.length)})`);
    }
    return files;
}
async function pathKind(spec, absolute) {
    try {
        const info = await (0,promises_.stat)(absolute);
        if (info.isDirectory())
            return "directory";
        if (info.isFile())
            return "file";
        throw new data_error/* DataError */.fL({ file: spec }, "is not a regular file or folder");
    }
    catch (error) {
        if (error.code === "ENOENT" ||
            error.code === "ENOTDIR") {
            return "missing";
        }
        throw (0,data_error/* fileAccessError */.z9)(spec, error);
    }
}
function resolve_sources_select(root, names, explicit) {
    const files = [];
    for (const name of names) {
        if ((0,atomic_file/* isTempName */.Gs)(name))
            continue;
        const path = (0,external_node_path_.join)(root, name);
        if (explicit !== undefined && explicit !== "") {
            files.push({ path, name, format: (0,data_format/* detectFormat */.Tz)(path, explicit) });
            continue;
        }
        const format = (0,data_format/* formatFromExtension */.pf)(name);
        if (format === undefined || (format === "parquet" && name.toLowerCase().endsWith(".gz")))
            continue;
        files.push({ path, name, format });
    }
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function countOthers(count) {
    return count === 1 ? "1 file of another type" : `${count} files of other types`;
}
const loadGlob = () => __webpack_require__.e(/* import() */ 983).then(__webpack_require__.bind(__webpack_require__, 86983));
/**
 * The files under a folder as `/`-separated relative names, hidden files and folders left out: the same list
 * tinyglobby (every file, no dot) gives for a tree of plain files and folders, without loading it.
 * Anything else in the tree (a symbolic link, a special file) or an error while listing returns undefined, and
 * the caller asks tinyglobby, which decides those cases as before.
 */
async function listPlainFolder(root) {
    const names = [];
    const pending = [""];
    try {
        for (let prefix = pending.pop(); prefix !== undefined; prefix = pending.pop()) {
            for (const entry of await (0,promises_.readdir)(prefix === "" ? root : (0,external_node_path_.join)(root, prefix), { withFileTypes: true })) {
                if (entry.name.startsWith("."))
                    continue;
                const name = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
                if (entry.isFile())
                    names.push(name);
                else if (entry.isDirectory())
                    pending.push(name);
                else
                    return undefined;
            }
        }
    }
    catch {
        return undefined;
    }
    return names;
}

// EXTERNAL MODULE: ./.cache/build/lib/store/open-store.js
var open_store = __webpack_require__(39301);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/fetch-sources.js









/**
 * Brings the source onto local disk: local files, folders and globs are used where they are; an
 * `s3://bucket/prefix` is listed and each data file downloaded; an `https://` URL is downloaded. Downloads go to
 * `stagingDir` under temporary names, so an interrupted fetch leaves nothing that looks complete.
 */
async function fetchSources(context, spec, stagingDir, format) {
    if (spec.startsWith("s3://"))
        return fetchS3(context, spec, stagingDir, format);
    if (spec.startsWith("https://") || spec.startsWith("http://"))
        return fetchUrl(context, spec, stagingDir, format);
    return resolveSources(spec, { cwd: context.workingDirectory, ...(format ? { format } : {}) });
}
async function fetchS3(context, spec, stagingDir, format) {
    const store = await (0,open_store/* openStore */.C)(spec, { env: context.env });
    const files = [];
    for await (const blob of store.list("")) {
        if (!format && !(0,data_format/* formatFromExtension */.pf)(blob.key))
            continue;
        const path = (0,external_node_path_.join)(stagingDir, "source", ...blob.key.split("/"));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const progress = context.progress(`download ${blob.key}`, blob.size);
        await store.download(blob.key, path, { onProgress: (bytes) => progress.update(bytes) });
        progress.finish();
        files.push({ path, name: blob.key, format: (0,data_format/* detectFormat */.Tz)(blob.key, format) });
    }
    if (files.length === 0)
        throw new data_error/* DataError */.fL({ file: spec }, "has no CSV, Parquet or JSON Lines files");
    return files;
}
async function fetchUrl(context, spec, stagingDir, format) {
    const url = new URL(spec);
    const name = (0,external_node_path_.basename)(url.pathname) || "data";
    const fileFormat = (0,data_format/* detectFormat */.Tz)(name, format);
    const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(10 * 60_000) }).catch((error) => {
        throw new data_error/* DataError */.fL({ file: spec }, `could not be downloaded: ${error.message}`);
    });
    if (!response.ok || !response.body) {
        throw new data_error/* DataError */.fL({ file: spec }, `could not be downloaded: HTTP ${response.status} ${response.statusText}`);
    }
    const path = (0,external_node_path_.join)(stagingDir, "source", name);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const total = Number(response.headers.get("content-length") ?? 0);
    const progress = context.progress(`download ${name}`, total);
    let bytes = 0;
    const body = external_node_stream_.Readable.fromWeb(response.body);
    body.on("data", (chunk) => {
        bytes += chunk.length;
        progress.update(bytes);
    });
    await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(`${path}.partial`));
    await (0,promises_.rename)(`${path}.partial`, path);
    progress.finish();
    return [{ path, name, format: fileFormat }];
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/snapshot.js














function snapshot_dataRootOf(context, options) {
    return options.dataRoot ?? (0,external_node_path_.join)(context.workingDirectory, workspace_paths/* workspacePath */.X.data);
}
function snapshotId(body) {
    return (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16);
}
/**
 * Puts the snapshot's files in `dataDir`. Files trainyard wrote itself (the split) are moved there; the user's
 * own source files are copied, never linked, so editing a source later cannot change a snapshot.
 *
 * This runs after the manifest is stored, not while the rows are read: a copy (Node's, libuv's) truncates its
 * new file, which makes ext4 write the copy to disk as soon as it is closed (auto_da_alloc), and the store's
 * syncs then wait for those writes: measured on the 480 MiB bench, the last blob's sync took 0.46-0.66 s
 * instead of 0.17 s and the manifest's 0.18-0.54 s instead of 1 ms while the data-root copies were written
 * back. Made last, the copies' writes follow the snapshot instead.
 */
async function materialise(files, dataDir, cache) {
    await (0,parallel/* mapWithConcurrency */.W)(files, 4, async (file) => {
        const target = (0,external_node_path_.join)(dataDir, ...file.name.split("/"));
        if (await (0,promises_.stat)(target).catch(() => undefined))
            return;
        await (0,promises_.mkdir)((0,external_node_path_.join)(target, ".."), { recursive: true });
        const partial = `${target}.partial-${process.pid}`;
        const moved = file.owned &&
            (await (0,promises_.rename)(file.path, partial).then(() => true, () => false));
        // A copy holds the hashed bytes only if the source did not change from its hashing to the copy's end.
        const sourceAsHashed = moved || (await cache.unchanged(file.path));
        if (!moved)
            await (0,promises_.copyFile)(file.path, partial);
        await (0,promises_.rename)(partial, target);
        if (moved || (sourceAsHashed && (await cache.unchanged(file.path))))
            await cache.record(target, file.hash);
    });
}
/**
 * Whether the store writes to this machine's disk. Its copies and fsyncs each hold one of libuv's four
 * threads for as long as they run (an fsync of 50 MiB takes ~0.1 s); while the rows are read, more than one
 * at a time leaves the pass's reads queued behind them (measured: both threads idle for ~0.4 s of a 200 MiB
 * snapshot's 1.9 s). So during the pass they run one file at a time.
 */
function isLocalStore(store) {
    return store.uri.startsWith("file:");
}
/** The key of what a snapshot is made from: the sources' hashes and the split and as-of settings. */
function recipeKey(format, sources, options) {
    const recipe = { recipe: 1, format, sources, split: options.split ?? null, asOf: options.asOf ?? null };
    return `recipes/${(0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(recipe)).digest("hex")}.json`;
}
/** An earlier snapshot of exactly these sources with these settings, materialised again without re-reading. */
async function reuseEarlierSnapshot(context, options, recipe) {
    if (!(await options.store.exists(recipe)))
        return undefined;
    const { id } = JSON.parse((await options.store.getBytes(recipe)).toString("utf8"));
    if (typeof id !== "string" || !(await options.store.exists((0,snapshot_manifest/* manifestKey */.Rn)(id))))
        return undefined;
    const dataDir = (0,external_node_path_.join)(snapshot_dataRootOf(context, options), id);
    const { manifest } = await context.group(`Unchanged data: reuse snapshot ${id}`, () => (0,pull_snapshot/* pullSnapshot */.Y2)(context, options.store, id, dataDir));
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    context.log.info(`snapshot ${id}: ${manifest.rows} rows, the same sources and settings as before; 0 bytes uploaded`);
    return {
        id,
        uri: `${options.store.uri.replace(/\/$/, "")}/${(0,snapshot_manifest/* manifestKey */.Rn)(id)}`,
        dataDir,
        rows: manifest.rows,
        bytesUploaded: 0,
        bytesReused: bytes,
        manifest,
        created: false,
    };
}
/** The log line of one file's upload outcome. */
function blobLine(hashed, outcome) {
    return `${hashed.file.name}: ${outcome === "written" ? "uploaded" : "already stored"} (sha256 ${hashed.hash.sha256.slice(0, 12)})`;
}
/**
 * Starts uploading the files as content-addressed blobs in the background (no logging: it runs while
 * another group is open); `report` then waits for them and logs what `storeBlobs` logs. A failure
 * surfaces in `report`. When the snapshot fails for another reason first (or reuses an earlier one),
 * `settle` starts no other file's upload and waits for those under way, dropping their failures.
 */
function storeBlobsInBackground(store, toHash, concurrency) {
    let settling = false;
    // Each file as soon as its hash is known (in order, up to `concurrency` at a time).
    const outcomes = (0,parallel/* mapWithConcurrency */.W)(toHash, concurrency, async (hashing) => {
        const { file, hash } = await hashing;
        if (settling)
            throw new Error("the snapshot stopped before this blob was stored");
        return store.putIfAbsent((0,snapshot_manifest/* blobKey */.bd)(hash.sha256), { path: file.path });
    });
    // Observed at once, so a failure while the pass still runs is never an unhandled rejection.
    const settled = outcomes.then(() => undefined, () => undefined);
    return {
        report: (context) => context.group(`Store blobs in ${store.uri}`, async () => {
            let bytesUploaded = 0;
            let bytesReused = 0;
            const done = await outcomes;
            const hashed = await Promise.all(toHash);
            done.forEach((outcome, index) => {
                const item = hashed[index];
                if (outcome === "written")
                    bytesUploaded += item.hash.bytes;
                else
                    bytesReused += item.hash.bytes;
                context.log.info(blobLine(item, outcome));
            });
            return { bytesUploaded, bytesReused };
        }),
        settle: () => {
            settling = true;
            return settled;
        },
    };
}
/** Uploads each file as a content-addressed blob, only where the store lacks it. */
async function storeBlobs(context, store, hashed, concurrency) {
    let bytesUploaded = 0;
    let bytesReused = 0;
    await context.group(`Store blobs in ${store.uri}`, async () => {
        await (0,parallel/* mapWithConcurrency */.W)(hashed, concurrency, async ({ file, hash }) => {
            // Started on the first transferred byte, so a blob the store already has prints no progress.
            let progress;
            const outcome = await store.putIfAbsent((0,snapshot_manifest/* blobKey */.bd)(hash.sha256), { path: file.path }, {
                onProgress: (bytes) => {
                    if (bytes === 0 && !progress)
                        return;
                    progress ??= context.progress(`upload ${file.name}`, hash.bytes);
                    progress.update(bytes);
                },
            });
            if (outcome === "written")
                progress?.finish();
            if (outcome === "written")
                bytesUploaded += hash.bytes;
            else
                bytesReused += hash.bytes;
            context.log.info(blobLine({ file, hash }, outcome));
        });
    });
    return { bytesUploaded, bytesReused };
}
/**
 * Writes the manifest last, after its blobs: its id derives from the content, not from where it was read,
 * so the same data gives the same id. When that manifest is already stored, the stored one is returned.
 */
async function publishManifest(store, body) {
    const id = snapshotId({ ...body, source: { ...body.source, uri: undefined } });
    const manifest = {
        kind: snapshot_manifest/* SNAPSHOT_KIND */._2,
        version: snapshot_manifest/* SNAPSHOT_VERSION */.CJ,
        id,
        createdAt: new Date().toISOString(),
        ...body,
    };
    const written = await store.putIfAbsent((0,snapshot_manifest/* manifestKey */.Rn)(id), {
        body: `${JSON.stringify(manifest, null, 2)}\n`,
    });
    if (written === "written")
        return { id, manifest, written: true };
    const stored = (0,snapshot_manifest/* parseSnapshotManifest */.dE)((await store.getBytes((0,snapshot_manifest/* manifestKey */.Rn)(id))).toString("utf8"), (0,snapshot_manifest/* manifestKey */.Rn)(id));
    return { id, manifest: stored, written: false };
}
/**
 * Takes an immutable, content-addressed snapshot of the source: blobs first (only those the store lacks), the
 * manifest last, so an interrupted snapshot leaves no manifest and the next run resumes where it stopped.
 */
async function snapshot(context, options) {
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "trainyard-snapshot-"));
    // Unsplit sources are stored byte for byte: their blobs do not depend on the rows, so they are written
    // while the rows are read and profiled (copying is the kernel's work, and syncing waits for the disk).
    let early;
    let earlyBlobs;
    try {
        const sources = await context.group("Read the source", async () => {
            const files = await fetchSources(context, options.source, staging, options.format);
            context.log.info(`${files.length} file(s): ${files.map((file) => file.name).join(", ")}`);
            return files;
        });
        const format = sources[0]?.format ?? "csv";
        const hashCache = await hash_cache/* HashCache */.rR.open((0,external_node_path_.join)(snapshot_dataRootOf(context, options), hash_cache/* HASH_CACHE_FILE */.lL));
        const transform = Boolean(options.split || options.asOf);
        const onRecord = await Promise.all(sources.map((file) => hashCache.unchanged(file.path)));
        // Sources with no hash on record are most likely new: when the rows are read on several threads, the
        // workers read and profile them while this thread hashes (it joins the reading after), so the workers
        // start before the hashing does. Should the hashes name a snapshot made before, the pass is stopped and
        // that snapshot reused.
        // The rows are read only for a snapshot not made before: so is the module that reads them, and the
        // sources' columns are checked (their headers read) then.
        let hashingEnded = () => { };
        const hashingSettled = new Promise((settle) => {
            hashingEnded = settle;
        });
        let reader;
        const rowReader = async () => {
            if (!reader) {
                const module = await __webpack_require__.e(/* import() */ 826).then(__webpack_require__.bind(__webpack_require__, 13826));
                reader = { module, columns: await module.checkSameColumns(sources) };
            }
            return reader;
        };
        let overlapped;
        if (!transform && !onRecord.every(Boolean)) {
            const sizes = await Promise.all(sources.map((file) => (0,promises_.stat)(file.path).then((info) => info.size)));
            const bytes = sizes.reduce((sum, size) => sum + size, 0);
            if ((0,data_threads/* dataThreads */.Kn)(bytes, options.threads) > 1) {
                const { module, columns } = await rowReader();
                const stop = new AbortController();
                const profiled = module.profileOnly(sources, columns, bytes, options, {
                    hereAfter: hashingSettled,
                    signal: stop.signal,
                });
                profiled.catch(() => undefined); // awaited below; observed now so that an early failure is not unhandled
                overlapped = { profiled, stop };
            }
        }
        // One file after another (the hashing is this thread's work: files hashed side by side would all finish
        // at the end), so that a new file's blob is written while the next is hashed.
        const toHash = [];
        let previous = Promise.resolve();
        for (const file of sources) {
            const hashing = previous.then(async () => ({ file, hash: await hashCache.hash(file.path) }));
            toHash.push(hashing);
            previous = hashing;
        }
        for (const hashing of toHash)
            hashing.catch(() => undefined); // awaited below, all together
        const hashing = Promise.all(toHash);
        hashing.then(hashingEnded, hashingEnded);
        // Blobs of sources with no hash on record are most likely new: each is stored as soon as its hash is known,
        // a write (and a sync, to a local store) that then overlaps the hashing and the pass instead of following
        // them. Should the hashes name a snapshot made before, its blobs are in the store: each write finds it.
        earlyBlobs =
            !transform && !onRecord.every(Boolean)
                ? storeBlobsInBackground(options.store, toHash, isLocalStore(options.store) ? 1 : (options.concurrency ?? 4))
                : undefined;
        const stopPass = async (reason) => {
            overlapped?.stop.abort(reason);
            await overlapped?.profiled.catch(() => undefined);
            await earlyBlobs?.settle();
        };
        const sourceHashes = await hashing.catch(async (error) => {
            await stopPass(error);
            throw error;
        });
        await hashCache.save();
        const recipe = recipeKey(format, sourceHashes.map(({ file, hash }) => ({ name: file.name, sha256: hash.sha256 })), options);
        const earlier = await reuseEarlierSnapshot(context, options, recipe).catch(async (error) => {
            await stopPass(error);
            throw error;
        });
        if (earlier) {
            await stopPass(new Error("the sources were snapshotted before"));
            return earlier;
        }
        const { module: profileSources, columns } = await rowReader();
        const sourceBytes = sourceHashes.reduce((sum, { hash }) => sum + hash.bytes, 0);
        if (!transform) {
            early =
                earlyBlobs ??
                    storeBlobsInBackground(options.store, sourceHashes.map((hashed) => Promise.resolve(hashed)), isLocalStore(options.store) ? 1 : (options.concurrency ?? 4));
        }
        const { prepared, dropped, sides, profiles, pass } = await context.group(transform ? "Split and profile" : "Profile", async () => {
            if (transform) {
                const profiler = new profileSources.TableProfiler(columns);
                const split = await profileSources.splitAndProfile(sources, columns, format, (0,external_node_path_.join)(staging, "out"), options, profiler);
                return { ...split, profiles: profiler.profiles(), pass: undefined };
            }
            const profiled = await (overlapped?.profiled ??
                profileSources.profileOnly(sources, columns, sourceBytes, options));
            context.log.info(profileSources.passSummary(profiled.pass));
            return { ...profiled, dropped: 0, sides: { train: 0, test: 0 } };
        });
        const rows = prepared.reduce((sum, file) => sum + file.rows, 0);
        if (rows === 0) {
            throw new data_error/* DataError */.fL({ file: sources[0]?.name ?? options.source }, dropped > 0 ? `has no rows at or before as-of ${options.asOf?.time}` : "has a header but no rows");
        }
        const hashed = transform
            ? await (0,parallel/* mapWithConcurrency */.W)(prepared, 4, async (file) => ({ file, hash: await (0,hash_file/* hashFile */.D)(file.path) }))
            : sourceHashes.map(({ hash }, index) => ({ file: prepared[index], hash }));
        const { bytesUploaded, bytesReused } = early
            ? await early.report(context)
            : await storeBlobs(context, options.store, hashed, options.concurrency ?? 4);
        const body = {
            source: {
                uri: options.source,
                format,
                files: sourceHashes.map(({ file, hash }) => ({
                    name: file.name,
                    sha256: hash.sha256,
                    bytes: hash.bytes,
                })),
            },
            columns,
            files: hashed.map(({ file, hash }) => ({
                name: file.name,
                role: file.role,
                format,
                sha256: hash.sha256,
                bytes: hash.bytes,
                rows: file.rows,
            })),
            rows,
            ...(options.split ? { split: { ...options.split, trainRows: sides.train, testRows: sides.test } } : {}),
            ...(options.asOf ? { asOf: { ...options.asOf, droppedRows: dropped } } : {}),
            profile: profiles,
        };
        const { id, manifest: stored, written } = await publishManifest(options.store, body);
        const dataDir = (0,external_node_path_.join)(snapshot_dataRootOf(context, options), id);
        if (pass?.columnCheckers && options.rules) {
            // validate-data on this snapshot reads these instead of the rows (see validation-checks.ts)
            await options.store.putIfAbsent((0,validation_checks/* validationChecksKey */.C3)(id, options.rules, profileSources.PASS_LAYOUT), {
                body: `${JSON.stringify(profileSources.storedChecks(id, pass), null, 2)}\n`,
            });
        }
        await options.store.putIfAbsent(recipe, { body: `${JSON.stringify({ id })}\n` });
        await materialise(hashed.map(({ file, hash }) => ({ ...file, hash, owned: transform })), dataDir, hashCache);
        await hashCache.save();
        context.log.info(`snapshot ${id}: ${rows} rows, ${bytesUploaded} bytes uploaded, ${bytesReused} reused`);
        return {
            id,
            uri: `${options.store.uri.replace(/\/$/, "")}/${(0,snapshot_manifest/* manifestKey */.Rn)(id)}`,
            dataDir,
            rows,
            bytesUploaded,
            bytesReused,
            manifest: stored,
            created: written,
        };
    }
    finally {
        await earlyBlobs?.settle();
        await early?.settle();
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/snapshot-step.js








function summary(result) {
    const { manifest } = result;
    const rows = manifest.files.map((file) => [
        (0,markdown/* escapeMarkdown */.FV)(file.name),
        file.role,
        String(file.rows),
        (0,format_progress/* formatBytes */.z3)(file.bytes),
        `\`${file.sha256.slice(0, 12)}\``,
    ]);
    const split = manifest.split
        ? `, split ${manifest.split.strategy}: ${manifest.split.trainRows} train / ${manifest.split.testRows} test`
        : "";
    return [
        `### Snapshot \`${result.id}\`${result.created ? "" : " (unchanged data: reused)"}`,
        "",
        `${manifest.rows} rows × ${manifest.columns.length} columns${split}; uploaded ${(0,format_progress/* formatBytes */.z3)(result.bytesUploaded)}, reused ${(0,format_progress/* formatBytes */.z3)(result.bytesReused)}.`,
        "",
        (0,markdown/* table */.tp)(["file", "role", "rows", "size", "sha256"], rows),
        "",
    ].join("\n");
}
/** `snapshot-data`: trainyard.yml's `data:` gives the defaults of its inputs; returns the action's outputs. */
async function snapshotStep(context, inputs) {
    const config = await (0,step_config/* loadStepConfig */.hs)(context, inputs);
    const data = config?.config.data;
    const source = inputs.source ?? data?.source;
    if (!source)
        throw new user_error/* UserError */.yo(`no source: set ${(0,declared_inputs/* inputLabel */.NB)(inputs, "source")} or data.source in trainyard.yml`);
    const store = await (0,step_config/* openStepStore */.cl)(context, inputs, config);
    const strategy = inputs.split ?? data?.split?.strategy;
    const split = strategy
        ? {
            strategy,
            testFraction: inputs["test-fraction"] ?? data?.split?.test_fraction ?? 0.2,
            seed: inputs.seed ?? data?.split?.seed ?? 42,
            ...optional("key", inputs["split-key"] ?? data?.split?.key),
            ...optional("timeColumn", inputs["time-column"] ?? data?.split?.time_column),
            ...optional("cutoff", inputs.cutoff ?? data?.split?.cutoff),
        }
        : undefined;
    const asOfTime = inputs["as-of"] ?? data?.as_of?.time;
    const asOfColumn = inputs["as-of-column"] ?? data?.as_of?.column;
    if (asOfTime && !asOfColumn)
        throw new user_error/* UserError */.yo(`as-of needs the time column: set ${(0,declared_inputs/* inputLabel */.NB)(inputs, "as-of-column")} or data.as_of.column`);
    const format = inputs.format ?? data?.format;
    const result = await snapshot(context, {
        source,
        store,
        ...(format ? { format } : {}),
        ...(split ? { split } : {}),
        ...(asOfTime && asOfColumn ? { asOf: { time: asOfTime, column: asOfColumn } } : {}),
        dataRoot: (0,step_config/* dataRootOf */.y4)(context, inputs),
        ...(config?.config.validate ? { rules: config.config.validate } : {}),
    });
    await context.appendSummary(summary(result));
    const outputs = {
        "snapshot-id": result.id,
        "snapshot-uri": result.uri,
        "data-dir": result.dataDir,
        rows: result.rows,
        "bytes-uploaded": result.bytesUploaded,
        "bytes-reused": result.bytesReused,
    };
    return outputs;
}
/** `trainyard snapshot pull <id>`: materialises a stored snapshot, verifying every hash. */
async function pullStep(context, inputs) {
    const config = await loadStepConfig(context, inputs);
    const store = await openStepStore(context, inputs, config);
    const id = inputs.snapshot;
    const dataDir = inputs["data-dir"];
    const destination = dataDir
        ? resolve(context.workingDirectory, dataDir)
        : join(dataRootOf(context, inputs), id);
    const pulled = await pullSnapshot(context, store, id, destination);
    const outputs = {
        "snapshot-id": id,
        "data-dir": pulled.dataDir,
        "bytes-downloaded": pulled.bytesDownloaded,
    };
    return outputs;
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}


/***/ }),

/***/ 22140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ openStepStore),
/* harmony export */   eK: () => (/* binding */ ruleLocation),
/* harmony export */   hs: () => (/* binding */ loadStepConfig),
/* harmony export */   y4: () => (/* binding */ dataRootOf)
/* harmony export */ });
/* unused harmony export defaultDataRoot */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_config_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18697);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32845);
/* harmony import */ var _store_open_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39301);
/* harmony import */ var _known_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85172);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9347);








/**
 * Loads trainyard.yml: the `config` input's path, or `trainyard.yml` in the working directory when it exists.
 * Each problem becomes an error annotation on its line, so GitHub shows it in the file.
 */
async function loadStepConfig(context, inputs) {
    const explicit = inputs.config;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.workingDirectory, explicit ?? "trainyard.yml");
    const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path).then(() => true, () => false);
    if (!exists && !explicit) {
        (0,_known_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .registerKnownSecrets */ .YN)(context);
        return undefined;
    }
    if (!exists)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputLabel */ .NB)(inputs, "config")} names ${explicit}, which does not exist in ${context.workingDirectory}; leave it empty to use ./trainyard.yml when present`);
    try {
        // The YAML parser and the config's zod schema are loaded only when there is a trainyard.yml to read.
        const { loadConfig } = await __webpack_require__.e(/* import() */ 207).then(__webpack_require__.bind(__webpack_require__, 42207));
        const loaded = await loadConfig(path);
        (0,_known_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .registerKnownSecrets */ .YN)(context, loaded);
        return loaded;
    }
    catch (error) {
        if (error instanceof _config_config_error_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(context.workingDirectory, path) || path;
            for (const issue of error.issues) {
                context.log.error(`${issue.path.join(".") || "trainyard.yml"}: ${issue.message}`, {
                    title: "trainyard.yml",
                    file,
                    ...(issue.line ? { startLine: issue.line } : {}),
                    ...(issue.column ? { startColumn: issue.column } : {}),
                });
            }
        }
        throw error;
    }
}
/** The annotation position of a rule in trainyard.yml. */
function ruleLocation(context, config, path) {
    if (!config)
        return undefined;
    const line = config.lineOf(path);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(config.path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(context.workingDirectory, config.path) : config.path;
    return { file, ...(line ? { startLine: line } : {}) };
}
/** The blob store: the `store` input, else trainyard.yml's `store`, else `.trainyard/store`. */
async function openStepStore(context, inputs, config) {
    const configured = config?.config.store;
    const input = inputs.store;
    const settings = typeof configured === "object" ? configured : undefined;
    const uri = input ?? (typeof configured === "string" ? configured : settings?.uri) ?? _workspace_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .workspacePath */ .X.store;
    const endpoint = inputs["s3-endpoint"] ?? settings?.endpoint;
    return (0,_store_open_store_js__WEBPACK_IMPORTED_MODULE_5__/* .openStore */ .C)(uri.startsWith("s3://") ? uri : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.workingDirectory, uri), {
        env: context.env,
        cwd: context.workingDirectory,
        ...(endpoint ? { endpoint } : {}),
        ...(settings?.region ? { region: settings.region } : {}),
        ...(settings?.force_path_style !== undefined ? { forcePathStyle: settings.force_path_style } : {}),
    });
}
function defaultDataRoot(context) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(context.workingDirectory, _workspace_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .workspacePath */ .X.data);
}
/** Where snapshots are materialised: the `data-root` input (relative to the working directory) or the default. */
function dataRootOf(context, inputs) {
    const input = inputs["data-root"];
    return input ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.workingDirectory, input) : defaultDataRoot(context);
}


/***/ }),

/***/ 76829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ openStepRegistry),
/* harmony export */   eX: () => (/* binding */ openStepTracking)
/* harmony export */ });
/* unused harmony export trackingUri */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _tracking_local_local_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35916);
/* harmony import */ var _tracking_local_local_tracker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60619);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9347);




/** The tracking URI: the `tracking-uri` input, else trainyard.yml's tracking.uri, else MLFLOW_TRACKING_URI. */
function trackingUri(context, inputs, config) {
    return inputs["tracking-uri"] ?? config?.config.tracking?.uri ?? context.env.MLFLOW_TRACKING_URI ?? "";
}
/**
 * Opens the Tracker and Registry: MLflow over REST for an http(s) URI, otherwise the local directory backend
 * (`.trainyard/tracking` by default). Credentials are masked before anything is logged.
 */
async function openStepTracking(context, inputs, config) {
    const uri = trackingUri(context, inputs, config);
    for (const secret of [context.env.MLFLOW_TRACKING_TOKEN, context.env.MLFLOW_TRACKING_PASSWORD])
        if (secret)
            context.setSecret(secret);
    if (/^https?:\/\//.test(uri)) {
        const { openTracking } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 95165));
        // MLflow's own client reads its request timeout (seconds) from this variable; so do we.
        const timeoutSeconds = Number(context.env.MLFLOW_HTTP_REQUEST_TIMEOUT);
        return openTracking({
            uri,
            env: context.env,
            ...(timeoutSeconds > 0 ? { timeoutMs: timeoutSeconds * 1000 } : {}),
        });
    }
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.workingDirectory, uri.replace(/^file:\/\//, "") || _workspace_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .workspacePath */ .X.tracking);
    return { tracker: new _tracking_local_local_tracker_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalTracker */ .S(root), registry: new _tracking_local_local_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .LocalRegistry */ .p(root) };
}
async function openStepRegistry(context, inputs, config) {
    return (await openStepTracking(context, inputs, config)).registry;
}


/***/ }),

/***/ 2165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ prepareCheckpoints),
/* harmony export */   dr: () => (/* binding */ listCheckpointKeys),
/* harmony export */   hq: () => (/* binding */ deleteCheckpoints)
/* harmony export */ });
/* unused harmony exports checkpointPrefix, describeCheckpoint, restoreCheckpoint, CheckpointSync */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38816);
/* harmony import */ var _config_contracts_contract_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88689);
/* harmony import */ var _data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6217);
/* harmony import */ var _data_list_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97244);
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6170);








/**
 * Durable checkpoints (the train contract's TRAINYARD_CHECKPOINT_DIR). While the command runs, what it writes
 * there is copied to the store: each file as a content-addressed blob under `checkpoints/<cache key>/blobs/`,
 * then a manifest naming them, written last, so a manifest in the store always names complete, hashed
 * blobs. A later training of the same cache key restores the newest manifest whose blobs all check out.
 */
const CHECKPOINT_KIND = "trainyard.checkpoint";
const CHECKPOINT_VERSION = 1;
/** Manifests kept per run: the newest few, so a restore has a fallback if the newest is damaged. */
const KEEP_PER_RUN = 2;
const checkpointFileSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()
        .min(1)
        .refine((path) => !path.startsWith("/") && !path.split("/").some((part) => part === ".." || part === ""), "a relative path inside the checkpoint folder"),
    sha256: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
    bytes: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().nonnegative(),
});
const checkpointManifestSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(CHECKPOINT_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(CHECKPOINT_VERSION),
    key: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    sequence: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().positive(),
    /** The step the trainer named in `checkpoint.json` (`{"step": n}`), when it did. */
    step: zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().optional(),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(),
    files: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(checkpointFileSchema),
});
const checkpointPrefix = (key) => `checkpoints/${key}/`;
const checkpointBlobKey = (key, sha) => `checkpoints/${key}/blobs/${sha}`;
const manifestKeyOf = (key, runId, sequence) => `checkpoints/${key}/manifests/${runId}/${String(sequence).padStart(8, "0")}.json`;
/** The files of a folder that may not exist yet (none then). */
const listFilesIfAny = (root) => (0,_data_list_files_js__WEBPACK_IMPORTED_MODULE_5__/* .listFiles */ .C)(root).catch(() => []);
/** The step a trainer names in `checkpoint.json`, if it writes one with a numeric `step`. */
async function readStep(dir) {
    try {
        const step = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "checkpoint.json"), "utf8"))
            .step;
        return typeof step === "number" && Number.isFinite(step) ? step : undefined;
    }
    catch {
        return undefined;
    }
}
/** "run <id>, step <n>" or "run <id>, <time>": how a checkpoint is named in the log and on the run. */
function describeCheckpoint(manifest) {
    return `run ${manifest.runId}, ${manifest.step !== undefined ? `step ${manifest.step}` : manifest.createdAt}`;
}
/** Every checkpoint manifest of a cache key, newest first; unreadable ones come back as `problem`s. */
async function listManifests(store, key) {
    const manifests = [];
    const problems = [];
    for await (const entry of store.list(`${checkpointPrefix(key)}manifests/`)) {
        try {
            const manifest = (0,_config_contracts_contract_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseContract */ .UA)(checkpointManifestSchema, (await store.getBytes(entry.key)).toString("utf8"), `${store.uri}/${entry.key}`, { kind: CHECKPOINT_KIND, version: CHECKPOINT_VERSION });
            manifests.push({ storeKey: entry.key, manifest });
        }
        catch (error) {
            problems.push(`${entry.key} is unreadable (${error.message.split("\n")[0]}); not used`);
        }
    }
    manifests.sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt) || b.manifest.sequence - a.manifest.sequence);
    return { manifests, problems };
}
/**
 * Restores the newest complete checkpoint of `key` into `dir` (which must be empty or absent). A manifest
 * that cannot be read, or whose blobs are missing or do not hash to what it names, is skipped with a
 * warning: a damaged checkpoint is never restored.
 */
async function restoreCheckpoint(context, store, key, dir) {
    const { manifests, problems } = await listManifests(store, key);
    for (const problem of problems)
        context.log.warning(`checkpoint ${problem}`);
    for (const { storeKey, manifest } of manifests) {
        const staging = `${dir}.restore-${process.pid}`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
        try {
            await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(manifest.files, 4, async (file) => {
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(staging, ...file.path.split("/"));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
                await store.download(checkpointBlobKey(key, file.sha256), target);
                const { sha256 } = await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFile */ .D)(target);
                if (sha256 !== file.sha256)
                    throw new Error(`${file.path} has SHA-256 ${sha256}, not ${file.sha256}`);
            });
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
            context.log.warning(`checkpoint ${storeKey} (${describeCheckpoint(manifest)}) is damaged (${error.message}); not used`);
            continue;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(staging, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, dir);
        context.log.notice(`resuming from checkpoint ${storeKey} (${describeCheckpoint(manifest)}, ${manifest.files.length} file(s))`);
        return manifest;
    }
    return undefined;
}
/**
 * Copies the checkpoint folder to the store every `intervalMs` while the command runs and once more when it
 * has ended (a cancel's SIGTERM included: the trainer may write a last checkpoint before it exits). Each
 * upload copies the folder to a scratch folder first, hashes the copies and puts those, so a file the
 * trainer rewrites meanwhile cannot give a blob that differs from its hash. Unchanged folders are skipped.
 */
class CheckpointSync {
    options;
    timer;
    chain = Promise.resolve();
    sequence = 0;
    lastDigest = "";
    written = [];
    uploads = 0;
    constructor(options) {
        this.options = options;
    }
    start() {
        this.timer = setInterval(() => this.schedule(), this.options.intervalMs);
        this.timer.unref();
    }
    /** After the command has ended: the last upload, then no more. */
    async stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        this.schedule();
        await this.chain;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.options.stagingDir, { recursive: true, force: true });
    }
    schedule() {
        this.chain = this.chain.then(() => this.upload().catch((error) => this.options.log.warning(`checkpoint upload failed (the next one retries): ${error.message}`)));
    }
    async upload() {
        const { store, key, runId, dir, stagingDir } = this.options;
        const paths = await listFilesIfAny(dir);
        if (paths.length === 0)
            return;
        const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stagingDir, `copy-${this.sequence + 1}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(copy, { recursive: true, force: true });
        const files = await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(paths, 4, async (path) => {
            const source = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ...path.split("/"));
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(copy, ...path.split("/"));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(source, target);
            }
            catch (error) {
                // Removed between listing and copying (a trainer replacing its checkpoint): not part of this one.
                if (error.code === "ENOENT")
                    return undefined;
                throw error;
            }
            return { path, ...(await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFile */ .D)(target)) };
        });
        const present = files.filter((file) => file !== undefined);
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(present)).digest("hex");
        if (present.length === 0 || digest === this.lastDigest) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(copy, { recursive: true, force: true });
            return;
        }
        await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(present, 4, (file) => store.putIfAbsent(checkpointBlobKey(key, file.sha256), { path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(copy, ...file.path.split("/")) }));
        this.sequence++;
        const step = await readStep(copy);
        const manifest = {
            kind: CHECKPOINT_KIND,
            version: CHECKPOINT_VERSION,
            key,
            runId,
            sequence: this.sequence,
            ...(step !== undefined ? { step } : {}),
            createdAt: new Date().toISOString(),
            files: present.map(({ path, sha256, bytes }) => ({ path, sha256, bytes })),
        };
        const manifestKey = manifestKeyOf(key, runId, this.sequence);
        // Last: only now does the checkpoint exist for a restore.
        await store.put(manifestKey, { body: (0,_config_contracts_contract_file_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeContract */ .Vf)(manifest) });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(copy, { recursive: true, force: true });
        this.lastDigest = digest;
        this.uploads++;
        this.written.push(manifestKey);
        while (this.written.length > KEEP_PER_RUN) {
            const old = this.written.shift();
            await store.delete(old).catch(() => undefined);
        }
        this.options.log.info(`checkpoint ${this.sequence} saved to the store (${describeCheckpoint(manifest)}, ${present.length} file(s))`);
    }
}
/** Deletes every checkpoint (manifests and blobs) of a cache key. Returns how many blobs were deleted. */
async function deleteCheckpoints(store, key) {
    const keys = [];
    // Manifests first: a checkpoint is gone as a whole before its blobs are.
    for await (const entry of store.list(`${checkpointPrefix(key)}manifests/`))
        keys.push(entry.key);
    for (const manifestKey of keys)
        await store.delete(manifestKey);
    let count = 0;
    for await (const entry of store.list(`${checkpointPrefix(key)}blobs/`)) {
        await store.delete(entry.key);
        count++;
    }
    // train.backend sagemaker: SageMaker's own CheckpointConfig copies, and the runs that wrote them.
    for (const kind of ["sagemaker/", "sagemaker-runs/"])
        for await (const entry of store.list(`${checkpointPrefix(key)}${kind}`)) {
            await store.delete(entry.key);
            count++;
        }
    return count + keys.length;
}
/** The cache keys that have checkpoints in the store, with the runs that wrote them. */
async function listCheckpointKeys(store) {
    const keys = new Map();
    for await (const entry of store.list("checkpoints/")) {
        const [, key, kind, runId] = entry.key.split("/");
        if (!key)
            continue;
        const runs = keys.get(key) ?? new Set();
        if ((kind === "manifests" || kind === "sagemaker-runs") && runId)
            runs.add(runId);
        keys.set(key, runs);
    }
    return keys;
}
/**
 * Before a training: restores the newest complete checkpoint of the cache key into the run's checkpoint
 * folder, records where it resumed from on the run, and returns the sync that uploads new checkpoints.
 */
async function prepareCheckpoints(context, options) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.runDir, "checkpoint");
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    const resumedFrom = await restoreCheckpoint(context, options.store, options.key, dir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    if (resumedFrom)
        await options.setTag("trainyard.checkpoint.resumed_from", describeCheckpoint(resumedFrom));
    const sync = new CheckpointSync({
        store: options.store,
        key: options.key,
        runId: options.runId,
        dir,
        stagingDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.runDir, "checkpoint-staging"),
        intervalMs: options.intervalSeconds * 1000,
        log: context.log,
    });
    return { dir, sync, ...(resumedFrom ? { resumedFrom } : {}) };
}


/***/ }),

/***/ 70509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ openTrainBackend),
/* harmony export */   openRayBackend: () => (/* binding */ openRayBackend)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32845);


/**
 * Opens train.backend before the run is created, so a wrong address or token is one clear error and not a
 * FAILED run: for Ray, the address and token (masked from here on) and a check that the job API answers.
 */
async function openTrainBackend(context, inputs, train, training) {
    const backend = inputs.backend ?? train?.backend ?? "runner";
    if (backend === "runner")
        return undefined;
    if (backend === "sagemaker") {
        if (!training)
            throw new Error("train.backend sagemaker needs the training's cache key and store");
        // the SageMaker and Ray clients (AWS SDK, undici) load only for their backend: a run on the runner needs neither
        const { openSageMakerBackend } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(459), __webpack_require__.e(572)]).then(__webpack_require__.bind(__webpack_require__, 37572));
        return openSageMakerBackend(context, {
            train,
            cacheKey: training.cacheKey,
            store: await training.store(),
            adoptCompleted: training.useCache,
            where: inputs.backend ? (0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "backend") : "train.backend",
        });
    }
    // A remote cluster does not see the runner's folders: with an S3 store the files go through it.
    let transfer;
    if (training && train?.ray?.transfer !== "shared") {
        const store = await training.store();
        if (store.uri.startsWith("s3://") && "client" in store)
            transfer = { store: store, intervalSeconds: train?.checkpoint?.interval ?? 60 };
        else if (train?.ray?.transfer === "s3")
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`train.ray.transfer is s3, but the store is ${store.uri}: set store to s3://bucket/prefix, or train.ray.transfer: shared for a head that shares this file system`);
    }
    return openRayBackend(context, {
        ...(transfer ? { transfer } : {}),
        address: inputs["ray-address"] ?? train?.ray?.address ?? context.env.RAY_ADDRESS,
        token: inputs["ray-token"] ?? context.env.RAY_AUTH_TOKEN,
        where: `${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "ray-address")}, train.ray.address or RAY_ADDRESS`,
        ray: train?.ray,
    });
}
/** Opens a Ray cluster's job API (address and token masked from here on) and checks that it answers. */
async function openRayBackend(context, options) {
    const { address, token, where, ray } = options;
    const { RayJobsClient, RayJobsError, runOnRay, stopOrphanedRayJob } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(752), __webpack_require__.e(515)]).then(__webpack_require__.bind(__webpack_require__, 96515));
    if (!address)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`train.backend is ray but no Ray dashboard address is given: set ${where}`);
    if (!/^https?:\/\/\S+$/.test(address))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the Ray address (${where}) must be the dashboard's http(s):// address`);
    context.setSecret(address);
    if (token)
        context.setSecret(token);
    try {
        const version = await new RayJobsClient(address, token).version();
        context.log.info(`Ray cluster reached: Ray ${version.ray_version}, job API version ${version.version}; the job's files go ${options.transfer ? `through ${options.transfer.store.uri} (presigned URLs)` : "by the runner's paths (a shared file system)"}`);
    }
    catch (error) {
        if (error instanceof _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw error;
        const code = error.code ?? error.name;
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(error instanceof RayJobsError
            ? `the Ray address (${where}) answered, but not as a Ray dashboard's job API (HTTP ${error.statusCode}); give the dashboard's address, e.g. http://head:8265`
            : `cannot reach the Ray cluster's job API at the address of ${where} (${code}); is it right, and is the head's dashboard running (ray start --head --include-dashboard true)?`);
    }
    const settings = {
        address,
        ...(token ? { token } : {}),
        ...(ray?.num_cpus !== undefined ? { numCpus: ray.num_cpus } : {}),
        ...(ray?.num_gpus !== undefined ? { numGpus: ray.num_gpus } : {}),
        ...(ray?.memory !== undefined ? { memory: ray.memory } : {}),
        ...(ray?.runtime_env ? { runtimeEnv: ray.runtime_env } : {}),
        ...(options.transfer ? { transfer: options.transfer } : {}),
    };
    return {
        name: "ray",
        execute: (options, onSubmitted) => runOnRay(settings, options, onSubmitted),
        stopOrphan: (tags) => stopOrphanedRayJob(settings, tags),
    };
}


/***/ }),

/***/ 50312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ TRAIN_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30420);

/** train's inputs, as `actions/train/action.yml` declares them; trainyard.yml's `train:` gives the defaults. */
const TRAIN_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    command: { description: "The training command (default train.command)", cli: { placeholder: "cmd" } },
    "working-directory": { description: "Where the command runs", cli: { placeholder: "dir" } },
    params: {
        description: "Params as inline YAML/JSON or a file, over train.params",
        cli: { placeholder: "yaml|file" },
    },
    seed: { description: "The seed (default train.seed, 42)", kind: "integer", cli: { placeholder: "n" } },
    snapshot: { description: "The snapshot to train on", cli: { placeholder: "id" } },
    "data-dir": { description: "A folder holding the snapshot's files", cli: { placeholder: "dir" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    "output-dir": { description: "Where the model is written", cli: { placeholder: "dir" } },
    experiment: { description: "The tracking experiment", cli: { placeholder: "name" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    cache: { description: "Reuse an unchanged training (default true)", kind: "boolean" },
    "timeout-minutes": {
        description: "Stop the command after this long",
        kind: "number",
        cli: { placeholder: "n" },
    },
    reproduce: {
        description: "Train twice and compare",
        kind: "choice",
        choices: ["false", "warn", "error", "true"],
    },
    "run-name": { description: "The run's name", cli: { placeholder: "name" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
    backend: {
        description: "Where the command runs (default train.backend, runner)",
        kind: "choice",
        choices: ["runner", "ray", "sagemaker"],
    },
    "ray-address": {
        description: "backend ray: the Ray dashboard's address (default train.ray.address, RAY_ADDRESS)",
        cli: { placeholder: "url" },
    },
    "ray-token": {
        description: "backend ray: the Ray auth token (default RAY_AUTH_TOKEN)",
        cli: { placeholder: "token" },
    },
};


/***/ }),

/***/ 31848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ trainStep)
});

// UNUSED EXPORTS: TrainingFailedError

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/contract-file.js
var contract_file = __webpack_require__(88689);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./.cache/build/lib/config/contracts/lineage.js


const LINEAGE_KIND = "trainyard.lineage";
const LINEAGE_VERSION = 1;
const environmentSchema = schemas/* object */.Ikc({
    os: schemas/* string */.YjP(),
    arch: schemas/* string */.YjP(),
    cpuModel: schemas/* string */.YjP(),
    cpus: schemas/* number */.aig().int().nonnegative(),
    runnerImage: schemas/* string */.YjP().optional(),
    runnerImageVersion: schemas/* string */.YjP().optional(),
    node: schemas/* string */.YjP(),
    python: schemas/* string */.YjP().optional(),
    /** SHA-256 of every lockfile found, by path relative to the working directory. */
    lockfiles: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
});
const codeSchema = schemas/* object */.Ikc({
    commit: schemas/* string */.YjP().optional(),
    dirty: schemas/* boolean */.zMY().optional(),
    repository: schemas/* string */.YjP().optional(),
    ref: schemas/* string */.YjP().optional(),
    workflowRunUrl: schemas/* string */.YjP().optional(),
    trigger: schemas/* string */.YjP().optional(),
    actor: schemas/* string */.YjP().optional(),
});
/** Everything a trained model is: the answer to "what produced this model?". */
const lineageSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz(LINEAGE_KIND),
    version: schemas/* literal */.euz(LINEAGE_VERSION),
    model: schemas/* string */.YjP().optional(),
    runId: schemas/* string */.YjP(),
    trackingUri: schemas/* string */.YjP(),
    code: codeSchema,
    data: schemas/* object */.Ikc({
        snapshotId: schemas/* string */.YjP().optional(),
        dataDir: schemas/* string */.YjP().optional(),
        asOf: schemas/* string */.YjP().optional(),
    }),
    configHash: schemas/* string */.YjP().optional(),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
    seed: schemas/* number */.aig().int(),
    command: schemas/* string */.YjP(),
    workingDirectory: schemas/* string */.YjP(),
    environment: environmentSchema,
    training: schemas/* object */.Ikc({
        exitCode: schemas/* number */.aig().int().nullable(),
        durationSeconds: schemas/* number */.aig().nonnegative(),
        peakMemoryBytes: schemas/* number */.aig().int().nonnegative().optional(),
        cacheKey: schemas/* string */.YjP().optional(),
        cacheHit: schemas/* boolean */.zMY(),
        reusedRunId: schemas/* string */.YjP().optional(),
    }),
    startedAt: schemas/* string */.YjP(),
    finishedAt: schemas/* string */.YjP(),
});
function parseLineage(text, file) {
    return parseContract(lineageSchema, text, file, { kind: LINEAGE_KIND, version: LINEAGE_VERSION });
}

// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./.cache/build/lib/data/hash-file.js
var hash_file = __webpack_require__(6217);
;// CONCATENATED MODULE: ./.cache/build/lib/lineage/environment.js






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const LOCKFILE = /^(requirements.*\.txt|poetry\.lock|uv\.lock|Pipfile\.lock|environment\.ya?ml|package-lock\.json)$/;
const SKIP_DIRS = new Set([
    ".git",
    "node_modules",
    ".venv",
    "venv",
    ".trainyard",
    ".cache",
    "__pycache__",
    "dist",
]);
/** Every lockfile under `root` (a few levels deep), with its SHA-256, by path relative to `root`. */
async function findLockfiles(root, maxDepth = 3) {
    const found = {};
    const walk = async (dir, depth) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (depth < maxDepth && !SKIP_DIRS.has(entry.name))
                    await walk(path, depth + 1);
            }
            else if (entry.isFile() && LOCKFILE.test(entry.name)) {
                found[(0,external_node_path_.relative)(root, path).split("\\").join("/")] = (await (0,hash_file/* hashFile */.D)(path)).sha256;
            }
        }
    };
    await walk(root, 0);
    return found;
}
async function pythonVersion(env) {
    for (const program of ["python3", "python"]) {
        try {
            const { stdout, stderr } = await run(program, ["--version"], {
                env,
                timeout: 10_000,
                encoding: "utf8",
            });
            const version = /Python\s+(\S+)/.exec(`${stdout}${stderr}`)?.[1];
            if (version)
                return version;
        }
        catch {
            // not installed
        }
    }
    return undefined;
}
/** What the training ran on: OS, CPU, runner image, tool versions and lockfile hashes. */
async function collectEnvironment(workingDirectory, env) {
    const cpuList = (0,external_node_os_.cpus)();
    const python = await pythonVersion(env);
    return {
        os: `${(0,external_node_os_.platform)()} ${(0,external_node_os_.release)()}`,
        arch: (0,external_node_os_.arch)(),
        cpuModel: cpuList[0]?.model.trim() ?? "unknown",
        cpus: cpuList.length,
        // GitHub's hosted runners name their image in ImageOS and ImageVersion.
        ...(env.ImageOS ? { runnerImage: env.ImageOS } : {}),
        ...(env.ImageVersion ? { runnerImageVersion: env.ImageVersion } : {}),
        node: process.versions.node,
        ...(python ? { python } : {}),
        lockfiles: await findLockfiles(workingDirectory),
    };
}

// EXTERNAL MODULE: ./.cache/build/lib/lineage/git-state.js
var git_state = __webpack_require__(26985);
// EXTERNAL MODULE: ./.cache/build/lib/lineage/workflow-run.js
var workflow_run = __webpack_require__(53088);
// EXTERNAL MODULE: ./.cache/build/lib/serving/lineage-hooks.js
var lineage_hooks = __webpack_require__(95852);
// EXTERNAL MODULE: ./.cache/build/lib/serving/step-hooks.js
var step_hooks = __webpack_require__(20153);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/run-command.js + 1 modules
var run_command = __webpack_require__(81051);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/split-command.js
var split_command = __webpack_require__(44997);
// EXTERNAL MODULE: ./.cache/build/lib/steps/known-secrets.js
var known_secrets = __webpack_require__(85172);
// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(22140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/tracking-config.js
var tracking_config = __webpack_require__(76829);
// EXTERNAL MODULE: ./.cache/build/lib/steps/training-data.js
var training_data = __webpack_require__(91778);
// EXTERNAL MODULE: ./.cache/build/lib/steps/workspace-paths.js
var workspace_paths = __webpack_require__(9347);
// EXTERNAL MODULE: ./.cache/build/lib/steps/train/checkpoints.js
var checkpoints = __webpack_require__(2165);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/params.js




function isPlainObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** `over` merged into `base`, objects recursively; arrays and scalars replace. */
function mergeParams(base, over) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(over)) {
        const current = merged[key];
        merged[key] = isPlainObject(current) && isPlainObject(value) ? mergeParams(current, value) : value;
    }
    return merged;
}
function parseParamsText(text, source) {
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new user_error/* UserError */.yo(`params from ${source} are not valid YAML or JSON: ${error.message}`);
    }
    if (value === null || value === undefined)
        return {};
    if (!isPlainObject(value))
        throw new user_error/* UserError */.yo(`params from ${source} must be a mapping of names to values, found ${JSON.stringify(value)}`);
    return value;
}
/**
 * The `params` input: inline YAML/JSON (`{lr: 0.1}`, `lr: 0.1`) or the path of a YAML/JSON file. A value that
 * names an existing file is read as that file; anything else is parsed as inline text.
 */
async function readParamsInput(input, cwd) {
    const trimmed = input.trim();
    if (!/[\n:{[]/.test(trimmed)) {
        const path = (0,external_node_path_.resolve)(cwd, trimmed);
        const text = await (0,promises_.readFile)(path, "utf8").catch((error) => {
            if (error.code === "ENOENT")
                throw new user_error/* UserError */.yo(`params "${trimmed}" is neither a file (${path} does not exist) nor inline YAML`);
            throw error;
        });
        return parseParamsText(text, path);
    }
    return parseParamsText(trimmed, "the params input");
}
/** The resolved params: trainyard.yml's train.params, then train.params_file, then the input, each overriding. */
async function resolveParams(options) {
    let params = options.configParams ?? {};
    if (options.paramsFile) {
        const path = (0,external_node_path_.resolve)(options.cwd, options.paramsFile);
        params = mergeParams(params, parseParamsText(await (0,promises_.readFile)(path, "utf8"), path));
    }
    if (options.input)
        params = mergeParams(params, await readParamsInput(options.input, options.cwd));
    return params;
}
/** Nested params as MLflow keys: `{model: {depth: 3}}` → `model.depth = "3"`; arrays as JSON. */
function flattenParams(params, prefix = "") {
    const flat = {};
    for (const key of Object.keys(params).sort()) {
        const value = params[key];
        const name = prefix ? `${prefix}.${key}` : key;
        if (isPlainObject(value) && Object.keys(value).length > 0)
            Object.assign(flat, flattenParams(value, name));
        else
            flat[name] = typeof value === "string" ? value : JSON.stringify(value ?? null);
    }
    return flat;
}
/** JSON with keys sorted at every level: the same params always hash the same. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(",")}]`;
    if (isPlainObject(value))
        return `{${Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
            .join(",")}}`;
    return JSON.stringify(value ?? null);
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/curves.js

/** Reads the training curves the command appended to TRAINYARD_METRICS_FILE (JSON Lines). */
async function readCurves(path, timestamp) {
    const text = await (0,promises_.readFile)(path, "utf8").catch((error) => {
        if (error.code === "ENOENT")
            return "";
        throw error;
    });
    const metrics = [];
    const problems = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, index) => {
        if (!line.trim())
            return;
        let point;
        try {
            point = JSON.parse(line);
        }
        catch {
            problems.push(`line ${index + 1}: not JSON`);
            return;
        }
        const step = point.step ?? 0;
        if (typeof point.name !== "string" ||
            !/^[\w./ -]+$/.test(point.name) ||
            typeof point.value !== "number" ||
            typeof step !== "number" ||
            !Number.isInteger(step)) {
            problems.push(`line ${index + 1}: expected {"name": string, "value": number, "step": integer}`);
            return;
        }
        metrics.push({ key: point.name, value: point.value, step, timestamp });
    });
    return { metrics, problems };
}
/** The last value of each curve (by step, then by order). */
function finalValues(metrics) {
    const last = {};
    for (const metric of metrics) {
        const seen = last[metric.key];
        if (!seen || metric.step >= seen.step)
            last[metric.key] = { step: metric.step, value: metric.value };
    }
    return Object.fromEntries(Object.entries(last).map(([key, { value }]) => [key, value]));
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/reproduce.js




/** The pattern's tolerance: final metrics of two trainings may differ by at most 1 %. */
const REPRODUCE_TOLERANCE = 0.01;
async function fileHashes(root) {
    const entries = await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true });
    const hashes = new Map();
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        const path = (0,external_node_path_.join)(entry.parentPath, entry.name);
        hashes.set((0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join("/"), (await (0,hash_file/* hashFile */.D)(path)).sha256);
    }
    return hashes;
}
function relativeDifference(a, b) {
    if (a === b)
        return 0;
    const scale = Math.max(Math.abs(a), Math.abs(b));
    return scale === 0 ? 0 : Math.abs(a - b) / scale;
}
/** Compares two trainings from the same inputs: model bytes, and the final value of every curve (±1 %). */
async function compareReproduction(firstDir, secondDir, firstCurves, secondCurves) {
    const [a, b] = await Promise.all([fileHashes(firstDir), fileHashes(secondDir)]);
    const names = [...new Set([...a.keys(), ...b.keys()])].sort();
    const differingFiles = names.filter((name) => a.get(name) !== b.get(name));
    const finalA = finalValues(firstCurves);
    const finalB = finalValues(secondCurves);
    let maxRelativeDifference = 0;
    let worstMetric;
    for (const key of Object.keys(finalA).sort()) {
        const other = finalB[key];
        const difference = other === undefined ? Number.POSITIVE_INFINITY : relativeDifference(finalA[key], other);
        if (worstMetric === undefined || difference > maxRelativeDifference) {
            maxRelativeDifference = difference;
            worstMetric = key;
        }
    }
    const identicalFiles = differingFiles.length === 0;
    // Without curves, only the bytes can tell whether the two trainings agree.
    const withinTolerance = worstMetric !== undefined && maxRelativeDifference <= REPRODUCE_TOLERANCE;
    const filesText = identicalFiles
        ? `the model files are byte-identical (${names.length} file(s))`
        : `${differingFiles.length} of ${names.length} model file(s) differ (${differingFiles.slice(0, 5).join(", ")})`;
    const metricsText = worstMetric === undefined
        ? "no training curves to compare"
        : `the final curve values differ by at most ${(maxRelativeDifference * 100).toFixed(3)} % (${worstMetric}; tolerance 1 %)`;
    return {
        identicalFiles,
        differingFiles,
        maxRelativeDifference,
        ...(worstMetric ? { worstMetric } : {}),
        reproducible: identicalFiles || withinTolerance,
        summary: `trained twice from the same inputs: ${filesText}; ${metricsText}`,
    };
}
function reproductionTags(comparison) {
    return {
        "trainyard.reproduce.identical_files": String(comparison.identicalFiles),
        "trainyard.reproduce.max_relative_difference": String(comparison.maxRelativeDifference),
        "trainyard.reproduce.reproducible": String(comparison.reproducible),
    };
}

// EXTERNAL MODULE: ./.cache/build/lib/stats/bootstrap.js
var bootstrap = __webpack_require__(81641);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-names.js
var metric_names = __webpack_require__(29050);
;// CONCATENATED MODULE: ./.cache/build/lib/policy/slo-policy.js
/**
 * The pipeline's service-level indicators, from what the tracker's runs and the registry's versions already
 * record, and their targets from `slo:` in trainyard.yml. Pure: the slo step gathers the history, this
 * module computes. docs/operating.md says how each is computed and what to do when one is breached.
 *
 * - M1 training success rate: training runs started in the window that ended FINISHED, over all that
 *   ended (FINISHED, FAILED, KILLED); runs still RUNNING are left out.
 * - M2 time-to-train: median and 95th percentile (linear interpolation, numpy's default) of the training
 *   command's duration (`trainyard.duration_seconds`) of the window's FINISHED runs that trained (cache hits,
 *   which train nothing, are left out).
 * - M3 data freshness: hours from the champion's training data to now: the as-of time of its snapshot
 *   (snapshot-data's `as_of`) if it has one, else the snapshot's creation (`createdAt` of its manifest in
 *   the store; the champion's `trainyard.snapshot.id` tag names it). Where the manifest cannot be read, the
 *   start of the champion's training run (the snapshot is taken just before training, so its data is at
 *   least that old), and the basis says so.
 * - M4 registration latency: median hours from a training run's end to the creation of its model version,
 *   over versions created in the window.
 * - M8 performance delta vs baseline: mean improvement, in the primary metric's good direction, that the
 *   versions promoted in the window showed over the champion they replaced (`trainyard.delta.<metric>`).
 * - M9 validation failure rate: of the window's candidates that reached data validation and went no
 *   further than the gate — validations that failed and stopped the pipeline (validate-data records each
 *   as a tracker run tagged `trainyard.kind: validation`) plus versions compared by the gate — the share
 *   that failed validation: the stopped ones plus compared versions whose gate failed the validation rule.
 * - M10 retrain-trigger usefulness: share of the retrains the monitor dispatched in the window that were
 *   followed by a promotion replacing the champion that was monitored.
 */


const HOUR = 3_600_000;
function quantile(values, q) {
    if (values.length === 0)
        return null;
    return (0,bootstrap/* percentileSorted */.vS)(Float64Array.from(values).sort(), q);
}
function judge(value, bound) {
    if (!bound || (bound.min === undefined && bound.max === undefined))
        return { status: value === null ? "no data" : "no target" };
    const target = bound.min !== undefined ? `≥ ${bound.min}` : `≤ ${bound.max}`;
    if (value === null)
        return { status: "no data", target };
    const breached = (bound.min !== undefined && value < bound.min) || (bound.max !== undefined && value > bound.max);
    return { status: breached ? "breached" : "met", target };
}
/** Every indicator over the window ending at `now`, judged against the targets. */
function computeSlos(history, targets, now, windowMs) {
    const from = now - windowMs;
    const inWindow = (time) => time !== undefined && time >= from && time <= now;
    const indicators = [];
    const ended = history.trainRuns.filter((run) => inWindow(run.startTime) &&
        (run.status === "FINISHED" || run.status === "FAILED" || run.status === "KILLED"));
    const finished = ended.filter((run) => run.status === "FINISHED");
    const successRate = ended.length > 0 ? finished.length / ended.length : null;
    indicators.push({
        id: "M1",
        name: "training success rate",
        value: successRate,
        unit: "fraction",
        basis: `${finished.length} of ${ended.length} training run(s) finished`,
        ...judge(successRate, targets.training_success_rate),
    });
    const minutes = finished
        .filter((run) => !run.cacheHit && run.durationSeconds !== undefined)
        .map((run) => run.durationSeconds / 60);
    const median = quantile(minutes, 0.5);
    const p95 = quantile(minutes, 0.95);
    const ttt = targets.time_to_train_minutes;
    indicators.push({
        id: "M2",
        name: "time to train, median",
        value: median,
        unit: "minutes",
        basis: `${minutes.length} run(s) that trained`,
        ...judge(median, ttt?.median !== undefined ? { max: ttt.median } : undefined),
    });
    indicators.push({
        id: "M2",
        name: "time to train, p95",
        value: p95,
        unit: "minutes",
        basis: `${minutes.length} run(s) that trained`,
        ...judge(p95, ttt?.p95 !== undefined ? { max: ttt.p95 } : undefined),
    });
    const champion = history.versions.find((version) => version.champion);
    const dataTime = champion ? (history.championData?.time ?? champion.runStartTime) : undefined;
    const freshness = dataTime !== undefined ? (now - dataTime) / HOUR : null;
    indicators.push({
        id: "M3",
        name: "data freshness",
        value: freshness,
        unit: "hours",
        basis: !champion
            ? "no champion"
            : history.championData
                ? `champion version ${champion.version}'s ${history.championData.basis}`
                : `champion version ${champion.version}'s training run start${history.championDataNote ? ` (${history.championDataNote})` : ""}`,
        ...judge(freshness, targets.data_freshness_hours),
    });
    const latencies = history.versions
        .filter((version) => inWindow(version.creationTimestamp) && version.runEndTime !== undefined)
        .map((version) => (version.creationTimestamp - version.runEndTime) / HOUR);
    const latency = quantile(latencies, 0.5);
    indicators.push({
        id: "M4",
        name: "registration latency, median",
        value: latency,
        unit: "hours",
        basis: `${latencies.length} version(s) registered`,
        ...judge(latency, targets.registration_latency_hours),
    });
    const gains = history.versions
        .filter((version) => inWindow(version.promotedAt) && version.primaryDelta !== undefined && version.primaryMetric)
        .map((version) => higherIsBetter(version.primaryMetric)
        ? version.primaryDelta
        : -version.primaryDelta);
    const gain = gains.length > 0 ? gains.reduce((sum, value) => sum + value, 0) / gains.length : null;
    indicators.push({
        id: "M8",
        name: "performance delta vs the replaced champion, mean",
        value: gain,
        unit: "primary metric",
        basis: `${gains.length} promotion(s) over a champion`,
        ...judge(gain, targets.performance_delta),
    });
    const compared = history.versions.filter((version) => inWindow(version.creationTimestamp) && version.decision);
    const invalid = compared.filter((version) => version.gateFailed.includes("validation"));
    const stopped = (history.failedValidations ?? []).filter((time) => inWindow(time)).length;
    const candidates = stopped + compared.length;
    const failureRate = candidates > 0 ? (stopped + invalid.length) / candidates : null;
    indicators.push({
        id: "M9",
        name: "validation failure rate",
        value: failureRate,
        unit: "fraction",
        basis: `${stopped} validation(s) stopped a pipeline; ${invalid.length} of ${compared.length} compared version(s) failed data validation`,
        ...judge(failureRate, targets.validation_failure_rate),
    });
    const triggers = history.monitorRuns.filter((run) => run.dispatched && inWindow(run.startTime));
    const useful = triggers.filter((trigger) => history.versions.some((version) => version.promotedAt !== undefined &&
        version.promotedAt >= trigger.startTime &&
        version.previousChampion === trigger.championVersion));
    const usefulness = triggers.length > 0 ? useful.length / triggers.length : null;
    indicators.push({
        id: "M10",
        name: "retrain-trigger usefulness",
        value: usefulness,
        unit: "fraction",
        basis: `${useful.length} of ${triggers.length} dispatched retrain(s) led to a promotion`,
        ...judge(usefulness, targets.retrain_trigger_usefulness),
    });
    return indicators;
}
/**
 * The train step's alert: a run that took more than twice the median of the model's last 20 successful
 * runs (at least 3 of them, so one odd run does not set the bar). Undefined when the run is not slow.
 */
function slowRunWarning(seconds, previous) {
    const recent = previous.filter((value) => Number.isFinite(value) && value > 0).slice(0, 20);
    if (recent.length < 3)
        return undefined;
    const median = quantile(recent, 0.5);
    if (!(seconds > 2 * median))
        return undefined;
    return `this training took ${seconds.toFixed(1)} s, ${(seconds / median).toFixed(1)}× the median ${median.toFixed(1)} s of the model's last ${recent.length} successful run(s) (alert above 2×); see "Time to train" in docs/operating.md`;
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/slow-run.js

/**
 * Warns when this training took more than twice the median of the experiment's last 20 successful runs that
 * trained (cache hits left out). A tracker that cannot answer only costs the warning.
 */
async function warnIfSlow(context, tracker, experimentId, runId, seconds) {
    const runs = await tracker
        .searchRuns({
        experimentIds: [experimentId],
        filter: "attributes.status = 'FINISHED'",
        maxResults: 100,
        orderBy: ["attributes.start_time DESC"],
    })
        .catch(() => []);
    const previous = runs
        .filter((run) => run.info.runId !== runId &&
        run.tags["trainyard.cache.key"] !== undefined &&
        run.tags["trainyard.cache.hit"] !== "true" &&
        run.tags["trainyard.duration_seconds"] !== undefined)
        .map((run) => Number(run.tags["trainyard.duration_seconds"]))
        .slice(0, 20);
    const warning = slowRunWarning(seconds, previous);
    if (warning)
        context.log.warning(warning);
}

// EXTERNAL MODULE: ./.cache/build/lib/steps/train/train-backend.js
var train_backend = __webpack_require__(70509);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/snapshot-manifest.js
var snapshot_manifest = __webpack_require__(67352);
// EXTERNAL MODULE: ./.cache/build/lib/data/list-files.js
var list_files = __webpack_require__(97244);
// EXTERNAL MODULE: ./.cache/build/lib/store/parallel.js
var parallel = __webpack_require__(6170);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/train-cache.js











const CACHE_KIND = "trainyard.train-cache";
const CACHE_VERSION = 1;
/** The cache key of a training: the same inputs give the same key, any changed input another. */
function trainCacheKey(inputs) {
    return (0,external_node_crypto_.createHash)("sha256")
        .update(canonicalJson({ kind: CACHE_KIND, version: CACHE_VERSION, ...inputs }))
        .digest("hex");
}
const cachedFileSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP()
        .min(1)
        .refine((path) => !path.startsWith("/") && !path.split("/").some((part) => part === ".." || part === ""), "a relative path inside the model folder"),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    bytes: schemas/* number */.aig().int().nonnegative(),
});
const cacheRecordSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz(CACHE_KIND),
    version: schemas/* literal */.euz(CACHE_VERSION),
    key: schemas/* string */.YjP(),
    runId: schemas/* string */.YjP(),
    files: schemas/* array */.YOg(cachedFileSchema),
    createdAt: schemas/* string */.YjP(),
});
const recordKey = (key) => `cache/train/${key}.json`;
/** Puts the model folder's files in the store (content-addressed) and the record last, so a record is never partial. */
async function saveModelToStore(store, key, modelDir, runId) {
    const files = await (0,parallel/* mapWithConcurrency */.W)(await (0,list_files/* listFiles */.C)(modelDir), 4, async (path) => {
        const local = (0,external_node_path_.join)(modelDir, ...path.split("/"));
        const { sha256, bytes } = await (0,hash_file/* hashFile */.D)(local);
        await store.putIfAbsent((0,snapshot_manifest/* blobKey */.bd)(sha256), { path: local });
        return { path, sha256, bytes };
    });
    const record = {
        kind: CACHE_KIND,
        version: CACHE_VERSION,
        key,
        runId,
        files,
        createdAt: new Date().toISOString(),
    };
    await store.putIfAbsent(recordKey(key), { body: (0,contract_file/* serializeContract */.Vf)(record) });
}
/** Restores a cached model folder into `modelDir` (replacing it), or returns undefined on a miss. */
async function restoreModelFromStore(store, key, modelDir) {
    if (!(await store.exists(recordKey(key))))
        return undefined;
    const text = (await store.getBytes(recordKey(key))).toString("utf8");
    const record = (0,contract_file/* parseContract */.UA)(cacheRecordSchema, text, `${store.uri}/${recordKey(key)}`, {
        kind: CACHE_KIND,
        version: CACHE_VERSION,
    });
    const staging = `${modelDir}.restore-${process.pid}`;
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    await (0,parallel/* mapWithConcurrency */.W)(record.files, 4, async (file) => {
        const target = (0,external_node_path_.join)(staging, ...file.path.split("/"));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await store.download((0,snapshot_manifest/* blobKey */.bd)(file.sha256), target);
        const { sha256 } = await (0,hash_file/* hashFile */.D)(target);
        if (sha256 !== file.sha256)
            throw new user_error/* UserError */.yo(`cached model file ${file.path} is damaged in the store (SHA-256 ${sha256})`);
    });
    await (0,promises_.mkdir)(staging, { recursive: true });
    await (0,promises_.rm)(modelDir, { recursive: true, force: true });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(modelDir), { recursive: true });
    await (0,promises_.rename)(staging, modelDir);
    return record;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.cache/build/lib/steps/command/command-environment.js
var command_environment = __webpack_require__(65444);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/command/process-identity.js

/** A process's start time from /proc (Linux): tells it apart from a later process that reuses its pid. */
function processStartTicks(pid) {
    if (process.platform !== "linux")
        return undefined;
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, "latin1");
        // The command name (field 2) may hold spaces and parentheses: fields are counted after its ")".
        return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    }
    catch {
        return undefined;
    }
}
function processRecord(pid) {
    const startTicks = processStartTicks(pid);
    return startTicks === undefined ? { pid } : { pid, startTicks };
}
/**
 * SIGKILLs the process group a record names, unless its pid now belongs to another process. Without a
 * start time to compare (not Linux) nothing is killed: a reused pid must never be signalled.
 * True when a signal was delivered.
 */
function stopRecordedGroup(record) {
    if (record.startTicks === undefined || process.platform === "win32")
        return false;
    const current = processStartTicks(record.pid);
    // The leader alive but started at another time: the pid was reused, the group is not ours.
    if (current !== undefined && current !== record.startTicks)
        return false;
    try {
        // The leader may be gone while others of its group live on; the group id stays theirs until the last exits.
        process.kill(-record.pid, "SIGKILL");
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/train-run.js







/**
 * The environment of the user's command: the parent environment (without trainyard's credentials) plus the
 * TRAINYARD_* contract of DESIGN.md. Inputs reach the command only this way, never through a command line.
 */
function contractEnvironment(base, invocation, files) {
    const seed = String(invocation.seed);
    return {
        ...(0,command_environment/* commandEnvironment */.J)(base),
        TRAINYARD_DATA_DIR: invocation.dataDir,
        ...(invocation.trainFile ? { TRAINYARD_TRAIN_FILE: invocation.trainFile } : {}),
        ...(invocation.testFile ? { TRAINYARD_TEST_FILE: invocation.testFile } : {}),
        TRAINYARD_PARAMS_FILE: files.paramsFile,
        TRAINYARD_SEED: seed,
        PYTHONHASHSEED: seed,
        TRAINYARD_OUTPUT_DIR: invocation.outputDir,
        TRAINYARD_METRICS_FILE: files.metricsFile,
        TRAINYARD_RUN_ID: invocation.runId,
        ...(invocation.checkpoints ? { TRAINYARD_CHECKPOINT_DIR: invocation.checkpoints.dir } : {}),
    };
}
/** Runs the training command once under the contract and reads its curves. */
async function runTraining(context, invocation) {
    await (0,promises_.mkdir)(invocation.runDir, { recursive: true });
    await (0,promises_.mkdir)(invocation.outputDir, { recursive: true });
    const paramsFile = (0,external_node_path_.join)(invocation.runDir, "params.json");
    const metricsFile = (0,external_node_path_.join)(invocation.runDir, `curves-${invocation.label.replace(/\W+/g, "-")}.jsonl`);
    await (0,promises_.writeFile)(paramsFile, `${JSON.stringify(invocation.params, null, 2)}\n`);
    await (0,promises_.writeFile)(metricsFile, "");
    const started = Date.now();
    const processFile = (0,external_node_path_.join)(invocation.runDir, PROCESS_FILE);
    invocation.checkpoints?.sync.start();
    const result = await context
        .group(`${invocation.label}: ${invocation.argv.join(" ")}`, () => (invocation.execute ?? run_command/* runCommand */.d)({
        argv: invocation.argv,
        cwd: invocation.cwd,
        env: contractEnvironment(context.env, invocation, { paramsFile, metricsFile }),
        timeoutMs: invocation.timeoutMs,
        onLine: (line) => context.log.info(line),
        // If trainyard itself is killed (SIGKILL cannot be caught), the next run stops this process group.
        onSpawn: (pid) => (0,external_node_fs_.writeFileSync)(processFile, JSON.stringify(processRecord(pid))),
    }))
        .finally(() => Promise.all([(0,promises_.rm)(processFile, { force: true }), invocation.checkpoints?.sync.stop()]));
    const { metrics, problems } = await readCurves(metricsFile, started);
    return { result, curves: metrics, curveProblems: problems };
}
const PROCESS_FILE = "training-process.json";
/**
 * Stops the training command of a run whose trainyard process was killed: its process group, detached so
 * that a timeout can stop the whole tree, outlives trainyard. Returns the pid it stopped, if any.
 */
async function stopOrphanedTraining(runDir) {
    const file = (0,external_node_path_.join)(runDir, PROCESS_FILE);
    let record;
    try {
        record = JSON.parse(await (0,promises_.readFile)(file, "utf8"));
    }
    catch {
        return undefined;
    }
    const stopped = Number.isInteger(record.pid) && record.pid > 1 && stopRecordedGroup(record);
    await (0,promises_.rm)(file, { force: true });
    return stopped ? record.pid : undefined;
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/train-tags.js


/** MLflow's limit on a param value (characters); longer values go in as artifacts. */
const PARAM_VALUE_LIMIT = 6000;
/** MLflow's limit on a tag value. */
const TAG_VALUE_LIMIT = 8000;
/**
 * The params as MLflow params (flattened `a.b.c` keys, plus the seed). A value over the server's limit is
 * replaced by a pointer and returned as an artifact `params/<key>.txt`.
 */
/** The characters MLflow accepts in a param name. */
const PARAM_NAME = /^[\w\-. /]+$/;
/** Refuses params whose names MLflow would reject, before a run is created for them. */
function checkParamNames(params) {
    const bad = Object.keys(flattenParams(params)).filter((name) => !PARAM_NAME.test(name));
    if (bad.length > 0) {
        throw new user_error/* UserError */.yo(`param name ${bad.map((name) => JSON.stringify(name)).join(", ")} (from train.params, train.params_file or the params input) may hold only letters, digits, "_", "-", ".", " " and "/"`);
    }
}
function paramsForTracking(params, seed) {
    const flat = { ...flattenParams(params), "trainyard.seed": String(seed) };
    const oversized = [];
    for (const [key, value] of Object.entries(flat)) {
        if (value.length <= PARAM_VALUE_LIMIT)
            continue;
        const artifact = `params/${key.replace(/[^\w.-]/g, "_")}.txt`;
        oversized.push([artifact, value]);
        flat[key] = `(${value.length} characters: see the artifact ${artifact})`;
    }
    return { params: flat, oversized };
}
/** The lineage as `trainyard.*` tags, so the MLflow UI and the registry can show it without the artifact. */
function lineageTags(lineage) {
    const tags = {
        "trainyard.snapshot.id": lineage.data.snapshotId,
        "trainyard.git.commit": lineage.code.commit,
        "trainyard.git.dirty": lineage.code.dirty === undefined ? undefined : String(lineage.code.dirty),
        "trainyard.git.ref": lineage.code.ref,
        "trainyard.workflow.run_url": lineage.code.workflowRunUrl,
        "trainyard.workflow.trigger": lineage.code.trigger,
        "trainyard.workflow.actor": lineage.code.actor,
        "trainyard.config.sha256": lineage.configHash,
        "trainyard.seed": String(lineage.seed),
        "trainyard.command": lineage.command,
        "trainyard.working_directory": lineage.workingDirectory,
        "trainyard.exit_code": lineage.training.exitCode === null ? undefined : String(lineage.training.exitCode),
        "trainyard.duration_seconds": lineage.training.durationSeconds.toFixed(3),
        "trainyard.peak_memory_bytes": lineage.training.peakMemoryBytes === undefined ? undefined : String(lineage.training.peakMemoryBytes),
        "trainyard.cache.hit": String(lineage.training.cacheHit),
        "trainyard.env.os": lineage.environment.os,
        "trainyard.env.arch": lineage.environment.arch,
        "trainyard.env.cpu": `${lineage.environment.cpuModel} x${lineage.environment.cpus}`,
        "trainyard.env.runner_image": lineage.environment.runnerImage
            ? `${lineage.environment.runnerImage} ${lineage.environment.runnerImageVersion ?? ""}`.trim()
            : undefined,
        "trainyard.env.node": lineage.environment.node,
        "trainyard.env.python": lineage.environment.python,
    };
    for (const [path, sha] of Object.entries(lineage.environment.lockfiles))
        tags[`trainyard.lockfile.${path}`] = sha;
    return Object.fromEntries(Object.entries(tags)
        .filter((entry) => entry[1] !== undefined)
        .map(([key, value]) => [key, value.slice(0, TAG_VALUE_LIMIT)]));
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/train-step.js



























/** The training command failed, timed out or was cancelled; the run is already marked FAILED or KILLED. */
class TrainingFailedError extends user_error/* UserError */.yo {
    exitCode;
    tail;
    constructor(message, exitCode, tail) {
        super(message);
        this.exitCode = exitCode;
        this.tail = tail;
        this.name = "TrainingFailedError";
    }
}
const TAIL_ARTIFACT = "logs/train-tail.log";
function reproduceMode(input, configured) {
    const mode = input ?? (configured === undefined ? "false" : String(configured));
    return mode === "true" ? "warn" : mode;
}
async function isEmptyDir(path) {
    const entries = await (0,promises_.readdir)(path).catch(() => []);
    return entries.length === 0;
}
async function restoreCached(context, key, modelDir, openStore) {
    if (context.cache) {
        const staging = (0,external_node_path_.resolve)(context.workingDirectory, workspace_paths/* workspacePath */.X.trainCache(key));
        if (await context.cache.restore(staging, `trainyard-train-${key}`)) {
            const record = await restoreModelFromStore(await localStoreAt(staging), key, modelDir).catch(() => undefined);
            if (record)
                return { runId: record.runId };
        }
    }
    const record = await restoreModelFromStore(await openStore(), key, modelDir);
    return record ? { runId: record.runId } : undefined;
}
async function localStoreAt(dir) {
    const { LocalStore } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 49402));
    return new LocalStore(dir);
}
async function saveCached(context, key, modelDir, runId, openStore) {
    await saveModelToStore(await openStore(), key, modelDir, runId);
    if (context.cache) {
        const staging = (0,external_node_path_.resolve)(context.workingDirectory, workspace_paths/* workspacePath */.X.trainCache(key));
        await saveModelToStore(await localStoreAt(staging), key, modelDir, runId);
        await context.cache.save(staging, `trainyard-train-${key}`);
    }
}
/**
 * `train`: runs the user's training command under the env-var contract, records everything that makes the
 * model reproducible (params, seed, code, data, environment) in the tracker, and reuses an earlier model
 * when none of those inputs changed.
 */
async function trainStep(context, inputs, preloaded) {
    const config = preloaded ?? (await (0,step_config/* loadStepConfig */.hs)(context, inputs));
    // The command inherits these secrets and may print them: its log tail is masked before it is kept.
    (0,known_secrets/* registerKnownSecrets */.YN)(context, config);
    const train = config?.config.train;
    const commandLine = inputs.command ?? train?.command;
    if (!commandLine)
        throw new user_error/* UserError */.yo(`no training command: set train.command in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "command")}`);
    const argv = (0,split_command/* splitCommand */.G)(commandLine, "train command");
    const cwd = (0,external_node_path_.resolve)(context.workingDirectory, inputs["working-directory"] ?? train?.working_directory ?? ".");
    const seed = inputs.seed ?? train?.seed ?? 42;
    const timeoutMinutes = inputs["timeout-minutes"] ?? train?.timeout_minutes ?? 60;
    const useCache = inputs.cache ?? train?.cache ?? true;
    const reproduce = reproduceMode(inputs.reproduce, train?.reproduce);
    const params = await resolveParams({
        ...(train?.params ? { configParams: train.params } : {}),
        ...(train?.params_file ? { paramsFile: train.params_file } : {}),
        ...(inputs.params ? { input: inputs.params } : {}),
        cwd: context.workingDirectory,
    });
    checkParamNames(params);
    const data = await (0,training_data/* resolveTrainingData */.$)(context, inputs, config);
    if (!data.trainFile)
        context.log.warning(`the snapshot has no train file in ${data.dataDir}; TRAINYARD_TRAIN_FILE is not set`);
    const outputDirInput = inputs["output-dir"]
        ? (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"])
        : undefined;
    const [git, environment] = await Promise.all([
        (0,git_state/* readGitState */.I)(cwd, { exclude: outputDirInput ? [outputDirInput] : [] }),
        collectEnvironment(cwd, context.env),
    ]);
    const code = (0,workflow_run/* codeRecord */.r)(git, context.env);
    const cacheInputs = {
        ...(data.snapshotId ? { snapshotId: data.snapshotId } : {}),
        params,
        seed,
        command: commandLine,
        ...(git.treeHash ? { codeHash: git.treeHash } : {}),
        lockfiles: environment.lockfiles,
    };
    const cacheKey = trainCacheKey(cacheInputs);
    context.log.debug(`cache key ${cacheKey} of ${JSON.stringify(cacheInputs)}`);
    const backend = await (0,train_backend/* openTrainBackend */.R)(context, inputs, train, {
        cacheKey,
        store: () => (0,step_config/* openStepStore */.cl)(context, inputs, config),
        useCache,
    });
    if (backend?.name === "sagemaker" && reproduce !== "false")
        throw new user_error/* UserError */.yo(`reproduce (${(0,declared_inputs/* inputLabel */.NB)(inputs, "reproduce")} or train.reproduce) is not available with train.backend sagemaker: the second training would be a second paid job; check reproducibility on the runner`);
    const { tracker } = await (0,tracking_config/* openStepTracking */.eX)(context, inputs, config);
    const model = config?.config.model;
    const experimentName = inputs.experiment ?? config?.config.experiment ?? "trainyard";
    const experimentId = await tracker.ensureExperiment(experimentName);
    const runName = inputs["run-name"] ?? `${model ?? "train"}${code.commit ? `-${code.commit.slice(0, 7)}` : ""}`;
    const user = code.actor ?? safeUserName();
    await closeOrphanedRuns(context, tracker, experimentId, cacheKey, backend);
    const run = await tracker.createRun({
        experimentId,
        runName,
        tags: {
            "trainyard.host": (0,external_node_os_.hostname)(),
            "trainyard.pid": String(process.pid),
            "mlflow.runName": runName,
            "mlflow.source.type": "JOB",
            "mlflow.source.name": code.repository ?? cwd,
            ...(code.commit ? { "mlflow.source.git.commit": code.commit } : {}),
            ...(user ? { "mlflow.user": user } : {}),
            "trainyard.cache.key": cacheKey,
        },
    });
    const runId = run.runId;
    context.log.info(`tracking run ${runId} in experiment "${experimentName}" (${tracker.uri})`);
    const runUrl = tracker.runUrl(run);
    if (runUrl)
        context.log.info(`run: ${runUrl}`);
    const runDir = (0,external_node_path_.resolve)(context.workingDirectory, workspace_paths/* workspacePath */.X.run(runId));
    const outputDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"] ?? (0,external_node_path_.join)(runDir, "model"));
    if (!(await isEmptyDir(outputDir)))
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "output-dir")} ${outputDir} is not empty; give a new or empty folder for the model`);
    const startedAt = new Date();
    const finish = async (lineage, extraTags, metrics = []) => {
        const lineagePath = (0,external_node_path_.join)(runDir, "lineage.json");
        await (0,promises_.mkdir)(runDir, { recursive: true });
        await (0,promises_.writeFile)(lineagePath, (0,contract_file/* serializeContract */.Vf)(lineage));
        await tracker.uploadArtifact(runId, lineagePath, "lineage.json");
        await tracker.logBatch(runId, { tags: { ...lineageTags(lineage), ...extraTags }, metrics });
        return lineagePath;
    };
    const baseLineage = (training) => ({
        kind: LINEAGE_KIND,
        version: LINEAGE_VERSION,
        ...(model ? { model } : {}),
        runId,
        trackingUri: tracker.uri,
        code,
        data: { ...(data.snapshotId ? { snapshotId: data.snapshotId } : {}), dataDir: data.dataDir },
        ...(config ? { configHash: config.hash } : {}),
        params: flattenParams(params),
        seed,
        command: commandLine,
        workingDirectory: (0,external_node_path_.relative)(context.workingDirectory, cwd) || ".",
        environment,
        training,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
    });
    const packaging = {
        config,
        inputs,
        modelDir: outputDir,
        cwd,
        data,
        lockfiles: Object.keys(environment.lockfiles),
        pythonVersion: environment.python,
    };
    try {
        const { params: trackedParams, oversized } = paramsForTracking(params, seed);
        await tracker.logBatch(runId, { params: trackedParams });
        for (const [artifactPath, text] of oversized) {
            const file = (0,external_node_path_.join)(runDir, artifactPath);
            await (0,promises_.mkdir)((0,external_node_path_.join)(runDir, "params"), { recursive: true });
            await (0,promises_.writeFile)(file, text);
            await tracker.uploadArtifact(runId, file, artifactPath);
        }
        const openStore = () => (0,step_config/* openStepStore */.cl)(context, inputs, config);
        const reused = useCache ? await restoreCached(context, cacheKey, outputDir, openStore) : undefined;
        if (reused) {
            context.log.notice(`cache hit: the snapshot, params, seed, command, code and lockfiles match run ${reused.runId}, so its model is reused without training`);
            const servingTags = await (0,step_hooks/* packageTrainedModel */.z6)(context, packaging);
            await context.group("Upload the reused model", () => tracker.uploadArtifactDir(runId, outputDir, "model"));
            const lineage = baseLineage({
                exitCode: 0,
                durationSeconds: 0,
                cacheKey,
                cacheHit: true,
                reusedRunId: reused.runId,
            });
            const lineagePath = await finish(lineage, {
                "trainyard.cache.reused_run_id": reused.runId,
                ...servingTags,
            });
            await tracker.updateRun(runId, { status: "FINISHED", endTime: Date.now() });
            return outputs(runId, outputDir, true, 0, lineagePath);
        }
        const invocation = {
            argv,
            cwd,
            runDir,
            outputDir,
            runId,
            seed,
            params,
            dataDir: data.dataDir,
            ...(data.trainFile ? { trainFile: data.trainFile } : {}),
            ...(data.testFile ? { testFile: data.testFile } : {}),
            timeoutMs: timeoutMinutes * 60_000,
            label: "Train",
            checkpoints: backend?.ownCheckpoints
                ? undefined
                : await (0,checkpoints/* prepareCheckpoints */.$Q)(context, {
                    store: await openStore(),
                    key: cacheKey,
                    runId,
                    runDir,
                    intervalSeconds: train?.checkpoint?.interval ?? 60,
                    setTag: (name, value) => tracker.setTag(runId, name, value),
                }),
            ...(backend
                ? { execute: (options) => backend.execute(options, (tags) => tracker.logBatch(runId, { tags })) }
                : {}),
        };
        const first = await runTraining(context, invocation);
        const { result } = first;
        for (const problem of first.curveProblems)
            context.log.warning(`TRAINYARD_METRICS_FILE ${problem}`);
        const lineage = baseLineage({
            exitCode: result.exitCode,
            durationSeconds: result.durationSeconds,
            ...(result.peakMemoryBytes !== undefined ? { peakMemoryBytes: result.peakMemoryBytes } : {}),
            cacheKey,
            cacheHit: false,
        });
        const summaryMetrics = [
            { key: "training_duration_seconds", value: result.durationSeconds, step: 0, timestamp: Date.now() },
            ...(result.peakMemoryBytes !== undefined
                ? [
                    {
                        key: "training_peak_memory_bytes",
                        value: result.peakMemoryBytes,
                        step: 0,
                        timestamp: Date.now(),
                    },
                ]
                : []),
        ];
        if (first.curves.length > 0)
            await tracker.logBatch(runId, { metrics: first.curves });
        if (result.ending !== "exited" || result.exitCode !== 0) {
            // The command's own output may carry a secret; the log was masked line by line, the file and error are too.
            const tail = result.tail.map((line) => context.mask(line));
            const tailFile = (0,external_node_path_.join)(runDir, "train-tail.log");
            await (0,promises_.writeFile)(tailFile, `${tail.join("\n")}\n`);
            await tracker.uploadArtifact(runId, tailFile, TAIL_ARTIFACT);
            const killed = result.ending !== "exited";
            await finish(lineage, { "trainyard.exit_code": String(result.exitCode ?? result.signal ?? "") }, summaryMetrics);
            await tracker.updateRun(runId, { status: killed ? "KILLED" : "FAILED", endTime: Date.now() });
            const why = result.ending === "timeout"
                ? `timed out after ${timeoutMinutes} minute(s) and was stopped with its whole process tree`
                : result.ending === "cancelled"
                    ? "was cancelled (SIGTERM) and stopped with its whole process tree"
                    : `exited with code ${result.exitCode ?? result.signal}`;
            throw new TrainingFailedError(`the training command ${why}; run ${runId} is marked ${killed ? "KILLED" : "FAILED"}. Its last ${tail.length} line(s):\n${tail.join("\n")}`, result.exitCode, tail);
        }
        let reproductionTagsToLog = {};
        if (reproduce !== "false") {
            const againDir = (0,external_node_path_.join)(runDir, "reproduce", "model");
            await (0,promises_.rm)(againDir, { recursive: true, force: true });
            const { checkpoints: _first, ...again } = invocation;
            const second = await runTraining(context, {
                ...again,
                outputDir: againDir,
                label: "Train again (reproduce)",
            });
            if (second.result.exitCode !== 0)
                throw new user_error/* UserError */.yo(`the second training of reproduce: ${reproduce} exited with code ${second.result.exitCode}`);
            const comparison = await compareReproduction(outputDir, againDir, first.curves, second.curves);
            reproductionTagsToLog = reproductionTags(comparison);
            const message = comparison.summary;
            if (comparison.reproducible)
                context.log.info(`reproduce: ${message}`);
            else if (reproduce === "error") {
                await finish(lineage, reproductionTagsToLog, summaryMetrics);
                await tracker.updateRun(runId, { status: "FAILED", endTime: Date.now() });
                throw new user_error/* UserError */.yo(`reproduce: error — ${message}`);
            }
            else
                context.log.warning(`reproduce: ${message}`);
        }
        const servingTags = await (0,step_hooks/* packageTrainedModel */.z6)(context, packaging);
        await context.group("Upload the model", () => tracker.uploadArtifactDir(runId, outputDir, "model"));
        await (0,lineage_hooks/* logTrainingDataset */.Vs)(context, { tracker, runId, inputs, config, snapshotId: data.snapshotId });
        const lineagePath = await finish(lineage, { "trainyard.exit_code": "0", ...reproductionTagsToLog, ...servingTags }, summaryMetrics);
        await tracker.updateRun(runId, { status: "FINISHED", endTime: Date.now() });
        await warnIfSlow(context, tracker, experimentId, runId, result.durationSeconds);
        if (useCache) {
            await saveCached(context, cacheKey, outputDir, runId, openStore).catch((error) => context.log.warning(`the model was trained but could not be cached: ${error.message}`));
        }
        await context.appendSummary(`### trainyard train\n\nRun \`${runId}\` finished in ${result.durationSeconds.toFixed(1)} s` +
            `${result.peakMemoryBytes ? `, peak memory ${(result.peakMemoryBytes / 2 ** 20).toFixed(0)} MiB` : ""}` +
            `${runUrl ? ` — [open in MLflow](${runUrl})` : ""}.\n`);
        return outputs(runId, outputDir, false, result.durationSeconds, lineagePath);
    }
    catch (error) {
        await markUnfinishedRun(tracker, runId, error);
        throw error;
    }
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
/**
 * A training killed with SIGKILL (or a crashed runner) cannot mark its run. Before training the same inputs
 * again, runs of this cache key still RUNNING whose process on this machine is gone are marked KILLED, so a
 * re-run after a kill leaves nothing RUNNING behind.
 */
async function closeOrphanedRuns(context, tracker, experimentId, cacheKey, backend) {
    const host = (0,external_node_os_.hostname)();
    const stale = await tracker
        .searchRuns({
        experimentIds: [experimentId],
        filter: `tags.\`trainyard.cache.key\` = '${cacheKey}' AND attributes.status = 'RUNNING'`,
        maxResults: 100,
    })
        .catch(() => []);
    for (const run of stale) {
        const pid = Number(run.tags["trainyard.pid"]);
        if (run.tags["trainyard.host"] !== host || !Number.isInteger(pid) || processAlive(pid))
            continue;
        const stopped = await stopOrphanedTraining((0,external_node_path_.resolve)(context.workingDirectory, workspace_paths/* workspacePath */.X.run(run.info.runId)));
        // A job on a cluster outlives trainyard too: stop it (Ray); a SageMaker job is followed instead.
        const job = run.tags["trainyard.ray.job_id"]
            ? await (backend?.stopOrphan
                ? backend
                    .stopOrphan(run.tags)
                    .catch((error) => `its Ray job could not be stopped: ${error.message}`)
                : Promise.resolve(`its Ray job ${run.tags["trainyard.ray.job_id"]} (${run.tags["trainyard.ray.address"]}) may still run: stop it with ray job stop`))
            : undefined;
        await tracker.setTag(run.info.runId, "trainyard.error", "its process was killed before it could finish");
        await tracker.updateRun(run.info.runId, { status: "KILLED", endTime: Date.now() });
        context.log.warning(`run ${run.info.runId} of an earlier, killed training was still RUNNING: marked KILLED${stopped ? `; its training command (process group ${stopped}) was still running and has been stopped` : ""}${job ? `; ${job}` : ""}`);
    }
}
/** A failure before or around the command (not found, upload error) must not leave the run RUNNING. */
async function markUnfinishedRun(tracker, runId, error) {
    try {
        const current = await tracker.getRun(runId);
        if (current.info.status !== "RUNNING")
            return;
        if (error instanceof run_command/* CommandNotFoundError */.v)
            await tracker.setTag(runId, "trainyard.error", error.message.slice(0, 5000));
        await tracker.updateRun(runId, { status: "FAILED", endTime: Date.now() });
    }
    catch {
        // the tracker itself is failing; the original error is what the user needs
    }
}
function outputs(runId, modelDir, cacheHit, durationSeconds, lineagePath) {
    return {
        "run-id": runId,
        "model-dir": modelDir,
        "model-uri": `runs:/${runId}/model`,
        "cache-hit": cacheHit,
        "duration-seconds": Math.round(durationSeconds * 1000) / 1000,
        "lineage-path": lineagePath,
    };
}
function safeUserName() {
    try {
        return (0,external_node_os_.userInfo)().username;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 91778:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ resolveTrainingData)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32845);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20030);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22140);






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


/***/ }),

/***/ 77190:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ VALIDATE_INPUTS)
/* harmony export */ });
/* harmony import */ var _inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30420);

/** validate-data's inputs, as `actions/validate-data/action.yml` declares them. */
const VALIDATE_INPUTS = {
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_INPUT */ .sR,
    snapshot: {
        description: "The snapshot id (snapshot-data's snapshot-id)",
        required: true,
        cli: { placeholder: "id" },
    },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STORE_INPUTS */ .G7,
    reference: {
        description: "Drift reference (default: validate.drift.reference)",
        cli: { placeholder: "id|champion" },
    },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACKING_INPUT */ .pL,
    "report-path": { description: "Where to write the JSON report", cli: { placeholder: "file" } },
    ..._inputs_common_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .DATA_ROOT_INPUT */ .d2,
};


/***/ }),

/***/ 84301:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X$: () => (/* binding */ validateStep)
/* harmony export */ });
/* unused harmony exports SNAPSHOT_TAG, ValidationFailedError, inferRulesStep, VALIDATION_RUN_TAGS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11389);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32845);
/* harmony import */ var _report_validation_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92401);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20030);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(22140);
/* harmony import */ var _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(34794);
/* harmony import */ var _tracking_config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(76829);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9347);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(17798);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_9__, _validate_js__WEBPACK_IMPORTED_MODULE_12__]);
([_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_9__, _validate_js__WEBPACK_IMPORTED_MODULE_12__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);














/** The tag on a model version that names the snapshot it was trained on. */
const SNAPSHOT_TAG = "trainyard.snapshot.id";
class ValidationFailedError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
    report;
    outputs;
    constructor(report, 
    /** The step's outputs, which the action still sets (passed: false, the counts, the report). */
    outputs) {
        super(`data validation failed: ${report.errors} error(s), ${report.warnings} warning(s) in snapshot ${report.snapshotId}`);
        this.report = report;
        this.outputs = outputs;
        this.name = "ValidationFailedError";
    }
}
async function resolveReference(context, reference, dependencies, load) {
    if (!reference)
        return { note: "no reference snapshot configured (validate.drift.reference), so no drift check" };
    if (reference !== "champion")
        return { reference: { manifest: await load(reference), note: `snapshot ${reference}` } };
    if (!dependencies.openRegistry || !dependencies.modelName) {
        return { note: "reference is the champion, but no model and registry are configured, so no drift check" };
    }
    const registry = await dependencies.openRegistry();
    const champion = await registry.getVersionByAlias(dependencies.modelName, "champion");
    if (!champion)
        return { note: `model "${dependencies.modelName}" has no champion yet, so no drift check` };
    const id = champion.tags[SNAPSHOT_TAG];
    if (!id)
        return { note: `the champion (version ${champion.version}) records no snapshot, so no drift check` };
    context.log.info(`drift reference: snapshot ${id} of champion version ${champion.version}`);
    return {
        reference: {
            manifest: await load(id),
            note: `snapshot ${id}, which trained champion version ${champion.version}`,
        },
    };
}
/** `trainyard validate --infer`: a starting rule set inferred from the snapshot's profile, as YAML. */
async function inferRulesStep(context, inputs, output) {
    const config = await loadStepConfig(context, inputs);
    const store = await openStepStore(context, inputs, config);
    const manifest = await readManifest(store, inputs.snapshot);
    const text = stringify({ validate: inferRules(manifest) }, { lineWidth: 0 });
    if (output)
        await writeFile(resolve(context.workingDirectory, output), text);
    return { rules: text };
}
/** `validate-data`: checks a snapshot against trainyard.yml's `validate:` rules; fails on any error. */
async function validateStep(context, inputs, dependencies = {}) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_8__/* .loadStepConfig */ .hs)(context, inputs);
    const id = inputs.snapshot;
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_8__/* .openStepStore */ .cl)(context, inputs, config);
    const rules = config?.config.validate;
    if (!config) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`no trainyard.yml in ${context.workingDirectory}: the rules live in its validate: section (set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .inputLabel */ .NB)(inputs, "config")}, or run \`trainyard validate --infer\` for a starting rule set)`);
    }
    if (!rules) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${config.path} has no validate: section; run \`trainyard validate --infer\` for a starting rule set`);
    }
    const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_step_config_js__WEBPACK_IMPORTED_MODULE_8__/* .dataRootOf */ .y4)(context, inputs), id);
    // When snapshot-data checked the rows already (same rules), only the manifest is needed.
    const checked = await store.exists((0,_config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .validationChecksKey */ .C3)(id, rules, _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_9__.PASS_LAYOUT));
    const { manifest } = checked
        ? { manifest: await (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .readManifest */ .WI)(store, id) }
        : await context.group(`Materialise snapshot ${id}`, () => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .pullSnapshot */ .Y2)(context, store, id, dataDir));
    const registryAccess = {
        openRegistry: dependencies.openRegistry ?? (() => (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_10__/* .openStepRegistry */ .K8)(context, inputs, config)),
        ...((dependencies.modelName ?? config?.config.model)
            ? { modelName: dependencies.modelName ?? config?.config.model }
            : {}),
    };
    const reference = await resolveReference(context, inputs.reference ?? rules.drift?.reference, registryAccess, (refId) => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .readManifest */ .WI)(store, refId));
    const report = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_12__/* .validateSnapshot */ .D)(context, {
        manifest,
        dataDir,
        rules,
        store,
        ...(reference.reference ? { reference: reference.reference } : {}),
        ...(reference.note ? { noReferenceNote: reference.note } : {}),
    });
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.workingDirectory, inputs["report-path"] ?? _workspace_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .workspacePath */ .X.validationReport(id));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(reportPath), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    for (const check of report.checks.filter((candidate) => candidate.status === "fail")) {
        const location = (0,_step_config_js__WEBPACK_IMPORTED_MODULE_8__/* .ruleLocation */ .eK)(context, config, check.rulePath);
        const message = `${check.id}: ${check.message} (expected ${check.expected})`;
        const properties = { title: "data validation", ...(location ?? {}) };
        if (check.severity === "error")
            context.log.error(message, properties);
        else
            context.log.warning(message, properties);
    }
    await context.appendSummary((0,_report_validation_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .renderValidationMarkdown */ .Z)(report));
    const outputs = {
        passed: report.passed,
        errors: report.errors,
        warnings: report.warnings,
        "report-path": reportPath,
    };
    if (!report.passed) {
        await recordValidationFailure(context, inputs, config, id, report);
        throw new ValidationFailedError(report, outputs);
    }
    return outputs;
}
/** Tags of the tracker run that records a failed validation (the SLO M9 counts these). */
const VALIDATION_RUN_TAGS = {
    kind: "trainyard.kind",
    passed: "trainyard.validation.passed",
    snapshot: "trainyard.snapshot.id",
    errors: "trainyard.validation.errors",
};
/**
 * A failed validation stops the pipeline before training, so nothing else would record it: a small FAILED
 * tracker run in the model's experiment does (tags only), for `trainyard slo`'s M9. Best effort — a
 * tracker that cannot be reached costs a warning, never the validation's own error. Skipped without a
 * model name (no experiment to record in).
 */
async function recordValidationFailure(context, inputs, config, snapshotId, report) {
    const experiment = config.config.experiment ?? config.config.model;
    if (!experiment)
        return;
    try {
        const { tracker } = await (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_10__/* .openStepTracking */ .eX)(context, inputs, config);
        const experimentId = await tracker.ensureExperiment(experiment);
        const now = Date.now();
        const run = await tracker.createRun({
            experimentId,
            runName: `validate-${snapshotId}`,
            startTime: now,
            tags: {
                "mlflow.runName": `validate-${snapshotId}`,
                [VALIDATION_RUN_TAGS.kind]: "validation",
                [VALIDATION_RUN_TAGS.passed]: "false",
                [VALIDATION_RUN_TAGS.snapshot]: snapshotId,
                [VALIDATION_RUN_TAGS.errors]: String(report.errors),
            },
        });
        await tracker.updateRun(run.runId, { status: "FAILED", endTime: now });
    }
    catch (error) {
        context.log.warning(`the failed validation was not recorded in the tracker: ${error.message}`);
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 17798:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ validateSnapshot)
/* harmony export */ });
/* harmony import */ var _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11389);
/* harmony import */ var _config_contracts_validation_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56230);
/* harmony import */ var _validation_drift_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76045);
/* harmony import */ var _validation_schema_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64768);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20030);
/* harmony import */ var _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34794);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__]);
_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];






const roleOrder = { train: 0, data: 1, test: 2 };
/**
 * Runs every rule in one streaming pass over the snapshot: schema, per-column checks, row-spanning checks
 * (uniqueness, label balance, leakage), then drift against the reference's stored profile.
 */
async function validateSnapshot(context, options) {
    const { manifest, rules } = options;
    const now = options.now ?? Date.now();
    const columns = manifest.columns;
    const checks = [...(0,_validation_schema_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaChecks */ .F)(rules, columns)];
    const paths = (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .snapshotFiles */ .Oq)(manifest, options.dataDir);
    const files = [];
    for (const file of [...manifest.files].sort((a, b) => roleOrder[a.role] - roleOrder[b.role])) {
        const path = file.role === "data" ? paths.data.find((candidate) => candidate.endsWith(file.name)) : paths[file.role];
        if (path)
            files.push({ path, name: file.name, format: file.format, role: file.role });
    }
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    const storedKey = (0,_config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .validationChecksKey */ .C3)(manifest.id, rules, _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.PASS_LAYOUT);
    const stored = options.store && (await options.store.exists(storedKey))
        ? (0,_config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .parseValidationChecks */ .Yy)((await options.store.getBytes(storedKey)).toString("utf8"), storedKey)
        : undefined;
    let rows;
    if (stored) {
        // Checked while the snapshot was taken, in the same pass as its profile: the checkers' states are
        // judged now (max_age depends on the time of checking), the row-spanning results are as they were.
        context.log.info(`rows of snapshot ${manifest.id} were checked when it was taken: not reading them again`);
        rows = stored.rows;
        const checkers = (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.columnCheckers)({ rules, columns, now });
        checkers.forEach(({ checker }, index) => {
            const state = stored.columns[index];
            if (state?.column !== checker.column)
                throw new Error(`stored checks ${storedKey} do not match the rules`);
            checker.merge(state.state);
            checks.push(...checker.results());
        });
        checks.push(...stored.dataset);
    }
    else {
        const pass = await context.group(`Check ${manifest.rows} rows of snapshot ${manifest.id}`, () => (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.runTablePass)(files, { columns, profile: false, rules, now }, {
            threads: (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.dataThreads)(bytes, options.threads, files.length > 0 && files.every((file) => file.format === "parquet")
                ? _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.PARQUET_PARALLEL_MIN_BYTES
                : _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.PARALLEL_MIN_BYTES),
            ...(options.partBytes ? { partBytes: options.partBytes } : {}),
        }));
        context.log.info((0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.passSummary)(pass));
        rows = pass.rows;
        for (const checker of pass.columnCheckers ?? [])
            checks.push(...checker.results());
        checks.push(...(pass.dataset?.results() ?? []));
    }
    let referenceNote = options.noReferenceNote ?? "no reference snapshot, so no drift check";
    if (rules.drift && options.reference) {
        checks.push(...(0,_validation_drift_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .driftChecks */ .R)(manifest.profile, options.reference.manifest.profile, rules.drift));
        referenceNote = options.reference.note;
    }
    else if (!rules.drift) {
        referenceNote = "no drift rules (validate.drift) configured";
    }
    const failed = checks.filter((check) => check.status === "fail");
    const errors = failed.filter((check) => check.severity === "error").length;
    return {
        kind: _config_contracts_validation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_KIND */ .f3,
        version: _config_contracts_validation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_VERSION */ .zV,
        snapshotId: manifest.id,
        passed: errors === 0,
        errors,
        warnings: failed.length - errors,
        rows,
        checkedAt: new Date(now).toISOString(),
        reference: {
            ...(options.reference ? { snapshotId: options.reference.manifest.id } : {}),
            note: referenceNote,
        },
        checks,
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ workspacePath)
/* harmony export */ });
/* unused harmony export WORKSPACE_DIR */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/** The folder, in the working directory, where trainyard keeps everything it makes locally. */
const WORKSPACE_DIR = ".trainyard";
/** Every path trainyard keeps in the workspace, relative to the working directory. */
const workspacePath = {
    /** The default blob store (trainyard.yml's `store`). */
    store: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "store"),
    /** The default local tracker and registry. */
    tracking: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "tracking"),
    /** Where snapshots are materialised (the data-root input). */
    data: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "data"),
    run: (runId) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "runs", runId),
    trainCache: (key) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "train-cache", key),
    evaluation: (name) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "evaluations", name),
    comparisons: (name) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "comparisons", ...(name ? [name] : [])),
    champion: (model, version) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "champions", `${model}-${version}`),
    validationReport: (snapshotId) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "reports", `validation-${snapshotId}.json`),
    pipelineState: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "pipeline", "state.json"),
    demo: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "demo"),
    /** monitor.json and the champion's downloaded evaluation. */
    monitor: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(WORKSPACE_DIR, "monitor"),
};


/***/ }),

/***/ 55439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ isTempName),
/* harmony export */   It: () => (/* binding */ writeTempBeside),
/* harmony export */   gi: () => (/* binding */ tempPathBeside),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61927);






const TEMP_MARK = ".trainyard-tmp-";
const TEMP_NAME = /\.trainyard-tmp-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Whether a file name is one of our in-progress temporary files (never a finished blob). */
function isTempName(name) {
    return TEMP_NAME.test(name);
}
/** A fresh name in the same directory as `target`, so a later rename or link stays on one filesystem. */
function tempPathBeside(target) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}${TEMP_MARK}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
}
/**
 * Writes `content` to a new temporary file beside `target` (creating missing directories) and returns its
 * path; the caller moves it into place. On failure the temporary file is removed.
 */
async function writeTempBeside(target, content, options = {}) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
    }
    catch (error) {
        // Release the open file or HTTP connection behind a stream we will never read.
        if ("stream" in content)
            content.stream.destroy();
        throw error;
    }
    const temp = tempPathBeside(target);
    const flush = options.fsync ?? false;
    try {
        if ("body" in content) {
            const bytes = typeof content.body === "string" ? Buffer.from(content.body, "utf8") : content.body;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temp, bytes, { flag: "wx", flush });
            options.onProgress?.(bytes.byteLength);
        }
        else if ("path" in content) {
            // A local file: the kernel copies it (copy_file_range, or a reflink where the file system has them)
            // instead of this thread reading and writing every 64 KiB through a stream.
            options.onProgress?.(0);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(content.path, temp, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.COPYFILE_EXCL);
            // The copy has the source's mode; a read-only source still gives a file this process can sync.
            const { mode } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(temp);
            if ((mode & 0o200) === 0)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(temp, mode | 0o200);
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, "r+");
            let size;
            try {
                size = (await handle.stat()).size;
                if (flush)
                    await handle.sync();
            }
            finally {
                await handle.close();
            }
            options.onProgress?.(size);
            if (options.expectedBytes !== undefined && size !== options.expectedBytes) {
                throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`expected ${options.expectedBytes} bytes but received ${size}`);
            }
        }
        else {
            const input = content.stream;
            let copied = 0;
            options.onProgress?.(0);
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(input, async function* count(chunks) {
                for await (const chunk of chunks) {
                    copied += chunk.byteLength;
                    options.onProgress?.(copied);
                    yield chunk;
                }
            }, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { flags: "wx", flush }));
            if (options.expectedBytes !== undefined && copied !== options.expectedBytes) {
                throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`expected ${options.expectedBytes} bytes but received ${copied}`);
            }
        }
        return temp;
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw error;
    }
}
/** Writes `content` to `destination` under a temporary name and renames it when complete. */
async function writeFileAtomically(destination, content, options = {}) {
    const temp = await writeTempBeside(destination, content, options);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, destination);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 89546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ BlobNotFoundError),
/* harmony export */   Mw: () => (/* binding */ assertValidKey),
/* harmony export */   jo: () => (/* binding */ InvalidKeyError)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

class BlobNotFoundError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    key;
    constructor(key, storeUri) {
        super(`no blob "${key}" in ${storeUri}`);
        this.key = key;
        this.name = "BlobNotFoundError";
    }
}
class InvalidKeyError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(key) {
        super(`invalid store key "${key}": keys are relative, use "/" separators and never contain ".."`);
        this.name = "InvalidKeyError";
    }
}
function assertValidKey(key) {
    if (key === "" ||
        key.startsWith("/") ||
        key.includes("\\") ||
        key.includes("\0") ||
        key.split("/").some((part) => part === ".." || part === "." || part === "")) {
        throw new InvalidKeyError(key);
    }
}


/***/ }),

/***/ 68355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ compareKeys),
/* harmony export */   x: () => (/* binding */ assertValidPrefix)
/* harmony export */ });
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89546);

/**
 * A `list` prefix is any leading part of a valid key: empty, ending in `/`, or ending mid-segment
 * (`blobs/sha256/ab`). Only its complete segments are held to the key rules, so `a/.` stays a valid prefix
 * of `a/.hidden` while `../` and `/abs` are rejected.
 */
function assertValidPrefix(prefix) {
    if (prefix === "")
        return;
    const segments = prefix.split("/");
    const complete = segments.slice(0, -1);
    const last = segments[segments.length - 1] ?? "";
    if (prefix.startsWith("/") ||
        prefix.includes("\\") ||
        prefix.includes("\0") ||
        complete.some((part) => part === ".." || part === "." || part === "") ||
        last === "..") {
        throw new _blob_store_js__WEBPACK_IMPORTED_MODULE_0__/* .InvalidKeyError */ .jo(prefix);
    }
}
/** S3's order: keys compared as UTF-8 bytes (differs from JavaScript's UTF-16 order for some characters). */
function compareKeys(a, b) {
    return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}


/***/ }),

/***/ 49402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LocalStore: () => (/* binding */ LocalStore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61927);
/* harmony import */ var _atomic_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55439);
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89546);
/* harmony import */ var _key_prefix_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68355);







/** Error codes meaning "no file at this path" (a missing file, or a path through a file or to a folder). */
const ABSENT = new Set(["ENOENT", "ENOTDIR", "EISDIR"]);
/** `link` is not available on this filesystem (FAT, some network mounts). */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK"]);
function errorCode(error) {
    return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}
/**
 * A blob store in a local directory: the key `a/b/c` is the file `<root>/a/b/c`. Writers stage data in a
 * temporary file beside the target (`<name>.trainyard-tmp-<uuid>`, skipped by `list`) and move it into
 * place in one step, so readers never see a partial blob.
 */
class LocalStore {
    root;
    uri;
    fsync;
    constructor(rootDir, options = {}) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(rootDir);
        this.uri = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(this.root).href;
        this.fsync = options.fsync ?? true;
    }
    pathOf(key) {
        (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidKey */ .Mw)(key);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, ...key.split("/"));
    }
    async exists(key) {
        return (await this.stat(key)) !== undefined;
    }
    async stat(key) {
        const path = this.pathOf(key);
        try {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
            return info.isFile() ? { key, size: info.size, modified: info.mtimeMs } : undefined;
        }
        catch (error) {
            if (ABSENT.has(errorCode(error) ?? ""))
                return undefined;
            throw error;
        }
    }
    /**
     * Publishes with `link(temp, target)`, which fails with EEXIST when the target exists: the check and the
     * creation are one atomic step, so of many concurrent writers exactly one wins and nothing is ever
     * replaced. `rename` would silently replace a blob another writer published between our existence check
     * and the rename. Where the filesystem has no hard links we fall back to check-then-rename, whose only
     * race is two writers of the same key both reporting "written".
     */
    async putIfAbsent(key, source, options = {}) {
        const target = this.pathOf(key);
        if (await this.exists(key))
            return "exists";
        const temp = await this.stage(key, target, source, options);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.link)(temp, target);
            return "written";
        }
        catch (error) {
            const code = errorCode(error);
            if (code === "EEXIST") {
                if (await this.exists(key))
                    return "exists";
                throw this.folderConflict(key, error);
            }
            if (!NO_HARD_LINKS.has(code ?? ""))
                throw error;
            if (await this.exists(key))
                return "exists";
            await this.moveIntoPlace(key, temp, target);
            return "written";
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true });
        }
    }
    async put(key, source, options = {}) {
        const target = this.pathOf(key);
        const temp = await this.stage(key, target, source, options);
        try {
            await this.moveIntoPlace(key, temp, target);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true });
        }
    }
    async getStream(key) {
        const handle = await this.openBlob(key);
        return handle.createReadStream();
    }
    async getBytes(key) {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(this.pathOf(key));
        }
        catch (error) {
            if (ABSENT.has(errorCode(error) ?? ""))
                throw new _blob_store_js__WEBPACK_IMPORTED_MODULE_5__/* .BlobNotFoundError */ .Bc(key, this.uri);
            throw error;
        }
    }
    async download(key, destination, options = {}) {
        const handle = await this.openBlob(key);
        await (0,_atomic_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomically */ .lo)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(destination), { stream: handle.createReadStream() }, options);
    }
    async *list(prefix) {
        (0,_key_prefix_js__WEBPACK_IMPORTED_MODULE_6__/* .assertValidPrefix */ .x)(prefix);
        // Start at the deepest folder the prefix names in full; `blobs/sha256/ab` starts at `blobs/sha256/`.
        const start = prefix.slice(0, prefix.lastIndexOf("/") + 1);
        yield* this.walk(start, prefix);
    }
    /**
     * Depth-first, each folder's entries sorted with folders as `name/`: every key below folder `a` starts
     * with `a/`, so placing `a/` among its siblings by byte order yields all keys in byte order.
     */
    async *walk(folderKey, prefix) {
        let entries;
        try {
            const dirents = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, ...folderKey.split("/")), { withFileTypes: true });
            entries = dirents
                .filter((entry) => !(0,_atomic_file_js__WEBPACK_IMPORTED_MODULE_4__/* .isTempName */ .Gs)(entry.name))
                .map((entry) => ({ name: entry.name, folder: entry.isDirectory(), file: entry.isFile() }));
        }
        catch (error) {
            if (ABSENT.has(errorCode(error) ?? ""))
                return;
            throw error;
        }
        const sortName = (entry) => entry.name + (entry.folder ? "/" : "");
        entries.sort((a, b) => (0,_key_prefix_js__WEBPACK_IMPORTED_MODULE_6__/* .compareKeys */ .Y)(sortName(a), sortName(b)));
        for (const entry of entries) {
            const key = folderKey + entry.name;
            if (entry.folder) {
                const below = `${key}/`;
                if (below.startsWith(prefix) || prefix.startsWith(below))
                    yield* this.walk(below, prefix);
            }
            else if (entry.file && key.startsWith(prefix)) {
                try {
                    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, ...key.split("/")));
                    yield { key, size: info.size, modified: info.mtimeMs };
                }
                catch (error) {
                    // deleted while we were listing
                    if (!ABSENT.has(errorCode(error) ?? ""))
                        throw error;
                }
            }
        }
    }
    async delete(key) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.pathOf(key));
        }
        catch (error) {
            // A missing key, or a folder of other keys (`rm` without `recursive` refuses folders): nothing to do.
            const code = errorCode(error) ?? "";
            if (ABSENT.has(code) || code === "ERR_FS_EISDIR")
                return;
            throw error;
        }
    }
    async stage(key, target, source, options) {
        try {
            return await (0,_atomic_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeTempBeside */ .It)(target, source, { ...options, fsync: this.fsync });
        }
        catch (error) {
            // mkdir meets a file where a parent folder should be
            if (errorCode(error) === "ENOTDIR" || errorCode(error) === "EEXIST") {
                throw this.folderConflict(key, error);
            }
            if ("path" in source && errorCode(error) === "ENOENT") {
                throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot store "${key}" in ${this.uri}: source file ${source.path} does not exist`, {
                    cause: error,
                });
            }
            throw error;
        }
    }
    async moveIntoPlace(key, temp, target) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, target);
        }
        catch (error) {
            const code = errorCode(error);
            if (code === "EISDIR" || code === "ENOTEMPTY" || code === "EEXIST") {
                throw this.folderConflict(key, error);
            }
            throw error;
        }
    }
    async openBlob(key) {
        const path = this.pathOf(key);
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, "r");
        }
        catch (error) {
            if (ABSENT.has(errorCode(error) ?? ""))
                throw new _blob_store_js__WEBPACK_IMPORTED_MODULE_5__/* .BlobNotFoundError */ .Bc(key, this.uri);
            throw error;
        }
        // Opening a folder for reading succeeds on Linux; it is still not a blob.
        if (!(await handle.stat()).isFile()) {
            await handle.close();
            throw new _blob_store_js__WEBPACK_IMPORTED_MODULE_5__/* .BlobNotFoundError */ .Bc(key, this.uri);
        }
        return handle;
    }
    /** A local folder cannot hold both a file `a` and files `a/...`, which S3 allows. */
    folderConflict(key, cause) {
        return new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot store "${key}" in ${this.uri}: a local store cannot hold both a blob and a folder of blobs at ` +
            `"${key}" or one of its parent folders; choose keys where no key is a folder of another`, { cause });
    }
}


/***/ }),

/***/ 39301:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ openStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61927);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49402);




/**
 * `s3://bucket/prefix` → S3Store; `file:///dir` or a path → LocalStore. Asynchronous because the AWS SDK
 * is loaded only when an S3 store is opened, so actions on a local store start fast.
 */
async function openStore(uriOrPath, options = {}) {
    const env = options.env ?? process.env;
    if (uriOrPath.startsWith("s3://"))
        return await openS3(uriOrPath, options, env);
    if (uriOrPath.startsWith("file://"))
        return new _local_store_js__WEBPACK_IMPORTED_MODULE_3__.LocalStore((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(uriOrPath));
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uriOrPath)?.[1];
    if (scheme !== undefined) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`unsupported store "${uriOrPath}": use a local folder, file:///path or s3://bucket/prefix ` +
            `(${scheme}:// is not supported; for S3-compatible services use s3:// with AWS_ENDPOINT_URL_S3)`);
    }
    if (uriOrPath.trim() === "")
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo("no store given: use a local folder or s3://bucket/prefix");
    return new _local_store_js__WEBPACK_IMPORTED_MODULE_3__.LocalStore((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd ?? process.cwd(), uriOrPath));
}
async function openS3(uri, options, env) {
    const rest = uri.slice("s3://".length);
    const slash = rest.indexOf("/");
    const bucket = slash === -1 ? rest : rest.slice(0, slash);
    const prefix = slash === -1 ? "" : rest.slice(slash + 1).replace(/\/+$/, "");
    if (bucket === "" || /\s/.test(bucket)) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`invalid S3 store "${uri}": expected s3://bucket or s3://bucket/prefix`);
    }
    const endpoint = options.endpoint ?? nonEmpty(env.AWS_ENDPOINT_URL_S3) ?? nonEmpty(env.AWS_ENDPOINT_URL);
    const region = options.region ??
        nonEmpty(env.AWS_REGION) ??
        nonEmpty(env.AWS_DEFAULT_REGION) ??
        (endpoint === undefined ? undefined : "us-east-1");
    const credentials = options.credentials ?? credentialsFrom(env);
    // Like MLFLOW_HTTP_REQUEST_TIMEOUT for the tracking server: seconds a silent request may hang.
    const timeoutSeconds = Number(env.TRAINYARD_S3_TIMEOUT_SECONDS);
    const { S3Store } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 71942));
    return new S3Store({
        bucket,
        prefix,
        ...(timeoutSeconds > 0 ? { socketTimeoutMs: timeoutSeconds * 1000 } : {}),
        ...options.s3,
        ...(endpoint === undefined ? {} : { endpoint }),
        ...(region === undefined ? {} : { region }),
        ...(options.forcePathStyle === undefined ? {} : { forcePathStyle: options.forcePathStyle }),
        ...(credentials === undefined ? {} : { credentials }),
    });
}
/** Keys in a given `env` (which need not be process.env, where the SDK's own chain looks). */
function credentialsFrom(env) {
    const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
    const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
    if (accessKeyId === undefined || secretAccessKey === undefined)
        return undefined;
    const sessionToken = nonEmpty(env.AWS_SESSION_TOKEN);
    return { accessKeyId, secretAccessKey, ...(sessionToken === undefined ? {} : { sessionToken }) };
}
function nonEmpty(value) {
    return value === undefined || value === "" ? undefined : value;
}


/***/ }),

/***/ 6170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/**
 * Calls `fn` on every item with at most `limit` calls in flight and resolves with the results in input
 * order. After the first failure no new item starts; it rejects with that failure once the calls already
 * running have settled, so nothing keeps writing after the caller has seen the error.
 */
async function mapWithConcurrency(items, limit, fn) {
    if (!(Number.isInteger(limit) || limit === Number.POSITIVE_INFINITY) || limit < 1) {
        throw new RangeError(`concurrency limit must be a positive integer, got ${limit}`);
    }
    const list = Array.from(items);
    const results = new Array(list.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < list.length) {
            const index = next++;
            try {
                results[index] = await fn(list[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.min(limit, list.length);
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure !== undefined)
        throw failure.error;
    return results;
}


/***/ }),

/***/ 96599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ withFileLock)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58500);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3241);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98538);







const DEFAULT_STALE_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * Runs `critical` while holding the lock file `lockPath`, which serializes it against every other holder of
 * the same path, in this process or any other on the machine.
 *
 * Mutual exclusion comes from `open(lockPath, "wx")` (O_CREAT | O_EXCL): the filesystem creates the file for
 * exactly one of any number of concurrent callers and fails the others with EEXIST, who then retry with
 * jittered backoff until `timeoutMs`. The holder touches the file every `staleMs / 3`, so a lock left behind
 * by a crashed process is recognised by its age and broken (renamed away, which only one breaker can do)
 * after `staleMs`. The file records a random token, and release removes the file only while it still holds
 * our token, so a holder that was paused long enough to be declared stale never deletes its successor's lock.
 */
async function withFileLock(lockPath, critical, options = {}) {
    const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    const token = await acquire(lockPath, staleMs, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const heartbeat = setInterval(() => {
        const now = new Date();
        (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.utimes)(lockPath, now, now).catch(() => { });
    }, Math.max(10, Math.floor(staleMs / 3)));
    heartbeat.unref();
    try {
        return await critical();
    }
    finally {
        clearInterval(heartbeat);
        await release(lockPath, token);
    }
}
async function acquire(lockPath, staleMs, timeoutMs) {
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    const content = `${JSON.stringify({ token, pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(), since: new Date().toISOString() })}\n`;
    const deadline = Date.now() + timeoutMs;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(lockPath), { recursive: true });
    for (let attempt = 0;; attempt++) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(lockPath, content, { flag: "wx" });
            return token;
        }
        catch (error) {
            if ((0,_json_file_js__WEBPACK_IMPORTED_MODULE_6__/* .errorCode */ .CA)(error) !== "EEXIST")
                throw error;
        }
        if (await breakIfStale(lockPath, staleMs))
            continue;
        if (Date.now() >= deadline) {
            throw new _ports_js__WEBPACK_IMPORTED_MODULE_5__/* .TrackingError */ .g(`timed out after ${timeoutMs} ms waiting for the lock ${lockPath}`, "TEMPORARILY_UNAVAILABLE");
        }
        const ceiling = Math.min(200, 2 * 2 ** Math.min(attempt, 7));
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(ceiling / 2 + Math.random() * (ceiling / 2));
    }
}
/** Removes a lock nobody has touched for `staleMs`; returns whether the caller should retry at once. */
async function breakIfStale(lockPath, staleMs) {
    let modified;
    try {
        modified = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(lockPath)).mtimeMs;
    }
    catch (error) {
        if ((0,_json_file_js__WEBPACK_IMPORTED_MODULE_6__/* .isAbsent */ .W0)(error))
            return true;
        throw error;
    }
    if (Date.now() - modified < staleMs)
        return false;
    const aside = `${lockPath}.stale-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(lockPath, aside);
    }
    catch (error) {
        if ((0,_json_file_js__WEBPACK_IMPORTED_MODULE_6__/* .isAbsent */ .W0)(error))
            return true;
        throw error;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(aside, { force: true });
    return true;
}
async function release(lockPath, token) {
    let held;
    try {
        held = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(lockPath, "utf8");
    }
    catch (error) {
        if ((0,_json_file_js__WEBPACK_IMPORTED_MODULE_6__/* .isAbsent */ .W0)(error))
            return;
        throw error;
    }
    if (held.includes(token))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(lockPath, { force: true });
}


/***/ }),

/***/ 98538:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Gs: () => (/* binding */ isTempName),
/* harmony export */   Vh: () => (/* binding */ copyFileAtomic),
/* harmony export */   W0: () => (/* binding */ isAbsent),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   mF: () => (/* binding */ readJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);



/** The `code` of a Node.js system error, if it has one. */
function errorCode(error) {
    return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}
/** "Nothing at this path": a missing file, or a path that runs through a file. */
function isAbsent(error) {
    const code = errorCode(error);
    return code === "ENOENT" || code === "ENOTDIR";
}
/** Reads and parses a JSON file, or returns undefined when it does not exist. */
async function readJson(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, "utf8");
    }
    catch (error) {
        if (isAbsent(error))
            return undefined;
        throw error;
    }
    return JSON.parse(text);
}
function tempBeside(target) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
}
/** Whether a directory entry is one of our in-progress temporary files. */
function isTempName(name) {
    return /^\..+\.tmp-[0-9a-f-]{36}$/.test(name);
}
async function publish(temp, target) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}
/**
 * Writes pretty-printed JSON under a temporary name beside `path` and renames it into place, so a reader in
 * another process sees the old file or the new one, never a partial write.
 */
async function writeJsonAtomic(path, value) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = tempBeside(path);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, `${JSON.stringify(value, null, 2)}\n`, { flag: "wx" });
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await publish(temp, path);
}
/** Copies a file into place through a temporary name, creating missing directories. */
async function copyFileAtomic(source, destination) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(destination), { recursive: true });
    const temp = tempBeside(destination);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(source, temp);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await publish(temp, destination);
}


/***/ }),

/***/ 35916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ LocalRegistry)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var _file_lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96599);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98538);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29999);






/**
 * The Registry port over a local directory, with MLflow's semantics:
 *
 * ```
 * <root>/models/<name>/model.json          name, tags, aliases, the last allocated version
 * <root>/models/<name>/versions/<n>.json   one model version (without its aliases, which live on the model)
 * ```
 *
 * `<name>` is the model name made safe for a file name (see `fileNameFor`).
 *
 * Cross-process safety: every change to a model — creating it, allocating a version number, tags, aliases,
 * deletion — runs while holding `<root>/models/<name>/.lock`, a lock file created with O_EXCL (see
 * `withFileLock`), so of any number of processes exactly one reads and bumps `lastVersion` at a time and
 * concurrent creators always get distinct, consecutive versions. JSON files are replaced by rename, so
 * readers never lock and never see a partial file.
 */
class LocalRegistry {
    root;
    uri;
    modelsDir;
    lockOptions;
    constructor(rootDir, options = {}) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(rootDir);
        this.uri = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(this.root).href;
        this.modelsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, "models");
        this.lockOptions = options.lock ?? {};
    }
    modelDir(name) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidModelName */ .PU)(name);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelsDir, (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .fileNameFor */ .dJ)(name));
    }
    modelPath(name) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelDir(name), "model.json");
    }
    versionPath(name, version) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidVersion */ .Je)(version);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelDir(name), "versions", `${Number(version)}.json`);
    }
    withModelLock(name, change) {
        return (0,_file_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .withFileLock */ .U)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelDir(name), ".lock"), change, this.lockOptions);
    }
    async readModel(name) {
        return (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .mF)(this.modelPath(name));
    }
    async requireModel(name) {
        const model = await this.readModel(name);
        if (model === undefined)
            throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .notFound */ .mX)(`Registered Model with name=${name} not found`);
        return model;
    }
    async requireVersion(name, version) {
        const record = await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .mF)(this.versionPath(name, version));
        if (record === undefined)
            throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .notFound */ .mX)(`Model Version (name=${name}, version=${version}) not found`);
        return record;
    }
    async writeModel(model) {
        await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(this.modelPath(model.name), model);
    }
    async ensureRegisteredModel(name, options = {}) {
        const tags = { ...options.tags };
        assertValidModelTags(tags);
        const existing = await this.readModel(name);
        if (existing !== undefined)
            return toRegisteredModel(existing);
        return this.withModelLock(name, async () => {
            const raced = await this.readModel(name);
            if (raced !== undefined)
                return toRegisteredModel(raced);
            const now = Date.now();
            const model = {
                name,
                tags,
                aliases: {},
                ...(options.description !== undefined && { description: options.description }),
                creationTimestamp: now,
                lastUpdatedTimestamp: now,
                lastVersion: 0,
            };
            await this.writeModel(model);
            return toRegisteredModel(model);
        });
    }
    async getRegisteredModel(name) {
        const model = await this.readModel(name);
        return model === undefined ? undefined : toRegisteredModel(model);
    }
    /** Versions are READY as soon as they exist: there is no asynchronous registration step locally. */
    async createModelVersion(options) {
        const tags = { ...options.tags };
        assertValidModelTags(tags);
        if (typeof options.source !== "string" || options.source === "")
            throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .invalid */ .Gq)("A version source is required");
        if (options.runId !== undefined)
            (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidRunId */ .pm)(options.runId);
        return this.withModelLock(options.name, async () => {
            const model = await this.requireModel(options.name);
            // A process that crashed after writing a version file but before bumping `lastVersion` must not
            // have its number handed out again.
            const version = String(Math.max(model.lastVersion, ...(await this.versionNumbers(options.name))) + 1);
            const now = Date.now();
            const record = {
                name: options.name,
                version,
                ...(options.runId !== undefined && { runId: options.runId }),
                source: options.source,
                status: "READY",
                tags,
                creationTimestamp: now,
                ...(options.description !== undefined && { description: options.description }),
            };
            await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(this.versionPath(options.name, version), record);
            await this.writeModel({ ...model, lastVersion: Number(version), lastUpdatedTimestamp: now });
            return { ...record, aliases: [] };
        });
    }
    async versionNumbers(name) {
        try {
            const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelDir(name), "versions"));
            return names.filter((n) => /^\d+\.json$/.test(n)).map((n) => Number.parseInt(n, 10));
        }
        catch (error) {
            if ((0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .isAbsent */ .W0)(error))
                return [];
            throw error;
        }
    }
    async getModelVersion(name, version) {
        const record = await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .mF)(this.versionPath(name, version));
        if (record === undefined)
            return undefined;
        const model = await this.readModel(name);
        return withAliases(record, model?.aliases ?? {});
    }
    async listModelVersions(name) {
        const model = await this.readModel(name);
        if (model === undefined)
            return [];
        const numbers = (await this.versionNumbers(name)).sort((a, b) => b - a);
        const records = await Promise.all(numbers.map((n) => (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .mF)(this.versionPath(name, String(n)))));
        return records
            .filter((record) => record !== undefined)
            .map((record) => withAliases(record, model.aliases));
    }
    /** The newest version registered from `runId`. */
    async findModelVersionByRunId(name, runId) {
        return (await this.listModelVersions(name)).find((version) => version.runId === runId);
    }
    async setModelVersionTag(name, version, key, value) {
        assertValidModelTags({ [key]: value });
        await this.withModelLock(name, async () => {
            const record = await this.requireVersion(name, version);
            await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonAtomic */ .ZJ)(this.versionPath(name, version), {
                ...record,
                tags: { ...record.tags, [key]: value },
            });
        });
    }
    /** Deletes the version and any alias pointing at it; its number is never reused. */
    async deleteModelVersion(name, version) {
        await this.withModelLock(name, async () => {
            const model = await this.requireModel(name);
            await this.requireVersion(name, version);
            const aliases = Object.fromEntries(Object.entries(model.aliases).filter(([, v]) => v !== version));
            await this.writeModel({ ...model, aliases, lastUpdatedTimestamp: Date.now() });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.versionPath(name, version), { force: true });
        });
    }
    /** Points `alias` at `version`, moving it if it pointed elsewhere. */
    async setAlias(name, alias, version) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidAlias */ .pw)(alias);
        await this.withModelLock(name, async () => {
            const model = await this.requireModel(name);
            const record = await this.requireVersion(name, version);
            await this.writeModel({
                ...model,
                aliases: { ...model.aliases, [alias]: record.version },
                lastUpdatedTimestamp: Date.now(),
            });
        });
    }
    /** Removes the alias; removing an alias that is not set does nothing, as in MLflow. */
    async deleteAlias(name, alias) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidAlias */ .pw)(alias);
        await this.withModelLock(name, async () => {
            const model = await this.requireModel(name);
            if (model.aliases[alias] === undefined)
                return;
            const { [alias]: _removed, ...aliases } = model.aliases;
            await this.writeModel({ ...model, aliases, lastUpdatedTimestamp: Date.now() });
        });
    }
    async withPromotionLock(name, critical, options = {}) {
        return (0,_file_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .withFileLock */ .U)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.modelDir(name), ".promotion.lock"), critical, {
            ...this.lockOptions,
            timeoutMs: options.timeoutMs ?? 120_000,
        });
    }
    async getVersionByAlias(name, alias) {
        const model = await this.readModel(name);
        const version = model?.aliases[alias];
        if (model === undefined || version === undefined)
            return undefined;
        const record = await (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .mF)(this.versionPath(name, version));
        return record === undefined ? undefined : withAliases(record, model.aliases);
    }
}
function assertValidModelTags(tags) {
    for (const [key, value] of Object.entries(tags)) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValidKey */ .Mw)("tag", key);
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .assertValueLength */ .Ix)(`Tag value for '${key}'`, value, _validate_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_MODEL_TAG_VALUE_LENGTH */ .VP);
    }
}
function toRegisteredModel(model) {
    return {
        name: model.name,
        tags: { ...model.tags },
        aliases: { ...model.aliases },
        ...(model.description !== undefined && { description: model.description }),
    };
}
function withAliases(record, aliases) {
    const names = Object.entries(aliases)
        .filter(([, version]) => version === record.version)
        .map(([alias]) => alias)
        .sort();
    return { ...record, aliases: names };
}


/***/ }),

/***/ 60619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ LocalTracker)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./.cache/build/lib/tracking/ports.js
var ports = __webpack_require__(3241);
// EXTERNAL MODULE: ./.cache/build/lib/tracking/local/json-file.js
var json_file = __webpack_require__(98538);
// EXTERNAL MODULE: ./.cache/build/lib/tracking/local/validate.js
var validate = __webpack_require__(29999);
;// CONCATENATED MODULE: ./.cache/build/lib/tracking/local/artifact-files.js




const COPY_PARALLELISM = 8;
/**
 * The parts of an artifact path relative to the run's artifact root. Paths use `/`, never leave the root,
 * and `""` (or `undefined`) is the root itself when `allowRoot` is set.
 */
function artifactPathParts(artifactPath, allowRoot) {
    const path = artifactPath ?? "";
    if (path === "" || path === ".") {
        if (allowRoot)
            return [];
        throw (0,validate/* invalid */.Gq)("An artifact path is required");
    }
    const parts = path.replace(/\/+$/, "").split("/");
    if (path.startsWith("/") || path.includes("\\") || parts.some((p) => p === "" || p === "." || p === "..")) {
        throw (0,validate/* invalid */.Gq)(`Invalid artifact path: '${path}'. Paths are relative, use '/' and never contain '..'`);
    }
    return parts;
}
/** Every regular file under `dir`, as paths relative to it with `/` separators. */
async function filesUnder(dir, prefix = "") {
    const out = [];
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        if ((0,json_file/* isTempName */.Gs)(entry.name))
            continue;
        const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
        const full = (0,external_node_path_.join)(dir, entry.name);
        const kind = entry.isSymbolicLink() ? await (0,promises_.stat)(full) : entry;
        if (kind.isDirectory())
            out.push(...(await filesUnder(full, relative)));
        else if (kind.isFile())
            out.push(relative);
    }
    return out.sort();
}
/** Copies every file under `sourceDir` to the same relative place under `destinationDir`. */
async function copyTree(sourceDir, destinationDir) {
    await (0,promises_.mkdir)(destinationDir, { recursive: true });
    const files = await filesUnder(sourceDir);
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const relative = files[next++];
            const parts = relative.split("/");
            await (0,json_file/* copyFileAtomic */.Vh)((0,external_node_path_.join)(sourceDir, ...parts), (0,external_node_path_.join)(destinationDir, ...parts));
        }
    };
    await Promise.all(Array.from({ length: Math.min(COPY_PARALLELISM, files.length) }, worker));
}
/** The direct children of `parts` under the artifact root, in path order; none when it is absent or a file. */
async function listArtifactDir(root, parts) {
    const dir = (0,external_node_path_.join)(root, ...parts);
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        if ((0,json_file/* isAbsent */.W0)(error))
            return [];
        throw error;
    }
    const listed = [];
    for (const entry of entries) {
        if ((0,json_file/* isTempName */.Gs)(entry.name))
            continue;
        const path = [...parts, entry.name].join("/");
        const info = await (0,promises_.stat)((0,external_node_path_.join)(dir, entry.name));
        if (info.isDirectory())
            listed.push({ path, isDir: true });
        else if (info.isFile())
            listed.push({ path, isDir: false, size: info.size });
    }
    return listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// EXTERNAL MODULE: ./.cache/build/lib/tracking/local/file-lock.js
var file_lock = __webpack_require__(96599);
;// CONCATENATED MODULE: ./.cache/build/lib/tracking/local/metric-log.js

function encodeValue(value) {
    if (Number.isNaN(value))
        return "NaN";
    if (value === Number.POSITIVE_INFINITY)
        return "Infinity";
    if (value === Number.NEGATIVE_INFINITY)
        return "-Infinity";
    return value;
}
function decodeValue(value) {
    return typeof value === "number" ? value : Number(value);
}
function assertValidMetric(metric) {
    (0,validate/* assertValidKey */.Mw)("metric", metric.key);
    if (typeof metric.value !== "number") {
        throw (0,validate/* invalid */.Gq)(`Got invalid value ${String(metric.value)} for metric '${metric.key}': expected a number`);
    }
    if (!Number.isSafeInteger(metric.timestamp) || metric.timestamp < 0) {
        throw (0,validate/* invalid */.Gq)(`Got invalid timestamp ${metric.timestamp} for metric '${metric.key}': expected a nonnegative integer`);
    }
    if (!Number.isSafeInteger(metric.step)) {
        throw (0,validate/* invalid */.Gq)(`Got invalid step ${metric.step} for metric '${metric.key}': expected an integer`);
    }
}
/** Metrics as JSON Lines, one object a line, in the order they were logged. */
function encodeMetricLines(metrics) {
    return metrics
        .map((m) => `${JSON.stringify({ key: m.key, value: encodeValue(m.value), timestamp: m.timestamp, step: m.step })}\n`)
        .join("");
}
/**
 * Parses a metrics history file. A last line without its newline is a write still in progress in another
 * process, and is left for the next read.
 */
function parseMetricLines(text) {
    const end = text.lastIndexOf("\n");
    if (end < 0)
        return [];
    const metrics = [];
    for (const line of text.slice(0, end).split("\n")) {
        if (line === "")
            continue;
        const stored = JSON.parse(line);
        metrics.push({
            key: stored.key,
            value: decodeValue(stored.value),
            timestamp: stored.timestamp,
            step: stored.step,
        });
    }
    return metrics;
}
/** MLflow's rule for a run's "latest" value of a metric: the greatest (step, timestamp, value), not the last logged. */
function isLater(a, b) {
    if (a.step !== b.step)
        return a.step > b.step;
    if (a.timestamp !== b.timestamp)
        return a.timestamp > b.timestamp;
    return a.value > b.value;
}
/** The latest value of each metric, in key order. */
function latestMetrics(history) {
    const latest = new Map();
    for (const metric of history) {
        const current = latest.get(metric.key);
        if (current === undefined || isLater(metric, current))
            latest.set(metric.key, metric);
    }
    return [...latest.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/local/run-search.js

const ENTITIES = {
    metric: "metric",
    metrics: "metric",
    param: "param",
    params: "param",
    parameter: "param",
    parameters: "param",
    tag: "tag",
    tags: "tag",
    attribute: "attribute",
    attributes: "attribute",
    attr: "attribute",
    run: "attribute",
};
const NUMERIC_ATTRIBUTES = new Set(["start_time", "end_time", "created"]);
const STRING_ATTRIBUTES = new Set([
    "run_id",
    "run_name",
    "status",
    "artifact_uri",
    "experiment_id",
    "lifecycle_stage",
]);
const NUMERIC_COMPARATORS = new Set(["=", "!=", "<", "<=", ">", ">="]);
const STRING_COMPARATORS = new Set(["=", "!=", "LIKE", "ILIKE", "IN", "NOT IN"]);
/** A cursor over the text of a filter or an order-by expression. */
class Scanner {
    text;
    what;
    position = 0;
    constructor(text, what) {
        this.text = text;
        this.what = what;
    }
    fail(expected) {
        const rest = this.text.slice(this.position);
        throw (0,validate/* invalid */.Gq)(`Invalid ${this.what} '${this.text}': expected ${expected} at ${rest === "" ? "the end" : `'${rest}'`}`);
    }
    skipSpace() {
        while (this.position < this.text.length && /\s/.test(this.text[this.position] ?? ""))
            this.position++;
    }
    atEnd() {
        this.skipSpace();
        return this.position >= this.text.length;
    }
    match(pattern) {
        this.skipSpace();
        const found = pattern.exec(this.text.slice(this.position));
        if (found === null)
            return undefined;
        this.position += found[0].length;
        return found[0];
    }
    /** A string between `quote` characters; a doubled quote stands for itself. */
    quoted(quote) {
        this.skipSpace();
        if (this.text[this.position] !== quote)
            return undefined;
        let out = "";
        let at = this.position + 1;
        for (;;) {
            const next = this.text.indexOf(quote, at);
            if (next < 0)
                this.fail(`a closing ${quote}`);
            out += this.text.slice(at, next);
            if (this.text[next + 1] === quote) {
                out += quote;
                at = next + 2;
                continue;
            }
            this.position = next + 1;
            return out;
        }
    }
    identifier() {
        const head = this.match(/^[A-Za-z_][A-Za-z0-9_]*/);
        if (head === undefined) {
            const quotedKey = this.quoted("`") ?? this.quoted('"');
            if (quotedKey === undefined)
                this.fail("an identifier such as tags.name or attributes.status");
            return { entity: "attribute", key: attributeKey(quotedKey, this) };
        }
        if (this.text[this.position] !== ".")
            return { entity: "attribute", key: attributeKey(head, this) };
        const entity = ENTITIES[head.toLowerCase()];
        if (entity === undefined)
            this.fail("metrics, params, tags or attributes before the dot");
        this.position++;
        const key = this.quoted("`") ??
            this.quoted('"') ??
            this.match(/^[^\s=!<>(),'"`]+/) ??
            this.fail("a key after the dot");
        return { entity, key: entity === "attribute" ? attributeKey(key, this) : key };
    }
}
function attributeKey(key, scanner) {
    if (NUMERIC_ATTRIBUTES.has(key) || STRING_ATTRIBUTES.has(key))
        return key === "created" ? "start_time" : key;
    return scanner.fail(`an attribute among ${[...STRING_ATTRIBUTES, ...NUMERIC_ATTRIBUTES].join(", ")} (got '${key}')`);
}
function isNumeric(entity, key) {
    return entity === "metric" || (entity === "attribute" && NUMERIC_ATTRIBUTES.has(key));
}
function readValue(scanner, numeric, comparator) {
    if (comparator === "IN" || comparator === "NOT IN") {
        if (scanner.match(/^\(/) === undefined)
            scanner.fail("a parenthesised list of quoted strings");
        const items = [];
        do {
            const item = scanner.quoted("'") ?? scanner.quoted('"');
            if (item === undefined)
                scanner.fail("a quoted string");
            items.push(item);
        } while (scanner.match(/^,/) !== undefined);
        if (scanner.match(/^\)/) === undefined)
            scanner.fail("')'");
        return items;
    }
    if (numeric) {
        const number = scanner.match(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/);
        if (number === undefined)
            scanner.fail("a number");
        return Number(number);
    }
    const text = scanner.quoted("'") ?? scanner.quoted('"');
    if (text === undefined)
        scanner.fail("a string in single or double quotes");
    return text;
}
/** Parses a search filter; an empty or absent filter matches every run. */
function parseFilter(filter) {
    if (filter === undefined || filter.trim() === "")
        return [];
    const scanner = new Scanner(filter, "filter");
    const clauses = [];
    do {
        const { entity, key } = scanner.identifier();
        const operator = scanner.match(/^(!=|>=|<=|=|<|>|not\s+in\b|in\b|ilike\b|like\b)/i);
        if (operator === undefined)
            scanner.fail("a comparator (=, !=, <, <=, >, >=, LIKE, ILIKE, IN, NOT IN)");
        const comparator = operator.toUpperCase().replace(/\s+/, " ");
        const numeric = isNumeric(entity, key);
        if (!(numeric ? NUMERIC_COMPARATORS : STRING_COMPARATORS).has(comparator)) {
            throw (0,validate/* invalid */.Gq)(`Invalid comparator '${comparator}' for ${entity} '${key}' in filter '${filter}'`);
        }
        clauses.push({ entity, key, comparator, value: readValue(scanner, numeric, comparator) });
    } while (scanner.match(/^and\b/i) !== undefined);
    if (!scanner.atEnd())
        scanner.fail("AND or the end of the filter");
    return clauses;
}
function fieldOf(run, entity, key) {
    switch (entity) {
        case "metric":
            return run.metrics.find((m) => m.key === key)?.value;
        case "param":
            return run.params[key];
        case "tag":
            return run.tags[key];
        case "attribute":
            switch (key) {
                case "run_id":
                    return run.info.runId;
                case "run_name":
                    return run.info.runName;
                case "status":
                    return run.info.status;
                case "artifact_uri":
                    return run.info.artifactUri;
                case "experiment_id":
                    return run.info.experimentId;
                case "lifecycle_stage":
                    return run.info.lifecycleStage;
                case "start_time":
                    return run.info.startTime;
                case "end_time":
                    return run.info.endTime;
            }
    }
    return undefined;
}
function likeToRegExp(pattern, ignoreCase) {
    const source = [...pattern]
        .map((char) => (char === "%" ? ".*" : char === "_" ? "." : char.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")))
        .join("");
    return new RegExp(`^${source}$`, ignoreCase ? "si" : "s");
}
function satisfies(actual, comparator, expected) {
    switch (comparator) {
        case "=":
            return actual === expected;
        case "!=":
            return actual !== expected;
        case "<":
            return actual < expected;
        case "<=":
            return actual <= expected;
        case ">":
            return actual > expected;
        case ">=":
            return actual >= expected;
        case "LIKE":
            return likeToRegExp(String(expected), false).test(String(actual));
        case "ILIKE":
            return likeToRegExp(String(expected), true).test(String(actual));
        case "IN":
            return expected.includes(String(actual));
        case "NOT IN":
            return !expected.includes(String(actual));
    }
}
function matchesFilter(run, clauses) {
    return clauses.every((clause) => {
        const actual = fieldOf(run, clause.entity, clause.key);
        return actual !== undefined && satisfies(actual, clause.comparator, clause.value);
    });
}
/** Parses order-by expressions such as `attributes.start_time DESC` or `metrics.rmse`. */
function parseOrderBy(orderBy) {
    return (orderBy ?? []).map((expression) => {
        const scanner = new Scanner(expression, "order_by clause");
        const { entity, key } = scanner.identifier();
        const direction = scanner.match(/^(asc|desc)\b/i);
        if (!scanner.atEnd())
            scanner.fail("ASC, DESC or the end");
        return { entity, key, descending: direction?.toUpperCase() === "DESC" };
    });
}
function compareValues(a, b, descending) {
    // Runs without the value come last in either direction, as in MLflow.
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? 1 : -1;
    const order = a < b ? -1 : a > b ? 1 : 0;
    return descending ? -order : order;
}
/**
 * A comparator for the given order, then MLflow's defaults: newest start time first, then run id. A run's
 * sort position is computed from its latest metrics, params, tags and attributes.
 */
function compareRunsBy(order) {
    const keys = [...order];
    if (!keys.some((k) => k.entity === "attribute" && k.key === "start_time")) {
        keys.push({ entity: "attribute", key: "start_time", descending: true });
    }
    keys.push({ entity: "attribute", key: "run_id", descending: false });
    return (a, b) => {
        for (const { entity, key, descending } of keys) {
            const result = compareValues(fieldOf(a, entity, key), fieldOf(b, entity, key), descending);
            if (result !== 0)
                return result;
        }
        return 0;
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/tracking/local/local-tracker.js











const RUN_NAME_TAG = "mlflow.runName";
const STATUSES = ["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"];
const DEFAULT_MAX_RESULTS = 1000;
const MAX_RESULTS_LIMIT = 50_000;
const READ_PARALLELISM = 32;
/**
 * The Tracker port over a local directory, with MLflow's semantics. Everything is a readable file:
 *
 * ```
 * <root>/experiments/index.json                    {"lastId": 2, "byName": {"churn": "1", ...}}
 * <root>/experiments/<id>/experiment.json
 * <root>/experiments/<id>/runs/<runId>/run.json     the RunInfo
 * <root>/experiments/<id>/runs/<runId>/params.json  {key: value}
 * <root>/experiments/<id>/runs/<runId>/tags.json    {key: value}
 * <root>/experiments/<id>/runs/<runId>/metrics.jsonl every logged metric, one JSON object a line
 * <root>/experiments/<id>/runs/<runId>/artifacts/   the run's artifacts as plain files
 * ```
 *
 * JSON files are replaced by rename, so readers never take a lock. Every change to a run happens while
 * holding the run's lock file, and experiment creation while holding `experiments/.lock` (see
 * `withFileLock`), so concurrent processes sharing the directory neither lose updates nor create one
 * experiment name twice.
 */
class LocalTracker {
    root;
    uri;
    experimentsDir;
    lockOptions;
    /** Where each run lives; runs never move, so this only saves directory scans. */
    runDirs = new Map();
    constructor(rootDir, options = {}) {
        this.root = (0,external_node_path_.resolve)(rootDir);
        this.uri = (0,external_node_url_.pathToFileURL)(this.root).href;
        this.experimentsDir = (0,external_node_path_.join)(this.root, "experiments");
        this.lockOptions = options.lock ?? {};
    }
    indexPath() {
        return (0,external_node_path_.join)(this.experimentsDir, "index.json");
    }
    experimentDir(experimentId) {
        return (0,external_node_path_.join)(this.experimentsDir, experimentId);
    }
    async ensureExperiment(name) {
        (0,validate/* assertValidExperimentName */.D4)(name);
        const known = (await (0,json_file/* readJson */.mF)(this.indexPath()))?.byName[name];
        if (known !== undefined)
            return known;
        return (0,file_lock/* withFileLock */.U)((0,external_node_path_.join)(this.experimentsDir, ".lock"), async () => {
            const index = (await (0,json_file/* readJson */.mF)(this.indexPath())) ?? { lastId: 0, byName: {} };
            const existing = index.byName[name];
            if (existing !== undefined)
                return existing;
            const experimentId = String(index.lastId + 1);
            const dir = this.experimentDir(experimentId);
            await (0,promises_.mkdir)((0,external_node_path_.join)(dir, "runs"), { recursive: true });
            const record = {
                experimentId,
                name,
                artifactLocation: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(dir, "runs")).href,
                lifecycleStage: "active",
                creationTime: Date.now(),
            };
            await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "experiment.json"), record);
            await (0,json_file/* writeJsonAtomic */.ZJ)(this.indexPath(), {
                lastId: index.lastId + 1,
                byName: { ...index.byName, [name]: experimentId },
            });
            return experimentId;
        }, this.lockOptions);
    }
    async createRun(options) {
        (0,validate/* assertValidExperimentId */.X3)(options.experimentId);
        const experiment = await (0,json_file/* readJson */.mF)((0,external_node_path_.join)(this.experimentDir(options.experimentId), "experiment.json"));
        if (experiment === undefined)
            throw (0,validate/* notFound */.mX)(`No Experiment with id=${options.experimentId} exists`);
        const tags = { ...options.tags };
        assertValidTags(tags);
        const tagged = tags[RUN_NAME_TAG];
        if (options.runName !== undefined && tagged !== undefined && options.runName !== tagged) {
            throw (0,validate/* invalid */.Gq)(`Both 'run_name' ('${options.runName}') and tag '${RUN_NAME_TAG}' ('${tagged}') were set`);
        }
        const runId = (0,external_node_crypto_.randomBytes)(16).toString("hex");
        const runName = options.runName ?? tagged ?? `run-${runId.slice(0, 8)}`;
        tags[RUN_NAME_TAG] = runName;
        const dir = (0,external_node_path_.join)(this.experimentDir(options.experimentId), "runs", runId);
        await (0,promises_.mkdir)((0,external_node_path_.join)(dir, "artifacts"), { recursive: true });
        const info = {
            runId,
            experimentId: options.experimentId,
            runName,
            status: "RUNNING",
            startTime: options.startTime ?? Date.now(),
            artifactUri: (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(dir, "artifacts")).href,
            lifecycleStage: "active",
        };
        await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "params.json"), {});
        await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "tags.json"), tags);
        await (0,promises_.appendFile)((0,external_node_path_.join)(dir, "metrics.jsonl"), "");
        // run.json last: a run exists once its info does.
        await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "run.json"), info);
        this.runDirs.set(runId, dir);
        return info;
    }
    /** The run's directory, or undefined when no experiment holds it. */
    async findRunDir(runId) {
        (0,validate/* assertValidRunId */.pm)(runId);
        const cached = this.runDirs.get(runId);
        if (cached !== undefined)
            return cached;
        let experiments;
        try {
            experiments = (await (0,promises_.readdir)(this.experimentsDir, { withFileTypes: true }))
                .filter((entry) => entry.isDirectory())
                .map((entry) => entry.name);
        }
        catch (error) {
            if ((0,json_file/* isAbsent */.W0)(error))
                return undefined;
            throw error;
        }
        for (const experimentId of experiments) {
            const dir = (0,external_node_path_.join)(this.experimentDir(experimentId), "runs", runId);
            try {
                await (0,promises_.stat)((0,external_node_path_.join)(dir, "run.json"));
            }
            catch (error) {
                if ((0,json_file/* isAbsent */.W0)(error))
                    continue;
                throw error;
            }
            this.runDirs.set(runId, dir);
            return dir;
        }
        return undefined;
    }
    async runDir(runId) {
        const dir = await this.findRunDir(runId);
        if (dir === undefined)
            throw (0,validate/* notFound */.mX)(`Run with id=${runId} not found`);
        return dir;
    }
    async readRun(dir) {
        const [info, params, tags, history] = await Promise.all([
            (0,json_file/* readJson */.mF)((0,external_node_path_.join)(dir, "run.json")),
            (0,json_file/* readJson */.mF)((0,external_node_path_.join)(dir, "params.json")),
            (0,json_file/* readJson */.mF)((0,external_node_path_.join)(dir, "tags.json")),
            (0,promises_.readFile)((0,external_node_path_.join)(dir, "metrics.jsonl"), "utf8").catch((error) => {
                if ((0,json_file/* isAbsent */.W0)(error))
                    return "";
                throw error;
            }),
        ]);
        if (info === undefined)
            throw (0,validate/* notFound */.mX)(`Run at ${dir} has no run.json`);
        return {
            info,
            metrics: latestMetrics(parseMetricLines(history)),
            params: params ?? {},
            tags: tags ?? {},
        };
    }
    async getRun(runId) {
        return this.readRun(await this.runDir(runId));
    }
    /** Every value ever logged for one metric of a run, in logging order (the local twin of MLflow's get-history). */
    async getMetricHistory(runId, key) {
        const dir = await this.runDir(runId);
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, "metrics.jsonl"), "utf8");
        return parseMetricLines(text).filter((m) => m.key === key);
    }
    async searchRuns(options) {
        const clauses = parseFilter(options.filter);
        const compare = compareRunsBy(parseOrderBy(options.orderBy));
        const maxResults = options.maxResults ?? DEFAULT_MAX_RESULTS;
        if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_RESULTS_LIMIT) {
            throw (0,validate/* invalid */.Gq)(`Invalid value for max_results: it must be between 1 and ${MAX_RESULTS_LIMIT}, got ${maxResults}`);
        }
        const dirs = [];
        for (const experimentId of new Set(options.experimentIds)) {
            (0,validate/* assertValidExperimentId */.X3)(experimentId);
            const runsDir = (0,external_node_path_.join)(this.experimentDir(experimentId), "runs");
            try {
                for (const entry of await (0,promises_.readdir)(runsDir, { withFileTypes: true })) {
                    if (entry.isDirectory())
                        dirs.push((0,external_node_path_.join)(runsDir, entry.name));
                }
            }
            catch (error) {
                if (!(0,json_file/* isAbsent */.W0)(error))
                    throw error;
            }
        }
        const runs = [];
        for (let start = 0; start < dirs.length; start += READ_PARALLELISM) {
            const chunk = dirs.slice(start, start + READ_PARALLELISM);
            const loaded = await Promise.all(chunk.map(async (dir) => {
                try {
                    return await this.readRun(dir);
                }
                catch (error) {
                    // A run still being created has no run.json yet.
                    if (error instanceof ports/* TrackingError */.g)
                        return undefined;
                    throw error;
                }
            }));
            // Deleted runs are left out, as MLflow's search does by default (ACTIVE_ONLY).
            for (const run of loaded)
                if (run !== undefined && run.info.lifecycleStage !== "deleted" && matchesFilter(run, clauses))
                    runs.push(run);
        }
        return runs.sort(compare).slice(0, maxResults);
    }
    withRunLock(dir, change) {
        return (0,file_lock/* withFileLock */.U)((0,external_node_path_.join)(dir, ".lock"), change, this.lockOptions);
    }
    async updateRun(runId, update) {
        if (update.status !== undefined && !STATUSES.includes(update.status)) {
            throw (0,validate/* invalid */.Gq)(`Invalid run status '${update.status}'`);
        }
        if (update.endTime !== undefined && (!Number.isSafeInteger(update.endTime) || update.endTime < 0)) {
            throw (0,validate/* invalid */.Gq)(`Invalid end time ${update.endTime}`);
        }
        if (update.runName !== undefined)
            (0,validate/* assertValueLength */.Ix)("Run name", update.runName, validate/* MAX_TAG_VALUE_LENGTH */.zl);
        const dir = await this.runDir(runId);
        await this.withRunLock(dir, async () => {
            const run = await this.readRun(dir);
            const info = { ...run.info };
            if (update.status !== undefined)
                info.status = update.status;
            if (update.endTime !== undefined)
                info.endTime = update.endTime;
            if (update.runName !== undefined) {
                info.runName = update.runName;
                await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "tags.json"), { ...run.tags, [RUN_NAME_TAG]: update.runName });
            }
            await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "run.json"), info);
        });
    }
    async deleteRun(runId) {
        const dir = await this.runDir(runId);
        await this.withRunLock(dir, async () => {
            const run = await this.readRun(dir);
            await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "run.json"), { ...run.info, lifecycleStage: "deleted" });
        });
    }
    /**
     * Logs everything in one step under the run's lock. A param logged before may be logged again only with
     * the same value; a different value rejects the whole batch (nothing is written), as MLflow does.
     */
    async logBatch(runId, batch) {
        const metrics = batch.metrics ?? [];
        const params = batch.params ?? {};
        const tags = batch.tags ?? {};
        for (const metric of metrics)
            assertValidMetric(metric);
        for (const [key, value] of Object.entries(params)) {
            (0,validate/* assertValidKey */.Mw)("param", key);
            (0,validate/* assertValueLength */.Ix)(`Param value for '${key}'`, value, validate/* MAX_PARAM_VALUE_LENGTH */.s2);
        }
        assertValidTags(tags);
        const dir = await this.runDir(runId);
        await this.withRunLock(dir, async () => {
            const run = await this.readRun(dir);
            for (const [key, value] of Object.entries(params)) {
                const logged = run.params[key];
                if (logged !== undefined && logged !== value) {
                    throw (0,validate/* invalid */.Gq)(`Changing param values is not allowed. Param with key='${key}' was already logged with value='${logged}' for run ID='${runId}'. Attempted logging new value '${value}'.`);
                }
            }
            if (Object.keys(params).some((key) => run.params[key] === undefined)) {
                await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "params.json"), { ...run.params, ...params });
            }
            if (Object.keys(tags).length > 0) {
                await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "tags.json"), { ...run.tags, ...tags });
                const runName = tags[RUN_NAME_TAG];
                if (runName !== undefined && runName !== run.info.runName) {
                    await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "run.json"), { ...run.info, runName });
                }
            }
            if (metrics.length > 0)
                await (0,promises_.appendFile)((0,external_node_path_.join)(dir, "metrics.jsonl"), encodeMetricLines(metrics));
        });
    }
    /** MLflow's "Datasets used", recorded in the run's inputs.json (one entry per dataset and context). */
    async logDatasetInputs(runId, datasets) {
        const dir = await this.runDir(runId);
        await this.withRunLock(dir, async () => {
            const file = (0,external_node_path_.join)(dir, "inputs.json");
            const existing = ((await (0,json_file/* readJson */.mF)(file).catch(() => undefined)) ?? {
                datasets: [],
            }).datasets;
            const key = (dataset) => `${dataset.name}\0${dataset.digest}\0${dataset.context}`;
            const merged = [...existing.filter((old) => !datasets.some((d) => key(d) === key(old))), ...datasets];
            await (0,json_file/* writeJsonAtomic */.ZJ)(file, { datasets: merged });
        });
    }
    /** The run's LoggedModel, as MLflow 3 keeps it, in the run's logged-model.json. */
    async createLoggedModel(options) {
        const dir = await this.runDir(options.runId);
        const modelId = `m-${(0,external_node_crypto_.randomBytes)(16).toString("hex")}`;
        await (0,json_file/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(dir, "logged-model.json"), {
            modelId,
            name: options.name,
            experimentId: options.experimentId,
            sourceRunId: options.runId,
            status: "READY",
            tags: options.tags,
            metrics: [],
        });
        return modelId;
    }
    async logModelMetrics(runId, modelId, dataset, metrics) {
        const dir = await this.runDir(runId);
        await this.withRunLock(dir, async () => {
            const file = (0,external_node_path_.join)(dir, "logged-model.json");
            const model = await (0,json_file/* readJson */.mF)(file);
            if (!model || model.modelId !== modelId)
                return;
            model.metrics = [
                ...model.metrics,
                ...metrics.map((metric) => ({ ...metric, datasetName: dataset.name, datasetDigest: dataset.digest })),
            ];
            await (0,json_file/* writeJsonAtomic */.ZJ)(file, model);
        });
    }
    async setTag(runId, key, value) {
        await this.logBatch(runId, { tags: { [key]: value } });
    }
    async artifactRoot(runId) {
        return (0,external_node_path_.join)(await this.runDir(runId), "artifacts");
    }
    async uploadArtifact(runId, localFile, artifactPath) {
        const parts = artifactPathParts(artifactPath, false);
        const root = await this.artifactRoot(runId);
        await (0,json_file/* copyFileAtomic */.Vh)(localFile, (0,external_node_path_.join)(root, ...parts));
    }
    async uploadArtifactDir(runId, localDir, artifactPath) {
        const parts = artifactPathParts(artifactPath, true);
        const root = await this.artifactRoot(runId);
        await copyTree(localDir, (0,external_node_path_.join)(root, ...parts));
    }
    async listArtifacts(runId, artifactPath) {
        const parts = artifactPathParts(artifactPath, true);
        return listArtifactDir(await this.artifactRoot(runId), parts);
    }
    /** A file lands at `destination` itself; a directory's contents land under `destination`. */
    async downloadArtifacts(runId, artifactPath, destination) {
        const parts = artifactPathParts(artifactPath, true);
        const source = (0,external_node_path_.join)(await this.artifactRoot(runId), ...parts);
        let isDirectory;
        try {
            isDirectory = (await (0,promises_.stat)(source)).isDirectory();
        }
        catch (error) {
            if ((0,json_file/* isAbsent */.W0)(error))
                throw (0,validate/* notFound */.mX)(`No artifact '${artifactPath}' in run ${runId}`);
            throw error;
        }
        if (isDirectory)
            await copyTree(source, destination);
        else
            await (0,json_file/* copyFileAtomic */.Vh)(source, destination);
    }
    runUrl(_run) {
        return undefined;
    }
}
function assertValidTags(tags) {
    for (const [key, value] of Object.entries(tags)) {
        (0,validate/* assertValidKey */.Mw)("tag", key);
        (0,validate/* assertValueLength */.Ix)(`Tag value for '${key}'`, value, validate/* MAX_TAG_VALUE_LENGTH */.zl);
    }
}


/***/ }),

/***/ 29999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ assertValidExperimentName),
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   Ix: () => (/* binding */ assertValueLength),
/* harmony export */   Je: () => (/* binding */ assertValidVersion),
/* harmony export */   Mw: () => (/* binding */ assertValidKey),
/* harmony export */   PU: () => (/* binding */ assertValidModelName),
/* harmony export */   VP: () => (/* binding */ MAX_MODEL_TAG_VALUE_LENGTH),
/* harmony export */   X3: () => (/* binding */ assertValidExperimentId),
/* harmony export */   dJ: () => (/* binding */ fileNameFor),
/* harmony export */   mX: () => (/* binding */ notFound),
/* harmony export */   pm: () => (/* binding */ assertValidRunId),
/* harmony export */   pw: () => (/* binding */ assertValidAlias),
/* harmony export */   s2: () => (/* binding */ MAX_PARAM_VALUE_LENGTH),
/* harmony export */   zl: () => (/* binding */ MAX_TAG_VALUE_LENGTH)
/* harmony export */ });
/* unused harmony exports MAX_KEY_LENGTH, MAX_ALIAS_LENGTH, MAX_EXPERIMENT_NAME_LENGTH */
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3241);

// MLflow's own input rules (mlflow/utils/validation.py), so the local backend rejects what a server would.
// Python's `\w` is Unicode-aware, hence \p{L}\p{N}_ rather than JavaScript's ASCII-only \w.
const ENTITY_NAME = /^[\p{L}\p{N}_/.\- ]*$/u;
const ALIAS_NAME = /^[\p{L}\p{N}_-]*$/u;
const VERSION_ALIAS = /^[vV]\d+$/;
const RUN_ID = /^[a-zA-Z0-9][\w-]{0,255}$/;
const EXPERIMENT_ID = /^[a-zA-Z0-9][\w-]{0,63}$/;
const MAX_KEY_LENGTH = 250;
const MAX_PARAM_VALUE_LENGTH = 6000;
const MAX_TAG_VALUE_LENGTH = 8000;
const MAX_MODEL_TAG_VALUE_LENGTH = 5000;
const MAX_ALIAS_LENGTH = 255;
const MAX_EXPERIMENT_NAME_LENGTH = 500;
function invalid(message) {
    return new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .TrackingError */ .g(message, "INVALID_PARAMETER_VALUE");
}
function notFound(message) {
    return new _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .TrackingError */ .g(message, "RESOURCE_DOES_NOT_EXIST");
}
/** Mirrors MLflow's `path_not_unique`: the name, read as a relative POSIX path, must already be normal. */
function isNormalRelativePath(name) {
    if (name === "" || name.startsWith("/") || name.endsWith("/"))
        return false;
    return name.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
/** A metric, param or tag key. */
function assertValidKey(kind, key) {
    if (typeof key !== "string" || !ENTITY_NAME.test(key)) {
        throw invalid(`Invalid ${kind} name: '${key}'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/).`);
    }
    if (!isNormalRelativePath(key)) {
        throw invalid(`Invalid ${kind} name: '${key}'. Names may be treated as files and must be normalized paths.`);
    }
    if (key.length > MAX_KEY_LENGTH) {
        throw invalid(`${kind} name '${key.slice(0, 250)}' had length ${key.length}, over the limit of ${MAX_KEY_LENGTH}`);
    }
}
function assertValueLength(what, value, limit) {
    if (typeof value !== "string")
        throw invalid(`${what} must be a string`);
    if (value.length > limit) {
        throw invalid(`${what} '${value.slice(0, 250)}' had length ${value.length}, over the limit of ${limit}`);
    }
}
function assertValidRunId(runId) {
    if (typeof runId !== "string" || !RUN_ID.test(runId))
        throw invalid(`Invalid run ID: '${runId}'`);
}
function assertValidExperimentId(experimentId) {
    if (typeof experimentId !== "string" || !EXPERIMENT_ID.test(experimentId)) {
        throw invalid(`Invalid experiment ID: '${experimentId}'`);
    }
}
function assertValidExperimentName(name) {
    if (typeof name !== "string" || name === "")
        throw invalid(`Invalid experiment name: '${name}'`);
    if (name.length > MAX_EXPERIMENT_NAME_LENGTH) {
        throw invalid(`Experiment name exceeds the maximum length of ${MAX_EXPERIMENT_NAME_LENGTH} characters`);
    }
}
function assertValidModelName(name) {
    if (typeof name !== "string" || name === "")
        throw invalid("Registered model name cannot be empty.");
}
function assertValidVersion(version) {
    if (typeof version !== "string" || !/^\d+$/.test(version)) {
        throw invalid(`Model version must be an integer, got '${version}'`);
    }
}
/** MLflow's alias rules: `^[\w\-]*$`, at most 255 characters, and not `latest` or `v<digits>` (reserved). */
function assertValidAlias(alias) {
    if (typeof alias !== "string" || alias === "")
        throw invalid("Registered model alias name cannot be empty.");
    if (!ALIAS_NAME.test(alias)) {
        throw invalid(`Invalid alias name: '${alias}'. Names may only contain alphanumerics, underscores (_), and dashes (-).`);
    }
    if (alias.length > MAX_ALIAS_LENGTH) {
        throw invalid(`Registered model alias name had length ${alias.length}, over the limit of ${MAX_ALIAS_LENGTH}`);
    }
    if (alias.toLowerCase() === "latest")
        throw invalid("'latest' alias name (case insensitive) is reserved.");
    if (VERSION_ALIAS.test(alias))
        throw invalid(`Version alias name '${alias}' is reserved.`);
}
/**
 * A file name for an arbitrary model name: letters, digits, `_`, `-` and `.` stay readable, anything else
 * (including `/`, `%` and a leading `.`) becomes %XX of its UTF-8 bytes, so distinct names never share a
 * directory, no name escapes the models folder, and none looks like a hidden or temporary file.
 */
function fileNameFor(name) {
    let out = "";
    for (const byte of Buffer.from(name, "utf8")) {
        const char = String.fromCharCode(byte);
        out += /[A-Za-z0-9_.-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out.startsWith(".") ? `%2E${out.slice(1)}` : out;
}


/***/ }),

/***/ 3241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ hasNativeLineage),
/* harmony export */   g: () => (/* binding */ TrackingError)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

/** An error from a tracking backend that keeps the backend's own code (MLflow's `error_code`). */
class TrackingError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    errorCode;
    status;
    constructor(message, errorCode, status) {
        super(message);
        this.errorCode = errorCode;
        this.status = status;
        this.name = "TrackingError";
    }
}
function hasNativeLineage(tracker) {
    return typeof tracker.logDatasetInputs === "function";
}


/***/ }),

/***/ 76045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ driftChecks)
});

// EXTERNAL MODULE: ./.cache/build/lib/stats/quantile-sketch.js + 2 modules
var quantile_sketch = __webpack_require__(35992);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/drift.js

/** Proportions below this count as this, so an empty bin gives a large but finite PSI term. */
const PSI_FLOOR = 1e-4;
function toSketch(source) {
    if (source instanceof quantile_sketch/* QuantileSketch */.wh)
        return source;
    if ("levels" in source)
        return quantile_sketch/* QuantileSketch */.wh.fromJSON(source);
    if (!source.sketch)
        throw new TypeError(`column ${source.name} (${source.type}) has no quantile sketch`);
    return quantile_sketch/* QuantileSketch */.wh.fromJSON(source.sketch);
}
function psiTerm(reference, current) {
    const r = Math.max(reference, PSI_FLOOR);
    const c = Math.max(current, PSI_FLOOR);
    return (c - r) * Math.log(c / r);
}
/**
 * Population stability index of numbers, Σ (cur% − ref%)·ln(cur%/ref%), over the reference's quantile bins
 * (deciles by default; bins that tie in the reference merge, so discrete data gets fewer). Both sides'
 * shares come from their sketches' CDFs at the bin edges. NaN when either side has no values.
 */
function psiNumeric(reference, current, bins = 10) {
    if (!Number.isInteger(bins) || bins < 2)
        throw new RangeError(`bins must be a whole number ≥ 2, got ${bins}`);
    const ref = toSketch(reference);
    const cur = toSketch(current);
    if (ref.count === 0 || cur.count === 0)
        return Number.NaN;
    let psi = 0;
    let refBelow = 0;
    let curBelow = 0;
    let previousEdge = Number.NEGATIVE_INFINITY;
    for (let i = 1; i <= bins; i++) {
        const edge = i === bins ? Number.POSITIVE_INFINITY : ref.quantile(i / bins);
        if (edge <= previousEdge)
            continue;
        previousEdge = edge;
        const refAt = i === bins ? 1 : ref.cdf(edge);
        const curAt = i === bins ? 1 : cur.cdf(edge);
        psi += psiTerm(refAt - refBelow, curAt - curBelow);
        refBelow = refAt;
        curBelow = curAt;
    }
    return psi;
}
function totals(counts) {
    const result = new Map();
    const entries = Array.isArray(counts)
        ? counts.map(({ value, count }) => [value, count])
        : counts instanceof Map
            ? counts
            : Object.entries(counts);
    for (const [value, count] of entries) {
        const key = String(value);
        result.set(key, (result.get(key) ?? 0) + count);
    }
    return result;
}
/**
 * PSI over categories. Values the reference never saw are pooled into one "unseen" bucket whose reference
 * share is the floor, so new categories raise the index instead of vanishing. NaN when either side is empty.
 */
function psiCategorical(reference, current) {
    const ref = totals(reference);
    const cur = totals(current);
    let refTotal = 0;
    let curTotal = 0;
    for (const count of ref.values())
        refTotal += count;
    for (const count of cur.values())
        curTotal += count;
    if (refTotal === 0 || curTotal === 0)
        return Number.NaN;
    let psi = 0;
    for (const [value, count] of ref)
        psi += psiTerm(count / refTotal, (cur.get(value) ?? 0) / curTotal);
    let unseen = 0;
    for (const [value, count] of cur)
        if (!ref.has(value))
            unseen += count;
    if (unseen > 0)
        psi += psiTerm(0, unseen / curTotal);
    return psi;
}
/**
 * Two-sample Kolmogorov–Smirnov statistic, max |F_ref(x) − F_cur(x)|, with both CDFs from the sketches and
 * x running over every item either sketch holds (where the step functions jump). Each sketch's rank error
 * adds to the result's, so it is within about 2ε of the exact statistic. NaN when either side is empty.
 */
function ksStatistic(reference, current) {
    const ref = toSketch(reference);
    const cur = toSketch(current);
    if (ref.count === 0 || cur.count === 0)
        return Number.NaN;
    const a = ref.sortedView();
    const b = cur.sortedView();
    const aLength = a.values.length;
    const bLength = b.values.length;
    let i = 0;
    let j = 0;
    let gap = 0;
    while (i < aLength || j < bLength) {
        const x = Math.min(i < aLength ? a.values[i] : Number.POSITIVE_INFINITY, j < bLength ? b.values[j] : Number.POSITIVE_INFINITY);
        while (i < aLength && a.values[i] <= x)
            i++;
        while (j < bLength && b.values[j] <= x)
            j++;
        const fa = i === 0 ? 0 : a.cumulative[i - 1] / a.total;
        const fb = j === 0 ? 0 : b.cumulative[j - 1] / b.total;
        const difference = Math.abs(fa - fb);
        if (difference > gap)
            gap = difference;
    }
    return gap;
}

// EXTERNAL MODULE: ./.cache/build/lib/validation/column-checker.js + 1 modules
var column_checker = __webpack_require__(50935);
;// CONCATENATED MODULE: ./.cache/build/lib/validation/drift-checks.js


function verdict(value, thresholds) {
    if (thresholds.error !== undefined && value >= thresholds.error)
        return { status: "fail", severity: "error" };
    if (thresholds.warn !== undefined && value >= thresholds.warn)
        return { status: "fail", severity: "warn" };
    return { status: "pass", severity: thresholds.error !== undefined ? "error" : "warn" };
}
function bounds(thresholds) {
    return [
        thresholds.warn !== undefined ? `warn ≥ ${thresholds.warn}` : "",
        thresholds.error !== undefined ? `error ≥ ${thresholds.error}` : "",
    ]
        .filter(Boolean)
        .join(", ");
}
const numericTypes = new Set(["integer", "number", "timestamp"]);
/**
 * Drift of each column against the reference snapshot's stored profile: PSI over the reference's quantile
 * bins for numbers (over categories for low-cardinality columns, unseen values pooled) and the KS statistic
 * for numbers, both from the profiles' quantile sketches. Neither snapshot is re-read.
 */
function driftChecks(current, reference, rules) {
    const results = [];
    const psi = rules.psi ?? { warn: 0.1, error: 0.25 };
    const selected = rules.columns ? new Set(rules.columns) : undefined;
    for (const column of current) {
        if (selected && !selected.has(column.name))
            continue;
        const ref = reference.find((candidate) => candidate.name === column.name);
        if (!ref || column.count === 0 || ref.count === 0)
            continue;
        const drift = (statistic, value, thresholds, message) => results.push({
            id: `drift.${column.name}.${statistic}`,
            rulePath: ["validate", "drift", statistic],
            column: column.name,
            ...verdict(value, thresholds),
            observed: (0,column_checker/* round */.L)(value, 4),
            expected: bounds(thresholds),
            message: `${message} ${(0,column_checker/* round */.L)(value, 4)}`,
        });
        const numeric = numericTypes.has(column.type) && numericTypes.has(ref.type) && column.sketch && ref.sketch;
        if (numeric && column.sketch && ref.sketch) {
            drift("psi", psiNumeric(ref.sketch, column.sketch), psi, "PSI over the reference's deciles:");
            if (rules.ks)
                drift("ks", ksStatistic(ref.sketch, column.sketch), rules.ks, "KS statistic");
        }
        else if (column.topValues && ref.topValues) {
            drift("psi", psiCategorical(ref.topValues, column.topValues), psi, "PSI over categories (unseen values pooled):");
        }
    }
    return results;
}


/***/ }),

/***/ 64768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ schemaChecks)
/* harmony export */ });
/** Rules that name missing columns, and (with `required_only`) columns no rule expects. */
function schemaChecks(rules, columns) {
    const results = [];
    const known = new Set(columns);
    const listed = columns.join(", ");
    for (const [name, rule] of Object.entries(rules.columns ?? {})) {
        if (known.has(name))
            continue;
        const required = rule.required ?? true;
        results.push({
            id: `column.${name}.present`,
            rulePath: ["validate", "columns", name],
            column: name,
            status: required ? "fail" : "skip",
            severity: rule.severity ?? "error",
            observed: null,
            expected: "the column exists",
            message: `a rule names column "${name}", but the snapshot has no such column (columns: ${listed})`,
        });
    }
    const referenced = [
        ...(rules.unique ?? []).flat().map((column) => ({ column, path: ["validate", "unique"] })),
        ...(rules.label ? [{ column: rules.label.column, path: ["validate", "label", "column"] }] : []),
        ...(rules.leakage?.key ? [{ column: rules.leakage.key, path: ["validate", "leakage", "key"] }] : []),
    ];
    for (const { column, path } of referenced) {
        if (known.has(column))
            continue;
        results.push({
            id: `column.${column}.present`,
            rulePath: path,
            column,
            status: "fail",
            severity: "error",
            observed: null,
            expected: "the column exists",
            message: `${path.slice(1).join(".")} names column "${column}", but the snapshot has no such column (columns: ${listed})`,
        });
    }
    if (rules.required_only) {
        const expected = new Set(Object.keys(rules.columns ?? {}));
        const unexpected = columns.filter((column) => !expected.has(column));
        results.push({
            id: "dataset.required_only",
            rulePath: ["validate", "required_only"],
            status: unexpected.length > 0 ? "fail" : "pass",
            severity: "error",
            observed: unexpected.length > 0 ? unexpected.join(", ") : 0,
            expected: "no column without a rule",
            message: unexpected.length > 0 ? `unexpected column(s): ${unexpected.join(", ")}` : "every column has a rule",
        });
    }
    return results;
}


/***/ })

};
