export const id = 853;
export const ids = [853];
export const modules = {

/***/ 14853:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79029);
/* harmony import */ var _steps_erase_erase_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63076);
/* harmony import */ var _steps_erase_erase_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36463);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_steps_erase_erase_step_js__WEBPACK_IMPORTED_MODULE_2__]);
_steps_erase_erase_step_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



await (0,_context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runStepAction */ .u)(_steps_erase_erase_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ERASE_INPUTS */ .V, (context, inputs) => (0,_steps_erase_erase_step_js__WEBPACK_IMPORTED_MODULE_2__/* .eraseStep */ .P)(context, inputs));

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

/***/ 88689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ parseContract)
/* harmony export */ });
/* unused harmony exports ContractError, serializeContract */
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

/***/ 42934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ parseErasureEntry),
/* harmony export */   Bm: () => (/* binding */ ERASURE_PREFIX),
/* harmony export */   Rd: () => (/* binding */ erasureKey),
/* harmony export */   XO: () => (/* binding */ ERASURE_KIND),
/* harmony export */   Xk: () => (/* binding */ ERASURE_VERSION)
/* harmony export */ });
/* unused harmony export erasureEntrySchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88689);


const ERASURE_KIND = "trainyard.erasure";
const ERASURE_VERSION = 1;
const snapshotId = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/);
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, "a lowercase hex SHA-256");
/**
 * One entry of the erasure log, `erasures/<time>-<id>.json` in the store: written once, never rewritten
 * (append-only). It holds no erased value: the keys appear only as salted SHA-256 hashes (see
 * `hashErasedKey`), so the log can be kept as long as the store is, to say why a model version can no
 * longer be reproduced byte for byte.
 */
const erasureEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(ERASURE_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(ERASURE_VERSION),
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    keys: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        algorithm: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz("sha256(salt NUL column NUL value)"),
        salt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
        hashes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sha256),
        /** How many of the requested keys some snapshot held. */
        found: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    }),
    snapshots: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: snapshotId,
        successor: snapshotId,
        erasedRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        filesRewritten: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    })),
    /** Blobs deleted because no remaining manifest referred to them. */
    deletedBlobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sha256),
    /** Model versions trained on an erased snapshot, tagged `trainyard.erasure.pending_retrain`. */
    modelVersions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), snapshot: snapshotId })),
    /** Training-cache records of runs on an erased snapshot, removed so a cached model is never restored. */
    cacheRecordsDeleted: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
});
function parseErasureEntry(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(erasureEntrySchema, text, file, { kind: ERASURE_KIND, version: ERASURE_VERSION });
}
const ERASURE_PREFIX = "erasures/";
const erasureKey = (createdAt, id) => `${ERASURE_PREFIX}${createdAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")}-${id}.json`;


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
/* harmony export */   Zq: () => (/* binding */ VALIDATION_CHECKS_KIND),
/* harmony export */   nR: () => (/* binding */ VALIDATION_CHECKS_VERSION)
/* harmony export */ });
/* unused harmony exports validationChecksSchema, parseValidationChecks, validationChecksKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
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
    const hash = createHash("sha256").update(JSON.stringify(depends)).digest("hex").slice(0, 32);
    return `snapshots/${snapshotId}/checks-${hash}.json`;
}


/***/ }),

/***/ 56230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports VALIDATION_KIND, VALIDATION_VERSION, checkResultSchema, validationReportSchema, parseValidationReport */
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88689);


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
const checkResultSchema = () => built().checkResult;
const validationReportSchema = () => built().report;
function parseValidationReport(text, file) {
    return parseContract(validationReportSchema(), text, file, {
        kind: VALIDATION_KIND,
        version: VALIDATION_VERSION,
    });
}


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

/***/ 80141:
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
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(55439);
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
var data_format = __webpack_require__(40089);
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
    const parquet = format === "parquet" ? await Promise.all(/* import() */[__webpack_require__.e(649), __webpack_require__.e(640), __webpack_require__.e(310)]).then(__webpack_require__.bind(__webpack_require__, 84310)) : undefined;
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

/***/ 36440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ parseKeyList),
/* harmony export */   cS: () => (/* binding */ hashErasedKey),
/* harmony export */   sl: () => (/* binding */ cellKey)
/* harmony export */ });
/* unused harmony exports parseDuration, planSnapshotGc, planBlobSweep */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * Retention and erasure decisions, without I/O: which snapshots a gc removes, which blobs its sweep may
 * delete, and how an erasure records the keys it removed without recording the keys.
 */
const UNIT_MS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
};
/** `90d`, `12h`, `30m`, `45s`, `2w` or `0` as milliseconds; undefined when the text is not a duration. */
function parseDuration(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/.exec(text);
    if (!match)
        return undefined;
    const amount = Number(match[1]);
    const unit = match[2] ?? "";
    if (unit === "")
        return amount === 0 ? 0 : undefined;
    return Math.round(amount * UNIT_MS[unit]);
}
/** Mark: every snapshot a root names, the newest `keep`, and every younger one stay; the rest go. */
function planSnapshotGc(input) {
    const newestFirst = [...input.snapshots].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
    const keep = [];
    const remove = [];
    newestFirst.forEach((snapshot, index) => {
        const reasons = [...(input.roots.get(snapshot.id) ?? [])];
        if (index < input.keep)
            reasons.push(`among the newest ${input.keep}`);
        if (!(input.now - snapshot.createdAt >= input.olderThanMs))
            reasons.push("younger than older-than");
        if (reasons.length > 0)
            keep.push({ id: snapshot.id, reasons });
        else
            remove.push(snapshot.id);
    });
    return { keep, remove: remove.sort() };
}
/**
 * Sweep: an unreferenced blob goes only if it was written before `cutoff`. The caller sets the cutoff before
 * the scan minus a grace period, so a blob a concurrent snapshot writes after the scan (whose manifest the
 * scan could not see) is never deleted. S3 keeps whole seconds, so a second more is taken off.
 */
function planBlobSweep(blobs, referenced, cutoff) {
    const remove = [];
    let tooYoung = 0;
    for (const blob of blobs) {
        if (referenced.has(blob.key))
            continue;
        if (blob.modified === undefined || blob.modified >= cutoff - 1000)
            tooYoung++;
        else
            remove.push(blob);
    }
    return { remove, tooYoung };
}
/**
 * The value-free record of an erased key: SHA-256 over a per-erasure random salt, the column name and the
 * value. The salt is stored with the entry, so whoever knows a key can check it was erased (recompute and
 * compare), while the log alone gives no key back from a precomputed table and two entries cannot be
 * joined on a key.
 */
function hashErasedKey(salt, column, value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(`${salt}\u0000${column}\u0000${value}`, "utf8").digest("hex");
}
/**
 * The keys of a values file: one per line, surrounding spaces and an optional pair of double quotes removed,
 * blank lines skipped, and a first line equal to the column name taken as a header.
 */
function parseKeyList(text, column) {
    const lines = text
        .replace(/^\uFEFF/, "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .map((line) => line.length >= 2 && line.startsWith('"') && line.endsWith('"')
        ? line.slice(1, -1).replaceAll('""', '"')
        : line)
        .filter((line) => line !== "");
    if (lines[0] === column)
        lines.shift();
    return [...new Set(lines)];
}
/** How a stored cell compares with a key: as the text it reads as (numbers in JavaScript's shortest form). */
function cellKey(value) {
    if (value === null || value === undefined)
        return undefined;
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === "object")
        return JSON.stringify(value);
    return String(value);
}


/***/ }),

/***/ 95721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony exports cell, details, code */
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

/* unused harmony export renderValidationMarkdown */

