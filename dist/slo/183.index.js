export const id = 183;
export const ids = [183];
export const modules = {

/***/ 3183:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79029);
/* harmony import */ var _steps_slo_slo_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79377);
/* harmony import */ var _steps_slo_slo_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16343);



await (0,_context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runStepAction */ .u)(_steps_slo_slo_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .SLO_INPUTS */ .n, (context, inputs) => (0,_steps_slo_slo_step_js__WEBPACK_IMPORTED_MODULE_2__/* .sloStep */ .j9)(context, inputs));

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

/***/ 85055:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ spanMs),
/* harmony export */   _6: () => (/* binding */ sloSchema),
/* harmony export */   ml: () => (/* binding */ monitorSchema)
/* harmony export */ });
/* unused harmony export SPAN */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _stats_metric_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29050);


/**
 * The `monitor:` and `slo:` sections of trainyard.yml: how the champion is judged on labelled production
 * predictions, and the targets of the pipeline's service-level indicators. Kept apart from
 * trainyard-config.ts, which only names them.
 */
/** `30m`, `12h`, `7d`, `2w`: a span of time. */
const SPAN = /^\d+(\.\d+)?[mhdw]$/;
const span = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(SPAN, "a span such as 12h, 7d or 2w (m minutes, h hours, d days, w weeks)").describe(what);
const metricName = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_stats_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw);
/** Milliseconds of a span such as `7d`; undefined when it is not one. */
function spanMs(text) {
    const match = /^(\d+(?:\.\d+)?)([mhdw])$/.exec(text.trim());
    if (!match)
        return undefined;
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2]];
    return Number(match[1]) * unit;
}
const driftThresholds = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    warn: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional().describe(`${what} at or above which the report warns`),
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .nonnegative()
        .optional()
        .describe(`${what} at or above which the monitor asks for a retrain`),
})
    .describe(`${what} thresholds`);
const monitorSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    predictions: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("Where labelled production predictions are: a file, folder, glob or s3://bucket/prefix"),
    since: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default("7d")
        .describe("The window: a span back from now (7d) or an ISO 8601 time; rows before it are left out"),
    timestamp_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default("timestamp").describe("When each prediction was made"),
    label_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("The true label, once known; absent: the champion's evaluation label column"),
    model_version_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default("model_version")
        .describe("If the predictions have this column, every row in the window must name the champion's version"),
    min_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
        .nonnegative()
        .default(500)
        .describe("Fewer labelled rows in the window than this: no verdict on the metrics, no retrain"),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .partialRecord */ .jgl(metricName, zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .optional()
            .describe("Retrain when the production interval lies wholly below this (its upper bound is below it)"),
        max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .optional()
            .describe("Retrain when the production interval lies wholly above this (its lower bound is above it), e.g. for log_loss"),
        max_degradation: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .nonnegative()
            .optional()
            .describe("Retrain when production is worse than the champion's evaluation by more than this, with the interval's confidence"),
    }))
        .optional()
        .describe("Per metric, when production performance asks for a retrain; absent: the champion's primary metric, max_degradation 0"),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
        .min(0)
        .max(100_000)
        .optional()
        .describe("Bootstrap resamples of the production intervals; absent: those of the champion's evaluation"),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        psi: driftThresholds("PSI").optional().describe("Absent: warn 0.1, error 0.25"),
        ks: driftThresholds("The KS statistic").optional().describe("Absent: no KS check"),
        columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))
            .optional()
            .describe("The feature columns checked; absent: every column the training snapshot profiled"),
    })
        .optional()
        .describe("Drift of production features from the champion's training snapshot, from stored profiles"),
    trigger: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["none", "dispatch"])
        .default("none")
        .describe("dispatch: start the retrain workflow (workflow_dispatch) when the monitor asks for a retrain"),
    workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default("retrain-manually.yml")
        .describe("The retrain workflow's file name (or id); it must take a `reason` input"),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("The branch or tag the retrain runs on; absent: the repository's default branch"),
    cooldown: span("No second dispatch within this span of the last one").default("3d"),
    max_units: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
        .min(1024)
        .max(1 << 24)
        .default(1 << 19)
        .describe("Binary models: the most distinct scores held in memory (memory is bounded by this, not by rows); past it scores are quantised and the report states how far each metric can have moved"),
    id_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("The production rows' id column, matched with the ids the champion's evaluation recorded (evaluate.id_column); absent: the same name as evaluate.id_column"),
    min_paired_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
        .min(1)
        .optional()
        .describe("With at least this many production rows matching the champion's test rows by id, max_degradation is judged on the paired interval; absent: min_rows"),
});
const atLeast = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe(`Breached below this ${what}`) });
const atMost = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe(`Breached above this ${what}`) });
const sloSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    window: span("The history the indicators are computed over, back from now").default("30d"),
    training_success_rate: atLeast("share of finished training runs").optional().describe("M1"),
    time_to_train_minutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        median: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe("Breached above this median, in minutes"),
        p95: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe("Breached above this 95th percentile, in minutes"),
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


/***/ }),

/***/ 79029:
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

;// CONCATENATED MODULE: ./.cache/build/lib/context/format-progress.js
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
        return throttledProgress(label, total, unit, (line) => core/* info */.pq(line), 5000);
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

/***/ 53293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fL: () => (/* binding */ DataError),
/* harmony export */   xZ: () => (/* binding */ rowLabel),
/* harmony export */   z9: () => (/* binding */ fileAccessError)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);

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

