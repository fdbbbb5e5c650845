export const id = 480;
export const ids = [480];
export const modules = {

/***/ 38480:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79029);
/* harmony import */ var _steps_evaluate_evaluate_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22652);
/* harmony import */ var _steps_evaluate_evaluate_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47007);



await (0,_context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runStepAction */ .u)(_steps_evaluate_evaluate_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .EVALUATE_INPUTS */ ._, (context, inputs) => (0,_steps_evaluate_evaluate_step_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateStep */ ._E)(context, inputs));

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

/***/ 67352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ manifestKey),
/* harmony export */   bd: () => (/* binding */ blobKey),
/* harmony export */   dE: () => (/* binding */ parseSnapshotManifest)
/* harmony export */ });
/* unused harmony exports SNAPSHOT_KIND, SNAPSHOT_VERSION, snapshotFileSchema, columnProfileSchema, snapshotManifestSchema */
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

/***/ 22652:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ EVALUATE_INPUTS)
});

// UNUSED EXPORTS: MEASUREMENT_INPUTS

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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/evaluate/evaluate-inputs.js

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
    ...CONFIG_INPUT,
    "model-dir": {
        description: "The model folder (train's model-dir)",
        required: true,
        cli: { placeholder: "dir" },
    },
    ...MEASUREMENT_INPUTS,
    snapshot: { description: "The snapshot whose test file is evaluated", cli: { placeholder: "id" } },
    "data-dir": { description: "A folder holding the snapshot's files", cli: { placeholder: "dir" } },
    ...STORE_INPUTS,
    task: {
        description: "Default: inferred",
        kind: "choice",
        choices: ["binary", "multiclass", "regression"],
    },
    slices: { description: "Columns to report metrics per value", cli: { placeholder: "a,b" } },
    metrics: { description: "Metrics to report (default: all of the task)", cli: { placeholder: "a,b" } },
    "primary-metric": { description: "The metric that ranks models", cli: { placeholder: "name" } },
    "run-id": { description: "The run to log the evaluation to", cli: { placeholder: "id" } },
    ...TRACKING_INPUT,
    "output-dir": { description: "Where evaluation.json is written", cli: { placeholder: "dir" } },
    ...DATA_ROOT_INPUT,
};


/***/ }),

/***/ 47007:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _E: () => (/* binding */ evaluateStep)
});

// UNUSED EXPORTS: DEFAULT_PRIMARY_METRIC, evaluationSettings, loadPredictions, recordRowIds, runPrediction

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/contract-file.js
var contract_file = __webpack_require__(88689);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./.cache/build/lib/config/contracts/evaluation-report.js


const EVALUATION_KIND = "trainyard.evaluation";
const EVALUATION_VERSION = 1;
/** A metric's value on the test rows and its bootstrap percentile interval (NaN is written as null). */
const metricIntervalSchema = schemas/* object */.Ikc({
    value: schemas/* number */.aig().nullable(),
    low: schemas/* number */.aig().nullable(),
    high: schemas/* number */.aig().nullable(),
    resamples: schemas/* number */.aig().int().nonnegative(),
});
const sliceMetricsSchema = schemas/* object */.Ikc({
    column: schemas/* string */.YjP(),
    /** The category, or a quantile bucket of a numeric column such as "[18, 31)". */
    value: schemas/* string */.YjP(),
    rows: schemas/* number */.aig().int().nonnegative(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), metricIntervalSchema),
});
const evaluationReportSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz(EVALUATION_KIND),
    version: schemas/* literal */.euz(EVALUATION_VERSION),
    task: schemas/* enum */.k5n(["binary", "multiclass", "regression"]),
    labelColumn: schemas/* string */.YjP(),
    /** Class labels as written in the data; for binary, [negative, positive]. */
    classes: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    primaryMetric: schemas/* string */.YjP(),
    rows: schemas/* number */.aig().int().nonnegative(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), metricIntervalSchema),
    slices: schemas/* array */.YOg(sliceMetricsSchema),
    bootstrap: schemas/* object */.Ikc({
        resamples: schemas/* number */.aig().int().nonnegative(),
        confidence: schemas/* number */.aig(),
        seed: schemas/* number */.aig().int(),
        method: schemas/* string */.YjP(),
        /** How each resample draws rows: exact multinomial counts, or Poisson(1) counts from 10,000 rows on. */
        resampling: schemas/* enum */.k5n(["multinomial", "poisson"]).optional(),
    }),
    prediction: schemas/* object */.Ikc({
        seconds: schemas/* number */.aig().nonnegative(),
        rowsPerSecond: schemas/* number */.aig().nonnegative(),
        msPer1kRows: schemas/* number */.aig().nonnegative(),
    }),
    model: schemas/* object */.Ikc({ sizeBytes: schemas/* number */.aig().int().nonnegative(), runId: schemas/* string */.YjP().optional() }),
    snapshotId: schemas/* string */.YjP().optional(),
    testFile: schemas/* string */.YjP(),
    /** The predictions, relative to the report's folder, so champion-challenger can pair them with the champion's. */
    predictionsFile: schemas/* string */.YjP(),
    /**
     * evaluate.id_column: the predictions file then also has this column (each test row's id) and the label
     * column (its label), so monitor can pair production rows with the test rows by id. Absent before.
     */
    idColumn: schemas/* string */.YjP().optional(),
    createdAt: schemas/* string */.YjP(),
    /** The packaged model loaded as a server loads it, against these predictions (absent before issue 11). */
    servingParity: schemas/* object */.Ikc({
        status: schemas/* enum */.k5n(["pass", "fail", "skip"]),
        reason: schemas/* string */.YjP().optional(),
        python: schemas/* string */.YjP().optional(),
        foundBy: schemas/* string */.YjP().optional(),
        mlflowVersion: schemas/* string */.YjP().optional(),
        source: schemas/* string */.YjP().optional(),
        rows: schemas/* number */.aig().int().nonnegative().optional(),
        columns: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        mismatchedRows: schemas/* number */.aig().int().nonnegative().optional(),
        maxAbsDiff: schemas/* number */.aig().optional(),
        maxAllowed: schemas/* number */.aig(),
        firstDiffering: schemas/* array */.YOg(schemas/* object */.Ikc({
            row: schemas/* number */.aig().int(),
            column: schemas/* string */.YjP(),
            evaluated: schemas/* string */.YjP(),
            served: schemas/* string */.YjP(),
            absDiff: schemas/* number */.aig().nullable(),
        }))
            .optional(),
        loadSeconds: schemas/* number */.aig().optional(),
        predictSeconds: schemas/* number */.aig().optional(),
        seconds: schemas/* number */.aig().optional(),
    })
        .optional(),
});
function parseEvaluationReport(text, file) {
    return parseContract(evaluationReportSchema, text, file, {
        kind: EVALUATION_KIND,
        version: EVALUATION_VERSION,
    });
}

// EXTERNAL MODULE: ./.cache/build/lib/config/trainyard-config.js + 1 modules
var trainyard_config = __webpack_require__(35719);
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

// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
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

// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-names.js
var metric_names = __webpack_require__(29050);
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
        ? `, ${escapeMarkdown(report.primaryMetric)} ${formatInterval(primary.value, primary.low, primary.high)}`
        : "";
    const head = `### ${escapeMarkdown(options.title ?? "Evaluation")}: ${report.task}, ${formatCount(report.rows)} test rows${primaryText}`;
    const parts = [head, metricsTable(report)];
    const slices = slicesTable(report);
    if (slices)
        parts.push(slices);
    parts.push(evaluation_markdown_performance(report), lineage(report));
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
        ? `**${escapeMarkdown(metric)}** ${arrow} (primary)`
        : `${escapeMarkdown(metric)} ${arrow}`;
}
function metricsTable(report) {
    const level = formatPercent(report.bootstrap.confidence);
    const rows = metricNames(report).map((name) => {
        const metric = report.metrics[name];
        return [
            metricLabel(name, report.primaryMetric),
            formatNumber(metric.value),
            `[${formatNumber(metric.low)}, ${formatNumber(metric.high)}]`,
            formatCount(metric.resamples),
        ];
    });
    return table(["metric", "value", `${level} interval`, "resamples"], rows);
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
        cell(slice.column),
        cell(slice.value),
        formatCount(slice.rows),
        ...names.map((name) => sliceMetric(slice.metrics[name], name === report.primaryMetric)),
    ]);
    const columns = [...new Set(report.slices.map((slice) => slice.column))];
    const head = `#### Slices of ${columns.map((column) => escapeMarkdown(column)).join(", ")}`;
    const body = table(headers, rows);
    return rows.length > VISIBLE_SLICES
        ? `${head}\n\n${details(`${formatCount(rows.length)} slices`, body)}`
        : `${head}\n\n${body}`;
}
function sliceMetric(metric, withInterval) {
    if (!metric)
        return "";
    return withInterval ? formatInterval(metric.value, metric.low, metric.high) : formatNumber(metric.value);
}
function evaluation_markdown_performance(report) {
    const { rowsPerSecond, msPer1kRows, seconds } = report.prediction;
    return [
        `Prediction: ${formatMeasure(rowsPerSecond)} rows/s, ${formatMeasure(msPer1kRows)} ms per 1,000 rows (${formatMeasure(seconds)} s in all).`,
        `Model size: ${formatBytes(report.model.sizeBytes)} (${formatCount(report.model.sizeBytes)} bytes).`,
    ].join("  \n");
}
function lineage(report) {
    const { resamples, confidence, seed, method } = report.bootstrap;
    const parts = [
        `bootstrap ${escapeMarkdown(method)}: ${formatCount(resamples)} resamples, ${formatPercent(confidence)}, seed ${seed}`,
    ];
    if (report.snapshotId)
        parts.unshift(`snapshot ${code(report.snapshotId)}`);
    if (report.model.runId)
        parts.unshift(`run ${code(report.model.runId)}`);
    parts.push(`label ${code(report.labelColumn)}`);
    return `<sub>${parts.join(" · ")}</sub>`;
}

// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/snapshot-manifest.js
var snapshot_manifest = __webpack_require__(67352);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.cache/build/lib/data/hash-file.js
var hash_file = __webpack_require__(6217);
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
        const hashed = await (0,hash_file/* hashFile */.D)(absolute);
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

// EXTERNAL MODULE: ./.cache/build/lib/store/blob-store.js
var blob_store = __webpack_require__(89546);
// EXTERNAL MODULE: ./.cache/build/lib/store/parallel.js
var parallel = __webpack_require__(6170);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/pull-snapshot.js