const icon = { pass: "✅", fail: "❌", skip: "⏭️" };
/** The validation report as Markdown for the job summary, the pull-request comment and the terminal. */
function renderValidationMarkdown(report) {
    const verdict = report.passed ? "✅ passed" : "❌ failed";
    const head = `### Data validation ${verdict}: snapshot ${code(report.snapshotId)}, ${report.rows} rows, ${report.errors} error(s), ${report.warnings} warning(s)`;
    const failing = report.checks.filter((check) => check.status === "fail");
    const rows = (checks) => checks.map((check) => [
        check.status === "fail" && check.severity === "warn" ? "⚠️" : icon[check.status],
        codeCell(check.id),
        cell(check.observed),
        cell(check.expected),
        cell(check.message),
        cell((check.samples ?? []).map((sample) => `row ${sample.row}: ${sample.value}`).join("; ")),
    ]);
    const headers = ["", "check", "observed", "expected", "detail", "examples"];
    const parts = [head, "", `Drift reference: ${escapeMarkdown(report.reference.note)}`];
    if (failing.length > 0)
        parts.push("", table(headers, rows(failing)));
    parts.push("", details(`All ${report.checks.length} checks`, table(headers, rows(report.checks))));
    return `${parts.join("\n")}\n`;
}


/***/ }),

/***/ 63076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ ERASE_INPUTS)
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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/erase/erase-inputs.js

/** erase's inputs (`trainyard erase`), as `actions/erase/action.yml` declares them. */
const ERASE_INPUTS = {
    ...CONFIG_INPUT,
    column: { description: "The key column", required: true, cli: { placeholder: "name" } },
    values: {
        description: "The keys to erase, one a line",
        required: true,
        cli: { placeholder: "file|s3://bucket/key" },
    },
    ...STORE_INPUTS,
    ...TRACKING_INPUT,
    model: {
        description: "The registered model(s) whose versions trained on erased rows are tagged (default: model)",
        cli: { placeholder: "name", multiple: true },
    },
    "dry-run": {
        description: "Only list the snapshots, rows and model versions affected",
        kind: "boolean",
        default: "false",
        cli: { flag: true },
    },
    ...DATA_ROOT_INPUT,
};


/***/ }),

