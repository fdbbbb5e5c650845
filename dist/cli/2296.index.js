export const id = 2296;
export const ids = [2296,5721];
export const modules = {

/***/ 9128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ COMPARISON_VERSION),
/* harmony export */   dh: () => (/* binding */ COMPARISON_KIND),
/* harmony export */   rm: () => (/* binding */ parseComparisonReport)
/* harmony export */ });
/* unused harmony exports ruleResultSchema, comparedMetricSchema, sliceComparisonSchema, candidateSchema, comparisonReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2311);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);
/* harmony import */ var _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2033);



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

/***/ 8689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ parseContract),
/* harmony export */   Vf: () => (/* binding */ serializeContract)
/* harmony export */ });
/* unused harmony export ContractError */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

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

/***/ 3293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fL: () => (/* binding */ DataError),
/* harmony export */   xZ: () => (/* binding */ rowLabel),
/* harmony export */   z9: () => (/* binding */ fileAccessError)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

/**
 * A problem with a data file or source that the user has to fix: the message names the file and, where it
 * applies, the row, line and column, and says what is wrong.
 */
class DataError extends _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = "DataError";
    file;
    row;
    line;
    column;
    /** `reason` is the sentence after the file name, e.g. `row 17 (line 18) has 5 fields, the header has 6`. */
    constructor(location, reason, options) {
        super(`${location.file}: ${reason}`, options);
        this.file = location.file;
        this.row = location.row;
        this.line = location.line;
        this.column = location.column;
    }
}
/** `row 17 (line 18)`, or `row 17` when the line is unknown. */
function rowLabel(row, line) {
    return line === undefined ? `row ${row}` : `row ${row} (line ${line})`;
}
/** Turns a failed open, stat or read of `file` into a DataError that says what happened in plain words. */
function fileAccessError(file, error) {
    if (error instanceof DataError)
        return error;
    const code = error?.code;
    const reason = code === "ENOENT"
        ? "does not exist"
        : code === "EACCES" || code === "EPERM"
            ? "cannot be read (permission denied)"
            : code === "EISDIR"
                ? "is a directory, not a file"
                : `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
    return new DataError({ file }, reason, { cause: error });
}


/***/ }),

/***/ 89:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   WV: () => (/* binding */ isGzipped),
/* harmony export */   pf: () => (/* binding */ formatFromExtension)
/* harmony export */ });
/* unused harmony export DATA_FORMATS */
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3293);

const DATA_FORMATS = (/* unused pure expression or super */ null && (["csv", "parquet", "jsonl"]));
const EXTENSIONS = [
    [".csv", "csv"],
    [".parquet", "parquet"],
    [".pq", "parquet"],
    [".jsonl", "jsonl"],
    [".ndjson", "jsonl"],
];
const ALIASES = {
    csv: "csv",
    parquet: "parquet",
    jsonl: "jsonl",
    ndjson: "jsonl",
};
/** Whether the file is gzip-compressed, by its `.gz` suffix (CSV and JSON Lines only). */
function isGzipped(path) {
    return path.toLowerCase().endsWith(".gz");
}
/** The format a file's extension names (`data.csv`, `data.csv.gz`, `part-0.parquet`), or undefined. */
function formatFromExtension(path) {
    let name = path.toLowerCase();
    if (name.endsWith(".gz"))
        name = name.slice(0, -3);
    for (const [extension, format] of EXTENSIONS) {
        if (name.endsWith(extension))
            return format;
    }
    return undefined;
}
/**
 * The format of `path`: `explicit` when given (csv, parquet, jsonl or ndjson), else from the extension
 * (.csv, .parquet/.pq, .jsonl/.ndjson, each optionally followed by .gz except Parquet, which compresses
 * internally). Throws a DataError when neither says.
 */
function detectFormat(path, explicit) {
    let format;
    if (explicit !== undefined && explicit !== "") {
        format = ALIASES[explicit.trim().toLowerCase()];
        if (format === undefined) {
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, `unknown format "${explicit}" (use csv, parquet or jsonl)`);
        }
    }
    else {
        format = formatFromExtension(path);
        if (format === undefined) {
            const extension = /(\.[^./\\]+)$/.exec(path)?.[1];
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, `cannot tell the format from ${extension ? `the extension "${extension}"` : "a name without an extension"}; ` +
                "name the file .csv, .parquet or .jsonl (optionally .gz for CSV and JSON Lines), or set the format");
        }
    }
    if (format === "parquet" && isGzipped(path)) {
        throw new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: path }, "a gzip-compressed Parquet file is not supported (Parquet compresses its pages itself)");
    }
    return format;
}


/***/ }),

/***/ 6217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3293);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2576);



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

/***/ 7244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/** Every file under `root`, as sorted '/'-separated paths relative to it. */
async function listFiles(root) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(root, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.parentPath, entry.name)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/"))
        .sort();
}


/***/ }),

/***/ 2576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   LY: () => (/* binding */ openByteStream),
/* harmony export */   cj: () => (/* binding */ readTextChunks),
/* harmony export */   iB: () => (/* binding */ firstInvalidByte),
/* harmony export */   lS: () => (/* binding */ readError),
/* harmony export */   od: () => (/* binding */ openForRead),
/* harmony export */   tR: () => (/* binding */ invalidUtf8),
/* harmony export */   yB: () => (/* binding */ unfinishedTail)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3293);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89);




// A value sliced from decoded text can keep its whole chunk alive (V8 slices rather than copies longer
// substrings), so text chunks stay small; 256 KiB reads as fast as larger ones.
const CHUNK_BYTES = 1 << 18;
/** Opens a regular file for reading, turning a missing, unreadable or non-regular path into a DataError. */
async function openForRead(path) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY);
        const stat = await handle.stat();
        if (stat.isDirectory())
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, "is a directory, not a file");
        if (!stat.isFile())
            throw new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, "is not a regular file");
        return handle;
    }
    catch (error) {
        await handle?.close();
        throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(path, error);
    }
}
/** The file's bytes as a stream of 256 KiB chunks, gunzipped when the name ends in .gz. */
async function openByteStream(path) {
    const handle = await openForRead(path);
    const raw = handle.createReadStream({ highWaterMark: CHUNK_BYTES });
    if (!(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .isGzipped */ .WV)(path))
        return raw;
    // Loaded here: every command that reads a file (a re-snapshot's hashing too) imports this module, few gunzip.
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 19));
    const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
    raw.on("error", (error) => gunzip.destroy(error));
    gunzip.on("close", () => raw.destroy());
    return raw.pipe(gunzip);
}
/**
 * The file's text, decoded as strict UTF-8 (a byte-order mark is dropped), in chunks of about 256 KiB.
 * Invalid UTF-8 is a DataError naming the byte offset and line, not a silent replacement character.
 */
async function* readTextChunks(path) {
    const bytes = await openByteStream(path);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let offset = 0;
    let last = new Uint8Array(0);
    try {
        for await (const chunk of bytes) {
            last = chunk;
            let text;
            try {
                text = decoder.decode(chunk, { stream: true });
            }
            catch {
                throw await invalidUtf8(path, offset + firstInvalidByte(chunk));
            }
            offset += chunk.byteLength;
            if (text.length > 0)
                yield text;
        }
        let rest;
        try {
            rest = decoder.decode();
        }
        catch {
            const start = offset - unfinishedTail(last);
            throw await invalidUtf8(path, start, "the file ends in the middle of a UTF-8 character");
        }
        if (rest.length > 0)
            yield rest;
    }
    catch (error) {
        throw readError(path, error);
    }
    finally {
        bytes.destroy();
    }
}
/** Translates a failure while reading a text file's bytes (I/O, gzip) into a DataError. */
function readError(path, error) {
    if (error instanceof _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL)
        return error;
    const code = error?.code;
    if (typeof code === "string" && code.startsWith("Z_")) {
        const reason = error instanceof Error ? error.message : String(error);
        return new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, `is not valid gzip data: ${reason}`, { cause: error });
    }
    return (0,_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(path, error);
}
/**
 * The offset in `chunk` of the first byte of the first invalid sequence. Decoding a prefix in streaming mode
 * fails exactly when the prefix holds an invalid sequence, so the failing byte can be found by bisection.
 * Up to three leading continuation bytes may finish a character begun in the previous chunk and are skipped.
 */
function firstInvalidByte(chunk) {
    let start = 0;
    while (start < 3 && start < chunk.length && ((chunk[start] ?? 0) & 0xc0) === 0x80)
        start++;
    const decodes = (end) => {
        try {
            new TextDecoder("utf-8", { fatal: true }).decode(chunk.subarray(start, end), { stream: true });
            return true;
        }
        catch {
            return false;
        }
    };
    let good = start;
    let bad = chunk.length;
    while (bad - good > 1) {
        const middle = (good + bad) >>> 1;
        if (decodes(middle))
            good = middle;
        else
            bad = middle;
    }
    // The byte at `good` breaks the text; if it was meant to continue a character begun just before it,
    // that character's first byte is where the invalid sequence starts.
    let lead = good;
    while (lead > start && good - lead < 3 && ((chunk[lead - 1] ?? 0) & 0xc0) === 0x80)
        lead--;
    const first = chunk[lead - 1] ?? 0;
    if (lead > start && first >= 0xc0) {
        const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : 2;
        if (lead - 1 + length > good)
            return lead - 1;
    }
    return good;
}
/** How many bytes at the end of `chunk` begin a character that does not finish there. */
function unfinishedTail(chunk) {
    for (let back = 1; back <= Math.min(3, chunk.length); back++) {
        const byte = chunk[chunk.length - back] ?? 0;
        if ((byte & 0xc0) === 0x80)
            continue;
        return byte >= 0xc0 ? back : 0;
    }
    return 0;
}
async function invalidUtf8(path, byteOffset, detail) {
    const line = await lineAtByte(path, byteOffset);
    const where = `byte ${byteOffset}${line === undefined ? "" : ` (line ${line})`}`;
    return new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path, ...(line === undefined ? {} : { line }) }, `is not valid UTF-8 at ${where}${detail ? `: ${detail}` : ""}; save it as UTF-8`);
}
/** The 1-based line holding byte `byteOffset` of the (decompressed) file; only used to explain an error. */
async function lineAtByte(path, byteOffset) {
    let line = 1;
    let seen = 0;
    const bytes = await openByteStream(path);
    try {
        for await (const chunk of bytes) {
            const end = Math.min(chunk.byteLength, byteOffset - seen);
            for (let at = chunk.indexOf(10); at !== -1 && at < end; at = chunk.indexOf(10, at + 1))
                line++;
            seen += chunk.byteLength;
            if (seen >= byteOffset)
                return line;
        }
        return line;
    }
    catch {
        return undefined;
    }
    finally {
        bytes.destroy();
    }
}


/***/ }),

/***/ 2448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

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

/***/ 3088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ localUserName),
/* harmony export */   r: () => (/* binding */ codeRecord)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);

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

/***/ 5721:
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

/***/ 2165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ prepareCheckpoints),
/* harmony export */   dr: () => (/* binding */ listCheckpointKeys),
/* harmony export */   hq: () => (/* binding */ deleteCheckpoints)
/* harmony export */ });
/* unused harmony exports checkpointPrefix, describeCheckpoint, restoreCheckpoint, CheckpointSync */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2311);
/* harmony import */ var _config_contracts_contract_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8689);
/* harmony import */ var _data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6217);
/* harmony import */ var _data_list_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7244);
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


/***/ })

};