class SnapshotNotFoundError extends user_error/* UserError */.yo {
    constructor(id, storeUri) {
        super(`no snapshot "${id}" in ${storeUri} (no ${(0,snapshot_manifest/* manifestKey */.Rn)(id)})`);
        this.name = "SnapshotNotFoundError";
    }
}
async function pull_snapshot_readManifest(store, id) {
    if (!/^[0-9a-f]{16}$/.test(id))
        throw new user_error/* UserError */.yo(`"${id}" is not a snapshot id (16 hex characters)`);
    try {
        const bytes = await store.getBytes((0,snapshot_manifest/* manifestKey */.Rn)(id));
        return (0,snapshot_manifest/* parseSnapshotManifest */.dE)(bytes.toString("utf8"), `${store.uri}/${(0,snapshot_manifest/* manifestKey */.Rn)(id)}`);
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
    const manifest = await pull_snapshot_readManifest(store, id);
    const cache = await HashCache.open((0,external_node_path_.join)((0,external_node_path_.dirname)(destination), HASH_CACHE_FILE));
    let bytesDownloaded = 0;
    await (0,parallel/* mapWithConcurrency */.W)(manifest.files, 4, async (file) => {
        const target = (0,external_node_path_.join)(destination, ...file.name.split("/"));
        if (await (0,promises_.stat)(target).catch(() => undefined)) {
            if ((await cache.hash(target)).sha256 === file.sha256)
                return;
        }
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        const partial = `${target}.partial-${process.pid}`;
        const progress = context.progress(`download ${file.name}`, file.bytes);
        await store.download((0,snapshot_manifest/* blobKey */.bd)(file.sha256), partial, { onProgress: (bytes) => progress.update(bytes) });
        progress.finish();
        const { sha256 } = await (0,hash_file/* hashFile */.D)(partial);
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
    const path = (name) => (name ? (0,external_node_path_.join)(dataDir, ...name.split("/")) : undefined);
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
        const { loadConfig } = await __webpack_require__.e(/* import() */ 207).then(__webpack_require__.bind(__webpack_require__, 42207));
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
function dataRootOf(context, inputs) {
    const input = inputs["data-root"];
    return input ? (0,external_node_path_.resolve)(context.workingDirectory, input) : defaultDataRoot(context);
}

// EXTERNAL MODULE: ./.cache/build/lib/tracking/ports.js
var ports = __webpack_require__(3241);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./.cache/build/lib/serving/mlmodel.js


/**
 * The MLflow Model format as MLflow 3.x reads it (checked against mlflow 3.17's `mlflow/models/model.py`,
 * `mlflow/pyfunc/model.py` and `mlflow/pyfunc/loaders/code_model.py`): a YAML `MLmodel` file with
 * `flavors`, an optional `signature` whose `inputs`/`outputs` are JSON strings of column specs, and
 * `saved_input_example_info` naming `input_example.json` (pandas "split" orient) and
 * `serving_input_example.json` (the body `/invocations` takes). Pure functions: no I/O.
 */
const mlmodel_MLMODEL_FILE = "MLmodel";
const mlmodel_INPUT_EXAMPLE_FILE = "input_example.json";
const mlmodel_SERVING_INPUT_FILE = "serving_input_example.json";
/** The models-from-code file of a wrapped predict command, and its settings, at the model's root. */
// Built at run time, so that the bundler does not take the name for a file to ship.
const mlmodel_WRAPPER_CODE_FILE = ["trainyard_pyfunc", "py"].join(".");
const mlmodel_WRAPPER_SETTINGS_FILE = "trainyard_predict.json";
/** The `metadata` key trainyard writes into every MLmodel it packages. */
const mlmodel_TRAINYARD_METADATA_KEY = "trainyard";
/** An MLmodel (or its signature) that MLflow would not load or that does not fit the data. */
class mlmodel_MLmodelError extends user_error/* UserError */.yo {
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
function mlmodel_inputSchema(testColumns, profile, labelColumn) {
    const byName = new Map(profile.map((column) => [column.name, column]));
    return testColumns
        .filter((name) => name !== labelColumn)
        .map((name) => {
        const column = byName.get(name);
        return { type: mlflowTypeOf(column), name, required: !column || column.nullCount === 0 };
    });
}
/** The signature's outputs from the predict contract's columns, typed from the values the command wrote. */
function mlmodel_outputSchema(columns, rows) {
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
function mlmodel_signatureOf(inputs, outputs) {
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
function mlmodel_parseColumnSpecs(text, where) {
    if (text === null || text === undefined)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new mlmodel_MLmodelError(`${where} is not the JSON list of column specs MLflow writes: ${error.message}`);
    }
    if (!Array.isArray(parsed))
        throw new mlmodel_MLmodelError(`${where} must be a JSON list of column specs, found ${typeof parsed}`);
    return parsed.map((entry, index) => {
        const spec = entry;
        if (typeof spec !== "object" || spec === null || typeof spec.type !== "string")
            throw new mlmodel_MLmodelError(`${where}: entry ${index + 1} has no "type"`);
        if (typeof spec.name !== "string")
            throw new mlmodel_MLmodelError(`${where}: entry ${index + 1} has no column name (a tensor signature cannot describe the test file's columns)`);
        if (!MLFLOW_TYPES.has(spec.type))
            throw new mlmodel_MLmodelError(`${where}: column "${spec.name}" has type "${spec.type}", not a column type MLflow knows`);
        return { type: spec.type, name: spec.name, required: spec.required !== false };
    });
}
/**
 * Reads an MLmodel the way MLflow does (YAML) and checks what loading needs: a mapping of flavors with a
 * `python_function` flavor naming its `loader_module`. Anything else is an MLmodelError that names the file.
 */
function mlmodel_parseMLmodel(text, file) {
    let document;
    try {
        document = parse(text);
    }
    catch (error) {
        throw new mlmodel_MLmodelError(`${file} does not parse as YAML, so MLflow cannot read it: ${error.message.split("\n")[0]}`);
    }
    if (typeof document !== "object" || document === null || Array.isArray(document))
        throw new mlmodel_MLmodelError(`${file} must be a YAML mapping with "flavors", found ${Array.isArray(document) ? "a list" : typeof document}`);
    const model = document;
    if (typeof model.flavors !== "object" || model.flavors === null || Object.keys(model.flavors).length === 0)
        throw new mlmodel_MLmodelError(`${file} has no "flavors": MLflow cannot load a model without one`);
    const pyfunc = model.flavors.python_function;
    if (!pyfunc)
        throw new mlmodel_MLmodelError(`${file} has flavors ${Object.keys(model.flavors).join(", ")} but no python_function flavor: mlflow.pyfunc.load_model and mlflow models serve need it`);
    if (typeof pyfunc.loader_module !== "string" || pyfunc.loader_module === "")
        throw new mlmodel_MLmodelError(`${file}: the python_function flavor names no loader_module`);
    if (model.signature !== undefined && model.signature !== null) {
        mlmodel_parseColumnSpecs(model.signature.inputs, `${file}: signature.inputs`);
        mlmodel_parseColumnSpecs(model.signature.outputs, `${file}: signature.outputs`);
    }
    return model;
}
function mlmodel_renderMLmodel(model) {
    return stringify(model, { lineWidth: 0 });
}
/**
 * A model's declared inputs must be the test file's feature columns: a missing column would fail at serving
 * time, an extra one would never be sent. Returns the problems, empty when they match.
 */
function mlmodel_signatureMismatch(declared, testColumns, labelColumn) {
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
function mlmodel_inputExampleFiles(inputs, header, rows) {
    const positions = inputs.map((column) => header.indexOf(column.name));
    const data = rows.map((row) => inputs.map((column, k) => exampleValue(row[positions[k]], column.type)));
    const split = { columns: inputs.map((column) => column.name), data };
    return {
        inputExample: JSON.stringify(split),
        servingInput: `${JSON.stringify({ dataframe_split: split }, null, 2)}\n`,
    };
}
const mlmodel_INPUT_EXAMPLE_INFO = {
    artifact_path: mlmodel_INPUT_EXAMPLE_FILE,
    pandas_orient: "split",
    serving_input_path: mlmodel_SERVING_INPUT_FILE,
    type: "dataframe",
};
/** The MLmodel of a wrapped predict command: a models-from-code python_function model (no pickle). */
function mlmodel_wrappedMLmodel(options) {
    return {
        flavors: {
            python_function: {
                code: null,
                env: { conda: "conda.yaml", virtualenv: "python_env.yaml" },
                loader_module: "mlflow.pyfunc.loaders.code_model",
                model_code_path: mlmodel_WRAPPER_CODE_FILE,
                python_version: options.pythonVersion,
                streamable: false,
            },
        },
        ...(options.mlflowVersion ? { mlflow_version: options.mlflowVersion } : {}),
        model_uuid: options.modelUuid,
        saved_input_example_info: mlmodel_INPUT_EXAMPLE_INFO,
        signature: options.signature,
        utc_time_created: options.createdAt.toISOString().replace("T", " ").replace("Z", ""),
        metadata: { [mlmodel_TRAINYARD_METADATA_KEY]: options.metadata },
    };
}
/** The pip requirements a packaged model declares: mlflow first, then the trainer's own pins. */
function mlmodel_requirementsFor(mlflowVersion, lockfileLines) {
    const pins = lockfileLines
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("-"));
    const hasMlflow = pins.some((line) => /^mlflow(\W|$)/i.test(line));
    return [...(hasMlflow ? [] : [mlflowVersion ? `mlflow==${mlflowVersion}` : "mlflow>=3,<4"]), ...pins];
}
function mlmodel_pythonEnvYaml(pythonVersion) {
    return stringify({
        python: pythonVersion,
        build_dependencies: ["pip", "setuptools", "wheel"],
        dependencies: ["-r requirements.txt"],
    });
}
function mlmodel_condaYaml(pythonVersion, requirements) {
    return stringify({
        channels: ["conda-forge"],
        dependencies: [`python=${pythonVersion}`, "pip", { pip: requirements }],
        name: "mlflow-env",
    });
}

;// CONCATENATED MODULE: ./.cache/build/lib/serving/lineage-hooks.js




/** MLflow keeps a dataset's profile in a bounded text field: the per-column summary is cut to fit. */
const PROFILE_LIMIT = 16_000;
/** The snapshot as an MLflow dataset: digest = snapshot id, source = its manifest in the store. */
function snapshotDataset(manifest, storeUri, context) {
    const uri = `${storeUri.replace(/\/+$/, "")}/snapshots/${manifest.id}/manifest.json`;
    const byName = new Map(manifest.profile.map((column) => [column.name, column]));
    const schema = {
        mlflow_colspec: manifest.columns.map((name) => {
            const column = byName.get(name);
            return { type: mlflowTypeOf(column), name, required: !column || column.nullCount === 0 };
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
    const store = await step_config_openStepStore(context, inputs, config);
    return snapshotDataset(await pull_snapshot_readManifest(store, snapshotId), store.uri, use);
}
/** train's hook: the snapshot as the run's training dataset; a backend without it, or a failure, only warns. */
async function logTrainingDataset(context, options) {
    const { tracker, snapshotId } = options;
    if (!snapshotId || !hasNativeLineage(tracker))
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
    if (!snapshotId || !(0,ports/* hasNativeLineage */.$)(tracker))
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.cache/build/lib/data/format.js
var format = __webpack_require__(40089);
// EXTERNAL MODULE: ./.cache/build/lib/data/read-csv.js
var read_csv = __webpack_require__(73027);
// EXTERNAL MODULE: ./.cache/build/lib/data/read-jsonl.js
var read_jsonl = __webpack_require__(63801);
// EXTERNAL MODULE: ./.cache/build/lib/data/row-batch.js
var row_batch = __webpack_require__(30109);
;// CONCATENATED MODULE: ./.cache/build/lib/data/read-table.js



/**
 * Streams a table in batches of rows, holding one batch (and for Parquet one row group) in memory. At least
 * one batch always comes, empty when the file has a header or schema but no rows, so the columns are known.
 * Problems with the file are DataErrors naming the file, row, line and column.
 */
function read_table_readTable(path, format, options) {
    const batchSize = (0,row_batch/* batchSizeOf */.zC)(options);
    switch (format) {
        case "csv":
            return (0,read_csv/* readCsv */.Nb)(path, batchSize);
        case "jsonl":
            return (0,read_jsonl/* readJsonl */.fl)(path, batchSize, options?.columns);
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
            return readCsvHeader(path);
        case "jsonl":
            return readJsonlColumns(path);
        case "parquet":
            return Promise.all(/* import() */[__webpack_require__.e(992), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 27663)).then(({ readParquetColumns }) => readParquetColumns(path));
    }
}
/** The Parquet reader (and hyparquet) is loaded when a Parquet file is read, not with this module. */
async function* readParquetLazily(path, batchSize) {
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(992), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 27663));
    yield* readParquet(path, batchSize);
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/command/command-environment.js
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
function command_environment_commandEnvironment(parent) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (WITHHELD.has(name) || name.startsWith("INPUT_"))
            continue;
        env[name] = value;
    }
    return env;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
function run_command_runCommand(options) {
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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/command/split-command.js

/**
 * Splits a command line into arguments the way a POSIX shell would for plain words and quotes, without
 * running a shell: no variables, globs, pipes or redirections. The user's command then runs as an argument
 * array, so no input can ever be interpreted by a shell.
 */
const SHELL_OPERATORS = new Set(["|", "||", "&", "&&", ";", ">", ">>", "<", "<<", "2>", "2>&1", "$(", "`"]);
class CommandLineError extends user_error/* UserError */.yo {
    constructor(message) {
        super(message);
        this.name = "CommandLineError";
    }
}
function split_command_splitCommand(line, what = "command") {
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

;// CONCATENATED MODULE: ./.cache/build/lib/serving/python-sources.js
// Generated by scripts/embed-serving-python.mjs from src/serving/python/*.py: do not edit by hand.
/** src/serving/python/trainyard_serving.py: loads a packaged model as a server does and predicts with it. */
const SERVING_HELPER_SOURCE = '"""trainyard\'s serving checks: load a packaged MLflow Model the way a server does and predict with it.\n\nRun as an argument array, never through a shell:\n  python trainyard_serving.py probe\n  python trainyard_serving.py predict --model DIR_OR_URI --input CSV --output CSV [--label NAME] [--classes JSON]\n  python trainyard_serving.py serve --model DIR --pyfunc-output CSV --output CSV [--classes JSON] [--timeout S]\nEach prints one JSON line on stdout; a failure prints {"error": ...} and exits 3.\n"""\n\nimport argparse\nimport json\nimport os\nimport signal\nimport socket\nimport subprocess\nimport sys\nimport time\nimport urllib.error\nimport urllib.request\n\nsys.dont_write_bytecode = True\n\n\ndef emit(payload):\n    sys.stdout.write(json.dumps(payload) + "\\n")\n    sys.stdout.flush()\n\n\ndef fail(message, code=3):\n    emit({"error": message})\n    sys.exit(code)\n\n\ndef probe():\n    import platform\n\n    import mlflow\n\n    emit({"python": platform.python_version(), "mlflow": mlflow.__version__, "executable": sys.executable})\n\n\ndef read_typed(path, specs, label):\n    """The CSV rows as a DataFrame typed like the signature\'s inputs (every column text when there is none)."""\n    import pandas as pd\n\n    frame = pd.read_csv(path, dtype=str, keep_default_na=False)\n    if specs is None:\n        keep = [name for name in frame.columns if name != label]\n        frame = frame[keep]\n        for name in keep:\n            frame[name] = frame[name].where(frame[name].str.strip() != "", None)\n        return frame\n    missing = [spec["name"] for spec in specs if spec["name"] not in frame.columns]\n    if missing:\n        fail(f"the input has no column(s) {\', \'.join(missing)} that the model\'s signature requires")\n    out = pd.DataFrame(index=frame.index)\n    for spec in specs:\n        text = frame[spec["name"]]\n        empty = text.str.strip() == ""\n        kind = spec["type"]\n        if kind in ("long", "integer"):\n            numbers = pd.to_numeric(text.where(~empty), errors="coerce")\n            out[spec["name"]] = numbers.astype("int64" if not numbers.isna().any() else "float64")\n        elif kind in ("double", "float"):\n            out[spec["name"]] = pd.to_numeric(text.where(~empty), errors="coerce").astype("float64")\n        elif kind == "boolean":\n            out[spec["name"]] = text.str.strip().str.lower().isin(["true", "1", "yes"])\n        elif kind == "datetime":\n            out[spec["name"]] = pd.to_datetime(text.where(~empty), utc=True, format="ISO8601").dt.tz_localize(None)\n        else:\n            out[spec["name"]] = text.where(~empty, None)\n    return out\n\n\ndef input_specs(model):\n    signature = model.metadata.signature\n    if signature is None or signature.inputs is None:\n        return None\n    return [json.loads(json.dumps(spec)) for spec in signature.inputs.to_dict()]\n\n\ndef model_classes(model):\n    """The classes a classifier\'s flavor knows (scikit-learn\'s classes_), for a probability array\'s columns."""\n    try:\n        raw = model.get_raw_model()\n    except Exception:  # noqa: BLE001 (a flavor without a raw model: no classes)\n        return None\n    classes = getattr(raw, "classes_", None)\n    return [str(c.item() if hasattr(c, "item") else c) for c in classes] if classes is not None else None\n\n\ndef to_contract(result, classes):\n    """Any pyfunc output as the predict contract\'s columns: prediction, and score or proba_<class>."""\n    import numpy as np\n    import pandas as pd\n\n    if isinstance(result, dict):\n        result = pd.DataFrame(result)\n    if isinstance(result, list):\n        result = pd.DataFrame(result) if result and isinstance(result[0], dict) else np.asarray(result)\n    if isinstance(result, pd.Series):\n        result = result.to_frame(name="prediction")\n    if isinstance(result, pd.DataFrame):\n        named = [c for c in result.columns if c in ("prediction", "score") or str(c).startswith("proba_")]\n        if named:\n            return result[named].reset_index(drop=True)\n        if result.shape[1] == 1:\n            return pd.DataFrame({"prediction": result.iloc[:, 0].to_numpy()})\n        result = result.to_numpy()\n    array = np.asarray(result)\n    if array.ndim == 1:\n        return pd.DataFrame({"prediction": array})\n    if array.ndim == 2 and array.shape[1] == 1:\n        return pd.DataFrame({"prediction": array[:, 0]})\n    if array.ndim == 2 and classes and array.shape[1] == len(classes):\n        labels = [classes[i] for i in array.argmax(axis=1)]\n        frame = pd.DataFrame({"prediction": labels})\n        if len(classes) == 2:\n            frame["score"] = array[:, 1].astype("float64")\n        else:\n            for k, name in enumerate(classes):\n                frame[f"proba_{name}"] = array[:, k].astype("float64")\n        return frame\n    fail(f"the model returned an array of shape {list(array.shape)}; expected one value or one probability per class a row")\n\n\ndef load(model_uri):\n    import mlflow.pyfunc\n\n    try:\n        return mlflow.pyfunc.load_model(model_uri)\n    except ModuleNotFoundError as error:\n        fail(f"the model\'s loader needs the Python module {error.name!r}, which is not installed: {error}")\n    except Exception as error:  # noqa: BLE001 (every load failure is reported to trainyard as a message)\n        fail(f"mlflow.pyfunc.load_model({model_uri!r}) failed: {type(error).__name__}: {error}")\n\n\ndef predict(args):\n    started = time.monotonic()\n    model = load(args.model)\n    loaded = time.monotonic()\n    classes = json.loads(args.classes) if args.classes else model_classes(model)\n    specs = input_specs(model)\n    frame = read_typed(args.input, specs, args.label)\n    try:\n        result = model.predict(frame)\n    except Exception as error:  # noqa: BLE001\n        fail(f"the loaded model failed to predict: {type(error).__name__}: {error}")\n    contract = to_contract(result, classes)\n    contract.to_csv(args.output, index=False, float_format="%.17g")\n    flavors = sorted(model.metadata.flavors)\n    emit(\n        {\n            "rows": len(contract),\n            "columns": list(contract.columns),\n            "flavors": flavors,\n            "loader_module": model.metadata.flavors["python_function"].get("loader_module"),\n            "load_seconds": loaded - started,\n            "predict_seconds": time.monotonic() - loaded,\n            "raw_columns": [str(c) for c in getattr(result, "columns", [])],\n        }\n    )\n\n\ndef free_port():\n    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:\n        sock.bind(("127.0.0.1", 0))\n        return sock.getsockname()[1]\n\n\ndef serve(args):\n    """Loads the model with pyfunc and predicts its input example, then serves it with mlflow models serve\n    and posts the serving input example to /invocations; both answers go to CSV files."""\n    from mlflow.models import Model\n\n    model = load(args.model)\n    classes = json.loads(args.classes) if args.classes else model_classes(model)\n    metadata = Model.load(args.model)\n    info = metadata.saved_input_example_info or {}\n    if not info.get("serving_input_path"):\n        fail("the model has no serving input example (saved_input_example_info.serving_input_path in MLmodel)")\n    example = metadata.load_input_example(args.model)\n    try:\n        in_process = model.predict(example)\n    except Exception as error:  # noqa: BLE001\n        fail(f"the loaded model failed to predict its input example: {type(error).__name__}: {error}")\n    to_contract(in_process, classes).to_csv(args.pyfunc_output, index=False, float_format="%.17g")\n    body_path = os.path.join(args.model, info["serving_input_path"])\n    port = free_port()\n    log_path = args.output + ".server.log"\n    command = [\n        sys.executable, "-m", "mlflow", "models", "serve",\n        "-m", args.model, "--env-manager", "local", "-h", "127.0.0.1", "-p", str(port), "-w", "1",\n    ]\n    started = time.monotonic()\n    with open(log_path, "w", encoding="utf-8") as log:\n        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)\n    try:\n        base = f"http://127.0.0.1:{port}"\n        deadline = started + args.timeout\n        while True:\n            if server.poll() is not None:\n                fail(f"mlflow models serve exited with code {server.returncode} before answering: {tail(log_path)}")\n            try:\n                with urllib.request.urlopen(base + "/ping", timeout=2) as response:\n                    if response.status == 200:\n                        break\n            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):\n                pass\n            if time.monotonic() > deadline:\n                fail(f"mlflow models serve did not answer /ping within {args.timeout} s: {tail(log_path)}")\n            time.sleep(0.25)\n        ready = time.monotonic()\n        with open(body_path, "rb") as handle:\n            body = handle.read()\n        request = urllib.request.Request(\n            base + "/invocations", data=body, headers={"Content-Type": "application/json"}, method="POST"\n        )\n        try:\n            with urllib.request.urlopen(request, timeout=max(5, deadline - time.monotonic())) as response:\n                answer = json.loads(response.read().decode("utf-8"))\n        except urllib.error.HTTPError as error:\n            fail(f"/invocations answered HTTP {error.code}: {error.read().decode(\'utf-8\', \'replace\')[:2000]}")\n        predictions = answer.get("predictions", answer) if isinstance(answer, dict) else answer\n        contract = to_contract(predictions, classes)\n        contract.to_csv(args.output, index=False, float_format="%.17g")\n        emit(\n            {\n                "rows": len(contract),\n                "columns": list(contract.columns),\n                "example_rows": len(example),\n                "port": port,\n                "start_seconds": ready - started,\n                "invoke_seconds": time.monotonic() - ready,\n            }\n        )\n    finally:\n        stop(server)\n\n\ndef tail(path):\n    try:\n        with open(path, encoding="utf-8", errors="replace") as handle:\n            return handle.read()[-1500:]\n    except OSError:\n        return ""\n\n\ndef stop(server):\n    if server.poll() is not None:\n        return\n    try:\n        os.killpg(server.pid, signal.SIGTERM)\n        server.wait(timeout=10)\n    except (ProcessLookupError, subprocess.TimeoutExpired):\n        try:\n            os.killpg(server.pid, signal.SIGKILL)\n        except ProcessLookupError:\n            pass\n        server.wait(timeout=10)\n\n\ndef main():\n    parser = argparse.ArgumentParser(prog="trainyard_serving")\n    commands = parser.add_subparsers(dest="command", required=True)\n    commands.add_parser("probe")\n    p = commands.add_parser("predict")\n    p.add_argument("--model", required=True)\n    p.add_argument("--input", required=True)\n    p.add_argument("--output", required=True)\n    p.add_argument("--label", default="")\n    p.add_argument("--classes", default="")\n    s = commands.add_parser("serve")\n    s.add_argument("--model", required=True)\n    s.add_argument("--pyfunc-output", required=True)\n    s.add_argument("--output", required=True)\n    s.add_argument("--classes", default="")\n    s.add_argument("--timeout", type=float, default=120)\n    args = parser.parse_args()\n    if args.command == "probe":\n        probe()\n    elif args.command == "predict":\n        predict(args)\n    else:\n        serve(args)\n\n\nif __name__ == "__main__":\n    main()\n';
/** src/serving/python/trainyard_pyfunc.py: the models-from-code wrapper of a predict command. */
const python_sources_PYFUNC_WRAPPER_SOURCE = '"""trainyard\'s wrapper of a predict command as an MLflow python_function model (models-from-code).\n\npredict(DataFrame) writes the rows to a CSV file, runs the model\'s predict command without a shell under\ntrainyard\'s predict contract (TRAINYARD_MODEL_DIR, TRAINYARD_INPUT_FILE, TRAINYARD_PREDICTIONS_FILE) and\nreturns the predictions file as a DataFrame. The command\'s files are in code/ next to this file; its\nruntime (for example node or python) must be on the serving host\'s PATH.\n"""\n\nimport json\nimport os\nimport subprocess\nimport tempfile\n\nimport mlflow\nimport pandas as pd\n\nHERE = os.path.dirname(os.path.abspath(__file__))\n\n\nclass TrainyardPredictCommand(mlflow.pyfunc.PythonModel):\n    def load_context(self, context):\n        with open(os.path.join(HERE, "trainyard_predict.json"), encoding="utf-8") as handle:\n            self.settings = json.load(handle)\n\n    def predict(self, context, model_input, params=None):\n        settings = self.settings\n        frame = model_input if isinstance(model_input, pd.DataFrame) else pd.DataFrame(model_input)\n        with tempfile.TemporaryDirectory(prefix="trainyard-predict-") as scratch:\n            input_file = os.path.join(scratch, "input.csv")\n            predictions_file = os.path.join(scratch, "predictions.csv")\n            frame.to_csv(input_file, index=False)\n            env = dict(os.environ)\n            env.update(\n                TRAINYARD_MODEL_DIR=HERE,\n                TRAINYARD_INPUT_FILE=input_file,\n                TRAINYARD_PREDICTIONS_FILE=predictions_file,\n            )\n            try:\n                done = subprocess.run(\n                    settings["argv"],\n                    cwd=os.path.join(HERE, settings["cwd"]),\n                    env=env,\n                    capture_output=True,\n                    text=True,\n                    timeout=settings.get("timeout_seconds", 600),\n                    check=False,\n                )\n            except FileNotFoundError as error:\n                raise RuntimeError(\n                    f"the predict command {settings[\'argv\'][0]!r} is not on this host\'s PATH: "\n                    "a wrapped trainyard model needs the predict command\'s runtime where it is served"\n                ) from error\n            if done.returncode != 0:\n                raise RuntimeError(\n                    f"the predict command {\' \'.join(settings[\'argv\'])} exited with code "\n                    f"{done.returncode}: {done.stderr[-2000:]}"\n                )\n            return pd.read_csv(predictions_file)\n\n\nmlflow.models.set_model(TrainyardPredictCommand())\n';

;// CONCATENATED MODULE: ./.cache/build/lib/serving/python-runtime.js







const cache = new Map();
let helperFile;
/** The serving helper, written once per process to a private temporary folder. */
function servingHelperFile() {
    helperFile ??= (async () => {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "trainyard-serving-"));
        // Built at run time, so that the bundler does not take the name for a file to ship.
        const file = (0,external_node_path_.join)(dir, ["trainyard_serving", "py"].join("."));
        await (0,promises_.writeFile)(file, SERVING_HELPER_SOURCE, { mode: 0o600 });
        return file;
    })();
    return helperFile;
}
/** Runs the helper with an argument array (no shell), bounded in time; parses its one JSON line. */
async function python_runtime_runHelper(python, args, options) {
    const helper = await servingHelperFile();
    return new Promise((resolveResult, reject) => {
        (0,external_node_child_process_.execFile)(python, [helper, ...args], {
            env: {
                ...command_environment_commandEnvironment(options.env),
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
                reject(new user_error/* UserError */.yo(`no Python at "${python}": it is not installed or not on PATH`));
                return;
            }
            if (error && error.killed) {
                reject(new user_error/* UserError */.yo(`the serving check (${python} ${args[0]}) did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`));
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
function python_runtime_findPython(env, configured) {
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
        result = await python_runtime_runHelper(executable, ["probe"], { env, timeoutMs: 60_000 });
    }
    catch (error) {
        if (configured)
            throw new user_error/* UserError */.yo(`${configured.foundBy}: ${error.message}`, { cause: error });
        return { skip: `no Python found (looked for python3 on PATH; set serving.python in trainyard.yml)` };
    }
    if (!result.ok) {
        const why = String(result.payload.error ?? result.stderr).trim();
        const noMlflow = /No module named ['"]?mlflow/.test(`${why}\n${result.stderr}`);
        if (configured)
            throw new user_error/* UserError */.yo(`${configured.foundBy} (${executable}) ${noMlflow ? "cannot import mlflow: install it there (pip install mlflow)" : `does not work: ${why.slice(-500)}`}`);
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

;// CONCATENATED MODULE: ./.cache/build/lib/serving/package-model.js













/** How many test rows go into input_example.json (and what serve-check posts to /invocations). */
const EXAMPLE_ROWS = 5;
const CODE_DIR = "code";
const MAX_CODE_BYTES = (/* unused pure expression or super */ null && (50 * 1024 * 1024));
const SKIP_DIRS = new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".trainyard", ".cache"]);
/** The test file's header and its first rows as text (the input example). */
async function exampleRows(testFile) {
    for await (const batch of readTable(testFile, detectFormat(testFile))) {
        const rows = batch.rows
            .slice(0, EXAMPLE_ROWS)
            .map((row) => batch.columns.map((_, k) => (row[k] === null || row[k] === undefined ? "" : String(row[k]))));
        return { header: batch.columns, rows };
    }
    throw new UserError(`the test file ${testFile} has no rows: an input example needs at least one`);
}
function package_model_csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function toCsv(header, rows) {
    return `${[header, ...rows].map((row) => row.map(package_model_csvField).join(",")).join("\n")}\n`;
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
    return stat(path).then(() => true, () => false);
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
        const text = await readFile(resolve(cwd, file), "utf8").catch(() => "");
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
            const info = await stat(resolve(cwd, top)).catch(() => undefined);
            if (info?.isDirectory())
                folders.add(top);
            // The file name is built at run time: a `${…}.py` literal makes the bundler copy every .py it can reach.
            else if (await exists(resolve(cwd, [top, "py"].join("."))))
                folders.add(".");
            continue;
        }
        if (word.startsWith("-"))
            continue;
        const path = resolve(cwd, word);
        const inside = relative(cwd, path);
        if (inside.startsWith("..") || isAbsolute(inside))
            continue;
        const info = await stat(path).catch(() => undefined);
        if (info?.isFile())
            folders.add(relative(cwd, dirname(path)) || ".");
    }
    const modelDir = dirname(codeDir);
    // What is copied: the folder's files, never a skipped folder (.git, .trainyard, …) nor the model folder
    // itself (an output-dir inside the working directory), which may lie inside the folder being copied.
    const wanted = (source, path) => path !== modelDir &&
        !path.startsWith(`${modelDir}${sep}`) &&
        !relative(source, path)
            .split(sep)
            .some((part) => SKIP_DIRS.has(part));
    let bytes = 0;
    for (const folder of folders) {
        const source = resolve(cwd, folder);
        const files = [];
        const pending = [source];
        for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
            for (const entry of await readdir(dir, { withFileTypes: true })) {
                const path = join(dir, entry.name);
                if (!wanted(source, path))
                    continue;
                if (entry.isDirectory())
                    pending.push(path);
                else if (entry.isFile()) {
                    files.push(path);
                    bytes += (await stat(path)).size;
                    if (bytes > MAX_CODE_BYTES)
                        throw new UserError(`the predict command's folder ${folder} holds over ${MAX_CODE_BYTES / 2 ** 20} MiB; keep the predict code in a folder of its own`);
                }
            }
        }
        // File by file: fs.cp refuses a folder whose copy would land inside it, even when a filter skips that part.
        for (const file of files) {
            const target = resolve(codeDir, folder, relative(source, file));
            await mkdir(dirname(target), { recursive: true });
            await cp(file, target);
        }
    }
    return [...folders];
}
/** Wraps a predict command as a models-from-code python_function model; pure TypeScript, no Python. */
async function packageWrapped(context, options, inputs, example) {
    const started = Date.now();
    if (!options.predictCommand)
        throw new UserError("no evaluate.predict_command: a model without an MLmodel is packaged by wrapping it");
    const argv = splitCommand(options.predictCommand, "predict command");
    const codeDir = join(options.modelDir, CODE_DIR);
    await rm(codeDir, { recursive: true, force: true });
    await mkdir(codeDir, { recursive: true });
    const copied = await copyPredictCode(argv, options.cwd, codeDir);
    // The example rows through the command as it will run when served (from code/): the outputs' schema,
    // and proof that the copied code runs without the repository around it.
    const scratch = await mkdtemp(join(tmpdir(), "trainyard-package-"));
    try {
        const inputFile = join(scratch, "input.csv");
        const predictionsFile = join(scratch, "predictions.csv");
        await writeFile(inputFile, toCsv(inputs.map((column) => column.name), example.rows.map((row) => inputs.map((column) => row[example.header.indexOf(column.name)] ?? ""))));
        const tail = [];
        const result = await runCommand({
            argv,
            cwd: codeDir,
            env: {
                ...commandEnvironment(context.env),
                TRAINYARD_MODEL_DIR: options.modelDir,
                TRAINYARD_INPUT_FILE: inputFile,
                TRAINYARD_PREDICTIONS_FILE: predictionsFile,
            },
            timeoutMs: options.timeoutMs,
            onLine: (line) => tail.push(line),
        });
        if (result.exitCode !== 0)
            throw new UserError(`the predict command, run from the packaged model's ${CODE_DIR}/ folder (${copied.join(", ") || "nothing copied"}), exited with code ${result.exitCode ?? result.signal}: it must run from the model alone. Its last lines:\n${context.mask(result.tail.slice(-20).join("\n"))}`);
        const predicted = parseCsvLines(await readFile(predictionsFile, "utf8"));
        if (predicted.rows.length !== example.rows.length)
            throw new UserError(`the predict command wrote ${predicted.rows.length} prediction(s) for the ${example.rows.length} input example row(s)`);
        const outputs = outputSchema(predicted.header, predicted.rows);
        const pythonVersion = options.pythonVersion ?? "3.11";
        const requirements = requirementsFor(undefined, await pythonPins(options.cwd, options.lockfiles));
        const mlmodel = wrappedMLmodel({
            pythonVersion,
            modelUuid: randomUUID().replaceAll("-", ""),
            createdAt: new Date(),
            signature: signatureOf(inputs, outputs),
            metadata: {
                packaging: "wrapped",
                predict_command: argv,
                code: copied,
                runtime: argv[0],
            },
        });
        const files = inputExampleFiles(inputs, example.header, example.rows);
        await writeFile(join(options.modelDir, WRAPPER_CODE_FILE), PYFUNC_WRAPPER_SOURCE);
        await writeFile(join(options.modelDir, WRAPPER_SETTINGS_FILE), `${JSON.stringify({ argv, cwd: CODE_DIR, timeout_seconds: Math.round(options.timeoutMs / 1000) }, null, 2)}\n`);
        await writeFile(join(options.modelDir, INPUT_EXAMPLE_FILE), files.inputExample);
        await writeFile(join(options.modelDir, SERVING_INPUT_FILE), files.servingInput);
        await writeFile(join(options.modelDir, "requirements.txt"), `${requirements.join("\n")}\n`);
        await writeFile(join(options.modelDir, "python_env.yaml"), pythonEnvYaml(pythonVersion));
        await writeFile(join(options.modelDir, "conda.yaml"), condaYaml(pythonVersion, requirements));
        await writeFile(join(options.modelDir, MLMODEL_FILE), renderMLmodel(mlmodel));
        return {
            packaging: "wrapped",
            flavors: ["python_function"],
            inputColumns: inputs.length,
            outputColumns: outputs.map((column) => column.name),
            seconds: (Date.now() - started) / 1000,
        };
    }
    finally {
        await rm(scratch, { recursive: true, force: true });
    }
}
/**
 * Completes an MLflow Model the training command wrote: checks it parses and loads (in a fresh Python with
 * mlflow), checks or adds its signature, adds the input example and environment files it lacks.
 */
async function packageNative(context, options, mlmodel, inputs, example) {
    const started = Date.now();
    const file = join(options.modelDir, MLMODEL_FILE);
    const declared = parseColumnSpecs(mlmodel.signature?.inputs, `${file}: signature.inputs`);
    if (declared) {
        const problems = signatureMismatch(declared, example.header, options.labelColumn);
        if (problems.length > 0)
            throw new MLmodelError(`the signature in ${file} does not match the test file's columns: ${problems.join("; ")}. Save the model with a signature of the feature columns (or none: trainyard adds it)`);
    }
    const lookup = await findPython(context.env, options.python);
    if ("skip" in lookup)
        throw new UserError(`the training command wrote an MLflow Model (${file}), but it cannot be checked: ${lookup.skip}. Nothing is registered unchecked`);
    const runtime = lookup.runtime;
    const signedInputs = declared ?? inputs;
    const files = inputExampleFiles(signedInputs, example.header, example.rows);
    const scratch = await mkdtemp(join(tmpdir(), "trainyard-package-"));
    try {
        const inputFile = join(scratch, "input.csv");
        const predictionsFile = join(scratch, "predictions.csv");
        await writeFile(inputFile, toCsv(example.header, example.rows));
        // Sign before the check, so the check loads the model with the signature it will be served with.
        const signed = {
            ...mlmodel,
            ...(declared ? {} : { signature: signatureOf(inputs, null) }),
            ...(mlmodel.saved_input_example_info ? {} : { saved_input_example_info: INPUT_EXAMPLE_INFO }),
        };
        if (!mlmodel.saved_input_example_info) {
            await writeFile(join(options.modelDir, INPUT_EXAMPLE_FILE), files.inputExample);
            await writeFile(join(options.modelDir, SERVING_INPUT_FILE), files.servingInput);
        }
        await writeFile(file, renderMLmodel(signed));
        const check = await runHelper(runtime.executable, [
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
            await writeFile(file, renderMLmodel(mlmodel));
            throw new MLmodelError(`the MLflow Model the training command wrote (${file}) does not load and predict with ${runtime.executable} (mlflow ${runtime.mlflowVersion}): ${String(check.payload.error)}`);
        }
        const predicted = parseCsvLines(await readFile(predictionsFile, "utf8"));
        const rawColumns = check.payload.raw_columns ?? [];
        const outputs = rawColumns.length > 0 ? outputSchema(predicted.header, predicted.rows) : undefined;
        const flavors = Object.keys(mlmodel.flavors).sort();
        const finalDocument = {
            ...signed,
            ...(declared ? {} : { signature: signatureOf(inputs, outputs ?? null) }),
            metadata: {
                ...(mlmodel.metadata ?? {}),
                [TRAINYARD_METADATA_KEY]: { packaging: "native", flavors },
            },
        };
        const pins = await pythonPins(options.cwd, options.lockfiles);
        if (!(await exists(join(options.modelDir, "requirements.txt"))))
            await writeFile(join(options.modelDir, "requirements.txt"), `${requirementsFor(runtime.mlflowVersion, pins).join("\n")}\n`);
        if (!(await exists(join(options.modelDir, "python_env.yaml"))))
            await writeFile(join(options.modelDir, "python_env.yaml"), pythonEnvYaml(runtime.pythonVersion));
        await writeFile(file, renderMLmodel(finalDocument));
        return {
            packaging: "native",
            flavors,
            inputColumns: signedInputs.length,
            outputColumns: predicted.header,
            seconds: (Date.now() - started) / 1000,
        };
    }
    finally {
        await rm(scratch, { recursive: true, force: true });
    }
}
/**
 * Makes the trained model folder an MLflow Model MLflow 3.x loads: an MLmodel with a python_function flavor,
 * a signature of the test file's feature columns, an input example and the environment. A model the
 * training command saved as an MLflow Model keeps its flavors; any other is wrapped around the predict
 * command. Already packaged (a reused model) is left as it is.
 */
async function package_model_packageModel(context, options) {
    const started = Date.now();
    const file = join(options.modelDir, MLMODEL_FILE);
    const existing = (await exists(file)) ? parseMLmodel(await readFile(file, "utf8"), file) : undefined;
    const ours = existing?.metadata?.[TRAINYARD_METADATA_KEY];
    if (existing && ours?.packaging) {
        return {
            packaging: ours.packaging === "native" ? "native" : "wrapped",
            flavors: Object.keys(existing.flavors).sort(),
            inputColumns: parseColumnSpecs(existing.signature?.inputs, file)?.length ?? 0,
            outputColumns: parseColumnSpecs(existing.signature?.outputs, file)?.map((c) => c.name) ?? [],
            seconds: (Date.now() - started) / 1000,
        };
    }
    const example = await exampleRows(options.testFile);
    if (!example.header.includes(options.labelColumn))
        throw new UserError(`the test file ${options.testFile} has no label column "${options.labelColumn}" (evaluate.label_column in trainyard.yml); its columns are ${example.header.join(", ")}`);
    const profile = options.profile ?? inferredProfile(example.header, example.rows);
    const inputs = inputSchema(example.header, profile, options.labelColumn);
    return existing
        ? packageNative(context, options, existing, inputs, example)
        : packageWrapped(context, options, inputs, example);
}

;// CONCATENATED MODULE: ./.cache/build/lib/serving/parity.js
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

;// CONCATENATED MODULE: ./.cache/build/lib/serving/serving-parity.js







/** gate.serving_parity and serving.python from trainyard.yml, then TRAINYARD_PYTHON, then python3 on PATH. */
function serving_parity_servingSettings(context, config, pythonInput) {
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
        maxAbsDiff: parity?.max_abs_diff ?? DEFAULT_MAX_ABS_DIFF,
        ...(python ? { python } : {}),
    };
}
function lookupPython(context, settings) {
    return python_runtime_findPython(context.env, settings.python);
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
    if (!(await (0,promises_.stat)((0,external_node_path_.join)(options.modelDir, mlmodel_MLMODEL_FILE)).catch(() => undefined)))
        return {
            status: "fail",
            reason: `the model folder ${options.modelDir} has no MLmodel: it is not an MLflow Model, so no server can load it`,
            maxAllowed,
        };
    const lookup = await lookupPython(context, options.settings);
    if ("skip" in lookup)
        return { status: "skip", reason: lookup.skip, maxAllowed };
    const runtime = lookup.runtime;
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "trainyard-parity-"));
    try {
        let modelPath = options.modelDir;
        let source = "the local model folder";
        if (options.runId && options.tracker) {
            modelPath = (0,external_node_path_.join)(scratch, "model");
            await options.tracker.downloadArtifacts(options.runId, "model", modelPath);
            source = `the model artifact of run ${options.runId}, as it will be registered`;
        }
        const served = (0,external_node_path_.join)(scratch, "served.csv");
        const result = await python_runtime_runHelper(runtime.executable, [
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
        const evaluated = parseCsvLines(await (0,promises_.readFile)(options.predictionsFile, "utf8"));
        const servedTable = parseCsvLines(await (0,promises_.readFile)(served, "utf8"));
        const parity = compareServing(evaluated, servedTable, {
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
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/serving/step-hooks.js






/** The label column as evaluate reads it: evaluate.label_column, else validate.label.column, else label. */
function labelColumnOf(config) {
    return config?.config.evaluate?.label_column ?? config?.config.validate?.label?.column ?? "label";
}
async function manifestOf(context, inputs, config, snapshotId) {
    if (!snapshotId)
        return undefined;
    try {
        return await readManifest(await openStepStore(context, inputs, config), snapshotId);
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
    const native = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19)).then((fs) => fs.stat(join(options.modelDir, MLMODEL_FILE)).then(() => true, () => false));
    if (!native && !predictCommand) {
        context.log.warning("no evaluate.predict_command: the model is not packaged as an MLflow Model (nothing to wrap)");
        return {};
    }
    const manifest = await manifestOf(context, options.inputs, options.config, options.data.snapshotId);
    const settings = servingSettings(context, options.config);
    const result = await context.group("Package the model as an MLflow Model", () => packageModel(context, {
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
    const settings = serving_parity_servingSettings(context, options.config);
    const record = await context.group("Serving parity: load the packaged model as a server does", async () => checkServingParity(context, {
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

// EXTERNAL MODULE: ./.cache/build/lib/stats/bootstrap.js
var bootstrap = __webpack_require__(81641);
// EXTERNAL MODULE: ./.cache/build/lib/stats/bootstrap-workers.js + 9 modules
var bootstrap_workers = __webpack_require__(91435);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/metric-set.js
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
    const values = valuesInOrder(p, weights);
    return Object.fromEntries(METRICS_BY_TASK[p.task].map((name, i) => [name, values[i]]));
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
            low: count > 0 ? (0,bootstrap/* percentileSorted */.vS)(sorted, alpha) : Number.NaN,
            high: count > 0 ? (0,bootstrap/* percentileSorted */.vS)(sorted, 1 - alpha) : Number.NaN,
            resamples: count,
        };
    }
}
function resampleAll(models, options) {
    const metrics = metric_names/* METRICS_BY_TASK */.GT[models[0].task].length;
    const values = () => new ResampleValues(metrics, options.resamples);
    const result = {
        estimates: [],
        models: models.map(values),
        delta: models.length === 2 ? values() : undefined,
    };
    if (options.resamples === 0) {
        result.estimates = models.map((model) => (0,bootstrap_workers.valuesInOrder)(model));
        return result;
    }
    // With every row its own unit (units ≤ rows), would workers compute this? Then binary workers start now,
    // while the units are prepared (the second model's tie groups are theirs if one starts in time), and the
    // units' arrays are made where the workers can read them.
    const first = models[0];
    const second = models[1];
    const early = (0,bootstrap_workers.bootstrapThreads)(rowCount(first) * models.length * options.resamples, options.threads);
    const workers = early > 1 && first.task === "binary"
        ? new bootstrap_workers.ResampleWorkers(early - 1, true, second?.task === "binary" ? second.scores : undefined)
        : undefined;
    let computed;
    try {
        const prepared = (0,bootstrap_workers.prepareResamples)(models, options.method, {
            shared: early > 1,
            ...(workers !== undefined ? { workers } : {}),
        });
        const units = prepared.job.kind === "binary" ? prepared.job.multiplicity.length : prepared.job.rows;
        const threads = (0,bootstrap_workers.bootstrapThreads)(units * models.length * options.resamples, options.threads);
        // resample r's metric i of model m at [(r · models + m) · metrics + i], whichever thread computed it
        computed = (0,bootstrap_workers.computeResamples)(prepared, options.seed, options.resamples, threads, workers);
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
    const names = metric_names/* METRICS_BY_TASK */.GT[p.task];
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
    const names = METRICS_BY_TASK[challenger.task];
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
        const { openTracking } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 95165));
        // MLflow's own client reads its request timeout (seconds) from this variable; so do we.
        const timeoutSeconds = Number(context.env.MLFLOW_HTTP_REQUEST_TIMEOUT);
        return openTracking({
            uri,
            env: context.env,
            ...(timeoutSeconds > 0 ? { timeoutMs: timeoutSeconds * 1000 } : {}),
        });
    }
    const root = (0,external_node_path_.resolve)(context.workingDirectory, uri.replace(/^file:\/\//, "") || workspacePath.tracking);
    return { tracker: new local_tracker/* LocalTracker */.S(root), registry: new local_registry/* LocalRegistry */.p(root) };
}
async function openStepRegistry(context, inputs, config) {
    return (await openStepTracking(context, inputs, config)).registry;
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/training-data.js






async function findByRole(dataDir, role) {
    const names = await (0,promises_.readdir)(dataDir).catch((error) => {
        if (error.code === "ENOENT")
            throw new user_error/* UserError */.yo(`data-dir ${dataDir} does not exist`);
        throw error;
    });
    const name = names.filter((candidate) => candidate.startsWith(`${role}.`)).sort()[0];
    return name ? (0,external_node_path_.join)(dataDir, name) : undefined;
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
        const dataDir = (0,external_node_path_.resolve)(context.workingDirectory, dataDirInput);
        const trainFile = await findByRole(dataDir, "train");
        const testFile = await findByRole(dataDir, "test");
        return {
            snapshotId: snapshotId ?? (0,external_node_path_.basename)(dataDir),
            dataDir,
            ...(trainFile ? { trainFile } : {}),
            ...(testFile ? { testFile } : {}),
        };
    }
    if (!snapshotId) {
        throw new user_error/* UserError */.yo(`no data: set ${(0,declared_inputs/* inputLabel */.NB)(inputs, "snapshot")} (the snapshot-id of snapshot-data) or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "data-dir")} (a folder snapshot-data wrote)`);
    }
    const store = await step_config_openStepStore(context, inputs, config);
    const destination = (0,external_node_path_.join)(dataRootOf(context, inputs), snapshotId);
    const { manifest, dataDir } = await context.group(`Materialise snapshot ${snapshotId}`, () => pullSnapshot(context, store, snapshotId, destination));
    const files = snapshotFiles(manifest, dataDir);
    const trainFile = files.train ?? (files.data.length === 1 ? files.data[0] : undefined);
    return {
        snapshotId,
        dataDir,
        ...(trainFile ? { trainFile } : {}),
        ...(files.test ? { testFile: files.test } : {}),
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/evaluate/task-labels.js

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
            throw new user_error/* UserError */.yo(`positive class "${configured}" is not a label in the test file (labels: ${classes.join(", ")})`);
        return configured;
    }
    const named = classes.find((label) => POSITIVE_WORDS.includes(label.toLowerCase()));
    return named ?? classes[classes.length - 1];
}

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
            : Number(labelText(value) ?? Number.NaN);
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
    const missingLabel = labels.findIndex((value) => labelText(value) === undefined);
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
    const classes = sortClasses([...labels.map((value) => labelText(value)), ...probaClasses]);
    const classIndex = new Map(classes.map((label, index) => [label, index]));
    if (task === "binary") {
        if (classes.length > 2)
            throw new PredictionsError(`a binary task needs two classes, found ${classes.length} (${classes.slice(0, 10).join(", ")}); set evaluate.task: multiclass`);
        const positive = positiveClassOf(classes, options.positiveClass);
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
            labelCodes[row] = labelText(labels[row]) === positive ? 1 : 0;
        }
        return { predictions: { task, labels: labelCodes, scores }, classes: [negative, positive] };
    }
    const k = classes.length;
    const probabilities = new Float64Array(n * k);
    const probaValues = classes.map((label) => column(predictions, `proba_${label}`, `the probability of class "${label}"; a multiclass model writes proba_<class> for every class`));
    const labelCodes = new Int32Array(n);
    for (let row = 0; row < n; row++) {
        labelCodes[row] = classIndex.get(labelText(labels[row]));
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
            if (labelText(expected[row]) !== labelText(actual[row])) {
                throw new PredictionsError(`${predictions.file} is misaligned with the test file: row ${row + 1} has ${name} = ${JSON.stringify(labelText(actual[row]) ?? null)}, the test file ${JSON.stringify(labelText(expected[row]) ?? null)}; predictions must keep the input's row order`);
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
    const { openRayBackend } = await __webpack_require__.e(/* import() */ 509).then(__webpack_require__.bind(__webpack_require__, 70509));
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
    for await (const batch of read_table_readTable(path, (0,format/* detectFormat */.Tz)(path))) {
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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/evaluate/slices.js


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
    const texts = values.map(labelText);
    const distinct = new Set(texts.filter((text) => text !== undefined));
    const numbers = texts.map((text) => (text === undefined ? Number.NaN : Number(text)));
    const numeric = [...distinct].every((text) => Number.isFinite(Number(text)));
    if (!numeric || distinct.size <= Math.max(buckets, 10)) {
        if (distinct.size > MAX_CATEGORIES) {
            throw new user_error/* UserError */.yo(`slice column "${column}" has ${distinct.size} distinct values (at most ${MAX_CATEGORIES} make readable slices); slice by a coarser column`);
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
    const argv = split_command_splitCommand(options.command, "predict command");
    await (0,promises_.rm)(options.predictionsFile, { force: true });
    await (0,promises_.mkdir)((0,external_node_path_.resolve)(options.predictionsFile, ".."), { recursive: true });
    const result = await context.group(`${options.label}: ${argv.join(" ")}`, () => (options.execute ?? run_command_runCommand)({
        argv,
        cwd: options.cwd,
        env: {
            ...command_environment_commandEnvironment(context.env),
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
    const task = options.task ?? inferTask(labels, predicted.columns);
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
    const lines = [csvLine([...predicted.columns, ...added.map(([name]) => name)])];
    for (let row = 0; row < predicted.rows; row++)
        lines.push(csvLine([...columns.map((values) => values[row]), ...added.map(([, values]) => values[row])]));
    const partial = `${options.predictionsFile}.partial`;
    await (0,promises_.writeFile)(partial, lines.join(""));
    await (0,promises_.rename)(partial, options.predictionsFile);
    const seen = new Set();
    const repeated = new Set();
    for (const id of options.rowIds.ids) {
        const text = labelText(id) ?? "";
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
    const config = preloaded ?? (await loadStepConfig(context, inputs));
    const settings = evaluationSettings(context, inputs, config);
    const modelDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs["model-dir"]);
    if (!(await (0,promises_.stat)(modelDir).catch(() => undefined))?.isDirectory())
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "model-dir")}: ${modelDir} is not a folder`);
    if (!settings.predictCommand)
        throw new user_error/* UserError */.yo(`no prediction command: set evaluate.predict_command in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "predict-command")}`);
    const testFileInput = inputs["test-file"];
    const data = testFileInput ? undefined : await resolveTrainingData(context, inputs, config);
    const testFile = testFileInput ? (0,external_node_path_.resolve)(context.workingDirectory, testFileInput) : data?.testFile;
    if (!testFile)
        throw new user_error/* UserError */.yo(`the snapshot has no test file (in ${data?.dataDir}); give data.split in trainyard.yml so snapshot-data holds rows out, or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "test-file")}`);
    const runId = inputs["run-id"];
    const outputDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"] ?? workspacePath.evaluation(runId ?? (0,external_node_path_.basename)((0,external_node_path_.resolve)(modelDir, ".."))));
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
    const overall = bootstrapMetrics(loaded.predictions, options);
    const slices = [];
    for (const column of settings.sliceColumns) {
        for (const slice of sliceRows(column, loaded.sliceValues.get(column))) {
            const subset = subsetPredictions(loaded.predictions, slice.rows);
            slices.push({
                column,
                value: slice.value,
                rows: slice.rows.length,
                metrics: pick(bootstrapMetrics(subset, options), reported),
            });
        }
    }
    const rows = rowCount(loaded.predictions);
    const seconds = prediction.seconds;
    const servingParity = await servingParityOf(context, {
        config,
        modelDir,
        runId,
        tracker: runId ? async () => (await openStepTracking(context, inputs, config)).tracker : undefined,
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
        kind: EVALUATION_KIND,
        version: EVALUATION_VERSION,
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
        const { tracker } = await openStepTracking(context, inputs, config);
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
            await logEvaluationLineage(context, {
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


/***/ })

};