/***/ 36463:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ eraseStep)
/* harmony export */ });
/* unused harmony export PENDING_RETRAIN_TAG */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42934);
/* harmony import */ var _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67352);
/* harmony import */ var _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37149);
/* harmony import */ var _data_hash_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6217);
/* harmony import */ var _data_read_table_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(24935);
/* harmony import */ var _data_write_table_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(80141);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(61927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(32845);
/* harmony import */ var _policy_retention_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(36440);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(95721);
/* harmony import */ var _store_blob_store_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(89546);
/* harmony import */ var _store_open_store_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(16997);
/* harmony import */ var _gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(95129);
/* harmony import */ var _gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3779);
/* harmony import */ var _gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(30006);
/* harmony import */ var _snapshot_profile_sources_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(13826);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(20030);
/* harmony import */ var _snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(79294);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(47945);
/* harmony import */ var _tracking_config_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(76829);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(9347);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__, _gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__, _snapshot_profile_sources_js__WEBPACK_IMPORTED_MODULE_18__]);
([_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__, _gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__, _snapshot_profile_sources_js__WEBPACK_IMPORTED_MODULE_18__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);

























const PENDING_RETRAIN_TAG = "trainyard.erasure.pending_retrain";
/** The keys to erase, from a local file or an object in S3. */
async function readKeys(context, inputs, config) {
    const source = inputs.values;
    let text;
    if (source.startsWith("s3://")) {
        const rest = source.slice("s3://".length);
        const slash = rest.indexOf("/");
        if (slash <= 0 || slash === rest.length - 1)
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "values")} "${source}" must name an object: s3://bucket/key`);
        const settings = typeof config?.config.store === "object" ? config.config.store : undefined;
        const endpoint = inputs["s3-endpoint"] ?? settings?.endpoint;
        const bucket = await (0,_store_open_store_js__WEBPACK_IMPORTED_MODULE_14__/* .openStore */ .C)(`s3://${rest.slice(0, slash)}`, {
            env: context.env,
            ...(endpoint ? { endpoint } : {}),
            ...(settings?.region ? { region: settings.region } : {}),
        });
        try {
            text = (await bucket.getBytes(rest.slice(slash + 1))).toString("utf8");
        }
        catch (error) {
            if (error instanceof _store_blob_store_js__WEBPACK_IMPORTED_MODULE_13__/* .BlobNotFoundError */ .Bc)
                throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "values")}: no object ${source}`, { cause: error });
            throw error;
        }
    }
    else {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(context.workingDirectory, source);
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, "utf8");
        }
        catch (error) {
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "values")}: cannot read ${path} (${error.message})`, {
                cause: error,
            });
        }
    }
    const keys = (0,_policy_retention_js__WEBPACK_IMPORTED_MODULE_12__/* .parseKeyList */ .Rn)(text, inputs.column);
    if (keys.length === 0)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "values")} (${source}) holds no keys: put one ${inputs.column} value on each line`);
    return keys;
}
/** A row matcher on the key column: the cell as text, trimmed, against the key set. */
function matcher(keys, index) {
    return (row) => {
        const key = (0,_policy_retention_js__WEBPACK_IMPORTED_MODULE_12__/* .cellKey */ .sl)(row[index])?.trim();
        return key !== undefined && keys.has(key) ? key : undefined;
    };
}
function readFileRows(dataDir, file, columns) {
    return (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_8__/* .readTable */ .x)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataDir, ...file.name.split("/")), file.format, {
        ...(file.format === "jsonl" ? { columns } : {}),
    });
}
/** Streams every file of each snapshot holding the column, counting the rows whose key is to be erased. */
async function scan(context, store, manifests, column, keys, staging) {
    const affected = [];
    for (const manifest of manifests) {
        const index = manifest.columns.indexOf(column);
        if (index < 0)
            continue;
        const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, manifest.id);
        await context.group(`Scan snapshot ${manifest.id}`, () => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_19__/* .pullSnapshot */ .Y2)(context, store, manifest.id, dataDir));
        const match = matcher(keys, index);
        const matches = new Map();
        const found = new Set();
        for (const file of manifest.files) {
            let count = 0;
            for await (const batch of readFileRows(dataDir, file, manifest.columns)) {
                for (const row of batch.rows) {
                    const key = match(row);
                    if (key === undefined)
                        continue;
                    count++;
                    found.add(key);
                }
            }
            if (count > 0)
                matches.set(file.name, count);
        }
        if (matches.size > 0)
            affected.push({ manifest, dataDir, matches, found });
        else
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dataDir, { recursive: true, force: true });
    }
    return affected;
}
/**
 * Writes the successor of an affected snapshot with the snapshot writer's own pieces: the files that held an
 * erased key rewritten without those rows (same name, format and role, so the same split), the others kept
 * byte for byte, every column profiled again from the kept rows only, blobs first and the manifest last.
 */
async function writeSuccessor(context, store, affected, column, keys, staging) {
    const { manifest, dataDir } = affected;
    const match = matcher(keys, manifest.columns.indexOf(column));
    const profiler = new _snapshot_profile_sources_js__WEBPACK_IMPORTED_MODULE_18__.TableProfiler(manifest.columns);
    const outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, `${manifest.id}.successor`);
    const files = [];
    const hashed = [];
    let erasedRows = 0;
    for (const file of manifest.files) {
        if (!affected.matches.has(file.name)) {
            for await (const batch of readFileRows(dataDir, file, manifest.columns))
                for (const row of batch.rows)
                    profiler.observe(row);
            files.push(file);
            continue;
        }
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(outDir, ...file.name.split("/"));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
        const writer = await (0,_data_write_table_js__WEBPACK_IMPORTED_MODULE_9__/* .openTableWriter */ .o)(path, file.format, manifest.columns);
        try {
            for await (const batch of readFileRows(dataDir, file, manifest.columns)) {
                const kept = batch.rows.filter((row) => match(row) === undefined);
                erasedRows += batch.rows.length - kept.length;
                for (const row of kept)
                    profiler.observe(row);
                if (kept.length > 0)
                    await writer.writeRows(kept);
            }
        }
        catch (error) {
            await writer.abort();
            throw error;
        }
        const closed = await writer.close();
        const hash = await (0,_data_hash_file_js__WEBPACK_IMPORTED_MODULE_7__/* .hashFile */ .D)(path);
        files.push({ ...file, sha256: hash.sha256, bytes: hash.bytes, rows: closed.rows });
        hashed.push({ file: { path, name: file.name }, hash });
    }
    await (0,_snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_20__/* .storeBlobs */ .Kt)(context, store, hashed, 4);
    const rowsOf = (role) => files.filter((file) => file.role === role).reduce((sum, file) => sum + file.rows, 0);
    const body = {
        source: manifest.source,
        columns: manifest.columns,
        files,
        rows: files.reduce((sum, file) => sum + file.rows, 0),
        ...(manifest.split
            ? { split: { ...manifest.split, trainRows: rowsOf("train"), testRows: rowsOf("test") } }
            : {}),
        ...(manifest.asOf ? { asOf: manifest.asOf } : {}),
        profile: profiler.profiles(),
        erasure: { predecessor: manifest.id, erasedRows },
    };
    const { id } = await (0,_snapshot_snapshot_js__WEBPACK_IMPORTED_MODULE_20__/* .publishManifest */ .pm)(store, body);
    return { id, erasedRows };
}
/**
 * An erasure interrupted after its log entry finishes on the next run: a replaced snapshot whose successor
 * exists loses its manifest, and a blob the entry listed that no manifest refers to is deleted.
 */
async function finishEarlierErasures(context, store) {
    const entries = [];
    for (const info of await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .collect */ .Fo)(store.list(_config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__/* .ERASURE_PREFIX */ .Bm)))
        entries.push((0,_config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__/* .parseErasureEntry */ .Bg)((await store.getBytes(info.key)).toString("utf8"), `${store.uri}/${info.key}`));
    let finished = 0;
    const leftovers = new Set();
    for (const entry of entries) {
        for (const snapshot of entry.snapshots) {
            if ((await store.exists((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestKey */ .Rn)(snapshot.id))) &&
                (await store.exists((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestKey */ .Rn)(snapshot.successor)))) {
                await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .deleteSnapshot */ .Cj)(store, snapshot.id);
                finished++;
            }
        }
        for (const sha of entry.deletedBlobs)
            leftovers.add((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .blobKey */ .bd)(sha));
    }
    if (leftovers.size === 0)
        return finished;
    const referenced = (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .referencedBlobs */ .sW)(await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listManifests */ .po)(store), await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listCacheRecords */ .t0)(store));
    const stale = [];
    for (const key of leftovers)
        if (!referenced.has(key) && (await store.exists(key)))
            stale.push(key);
    await (0,_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__/* .deleteBlobs */ .Oh)(store, stale);
    if (finished + stale.length > 0)
        context.log.warning(`finished an interrupted erasure: ${finished} replaced manifest(s) and ${stale.length} blob(s) deleted`);
    return finished + stale.length;
}
/**
 * `trainyard erase`: removes every row whose key column holds one of the given keys from every snapshot in the
 * store, writes a successor per affected snapshot, deletes what only the old snapshots referred to, tags the
 * model versions trained on them, and appends a value-free entry to the erasure log.
 */
async function eraseStep(context, inputs, dependencies = {}) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_21__/* .loadStepConfig */ .hs)(context, inputs);
    const column = inputs.column.trim();
    if (column === "")
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "column")} is empty: name the key column`);
    const keyList = await readKeys(context, inputs, config);
    const models = (0,_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__/* .modelsOf */ .Wh)(inputs, config, "erase");
    const experiment = config?.config.experiment ?? models[0] ?? "trainyard";
    const keys = new Set(keyList);
    const dryRun = inputs["dry-run"];
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_21__/* .openStepStore */ .cl)(context, inputs, config);
    const tracking = dependencies.tracking ?? (await (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_22__/* .openStepTracking */ .eX)(context, inputs, config));
    for (const model of models)
        if (!(await tracking.registry.getRegisteredModel(model)))
            context.log.warning(`model "${model}" is not registered in ${tracking.registry.uri}: no version of it can be flagged for retraining`);
    const versions = await (0,_gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__/* .listVersions */ .yO)(tracking.registry, models);
    let manifests = await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listManifests */ .po)(store);
    if (manifests.length === 0) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${store.uri} holds no snapshot: check ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "store")} (or store in trainyard.yml)`);
    }
    if (!manifests.some((manifest) => manifest.columns.includes(column))) {
        const known = [...new Set(manifests.flatMap((manifest) => manifest.columns))];
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_10__/* .UserError */ .yo(`${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .inputLabel */ .NB)(inputs, "column")} "${column}" is a column of no snapshot in ${store.uri} (columns: ${known.join(", ")})`);
    }
    // Only once the input is known good: an erasure an earlier run left unfinished is finished first.
    if (!dryRun && (await finishEarlierErasures(context, store)) > 0)
        manifests = await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listManifests */ .po)(store);
    const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), "trainyard-erase-"));
    try {
        const affected = await scan(context, store, manifests, column, keys, staging);
        const found = new Set(affected.flatMap((entry) => [...entry.found]));
        const affectedIds = new Set(affected.map((entry) => entry.manifest.id));
        const retrain = versions.filter((entry) => entry.snapshot !== undefined && affectedIds.has(entry.snapshot));
        const rowsFound = affected.reduce((sum, entry) => sum + [...entry.matches.values()].reduce((a, b) => a + b, 0), 0);
        context.log.info(`${found.size} of ${keys.size} key(s) found in ${affected.length} of ${manifests.length} snapshot(s), ${rowsFound} row(s)`);
        const retrainLines = retrain.map((entry) => `${entry.model}@${entry.version.version} ${entry.snapshot}`);
        if (affected.length === 0 || dryRun) {
            await context.appendSummary(eraseSummary({
                dryRun,
                affected: affected.map((entry) => [entry.manifest.id, "", rowsCount(entry)]),
                retrain: retrainLines,
                store,
            }));
            return {
                "dry-run": dryRun,
                "erasure-id": "",
                snapshots: affected.map((entry) => entry.manifest.id).join("\n"),
                "rows-erased": dryRun ? rowsFound : 0,
                "blobs-deleted": 0,
                "retrain-models": retrainLines.join("\n"),
            };
        }
        // 1. Successors: blobs, then manifests. Nothing is deleted before every successor is stored.
        const successors = new Map();
        for (const entry of affected) {
            const successor = await context.group(`Write the successor of ${entry.manifest.id}`, () => writeSuccessor(context, store, entry, column, keys, staging));
            successors.set(entry.manifest.id, successor);
            context.log.info(`snapshot ${entry.manifest.id} → ${successor.id}: ${successor.erasedRows} row(s) erased`);
        }
        // 2. The model versions trained on erased data.
        const createdAt = new Date();
        const erasureId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString("hex");
        for (const entry of retrain) {
            const successor = successors.get(entry.snapshot);
            await tracking.registry.setModelVersionTag(entry.model, entry.version.version, PENDING_RETRAIN_TAG, `erasure ${erasureId}: snapshot ${entry.snapshot} was replaced by ${successor?.id}; retrain on it`);
        }
        // 3. What refers only to the old snapshots: the training cache of runs on them, and their blobs.
        const runIds = new Set(await (0,_gc_lineage_roots_js__WEBPACK_IMPORTED_MODULE_16__/* .runsOnSnapshots */ .rW)(tracking.tracker, experiment, [...affectedIds]));
        const cacheRecords = await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listCacheRecords */ .t0)(store);
        const staleCache = cacheRecords.filter((record) => record.runId !== undefined && runIds.has(record.runId));
        const candidates = new Set([
            ...affected.flatMap((entry) => entry.manifest.files.map((file) => (0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .blobKey */ .bd)(file.sha256))),
            ...staleCache.flatMap((record) => record.blobs),
        ]);
        const remaining = manifests.filter((manifest) => !affectedIds.has(manifest.id));
        const successorManifests = await Promise.all([...successors.values()].map(({ id }) => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_19__/* .readManifest */ .WI)(store, id)));
        const stale = new Set(staleCache.map((record) => record.key));
        const referenced = (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .referencedBlobs */ .sW)([...remaining, ...successorManifests], cacheRecords.filter((record) => !stale.has(record.key)));
        const deleted = [...candidates].filter((key) => !referenced.has(key)).sort();
        // 4. The log entry, before anything is deleted, so an interrupted run is finished by the next one.
        const entry = {
            kind: _config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__/* .ERASURE_KIND */ .XO,
            version: _config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__/* .ERASURE_VERSION */ .Xk,
            id: erasureId,
            createdAt: createdAt.toISOString(),
            column,
            keys: hashedKeys(column, keyList, found.size),
            snapshots: affected.map((item) => ({
                id: item.manifest.id,
                successor: successors.get(item.manifest.id)?.id,
                erasedRows: successors.get(item.manifest.id)?.erasedRows ?? 0,
                filesRewritten: [...item.matches.keys()],
            })),
            deletedBlobs: deleted.map((key) => key.slice(key.lastIndexOf("/") + 1)),
            modelVersions: retrain.map((item) => ({
                name: item.model,
                version: item.version.version,
                snapshot: item.snapshot,
            })),
            cacheRecordsDeleted: staleCache.length,
        };
        await store.putIfAbsent((0,_config_contracts_erasure_log_js__WEBPACK_IMPORTED_MODULE_4__/* .erasureKey */ .Rd)(createdAt, erasureId), {
            body: `${JSON.stringify(entry, null, 2)}\n`,
        });
        // 5. Delete: the old manifests and their recipes, the stale cache records, then the blobs.
        await context.group("Delete what only the old snapshots referred to", async () => {
            for (const id of affectedIds)
                await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .deleteSnapshot */ .Cj)(store, id);
            await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .deleteRecipesOf */ .kJ)(store, affectedIds);
            for (const record of staleCache)
                await store.delete(record.key);
            // Read the manifests once more: a snapshot taken meanwhile may share a blob.
            const now = (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .referencedBlobs */ .sW)(await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listManifests */ .po)(store), await (0,_gc_store_index_js__WEBPACK_IMPORTED_MODULE_17__/* .listCacheRecords */ .t0)(store));
            await (0,_gc_gc_step_js__WEBPACK_IMPORTED_MODULE_15__/* .deleteBlobs */ .Oh)(store, deleted.filter((key) => !now.has(key)));
            context.log.info(`${affectedIds.size} manifest(s), ${staleCache.length} cache record(s), ${deleted.length} blob(s) deleted`);
        });
        await removeLocalCopies(context, inputs, [...affectedIds]);
        const sources = [...new Set(affected.map((item) => item.manifest.source.uri))];
        context.log.warning(`the erased rows came from ${sources.join(", ")}: erase them there too, or the next snapshot of that source brings them back`);
        await context.appendSummary(eraseSummary({
            dryRun,
            affected: affected.map((item) => [
                item.manifest.id,
                successors.get(item.manifest.id)?.id ?? "",
                rowsCount(item),
            ]),
            retrain: retrainLines,
            store,
            erasureId,
        }));
        return {
            "dry-run": false,
            "erasure-id": erasureId,
            snapshots: affected
                .map((item) => `${item.manifest.id} ${successors.get(item.manifest.id)?.id}`)
                .join("\n"),
            "rows-erased": [...successors.values()].reduce((sum, item) => sum + item.erasedRows, 0),
            "blobs-deleted": deleted.length,
            "retrain-models": retrainLines.join("\n"),
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}
function rowsCount(entry) {
    return String([...entry.matches.values()].reduce((a, b) => a + b, 0));
}
/** Salted SHA-256 of every requested key (see `hashErasedKey`), sorted so the order says nothing. */
function hashedKeys(column, keys, found) {
    const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString("hex");
    return {
        algorithm: "sha256(salt NUL column NUL value)",
        salt,
        hashes: keys.map((key) => (0,_policy_retention_js__WEBPACK_IMPORTED_MODULE_12__/* .hashErasedKey */ .cS)(salt, column, key)).sort(),
        found,
    };
}
/** The old snapshots' files materialised on this machine, and their validation reports, go too. */
async function removeLocalCopies(context, inputs, ids) {
    const dataRoot = (0,_step_config_js__WEBPACK_IMPORTED_MODULE_21__/* .dataRootOf */ .y4)(context, inputs);
    const hashCache = await _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .HashCache */ .rR.open((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRoot, _data_hash_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .HASH_CACHE_FILE */ .lL));
    for (const id of ids) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRoot, id), { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(context.workingDirectory, _workspace_paths_js__WEBPACK_IMPORTED_MODULE_23__/* .workspacePath */ .X.validationReport(id)), { force: true });
        hashCache.forget((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dataRoot, id));
    }
    await hashCache.save();
}
function eraseSummary(options) {
    const lines = [
        `### Erasure${options.dryRun ? " (dry run: nothing changed)" : ""}`,
        "",
        options.affected.length === 0
            ? `No snapshot in ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .escapeMarkdown */ .FV)(options.store.uri)} holds any of the keys: nothing to erase.`
            : `${options.affected.length} snapshot(s) in ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .escapeMarkdown */ .FV)(options.store.uri)} ${options.dryRun ? "hold" : "held"} the keys${options.erasureId ? `; erasure log entry \`${options.erasureId}\`` : ""}.`,
        "",
    ];
    if (options.affected.length > 0) {
        lines.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .table */ .tp)(["snapshot", "successor", "rows"], options.affected.map(([id, successor, rows]) => [
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .codeCell */ .MZ)(id),
            successor ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .codeCell */ .MZ)(successor) : "",
            rows ?? "",
        ])), "");
    }
    if (options.retrain.length > 0) {
        lines.push(`**Retrain** (tagged \`${PENDING_RETRAIN_TAG}\`${options.dryRun ? " when run without dry-run" : ""}):`, "", ...options.retrain.map((line) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_24__/* .escapeMarkdown */ .FV)(line)}`), "");
    }
    return lines.join("\n");
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 95129:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ deleteBlobs),
/* harmony export */   Wh: () => (/* binding */ modelsOf)
/* harmony export */ });
/* unused harmony exports durationInput, gcStep */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32845);
/* harmony import */ var _policy_retention_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36440);
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6170);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47945);
/* harmony import */ var _tracking_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76829);
/* harmony import */ var _lineage_roots_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3779);
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30006);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_lineage_roots_js__WEBPACK_IMPORTED_MODULE_5__]);
_lineage_roots_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];










/** The registered models whose lineage a retention step protects: the `model` input, else trainyard.yml's. */
function modelsOf(inputs, config, what) {
    const models = (inputs.model ?? config?.config.model ?? "")
        .split("\n")
        .map((name) => name.trim())
        .filter((name) => name !== "");
    if (models.length === 0) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} needs the registered model's name to know which snapshots its versions were trained on: set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(inputs, "model")} or model in trainyard.yml`);
    }
    return models;
}
function durationInput(inputs, name, text) {
    const ms = parseDuration(text);
    if (ms === undefined)
        throw new UserError(`${inputLabel(inputs, name)} must be a duration such as 90d, 12h, 30m or 0; got "${text}"`);
    return ms;
}
/**
 * `trainyard snapshot gc`: mark every snapshot lineage still needs (registered versions, the champion and
 * its rollback target, the challenger, runs within the window, the newest `keep`, anything younger than
 * `older-than`), remove the other manifests, then sweep the blobs no remaining manifest or training-cache
 * record refers to and that are older than the scan minus the grace period.
 */
