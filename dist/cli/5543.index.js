export const id = 5543;
export const ids = [5543];
export const modules = {

/***/ 5055:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ spanMs),
/* harmony export */   _6: () => (/* binding */ sloSchema),
/* harmony export */   ml: () => (/* binding */ monitorSchema)
/* harmony export */ });
/* unused harmony export SPAN */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _stats_metric_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9050);


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

/***/ 5543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* reexport safe */ _stats_metric_names_js__WEBPACK_IMPORTED_MODULE_0__.GT),
/* harmony export */   gt: () => (/* binding */ trainyardConfigSchema)
/* harmony export */ });
/* unused harmony exports columnRuleSchema, validateSchema, splitSchema, dataSchema, storeSchema, trackingSchema, trainSchema, evaluateSchema, gateSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2311);
/* harmony import */ var _stats_metric_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9050);
/* harmony import */ var _monitor_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5055);




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
const time = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
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
const severity = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["error", "warn"]);
const columnName = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1);
const metricName = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_stats_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw);
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
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional().describe(`Lowest allowed ${what}, inclusive`),
        max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional().describe(`Highest allowed ${what}, inclusive`),
    })
        .superRefine(orderedBounds);
}
// Column bounds are numbers, or times for timestamp columns.
const bound = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), time]);
const columnRuleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["integer", "number", "string", "boolean", "timestamp"])
        .optional()
        .describe("Every non-null value must parse as this type; values that do not are left out of the other rules"),
    min: bound
        .optional()
        .describe("Smallest allowed value, inclusive (an ISO time for timestamps); needs type integer, number or timestamp"),
    max: bound
        .optional()
        .describe("Largest allowed value, inclusive (an ISO time for timestamps); needs type integer, number or timestamp"),
    max_null_fraction: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .min(0)
        .max(1)
        .optional()
        .describe("Largest allowed share of nulls (missing, empty or blank values) among the rows"),
    mean: range("mean").optional().describe("Bounds on the mean of the values; needs type integer or number"),
    std: range("standard deviation")
        .optional()
        .describe("Bounds on the sample standard deviation of the values; needs type integer or number"),
    allowed: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()]))
        .min(1)
        .optional()
        .describe("The only values allowed, compared as text with each non-null value (trimmed)"),
    pattern: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .refine(isValidRegExp, expecting("a valid regular expression"))
        .optional()
        .describe("Regular expression (Unicode, unanchored: use ^…$) every non-null value must match"),
    max_age: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(DURATION, "a duration such as 2d, 12h, 30m, 45s or 1w")
        .optional()
        .describe("Newest value at most this old when validated (timestamp columns)"),
    severity: severity.optional().describe("error (default) fails the pipeline; warn only reports"),
    required: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe("false: the column may be absent"),
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
function driftThresholds(statistic) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        warn: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().optional().describe(`${statistic} at or above this fails as a warning`),
        error: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().optional().describe(`${statistic} at or above this fails as an error`),
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
const validateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(columnName, columnRuleSchema)
        .optional()
        .describe("Rules per column, keyed by column name, checked on every row of the snapshot"),
    required_only: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).describe("true: a column without rules fails"),
    unique: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(columnName).min(1))
        .optional()
        .describe("Lists of columns whose combined values no two rows may share (train and test together); always an error"),
    rows: range("row count")
        .optional()
        .describe("Bounds on the snapshot's row count, all files together; always an error"),
    label: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        column: columnName.describe("The label column; it must have at least two classes"),
        min_class_fraction: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .min(0)
            .max(1)
            .optional()
            .describe("Smallest allowed share of the rarest class among the non-null labels; absent: 0"),
        severity: severity.optional().describe("error (default) fails the pipeline; warn only reports"),
    })
        .optional()
        .describe("Class balance of the label column"),
    leakage: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        key: columnName
            .optional()
            .describe("An entity column: also fails when a value of it has rows in both train and test"),
        severity: severity.optional().describe("error (default) fails the pipeline; warn only reports"),
    })
        .optional()
        .describe("No test row may be identical to a train row; skipped for a snapshot without a split"),
    drift: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        reference: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe("champion (the snapshot that trained it) or a snapshot id; absent: no drift check"),
        psi: driftThresholds("PSI")
            .optional()
            .describe("Population stability index thresholds; absent: warn 0.1, error 0.25"),
        ks: driftThresholds("The KS statistic")
            .optional()
            .describe("Kolmogorov-Smirnov statistic thresholds (numeric and timestamp columns); absent: no KS check"),
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(columnName)
            .optional()
            .describe("The columns checked for drift; absent: every column both snapshots profile"),
    })
        .optional()
        .describe("Drift from a reference snapshot, computed from the two stored profiles without reading rows"),
});
const splitSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    strategy: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["random", "group", "time"])
        .default("random")
        .describe("random by row hash; group keeps each key on one side; time splits at cutoff"),
    test_fraction: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .gt(0)
        .lt(1)
        .default(0.2)
        .describe("random and group: the expected share of rows (or of keys) hashed to test; unused by time"),
    seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()
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
const dataSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(LOCATION, "a path, a glob, s3://bucket/prefix or an https:// URL")
        .describe("A file, folder or glob (relative to the workspace), s3://bucket/prefix or an https:// URL"),
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["csv", "parquet", "jsonl"])
        .optional()
        .describe("The source files' format; absent: from each file's extension"),
    split: splitSchema
        .optional()
        .describe("How rows are split into train and test files; absent: no split and no test file"),
    as_of: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        time: time.describe("The ISO 8601 cut-off: later rows are dropped"),
        column: columnName.describe("The time column; rows where it is empty or not a time are dropped too"),
    })
        .optional()
        .describe("Point in time: rows whose column is after time are dropped"),
});
const storeUri = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(STORE_LOCATION, "a local directory or s3://bucket/prefix");
const storeSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    storeUri,
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        uri: storeUri.describe("A directory (relative to the workspace) or s3://bucket/prefix"),
        endpoint: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(HTTP_URL, "an http(s):// URL of an S3-compatible server")
            .optional()
            .describe("An S3-compatible server (MinIO, R2…); absent: AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL, else AWS"),
        region: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe("The S3 region; absent: AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1 with an endpoint"),
        force_path_style: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
            .optional()
            .describe("Path-style S3 URLs (endpoint/bucket/key); absent: true with a custom endpoint, else false"),
    }),
]);
// No default: an absent uri lets the step fall back to MLFLOW_TRACKING_URI; "" forces the local tracker.
const trackingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    uri: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^$|^https?:\/\/\S+$/, '"" (the local directory tracker) or an http(s):// MLflow tracking URL')
        .optional()
        .describe('"" for the local directory tracker, or an MLflow URL; absent: MLFLOW_TRACKING_URI, else local'),
});
const trainSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    command: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .describe("Run without a shell: split into words like a shell would, nothing expanded; inputs as TRAINYARD_* variables"),
    working_directory: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("Where the train and predict commands run, relative to the workspace; absent: the workspace"),
    params: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())
        .optional()
        .describe("Written to TRAINYARD_PARAMS_FILE; any nesting"),
    params_file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("A YAML or JSON file of params, relative to the workspace, merged (nested mappings too) over params"),
    seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()
        .default(42)
        .describe("Given to the command as TRAINYARD_SEED and PYTHONHASHSEED and recorded; part of the cache key"),
    cache: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .default(true)
        .describe("Reuse the model of an earlier run with the same snapshot, params, seed, command, code and lockfiles"),
    timeout_minutes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .positive()
        .default(60)
        .describe("Time limit in minutes; then the process tree gets SIGTERM (SIGKILL 10 s later) and the run is KILLED"),
    reproduce: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz([false, true, "warn", "error"])
        .default(false)
        .describe("Train twice and compare model bytes and final curve values (±1 %): true or warn warns, error fails"),
    secret_env: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name"))
        .optional()
        .describe("Environment variables whose values are secret: replaced by *** in every log tail, artifact, report and comment trainyard writes"),
    checkpoint: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        interval: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .positive()
            .default(60)
            .describe("Seconds between uploads of TRAINYARD_CHECKPOINT_DIR to the store; one more at the end"),
        keep: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
            .default(false)
            .describe("Keep the checkpoints of finished runs; false: `register cleanup` deletes them"),
    })
        .optional()
        .describe("Durable checkpoints: TRAINYARD_CHECKPOINT_DIR is saved to the store and restored on a re-run"),
    backend: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["runner", "ray", "sagemaker"])
        .optional()
        .describe("Where the command runs: runner, ray (a job on the cluster of train.ray) or sagemaker (a SageMaker Training Job, train.sagemaker); absent: runner"),
    ray: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        address: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^https?:\/\/\S+$/, "the http(s):// address of the Ray dashboard")
            .optional()
            .describe("The Ray dashboard's address (its job API); absent: the ray-address input or RAY_ADDRESS"),
        num_cpus: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().optional().describe("CPUs the job's entrypoint reserves"),
        num_gpus: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional().describe("GPUs the job's entrypoint reserves"),
        memory: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().positive().optional().describe("Memory in bytes the job's entrypoint reserves"),
        runtime_env: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())
            .optional()
            .describe("Ray's runtime_env for the job (pip, conda, env_vars …); the TRAINYARD_* variables are added"),
        transfer: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["shared", "s3"])
            .optional()
            .describe("How the job gets the contract's files: shared (the runner's paths; a head on a shared file system) or s3 (presigned URLs into the S3 store and a launcher on the cluster); absent: s3 when the store is S3, else shared"),
    })
        .optional()
        .describe("train.backend: ray — the cluster and the resources of the training job"),
    sagemaker: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        role_arn: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/, "an IAM role ARN (arn:aws:iam::123456789012:role/name)")
            .describe("The IAM role SageMaker assumes to read the inputs, write the outputs and pull the image"),
        image: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .min(1)
            .describe("The training image (ECR URI) holding the code and its dependencies; train.command is its entrypoint"),
        instance_type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^ml\.\S+$/, "a SageMaker instance type such as ml.m5.xlarge")
            .default("ml.m5.xlarge")
            .describe("The instance type"),
        instance_count: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().positive().default(1).describe("Instances of the job"),
        volume_size_gb: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().positive().default(30).describe("The EBS volume of each instance, in GB"),
        max_runtime_seconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()
            .positive()
            .optional()
            .describe("StoppingCondition.MaxRuntimeInSeconds; absent: train.timeout_minutes"),
        spot: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
            max_wait_seconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()
                .positive()
                .describe("StoppingCondition.MaxWaitTimeInSeconds: run time plus time waiting for spot capacity"),
        })
            .optional()
            .describe("Managed spot training (EnableManagedSpotTraining); checkpoints make interruptions resumable"),
        region: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe("The AWS region; absent: AWS_REGION or the SDK's chain"),
        endpoint: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^https?:\/\/\S+$/, "an http(s):// address")
            .optional()
            .describe("A SageMaker API endpoint other than AWS's (tests); absent: AWS_ENDPOINT_URL_SAGEMAKER or AWS"),
        output_prefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^s3:\/\/[^/\s]+(\/\S*)?$/, "an s3://bucket/prefix URI")
            .optional()
            .describe("Where SageMaker writes model.tar.gz and output.tar.gz (s3://…); absent: the store's sagemaker/output/"),
        checkpoint_prefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^s3:\/\/[^/\s]+(\/\S*)?$/, "an s3://bucket/prefix URI")
            .optional()
            .describe("CheckpointConfig.S3Uri's parent (s3://…); absent: the store's checkpoints/<cache key>/sagemaker/"),
        poll_seconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .positive()
            .default(5)
            .describe("First wait between DescribeTrainingJob calls; it doubles up to poll_max_seconds"),
        poll_max_seconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .positive()
            .default(60)
            .describe("Longest wait between DescribeTrainingJob calls"),
        tags: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional().describe("Tags of the training job"),
    })
        .optional()
        .describe("train.backend: sagemaker — the SageMaker Training Job that runs train.command"),
});
const evaluateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    predict_command: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("Predicts TRAINYARD_INPUT_FILE into TRAINYARD_PREDICTIONS_FILE; run without a shell in train.working_directory"),
    task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["binary", "multiclass", "regression"])
        .optional()
        .describe("The kind of model; absent: inferred from the prediction columns (score, proba_*) and the labels"),
    label_column: columnName
        .optional()
        .describe("The test file's column of true labels; absent: validate.label.column, else label"),
    positive_class: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()])
        .optional()
        .describe("binary: the positive label; absent: 1, true or yes, else the larger of the two labels"),
    slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(columnName)
        .optional()
        .describe("Test-file columns to measure per slice: per value (at most 50), or quartiles of numbers with over 10 values"),
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(metricName)
        .min(1)
        .optional()
        .describe("The metrics reported, each one of the task's; absent: all of the task's metrics"),
    primary_metric: metricName
        .optional()
        .describe("Reported first and ranks candidates; absent: gate.primary.metric, else roc_auc, macro_f1 or rmse by task"),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()
        .min(0)
        .max(100_000)
        .default(1000)
        .describe("Bootstrap resamples for confidence intervals"),
    confidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).lt(1).default(0.95).describe("Confidence level of the bootstrap intervals"),
    seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().optional().describe("Seed of the bootstrap resamples; absent: train.seed, else 42"),
    backend: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["runner", "ray"])
        .optional()
        .describe("Where predict_command runs in evaluate: runner, or ray (a job on train.ray's cluster); absent: runner"),
    id_column: columnName
        .optional()
        .describe("The test file's row id column: recorded with each prediction in evaluation/predictions.csv, so monitor can pair production rows with the test rows by id"),
});
const gateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    primary: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        metric: metricName.describe("The metric the challenger must improve on the champion; also evaluate's default primary_metric"),
        min_delta: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .default(0)
            .describe("Improvement to show: the lower CI bound of challenger − champion must exceed it (for a loss such as log_loss, the upper bound must be below −min_delta)"),
        confidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .gt(0)
            .lt(1)
            .default(0.95)
            .describe("Confidence level of the paired bootstrap interval of challenger − champion"),
    })
        .optional()
        .describe("The improvement on the champion to show (skipped without one); absent: evaluate's primary metric, min_delta 0"),
    thresholds: zod__WEBPACK_IMPORTED_MODULE_2__/* .partialRecord */ .jgl(metricName, range("value"))
        .optional()
        .describe("Bounds on the challenger's own metric values, judged with or without a champion; NaN fails."),
    guardrails: zod__WEBPACK_IMPORTED_MODULE_2__/* .partialRecord */ .jgl(metricName, zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        max_regression: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .nonnegative()
            .describe("How much worse than the champion's value the challenger's may be, in the metric's units"),
    }))
        .optional()
        .describe("Per metric, how much worse than the champion the challenger may be; skipped without a champion."),
    slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(columnName)
            .min(1)
            .describe("Test-file columns to slice by: per value (at most 50), or quartiles of numbers with over 10 values"),
        min_rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()
            .nonnegative()
            .default(200)
            .describe("Slices with fewer test rows are listed as skipped, not judged"),
        max_regression: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .nonnegative()
            .describe("How much worse than the champion the primary metric may be on each slice, in its units"),
    })
        .optional()
        .describe("Per-slice regression limit on the primary metric; skipped without a champion"),
    limits: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        model_size_mb: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .positive()
            .optional()
            .describe("Largest model folder, all its files, in MB of 1,000,000 bytes"),
        predict_ms_per_1k_rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .positive()
            .optional()
            .describe("Largest prediction time in ms per 1,000 test rows: wall time of predict_command, process start included"),
    })
        .optional()
        .describe("Upper bounds, inclusive, on the challenger's model size and prediction time"),
    require_validation: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .default(true)
        .describe("The validate-data report must be given to champion-challenger and have passed; false: it never blocks"),
    serving_parity: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        enabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
            .optional()
            .describe("false: skip the check; absent: on when a Python with mlflow is found, skipped otherwise"),
        max_abs_diff: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
            .nonnegative()
            .default(1e-6)
            .describe("Largest allowed |score − served score| per row; labels must be equal"),
    })
        .optional()
        .describe("The packaged MLflow Model, loaded as a server loads it, must predict the test rows as evaluate measured"),
});
const trainyardConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1).default(1).describe("The config format version (1, the default)"),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9_.-]+$/, "a model name of letters, digits, '_', '.' and '-'")
        .optional()
        .describe("The registered model's name; train, champion-challenger and register-model need it, the data steps do not"),
    experiment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe("The tracking experiment; defaults to model"),
    tracking: trackingSchema.optional().describe("Where runs and model versions are recorded"),
    store: storeSchema
        .default(".trainyard/store")
        .describe("Where snapshots live: a directory or s3://bucket/prefix"),
    data: dataSchema.optional().describe("snapshot-data: the source and its split"),
    validate: validateSchema.optional().describe("validate-data: rules every snapshot must pass"),
    train: trainSchema.optional().describe("train: your training command"),
    evaluate: evaluateSchema.optional().describe("evaluate: your prediction command and the metrics"),
    gate: gateSchema.optional().describe("champion-challenger: what a challenger must show to be promoted"),
    register: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        environment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .min(1)
            .default("production")
            .describe("The GitHub environment whose approval promote and rollback read; register-model's input overrides it"),
        serve_check: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
            .default(false)
            .describe("promote: serve the version with mlflow models serve and check its answer before the champion alias moves"),
        approval: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["environment", "review"])
            .optional()
            .describe("environment (absent: the default): the environment's required reviewers approve (public repositories, Enterprise); review: a listed approver approves on the pull request or the approval issue (every plan)"),
        approvers: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/, "a GitHub login or org/team"))
            .optional()
            .describe("review: GitHub logins and org/team slugs who may approve; CODEOWNERS of trainyard.yml may too"),
        allow_self_approval: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
            .optional()
            .describe("review: whether the person who started the run may approve it; absent: false"),
        approval_timeout: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .regex(/^\d+(\.\d+)?\s*[smhd]$/, "a duration such as 90s, 30m, 4h or 1d")
            .optional()
            .describe("review: how long the approval is waited for (e.g. 30m, 4h); absent: 4h; re-running the job waits again"),
    })
        .prefault({})
        .describe("register-model: the GitHub environment whose reviewers approve promotion"),
    serving: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        python: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe("The Python (with mlflow) that loads packaged models; absent: TRAINYARD_PYTHON, else python3 on PATH"),
    })
        .optional()
        .describe("Packaging and serving checks of the MLflow Model every version is"),
    github: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        comment: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
            .default(true)
            .describe("Post or update champion-challenger's pull-request comment, one per model; false: job summary only"),
        check: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
            .optional()
            .describe("Publish the decision as the check run `trainyard / <model>` on the head commit (checks: write), which branch protection can require; absent: true"),
    })
        .prefault({})
        .describe("comment: the sticky pull-request report"),
    monitor: _monitor_config_js__WEBPACK_IMPORTED_MODULE_1__/* .monitorSchema */ .ml
        .optional()
        .describe("monitor: judge the champion on labelled production predictions"),
    slo: _monitor_config_js__WEBPACK_IMPORTED_MODULE_1__/* .sloSchema */ ._6.optional().describe("slo: targets of the pipeline's service-level indicators"),
})
    .transform((config) => ({ ...config, experiment: config.experiment ?? config.model }));


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


/***/ })

};
