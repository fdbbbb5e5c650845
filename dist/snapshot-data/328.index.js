export const id = 328;
export const ids = [328,657];
export const modules = {

/***/ 4328:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4196);
/* harmony import */ var _steps_snapshot_snapshot_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7867);
/* harmony import */ var _steps_snapshot_snapshot_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5696);



await (0,_context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runStepAction */ .u)(_steps_snapshot_snapshot_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .SNAPSHOT_INPUTS */ .T, _steps_snapshot_snapshot_step_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotStep */ .t);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatIssue */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

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

/***/ 8689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ parseContract)
/* harmony export */ });
/* unused harmony exports ContractError, serializeContract */
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

/***/ 80:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zq: () => (/* binding */ VALIDATION_CHECKS_KIND),
  nR: () => (/* binding */ VALIDATION_CHECKS_VERSION),
  C3: () => (/* binding */ validationChecksKey)
});

// UNUSED EXPORTS: parseValidationChecks, validationChecksSchema

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/contract-file.js
var contract_file = __webpack_require__(8689);
;// CONCATENATED MODULE: ./.cache/build/lib/config/contracts/validation-report.js


const VALIDATION_KIND = "trainyard.validation";
const VALIDATION_VERSION = 1;
/**
 * The schemas are built on first use, not when the module loads: building zod schemas is a measurable part
 * of a short run's start, and most runs that load this module (a snapshot, say) never parse a report.
 */
function buildSchemas() {
    const sample = z.object({ row: z.number().int(), file: z.string().optional(), value: z.string() });
    const checkResult = z.object({
        id: z.string(),
        rulePath: z.array(z.union([z.string(), z.number()])),
        column: z.string().optional(),
        status: z.enum(["pass", "fail", "skip"]),
        severity: z.enum(["error", "warn"]),
        observed: z.union([z.string(), z.number(), z.boolean(), z.null()]),
        expected: z.string(),
        message: z.string(),
        samples: z.array(sample).optional(),
        failingRows: z.number().int().optional(),
    });
    const report = z.object({
        kind: z.literal(VALIDATION_KIND),
        version: z.literal(VALIDATION_VERSION),
        snapshotId: z.string(),
        passed: z.boolean(),
        errors: z.number().int().nonnegative(),
        warnings: z.number().int().nonnegative(),
        rows: z.number().int().nonnegative(),
        checkedAt: z.string(),
        reference: z.object({ snapshotId: z.string().optional(), note: z.string() }),
        checks: z.array(checkResult),
    });
    return { checkResult, report };
}
let schemas;
function built() {
    schemas ??= buildSchemas();
    return schemas;
}
/** One check's result (also stored in the validation checks, see validation-checks.ts). */
const validation_report_checkResultSchema = () => built().checkResult;
const validationReportSchema = () => built().report;
function parseValidationReport(text, file) {
    return parseContract(validationReportSchema(), text, file, {
        kind: VALIDATION_KIND,
        version: VALIDATION_VERSION,
    });
}

;// CONCATENATED MODULE: ./.cache/build/lib/config/contracts/validation-checks.js




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
    const sample = z.object({ row: z.number().int(), file: z.string().optional(), value: z.string() });
    const columnCheckerState = z.object({
        rows: z.number().int().nonnegative(),
        nulls: z.number().int().nonnegative(),
        parsed: z.number().int().nonnegative(),
        mean: z.number(),
        m2: z.number(),
        min: z.number().nullable(),
        max: z.number().nullable(),
        violations: z.array(z.object({ count: z.number().int().nonnegative(), samples: z.array(sample) })),
    });
    return z.object({
        kind: z.literal(VALIDATION_CHECKS_KIND),
        version: z.literal(VALIDATION_CHECKS_VERSION),
        snapshotId: z.string(),
        rows: z.number().int().nonnegative(),
        /** One per column rule whose column exists, in the rules' order. */
        columns: z.array(z.object({ column: z.string(), state: columnCheckerState })),
        dataset: z.array(checkResultSchema()),
    });
}
let schema;
const validationChecksSchema = () => (schema ??= buildSchema());
function parseValidationChecks(text, file) {
    return parseContract(validationChecksSchema(), text, file, {
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
    const hash = (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(depends)).digest("hex").slice(0, 32);
    return `snapshots/${snapshotId}/checks-${hash}.json`;
}


/***/ }),

/***/ 2142:
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

/***/ 4196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ runStepAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(2845);
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
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
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
var format_progress = __webpack_require__(2142);
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
    const load = () => __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 1691));
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

/***/ 1927:
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