async function gcStep(context, inputs, dependencies = {}) {
    const olderThan = durationInput(inputs, "older-than", inputs["older-than"]);
    const grace = durationInput(inputs, "grace", inputs.grace);
    if (inputs.keep < 0)
        throw new UserError(`${inputLabel(inputs, "keep")} must be 0 or more, got ${inputs.keep}`);
    const config = await loadStepConfig(context, inputs);
    const models = modelsOf(inputs, config, "snapshot gc");
    const experiment = config?.config.experiment ?? models[0] ?? "trainyard";
    const dryRun = inputs["dry-run"];
    const now = dependencies.now ?? Date.now;
    const store = await openStepStore(context, inputs, config);
    const tracking = dependencies.tracking ?? (await openStepTracking(context, inputs, config));
    // A misspelt model has no versions: every snapshot its versions need would look unneeded.
    for (const model of models) {
        if (await tracking.registry.getRegisteredModel(model))
            continue;
        const message = `model "${model}" is not registered in ${tracking.registry.uri}, so gc sees no version's snapshot; check ${inputLabel(inputs, "model")} (or model in trainyard.yml)`;
        if (!dryRun)
            throw new UserError(`${message}; nothing deleted`);
        context.log.warning(message);
    }
    const scanStart = now();
    const manifests = await context.group(`Mark: snapshots in ${store.uri}`, () => listManifests(store));
    const roots = await lineageRoots(context, tracking, models, experiment, scanStart - olderThan);
    const plan = planSnapshotGc({
        snapshots: manifests.map((manifest) => ({
            id: manifest.id,
            createdAt: Date.parse(manifest.createdAt) || scanStart,
        })),
        roots,
        keep: inputs.keep,
        olderThanMs: olderThan,
        now: scanStart,
    });
    for (const kept of plan.keep)
        context.log.info(`keep ${kept.id}: ${kept.reasons.join("; ")}`);
    for (const id of plan.remove)
        context.log.info(`${dryRun ? "would remove" : "remove"} snapshot ${id}`);
    await dependencies.afterMark?.();
    const removed = new Set(plan.remove);
    const cacheRecords = await listCacheRecords(store);
    const staleCache = cacheRecords.filter((record) => (record.info.modified ?? scanStart) < scanStart - olderThan);
    if (!dryRun) {
        await context.group("Remove snapshots", async () => {
            await mapWithConcurrency(plan.remove, 8, (id) => deleteSnapshot(store, id));
            const recipes = await deleteRecipesOf(store, removed);
            await mapWithConcurrency(staleCache, 8, (record) => store.delete(record.key));
            context.log.info(`${plan.remove.length} manifest(s), ${recipes} recipe(s), ${staleCache.length} training-cache record(s) removed`);
        });
    }
    // Sweep: read the manifests again, so a snapshot finished since the mark keeps its blobs too.
    const { sweep, blobs } = await context.group("Sweep: blobs no manifest refers to", async () => {
        const remaining = (await listManifests(store)).filter((manifest) => !removed.has(manifest.id));
        const stale = new Set(staleCache.map((record) => record.key));
        const keptCache = (await listCacheRecords(store)).filter((record) => !stale.has(record.key));
        const blobs = await collect(store.list(BLOBS_PREFIX));
        const sweep = planBlobSweep(blobs, referencedBlobs(remaining, keptCache), scanStart - grace);
        return { sweep, blobs };
    });
    const bytesFreed = sweep.remove.reduce((sum, blob) => sum + blob.size, 0);
    if (!dryRun)
        await deleteBlobs(store, sweep.remove.map((blob) => blob.key));
    const verb = dryRun ? "would free" : "freed";
    context.log.info(`${plan.remove.length} of ${manifests.length} snapshot(s) and ${sweep.remove.length} of ${blobs.length} blob(s) ${dryRun ? "would go" : "removed"}; ${verb} ${formatBytes(bytesFreed)}; ${sweep.tooYoung} unreferenced blob(s) within the grace period kept`);
    await context.appendSummary(gcSummary(dryRun, plan, sweep.remove.length, bytesFreed, store));
    return {
        "dry-run": dryRun,
        "removed-snapshots": plan.remove.join("\n"),
        "snapshots-removed": plan.remove.length,
        "snapshots-kept": plan.keep.length,
        "blobs-removed": sweep.remove.length,
        "bytes-freed": bytesFreed,
    };
}
async function deleteBlobs(store, keys) {
    await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_7__/* .mapWithConcurrency */ .W)(keys, 8, (key) => store.delete(key));
}
function gcSummary(dryRun, plan, blobsRemoved, bytesFreed, store) {
    const rows = [
        ...plan.remove.map((id) => [`\`${id}\``, dryRun ? "would be removed" : "removed", ""]),
        ...plan.keep.map((kept) => [`\`${kept.id}\``, "kept", escapeMarkdown(kept.reasons.join("; "))]),
    ];
    return [
        `### Snapshot gc${dryRun ? " (dry run: nothing deleted)" : ""}`,
        "",
        `${escapeMarkdown(store.uri)}: ${plan.remove.length} snapshot(s) and ${blobsRemoved} blob(s) ${dryRun ? "would go" : "removed"}, ${formatBytes(bytesFreed)} ${dryRun ? "would be freed" : "freed"}.${dryRun ? " Run again with dry-run false to delete." : ""}`,
        "",
        table(["snapshot", "", "why kept"], rows),
        "",
    ].join("\n");
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3779:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rW: () => (/* binding */ runsOnSnapshots),
/* harmony export */   yO: () => (/* binding */ listVersions)
/* harmony export */ });
/* unused harmony export lineageRoots */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61927);
/* harmony import */ var _validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84301);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__]);
_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** More runs than this in the window and gc cannot be sure it saw them all, so it stops. */
const MAX_RECENT_RUNS = 50_000;
/** Registered versions of each model, with the snapshot each was trained on. */
async function listVersions(registry, models) {
    const all = [];
    for (const model of models) {
        for (const version of await registry.listModelVersions(model)) {
            const snapshot = version.tags[_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__/* .SNAPSHOT_TAG */ .K9];
            all.push({ model, version, ...(snapshot ? { snapshot } : {}) });
        }
    }
    return all;
}
function add(roots, id, reason) {
    if (!id)
        return;
    const reasons = roots.get(id) ?? [];
    if (!reasons.includes(reason))
        reasons.push(reason);
    roots.set(id, reasons);
}
/**
 * The roots of a gc's mark: the snapshot of every registered version of the models (so the champion, the
 * challenger and the champion's rollback target, `trainyard.previous_champion`, among them, named as such),
 * and of every run in the experiment that started within the retention window.
 */
