export const id = 328;
export const ids = [328];
export const modules = {

/***/ 4328:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4196);
/* harmony import */ var _steps_snapshot_snapshot_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7867);
/* harmony import */ var _steps_snapshot_snapshot_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7297);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_steps_snapshot_snapshot_step_js__WEBPACK_IMPORTED_MODULE_2__]);
_steps_snapshot_snapshot_step_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



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

/***/ 7352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ SNAPSHOT_VERSION),
/* harmony export */   Rn: () => (/* binding */ manifestKey),
/* harmony export */   _2: () => (/* binding */ SNAPSHOT_KIND),
/* harmony export */   bd: () => (/* binding */ blobKey),
/* harmony export */   dE: () => (/* binding */ parseSnapshotManifest)
/* harmony export */ });
/* unused harmony exports snapshotFileSchema, columnProfileSchema, snapshotManifestSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);


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

/***/ 7149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lL: () => (/* binding */ HASH_CACHE_FILE),
/* harmony export */   rR: () => (/* binding */ HashCache)
/* harmony export */ });
/* unused harmony exports HASH_CACHE_ENV, RACY_MARGIN_NS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3293);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2576);



/** Hashes a file in one streamed pass with 1 MiB reads; `onProgress` gets the bytes hashed so far. */
async function hashFile(path, onProgress) {
    const handle = await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_2__/* .openForRead */ .od)(path);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    let bytes = 0;
    onProgress?.(0);
    const stream = handle.createReadStream({ highWaterMark: 1 << 20 });
    try {
        for await (const chunk of stream) {
            hash.update(chunk);
            bytes += chunk.byteLength;
            onProgress?.(bytes);
        }
    }
    catch (error) {
        throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_1__/* .fileAccessError */ .z9)(path, error);
    }
    finally {
        stream.destroy();
    }
    return { sha256: hash.digest("hex"), bytes };
}


/***/ }),

/***/ 4935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readSchema),
/* harmony export */   x: () => (/* binding */ readTable)
/* harmony export */ });
/* harmony import */ var _read_csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3027);
/* harmony import */ var _read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3801);
/* harmony import */ var _row_batch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(109);



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
            return Promise.all(/* import() */[__webpack_require__.e(649), __webpack_require__.e(149), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 6919)).then(({ readParquetColumns }) => readParquetColumns(path));
    }
}
/** The Parquet reader (and hyparquet) is loaded when a Parquet file is read, not with this module. */
async function* readParquetLazily(path, batchSize) {
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(649), __webpack_require__.e(149), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 6919));
    yield* readParquet(path, batchSize);
}


/***/ }),

/***/ 141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ openTableWriter)
});

// UNUSED EXPORTS: DEFAULT_ROW_GROUP_SIZE

;// CONCATENATED MODULE: ./.cache/build/lib/data/encode-text.js
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(5439);
;// CONCATENATED MODULE: ./.cache/build/lib/data/file-sink.js







/**
 * Bytes on their way to `path`: written to a temporary file beside it (gzipped when asked), flushed to disk,
 * and renamed into place only by `commit`, so a crash or an error never leaves a partial file under the
 * final name.
 */
