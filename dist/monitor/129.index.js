export const id = 129;
export const ids = [129];
export const modules = {

/***/ 89129:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79029);
/* harmony import */ var _steps_monitor_monitor_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54208);
/* harmony import */ var _steps_monitor_monitor_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86805);



await (0,_context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runStepAction */ .u)(_steps_monitor_monitor_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .MONITOR_INPUTS */ .F, (context, inputs) => (0,_steps_monitor_monitor_step_js__WEBPACK_IMPORTED_MODULE_2__/* .monitorStep */ .tX)(context, inputs));

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

/***/ 45543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* reexport safe */ _stats_metric_names_js__WEBPACK_IMPORTED_MODULE_0__.GT),
/* harmony export */   gt: () => (/* binding */ trainyardConfigSchema)
/* harmony export */ });
/* unused harmony exports columnRuleSchema, validateSchema, splitSchema, dataSchema, storeSchema, trackingSchema, trainSchema, evaluateSchema, gateSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _stats_metric_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29050);
/* harmony import */ var _monitor_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85055);




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

/***/ 54208:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ MONITOR_INPUTS)
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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/monitor/monitor-inputs.js

/** monitor's inputs, as `actions/monitor/action.yml` declares them. */
const MONITOR_INPUTS = {
    ...CONFIG_INPUT,
    predictions: {
        description: "Labelled production predictions (default monitor.predictions)",
        cli: { placeholder: "path|glob|s3://prefix" },
    },
    since: {
        description: "The window's start: 7d back from now, or a time (default monitor.since, 7d)",
        cli: { placeholder: "time|7d" },
    },
    model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
    "label-column": {
        description: "The label column (default monitor.label_column)",
        cli: { placeholder: "name" },
    },
    "timestamp-column": {
        description: "The time column (default monitor.timestamp_column, timestamp)",
        cli: { placeholder: "name" },
    },
    trigger: {
        description: "dispatch: start the retrain workflow on a retrain (default monitor.trigger, none)",
        kind: "choice",
        choices: ["none", "dispatch"],
    },
    "dry-run": {
        description: "Judge only: no dispatch, nothing recorded on the champion or in the tracker",
        kind: "boolean",
        default: "false",
        cli: { flag: true },
    },
    ...TRACKING_INPUT,
    ...STORE_INPUTS,
    "output-dir": {
        description: "Where monitor.json goes (default .trainyard/monitor)",
        cli: { placeholder: "dir" },
    },
    ...GITHUB_TOKEN_INPUT,
};


/***/ }),

/***/ 86805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tX: () => (/* binding */ monitorStep)
});

// UNUSED EXPORTS: MONITOR_RUN_TAGS, MONITOR_TAGS, quantisationNote, windowStart

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(61927);
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
function contract_file_parseContract(schema, text, file, expected) {
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
    return contract_file_parseContract(evaluationReportSchema, text, file, {
        kind: EVALUATION_KIND,
        version: EVALUATION_VERSION,
    });
}

;// CONCATENATED MODULE: ./.cache/build/lib/config/contracts/monitor-report.js



const MONITOR_KIND = "trainyard.monitor";
const MONITOR_VERSION = 1;
const ruleSchema = schemas/* object */.Ikc({
    /** `metric.<name>.min`, `metric.<name>.degradation`, `drift.<column>.<statistic>`, `rows`. */
    id: schemas/* string */.YjP(),
    kind: schemas/* enum */.k5n(["rows", "metric", "drift"]),
    verdict: schemas/* enum */.k5n(["pass", "retrain", "warn", "skip"]),
    metric: schemas/* string */.YjP().optional(),
    column: schemas/* string */.YjP().optional(),
    observed: schemas/* number */.aig().nullable(),
    bound: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
});
/** One monitor run: the champion on the window's labelled production predictions, and the verdict. */
const monitorReportSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz(MONITOR_KIND),
    version: schemas/* literal */.euz(MONITOR_VERSION),
    model: schemas/* string */.YjP(),
    champion: schemas/* object */.Ikc({
        version: schemas/* string */.YjP(),
        runId: schemas/* string */.YjP(),
        snapshotId: schemas/* string */.YjP().optional(),
    }),
    task: schemas/* enum */.k5n(["binary", "multiclass", "regression"]),
    primaryMetric: schemas/* string */.YjP(),
    window: schemas/* object */.Ikc({ since: schemas/* string */.YjP(), until: schemas/* string */.YjP(), days: schemas/* number */.aig().int().nonnegative() }),
    rows: schemas/* number */.aig().int().nonnegative(),
    /** Rows in the window without a label yet: not measured. */
    unlabelledRows: schemas/* number */.aig().int().nonnegative(),
    /** Rows before the window: not read further than their timestamp. */
    olderRows: schemas/* number */.aig().int().nonnegative(),
    files: schemas/* array */.YOg(schemas/* string */.YjP()),
    retrain: schemas/* boolean */.zMY(),
    reasons: schemas/* array */.YOg(schemas/* string */.YjP()),
    notes: schemas/* array */.YOg(schemas/* string */.YjP()),
    rules: schemas/* array */.YOg(ruleSchema),
    metrics: schemas/* array */.YOg(schemas/* object */.Ikc({
        metric: schemas/* string */.YjP(),
        higherIsBetter: schemas/* boolean */.zMY(),
        production: metricIntervalSchema,
        baseline: metricIntervalSchema,
        /**
         * production − baseline, the interval the policy judged: paired when `comparison.mode` is "paired"
         * (see `paired`), else from both intervals by MOVER (independent samples).
         */
        delta: metricIntervalSchema,
        /** Paired comparison only: both sides and Δ on the matched ids, one weight per id per resample. */
        paired: schemas/* object */.Ikc({
            ids: schemas/* number */.aig().int().nonnegative(),
            production: metricIntervalSchema,
            evaluation: metricIntervalSchema,
            delta: metricIntervalSchema,
        })
            .optional(),
        /** Paired comparison only: the MOVER interval of the whole window against the evaluation, for reference. */
        unpairedDelta: metricIntervalSchema.optional(),
    })),
    /**
     * How Δ was computed: "paired" on the production rows whose id is one of the champion's test rows
     * (evaluate.id_column), or "unpaired" (MOVER), with why. Absent in reports before it existed: unpaired.
     */
    comparison: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(["paired", "unpaired"]),
        ids: schemas/* number */.aig().int().nonnegative().optional(),
        idColumn: schemas/* string */.YjP().optional(),
        reason: schemas/* string */.YjP(),
    })
        .optional(),
    /** The primary metric per UTC day of the window (null for a day without rows or where it is undefined). */
    daily: schemas/* array */.YOg(schemas/* object */.Ikc({ day: schemas/* string */.YjP(), rows: schemas/* number */.aig().int().nonnegative(), value: schemas/* number */.aig().nullable() })),
    bootstrap: schemas/* object */.Ikc({
        resamples: schemas/* number */.aig().int().nonnegative(),
        confidence: schemas/* number */.aig(),
        seed: schemas/* number */.aig().int(),
    }),
    /** Present when a binary window had more distinct scores than monitor.max_units (streaming-units.ts). */
    quantisation: schemas/* object */.Ikc({
        maxUnits: schemas/* number */.aig().int().positive(),
        units: schemas/* number */.aig().int().nonnegative(),
        /** Cells of relative width 2^−bits. */
        bits: schemas/* number */.aig().int().nonnegative(),
        maxCellSpread: schemas/* number */.aig().nonnegative(),
        /** Per metric, the most it can differ from the metric on the exact scores. */
        bounds: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().nonnegative()),
    })
        .optional(),
    trigger: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(["none", "dispatch"]),
        dispatched: schemas/* boolean */.zMY(),
        workflow: schemas/* string */.YjP().optional(),
        ref: schemas/* string */.YjP().optional(),
        lastTriggerAt: schemas/* string */.YjP().optional(),
        cooldownUntil: schemas/* string */.YjP().optional(),
    }),
    createdAt: schemas/* string */.YjP(),
});
function parseMonitorReport(text, file) {
    return parseContract(monitorReportSchema, text, file, { kind: MONITOR_KIND, version: MONITOR_VERSION });
}