async function lineageRoots(context, tracking, models, experiment, since) {
    const roots = new Map();
    const versions = await listVersions(tracking.registry, models);
    for (const { model, version, snapshot } of versions) {
        add(roots, snapshot, `${model} version ${version.version}`);
        for (const alias of version.aliases)
            add(roots, snapshot, `${model}@${alias}`);
    }
    for (const model of models) {
        const champion = versions.find((entry) => entry.model === model && entry.version.aliases.includes("champion"));
        const previous = champion?.version.tags["trainyard.previous_champion"];
        if (!previous || previous === "none")
            continue;
        const target = versions.find((entry) => entry.model === model && entry.version.version === previous);
        if (target)
            add(roots, target.snapshot, `${model} rollback target (version ${previous})`);
        else
            context.log.warning(`${model}: the champion's rollback target, version ${previous}, is no longer registered; its snapshot cannot be told apart`);
    }
    const experimentId = await tracking.tracker.ensureExperiment(experiment);
    const runs = await tracking.tracker.searchRuns({
        experimentIds: [experimentId],
        filter: `attributes.start_time >= ${Math.floor(since)}`,
        maxResults: MAX_RECENT_RUNS,
    });
    if (runs.length >= MAX_RECENT_RUNS) {
        throw new UserError(`experiment "${experiment}" has ${MAX_RECENT_RUNS} or more runs in the retention window; gc cannot be sure it saw every snapshot they use. Use a shorter --older-than.`);
    }
    for (const run of runs)
        add(roots, run.tags[SNAPSHOT_TAG], `run ${run.info.runId} (recent)`);
    return roots;
}
/** The runs of the experiment trained on any of `ids` (for the training cache records they left). */
async function runsOnSnapshots(tracker, experiment, ids) {
    const experimentId = await tracker.ensureExperiment(experiment);
    const runIds = [];
    for (const id of ids) {
        const runs = await tracker.searchRuns({
            experimentIds: [experimentId],
            filter: `tags.\`${_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_1__/* .SNAPSHOT_TAG */ .K9}\` = '${id}'`,
            maxResults: MAX_RECENT_RUNS,
        });
        runIds.push(...runs.map((run) => run.info.runId));
    }
    return runIds;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 30006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ deleteSnapshot),
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   kJ: () => (/* binding */ deleteRecipesOf),
/* harmony export */   po: () => (/* binding */ listManifests),
/* harmony export */   sW: () => (/* binding */ referencedBlobs),
/* harmony export */   t0: () => (/* binding */ listCacheRecords)
/* harmony export */ });
/* unused harmony exports SNAPSHOTS_PREFIX, BLOBS_PREFIX, RECIPES_PREFIX, CACHE_PREFIX */
/* harmony import */ var _config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67352);
/* harmony import */ var _store_parallel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6170);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20030);