class FileSink {
    path;
    temp;
    file;
    gzip;
    failure;
    settled = false;
    constructor(path, temp, file, gzip) {
        this.path = path;
        this.temp = temp;
        this.file = file;
        this.gzip = gzip;
        const remember = (error) => {
            this.failure ??= error;
        };
        file.on("error", remember);
        gzip?.on("error", remember);
    }
    static async open(path, options = {}) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const temp = (0,atomic_file/* tempPathBeside */.gi)(path);
        const file = (0,external_node_fs_.createWriteStream)(temp, { flags: "wx", flush: true, highWaterMark: 1 << 20 });
        // Surface a failure to create the file (permissions, a full disk) here rather than at the first write.
        await new Promise((resolve, reject) => {
            file.once("ready", () => resolve());
            file.once("error", reject);
        });
        const gzip = options.gzip ? (0,external_node_zlib_.createGzip)() : undefined;
        if (gzip) {
            (0,external_node_stream_.pipeline)(gzip, file, () => {
                // Errors reach the "error" listeners in the constructor.
            });
        }
        return new FileSink(path, temp, file, gzip);
    }
    get head() {
        return this.gzip ?? this.file;
    }
    async write(chunk) {
        this.ensureOpen();
        this.throwIfFailed();
        if (this.head.write(chunk))
            return;
        await new Promise((resolve, reject) => {
            const done = (error) => {
                this.head.off("drain", done);
                this.head.off("error", done);
                if (error === undefined)
                    resolve();
                else
                    reject(error);
            };
            this.head.on("drain", done);
            this.head.on("error", done);
        });
        this.throwIfFailed();
    }
    /** Finishes the file and moves it to its final name; returns its size in bytes. */
    async commit() {
        this.ensureOpen();
        this.settled = true;
        try {
            this.throwIfFailed();
            this.head.end();
            await (0,external_node_stream_promises_.finished)(this.file);
            this.throwIfFailed();
            const { size } = await (0,promises_.stat)(this.temp);
            await (0,promises_.rename)(this.temp, this.path);
            return size;
        }
        catch (error) {
            await this.discard();
            throw error;
        }
    }
    /** Drops everything written so far; safe to call more than once and after a failed commit. */
    async abort() {
        this.settled = true;
        await this.discard();
    }
    get closed() {
        return this.settled;
    }
    async discard() {
        this.gzip?.destroy();
        this.file.destroy();
        await (0,external_node_stream_promises_.finished)(this.file).catch(() => undefined);
        await (0,promises_.rm)(this.temp, { force: true });
    }
    ensureOpen() {
        if (this.settled)
            throw new Error(`${this.path}: the writer is already closed`);
    }
    throwIfFailed() {
        if (this.failure !== undefined)
            throw this.failure;
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/data/format.js
var data_format = __webpack_require__(89);
;// CONCATENATED MODULE: ./.cache/build/lib/data/write-table.js



const TEXT_FLUSH_CHARS = 1 << 20;
/** Rows per Parquet row group unless `rowGroupSize` says otherwise. */
const DEFAULT_ROW_GROUP_SIZE = 65_536;
/**
 * Opens a streaming writer for a CSV (RFC 4180 quoting, null as an empty field), JSON Lines or Parquet
 * file. CSV and JSON Lines are gzipped when the path ends in .gz. The data goes to a temporary file beside
 * `path` that `close` renames into place, so a crash never leaves a half-written file under the final name.
 */
async function openTableWriter(path, format, columns, options = {}) {
    if (columns.length === 0)
        throw new Error(`${path}: a table needs at least one column`);
    if (new Set(columns).size !== columns.length)
        throw new Error(`${path}: the column names are not unique`);
    const rowGroupSize = options.rowGroupSize ?? DEFAULT_ROW_GROUP_SIZE;
    if (!Number.isInteger(rowGroupSize) || rowGroupSize < 1) {
        throw new RangeError(`rowGroupSize must be a positive integer, got ${rowGroupSize}`);
    }
    if (format === "parquet" && (0,data_format/* isGzipped */.WV)(path))
        throw new Error(`${path}: Parquet files cannot be gzipped`);
    // The Parquet writer (and hyparquet-writer) is loaded only to write a Parquet file.
    const parquet = format === "parquet" ? await Promise.all(/* import() */[__webpack_require__.e(649), __webpack_require__.e(640), __webpack_require__.e(310)]).then(__webpack_require__.bind(__webpack_require__, 4310)) : undefined;
    const sink = await FileSink.open(path, { gzip: format !== "parquet" && (0,data_format/* isGzipped */.WV)(path) });
    if (parquet) {
        return guard(sink, columns.length, new parquet.ParquetTableWriter(sink, columns, options.columnKinds, rowGroupSize));
    }
    const encode = format === "csv" ? csvLine : jsonLineEncoder(columns);
    return guard(sink, columns.length, new TextTableWriter(sink, encode, format === "csv" ? csvLine(columns) : ""));
}
class TextTableWriter {
    sink;
    encode;
    rows = 0;
    pending = [];
    pendingChars = 0;
    constructor(sink, encode, header) {
        this.sink = sink;
        this.encode = encode;
        if (header !== "")
            this.push(header);
    }
    async writeRows(rows) {
        const lines = new Array(rows.length);
        for (let i = 0; i < rows.length; i++)
            lines[i] = this.encode(rows[i]);
        this.rows += rows.length;
        this.push(lines.join(""));
        if (this.pendingChars >= TEXT_FLUSH_CHARS)
            await this.flush();
    }
    async finish() {
        await this.flush();
    }
    push(text) {
        this.pending.push(text);
        this.pendingChars += text.length;
    }
    async flush() {
        if (this.pending.length === 0)
            return;
        const text = this.pending.join("");
        this.pending = [];
        this.pendingChars = 0;
        await this.sink.write(text);
    }
}
/** Checks row widths and makes sure a failure discards the temporary file. */
function guard(sink, width, rows) {
    const failed = async (error) => {
        await sink.abort();
        throw error;
    };
    return {
        path: sink.path,
        async writeRows(batch) {
            for (let i = 0; i < batch.length; i++) {
                const length = batch[i]?.length;
                if (length !== width) {
                    await failed(new Error(`${sink.path}: row ${rows.rows + i + 1} has ${length} values for ${width} columns`));
                }
            }
            await rows.writeRows(batch).catch(failed);
        },
        async close() {
            await rows.finish().catch(failed);
            const bytes = await sink.commit();
            return { rows: rows.rows, bytes };
        },
        async abort() {
            if (!sink.closed)
                await sink.abort();
        },
    };
}


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

/***/ 5721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony exports cell, details, code, codeCell */
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

/***/ 8784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ fetchSources)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./.cache/build/lib/data/data-error.js
var data_error = __webpack_require__(3293);
// EXTERNAL MODULE: ./.cache/build/lib/data/format.js
var data_format = __webpack_require__(89);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(5439);
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