/***/ 2845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   NB: () => (/* binding */ inputLabel)
/* harmony export */ });
/* unused harmony exports originOf, parseBooleanInput, parseChoiceInput, parseNumberInput, inputsOf */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

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

/***/ 7867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ SNAPSHOT_INPUTS)
});

// UNUSED EXPORTS: PULL_INPUTS

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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/snapshot-inputs.js

/** snapshot-data's inputs, as `actions/snapshot-data/action.yml` declares them. */
const SNAPSHOT_INPUTS = {
    ...CONFIG_INPUT,
    source: {
        description: "The data (default: trainyard.yml's data.source)",
        cli: { placeholder: "path|glob|s3://|https://" },
    },
    format: {
        description: "The files' format (default: by extension)",
        cli: { placeholder: "csv|parquet|jsonl" },
    },
    ...STORE_INPUTS,
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
    ...DATA_ROOT_INPUT,
};
/** `trainyard snapshot pull <id>` (CLI only). */
const PULL_INPUTS = {
    ...CONFIG_INPUT,
    ...STORE_INPUTS,
    snapshot: { description: "The snapshot id", required: true, cli: { placeholder: "id" } },
    "data-dir": { description: "Destination (default: .trainyard/data/<id>)", cli: { placeholder: "dir" } },
    ...DATA_ROOT_INPUT,
};


/***/ }),

/***/ 5696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ snapshotStep)
});

// UNUSED EXPORTS: pullStep

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.cache/build/lib/context/format-progress.js
var format_progress = __webpack_require__(2142);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(2845);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./.cache/build/lib/config/config-error.js
var config_error = __webpack_require__(8697);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(5439);
// EXTERNAL MODULE: ./.cache/build/lib/store/blob-store.js
var blob_store = __webpack_require__(9546);
// EXTERNAL MODULE: ./.cache/build/lib/store/key-prefix.js
var key_prefix = __webpack_require__(8355);
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
    const { S3Store } = await Promise.all(/* import() */[__webpack_require__.e(358), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 1942));
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
const workspacePath = {
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
async function step_config_loadStepConfig(context, inputs) {
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
        const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(498)]).then(__webpack_require__.bind(__webpack_require__, 1498));
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
async function step_config_openStepStore(context, inputs, config) {
    const configured = config?.config.store;
    const input = inputs.store;
    const settings = typeof configured === "object" ? configured : undefined;
    const uri = input ?? (typeof configured === "string" ? configured : settings?.uri) ?? workspacePath.store;
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
    return (0,external_node_path_.join)(context.workingDirectory, workspacePath.data);
}
/** Where snapshots are materialised: the `data-root` input (relative to the working directory) or the default. */
function step_config_dataRootOf(context, inputs) {
    const input = inputs["data-root"];
    return input ? (0,external_node_path_.resolve)(context.workingDirectory, input) : defaultDataRoot(context);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/contract-file.js
var contract_file = __webpack_require__(8689);
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
    return (0,contract_file/* parseContract */.UA)(snapshotManifestSchema, text, file, {
        kind: SNAPSHOT_KIND,
        version: SNAPSHOT_VERSION,
    });
}
const manifestKey = (id) => `snapshots/${id}/manifest.json`;
const blobKey = (sha) => `blobs/sha256/${sha}`;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./.cache/build/lib/data/data-error.js
var data_error = __webpack_require__(3293);
// EXTERNAL MODULE: ./.cache/build/lib/data/read-text.js
var read_text = __webpack_require__(2576);
;// CONCATENATED MODULE: ./.cache/build/lib/data/hash-file.js



const READ_BYTES = 1 << 20;
/**
 * Hashes a file in one pass of 1 MiB reads; `onProgress` gets the bytes hashed so far. Two buffers take turns,
 * so the next read runs while this thread hashes the last one, and no buffer is allocated per read (a stream's
 * fresh 1 MiB chunks cost page faults and old-space GCs: ~15% of the hashing's CPU on 200 MiB).
 */