/** What a store holds besides blobs, and which blobs each of those refers to. */
const SNAPSHOTS_PREFIX = "snapshots/";
const BLOBS_PREFIX = "blobs/sha256/";
const RECIPES_PREFIX = "recipes/";
const CACHE_PREFIX = "cache/train/";
const MANIFEST_KEY = /^snapshots\/([0-9a-f]{16})\/manifest\.json$/;
async function collect(items) {
    const all = [];
    for await (const item of items)
        all.push(item);
    return all;
}
/** Every manifest in the store, read and validated. A manifest deleted while we read is skipped. */
async function listManifests(store) {
    const ids = [];
    for await (const info of store.list(SNAPSHOTS_PREFIX)) {
        const id = MANIFEST_KEY.exec(info.key)?.[1];
        if (id)
            ids.push(id);
    }
    const manifests = await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .mapWithConcurrency */ .W)(ids, 8, async (id) => {
        try {
            return await (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .WI)(store, id);
        }
        catch (error) {
            if (error instanceof _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .SnapshotNotFoundError */ .yW)
                return undefined;
            throw error;
        }
    });
    return manifests.filter((manifest) => manifest !== undefined);
}
/** The training cache's records (`cache/train/<key>.json`): each names the model blobs it restores. */
async function listCacheRecords(store) {
    const infos = (await collect(store.list(CACHE_PREFIX))).filter((info) => info.key.endsWith(".json"));
    const records = await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .mapWithConcurrency */ .W)(infos, 8, async (info) => {
        let parsed;
        try {
            parsed = JSON.parse((await store.getBytes(info.key)).toString("utf8"));
        }
        catch {
            return undefined;
        }
        const blobs = (parsed.files ?? [])
            .map((file) => file.sha256)
            .filter((sha) => typeof sha === "string")
            .map(_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .blobKey */ .bd);
        return {
            key: info.key,
            info,
            ...(typeof parsed.runId === "string" ? { runId: parsed.runId } : {}),
            blobs,
        };
    });
    return records.filter((record) => record !== undefined);
}
/** The blob keys that manifests and cache records still refer to: what a sweep must keep. */
function referencedBlobs(manifests, cacheRecords) {
    const referenced = new Set();
    for (const manifest of manifests)
        for (const file of manifest.files)
            referenced.add((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .blobKey */ .bd)(file.sha256));
    for (const record of cacheRecords)
        for (const key of record.blobs)
            referenced.add(key);
    return referenced;
}
/** Removes a snapshot's manifest and anything else under `snapshots/<id>/`. */
async function deleteSnapshot(store, id) {
    await store.delete((0,_config_contracts_snapshot_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestKey */ .Rn)(id));
    for (const info of await collect(store.list(`${SNAPSHOTS_PREFIX}${id}/`)))
        await store.delete(info.key);
}
/**
 * Removes the recipes (`recipes/<hash>.json`, which map unchanged sources to a snapshot) that point at one of
 * `ids`, so the next snapshot of those sources is taken afresh instead of reusing a removed one.
 */
async function deleteRecipesOf(store, ids) {
    if (ids.size === 0)
        return 0;
    let deleted = 0;
    const infos = await collect(store.list(RECIPES_PREFIX));
    await (0,_store_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .mapWithConcurrency */ .W)(infos, 8, async (info) => {
        let id;
        try {
            id = JSON.parse((await store.getBytes(info.key)).toString("utf8")).id;
        }
        catch {
            return;
        }
        if (typeof id === "string" && ids.has(id)) {
            await store.delete(info.key);
            deleted++;
        }
    });
    return deleted;
}


/***/ }),

/***/ 13826:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PASS_LAYOUT: () => (/* reexport safe */ _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__.PASS_LAYOUT),
/* harmony export */   TableProfiler: () => (/* binding */ TableProfiler),
/* harmony export */   checkSameColumns: () => (/* binding */ checkSameColumns),
/* harmony export */   passSummary: () => (/* reexport safe */ _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__.passSummary),
/* harmony export */   profileOnly: () => (/* binding */ profileOnly),
/* harmony export */   splitAndProfile: () => (/* binding */ splitAndProfile),
/* harmony export */   storedChecks: () => (/* binding */ storedChecks)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11389);
/* harmony import */ var _data_data_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53293);
/* harmony import */ var _data_read_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24935);
/* harmony import */ var _data_write_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80141);
/* harmony import */ var _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29649);
/* harmony import */ var _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34794);
/* harmony import */ var _split_rows_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81037);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__]);
_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * The half of a snapshot that reads the rows: the column check of the sources, the profile (and the checks of
 * trainyard.yml's rules) in one pass over unsplit sources, or the as-of filter and split with the profile.
 * snapshot.ts loads it with `import()` only when a snapshot is made, so an unchanged re-snapshot reads no
 * header and loads neither the readers nor the profilers.
 */









const extension = { csv: "csv", parquet: "parquet", jsonl: "jsonl" };
/** One profiler per column, fed whole rows. */
class TableProfiler {
    columns;
    constructor(names) {
        this.columns = names.map((name) => new _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .ColumnProfiler */ .kW(name));
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
        const columns = await (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_3__/* .readSchema */ .G)(file.path, file.format);
        if (!first) {
            first = { file, columns };
            continue;
        }
        if (columns.join("\u0000") !== first.columns.join("\u0000")) {
            throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: file.name }, `has columns [${columns.join(", ")}] but ${first.file.name} has [${first.columns.join(", ")}]; every file of a snapshot needs the same columns in the same order`);
        }
    }
    if (!first)
        throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: "source" }, "has no files");
    const formats = new Set(files.map((file) => file.format));
    if (formats.size > 1)
        throw new _data_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: files[0]?.name ?? "source" }, `mixes formats (${[...formats].join(", ")}); use one format per snapshot`);
    return first.columns;
}
/** One streaming pass: as-of filter, split into train/test files in the source's format, and profile. */
async function splitAndProfile(files, columns, format, outDir, options, profiler) {
    const keep = options.asOf ? (0,_split_rows_js__WEBPACK_IMPORTED_MODULE_7__/* .makeAsOfFilter */ .K2)(options.asOf, columns) : () => true;
    const splitter = options.split ? (0,_split_rows_js__WEBPACK_IMPORTED_MODULE_7__/* .makeSplitter */ .Ml)(options.split, columns) : undefined;
    const names = splitter ? ["train", "test"] : ["data"];
    const writers = new Map();
    for (const role of names) {
        writers.set(role, await (0,_data_write_table_js__WEBPACK_IMPORTED_MODULE_4__/* .openTableWriter */ .o)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, `${role}.${extension[format]}`), format, columns));
    }
    const sides = { train: 0, test: 0 };
    let rows = 0;
    let dropped = 0;
    try {
        for (const file of files) {
            for await (const batch of (0,_data_read_table_js__WEBPACK_IMPORTED_MODULE_3__/* .readTable */ .x)(file.path, format)) {
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
    return (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__.runTablePass)(files.map((file) => ({ path: file.path, name: file.name, format: file.format, role: "data" })), { columns, profile: true, ...(options.rules ? { rules: options.rules } : {}), now: Date.now() }, {
        threads: (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_6__.dataThreads)(bytes, options.threads),
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
        kind: _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_CHECKS_KIND */ .Zq,
        version: _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_CHECKS_VERSION */ .nR,
        snapshotId,
        rows: pass.rows,
        columns: (pass.columnCheckers ?? []).map((checker) => ({
            column: checker.column,
            state: checker.toJSON(),
        })),
        dataset: pass.dataset?.results() ?? [],
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 20030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Y2: () => (/* binding */ pullSnapshot),
/* harmony export */   yW: () => (/* binding */ SnapshotNotFoundError)
/* harmony export */ });
/* unused harmony export snapshotFiles */
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
    const path = (name) => (name ? join(dataDir, ...name.split("/")) : undefined);
    return {
        train: path(find("train")?.name),
        test: path(find("test")?.name),
        data: manifest.files.filter((file) => file.role === "data").map((file) => path(file.name)),
    };
}


/***/ }),