// EXTERNAL MODULE: ./.cache/build/lib/store/open-store.js + 1 modules
var open_store = __webpack_require__(6997);
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


/***/ }),

/***/ 30:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y2: () => (/* binding */ pullSnapshot)
/* harmony export */ });
/* unused harmony exports SnapshotNotFoundError, readManifest, snapshotFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7352);
/* harmony import */ var _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7149);
/* harmony import */ var _data_hash_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6217);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1927);
/* harmony import */ var _store_blob_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9546);
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
    const path = (name) => (name ? join(dataDir, ...name.split("/")) : undefined);
    return {
        train: path(find("train")?.name),
        test: path(find("test")?.name),
        data: manifest.files.filter((file) => file.role === "data").map((file) => path(file.name)),
    };
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

/***/ 7297:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ snapshotStep)
/* harmony export */ });
/* unused harmony export pullStep */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2142);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2845);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5721);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7945);
/* harmony import */ var _pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1578);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_snapshot_js__WEBPACK_IMPORTED_MODULE_5__]);
_snapshot_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];








function summary(result) {
    const { manifest } = result;
    const rows = manifest.files.map((file) => [
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(file.name),
        file.role,
        String(file.rows),
        (0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(file.bytes),
        `\`${file.sha256.slice(0, 12)}\``,
    ]);
    const split = manifest.split
        ? `, split ${manifest.split.strategy}: ${manifest.split.trainRows} train / ${manifest.split.testRows} test`
        : "";
    return [
        `### Snapshot \`${result.id}\`${result.created ? "" : " (unchanged data: reused)"}`,
        "",
        `${manifest.rows} rows × ${manifest.columns.length} columns${split}; uploaded ${(0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(result.bytesUploaded)}, reused ${(0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(result.bytesReused)}.`,
        "",
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(["file", "role", "rows", "size", "sha256"], rows),
        "",
    ].join("\n");
}
/** `snapshot-data`: trainyard.yml's `data:` gives the defaults of its inputs; returns the action's outputs. */
async function snapshotStep(context, inputs) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadStepConfig */ .hs)(context, inputs);
    const data = config?.config.data;
    const source = inputs.source ?? data?.source;
    if (!source)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no source: set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputLabel */ .NB)(inputs, "source")} or data.source in trainyard.yml`);
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .openStepStore */ .cl)(context, inputs, config);
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
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`as-of needs the time column: set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputLabel */ .NB)(inputs, "as-of-column")} or data.as_of.column`);
    const format = inputs.format ?? data?.format;
    const result = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_5__/* .snapshot */ .P9)(context, {
        source,
        store,
        ...(format ? { format } : {}),
        ...(split ? { split } : {}),
        ...(asOfTime && asOfColumn ? { asOf: { time: asOfTime, column: asOfColumn } } : {}),
        dataRoot: (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .dataRootOf */ .y4)(context, inputs),
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

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1578:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ snapshot)
/* harmony export */ });
/* unused harmony exports TableProfiler, storeBlobs, publishManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7352);
/* harmony import */ var _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80);
/* harmony import */ var _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3293);
/* harmony import */ var _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7149);
/* harmony import */ var _data_hash_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6217);
/* harmony import */ var _data_read_table_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4935);
/* harmony import */ var _data_write_table_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(141);
/* harmony import */ var _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(507);
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(6170);
/* harmony import */ var _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4794);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9347);
/* harmony import */ var _fetch_sources_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8784);
/* harmony import */ var _pull_snapshot_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(30);
/* harmony import */ var _split_rows_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(1037);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__]);
_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


















function dataRootOf(context, options) {
    return options.dataRoot ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(context.workingDirectory, _workspace_paths_js__WEBPACK_IMPORTED_MODULE_13__/* .workspacePath */ .X.data);
}
const extension = { csv: "csv", parquet: "parquet", jsonl: "jsonl" };
/** One profiler per column, fed whole rows. */
class TableProfiler {
    columns;
    constructor(names) {
        this.columns = names.map((name) => new _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_11__/* .ColumnProfiler */ .kW(name));
    }
    observe(row) {
        for (let i = 0; i < this.columns.length; i++)
            this.columns[i]?.add(row[i]);
    }
    profiles() {
        return this.columns.map((column) => column.profile());
    }
}
async function checkSameColumns(files) {
    let first;
    for (const file of files) {
        const columns = await (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_9__/* .readSchema */ .G)(file.path, file.format);
        if (!first) {
            first = { file, columns };
            continue;
        }
        if (columns.join("\u0000") !== first.columns.join("\u0000")) {
            throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL({ file: file.name }, `has columns [${columns.join(", ")}] but ${first.file.name} has [${first.columns.join(", ")}]; every file of a snapshot needs the same columns in the same order`);
        }
    }
    if (!first)
        throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL({ file: "source" }, "has no files");
    const formats = new Set(files.map((file) => file.format));
    if (formats.size > 1)
        throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL({ file: files[0]?.name ?? "source" }, `mixes formats (${[...formats].join(", ")}); use one format per snapshot`);
    return first.columns;
}
/** One streaming pass: as-of filter, split into train/test files in the source's format, and profile. */
async function splitAndProfile(files, columns, format, outDir, options, profiler) {
    const keep = options.asOf ? (0,_split_rows_js__WEBPACK_IMPORTED_MODULE_16__/* .makeAsOfFilter */ .K2)(options.asOf, columns) : () => true;
    const splitter = options.split ? (0,_split_rows_js__WEBPACK_IMPORTED_MODULE_16__/* .makeSplitter */ .Ml)(options.split, columns) : undefined;
    const names = splitter ? ["train", "test"] : ["data"];
    const writers = new Map();
    for (const role of names) {
        writers.set(role, await (0,_data_write_table_js__WEBPACK_IMPORTED_MODULE_10__/* .openTableWriter */ .o)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(outDir, `${role}.${extension[format]}`), format, columns));
    }
    const sides = { train: 0, test: 0 };
    let rows = 0;
    let dropped = 0;
    try {
        for (const file of files) {
            for await (const batch of (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_9__/* .readTable */ .x)(file.path, format)) {
                const out = { train: [], test: [], data: [] };
                batch.rows.forEach((row, offset) => {
                    if (!keep(row)) {
                        dropped++;
                        return;
                    }
                    rows++;
                    profiler.observe(row);
                    const role = splitter ? splitter(row, `${file.name} row ${batch.firstRowNumber + offset}`) : "data";
                    if (role !== "data")
                        sides[role]++;
                    out[role]?.push(row);
                });
                for (const [role, writer] of writers) {
                    const chunk = out[role];
                    if (chunk && chunk.length > 0)
                        await writer.writeRows(chunk);
                }
            }
        }
        const prepared = [];
        for (const [role, writer] of writers) {
            const closed = await writer.close();
            prepared.push({
                path: writer.path,
                name: `${role}.${extension[format]}`,
                role: role,
                rows: closed.rows,
            });
        }
        return { prepared, rows, dropped, sides };
    }
    catch (error) {
        await Promise.all([...writers.values()].map((writer) => writer.abort()));
        throw error;
    }
}
/** Profiles unsplit files without rewriting them (they are stored byte for byte), on every core. */
function profileOnly(files, columns, bytes, options, overlap = {}) {
    return (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__.runTablePass)(files.map((file) => ({ path: file.path, name: file.name, format: file.format, role: "data" })), { columns, profile: true, ...(options.rules ? { rules: options.rules } : {}), now: Date.now() }, {
        threads: (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__.dataThreads)(bytes, options.threads),
        ...(options.partBytes ? { partBytes: options.partBytes } : {}),
        ...overlap,
    }).then((pass) => ({
        prepared: files.map((file, index) => ({
            path: file.path,
            name: file.name,
            role: "data",
            rows: pass.fileRows[index] ?? 0,
        })),
        profiles: pass.profiles ?? [],
        pass,
    }));
}
/** The pass's checks as they are stored for validate-data (see validation-checks.ts). */
function storedChecks(snapshotId, pass) {
    return {
        kind: _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .VALIDATION_CHECKS_KIND */ .Zq,
        version: _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .VALIDATION_CHECKS_VERSION */ .nR,
        snapshotId,
        rows: pass.rows,
        columns: (pass.columnCheckers ?? []).map((checker) => ({
            column: checker.column,
            state: checker.toJSON(),
        })),
        dataset: pass.dataset?.results() ?? [],
    };
}
function snapshotId(body) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16);
}
/**
 * Puts the snapshot's files in `dataDir`. Files trainyard wrote itself (the split) are moved there; the user's
 * own source files are copied, never linked, so editing a source later cannot change a snapshot.
 */
async function materialise(files, dataDir, cache) {
    for (const file of files) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataDir, ...file.name.split("/"));
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target).catch(() => undefined))
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target, ".."), { recursive: true });
        if (file.staged) {
            // copied into the data root while the rows were read (see copyIntoDataRoot)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file.staged.path, target);
            if (file.staged.asHashed)
                await cache.record(target, file.hash);
            continue;
        }
        const partial = `${target}.partial-${process.pid}`;
        const moved = file.owned &&
            (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file.path, partial).then(() => true, () => false));
        // A copy holds the hashed bytes only if the source did not change from its hashing to the copy's end.
        const sourceAsHashed = moved || (await cache.unchanged(file.path));
        if (!moved)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(file.path, partial);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(partial, target);
        if (moved || (sourceAsHashed && (await cache.unchanged(file.path))))
            await cache.record(target, file.hash);
    }
}
/**
 * Whether the store writes to this machine's disk. Its copies and fsyncs, like those of the data-root copy,
 * each hold one of libuv's four threads for as long as they run (an fsync of 50 MiB takes ~0.1 s); while the
 * rows are read, more than one at a time each leaves the pass's reads queued behind them (measured: both
 * threads idle for ~0.4 s of a 200 MiB snapshot's 1.9 s). So during the pass they run one file at a time.
 */
function isLocalStore(store) {
    return store.uri.startsWith("file:");
}
/**
 * Copies the source files into a staging folder of the data root (the same file system as the snapshot's
 * folder, so `materialise` only renames them), to run while the rows are read: the copies are kernel work
 * and disk writes, which overlap the pass's parsing instead of following it. One file at a time: see
 * {@link isLocalStore}.
 */
async function copyIntoDataRoot(files, stagingDir, cache) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(stagingDir, { recursive: true });
    return (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_17__/* .mapWithConcurrency */ .W)(files, 1, async (file, index) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stagingDir, String(index));
        const before = await cache.unchanged(file.path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(file.path, path);
        return { path, asHashed: before && (await cache.unchanged(file.path)) };
    });
}
/** The key of what a snapshot is made from: the sources' hashes and the split and as-of settings. */
function recipeKey(format, sources, options) {
    const recipe = { recipe: 1, format, sources, split: options.split ?? null, asOf: options.asOf ?? null };
    return `recipes/${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(recipe)).digest("hex")}.json`;
}
/** An earlier snapshot of exactly these sources with these settings, materialised again without re-reading. */
async function reuseEarlierSnapshot(context, options, recipe) {
    if (!(await options.store.exists(recipe)))
        return undefined;
    const { id } = JSON.parse((await options.store.getBytes(recipe)).toString("utf8"));
    if (typeof id !== "string" || !(await options.store.exists((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id))))
        return undefined;
    const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRootOf(context, options), id);
    const { manifest } = await context.group(`Unchanged data: reuse snapshot ${id}`, () => (0,_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_15__/* .pullSnapshot */ .Y2)(context, options.store, id, dataDir));
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    context.log.info(`snapshot ${id}: ${manifest.rows} rows, the same sources and settings as before; 0 bytes uploaded`);
    return {
        id,
        uri: `${options.store.uri.replace(/\/$/, "")}/${(0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id)}`,
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
 * surfaces in `report`, or is dropped by `settle` when the snapshot fails for another reason first.
 */
function storeBlobsInBackground(store, hashed, concurrency) {
    const outcomes = (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_17__/* .mapWithConcurrency */ .W)(hashed, concurrency, ({ file, hash }) => store.putIfAbsent((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .blobKey */ .bd)(hash.sha256), { path: file.path }));
    // Observed at once, so a failure while the pass still runs is never an unhandled rejection.
    const settled = outcomes.then(() => undefined, () => undefined);
    return {
        report: (context) => context.group(`Store blobs in ${store.uri}`, async () => {
            let bytesUploaded = 0;
            let bytesReused = 0;
            const done = await outcomes;
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
        settle: () => settled,
    };
}
/** Uploads each file as a content-addressed blob, only where the store lacks it. */
async function storeBlobs(context, store, hashed, concurrency) {
    let bytesUploaded = 0;
    let bytesReused = 0;
    await context.group(`Store blobs in ${store.uri}`, async () => {
        await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_17__/* .mapWithConcurrency */ .W)(hashed, concurrency, async ({ file, hash }) => {
            // Started on the first transferred byte, so a blob the store already has prints no progress.
            let progress;
            const outcome = await store.putIfAbsent((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .blobKey */ .bd)(hash.sha256), { path: file.path }, {
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
        kind: _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SNAPSHOT_KIND */ ._2,
        version: _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .SNAPSHOT_VERSION */ .CJ,
        id,
        createdAt: new Date().toISOString(),
        ...body,
    };
    const written = await store.putIfAbsent((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id), {
        body: `${JSON.stringify(manifest, null, 2)}\n`,
    });
    if (written === "written")
        return { id, manifest, written: true };
    const stored = (0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSnapshotManifest */ .dE)((await store.getBytes((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id))).toString("utf8"), (0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id));
    return { id, manifest: stored, written: false };
}
/**
 * Takes an immutable, content-addressed snapshot of the source: blobs first (only those the store lacks), the
 * manifest last, so an interrupted snapshot leaves no manifest and the next run resumes where it stopped.
 */
async function snapshot(context, options) {
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "trainyard-snapshot-"));
    // Unsplit sources are stored byte for byte: their blobs and their copies in the data root do not depend on
    // the rows, so they are written while the rows are read and profiled (on another core's time: copying is
    // the kernel's work, and syncing waits for the disk).
    const stagingDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRootOf(context, options), `.staging-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString("hex")}`);
    let early;
    try {
        const sources = await context.group("Read the source", async () => {
            const files = await (0,_fetch_sources_js__WEBPACK_IMPORTED_MODULE_14__/* .fetchSources */ .d)(context, options.source, staging, options.format);
            context.log.info(`${files.length} file(s): ${files.map((file) => file.name).join(", ")}`);
            return files;
        });
        const columns = await checkSameColumns(sources);
        const format = sources[0]?.format ?? "csv";
        const hashCache = await _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .HashCache */ .rR.open((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRootOf(context, options), _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .HASH_CACHE_FILE */ .lL));
        const transform = Boolean(options.split || options.asOf);
        const onRecord = await Promise.all(sources.map((file) => hashCache.unchanged(file.path)));
        const hashing = (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_17__/* .mapWithConcurrency */ .W)(sources, 4, async (file) => ({
            file,
            hash: await hashCache.hash(file.path),
        }));
        // Sources with no hash on record are most likely new: when the rows are read on several threads, the
        // workers read and profile them while this thread hashes (it joins the reading after). Should the hashes
        // name a snapshot made before, the pass is stopped and that snapshot reused.
        let overlapped;
        if (!transform && !onRecord.every(Boolean)) {
            const sizes = await Promise.all(sources.map((file) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file.path).then((info) => info.size)));
            const bytes = sizes.reduce((sum, size) => sum + size, 0);
            if ((0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__.dataThreads)(bytes, options.threads) > 1) {
                const stop = new AbortController();
                const profiled = profileOnly(sources, columns, bytes, options, {
                    hereAfter: hashing,
                    signal: stop.signal,
                });
                profiled.catch(() => undefined); // awaited below; observed now so that an early failure is not unhandled
                overlapped = { profiled, stop };
            }
        }
        const stopPass = async (reason) => {
            if (!overlapped)
                return;
            overlapped.stop.abort(reason);
            await overlapped.profiled.catch(() => undefined);
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
        const sourceBytes = sourceHashes.reduce((sum, { hash }) => sum + hash.bytes, 0);
        if (!transform) {
            const copies = copyIntoDataRoot(sources, stagingDir, hashCache);
            copies.catch(() => undefined); // awaited below; observed now so that an early failure is not unhandled
            early = {
                blobs: storeBlobsInBackground(options.store, sourceHashes.map(({ file, hash }) => ({ file: { path: file.path, name: file.name }, hash })), isLocalStore(options.store) ? 1 : (options.concurrency ?? 4)),
                copies,
            };
        }
        const { prepared, dropped, sides, profiles, pass } = await context.group(transform ? "Split and profile" : "Profile", async () => {
            if (transform) {
                const profiler = new TableProfiler(columns);
                const split = await splitAndProfile(sources, columns, format, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, "out"), options, profiler);
                return { ...split, profiles: profiler.profiles(), pass: undefined };
            }
            const profiled = await (overlapped?.profiled ?? profileOnly(sources, columns, sourceBytes, options));
            context.log.info((0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__.passSummary)(profiled.pass));
            return { ...profiled, dropped: 0, sides: { train: 0, test: 0 } };
        });
        const rows = prepared.reduce((sum, file) => sum + file.rows, 0);
        if (rows === 0) {
            throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_6__/* .DataError */ .fL({ file: sources[0]?.name ?? options.source }, dropped > 0 ? `has no rows at or before as-of ${options.asOf?.time}` : "has a header but no rows");
        }
        const hashed = transform
            ? await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_17__/* .mapWithConcurrency */ .W)(prepared, 4, async (file) => ({ file, hash: await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_8__/* .hashFile */ .D)(file.path) }))
            : sourceHashes.map(({ hash }, index) => ({ file: prepared[index], hash }));
        const { bytesUploaded, bytesReused } = early
            ? await early.blobs.report(context)
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
        const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRootOf(context, options), id);
        if (pass?.columnCheckers && options.rules) {
            // validate-data on this snapshot reads these instead of the rows (see validation-checks.ts)
            await options.store.putIfAbsent((0,_config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .validationChecksKey */ .C3)(id, options.rules, _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_12__.PASS_LAYOUT), {
                body: `${JSON.stringify(storedChecks(id, pass), null, 2)}\n`,
            });
        }
        await options.store.putIfAbsent(recipe, { body: `${JSON.stringify({ id })}\n` });
        const staged = early ? await early.copies : undefined;
        await materialise(hashed.map(({ file, hash }, index) => ({
            ...file,
            hash,
            owned: transform,
            ...(staged ? { staged: staged[index] } : {}),
        })), dataDir, hashCache);
        await hashCache.save();
        context.log.info(`snapshot ${id}: ${rows} rows, ${bytesUploaded} bytes uploaded, ${bytesReused} reused`);
        return {
            id,
            uri: `${options.store.uri.replace(/\/$/, "")}/${(0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestKey */ .Rn)(id)}`,
            dataDir,
            rows,
            bytesUploaded,
            bytesReused,
            manifest: stored,
            created: written,
        };
    }
    finally {
        if (early) {
            await early.blobs.settle();
            await early.copies.catch(() => undefined);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(stagingDir, { recursive: true, force: true });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K2: () => (/* binding */ makeAsOfFilter),
  Ml: () => (/* binding */ makeSplitter)
});

// UNUSED EXPORTS: SplitError

// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/fast-hash.js
/**
 * cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). Used for exact-enough membership sets
 * (uniqueness, leakage) where a cryptographic hash per row would dominate the pass; 53 bits keep the chance
 * of a false collision below one in a billion for ten million keys.
 */
function hash53(text, seed = 0) {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
/** Joins values into one key with a separator that cannot be confused with the values' own text. */
function compositeKey(values) {
    return values
        .map((value) => (value === null || value === undefined ? "\u0000" : String(value)))
        .join("\u001f");
}

;// CONCATENATED MODULE: ./.cache/build/lib/stats/hash-split.js
/**
 * Deterministic train/test assignment from a key. The bucket is MurmurHash3 (x86, 32-bit) of the key's
 * UTF-8 bytes divided by 2^32, so other tools can reproduce a split: in Python,
 * `mmh3.hash(key, seed, signed=False) / 2**32`.
 */
const encoder = new TextEncoder();
let scratch = new Uint8Array(256);
function mixBlock(h, block) {
    let k = Math.imul(block, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    return (Math.imul(h, 5) + 0xe6546b64) | 0;
}
function finish(h, tail, tailBytes, length) {
    if (tailBytes > 0) {
        let k = Math.imul(tail, 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        h ^= Math.imul(k, 0x1b873593);
    }
    h ^= length;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** MurmurHash3 x86 32-bit of bytes. */
function murmur3Bytes(bytes, seed, length = bytes.length) {
    let h = seed | 0;
    const blocks = length & ~3;
    for (let i = 0; i < blocks; i += 4) {
        h = mixBlock(h, bytes[i] |
            (bytes[i + 1] << 8) |
            (bytes[i + 2] << 16) |
            (bytes[i + 3] << 24));
    }
    let tail = 0;
    for (let i = length - 1; i >= blocks; i--)
        tail = (tail << 8) | bytes[i];
    return finish(h, tail, length - blocks, length);
}
/** MurmurHash3 x86 32-bit of a string's UTF-8 bytes; ASCII keys are hashed without encoding them. */
function murmur3(key, seed) {
    const n = key.length;
    let h = seed | 0;
    let i = 0;
    for (; i + 4 <= n; i += 4) {
        const c0 = key.charCodeAt(i);
        const c1 = key.charCodeAt(i + 1);
        const c2 = key.charCodeAt(i + 2);
        const c3 = key.charCodeAt(i + 3);
        if ((c0 | c1 | c2 | c3) >= 0x80)
            return murmur3Encoded(key, seed);
        h = mixBlock(h, c0 | (c1 << 8) | (c2 << 16) | (c3 << 24));
    }
    let tail = 0;
    for (let j = n - 1; j >= i; j--) {
        const c = key.charCodeAt(j);
        if (c >= 0x80)
            return murmur3Encoded(key, seed);
        tail = (tail << 8) | c;
    }
    return finish(h, tail, n - i, n);
}
function murmur3Encoded(key, seed) {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit; the scratch buffer is reused across calls.
    if (scratch.length < key.length * 3)
        scratch = new Uint8Array(key.length * 3);
    const { written } = encoder.encodeInto(key, scratch);
    return murmur3Bytes(scratch, seed, written);
}
function checkSeed(seed) {
    if (!Number.isInteger(seed))
        throw new RangeError(`seed must be a whole number, got ${seed}`);
}
/** A number in [0, 1) fixed by the key and seed; uniformly spread over keys. Seeds are taken modulo 2^32. */
function splitBucket(key, seed) {
    checkSeed(seed);
    return murmur3(key, seed) / 4294967296;
}
/** Whether the key falls in the test share: its bucket is below `testFraction` (in [0, 1]). */
function isTest(key, seed, testFraction) {
    if (!(testFraction >= 0 && testFraction <= 1))
        throw new RangeError(`testFraction must be in [0, 1], got ${testFraction}`);
    return splitBucket(key, seed) < testFraction;
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/split-rows.js



function parseTime(value) {
    if (value instanceof Date)
        return value.getTime();
    if (typeof value === "number")
        return value;
    if (typeof value === "string" && value.trim() !== "") {
        const time = Date.parse(value.trim());
        return Number.isNaN(time) ? undefined : time;
    }
    return undefined;
}
class SplitError extends user_error/* UserError */.yo {
    constructor(message) {
        super(message);
        this.name = "SplitError";
    }
}
/**
 * Decides the side of each row, deterministically: `random` hashes the whole row with the seed (so identical
 * rows always land together), `group` hashes the key column (an entity stays on one side, across snapshots
 * too), `time` compares the time column with the cut-off.
 */
function makeSplitter(spec, columns) {
    if (!(spec.testFraction > 0 && spec.testFraction < 1) && spec.strategy !== "time") {
        throw new SplitError(`split.test_fraction must be between 0 and 1, got ${spec.testFraction}`);
    }
    const columnIndex = (name, what) => {
        if (!name)
            throw new SplitError(`a ${spec.strategy} split needs ${what}`);
        const index = columns.indexOf(name);
        if (index < 0)
            throw new SplitError(`split column "${name}" is not in the data (columns: ${columns.join(", ")})`);
        return index;
    };
    switch (spec.strategy) {
        case "random":
            return (row) => (isTest(compositeKey(row), spec.seed, spec.testFraction) ? "test" : "train");
        case "group": {
            const index = columnIndex(spec.key, "split.key");
            return (row) => (isTest(String(row[index] ?? ""), spec.seed, spec.testFraction) ? "test" : "train");
        }
        case "time": {
            const index = columnIndex(spec.timeColumn, "split.time_column");
            const cutoff = parseTime(spec.cutoff);
            if (cutoff === undefined)
                throw new SplitError(`split.cutoff "${spec.cutoff ?? ""}" is not a date or time`);
            return (row, rowLabel) => {
                const time = parseTime(row[index]);
                if (time === undefined) {
                    throw new SplitError(`${rowLabel}: "${spec.timeColumn}" value ${JSON.stringify(row[index])} is not a time`);
                }
                return time < cutoff ? "train" : "test";
            };
        }
    }
}
/** Keeps rows whose time column is at or before the as-of time (point-in-time correctness). */
function makeAsOfFilter(asOf, columns) {
    const index = columns.indexOf(asOf.column);
    if (index < 0)
        throw new SplitError(`as_of.column "${asOf.column}" is not in the data (columns: ${columns.join(", ")})`);
    const limit = parseTime(asOf.time);
    if (limit === undefined)
        throw new SplitError(`as_of.time "${asOf.time}" is not a date or time`);
    return (row) => {
        const time = parseTime(row[index]);
        return time !== undefined && time <= limit;
    };
}


/***/ }),

/***/ 7945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y4: () => (/* binding */ dataRootOf),
  hs: () => (/* binding */ loadStepConfig),
  cl: () => (/* binding */ openStepStore)
});

// UNUSED EXPORTS: defaultDataRoot, ruleLocation

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.cache/build/lib/config/config-error.js
var config_error = __webpack_require__(8697);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(2845);
// EXTERNAL MODULE: ./.cache/build/lib/store/open-store.js + 1 modules
var open_store = __webpack_require__(6997);
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

// EXTERNAL MODULE: ./.cache/build/lib/steps/workspace-paths.js
var workspace_paths = __webpack_require__(9347);
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
async function openStepStore(context, inputs, config) {
    const configured = config?.config.store;
    const input = inputs.store;
    const settings = typeof configured === "object" ? configured : undefined;
    const uri = input ?? (typeof configured === "string" ? configured : settings?.uri) ?? workspace_paths/* workspacePath */.X.store;
    const endpoint = inputs["s3-endpoint"] ?? settings?.endpoint;
    return (0,open_store/* openStore */.C)(uri.startsWith("s3://") ? uri : (0,external_node_path_.resolve)(context.workingDirectory, uri), {
        env: context.env,
        cwd: context.workingDirectory,
        ...(endpoint ? { endpoint } : {}),
        ...(settings?.region ? { region: settings.region } : {}),
        ...(settings?.force_path_style !== undefined ? { forcePathStyle: settings.force_path_style } : {}),
    });
}
function defaultDataRoot(context) {
    return (0,external_node_path_.join)(context.workingDirectory, workspace_paths/* workspacePath */.X.data);
}
/** Where snapshots are materialised: the `data-root` input (relative to the working directory) or the default. */
function dataRootOf(context, inputs) {
    const input = inputs["data-root"];
    return input ? (0,external_node_path_.resolve)(context.workingDirectory, input) : defaultDataRoot(context);
}


/***/ }),

/***/ 9347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ workspacePath)
/* harmony export */ });
/* unused harmony export WORKSPACE_DIR */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

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


/***/ }),

/***/ 6997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ openStore)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