/***/ 40089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WV: () => (/* binding */ isGzipped)
/* harmony export */ });
/* unused harmony exports DATA_FORMATS, formatFromExtension, detectFormat */
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53293);

const DATA_FORMATS = (/* unused pure expression or super */ null && (["csv", "parquet", "jsonl"]));
const EXTENSIONS = (/* unused pure expression or super */ null && ([
    [".csv", "csv"],
    [".parquet", "parquet"],
    [".pq", "parquet"],
    [".jsonl", "jsonl"],
    [".ndjson", "jsonl"],
]));
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
            throw new DataError({ file: path }, `unknown format "${explicit}" (use csv, parquet or jsonl)`);
        }
    }
    else {
        format = formatFromExtension(path);
        if (format === undefined) {
            const extension = /(\.[^./\\]+)$/.exec(path)?.[1];
            throw new DataError({ file: path }, `cannot tell the format from ${extension ? `the extension "${extension}"` : "a name without an extension"}; ` +
                "name the file .csv, .parquet or .jsonl (optionally .gz for CSV and JSON Lines), or set the format");
        }
    }
    if (format === "parquet" && isGzipped(path)) {
        throw new DataError({ file: path }, "a gzip-compressed Parquet file is not supported (Parquet compresses its pages itself)");
    }
    return format;
}


/***/ }),

/***/ 42576:
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53293);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40089);




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
    const { createGunzip } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 19));
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

/***/ 61927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ BUG_REPORT_HINT),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * The error taxonomy. A `UserError` is a problem the person running trainyard can fix (a config value, a
 * missing file, an unreachable server, data that breaks a rule, a gate that rejects): the action and the CLI
 * print its message alone. Anything else is a trainyard bug: they print its stack and ask for a report.
 */
class UserError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "UserError";
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
const BUG_REPORT_HINT = "this is a trainyard bug: please report it at https://github.com/trainyard/trainyard/issues with the log above";


/***/ }),

/***/ 32845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   NB: () => (/* binding */ inputLabel)
/* harmony export */ });
/* unused harmony exports originOf, parseBooleanInput, parseChoiceInput, parseNumberInput, inputsOf */
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

/***/ 81641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ nextUint32),
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
/* unused harmony exports mulberry32, resampleCounts, bootstrapInterval, pairedBootstrapDelta, POISSON_MIN_ROWS, poissonTable */
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

/***/ 29050:
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

/***/ 79377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ SLO_INPUTS)
});

;// CONCATENATED MODULE: ./.cache/build/lib/inputs/common-inputs.js
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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/slo/slo-inputs.js

/** slo's inputs, as `actions/slo/action.yml` declares them and `trainyard slo` takes them. */
const SLO_INPUTS = {
    ...CONFIG_INPUT,
    model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
    ...TRACKING_INPUT,
    window: {
        description: "The history to read, back from now (default slo.window, 30d)",
        cli: { placeholder: "30d" },
    },
    ...STORE_INPUTS,
    "on-breach": {
        description: "fail: exit 1 when a target is breached; annotate: warn on each breach and succeed",
        kind: "choice",
        choices: ["fail", "annotate"],
        default: "fail",
    },
    badge: {
        description: "Also write a shields.io endpoint badge (JSON) to this file",
        cli: { placeholder: "file" },
    },
};


/***/ }),

/***/ 16343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j9: () => (/* binding */ sloStep)
});