/***/ 79294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pm: () => (/* binding */ publishManifest),
  Kt: () => (/* binding */ storeBlobs)
});

// UNUSED EXPORTS: snapshot

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
var format = __webpack_require__(40089);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(55439);
;// CONCATENATED MODULE: ./.cache/build/lib/data/resolve-sources.js





/**
 * Expands a local source spec into its files, sorted by name (plain code-point order, so the same on every
 * machine): a file is itself; a folder is every CSV, Parquet and JSON Lines file beneath it; anything else
 * with glob characters is matched with tinyglobby. Hidden files are left out. Nothing found is a DataError.
 */
async function resolve_sources_resolveSources(spec, options = {}) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
        throw new DataError({ file: spec }, "is a URL; only local files, folders and globs are resolved here");
    }
    const cwd = options.cwd ?? process.cwd();
    const absolute = resolve(cwd, spec);
    const kind = await pathKind(spec, absolute);
    if (kind === "file") {
        return [{ path: absolute, name: basename(absolute), format: detectFormat(absolute, options.format) }];
    }
    if (kind === "directory") {
        const names = (await listPlainFolder(absolute)) ?? (await (await loadGlob()).globFiles("**/*", absolute));
        const files = resolve_sources_select(absolute, names, options.format);
        if (files.length === 0) {
            throw new DataError({ file: spec }, `is a folder with no CSV, Parquet or JSON Lines files in it${names.length > 0 ? ` (${countOthers(names.length)})` : ""}`);
        }
        return files;
    }
    const globbing = await loadGlob();
    if (!globbing.isDynamicPattern(spec))
        throw new DataError({ file: spec }, "does not exist");
    const { base, pattern } = globbing.splitGlob(spec);
    const root = resolve(cwd, base);
    const names = await globbing.globFiles(pattern, root);
    const files = resolve_sources_select(root, names, options.format);
    if (files.length === 0) {
        throw new DataError({ file: spec }, names.length === 0
            ? "matches no files"
            : `matches no CSV, Parquet or JSON Lines files (${countOthers(names.length)})`);
    }
    return files;
}
async function pathKind(spec, absolute) {
    try {
        const info = await stat(absolute);
        if (info.isDirectory())
            return "directory";
        if (info.isFile())
            return "file";
        throw new DataError({ file: spec }, "is not a regular file or folder");
    }
    catch (error) {
        if (error.code === "ENOENT" ||
            error.code === "ENOTDIR") {
            return "missing";
        }
        throw fileAccessError(spec, error);
    }
}
function resolve_sources_select(root, names, explicit) {
    const files = [];
    for (const name of names) {
        if (isTempName(name))
            continue;
        const path = join(root, name);
        if (explicit !== undefined && explicit !== "") {
            files.push({ path, name, format: detectFormat(path, explicit) });
            continue;
        }
        const format = formatFromExtension(name);
        if (format === undefined || (format === "parquet" && name.toLowerCase().endsWith(".gz")))
            continue;
        files.push({ path, name, format });
    }
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function countOthers(count) {
    return count === 1 ? "1 file of another type" : `${count} files of other types`;
}
const loadGlob = () => Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(983)]).then(__webpack_require__.bind(__webpack_require__, 86983));
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
            for (const entry of await readdir(prefix === "" ? root : join(root, prefix), { withFileTypes: true })) {
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
var open_store = __webpack_require__(16997);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/fetch-sources.js









/**
 * Brings the source onto local disk: local files, folders and globs are used where they are; an
 * `s3://bucket/prefix` is listed and each data file downloaded; an `https://` URL is downloaded. Downloads go to
 * `stagingDir` under temporary names, so an interrupted fetch leaves nothing that looks complete.
 */
async function fetch_sources_fetchSources(context, spec, stagingDir, format) {
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
        if (!format && !formatFromExtension(blob.key))
            continue;
        const path = join(stagingDir, "source", ...blob.key.split("/"));
        await mkdir(dirname(path), { recursive: true });
        const progress = context.progress(`download ${blob.key}`, blob.size);
        await store.download(blob.key, path, { onProgress: (bytes) => progress.update(bytes) });
        progress.finish();
        files.push({ path, name: blob.key, format: detectFormat(blob.key, format) });
    }
    if (files.length === 0)
        throw new DataError({ file: spec }, "has no CSV, Parquet or JSON Lines files");
    return files;
}
async function fetchUrl(context, spec, stagingDir, format) {
    const url = new URL(spec);
    const name = basename(url.pathname) || "data";
    const fileFormat = detectFormat(name, format);
    const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(10 * 60_000) }).catch((error) => {
        throw new DataError({ file: spec }, `could not be downloaded: ${error.message}`);
    });
    if (!response.ok || !response.body) {
        throw new DataError({ file: spec }, `could not be downloaded: HTTP ${response.status} ${response.statusText}`);
    }
    const path = join(stagingDir, "source", name);
    await mkdir(dirname(path), { recursive: true });
    const total = Number(response.headers.get("content-length") ?? 0);
    const progress = context.progress(`download ${name}`, total);
    let bytes = 0;
    const body = Readable.fromWeb(response.body);
    body.on("data", (chunk) => {
        bytes += chunk.length;
        progress.update(bytes);
    });
    await pipeline(body, createWriteStream(`${path}.partial`));
    await rename(`${path}.partial`, path);
    progress.finish();
    return [{ path, name, format: fileFormat }];
}

// EXTERNAL MODULE: ./.cache/build/lib/steps/snapshot/pull-snapshot.js
var pull_snapshot = __webpack_require__(20030);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/snapshot.js














function dataRootOf(context, options) {
    return options.dataRoot ?? join(context.workingDirectory, workspacePath.data);
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
        const target = join(dataDir, ...file.name.split("/"));
        if (await stat(target).catch(() => undefined))
            return;
        await mkdir(join(target, ".."), { recursive: true });
        const partial = `${target}.partial-${process.pid}`;
        const moved = file.owned &&
            (await rename(file.path, partial).then(() => true, () => false));
        // A copy holds the hashed bytes only if the source did not change from its hashing to the copy's end.
        const sourceAsHashed = moved || (await cache.unchanged(file.path));
        if (!moved)
            await copyFile(file.path, partial);
        await rename(partial, target);
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
    return `recipes/${createHash("sha256").update(JSON.stringify(recipe)).digest("hex")}.json`;
}
/** An earlier snapshot of exactly these sources with these settings, materialised again without re-reading. */
async function reuseEarlierSnapshot(context, options, recipe) {
    if (!(await options.store.exists(recipe)))
        return undefined;
    const { id } = JSON.parse((await options.store.getBytes(recipe)).toString("utf8"));
    if (typeof id !== "string" || !(await options.store.exists(manifestKey(id))))
        return undefined;
    const dataDir = join(dataRootOf(context, options), id);
    const { manifest } = await context.group(`Unchanged data: reuse snapshot ${id}`, () => pullSnapshot(context, options.store, id, dataDir));
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
    const staging = await mkdtemp(join(tmpdir(), "trainyard-snapshot-"));
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
        const hashCache = await HashCache.open(join(dataRootOf(context, options), HASH_CACHE_FILE));
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
                const module = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 13826));
                reader = { module, columns: await module.checkSameColumns(sources) };
            }
            return reader;
        };
        let overlapped;
        if (!transform && !onRecord.every(Boolean)) {
            const sizes = await Promise.all(sources.map((file) => stat(file.path).then((info) => info.size)));
            const bytes = sizes.reduce((sum, size) => sum + size, 0);
            if (dataThreads(bytes, options.threads) > 1) {
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
                const split = await profileSources.splitAndProfile(sources, columns, format, join(staging, "out"), options, profiler);
                return { ...split, profiles: profiler.profiles(), pass: undefined };
            }
            const profiled = await (overlapped?.profiled ??
                profileSources.profileOnly(sources, columns, sourceBytes, options));
            context.log.info(profileSources.passSummary(profiled.pass));
            return { ...profiled, dropped: 0, sides: { train: 0, test: 0 } };
        });
        const rows = prepared.reduce((sum, file) => sum + file.rows, 0);
        if (rows === 0) {
            throw new DataError({ file: sources[0]?.name ?? options.source }, dropped > 0 ? `has no rows at or before as-of ${options.asOf?.time}` : "has a header but no rows");
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
        const dataDir = join(dataRootOf(context, options), id);
        if (pass?.columnCheckers && options.rules) {
            // validate-data on this snapshot reads these instead of the rows (see validation-checks.ts)
            await options.store.putIfAbsent(validationChecksKey(id, options.rules, profileSources.PASS_LAYOUT), {
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
        await rm(staging, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 81037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K2: () => (/* binding */ makeAsOfFilter),
  Ml: () => (/* binding */ makeSplitter)
});

// UNUSED EXPORTS: SplitError

// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
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

/***/ 47945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y4: () => (/* binding */ dataRootOf),
  hs: () => (/* binding */ loadStepConfig),
  cl: () => (/* binding */ openStepStore)
});

// UNUSED EXPORTS: defaultDataRoot, ruleLocation

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.cache/build/lib/config/config-error.js
var config_error = __webpack_require__(18697);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
// EXTERNAL MODULE: ./.cache/build/lib/store/open-store.js + 1 modules
var open_store = __webpack_require__(16997);
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
        const { loadConfig } = await __webpack_require__.e(/* import() */ 498).then(__webpack_require__.bind(__webpack_require__, 1498));
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

/***/ 76829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eX: () => (/* binding */ openStepTracking)
/* harmony export */ });
/* unused harmony exports trackingUri, openStepRegistry */
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