// EXTERNAL MODULE: ./.cache/build/lib/config/monitor-config.js
var monitor_config = __webpack_require__(85055);
// EXTERNAL MODULE: ./.cache/build/lib/config/trainyard-config.js
var trainyard_config = __webpack_require__(45543);
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
function readTable(path, format, options) {
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

;// CONCATENATED MODULE: ./.cache/build/lib/github/workflow-dispatch.js

/** GitHub refuses a workflow_dispatch input value longer than this many characters. */
const DISPATCH_INPUT_LIMIT = 1000;
/**
 * Starts a workflow run through `POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches`.
 * The token needs `actions: write`. Input values are cut to GitHub's limit. Returns the ref it ran on.
 */
async function dispatchWorkflow(client, dispatch) {
    const ref = dispatch.ref ??
        (await client.rest.repos.get({ owner: dispatch.owner, repo: dispatch.repo })).data
            .default_branch;
    const inputs = Object.fromEntries(Object.entries(dispatch.inputs).map(([name, value]) => [
        name,
        value.length > DISPATCH_INPUT_LIMIT ? `${value.slice(0, DISPATCH_INPUT_LIMIT - 1)}…` : value,
    ]));
    try {
        await client.rest.actions.createWorkflowDispatch({
            owner: dispatch.owner,
            repo: dispatch.repo,
            workflow_id: dispatch.workflow,
            ref,
            inputs,
        });
    }
    catch (error) {
        const status = error.status;
        if (status === 403)
            throw new user_error/* UserError */.yo(`could not start ${dispatch.workflow}: the token may not dispatch workflows (403); give the monitoring job \`permissions: actions: write\``);
        if (status === 404 || status === 422)
            throw new user_error/* UserError */.yo(`could not start ${dispatch.workflow} on ${ref} in ${dispatch.owner}/${dispatch.repo} (${status}): the workflow must exist on that ref, have a workflow_dispatch trigger and declare the inputs ${Object.keys(inputs).join(", ")} (monitor.workflow and monitor.ref in trainyard.yml)`);
        throw error;
    }
    return ref;
}

// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-names.js
var metric_names = __webpack_require__(29050);
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

;// CONCATENATED MODULE: ./.cache/build/lib/policy/monitor-policy.js


/** The interval of production − baseline from two independent intervals (MOVER). */
function differenceInterval(production, baseline) {
    const value = production.value - baseline.value;
    const low = value - Math.hypot(production.value - production.low, baseline.high - baseline.value);
    const high = value + Math.hypot(production.high - production.value, baseline.value - baseline.low);
    return { value, low, high, resamples: Math.min(production.resamples, baseline.resamples) };
}
function intervalFromRecord(record) {
    const n = (value) => value === null || value === undefined ? Number.NaN : value;
    return {
        value: n(record?.value),
        low: n(record?.low),
        high: n(record?.high),
        resamples: record?.resamples ?? 0,
    };
}
const shown = (interval) => formatInterval(interval.value, interval.low, interval.high);
const finite = (interval) => Number.isFinite(interval.value) && Number.isFinite(interval.low) && Number.isFinite(interval.high);
function boundRules(measured, policy, level) {
    const { metric, production } = measured;
    const rules = [];
    const base = { kind: "metric", metric, observed: finite(production) ? production.value : null };
    for (const side of ["min", "max"]) {
        const bound = policy[side];
        if (bound === undefined)
            continue;
        const id = `metric.${metric}.${side}`;
        const boundText = `${side === "min" ? "≥" : "≤"} ${formatSetting(bound)}`;
        if (!finite(production)) {
            rules.push({
                ...base,
                id,
                verdict: "skip",
                bound: boundText,
                message: `${metric} is not a number on the production rows, so ${side} ${formatSetting(bound)} is not judged`,
            });
            continue;
        }
        const past = side === "min" ? production.high < bound : production.low > bound;
        rules.push({
            ...base,
            id,
            verdict: past ? "retrain" : "pass",
            bound: boundText,
            message: past
                ? `${metric} in production ${shown(production)} (${level} interval) is wholly ${side === "min" ? "below the minimum" : "above the maximum"} ${formatSetting(bound)}`
                : `${metric} in production ${shown(production)} is not wholly ${side === "min" ? "below the minimum" : "above the maximum"} ${formatSetting(bound)}`,
        });
    }
    return rules;
}
function degradationRule(measured, maxDegradation, delta, level, source) {
    const { metric, production, baseline } = measured;
    const id = `metric.${metric}.degradation`;
    const bound = `degradation ≤ ${formatSetting(maxDegradation)}`;
    const base = { id, kind: "metric", metric, bound };
    if (!finite(production) || !finite(baseline)) {
        return {
            ...base,
            observed: null,
            verdict: "skip",
            message: `${metric}: ${!finite(baseline) ? `the champion's evaluation has no interval (${shown(baseline)})` : `not a number on the production rows (${shown(production)})`}, so its degradation is not judged`,
        };
    }
    const higher = (0,metric_names/* higherIsBetter */.i2)(metric);
    // The loss of quality in the good direction, and its interval: −Δ for a higher-is-better metric.
    const loss = higher
        ? { value: -delta.value, low: -delta.high, high: -delta.low }
        : { value: delta.value, low: delta.low, high: delta.high };
    const degraded = loss.low > maxDegradation;
    const compared = source.mode === "paired"
        ? `${metric} in production ${shown(production)} against the champion's evaluation ${shown(baseline)}; on the ${formatCount(source.ids)} ids of its test rows seen in production ${shown(source.production)} against ${shown(source.evaluation)}: Δ ${shown(delta)} (${level} interval, paired on ${formatCount(source.ids)} ids)`
        : `${metric} in production ${shown(production)} against the champion's evaluation ${shown(baseline)}: Δ ${shown(delta)} (${level} interval, unpaired (MOVER)${source.reason ? `: ${source.reason}` : ""})`;
    return {
        ...base,
        observed: delta.value,
        verdict: degraded ? "retrain" : "pass",
        message: degraded
            ? `${compared}, worse by more than max_degradation ${formatSetting(maxDegradation)} with ${level} confidence`
            : `${compared}, not shown to be worse by more than max_degradation ${formatSetting(maxDegradation)}`,
    };
}
function driftRule(check) {
    const verdict = check.status === "pass"
        ? "pass"
        : check.status === "skip"
            ? "skip"
            : check.severity === "error"
                ? "retrain"
                : "warn";
    return {
        id: check.id,
        kind: "drift",
        ...(check.column ? { column: check.column } : {}),
        verdict,
        observed: typeof check.observed === "number" ? check.observed : null,
        bound: check.expected,
        message: `${check.column ? `feature ${check.column}: ` : ""}${check.message}`,
    };
}
/** Judges the window: every rule with its verdict, and whether to retrain. */
function judgeMonitor(input) {
    const level = formatPercent(input.confidence);
    const deltas = {};
    const unpairedDeltas = {};
    const sources = {};
    const comparison = input.comparison;
    for (const measured of input.measured) {
        const mover = differenceInterval(measured.production, measured.baseline);
        const paired = comparison?.mode === "paired" ? comparison.metrics[measured.metric] : undefined;
        if (comparison?.mode === "paired" && paired && finite(paired.delta)) {
            deltas[measured.metric] = paired.delta;
            unpairedDeltas[measured.metric] = mover;
            sources[measured.metric] = {
                mode: "paired",
                ids: comparison.ids,
                production: paired.production,
                evaluation: paired.evaluation,
            };
        }
        else {
            deltas[measured.metric] = mover;
            sources[measured.metric] = {
                mode: "unpaired",
                reason: comparison?.mode === "unpaired"
                    ? comparison.reason
                    : comparison?.mode === "paired"
                        ? `the paired interval of ${measured.metric} is not a number on the ${formatCount(comparison.ids)} matched ids`
                        : undefined,
            };
        }
    }
    if (input.rows < input.minRows) {
        const message = `not enough rows: ${formatCount(input.rows)} labelled prediction(s) in the window, fewer than monitor.min_rows ${formatCount(input.minRows)}, so the champion is not judged`;
        return {
            retrain: false,
            reasons: [message],
            rules: [
                {
                    id: "rows",
                    kind: "rows",
                    verdict: "skip",
                    observed: input.rows,
                    bound: `≥ ${input.minRows}`,
                    message,
                },
            ],
            deltas,
            unpairedDeltas,
        };
    }
    const rules = [
        {
            id: "rows",
            kind: "rows",
            verdict: "pass",
            observed: input.rows,
            bound: `≥ ${input.minRows}`,
            message: `${formatCount(input.rows)} labelled prediction(s) in the window`,
        },
    ];
    for (const measured of input.measured) {
        const policy = input.policy[measured.metric];
        if (!policy)
            continue;
        rules.push(...boundRules(measured, policy, level));
        if (policy.max_degradation !== undefined)
            rules.push(degradationRule(measured, policy.max_degradation, deltas[measured.metric], level, sources[measured.metric]));
    }
    for (const check of input.drift)
        rules.push(driftRule(check));
    const retrainRules = rules.filter((rule) => rule.verdict === "retrain");
    const reasons = retrainRules.length
        ? retrainRules.map((rule) => rule.message)
        : [
            `no retrain: ${rules
                .filter((rule) => rule.kind === "metric" && rule.verdict === "pass")
                .map((rule) => rule.message)
                .join("; ") || "no rule asks for one"}`,
        ];
    return { retrain: retrainRules.length > 0, reasons, rules, deltas, unpairedDeltas };
}
/** Whether a new dispatch is allowed: none within `cooldownMs` of the last one. */
function cooldownState(lastTriggerAt, cooldownMs, now) {
    const last = lastTriggerAt ? Date.parse(lastTriggerAt) : Number.NaN;
    if (!Number.isFinite(last))
        return { allowed: true };
    const until = last + cooldownMs;
    return until > now ? { allowed: false, until: new Date(until).toISOString() } : { allowed: true };
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

;// CONCATENATED MODULE: ./.cache/build/lib/report/monitor-markdown.js



const VERDICT = {
    pass: "✅ pass",
    retrain: "❌ retrain",
    warn: "⚠️ warn",
    skip: "➖ skip",
};
/** The monitor's job summary: the verdict and why, the metrics against the baseline, a daily chart, the rules. */
function renderMonitorMarkdown(report) {
    const lines = [
        `### trainyard monitor: ${escapeMarkdown(report.model)} version ${escapeMarkdown(report.champion.version)}`,
        "",
        `**${report.retrain ? "Retrain" : "No retrain"}** — ${formatCount(report.rows)} labelled prediction(s) from ${escapeMarkdown(report.window.since)} to ${escapeMarkdown(report.window.until)}` +
            `${report.unlabelledRows ? ` (${formatCount(report.unlabelledRows)} without a label yet)` : ""}.`,
        "",
        ...report.reasons.map((reason) => `- ${escapeMarkdown(reason)}`),
        "",
    ];
    if (report.trigger.mode === "dispatch") {
        lines.push(report.trigger.dispatched
            ? `Dispatched ${code(report.trigger.workflow)}${report.trigger.ref ? ` on ${code(report.trigger.ref)}` : ""}.`
            : report.trigger.cooldownUntil
                ? `Not dispatched: within the cooldown of the last trigger (${escapeMarkdown(report.trigger.lastTriggerAt ?? "")}), until ${escapeMarkdown(report.trigger.cooldownUntil)}.`
                : "Not dispatched.", "");
    }
    if (report.metrics.length > 0) {
        const level = `${Math.round(report.bootstrap.confidence * 100)}%`;
        lines.push(table(["metric", `production (${level} interval)`, "champion's evaluation", "Δ"], report.metrics.map((metric) => [
            codeCell(metric.metric),
            formatInterval(metric.production.value, metric.production.low, metric.production.high),
            formatInterval(metric.baseline.value, metric.baseline.low, metric.baseline.high),
            formatInterval(metric.delta.value, metric.delta.low, metric.delta.high),
        ])), "");
        if (report.comparison)
            lines.push(report.comparison.mode === "paired"
                ? `Δ is paired on ${formatCount(report.comparison.ids ?? 0)} ids: ${escapeMarkdown(report.comparison.reason)}; each resample weights an id the same on both sides (production − the champion's evaluation of those rows).`
                : `Δ is unpaired (MOVER, from the two intervals): ${escapeMarkdown(report.comparison.reason)}.`, "");
    }
    const charted = report.daily.filter((day) => day.value !== null);
    const baseline = report.metrics.find((metric) => metric.metric === report.primaryMetric)?.baseline.value;
    if (charted.length >= 2) {
        lines.push(xyLineChart({
            title: `${report.primaryMetric} per day in production${baseline !== null && baseline !== undefined ? ", flat: the champion's evaluation" : ""}`,
            yLabel: report.primaryMetric,
            labels: report.daily.map((day) => day.day.slice(5)),
            lines: [
                report.daily.map((day) => day.value ?? Number.NaN),
                ...(baseline !== null && baseline !== undefined ? [report.daily.map(() => baseline)] : []),
            ],
        }), "");
    }
    const rules = report.rules.map((rule) => [
        VERDICT[rule.verdict] ?? rule.verdict,
        codeCell(rule.id),
        cell(rule.bound),
        cell(rule.message, 300),
    ]);
    lines.push(details(`Rules (${report.rules.length})`, table(["verdict", "rule", "bound", "detail"], rules)), "");
    if (report.notes.length > 0)
        lines.push(...report.notes.map((note) => `_${escapeMarkdown(note)}_`), "");
    lines.push(`<sub>${report.daily.length} day(s), ${formatCount(report.rows)} rows, bootstrap ${report.bootstrap.resamples} resamples, seed ${report.bootstrap.seed}; primary metric ${escapeMarkdown(report.primaryMetric)} ${formatNumber(report.metrics.find((m) => m.metric === report.primaryMetric)?.production.value)}</sub>`, "");
    return lines.join("\n");
}

// EXTERNAL MODULE: ./.cache/build/lib/stats/bootstrap.js
var bootstrap = __webpack_require__(81641);
// EXTERNAL MODULE: ./.cache/build/lib/stats/bootstrap-workers.js + 7 modules
var bootstrap_workers = __webpack_require__(54431);
// EXTERNAL MODULE: ./.cache/build/lib/stats/sort.js
var sort = __webpack_require__(93219);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/paired-rows.js
/**
 * Paired bootstrap of two measurements of the SAME entities whose labels may differ: the champion's
 * evaluation of its test rows and its production predictions of those rows' ids (monitor). Row i of
 * `evaluation` and row i of `production` are the same id; each resample draws one weight per id (the
 * project's resampler: sfc32 stream per (seed, resample), multinomial counts below POISSON_MIN_ROWS ids,
 * Poisson from there on) and measures BOTH sides with those same weights, so the interval of
 * Δ = production − evaluation reflects what changed for these ids, not which ids were drawn.
 *
 * metric-set.ts's `pairedBootstrapMetrics` needs identical labels (two models on one test set); here the
 * labels may differ — a production label of an id is what happened later, which is the point — so each
 * side keeps its own labels and score order, and the metrics come from the weighted metric functions
 * (`valuesInOrder`), one pass per side and resample. Ids are bounded by the evaluation's test set, so
 * the cost (2 · ids · resamples) stays small and no worker threads are used.
 */




function rows(p) {
    return p.task === "regression" ? p.actual.length : p.labels.length;
}
function check(evaluation, production, options) {
    if (evaluation.task !== production.task)
        throw new Error(`cannot pair a ${evaluation.task} evaluation with ${production.task} production rows`);
    if (rows(evaluation) !== rows(production))
        throw new Error(`paired rows need one row per id on each side: evaluation ${rows(evaluation)}, production ${rows(production)}`);
    if (evaluation.task === "multiclass" &&
        production.task === "multiclass" &&
        evaluation.classes !== production.classes)
        throw new Error(`paired rows need the same classes: ${evaluation.classes} and ${production.classes}`);
    if (!Number.isInteger(options.resamples) || options.resamples < 0)
        throw new RangeError(`resamples must be a whole number ≥ 0, got ${options.resamples}`);
    if (!(options.confidence > 0 && options.confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${options.confidence}`);
    if (!Number.isSafeInteger(options.seed))
        throw new RangeError(`seed must be an integer, got ${options.seed}`);
}
function percentileInterval(value, values, count, confidence) {
    const sorted = values.subarray(0, count).sort();
    const alpha = (1 - confidence) / 2;
    return {
        value,
        low: count > 0 ? (0,bootstrap/* percentileSorted */.vS)(sorted, alpha) : Number.NaN,
        high: count > 0 ? (0,bootstrap/* percentileSorted */.vS)(sorted, 1 - alpha) : Number.NaN,
        resamples: count,
    };
}
/**
 * Every metric of the task on both sides and Δ = production − evaluation, each with a percentile interval
 * from one shared set of per-id weights. Deterministic for a seed. A resample where a side's metric is not
 * finite (ROC AUC of a one-class resample) is left out of that side's and of Δ's percentiles.
 */
function pairedRowsBootstrap(evaluation, production, options) {
    check(evaluation, production, options);
    const n = rows(evaluation);
    const names = metric_names/* METRICS_BY_TASK */.GT[evaluation.task];
    const orders = evaluation.task === "binary" && production.task === "binary"
        ? [(0,sort/* sortedOrder */.u)(evaluation.scores), (0,sort/* sortedOrder */.u)(production.scores)]
        : [undefined, undefined];
    const estimateE = (0,bootstrap_workers.valuesInOrder)(evaluation, undefined, orders[0]);
    const estimateP = (0,bootstrap_workers.valuesInOrder)(production, undefined, orders[1]);
    const m = names.length;
    const R = options.resamples;
    const sideE = Array.from({ length: m }, () => new Float64Array(R));
    const sideP = Array.from({ length: m }, () => new Float64Array(R));
    const delta = Array.from({ length: m }, () => new Float64Array(R));
    const countE = new Uint32Array(m);
    const countP = new Uint32Array(m);
    const countD = new Uint32Array(m);
    if (R > 0 && n > 0) {
        const resampler = new bootstrap/* UnitResampler */.ir(n, undefined, undefined, options.method ?? (0,bootstrap/* resampleMethod */.xH)(n));
        const drawn = (0,bootstrap/* unitWeights */.UR)(n);
        const weights = new Float64Array(n);
        for (let r = 0; r < R; r++) {
            resampler.fill(options.seed, r, drawn);
            for (let i = 0; i < n; i++)
                weights[i] = (0,bootstrap/* weightOf */.mm)(drawn, i);
            const e = (0,bootstrap_workers.valuesInOrder)(evaluation, weights, orders[0]);
            const p = (0,bootstrap_workers.valuesInOrder)(production, weights, orders[1]);
            for (let k = 0; k < m; k++) {
                const ve = e[k];
                const vp = p[k];
                if (Number.isFinite(ve))
                    sideE[k][countE[k]++] = ve;
                if (Number.isFinite(vp))
                    sideP[k][countP[k]++] = vp;
                if (Number.isFinite(ve) && Number.isFinite(vp))
                    delta[k][countD[k]++] = vp - ve;
            }
        }
    }
    const { confidence } = options;
    return Object.fromEntries(names.map((name, k) => {
        const ve = estimateE[k];
        const vp = estimateP[k];
        return [
            name,
            {
                production: percentileInterval(vp, sideP[k], countP[k], confidence),
                evaluation: percentileInterval(ve, sideE[k], countE[k], confidence),
                delta: percentileInterval(vp - ve, delta[k], countD[k], confidence),
            },
        ];
    }));
}

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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./.cache/build/lib/data/data-error.js
var data_error = __webpack_require__(53293);
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

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
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
    return contract_file_parseContract(snapshotManifestSchema, text, file, {
        kind: SNAPSHOT_KIND,
        version: SNAPSHOT_VERSION,
    });
}
const manifestKey = (id) => `snapshots/${id}/manifest.json`;
const snapshot_manifest_blobKey = (sha) => `blobs/sha256/${sha}`;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
        const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 42207));
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
    const values = (0,bootstrap_workers.valuesInOrder)(p, weights);
    return Object.fromEntries(metric_names/* METRICS_BY_TASK */.GT[p.task].map((name, i) => [name, values[i]]));
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
    const method = options.method ?? (0,bootstrap/* resampleMethod */.xH)(rows);
    if (method !== "poisson")
        throw new RangeError(`weighted units need the Poisson bootstrap (at least ${bootstrap/* POISSON_MIN_ROWS */.Dv} rows); measure ${rows} rows as rows`);
    const names = metric_names/* METRICS_BY_TASK */.GT.binary;
    const units = { task: "binary", labels, scores };
    const estimates = (0,bootstrap_workers.valuesInOrder)(units, counts);
    const values = new ResampleValues(names.length, options.resamples);
    if (options.resamples > 0) {
        // The units laid out as prepareResamples lays out rows (one "row" per unit; "multinomial" only so that
        // it returns each one's unit), then weighted by their counts and drawn by Poisson.
        const prepared = (0,bootstrap_workers.prepareResamples)([units], "multinomial");
        if (prepared.job.kind !== "binary" || prepared.job.unitOfRow === undefined)
            throw new Error("binary units gave no unit layout");
        const multiplicity = new Float64Array(prepared.job.multiplicity.length);
        for (let i = 0; i < counts.length; i++) {
            const u = prepared.job.unitOfRow[i];
            multiplicity[u] = multiplicity[u] + counts[i];
        }
        const job = { ...prepared.job, rows, multiplicity, unitOfRow: undefined, method: "poisson" };
        const threads = (0,bootstrap_workers.bootstrapThreads)(multiplicity.length * options.resamples, options.threads);
        const computed = (0,bootstrap_workers.computeResamples)({ job, models: 1, metrics: names.length, estimates: [estimates] }, options.seed, options.resamples, threads);
        for (let r = 0; r < options.resamples; r++)
            for (let i = 0; i < names.length; i++)
                values.add(i, computed[r * names.length + i]);
    }
    return Object.fromEntries(names.map((name, i) => [name, values.interval(i, estimates[i], options.confidence)]));
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/evaluate/task-labels.js

/** A label as text, the way it appears in predictions' `proba_<class>` columns. */
function task_labels_labelText(value) {
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
        const text = task_labels_labelText(value);
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
            : Number(task_labels_labelText(value) ?? Number.NaN);
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
    const missingLabel = labels.findIndex((value) => task_labels_labelText(value) === undefined);
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
    const classes = sortClasses([...labels.map((value) => task_labels_labelText(value)), ...probaClasses]);
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
            labelCodes[row] = task_labels_labelText(labels[row]) === positive ? 1 : 0;
        }
        return { predictions: { task, labels: labelCodes, scores }, classes: [negative, positive] };
    }
    const k = classes.length;
    const probabilities = new Float64Array(n * k);
    const probaValues = classes.map((label) => column(predictions, `proba_${label}`, `the probability of class "${label}"; a multiclass model writes proba_<class> for every class`));
    const labelCodes = new Int32Array(n);
    for (let row = 0; row < n; row++) {
        labelCodes[row] = classIndex.get(task_labels_labelText(labels[row]));
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
    for await (const batch of readTable(path, (0,data_format/* detectFormat */.Tz)(path))) {
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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/monitor/paired-rows.js
/**
 * The monitor's paired comparison: the champion's evaluation rows by id (from the `evaluation/predictions.csv`
 * its run holds, which evaluate writes with each test row's id and label when evaluate.id_column is set), and
 * the production rows in the window that carry one of those ids. Memory is bounded by the evaluation's test
 * set: one slot per test row, whatever the window's size; when an id occurs on several production rows in
 * the window, the newest is kept.
 */






/**
 * Reads the champion's evaluation rows through the Tracker port, or says why there are none to pair with
 * (the reason is shown as "unpaired (MOVER): <reason>").
 */
async function evaluationRows(tracker, runId, evaluation, dir) {
    const idColumn = evaluation.idColumn;
    if (!idColumn)
        return {
            reason: "the champion's evaluation recorded no row ids (set evaluate.id_column and evaluate the champion again to pair by id)",
        };
    const file = (0,external_node_path_.join)(dir, "champion-predictions.csv");
    await (0,promises_.rm)(file, { force: true });
    try {
        await tracker.downloadArtifacts(runId, "evaluation/predictions.csv", file);
    }
    catch (error) {
        return {
            reason: `the champion's run ${runId} has no evaluation/predictions.csv to pair with (${error.message.split("\n")[0]})`,
        };
    }
    const read = await readColumns(file, (columns) => columns);
    for (const name of [idColumn, evaluation.labelColumn])
        if (!read.values.has(name))
            return {
                reason: `the champion's evaluation/predictions.csv has no column "${name}" (evaluate.id_column records it)`,
            };
    let built;
    try {
        built = buildPredictions({
            task: evaluation.task,
            labels: read.values.get(evaluation.labelColumn),
            labelColumn: evaluation.labelColumn,
            predictions: { file: "evaluation/predictions.csv", ...read },
            ...(evaluation.task === "binary" && evaluation.classes?.[1] !== undefined
                ? { positiveClass: evaluation.classes[1] }
                : {}),
        });
    }
    catch (error) {
        return {
            reason: `the champion's evaluation/predictions.csv cannot be read back: ${error.message}`,
        };
    }
    if (evaluation.task !== "regression" && built.classes?.join("\n") !== evaluation.classes?.join("\n"))
        return {
            reason: `the champion's evaluation/predictions.csv has classes ${built.classes?.join(", ")}, its evaluation ${evaluation.classes?.join(", ")}`,
        };
    const rowOfId = new Map();
    const repeated = new Set();
    const ids = read.values.get(idColumn);
    for (let row = 0; row < ids.length; row++) {
        const id = task_labels_labelText(ids[row]);
        if (id === undefined)
            continue;
        if (rowOfId.has(id))
            repeated.add(id);
        else
            rowOfId.set(id, row);
    }
    for (const id of repeated)
        rowOfId.delete(id);
    return { idColumn, predictions: built.predictions, rowOfId, rows: read.rows, repeatedIds: repeated.size };
}
/**
 * Production rows matched to evaluation rows by id: per evaluation row, the newest production row of its id
 * in the window (its time, label and prediction values: a score, k probabilities, or a predicted value).
 */
class PairedRows {
    evaluation;
    productionIdColumn;
    /** Production rows in the window whose id column had a value. */
    rowsWithId = 0;
    /** Of those, rows whose id is one of the evaluation's. */
    matchedRows = 0;
    time;
    label;
    values;
    width;
    constructor(evaluation, productionIdColumn) {
        this.evaluation = evaluation;
        this.productionIdColumn = productionIdColumn;
        const p = evaluation.predictions;
        this.width = p.task === "multiclass" ? p.classes : 1;
        const n = evaluation.rows;
        this.time = new Float64Array(n).fill(Number.NaN);
        this.label = new Float64Array(n);
        this.values = new Float64Array(n * this.width);
    }
    /** A labelled production row in the window: `label` is the class code or the actual value. */
    add(id, time, label, values) {
        const text = task_labels_labelText(id);
        if (text === undefined)
            return;
        this.rowsWithId++;
        const row = this.evaluation.rowOfId.get(text);
        if (row === undefined)
            return;
        this.matchedRows++;
        const previous = this.time[row];
        if (previous > time)
            return;
        this.time[row] = time;
        this.label[row] = label;
        for (let c = 0; c < this.width; c++)
            this.values[row * this.width + c] = values[c];
    }
    /** Evaluation rows with a production row. */
    get ids() {
        let count = 0;
        for (let i = 0; i < this.time.length; i++)
            if (!Number.isNaN(this.time[i]))
                count++;
        return count;
    }
    /** Both sides on the matched ids, row i of each the same id. */
    sides() {
        const matched = [];
        for (let i = 0; i < this.time.length; i++)
            if (!Number.isNaN(this.time[i]))
                matched.push(i);
        const rows = Uint32Array.from(matched);
        const evaluation = subsetPredictions(this.evaluation.predictions, rows);
        const n = rows.length;
        const k = this.width;
        const values = new Float64Array(n * k);
        for (let i = 0; i < n; i++) {
            const r = rows[i];
            values.set(this.values.subarray(r * k, r * k + k), i * k);
        }
        let production;
        if (evaluation.task === "regression")
            production = {
                task: "regression",
                actual: Float64Array.from(rows, (r) => this.label[r]),
                predicted: values,
            };
        else {
            const labels = Int32Array.from(rows, (r) => this.label[r]);
            production =
                evaluation.task === "binary"
                    ? { task: "binary", labels, scores: values }
                    : { task: "multiclass", labels, probabilities: values, classes: evaluation.classes };
        }
        return { evaluation, production };
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/stats/column-profile.js + 3 modules
var column_profile = __webpack_require__(29649);
// EXTERNAL MODULE: ./.cache/build/lib/stats/parse-text.js
var parse_text = __webpack_require__(36574);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metrics/conventions.js
var conventions = __webpack_require__(38937);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/streaming-units.js
/**
 * Binary predictions gathered in bounded memory: a stream of (label, score) rows merged into units — one
 * entry per distinct score holding the count of negative and positive rows with it — which
 * `bootstrapBinaryUnits` (metric-set.ts) measures with the same metric and bootstrap code as the rows
 * themselves: every binary metric depends on a resample only through each unit's total weight, and a unit
 * of m rows gets one Poisson(m) count (the sum of its rows' Poisson(1) counts).
 *
 * Memory is bounded by `maxUnits` (distinct scores), not by rows. While the rows have no more distinct
 * scores than that, nothing is lost: the metrics and intervals equal those of the rows (bit for bit for the
 * intervals from POISSON_MIN_ROWS rows on; below it the rows themselves are kept and measured as rows).
 * When there are more, the scores are QUANTISED: every score falls in a cell, and a cell is one unit whose
 * score is the mean of its rows' scores. Cells are chosen so that most metrics move by a small, computed
 * amount:
 * - A cell is (side of 0.5, calibration bin ⌊10·s⌋, the top `bits` mantissa bits of t = min(s, 1 − s)):
 *   a RELATIVE grid on the distance to 0 or 1, so a cell's scores differ by at most t·2^−bits. It never
 *   straddles 0.5 or a calibration-bin edge, and cells are disjoint intervals of scores, so the order of
 *   scores across cells is kept. Grids of fewer bits nest, so coarsening merges whole cells.
 * - accuracy, precision, recall, F1: unchanged (no row changes side of 0.5).
 * - ECE: unchanged on the rows (each bin's Σ score is kept by the cell means); under any resample
 *   weights at most the largest cell spread.
 * - Brier: at most 2 × the largest cell spread (|Δ(s − y)²| ≤ |Δs| · 2 per row), under any weights.
 * - log loss: at most the largest spread of log(clip(p)) over a cell for the rows' label, ≤ 2^−bits,
 *   under any weights (the relative grid bounds the log's change; near 0 and 1 too).
 * - ROC AUC: only pairs of a positive and a negative in the SAME cell change (to a tie): at most
 *   0.5 · Σ_cells pos·neg / (P·N), computed on the rows.
 * - PR AUC: each cell's positives contribute at the cell's precision instead of their own, which lies
 *   between the precisions reachable inside the cell: the sum of those gaps, computed on the rows.
 * The ROC and PR AUC bounds are computed with every row's weight 1 (the point estimate); a resample moves
 * by the same kind of amount computed on its weights. The bootstrap intervals of the quantised units also
 * use other random draws than those of the rows (other units), so their endpoints differ from the rows'
 * by the bound plus the Monte-Carlo error of the resamples.
 */



/** Default cap on distinct units (scores) kept in memory: 2^19, ~50 MiB of table and ~40 MiB to measure. */
const DEFAULT_MAX_UNITS = 1 << 19;
/** The first quantisation grid: cells of relative width 2^−20 (≈ 1e−6). Coarser grids follow if needed. */
const FIRST_QUANTISATION_BITS = 20;
const EMPTY = -1;
const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
const HIGH_WORD = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1 ? 1 : 0;
/** The cell of a score in [0, 1] on the grid of `bits` mantissa bits (0–20): a non-negative integer. */
function scoreCell(score, bits) {
    const side = score >= 0.5 ? 1 : 0;
    const t = side === 1 ? 1 - score : score; // exact for score in [0.5, 1] (Sterbenz)
    const bin = Math.min(9, Math.max(0, Math.floor(score * 10)));
    scratch[0] = t;
    const high = scratchWords[HIGH_WORD] >>> 0; // sign 0, 11 exponent bits, top 20 mantissa bits
    const code = high >>> (20 - bits);
    return (side * 16 + bin) * 2147483648 + code;
}
/**
 * Open-addressing hash table of score → (negatives, positives, Σ score, min, max); keys are the exact
 * score, or its cell once quantised.
 */
class ScoreTable {
    keys;
    negatives;
    positives;
    sums;
    mins;
    maxs;
    size = 0;
    mask;
    constructor(capacity) {
        let slots = 16;
        while (slots < capacity * 2)
            slots *= 2;
        this.mask = slots - 1;
        this.keys = new Float64Array(slots).fill(EMPTY);
        this.negatives = new Float64Array(slots);
        this.positives = new Float64Array(slots);
        this.sums = new Float64Array(slots);
        this.mins = new Float64Array(slots);
        this.maxs = new Float64Array(slots);
    }
    get slots() {
        return this.keys.length;
    }
    slot(key) {
        scratch[0] = key;
        let h = Math.imul(scratchWords[0] ^ Math.imul(scratchWords[1], 0x9e3779b1), 0x85ebca6b);
        h ^= h >>> 15;
        let i = h & this.mask;
        for (;;) {
            const k = this.keys[i];
            if (k === key)
                return i;
            if (k === EMPTY) {
                this.keys[i] = key;
                this.size++;
                return i;
            }
            i = (i + 1) & this.mask;
        }
    }
    add(key, negatives, positives, sum, min, max) {
        const i = this.slot(key);
        if (this.negatives[i] === 0 && this.positives[i] === 0) {
            this.mins[i] = min;
            this.maxs[i] = max;
        }
        else {
            if (min < this.mins[i])
                this.mins[i] = min;
            if (max > this.maxs[i])
                this.maxs[i] = max;
        }
        this.negatives[i] = this.negatives[i] + negatives;
        this.positives[i] = this.positives[i] + positives;
        this.sums[i] = this.sums[i] + sum;
    }
}
/**
 * Binary (label, score) rows merged into units as they stream in; at most `maxUnits` distinct units in
 * memory (plus, until POISSON_MIN_ROWS rows, the rows themselves, so that small windows are measured
 * exactly as rows).
 */
class StreamingBinaryUnits {
    table;
    /** undefined: exact scores; else the grid's mantissa bits. */
    bits;
    maxUnits;
    keepRows;
    rawLabels;
    rawScores;
    rows = 0;
    constructor(maxUnits = DEFAULT_MAX_UNITS, keepRows = bootstrap/* POISSON_MIN_ROWS */.Dv) {
        if (!(Number.isInteger(maxUnits) && maxUnits >= 16))
            throw new RangeError(`maxUnits must be a whole number ≥ 16, got ${maxUnits}`);
        this.maxUnits = maxUnits;
        this.keepRows = keepRows;
        this.table = new ScoreTable(Math.min(maxUnits, 1024));
        if (keepRows > 0) {
            this.rawLabels = new Int32Array(keepRows);
            this.rawScores = new Float64Array(keepRows);
        }
    }
    /** Adds one row: label 0 or 1, score in [0, 1]. */
    add(label, score) {
        if (this.rawLabels !== undefined && this.rawScores !== undefined) {
            if (this.rows < this.keepRows) {
                this.rawLabels[this.rows] = label;
                this.rawScores[this.rows] = score;
            }
            else {
                this.rawLabels = undefined;
                this.rawScores = undefined;
            }
        }
        this.rows++;
        const key = this.bits === undefined ? score : scoreCell(score, this.bits);
        this.table.add(key, label === 1 ? 0 : 1, label === 1 ? 1 : 0, score, score, score);
        if (this.table.size * 2 > this.table.slots || this.table.size > this.maxUnits)
            this.grow();
    }
    get quantised() {
        return this.bits !== undefined;
    }
    get units() {
        return this.table.size;
    }
    /** The rows themselves, while fewer than `keepRows` have been added. */
    rawRows() {
        if (this.rawLabels === undefined || this.rawScores === undefined || this.rows > this.keepRows)
            return undefined;
        return { labels: this.rawLabels.subarray(0, this.rows), scores: this.rawScores.subarray(0, this.rows) };
    }
    grow() {
        if (this.table.size <= this.maxUnits) {
            this.rehash(this.bits, Math.min(this.maxUnits, this.table.size * 2));
            return;
        }
        // past the cap: the first grid, then coarser ones until at most half the cap is used
        let bits = this.bits === undefined ? FIRST_QUANTISATION_BITS : this.bits - 1;
        for (;;) {
            this.rehash(bits, this.maxUnits);
            if (this.table.size * 2 <= this.maxUnits || bits === 0)
                break;
            bits--;
        }
    }
    rehash(bits, capacity) {
        const old = this.table;
        const next = new ScoreTable(Math.max(capacity, old.size));
        for (let i = 0; i < old.slots; i++) {
            const key = old.keys[i];
            if (key === EMPTY)
                continue;
            const min = old.mins[i];
            // a cell's scores share the cell of any of them: its minimum's
            const nextKey = bits === undefined ? key : scoreCell(min, bits);
            next.add(nextKey, old.negatives[i], old.positives[i], old.sums[i], min, old.maxs[i]);
        }
        this.table = next;
        this.bits = bits;
    }
    /**
     * The units: exact scores, or each cell's mean score (clamped to the cell's scores), one entry per label
     * present in it.
     */
    unitCounts() {
        const t = this.table;
        const labels = new Int32Array(2 * t.size);
        const scores = new Float64Array(2 * t.size);
        const counts = new Float64Array(2 * t.size);
        let at = 0;
        for (let i = 0; i < t.slots; i++) {
            const key = t.keys[i];
            if (key === EMPTY)
                continue;
            const n0 = t.negatives[i];
            const n1 = t.positives[i];
            const score = this.bits === undefined
                ? key
                : Math.min(t.maxs[i], Math.max(t.mins[i], t.sums[i] / (n0 + n1)));
            for (const [label, count] of [
                [0, n0],
                [1, n1],
            ]) {
                if (count === 0)
                    continue;
                labels[at] = label;
                scores[at] = score;
                counts[at] = count;
                at++;
            }
        }
        return {
            rows: this.rows,
            labels: labels.slice(0, at),
            scores: scores.slice(0, at),
            counts: counts.slice(0, at),
        };
    }
    /** How the scores were quantised and each metric's bound; undefined while the scores are exact. */
    quantisation() {
        if (this.bits === undefined)
            return undefined;
        const t = this.table;
        const cells = t.size;
        const low = new Float64Array(cells);
        const high = new Float64Array(cells);
        const neg = new Float64Array(cells);
        const pos = new Float64Array(cells);
        let c = 0;
        let maxSpread = 0;
        let maxLogSpread = 0;
        for (let i = 0; i < t.slots; i++) {
            if (t.keys[i] === EMPTY)
                continue;
            const min = t.mins[i];
            const max = t.maxs[i];
            low[c] = min;
            high[c] = max;
            neg[c] = t.negatives[i];
            pos[c] = t.positives[i];
            maxSpread = Math.max(maxSpread, max - min);
            if (pos[c] > 0)
                maxLogSpread = Math.max(maxLogSpread, Math.log((0,conventions/* clip */.$Q)(max)) - Math.log((0,conventions/* clip */.$Q)(min)));
            if (neg[c] > 0)
                maxLogSpread = Math.max(maxLogSpread, Math.log((0,conventions/* clip */.$Q)(1 - min)) - Math.log((0,conventions/* clip */.$Q)(1 - max)));
            c++;
        }
        // cells by descending score (disjoint intervals: their minimums order them)
        const order = (0,sort/* sortedOrder */.u)(low);
        let positives = 0;
        let negatives = 0;
        for (let k = 0; k < cells; k++) {
            positives += pos[k];
            negatives += neg[k];
        }
        let tiedPairs = 0;
        let apGap = 0;
        let tp = 0;
        let fp = 0;
        for (let k = 0; k < cells; k++) {
            const i = order[k];
            const a = pos[i];
            const b = neg[i];
            tiedPairs += a * b;
            if (a > 0) {
                const merged = (tp + a) / (tp + fp + a + b);
                const lowest = (tp + 1) / (tp + 1 + fp + b);
                const highest = (tp + a) / (tp + a + fp);
                apGap += a * Math.max(highest - merged, merged - lowest);
            }
            tp += a;
            fp += b;
        }
        return {
            bits: this.bits,
            units: cells,
            maxCellSpread: maxSpread,
            bounds: {
                accuracy: 0,
                precision: 0,
                recall: 0,
                f1: 0,
                roc_auc: positives > 0 && negatives > 0 ? (0.5 * tiedPairs) / (positives * negatives) : 0,
                pr_auc: positives > 0 ? apGap / positives : 0,
                log_loss: maxLogSpread,
                brier: 2 * maxSpread,
                expected_calibration_error: maxSpread,
            },
        };
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/monitor/production-window.js






const DAY_MS = 86_400_000;
/** Each UTC day of a binary window gets units of its own, with this share of the window's cap (≥ 4,096). */
const DAY_UNITS_SHARE = 64;
class GrowableFloat64 {
    data = new Float64Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.data.length) {
            const next = new Float64Array(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = value;
    }
    view() {
        return this.data.subarray(0, this.length);
    }
}
class GrowableInt32 {
    data = new Int32Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.data.length) {
            const next = new Int32Array(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = value;
    }
    view() {
        return this.data.subarray(0, this.length);
    }
}
function timeOf(value) {
    if (value instanceof Date)
        return value.getTime();
    if (typeof value === "number")
        return Number.isFinite(value) ? value : Number.NaN;
    if (typeof value === "bigint")
        return Number(value);
    if (typeof value === "string") {
        const text = value.trim();
        if (/^-?\d+(\.\d+)?$/.test(text))
            return Number(text);
        return (0,parse_text/* parseIsoTimestamp */.RJ)(text);
    }
    return Number.NaN;
}
function numberOf(value) {
    if (typeof value === "number")
        return value;
    if (typeof value === "bigint")
        return Number(value);
    if (typeof value === "string" && value.trim() !== "")
        return Number(value);
    return Number.NaN;
}
/**
 * The window's labelled production predictions, gathered in one streaming pass over the files.
 * Binary (bounded memory): each row joins the window's (label, score) units and its UTC day's
 * (streaming-units.ts): memory grows with distinct scores up to `maxUnits`, then scores are quantised with
 * stated bounds, never with rows. Multiclass and regression: labels and predictions go into typed arrays
 * (the metrics and the bootstrap take every row: 8 + 8·classes bytes a multiclass row, 16 a regression row)
 * and each row's UTC day into a third. Every feature column goes into a bounded-memory column profiler for
 * drift. Rows before the window are counted and dropped.
 */
class ProductionWindow {
    encoding;
    labels = new GrowableInt32();
    actual = new GrowableFloat64();
    values = new GrowableFloat64();
    days = new GrowableInt32();
    profilers = new Map();
    binary;
    binaryDays = new Map();
    maxUnits;
    measured = 0;
    classIndex;
    columns;
    file = "";
    firstDay;
    olderRows = 0;
    unlabelledRows = 0;
    rowsRead = 0;
    newestOlder = Number.NaN;
    /** Files without the paired id column. */
    filesWithoutId = [];
    scratch;
    constructor(encoding) {
        this.encoding = encoding;
        this.classIndex = new Map((encoding.classes ?? []).map((label, index) => [label, index]));
        this.firstDay = Math.floor(encoding.sinceMs / DAY_MS);
        this.maxUnits = encoding.maxUnits ?? DEFAULT_MAX_UNITS;
        this.scratch = new Float64Array(Math.max(1, encoding.classes?.length ?? 1));
        if (encoding.task === "binary")
            this.binary = new StreamingBinaryUnits(this.maxUnits);
        if (encoding.task !== "regression" && !encoding.classes?.length)
            throw new user_error/* UserError */.yo(`the champion's evaluation records no classes for its ${encoding.task} task`);
    }
    get rows() {
        return this.measured;
    }
    /** Starts a file: its columns are looked up on its first batch. */
    startFile(file) {
        this.file = file;
        this.columns = undefined;
    }
    add(batch) {
        this.columns ??= this.locate(batch.columns);
        const columns = this.columns;
        const { sinceMs, championVersion, task } = this.encoding;
        const k = this.encoding.classes?.length ?? 0;
        for (let i = 0; i < batch.rows.length; i++) {
            const row = batch.rows[i];
            this.rowsRead++;
            const rowNumber = batch.firstRowNumber + i;
            const rawTime = row[columns.timestamp];
            const time = timeOf(rawTime);
            if (!Number.isFinite(time))
                throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber}, column "${this.encoding.timestampColumn}": ${JSON.stringify(task_labels_labelText(rawTime) ?? null)} is not a time; write ISO 8601 (2024-06-01T12:00:00Z) or epoch milliseconds (${this.encoding.origins.timestamp})`);
            if (time < sinceMs) {
                this.olderRows++;
                if (!(time <= this.newestOlder))
                    this.newestOlder = time;
                continue;
            }
            if (columns.modelVersion >= 0) {
                const version = task_labels_labelText(row[columns.modelVersion]);
                if (version !== undefined && version !== championVersion)
                    throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber} was predicted by model version ${version}, but the champion is version ${championVersion}; monitor only the champion's predictions (filter the rows, or start the window after the promotion with since), column "${this.encoding.modelVersionColumn}"`);
            }
            const label = task_labels_labelText(row[columns.label]);
            if (label === undefined) {
                this.unlabelledRows++;
                continue;
            }
            for (const [profiler, index] of columns.features)
                profiler.add(row[index]);
            const paired = columns.id >= 0 ? this.encoding.paired : undefined;
            if (task === "regression") {
                const actual = this.number(row, columns.label, this.encoding.labelColumn, rowNumber);
                const predicted = this.number(row, columns.predictions[0], "prediction", rowNumber);
                this.actual.push(actual);
                this.values.push(predicted);
                if (paired) {
                    this.scratch[0] = predicted;
                    paired.add(row[columns.id], time, actual, this.scratch);
                }
            }
            else {
                const code = this.classIndex.get(label);
                if (code === undefined)
                    throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber}, label column "${this.encoding.labelColumn}": "${label}" is not a class the champion was evaluated on (${this.encoding.classes?.join(", ")})`);
                if (this.binary !== undefined) {
                    const name = columns.predictionNames[0];
                    const p = this.number(row, columns.predictions[0], name, rowNumber);
                    if (p < 0 || p > 1)
                        throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber}, column "${name}": ${p} is not a probability in [0, 1]`);
                    const y = code === 1 ? 1 : 0;
                    this.binary.add(y, p);
                    if (paired) {
                        this.scratch[0] = p;
                        paired.add(row[columns.id], time, y, this.scratch);
                    }
                    const day = Math.floor(time / DAY_MS) - this.firstDay;
                    let units = this.binaryDays.get(day);
                    if (units === undefined) {
                        units = new StreamingBinaryUnits(Math.max(4096, Math.floor(this.maxUnits / DAY_UNITS_SHARE)), 0);
                        this.binaryDays.set(day, units);
                    }
                    units.add(y, p);
                    this.measured++;
                    continue;
                }
                this.labels.push(code);
                for (let c = 0; c < k; c++) {
                    const name = columns.predictionNames[c];
                    const p = this.number(row, columns.predictions[c], name, rowNumber);
                    if (p < 0 || p > 1)
                        throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber}, column "${name}": ${p} is not a probability in [0, 1]`);
                    this.values.push(p);
                    this.scratch[c] = p;
                }
                if (paired)
                    paired.add(row[columns.id], time, code, this.scratch);
            }
            this.days.push(Math.floor(time / DAY_MS) - this.firstDay);
            this.measured++;
        }
    }
    number(row, index, name, rowNumber) {
        const value = numberOf(row[index]);
        if (!Number.isFinite(value))
            throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber}, column "${name}": expected a number, found ${JSON.stringify(task_labels_labelText(row[index]) ?? null)}`);
        return value;
    }
    locate(names) {
        const { encoding } = this;
        const find = (name, why) => {
            const index = names.indexOf(name);
            if (index < 0)
                throw new user_error/* UserError */.yo(`${this.file} has no ${why} column "${name}" (${why === "label" ? encoding.origins.label : why === "timestamp" ? encoding.origins.timestamp : "the champion's predictions"}); its columns are ${names.join(", ") || "none"}`);
            return index;
        };
        const timestamp = find(encoding.timestampColumn, "timestamp");
        const label = find(encoding.labelColumn, "label");
        let predictionNames;
        if (encoding.task === "regression")
            predictionNames = ["prediction"];
        else if (encoding.task === "binary") {
            const positive = encoding.classes?.[1];
            predictionNames = [names.includes("score") ? "score" : `proba_${positive}`];
            if (!names.includes(predictionNames[0]))
                throw new user_error/* UserError */.yo(`${this.file} has no "score" column (the probability of the positive class "${positive}") nor "proba_${positive}"; its columns are ${names.join(", ")}`);
        }
        else
            predictionNames = (encoding.classes ?? []).map((label) => `proba_${label}`);
        const predictions = predictionNames.map((name) => find(name, "prediction"));
        const features = encoding.features(names).map((name) => {
            let profiler = this.profilers.get(name);
            if (!profiler) {
                profiler = new column_profile/* ColumnProfiler */.kW(name);
                this.profilers.set(name, profiler);
            }
            return [profiler, names.indexOf(name)];
        });
        const id = encoding.paired ? names.indexOf(encoding.paired.productionIdColumn) : -1;
        if (encoding.paired && id < 0)
            this.filesWithoutId.push(this.file);
        return {
            id,
            timestamp,
            label,
            modelVersion: names.indexOf(encoding.modelVersionColumn),
            predictions,
            predictionNames,
            features,
        };
    }
    /**
     * Every metric of the task with its bootstrap interval, as evaluate computes them: binary windows from
     * their units (the rows themselves below POISSON_MIN_ROWS rows), others from the rows.
     */
    measure(options) {
        if (this.binary === undefined)
            return bootstrapMetrics(this.predictions(), options);
        const rows = this.binary.rawRows();
        if (rows !== undefined)
            return bootstrapMetrics({ task: "binary", ...rows }, options);
        const units = this.binary.unitCounts();
        return bootstrapBinaryUnits(units.labels, units.scores, units.counts, options);
    }
    /** How a binary window's scores were quantised (undefined when they were not, or not binary). */
    quantisation() {
        return this.binary?.quantisation();
    }
    /** UTC days whose binary units were quantised (their value moves by at most their own bounds). */
    quantisedDays() {
        let days = 0;
        for (const units of this.binaryDays.values())
            if (units.quantised)
                days++;
        return days;
    }
    /** A metric's value per UTC day, from the window's first day to its last row's day (null: no rows, or
     * the metric is undefined on them). */
    dailyValues(metric) {
        const finite = (value) => value !== undefined && Number.isFinite(value) ? value : null;
        const dayName = (d) => new Date((this.firstDay + d) * DAY_MS).toISOString().slice(0, 10);
        if (this.binary === undefined) {
            const predictions = this.predictions();
            return this.rowsByDay().map(({ day, rows }) => ({
                day,
                rows: rows.length,
                value: rows.length > 0 ? finite(metricValues(subsetPredictions(predictions, rows))[metric]) : null,
            }));
        }
        const last = Math.max(-1, ...this.binaryDays.keys());
        return Array.from({ length: last + 1 }, (_, d) => {
            const units = this.binaryDays.get(d);
            if (units === undefined)
                return { day: dayName(d), rows: 0, value: null };
            const merged = units.unitCounts();
            const values = metricValues({ task: "binary", labels: merged.labels, scores: merged.scores }, merged.counts);
            return { day: dayName(d), rows: units.rows, value: finite(values[metric]) };
        });
    }
    /** The window's predictions as the metrics take them (multiclass and regression: binary keeps units). */
    predictions() {
        const { task } = this.encoding;
        if (task === "regression")
            return { task, actual: this.actual.view(), predicted: this.values.view() };
        if (task === "binary")
            throw new Error("a binary window keeps units, not rows: use measure()");
        return {
            task,
            labels: this.labels.view(),
            probabilities: this.values.view(),
            classes: this.encoding.classes?.length ?? 0,
        };
    }
    /** Each UTC day's row indexes, from the window's first day to its last row's day. */
    rowsByDay() {
        const days = this.days.view();
        let last = -1;
        for (let i = 0; i < days.length; i++)
            if (days[i] > last)
                last = days[i];
        const counts = new Uint32Array(last + 1);
        for (let i = 0; i < days.length; i++)
            counts[days[i]] = counts[days[i]] + 1;
        const lists = Array.from(counts, (count) => new Uint32Array(count));
        const filled = new Uint32Array(last + 1);
        for (let i = 0; i < days.length; i++) {
            const d = days[i];
            const at = filled[d];
            lists[d][at] = i;
            filled[d] = at + 1;
        }
        return lists.map((rows, d) => ({
            day: new Date((this.firstDay + d) * DAY_MS).toISOString().slice(0, 10),
            rows,
        }));
    }
    /** The production profiles of the feature columns, for drift. */
    profiles() {
        return [...this.profilers.values()].map((profiler) => profiler.profile());
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/monitor/monitor-step.js























/** Tags the monitor keeps on the champion version. */
const MONITOR_TAGS = {
    lastRunAt: "trainyard.monitor.last_run_at",
    retrain: "trainyard.monitor.retrain",
    rows: "trainyard.monitor.rows",
    reasons: "trainyard.monitor.reasons",
    runId: "trainyard.monitor.run_id",
    lastTriggerAt: "trainyard.monitor.last_trigger_at",
};
/** The tag that marks a tracker run as a monitor run, and its companions. */
const MONITOR_RUN_TAGS = {
    kind: "trainyard.kind",
    championVersion: "trainyard.monitor.champion_version",
    retrain: "trainyard.monitor.retrain",
    dispatched: "trainyard.monitor.dispatched",
};
const TAG_LIMIT = 5000;
const NON_FEATURES = new Set(["prediction", "score"]);
/** The window's start: a span back from now (`7d`) or an ISO 8601 time. */
function windowStart(since, now, what) {
    const span = (0,monitor_config/* spanMs */.J6)(since);
    if (span !== undefined)
        return now - span;
    if (/^\d{4}-\d{2}-\d{2}/.test(since)) {
        const time = Date.parse(since);
        if (Number.isFinite(time))
            return time;
    }
    throw new user_error/* UserError */.yo(`${what} is "${since}": give a span back from now (7d, 12h, 2w) or an ISO 8601 time (2024-06-01)`);
}
/** The champion's evaluation at promotion: evaluation.json of its run, with the run's test_* metrics. */
async function championBaseline(context, tracker, champion, dir) {
    const runId = champion.runId;
    if (!runId)
        throw new user_error/* UserError */.yo(`champion version ${champion.version} records no run, so its evaluation cannot be read`);
    const run = await tracker.getRun(runId);
    const file = (0,external_node_path_.join)(dir, `champion-${champion.version}-evaluation.json`);
    await (0,promises_.rm)(file, { force: true });
    try {
        await tracker.downloadArtifacts(runId, "evaluation/evaluation.json", file);
    }
    catch (error) {
        throw new user_error/* UserError */.yo(`champion version ${champion.version} (run ${runId}) has no evaluation/evaluation.json: evaluate it with run-id ${runId} so the monitor has a baseline (${error.message})`);
    }
    const evaluation = parseEvaluationReport(await (0,promises_.readFile)(file, "utf8"), `run ${runId}: evaluation/evaluation.json`);
    // The run's test_* metrics are what the tracker shows; where present they are the baseline.
    const logged = new Map(run.metrics.map((metric) => [metric.key, metric.value]));
    for (const [name, interval] of Object.entries(evaluation.metrics)) {
        const value = logged.get(`test_${name}`);
        if (value === undefined)
            continue;
        evaluation.metrics[name] = {
            value,
            low: logged.get(`test_${name}_ci_low`) ?? interval.low,
            high: logged.get(`test_${name}_ci_high`) ?? interval.high,
            resamples: interval.resamples,
        };
    }
    context.log.info(`baseline: champion version ${champion.version}, ${evaluation.primaryMetric} ${evaluation.metrics[evaluation.primaryMetric]?.value} on ${evaluation.rows} test rows (run ${runId})`);
    return { evaluation, run };
}
async function referenceProfiles(context, inputs, config, snapshotId) {
    if (!snapshotId)
        return { note: "the champion records no training snapshot, so no drift check" };
    if (!/^[0-9a-f]{16}$/.test(snapshotId))
        return { note: `the champion was trained on "${snapshotId}", not a stored snapshot, so no drift check` };
    try {
        const store = await openStepStore(context, inputs, config);
        const manifest = await readManifest(store, snapshotId);
        return { profiles: manifest.profile };
    }
    catch (error) {
        return {
            note: `no drift check: the champion's snapshot ${snapshotId} could not be read (${error.message})`,
        };
    }
}
function metricPolicy(monitor, task, primary) {
    const policy = monitor.metrics
        ? Object.fromEntries(Object.entries(monitor.metrics).filter((entry) => entry[1] !== undefined))
        : { [primary]: { max_degradation: 0 } };
    const names = trainyard_config/* METRICS_BY_TASK */.GT[task];
    const foreign = Object.keys(policy).filter((name) => !names.includes(name));
    if (foreign.length > 0)
        throw new user_error/* UserError */.yo(`monitor.metrics names ${foreign.join(", ")}, not a metric of the champion's ${task} task (${names.join(", ")})`);
    return policy;
}
/** What quantising the scores did, for the report's notes and the job summary. */
function quantisationNote(q, maxUnits, metrics) {
    const bounds = metrics
        .filter((metric) => q.bounds[metric] !== undefined)
        .map((metric) => `${metric} ±${q.bounds[metric].toPrecision(2)}`);
    return `the window has more distinct scores than monitor.max_units (${maxUnits}), so scores were quantised to ${q.units} cells (relative width 2^-${q.bits}, widest ${q.maxCellSpread.toPrecision(2)}); the metrics differ from those of the exact scores by at most: ${bounds.join(", ")}`;
}
const toRecord = (interval) => {
    const finite = (value) => (Number.isFinite(value) ? value : null);
    return {
        value: finite(interval.value),
        low: finite(interval.low),
        high: finite(interval.high),
        resamples: interval.resamples,
    };
};
/**
 * `monitor`: measures the champion on the window's labelled production predictions with evaluate's metric and
 * bootstrap code, compares each metric with the champion's evaluation, checks the features for drift from
 * its training snapshot, and says whether to retrain; with `trigger: dispatch` it starts the retrain
 * workflow (at most once per cooldown) and records the result on the champion and in the tracker.
 */
async function monitorStep(context, inputs, preloaded, dependencies = {}) {
    const config = preloaded ?? (await loadStepConfig(context, inputs));
    const monitor = config?.config.monitor ?? monitor_config/* monitorSchema */.ml.parse({});
    const now = dependencies.now ?? Date.now();
    const model = inputs.model ?? config?.config.model;
    if (!model)
        throw new user_error/* UserError */.yo(`no model name: set model in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "model")}`);
    const spec = inputs.predictions ?? monitor.predictions;
    if (!spec)
        throw new user_error/* UserError */.yo(`no production predictions: give ${(0,declared_inputs/* inputLabel */.NB)(inputs, "predictions")} or set monitor.predictions in trainyard.yml`);
    const since = inputs.since ?? monitor.since;
    const sinceMs = windowStart(since, now, `${(0,declared_inputs/* inputLabel */.NB)(inputs, "since")} (monitor.since)`);
    const outputDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"] ?? workspace_paths_workspacePath.monitor);
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const tracking = dependencies.tracking ?? (await openStepTracking(context, inputs, config));
    const champion = await tracking.registry.getVersionByAlias(model, "champion");
    if (!champion)
        throw new user_error/* UserError */.yo(`model "${model}" has no champion in ${tracking.registry.uri}: there is nothing to monitor yet`);
    const { evaluation } = await championBaseline(context, tracking.tracker, champion, outputDir);
    const task = evaluation.task;
    const primary = evaluation.primaryMetric;
    const policy = metricPolicy(monitor, task, primary);
    const labelColumn = inputs["label-column"] ?? monitor.label_column ?? evaluation.labelColumn;
    const timestampColumn = inputs["timestamp-column"] ?? monitor.timestamp_column;
    const snapshotId = champion.tags["trainyard.snapshot.id"] ?? evaluation.snapshotId;
    const notes = [];
    const reference = await referenceProfiles(context, inputs, config, snapshotId);
    if (reference.note)
        notes.push(reference.note);
    const referenceNames = new Set((reference.profiles ?? []).map((profile) => profile.name));
    const driftColumns = monitor.drift?.columns ? new Set(monitor.drift.columns) : undefined;
    // Paired where row ids allow: the champion's test rows by id, matched with production rows in the window.
    const ofEvaluation = await evaluationRows(tracking.tracker, champion.runId, evaluation, outputDir);
    const paired = "reason" in ofEvaluation
        ? undefined
        : new PairedRows(ofEvaluation, monitor.id_column ?? ofEvaluation.idColumn);
    const excluded = new Set([labelColumn, timestampColumn, monitor.model_version_column]);
    if (paired)
        excluded.add(paired.productionIdColumn);
    const window = new ProductionWindow({
        task,
        ...(evaluation.classes ? { classes: evaluation.classes } : {}),
        labelColumn,
        timestampColumn,
        modelVersionColumn: monitor.model_version_column,
        championVersion: champion.version,
        origins: {
            label: `${(0,declared_inputs/* inputLabel */.NB)(inputs, "label-column")}, monitor.label_column in trainyard.yml, or the champion's evaluation`,
            timestamp: `${(0,declared_inputs/* inputLabel */.NB)(inputs, "timestamp-column")} or monitor.timestamp_column in trainyard.yml`,
        },
        sinceMs,
        maxUnits: monitor.max_units,
        ...(paired ? { paired } : {}),
        features: (columns) => columns.filter((name) => referenceNames.has(name) &&
            !excluded.has(name) &&
            !NON_FEATURES.has(name) &&
            !name.startsWith("proba_") &&
            (!driftColumns || driftColumns.has(name))),
    });
    const files = await fetchSources(context, spec, (0,external_node_path_.join)(outputDir, "download"));
    await context.group(`Read ${files.length} file(s) of production predictions`, async () => {
        for (const file of files) {
            window.startFile(file.name);
            for await (const batch of readTable(file.path, file.format))
                window.add(batch);
        }
    });
    if (window.rows === 0 && window.unlabelledRows === 0) {
        const older = window.olderRows
            ? `; all ${window.olderRows} row(s) are older, the newest at ${new Date(window.newestOlder).toISOString()}`
            : "; the files have no rows";
        throw new user_error/* UserError */.yo(`the window is empty: no predictions since ${new Date(sinceMs).toISOString()} (${(0,declared_inputs/* inputLabel */.NB)(inputs, "since")} ${since}) in ${spec}${older}`);
    }
    const bootstrap = {
        resamples: monitor.bootstrap ?? evaluation.bootstrap.resamples,
        confidence: evaluation.bootstrap.confidence,
        seed: evaluation.bootstrap.seed,
    };
    const measuredNames = [...new Set([primary, ...Object.keys(policy)])];
    const production = window.rows > 0
        ? await context.group(`Measure ${window.rows} rows (${bootstrap.resamples} resamples)`, async () => window.measure(bootstrap))
        : undefined;
    const measured = production
        ? measuredNames.map((metric) => ({
            metric,
            production: production[metric],
            baseline: intervalFromRecord(evaluation.metrics[metric]),
        }))
        : [];
    const drift = reference.profiles && window.rows >= monitor.min_rows
        ? driftChecks(window.profiles(), reference.profiles, {
            ...(monitor.drift?.psi ? { psi: monitor.drift.psi } : {}),
            ...(monitor.drift?.ks ? { ks: monitor.drift.ks } : {}),
            ...(monitor.drift?.columns ? { columns: monitor.drift.columns } : {}),
        })
        : [];
    const comparison = await compareByIds(context, {
        paired,
        unpairedReason: "reason" in ofEvaluation ? ofEvaluation.reason : undefined,
        allFilesWithoutId: paired !== undefined && window.filesWithoutId.length === files.length,
        minPairedRows: monitor.min_paired_rows ?? monitor.min_rows,
        bootstrap,
        measured: production !== undefined,
    });
    const verdict = judgeMonitor({
        rows: window.rows,
        minRows: monitor.min_rows,
        confidence: bootstrap.confidence,
        policy,
        measured,
        drift,
        comparison: comparison.policy,
    });
    const daily = window.dailyValues(primary);
    const quantisation = window.quantisation();
    if (quantisation)
        notes.push(quantisationNote(quantisation, monitor.max_units, measuredNames));
    const quantisedDays = window.quantisedDays();
    if (quantisedDays > 0)
        notes.push(`the daily values of ${quantisedDays} day(s) come from quantised scores (more distinct scores in a day than its share of monitor.max_units)`);
    // The trigger: dispatch the retrain workflow, at most once per cooldown.
    const mode = inputs.trigger ?? monitor.trigger;
    const dryRun = inputs["dry-run"];
    const lastTriggerAt = champion.tags[MONITOR_TAGS.lastTriggerAt];
    const trigger = {
        mode,
        dispatched: false,
        ...(lastTriggerAt ? { lastTriggerAt } : {}),
    };
    if (verdict.retrain && mode === "dispatch") {
        const cooldown = cooldownState(lastTriggerAt, (0,monitor_config/* spanMs */.J6)(monitor.cooldown) ?? 0, now);
        if (dryRun)
            notes.push("dry run: the retrain workflow was not dispatched");
        else if (!cooldown.allowed) {
            trigger.cooldownUntil = cooldown.until;
            notes.push(`not dispatched: the last retrain was triggered at ${lastTriggerAt}, within monitor.cooldown ${monitor.cooldown} (until ${cooldown.until})`);
        }
        else {
            trigger.ref = await dispatchRetrain(context, inputs, monitor, verdict.reasons, model, champion.version);
            trigger.workflow = monitor.workflow;
            trigger.dispatched = true;
            trigger.lastTriggerAt = new Date(now).toISOString();
        }
    }
    const report = {
        kind: MONITOR_KIND,
        version: MONITOR_VERSION,
        model,
        champion: {
            version: champion.version,
            runId: champion.runId,
            ...(snapshotId ? { snapshotId } : {}),
        },
        task,
        primaryMetric: primary,
        window: {
            since: new Date(sinceMs).toISOString(),
            until: new Date(now).toISOString(),
            days: daily.length,
        },
        rows: window.rows,
        unlabelledRows: window.unlabelledRows,
        olderRows: window.olderRows,
        files: files.map((file) => file.name),
        retrain: verdict.retrain,
        reasons: verdict.reasons,
        notes,
        rules: verdict.rules,
        metrics: measured.map((entry) => ({
            metric: entry.metric,
            higherIsBetter: (0,metric_names/* higherIsBetter */.i2)(entry.metric),
            production: toRecord(entry.production),
            baseline: toRecord(entry.baseline),
            delta: toRecord(verdict.deltas[entry.metric]),
            ...(comparison.policy.mode === "paired" && verdict.unpairedDeltas[entry.metric]
                ? {
                    paired: {
                        ids: comparison.policy.ids,
                        production: toRecord(comparison.policy.metrics[entry.metric]?.production),
                        evaluation: toRecord(comparison.policy.metrics[entry.metric]?.evaluation),
                        delta: toRecord(comparison.policy.metrics[entry.metric]?.delta),
                    },
                    unpairedDelta: toRecord(verdict.unpairedDeltas[entry.metric]),
                }
                : {}),
        })),
        comparison: comparison.record,
        daily,
        bootstrap,
        ...(quantisation
            ? {
                quantisation: {
                    maxUnits: monitor.max_units,
                    units: quantisation.units,
                    bits: quantisation.bits,
                    maxCellSpread: quantisation.maxCellSpread,
                    bounds: quantisation.bounds,
                },
            }
            : {}),
        trigger,
        createdAt: new Date(now).toISOString(),
    };
    const reportPath = (0,external_node_path_.join)(outputDir, "monitor.json");
    await (0,promises_.writeFile)(reportPath, serializeContract(report));
    if (!dryRun)
        await record(context, tracking, config, report, reportPath, now);
    await context.appendSummary(renderMonitorMarkdown(report));
    const verdictLine = `${verdict.retrain ? "retrain" : "no retrain"}: ${verdict.reasons.join("; ")}`;
    if (verdict.retrain)
        context.log.warning(verdictLine);
    else
        context.log.info(verdictLine);
    return {
        retrain: verdict.retrain,
        reasons: verdict.reasons.join("\n"),
        rows: window.rows,
        "report-path": reportPath,
        dispatched: trigger.dispatched,
        "champion-version": champion.version,
    };
}
/**
 * Paired or unpaired: paired (stats/paired-rows.ts) when at least `minPairedRows` of the champion's test
 * rows have a production row with their id in the window; otherwise unpaired, and the reason says why.
 */
async function compareByIds(context, options) {
    const { paired } = options;
    const unpaired = (reason, idColumn) => ({
        policy: { mode: "unpaired", reason },
        record: { mode: "unpaired", reason, ...(idColumn ? { idColumn } : {}) },
    });
    if (!paired)
        return unpaired(options.unpairedReason ?? "no row ids to pair by");
    const column = paired.productionIdColumn;
    const tested = paired.evaluation.rowOfId.size;
    const ids = paired.ids;
    if (options.allFilesWithoutId)
        return unpaired(`the production rows have no "${column}" column to pair with the champion's test rows by id`, column);
    if (ids === 0)
        return unpaired(`no production row in the window carries the id ("${column}") of one of the champion's ${tested} test rows`, column);
    if (ids < options.minPairedRows)
        return unpaired(`only ${ids} of the champion's ${tested} test rows have a production row with their id ("${column}") in the window, fewer than monitor.min_paired_rows ${options.minPairedRows}`, column);
    if (!options.measured)
        return unpaired("no labelled production rows", column);
    const sides = paired.sides();
    const metrics = await context.group(`Pair ${ids} ids with the champion's test rows`, async () => pairedRowsBootstrap(sides.evaluation, sides.production, options.bootstrap));
    const repeated = paired.matchedRows - ids;
    const reason = `${ids} of the champion's ${tested} test rows have a production row with their id ("${column}") in the window${repeated > 0 ? ` (${repeated} older production row(s) of those ids left out: the newest of each is paired)` : ""}`;
    return {
        policy: { mode: "paired", ids, metrics },
        record: { mode: "paired", ids, idColumn: column, reason },
    };
}
async function dispatchRetrain(context, inputs, monitor, reasons, model, version) {
    const token = inputs["github-token"] ?? context.env.GITHUB_TOKEN;
    const repository = context.env.GITHUB_REPOSITORY;
    if (!token || !repository?.includes("/"))
        throw new user_error/* UserError */.yo("trigger: dispatch needs GITHUB_REPOSITORY (owner/repo) and a token (the github-token input or GITHUB_TOKEN) with actions: write");
    context.setSecret(token);
    const [owner, repo] = repository.split("/");
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 43978)); // Octokit: only on GitHub
    const client = createGitHubClient({
        token,
        ...(context.env.GITHUB_API_URL ? { baseUrl: context.env.GITHUB_API_URL } : {}),
        log: (message) => context.log.warning(message),
    });
    const reason = `monitor: ${model} version ${version} — ${reasons.join("; ")}`;
    const ref = await dispatchWorkflow(client, {
        owner,
        repo,
        workflow: monitor.workflow,
        ref: monitor.ref,
        inputs: { reason },
    });
    context.log.notice(`dispatched ${monitor.workflow} on ${ref} in ${repository}: ${reason}`);
    return ref;
}
/** The result as tags on the champion version and as a tracker run of its own. */
async function record(context, tracking, config, report, reportPath, now) {
    const { tracker, registry } = tracking;
    const experimentId = await tracker.ensureExperiment(config?.config.experiment ?? report.model);
    const runName = `monitor-${report.model}-v${report.champion.version}`;
    const run = await tracker.createRun({
        experimentId,
        runName,
        startTime: now,
        tags: {
            "mlflow.runName": runName,
            [MONITOR_RUN_TAGS.kind]: "monitor",
            [MONITOR_RUN_TAGS.championVersion]: report.champion.version,
            [MONITOR_RUN_TAGS.retrain]: String(report.retrain),
            [MONITOR_RUN_TAGS.dispatched]: String(report.trigger.dispatched),
            "trainyard.monitor.model": report.model,
            "trainyard.monitor.reasons": report.reasons.join("\n").slice(0, TAG_LIMIT),
        },
    });
    const metrics = [{ key: "monitor_rows", value: report.rows, step: 0, timestamp: now }];
    for (const metric of report.metrics) {
        for (const [suffix, value] of [
            ["", metric.production.value],
            ["_ci_low", metric.production.low],
            ["_ci_high", metric.production.high],
        ])
            if (value !== null)
                metrics.push({ key: `monitor_${metric.metric}${suffix}`, value, step: 0, timestamp: now });
        if (metric.delta.value !== null)
            metrics.push({
                key: `monitor_delta_${metric.metric}`,
                value: metric.delta.value,
                step: 0,
                timestamp: now,
            });
    }
    await tracker.logBatch(run.runId, { metrics });
    await tracker.uploadArtifact(run.runId, reportPath, "monitor/monitor.json");
    await tracker.updateRun(run.runId, { status: "FINISHED", endTime: Date.now() });
    const primary = report.metrics.find((metric) => metric.metric === report.primaryMetric);
    const tags = {
        [MONITOR_TAGS.lastRunAt]: report.createdAt,
        [MONITOR_TAGS.retrain]: String(report.retrain),
        [MONITOR_TAGS.rows]: String(report.rows),
        [MONITOR_TAGS.reasons]: report.reasons.join("\n").slice(0, TAG_LIMIT),
        [MONITOR_TAGS.runId]: run.runId,
        ...(primary?.production.value !== null && primary?.production.value !== undefined
            ? { [`trainyard.monitor.${report.primaryMetric}`]: String(primary.production.value) }
            : {}),
        ...(report.trigger.dispatched && report.trigger.lastTriggerAt
            ? { [MONITOR_TAGS.lastTriggerAt]: report.trigger.lastTriggerAt }
            : {}),
    };
    for (const [key, value] of Object.entries(tags))
        await registry.setModelVersionTag(report.model, report.champion.version, key, value);
    context.log.info(`recorded on ${report.model} version ${report.champion.version} and in run ${run.runId}`);
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