// UNUSED EXPORTS: SLO_INPUTS, SloBreachedError

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.cache/build/lib/config/monitor-config.js
var monitor_config = __webpack_require__(85055);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
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
        .map((version) => (0,metric_names/* higherIsBetter */.i2)(version.primaryMetric)
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

;// CONCATENATED MODULE: ./.cache/build/lib/report/slo-badge.js
function sloBadge(indicators, label = "SLOs") {
    const judged = indicators.filter((indicator) => indicator.status === "met" || indicator.status === "breached");
    const breached = [
        ...new Set(indicators.filter((indicator) => indicator.status === "breached").map((indicator) => indicator.id)),
    ];
    if (breached.length > 0)
        return { schemaVersion: 1, label, message: `${breached.join(", ")} breached`, color: "red" };
    if (judged.length === 0)
        return { schemaVersion: 1, label, message: "no targets", color: "lightgrey" };
    return { schemaVersion: 1, label, message: `${judged.length}/${judged.length} met`, color: "brightgreen" };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/format-number.js
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

;// CONCATENATED MODULE: ./.cache/build/lib/report/markdown.js
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

;// CONCATENATED MODULE: ./.cache/build/lib/report/slo-markdown.js


const STATUS = {
    met: "✅ met",
    breached: "❌ breached",
    "no target": "➖ no target",
    "no data": "➖ no data",
};
/** The SLO table of `trainyard slo`: each indicator, its value, what it rests on, the target and its status. */
function renderSloMarkdown(model, window, indicators) {
    const breached = indicators.filter((indicator) => indicator.status === "breached");
    return [
        `### trainyard SLOs: ${escapeMarkdown(model)} (last ${escapeMarkdown(window)})`,
        "",
        breached.length
            ? `**${breached.length} breached:** ${breached.map((indicator) => `${indicator.id} ${escapeMarkdown(indicator.name)}`).join(", ")}`
            : "**Every target met.**",
        "",
        table(["", "indicator", "value", "from", "target", "status"], indicators.map((indicator) => [
            indicator.id,
            cell(indicator.name),
            indicator.value === null ? "—" : `${formatMeasure(indicator.value)} ${cell(indicator.unit)}`,
            cell(indicator.basis),
            cell(indicator.target ?? "—"),
            STATUS[indicator.status],
        ])),
        "",
    ].join("\n");
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./.cache/build/lib/config/contracts/contract-file.js

/** A contract file that failed to parse or validate: names the file and every field that is wrong. */
class ContractError extends user_error/* UserError */.yo {
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

;// CONCATENATED MODULE: ./.cache/build/lib/config/contracts/snapshot-manifest.js


const SNAPSHOT_KIND = "trainyard.snapshot";
const SNAPSHOT_VERSION = 1;
const sha256 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, "a lowercase hex SHA-256");
/** A stored file name: relative, `/`-separated, never leaving the snapshot folder. */
const safeName = schemas/* string */.YjP()
    .min(1)
    .refine((name) => !name.startsWith("/") &&
    !name.includes("\\") &&
    !name.split("/").some((part) => part === ".." || part === "." || part === ""), "a relative name that stays inside the snapshot (no '..', no leading '/')");
const snapshotFileSchema = schemas/* object */.Ikc({
    name: safeName,
    role: schemas/* enum */.k5n(["train", "test", "data"]),
    format: schemas/* enum */.k5n(["csv", "parquet", "jsonl"]),
    sha256,
    bytes: schemas/* number */.aig().int().nonnegative(),
    rows: schemas/* number */.aig().int().nonnegative(),
});
const sketchSchema = schemas/* custom */.IeY((value) => typeof value === "object" && value !== null && "levels" in value && "n" in value, "a quantile sketch");
/** The per-column profile that later steps (validation, drift) read instead of re-reading the data. */
const columnProfileSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    type: schemas/* enum */.k5n(["integer", "number", "boolean", "timestamp", "string", "json", "empty"]),
    count: schemas/* number */.aig().int().nonnegative(),
    nullCount: schemas/* number */.aig().int().nonnegative(),
    invalidCount: schemas/* number */.aig().int().nonnegative(),
    distinctCapped: schemas/* boolean */.zMY(),
    min: schemas/* number */.aig().optional(),
    max: schemas/* number */.aig().optional(),
    mean: schemas/* number */.aig().optional(),
    std: schemas/* number */.aig().optional(),
    quantiles: schemas/* record */.g1P(schemas/* enum */.k5n(["p01", "p05", "p25", "p50", "p75", "p95", "p99"]), schemas/* number */.aig()).optional(),
    sketch: sketchSchema.optional(),
    topValues: schemas/* array */.YOg(schemas/* object */.Ikc({ value: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]), count: schemas/* number */.aig() }))
        .optional(),
    minLength: schemas/* number */.aig().optional(),
    maxLength: schemas/* number */.aig().optional(),
    minTime: schemas/* string */.YjP().optional(),
    maxTime: schemas/* string */.YjP().optional(),
});
const snapshotManifestSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz(SNAPSHOT_KIND),
    version: schemas/* literal */.euz(SNAPSHOT_VERSION),
    id: schemas/* string */.YjP().regex(/^[0-9a-f]{16}$/),
    createdAt: schemas/* string */.YjP(),
    source: schemas/* object */.Ikc({
        uri: schemas/* string */.YjP(),
        format: schemas/* enum */.k5n(["csv", "parquet", "jsonl"]),
        files: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), sha256, bytes: schemas/* number */.aig().int().nonnegative() })),
    }),
    columns: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
    files: schemas/* array */.YOg(snapshotFileSchema).min(1),
    rows: schemas/* number */.aig().int().nonnegative(),
    split: schemas/* object */.Ikc({
        strategy: schemas/* enum */.k5n(["random", "group", "time"]),
        testFraction: schemas/* number */.aig().optional(),
        seed: schemas/* number */.aig().int().optional(),
        key: schemas/* string */.YjP().optional(),
        timeColumn: schemas/* string */.YjP().optional(),
        cutoff: schemas/* string */.YjP().optional(),
        trainRows: schemas/* number */.aig().int().nonnegative(),
        testRows: schemas/* number */.aig().int().nonnegative(),
    })
        .optional(),
    asOf: schemas/* object */.Ikc({ time: schemas/* string */.YjP(), column: schemas/* string */.YjP(), droppedRows: schemas/* number */.aig().int().nonnegative() })
        .optional(),
    profile: schemas/* array */.YOg(columnProfileSchema),
    /** Present on a snapshot written by `trainyard erase`: the one it replaced and how many rows it left out. */
    erasure: schemas/* object */.Ikc({ predecessor: schemas/* string */.YjP().regex(/^[0-9a-f]{16}$/), erasedRows: schemas/* number */.aig().int().nonnegative() })
        .optional(),
});
function parseSnapshotManifest(text, file) {
    return parseContract(snapshotManifestSchema, text, file, {
        kind: SNAPSHOT_KIND,
        version: SNAPSHOT_VERSION,
    });
}
const manifestKey = (id) => `snapshots/${id}/manifest.json`;
const snapshot_manifest_blobKey = (sha) => `blobs/sha256/${sha}`;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.cache/build/lib/data/data-error.js
var data_error = __webpack_require__(53293);
// EXTERNAL MODULE: ./.cache/build/lib/data/read-text.js
var read_text = __webpack_require__(42576);
;// CONCATENATED MODULE: ./.cache/build/lib/data/hash-file.js