/***/ 84301:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ SNAPSHOT_TAG)
/* harmony export */ });
/* unused harmony exports ValidationFailedError, inferRulesStep, validateStep, VALIDATION_RUN_TAGS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11389);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32845);
/* harmony import */ var _report_validation_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92401);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20030);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47945);
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
    const config = await loadStepConfig(context, inputs);
    const id = inputs.snapshot;
    const store = await openStepStore(context, inputs, config);
    const rules = config?.config.validate;
    if (!config) {
        throw new UserError(`no trainyard.yml in ${context.workingDirectory}: the rules live in its validate: section (set ${inputLabel(inputs, "config")}, or run \`trainyard validate --infer\` for a starting rule set)`);
    }
    if (!rules) {
        throw new UserError(`${config.path} has no validate: section; run \`trainyard validate --infer\` for a starting rule set`);
    }
    const dataDir = join(dataRootOf(context, inputs), id);
    // When snapshot-data checked the rows already (same rules), only the manifest is needed.
    const checked = await store.exists(validationChecksKey(id, rules, PASS_LAYOUT));
    const { manifest } = checked
        ? { manifest: await readManifest(store, id) }
        : await context.group(`Materialise snapshot ${id}`, () => pullSnapshot(context, store, id, dataDir));
    const registryAccess = {
        openRegistry: dependencies.openRegistry ?? (() => openStepRegistry(context, inputs, config)),
        ...((dependencies.modelName ?? config?.config.model)
            ? { modelName: dependencies.modelName ?? config?.config.model }
            : {}),
    };
    const reference = await resolveReference(context, inputs.reference ?? rules.drift?.reference, registryAccess, (refId) => readManifest(store, refId));
    const report = await validateSnapshot(context, {
        manifest,
        dataDir,
        rules,
        store,
        ...(reference.reference ? { reference: reference.reference } : {}),
        ...(reference.note ? { noReferenceNote: reference.note } : {}),
    });
    const reportPath = resolve(context.workingDirectory, inputs["report-path"] ?? workspacePath.validationReport(id));
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    for (const check of report.checks.filter((candidate) => candidate.status === "fail")) {
        const location = ruleLocation(context, config, check.rulePath);
        const message = `${check.id}: ${check.message} (expected ${check.expected})`;
        const properties = { title: "data validation", ...(location ?? {}) };
        if (check.severity === "error")
            context.log.error(message, properties);
        else
            context.log.warning(message, properties);
    }
    await context.appendSummary(renderValidationMarkdown(report));
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
        const { tracker } = await openStepTracking(context, inputs, config);
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
/* unused harmony export validateSnapshot */
/* harmony import */ var _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11389);
/* harmony import */ var _config_contracts_validation_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56230);
/* harmony import */ var _validation_drift_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76045);
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
    const checks = [...schemaChecks(rules, columns)];
    const paths = snapshotFiles(manifest, options.dataDir);
    const files = [];
    for (const file of [...manifest.files].sort((a, b) => roleOrder[a.role] - roleOrder[b.role])) {
        const path = file.role === "data" ? paths.data.find((candidate) => candidate.endsWith(file.name)) : paths[file.role];
        if (path)
            files.push({ path, name: file.name, format: file.format, role: file.role });
    }
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    const storedKey = validationChecksKey(manifest.id, rules, PASS_LAYOUT);
    const stored = options.store && (await options.store.exists(storedKey))
        ? parseValidationChecks((await options.store.getBytes(storedKey)).toString("utf8"), storedKey)
        : undefined;
    let rows;
    if (stored) {
        // Checked while the snapshot was taken, in the same pass as its profile: the checkers' states are
        // judged now (max_age depends on the time of checking), the row-spanning results are as they were.
        context.log.info(`rows of snapshot ${manifest.id} were checked when it was taken: not reading them again`);
        rows = stored.rows;
        const checkers = columnCheckers({ rules, columns, now });
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
        const pass = await context.group(`Check ${manifest.rows} rows of snapshot ${manifest.id}`, () => runTablePass(files, { columns, profile: false, rules, now }, {
            threads: dataThreads(bytes, options.threads, files.length > 0 && files.every((file) => file.format === "parquet")
                ? PARQUET_PARALLEL_MIN_BYTES
                : PARALLEL_MIN_BYTES),
            ...(options.partBytes ? { partBytes: options.partBytes } : {}),
        }));
        context.log.info(passSummary(pass));
        rows = pass.rows;
        for (const checker of pass.columnCheckers ?? [])
            checks.push(...checker.results());
        checks.push(...(pass.dataset?.results() ?? []));
    }
    let referenceNote = options.noReferenceNote ?? "no reference snapshot, so no drift check";
    if (rules.drift && options.reference) {
        checks.push(...driftChecks(manifest.profile, options.reference.manifest.profile, rules.drift));
        referenceNote = options.reference.note;
    }
    else if (!rules.drift) {
        referenceNote = "no drift rules (validate.drift) configured";
    }
    const failed = checks.filter((check) => check.status === "fail");
    const errors = failed.filter((check) => check.severity === "error").length;
    return {
        kind: VALIDATION_KIND,
        version: VALIDATION_VERSION,
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

/***/ 16997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ openStore)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(55439);
// EXTERNAL MODULE: ./.cache/build/lib/store/blob-store.js
var blob_store = __webpack_require__(89546);
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


/***/ }),

/***/ 76045:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __webpack_require__) => {


// UNUSED EXPORTS: driftChecks

// EXTERNAL MODULE: ./.cache/build/lib/stats/quantile-sketch.js + 2 modules
var quantile_sketch = __webpack_require__(35992);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/drift.js

/** Proportions below this count as this, so an empty bin gives a large but finite PSI term. */
const PSI_FLOOR = 1e-4;
function toSketch(source) {
    if (source instanceof QuantileSketch)
        return source;
    if ("levels" in source)
        return QuantileSketch.fromJSON(source);
    if (!source.sketch)
        throw new TypeError(`column ${source.name} (${source.type}) has no quantile sketch`);
    return QuantileSketch.fromJSON(source.sketch);
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
function drift_psiNumeric(reference, current, bins = 10) {
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
function drift_psiCategorical(reference, current) {
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
function drift_ksStatistic(reference, current) {
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
            observed: round(value, 4),
            expected: bounds(thresholds),
            message: `${message} ${round(value, 4)}`,
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


/***/ })

};