async function hashFile(path, onProgress) {
    const handle = await (0,read_text/* openForRead */.od)(path);
    const hash = (0,external_node_crypto_.createHash)("sha256");
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
        throw (0,data_error/* fileAccessError */.z9)(path, error);
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
const HASH_CACHE_FILE = ".hash-cache.json";
const HASH_CACHE_ENV = "TRAINYARD_HASH_CACHE";
const RACY_MARGIN_NS = 2000000000n;
const MAX_ENTRIES = 10_000;
const FORMAT = "trainyard.hash-cache/1";
async function identityOf(path) {
    const info = await (0,promises_.stat)(path, { bigint: true });
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
        const cache = new HashCache((0,external_node_path_.resolve)(file));
        try {
            const parsed = JSON.parse(await (0,promises_.readFile)(cache.file, "utf8"));
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
        const absolute = (0,external_node_path_.resolve)(path);
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
        const absolute = (0,external_node_path_.resolve)(path);
        const entry = this.entries.get(absolute);
        const now = await identityOf(absolute).catch(() => undefined);
        return Boolean(entry && now && entry.identity === now.key);
    }
    /** Records the hash of a file trainyard has just written itself (its content is known, not re-read). */
    async record(path, hash) {
        if (!this.file)
            return;
        const absolute = (0,external_node_path_.resolve)(path);
        const now = await identityOf(absolute).catch(() => undefined);
        if (now)
            this.put(absolute, now.key, hash);
    }
    /** Drops the entries of every file in `folder` (files deleted, e.g. by an erasure). */
    forget(folder) {
        const prefix = `${(0,external_node_path_.resolve)(folder)}${external_node_path_.sep}`;
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
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.file), { recursive: true });
        const partial = `${this.file}.${(0,external_node_crypto_.randomBytes)(6).toString("hex")}`;
        await (0,promises_.writeFile)(partial, `${JSON.stringify({ format: FORMAT, entries })}\n`);
        await (0,promises_.rename)(partial, this.file);
        this.changed = false;
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/store/parallel.js
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
async function pull_snapshot_pullSnapshot(context, store, id, destination) {
    const manifest = await readManifest(store, id);
    const cache = await HashCache.open((0,external_node_path_.join)((0,external_node_path_.dirname)(destination), HASH_CACHE_FILE));
    let bytesDownloaded = 0;
    await mapWithConcurrency(manifest.files, 4, async (file) => {
        const target = (0,external_node_path_.join)(destination, ...file.name.split("/"));
        if (await (0,promises_.stat)(target).catch(() => undefined)) {
            if ((await cache.hash(target)).sha256 === file.sha256)
                return;
        }
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        const partial = `${target}.partial-${process.pid}`;
        const progress = context.progress(`download ${file.name}`, file.bytes);
        await store.download(blobKey(file.sha256), partial, { onProgress: (bytes) => progress.update(bytes) });
        progress.finish();
        const { sha256 } = await hashFile(partial);
        if (sha256 !== file.sha256) {
            await (0,promises_.rm)(partial, { force: true });
            throw new user_error/* UserError */.yo(`${file.name}: the stored blob's SHA-256 is ${sha256}, the manifest says ${file.sha256}; the store is damaged`);
        }
        await (0,promises_.rename)(partial, target);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/validation-checks.js + 1 modules
var validation_checks = __webpack_require__(80);
// EXTERNAL MODULE: ./.cache/build/lib/steps/table-pass/data-threads.js
var data_threads = __webpack_require__(1295);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./.cache/build/lib/data/format.js
var data_format = __webpack_require__(89);
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
const loadGlob = () => Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(983)]).then(__webpack_require__.bind(__webpack_require__, 6983));
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
    const store = await openStore(spec, { env: context.env });
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
    return options.dataRoot ?? (0,external_node_path_.join)(context.workingDirectory, workspacePath.data);
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
    await mapWithConcurrency(files, 4, async (file) => {
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
    if (typeof id !== "string" || !(await options.store.exists(manifestKey(id))))
        return undefined;
    const dataDir = (0,external_node_path_.join)(snapshot_dataRootOf(context, options), id);
    const { manifest } = await context.group(`Unchanged data: reuse snapshot ${id}`, () => pull_snapshot_pullSnapshot(context, options.store, id, dataDir));
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    context.log.info(`snapshot ${id}: ${manifest.rows} rows, the same sources and settings as before; 0 bytes uploaded`);
    return {
        id,
        uri: `${options.store.uri.replace(/\/$/, "")}/${manifestKey(id)}`,
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
    const outcomes = mapWithConcurrency(toHash, concurrency, async (hashing) => {
        const { file, hash } = await hashing;
        if (settling)
            throw new Error("the snapshot stopped before this blob was stored");
        return store.putIfAbsent(blobKey(hash.sha256), { path: file.path });
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
        await mapWithConcurrency(hashed, concurrency, async ({ file, hash }) => {
            // Started on the first transferred byte, so a blob the store already has prints no progress.
            let progress;
            const outcome = await store.putIfAbsent(blobKey(hash.sha256), { path: file.path }, {
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
        kind: SNAPSHOT_KIND,
        version: SNAPSHOT_VERSION,
        id,
        createdAt: new Date().toISOString(),
        ...body,
    };
    const written = await store.putIfAbsent(manifestKey(id), {
        body: `${JSON.stringify(manifest, null, 2)}\n`,
    });
    if (written === "written")
        return { id, manifest, written: true };
    const stored = parseSnapshotManifest((await store.getBytes(manifestKey(id))).toString("utf8"), manifestKey(id));
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
        const hashCache = await HashCache.open((0,external_node_path_.join)(snapshot_dataRootOf(context, options), HASH_CACHE_FILE));
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
                const module = await Promise.all(/* import() */[__webpack_require__.e(794), __webpack_require__.e(826)]).then(__webpack_require__.bind(__webpack_require__, 3826));
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
            ? await mapWithConcurrency(prepared, 4, async (file) => ({ file, hash: await hashFile(file.path) }))
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
            uri: `${options.store.uri.replace(/\/$/, "")}/${manifestKey(id)}`,
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
        escapeMarkdown(file.name),
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
        table(["file", "role", "rows", "size", "sha256"], rows),
        "",
    ].join("\n");
}
/** `snapshot-data`: trainyard.yml's `data:` gives the defaults of its inputs; returns the action's outputs. */
async function snapshotStep(context, inputs) {
    const config = await step_config_loadStepConfig(context, inputs);
    const data = config?.config.data;
    const source = inputs.source ?? data?.source;
    if (!source)
        throw new user_error/* UserError */.yo(`no source: set ${(0,declared_inputs/* inputLabel */.NB)(inputs, "source")} or data.source in trainyard.yml`);
    const store = await step_config_openStepStore(context, inputs, config);
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
        dataRoot: step_config_dataRootOf(context, inputs),
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

/***/ 1295:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ dataThreads),
/* harmony export */   X: () => (/* binding */ DATA_THREADS_ENV),
/* harmony export */   rV: () => (/* binding */ PARALLEL_MIN_BYTES),
/* harmony export */   wT: () => (/* binding */ PARQUET_PARALLEL_MIN_BYTES)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/** How many threads a table pass reads with: a module of its own, so that deciding loads no reader. */

/** Environment variable: threads reading a table's parts; 1 = never use workers, whatever the size. */
const DATA_THREADS_ENV = "TRAINYARD_DATA_THREADS";
/**
 * Below this many bytes of input, one thread reads everything by default: a worker costs ~0.1–0.2 s to
 * start from a bundle (it evaluates the bundle's modules up to this one) and parts are 16 MiB, so smaller
 * inputs have at most a couple of parts to share. Measured: see bench/README.md.
 */
const PARALLEL_MIN_BYTES = 24 * 1024 * 1024;
/**
 * {@link PARALLEL_MIN_BYTES} for input that is all Parquet: its bytes are compressed, so a part (16 MiB,
 * about 4 row groups of 65,536 rows × 20 columns) is ~3× a CSV part's rows, and a file under this size has
 * too few parts for a worker to pay off. Measured on a 2-vCPU machine (bench/validate.mjs data, 1M rows,
 * 73 MiB, 4 parts): 1 thread 1.33–1.40 s wall and 1.7–1.8 s CPU, 2 threads 1.48–1.55 s and 2.5–2.6 s; at
 * 5M rows (364 MiB) 2 threads are faster.
 */
const PARQUET_PARALLEL_MIN_BYTES = 128 * 1024 * 1024;
/** Threads for a pass over `bytes` of input: `requested`, else TRAINYARD_DATA_THREADS, else
 * os.availableParallelism() from `minBytes` (default PARALLEL_MIN_BYTES) on and 1 below. */
function dataThreads(bytes, requested, minBytes = PARALLEL_MIN_BYTES) {
    if (requested !== undefined)
        return Math.max(1, Math.floor(requested));
    const fromEnv = Number(process.env[DATA_THREADS_ENV] ?? Number.NaN);
    if (Number.isInteger(fromEnv) && fromEnv >= 1)
        return fromEnv;
    return bytes >= minBytes ? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() : 1;
}


/***/ }),

/***/ 5439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ isTempName),
/* harmony export */   It: () => (/* binding */ writeTempBeside),
/* harmony export */   gi: () => (/* binding */ tempPathBeside),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6466);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1927);






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

/***/ 9546:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ BlobNotFoundError),
/* harmony export */   Mw: () => (/* binding */ assertValidKey),
/* harmony export */   jo: () => (/* binding */ InvalidKeyError)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

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

/***/ 8355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ compareKeys),
/* harmony export */   x: () => (/* binding */ assertValidPrefix)
/* harmony export */ });
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9546);

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


/***/ })

};