const READ_BYTES = (/* unused pure expression or super */ null && (1 << 20));
/**
 * Hashes a file in one pass of 1 MiB reads; `onProgress` gets the bytes hashed so far. Two buffers take turns,
 * so the next read runs while this thread hashes the last one, and no buffer is allocated per read (a stream's
 * fresh 1 MiB chunks cost page faults and old-space GCs: ~15% of the hashing's CPU on 200 MiB).
 */
async function hash_file_hashFile(path, onProgress) {
    const handle = await openForRead(path);
    const hash = createHash("sha256");
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
        throw fileAccessError(path, error);
    }
    finally {
        if (pending)
            await pending.catch(() => undefined);
        await handle.close();
    }
    return { sha256: hash.digest("hex"), bytes };
}

;// CONCATENATED MODULE: ./.cache/build/lib/data/hash-cache.js




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
const hash_cache_HASH_CACHE_FILE = ".hash-cache.json";
const HASH_CACHE_ENV = "TRAINYARD_HASH_CACHE";
const RACY_MARGIN_NS = 2000000000n;
const MAX_ENTRIES = 10_000;
const FORMAT = "trainyard.hash-cache/1";
async function identityOf(path) {
    const info = await stat(path, { bigint: true });
    return {
        key: [info.dev, info.ino, info.size, info.mtimeNs, info.ctimeNs].join(":"),
        ctimeNs: info.ctimeNs,
    };
}
const nowNs = () => BigInt(Date.now()) * 1000000n;
class hash_cache_HashCache {
    file;
    entries = new Map();
    changed = false;
    constructor(file) {
        this.file = file;
    }
    /** The cache kept in `file`, or a cache that remembers nothing when turned off. */
    static async open(file) {
        if (/^(off|0|false)$/i.test(process.env[HASH_CACHE_ENV] ?? ""))
            return new hash_cache_HashCache(undefined);
        const cache = new hash_cache_HashCache(resolve(file));
        try {
            const parsed = JSON.parse(await readFile(cache.file, "utf8"));
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
        const absolute = resolve(path);
        if (this.file) {
            const entry = this.entries.get(absolute);
            const now = await identityOf(absolute).catch(() => undefined);
            if (entry && now && entry.identity === now.key)
                return { sha256: entry.sha256, bytes: entry.bytes };
        }
        const started = nowNs();
        const before = this.file ? await identityOf(absolute).catch(() => undefined) : undefined;
        const hashed = await hashFile(absolute);
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
        const absolute = resolve(path);
        const entry = this.entries.get(absolute);
        const now = await identityOf(absolute).catch(() => undefined);
        return Boolean(entry && now && entry.identity === now.key);
    }
    /** Records the hash of a file trainyard has just written itself (its content is known, not re-read). */
    async record(path, hash) {
        if (!this.file)
            return;
        const absolute = resolve(path);
        const now = await identityOf(absolute).catch(() => undefined);
        if (now)
            this.put(absolute, now.key, hash);
    }
    /** Drops the entries of every file in `folder` (files deleted, e.g. by an erasure). */
    forget(folder) {
        const prefix = `${resolve(folder)}${sep}`;
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
        await mkdir(dirname(this.file), { recursive: true });
        const partial = `${this.file}.${randomBytes(6).toString("hex")}`;
        await writeFile(partial, `${JSON.stringify({ format: FORMAT, entries })}\n`);
        await rename(partial, this.file);
        this.changed = false;
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/store/blob-store.js
var blob_store = __webpack_require__(89546);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/pull-snapshot.js








class SnapshotNotFoundError extends user_error/* UserError */.yo {
    constructor(id, storeUri) {
        super(`no snapshot "${id}" in ${storeUri} (no ${manifestKey(id)})`);
        this.name = "SnapshotNotFoundError";
    }
}
async function readManifest(store, id) {
    if (!/^[0-9a-f]{16}$/.test(id))
        throw new user_error/* UserError */.yo(`"${id}" is not a snapshot id (16 hex characters)`);
    try {
        const bytes = await store.getBytes(manifestKey(id));
        return parseSnapshotManifest(bytes.toString("utf8"), `${store.uri}/${manifestKey(id)}`);
    }
    catch (error) {
        if (error instanceof blob_store/* BlobNotFoundError */.Bc)
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
    const cache = await HashCache.open(join(dirname(destination), HASH_CACHE_FILE));
    let bytesDownloaded = 0;
    await mapWithConcurrency(manifest.files, 4, async (file) => {
        const target = join(destination, ...file.name.split("/"));
        if (await stat(target).catch(() => undefined)) {
            if ((await cache.hash(target)).sha256 === file.sha256)
                return;
        }
        await mkdir(dirname(target), { recursive: true });
        const partial = `${target}.partial-${process.pid}`;
        const progress = context.progress(`download ${file.name}`, file.bytes);
        await store.download(blobKey(file.sha256), partial, { onProgress: (bytes) => progress.update(bytes) });
        progress.finish();
        const { sha256 } = await hashFile(partial);
        if (sha256 !== file.sha256) {
            await rm(partial, { force: true });
            throw new UserError(`${file.name}: the stored blob's SHA-256 is ${sha256}, the manifest says ${file.sha256}; the store is damaged`);
        }
        await rename(partial, target);
        await cache.record(target, { sha256, bytes: file.bytes });
        bytesDownloaded += file.bytes;
    });
    await cache.save();
    return { manifest, dataDir: destination, bytesDownloaded };
}
/** The train, test and whole-data files of a materialised snapshot, for the train contract. */
function snapshotFiles(manifest, dataDir) {
    const find = (role) => manifest.files.find((file) => file.role === role);
    const path = (name) => (name ? join(dataDir, ...name.split("/")) : undefined);
    return {
        train: path(find("train")?.name),
        test: path(find("test")?.name),
        data: manifest.files.filter((file) => file.role === "data").map((file) => path(file.name)),
    };
}

// EXTERNAL MODULE: ./.cache/build/lib/config/config-error.js
var config_error = __webpack_require__(18697);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(55439);
// EXTERNAL MODULE: ./.cache/build/lib/store/key-prefix.js
var key_prefix = __webpack_require__(68355);
;// CONCATENATED MODULE: ./.cache/build/lib/store/local-store.js







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
        this.root = (0,external_node_path_.resolve)(rootDir);
        this.uri = (0,external_node_url_.pathToFileURL)(this.root).href;
        this.fsync = options.fsync ?? true;
    }
    pathOf(key) {
        (0,blob_store/* assertValidKey */.Mw)(key);
        return (0,external_node_path_.join)(this.root, ...key.split("/"));
    }
    async exists(key) {
        return (await this.stat(key)) !== undefined;
    }
    async stat(key) {
        const path = this.pathOf(key);
        try {
            const info = await (0,promises_.stat)(path);
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
            await (0,promises_.link)(temp, target);
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
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    async put(key, source, options = {}) {
        const target = this.pathOf(key);
        const temp = await this.stage(key, target, source, options);
        try {
            await this.moveIntoPlace(key, temp, target);
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    async getStream(key) {
        const handle = await this.openBlob(key);
        return handle.createReadStream();
    }
    async getBytes(key) {
        try {
            return await (0,promises_.readFile)(this.pathOf(key));
        }
        catch (error) {
            if (ABSENT.has(errorCode(error) ?? ""))
                throw new blob_store/* BlobNotFoundError */.Bc(key, this.uri);
            throw error;
        }
    }
    async download(key, destination, options = {}) {
        const handle = await this.openBlob(key);
        await (0,atomic_file/* writeFileAtomically */.lo)((0,external_node_path_.resolve)(destination), { stream: handle.createReadStream() }, options);
    }
    async *list(prefix) {
        (0,key_prefix/* assertValidPrefix */.x)(prefix);
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
            const dirents = await (0,promises_.readdir)((0,external_node_path_.join)(this.root, ...folderKey.split("/")), { withFileTypes: true });
            entries = dirents
                .filter((entry) => !(0,atomic_file/* isTempName */.Gs)(entry.name))
                .map((entry) => ({ name: entry.name, folder: entry.isDirectory(), file: entry.isFile() }));
        }
        catch (error) {
            if (ABSENT.has(errorCode(error) ?? ""))
                return;
            throw error;
        }
        const sortName = (entry) => entry.name + (entry.folder ? "/" : "");
        entries.sort((a, b) => (0,key_prefix/* compareKeys */.Y)(sortName(a), sortName(b)));
        for (const entry of entries) {
            const key = folderKey + entry.name;
            if (entry.folder) {
                const below = `${key}/`;
                if (below.startsWith(prefix) || prefix.startsWith(below))
                    yield* this.walk(below, prefix);
            }
            else if (entry.file && key.startsWith(prefix)) {
                try {
                    const info = await (0,promises_.lstat)((0,external_node_path_.join)(this.root, ...key.split("/")));
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
            await (0,promises_.rm)(this.pathOf(key));
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
            return await (0,atomic_file/* writeTempBeside */.It)(target, source, { ...options, fsync: this.fsync });
        }
        catch (error) {
            // mkdir meets a file where a parent folder should be
            if (errorCode(error) === "ENOTDIR" || errorCode(error) === "EEXIST") {
                throw this.folderConflict(key, error);
            }
            if ("path" in source && errorCode(error) === "ENOENT") {
                throw new user_error/* UserError */.yo(`cannot store "${key}" in ${this.uri}: source file ${source.path} does not exist`, {
                    cause: error,
                });
            }
            throw error;
        }
    }
    async moveIntoPlace(key, temp, target) {
        try {
            await (0,promises_.rename)(temp, target);
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
            handle = await (0,promises_.open)(path, "r");
        }
        catch (error) {
            if (ABSENT.has(errorCode(error) ?? ""))
                throw new blob_store/* BlobNotFoundError */.Bc(key, this.uri);
            throw error;
        }
        // Opening a folder for reading succeeds on Linux; it is still not a blob.
        if (!(await handle.stat()).isFile()) {
            await handle.close();
            throw new blob_store/* BlobNotFoundError */.Bc(key, this.uri);
        }
        return handle;
    }
    /** A local folder cannot hold both a file `a` and files `a/...`, which S3 allows. */
    folderConflict(key, cause) {
        return new user_error/* UserError */.yo(`cannot store "${key}" in ${this.uri}: a local store cannot hold both a blob and a folder of blobs at ` +
            `"${key}" or one of its parent folders; choose keys where no key is a folder of another`, { cause });
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/store/open-store.js




/**
 * `s3://bucket/prefix` → S3Store; `file:///dir` or a path → LocalStore. Asynchronous because the AWS SDK
 * is loaded only when an S3 store is opened, so actions on a local store start fast.
 */
async function openStore(uriOrPath, options = {}) {
    const env = options.env ?? process.env;
    if (uriOrPath.startsWith("s3://"))
        return await openS3(uriOrPath, options, env);
    if (uriOrPath.startsWith("file://"))
        return new LocalStore((0,external_node_url_.fileURLToPath)(uriOrPath));
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uriOrPath)?.[1];
    if (scheme !== undefined) {
        throw new user_error/* UserError */.yo(`unsupported store "${uriOrPath}": use a local folder, file:///path or s3://bucket/prefix ` +
            `(${scheme}:// is not supported; for S3-compatible services use s3:// with AWS_ENDPOINT_URL_S3)`);
    }
    if (uriOrPath.trim() === "")
        throw new user_error/* UserError */.yo("no store given: use a local folder or s3://bucket/prefix");
    return new LocalStore((0,external_node_path_.resolve)(options.cwd ?? process.cwd(), uriOrPath));
}
async function openS3(uri, options, env) {
    const rest = uri.slice("s3://".length);
    const slash = rest.indexOf("/");
    const bucket = slash === -1 ? rest : rest.slice(0, slash);
    const prefix = slash === -1 ? "" : rest.slice(slash + 1).replace(/\/+$/, "");
    if (bucket === "" || /\s/.test(bucket)) {
        throw new user_error/* UserError */.yo(`invalid S3 store "${uri}": expected s3://bucket or s3://bucket/prefix`);
    }
    const endpoint = options.endpoint ?? nonEmpty(env.AWS_ENDPOINT_URL_S3) ?? nonEmpty(env.AWS_ENDPOINT_URL);
    const region = options.region ??
        nonEmpty(env.AWS_REGION) ??
        nonEmpty(env.AWS_DEFAULT_REGION) ??
        (endpoint === undefined ? undefined : "us-east-1");
    const credentials = options.credentials ?? credentialsFrom(env);
    // Like MLFLOW_HTTP_REQUEST_TIMEOUT for the tracking server: seconds a silent request may hang.
    const timeoutSeconds = Number(env.TRAINYARD_S3_TIMEOUT_SECONDS);
    const { S3Store } = await Promise.all(/* import() */[__webpack_require__.e(358), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 71942));
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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/known-secrets.js
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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/workspace-paths.js

/** The folder, in the working directory, where trainyard keeps everything it makes locally. */
const WORKSPACE_DIR = ".trainyard";
/** Every path trainyard keeps in the workspace, relative to the working directory. */
const workspace_paths_workspacePath = {
    /** The default blob store (trainyard.yml's `store`). */
    store: (0,external_node_path_.join)(WORKSPACE_DIR, "store"),
    /** The default local tracker and registry. */
    tracking: (0,external_node_path_.join)(WORKSPACE_DIR, "tracking"),
    /** Where snapshots are materialised (the data-root input). */
    data: (0,external_node_path_.join)(WORKSPACE_DIR, "data"),
    run: (runId) => (0,external_node_path_.join)(WORKSPACE_DIR, "runs", runId),
    trainCache: (key) => (0,external_node_path_.join)(WORKSPACE_DIR, "train-cache", key),
    evaluation: (name) => (0,external_node_path_.join)(WORKSPACE_DIR, "evaluations", name),
    comparisons: (name) => (0,external_node_path_.join)(WORKSPACE_DIR, "comparisons", ...(name ? [name] : [])),
    champion: (model, version) => (0,external_node_path_.join)(WORKSPACE_DIR, "champions", `${model}-${version}`),
    validationReport: (snapshotId) => (0,external_node_path_.join)(WORKSPACE_DIR, "reports", `validation-${snapshotId}.json`),
    pipelineState: (0,external_node_path_.join)(WORKSPACE_DIR, "pipeline", "state.json"),
    demo: (0,external_node_path_.join)(WORKSPACE_DIR, "demo"),
    /** monitor.json and the champion's downloaded evaluation. */
    monitor: (0,external_node_path_.join)(WORKSPACE_DIR, "monitor"),
};

;// CONCATENATED MODULE: ./.cache/build/lib/steps/step-config.js








/**
 * Loads trainyard.yml: the `config` input's path, or `trainyard.yml` in the working directory when it exists.
 * Each problem becomes an error annotation on its line, so GitHub shows it in the file.
 */
async function loadStepConfig(context, inputs) {
    const explicit = inputs.config;
    const path = (0,external_node_path_.resolve)(context.workingDirectory, explicit ?? "trainyard.yml");
    const exists = await (0,promises_.access)(path).then(() => true, () => false);
    if (!exists && !explicit) {
        registerKnownSecrets(context);
        return undefined;
    }
    if (!exists)
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "config")} names ${explicit}, which does not exist in ${context.workingDirectory}; leave it empty to use ./trainyard.yml when present`);
    try {
        // The YAML parser and the config's zod schema are loaded only when there is a trainyard.yml to read.
        const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(828)]).then(__webpack_require__.bind(__webpack_require__, 78828));
        const loaded = await loadConfig(path);
        registerKnownSecrets(context, loaded);
        return loaded;
    }
    catch (error) {
        if (error instanceof config_error/* ConfigError */.x) {
            const file = (0,external_node_path_.relative)(context.workingDirectory, path) || path;
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
    const file = isAbsolute(config.path) ? relative(context.workingDirectory, config.path) : config.path;
    return { file, ...(line ? { startLine: line } : {}) };
}
/** The blob store: the `store` input, else trainyard.yml's `store`, else `.trainyard/store`. */
async function openStepStore(context, inputs, config) {
    const configured = config?.config.store;
    const input = inputs.store;
    const settings = typeof configured === "object" ? configured : undefined;
    const uri = input ?? (typeof configured === "string" ? configured : settings?.uri) ?? workspace_paths_workspacePath.store;
    const endpoint = inputs["s3-endpoint"] ?? settings?.endpoint;
    return openStore(uri.startsWith("s3://") ? uri : (0,external_node_path_.resolve)(context.workingDirectory, uri), {
        env: context.env,
        cwd: context.workingDirectory,
        ...(endpoint ? { endpoint } : {}),
        ...(settings?.region ? { region: settings.region } : {}),
        ...(settings?.force_path_style !== undefined ? { forcePathStyle: settings.force_path_style } : {}),
    });
}
function defaultDataRoot(context) {
    return join(context.workingDirectory, workspacePath.data);
}
/** Where snapshots are materialised: the `data-root` input (relative to the working directory) or the default. */
function dataRootOf(context, inputs) {
    const input = inputs["data-root"];
    return input ? resolve(context.workingDirectory, input) : defaultDataRoot(context);
}

// EXTERNAL MODULE: ./.cache/build/lib/tracking/local/local-registry.js
var local_registry = __webpack_require__(35916);
// EXTERNAL MODULE: ./.cache/build/lib/tracking/local/local-tracker.js + 3 modules
var local_tracker = __webpack_require__(60619);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/tracking-config.js




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
        const { openTracking } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 25669));
        // MLflow's own client reads its request timeout (seconds) from this variable; so do we.
        const timeoutSeconds = Number(context.env.MLFLOW_HTTP_REQUEST_TIMEOUT);
        return openTracking({
            uri,
            env: context.env,
            ...(timeoutSeconds > 0 ? { timeoutMs: timeoutSeconds * 1000 } : {}),
        });
    }
    const root = (0,external_node_path_.resolve)(context.workingDirectory, uri.replace(/^file:\/\//, "") || workspace_paths_workspacePath.tracking);
    return { tracker: new local_tracker/* LocalTracker */.S(root), registry: new local_registry/* LocalRegistry */.p(root) };
}
async function openStepRegistry(context, inputs, config) {
    return (await openStepTracking(context, inputs, config)).registry;
}

// EXTERNAL MODULE: ./.cache/build/lib/steps/slo/slo-inputs.js + 1 modules
var slo_inputs = __webpack_require__(79377);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/slo/slo-step.js













/** One or more indicators missed their target; the outputs still carry every figure. */
class SloBreachedError extends user_error/* UserError */.yo {
    indicators;
    outputs;
    constructor(indicators, outputs) {
        const breached = indicators.filter((indicator) => indicator.status === "breached");
        super(`${breached.length} SLO(s) breached: ${breached.map((indicator) => `${indicator.id} ${indicator.name} ${indicator.value} (target ${indicator.target})`).join("; ")}; docs/operating.md says what to do`);
        this.indicators = indicators;
        this.outputs = outputs;
        this.name = "SloBreachedError";
    }
}
const MAX_RUNS = 5000;
function trainRecord(run) {
    const duration = Number(run.tags["trainyard.duration_seconds"]);
    return {
        runId: run.info.runId,
        status: run.info.status,
        startTime: run.info.startTime,
        ...(run.info.endTime ? { endTime: run.info.endTime } : {}),
        ...(Number.isFinite(duration) && run.tags["trainyard.duration_seconds"] !== undefined
            ? { durationSeconds: duration }
            : {}),
        cacheHit: run.tags["trainyard.cache.hit"] === "true",
    };
}
async function versionRecord(version, runs, tracker) {
    let run = version.runId ? runs.get(version.runId) : undefined;
    if (!run && version.runId)
        run = await tracker.getRun(version.runId).catch(() => undefined);
    const tags = version.tags;
    const primaryMetric = tags["trainyard.primary_metric"];
    const delta = primaryMetric ? Number(tags[`trainyard.delta.${primaryMetric}`]) : Number.NaN;
    const promotedAt = Date.parse(tags["trainyard.promoted_at"] ?? "");
    const failed = tags["trainyard.gate.failed"];
    return {
        version: version.version,
        creationTimestamp: version.creationTimestamp,
        ...(run?.info.endTime ? { runEndTime: run.info.endTime } : {}),
        ...(run ? { runStartTime: run.info.startTime } : {}),
        champion: version.aliases.includes("champion"),
        ...(Number.isFinite(promotedAt) ? { promotedAt } : {}),
        ...(tags["trainyard.previous_champion"] ? { previousChampion: tags["trainyard.previous_champion"] } : {}),
        ...(primaryMetric ? { primaryMetric } : {}),
        ...(Number.isFinite(delta) ? { primaryDelta: delta } : {}),
        ...(tags["trainyard.decision"] ? { decision: tags["trainyard.decision"] } : {}),
        gateFailed: failed && failed !== "none" ? failed.split(",") : [],
    };
}
/** The champion's training data time from its snapshot's manifest: as-of if set, else its creation. */
async function championData(context, inputs, config, champion) {
    if (!champion)
        return {};
    const id = champion.tags["trainyard.snapshot.id"];
    if (!id || !/^[0-9a-f]{16}$/.test(id))
        return { note: id ? `trained on "${id}", not a stored snapshot` : "it records no snapshot" };
    try {
        const manifest = await readManifest(await openStepStore(context, inputs, config), id);
        const asOf = manifest.asOf ? Date.parse(manifest.asOf.time) : Number.NaN;
        if (Number.isFinite(asOf))
            return { data: { time: asOf, basis: `snapshot ${id} as of ${manifest.asOf?.time}` } };
        const created = Date.parse(manifest.createdAt);
        if (!Number.isFinite(created))
            return { note: `snapshot ${id} has no readable createdAt` };
        return { data: { time: created, basis: `snapshot ${id} created ${manifest.createdAt}` } };
    }
    catch (error) {
        return { note: `snapshot ${id}'s manifest could not be read: ${error.message}` };
    }
}
/**
 * `trainyard slo`: the pipeline's indicators M1–M4 and M8–M10 from the tracker's runs and the registry's
 * versions of one model, each against its target in `slo:`; fails (exit 1) when one is breached.
 */
async function sloStep(context, inputs, dependencies = {}) {
    const config = await loadStepConfig(context, inputs);
    const model = inputs.model ?? config?.config.model;
    if (!model)
        throw new user_error/* UserError */.yo(`no model name: set model in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "model")}`);
    const slo = config?.config.slo;
    const window = inputs.window ?? slo?.window ?? "30d";
    const windowMs = (0,monitor_config/* spanMs */.J6)(window);
    if (windowMs === undefined)
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "window")} (slo.window) is "${window}": give a span such as 30d or 2w`);
    const now = dependencies.now ?? Date.now();
    const { tracker, registry } = await openStepTracking(context, inputs, config);
    const experimentId = await tracker.ensureExperiment(config?.config.experiment ?? model);
    const runs = await tracker.searchRuns({
        experimentIds: [experimentId],
        maxResults: MAX_RUNS,
        orderBy: ["attributes.start_time DESC"],
    });
    if (runs.length === MAX_RUNS)
        context.log.warning(`read the newest ${MAX_RUNS} runs only; older runs in the window are not counted`);
    const byId = new Map(runs.map((run) => [run.info.runId, run]));
    const trainRuns = runs.filter((run) => run.tags["trainyard.cache.key"] !== undefined).map(trainRecord);
    const monitorRuns = runs
        .filter((run) => run.tags["trainyard.kind"] === "monitor")
        .map((run) => ({
        startTime: run.info.startTime,
        dispatched: run.tags["trainyard.monitor.dispatched"] === "true",
        championVersion: run.tags["trainyard.monitor.champion_version"] ?? "",
    }));
    const failedValidations = runs
        .filter((run) => run.tags["trainyard.kind"] === "validation" && run.tags["trainyard.validation.passed"] === "false")
        .map((run) => run.info.startTime);
    const registered = (await registry.getRegisteredModel(model))
        ? await registry.listModelVersions(model)
        : [];
    const from = now - windowMs;
    const versions = [];
    for (const version of registered) {
        // Only versions that count in the window (and the champion, for freshness) need their run.
        const relevant = version.aliases.includes("champion") ||
            version.creationTimestamp >= from ||
            Date.parse(version.tags["trainyard.promoted_at"] ?? "") >= from;
        if (relevant)
            versions.push(await versionRecord(version, byId, tracker));
    }
    const data = await championData(context, inputs, config, registered.find((version) => version.aliases.includes("champion")));
    const indicators = computeSlos({
        trainRuns,
        versions,
        monitorRuns,
        failedValidations,
        ...(data.data ? { championData: data.data } : {}),
        ...(data.note ? { championDataNote: data.note } : {}),
    }, slo ?? {}, now, windowMs);
    await context.appendSummary(renderSloMarkdown(model, window, indicators));
    const breached = indicators.filter((indicator) => indicator.status === "breached");
    const outputs = {
        breached: [...new Set(breached.map((indicator) => indicator.id))].join(","),
        indicators: JSON.stringify(indicators),
    };
    if (inputs.badge) {
        const badgePath = (0,external_node_path_.resolve)(context.workingDirectory, inputs.badge);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(badgePath), { recursive: true });
        await (0,promises_.writeFile)(badgePath, `${JSON.stringify(sloBadge(indicators))}\n`);
        outputs["badge-path"] = badgePath;
    }
    if (breached.length > 0) {
        if (inputs["on-breach"] === "fail")
            throw new SloBreachedError(indicators, outputs);
        for (const indicator of breached)
            context.log.warning(`SLO breached: ${indicator.id} ${indicator.name} ${indicator.value} (target ${indicator.target}); docs/operating.md says what to do`, { title: `SLO ${indicator.id}` });
    }
    return outputs;
}


/***/ }),

/***/ 55439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ isTempName),
/* harmony export */   It: () => (/* binding */ writeTempBeside),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* unused harmony export tempPathBeside */
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
/* harmony export */   g: () => (/* binding */ TrackingError)
/* harmony export */ });
/* unused harmony export hasNativeLineage */
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


/***/ })

};
