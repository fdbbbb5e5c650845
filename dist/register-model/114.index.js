export const id = 114;
export const ids = [114];
export const modules = {

/***/ 45114:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79029);
/* harmony import */ var _steps_register_register_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34753);
/* harmony import */ var _steps_register_register_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28915);



await (0,_context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runStepAction */ .u)(_steps_register_register_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTER_INPUTS */ .U, (context, inputs) => (0,_steps_register_register_step_js__WEBPACK_IMPORTED_MODULE_2__/* .registerStep */ .ks)(context, inputs));

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

/***/ 34753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ REGISTER_INPUTS)
});

// UNUSED EXPORTS: REGISTER_MODES

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
    ...CONFIG_INPUT,
    model: {
        description: "The version: name (its champion), name@alias or name/version (default: model@champion)",
        cli: { placeholder: "ref" },
    },
    ...TRACKING_INPUT,
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
    ...CONFIG_INPUT,
    model: { description: "The registered model (default: model)", cli: { placeholder: "name" } },
    ...TRACKING_INPUT,
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
    ...GITHUB_TOKEN_INPUT,
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

/***/ 28915:
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
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
function contract_file_serializeContract(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}

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

;// CONCATENATED MODULE: ./.cache/build/lib/config/contracts/comparison-report.js



const COMPARISON_KIND = "trainyard.comparison";
const COMPARISON_VERSION = 1;
const ruleResultSchema = schemas/* object */.Ikc({
    /** e.g. "primary", "threshold.roc_auc", "guardrail.recall", "slice.country=DE.roc_auc", "limit.model_size_mb". */
    id: schemas/* string */.YjP(),
    kind: schemas/* enum */.k5n(["primary", "threshold", "guardrail", "slice", "limit", "validation", "serving"]),
    metric: schemas/* string */.YjP().optional(),
    /** The observed value the rule judged (a delta's lower bound for the primary rule); null when not measurable. */
    observed: schemas/* number */.aig().nullable(),
    /** The bound in words, e.g. "≥ 0.8", "lower bound of Δ > 0.002". */
    bound: schemas/* string */.YjP(),
    verdict: schemas/* enum */.k5n(["pass", "fail", "skip"]),
    message: schemas/* string */.YjP(),
});
const comparedMetricSchema = schemas/* object */.Ikc({
    metric: schemas/* string */.YjP(),
    /** Whether a larger value is better (roc_auc) or worse (log_loss). */
    higherIsBetter: schemas/* boolean */.zMY(),
    challenger: metricIntervalSchema,
    champion: metricIntervalSchema.optional(),
    /** challenger − champion on the same resampled rows. */
    delta: metricIntervalSchema.optional(),
});
const sliceComparisonSchema = schemas/* object */.Ikc({
    column: schemas/* string */.YjP(),
    value: schemas/* string */.YjP(),
    rows: schemas/* number */.aig().int().nonnegative(),
    metric: schemas/* string */.YjP(),
    challenger: schemas/* number */.aig().nullable(),
    champion: schemas/* number */.aig().nullable().optional(),
    /** How much worse the challenger is (positive = regression), in the metric's own direction. */
    regression: schemas/* number */.aig().nullable().optional(),
});
const candidateSchema = schemas/* object */.Ikc({
    runId: schemas/* string */.YjP().optional(),
    label: schemas/* string */.YjP(),
    primaryValue: schemas/* number */.aig().nullable(),
    chosen: schemas/* boolean */.zMY(),
});
const comparisonReportSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz(COMPARISON_KIND),
    version: schemas/* literal */.euz(COMPARISON_VERSION),
    model: schemas/* string */.YjP(),
    decision: schemas/* enum */.k5n(["promote", "reject"]),
    reasons: schemas/* array */.YOg(schemas/* string */.YjP()),
    task: schemas/* enum */.k5n(["binary", "multiclass", "regression"]),
    rows: schemas/* number */.aig().int().nonnegative(),
    primaryMetric: schemas/* string */.YjP(),
    challenger: schemas/* object */.Ikc({
        runId: schemas/* string */.YjP().optional(),
        runUrl: schemas/* string */.YjP().optional(),
        snapshotId: schemas/* string */.YjP().optional(),
        commit: schemas/* string */.YjP().optional(),
        modelSizeBytes: schemas/* number */.aig().int().nonnegative(),
        msPer1kRows: schemas/* number */.aig().nonnegative(),
    }),
    /** Absent when the model has no champion yet: the absolute thresholds alone decide. */
    champion: schemas/* object */.Ikc({
        version: schemas/* string */.YjP(),
        runId: schemas/* string */.YjP().optional(),
        runUrl: schemas/* string */.YjP().optional(),
        snapshotId: schemas/* string */.YjP().optional(),
    })
        .optional(),
    note: schemas/* string */.YjP().optional(),
    metrics: schemas/* array */.YOg(comparedMetricSchema),
    slices: schemas/* array */.YOg(sliceComparisonSchema),
    rules: schemas/* array */.YOg(ruleResultSchema),
    candidates: schemas/* array */.YOg(candidateSchema),
    validation: schemas/* object */.Ikc({
        passed: schemas/* boolean */.zMY(),
        errors: schemas/* number */.aig().int(),
        warnings: schemas/* number */.aig().int(),
        snapshotId: schemas/* string */.YjP(),
        failed: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), severity: schemas/* string */.YjP(), message: schemas/* string */.YjP() })),
    })
        .optional(),
    bootstrap: schemas/* object */.Ikc({ resamples: schemas/* number */.aig().int(), confidence: schemas/* number */.aig(), seed: schemas/* number */.aig().int() }),
    createdAt: schemas/* string */.YjP(),
    /** The challenger's serving-parity check, as evaluate recorded it. */
    servingParity: evaluationReportSchema.shape.servingParity,
});
function parseComparisonReport(text, file) {
    return contract_file_parseContract(comparisonReportSchema, text, file, {
        kind: COMPARISON_KIND,
        version: COMPARISON_VERSION,
    });
}

// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(32845);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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
        document = (0,dist/* parse */.qg)(text);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.cache/build/lib/data/format.js
var format = __webpack_require__(40089);
// EXTERNAL MODULE: ./.cache/build/lib/data/read-csv.js
var read_csv = __webpack_require__(73027);
// EXTERNAL MODULE: ./.cache/build/lib/data/read-jsonl.js
var read_jsonl = __webpack_require__(63801);
;// CONCATENATED MODULE: ./.cache/build/lib/data/read-table.js



/**
 * Streams a table in batches of rows, holding one batch (and for Parquet one row group) in memory. At least
 * one batch always comes, empty when the file has a header or schema but no rows, so the columns are known.
 * Problems with the file are DataErrors naming the file, row, line and column.
 */
function read_table_readTable(path, format, options) {
    const batchSize = batchSizeOf(options);
    switch (format) {
        case "csv":
            return readCsv(path, batchSize);
        case "jsonl":
            return readJsonl(path, batchSize, options?.columns);
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
        entries = await readdir("/proc");
    }
    catch {
        return undefined;
    }
    let total = 0;
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = await readFile(`/proc/${entry}/stat`, "latin1").catch(() => undefined);
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
function process_memory_samplePeakMemory(groupId, intervalMs = 250) {
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
        const child = spawn(program, args, {
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
                reject(new UserError(`cannot run "${program}": permission denied (is it executable?)`));
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
function csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
function toCsv(header, rows) {
    return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\n")}\n`;
}
function package_model_parseCsvLines(text) {
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
        const predicted = package_model_parseCsvLines(await readFile(predictionsFile, "utf8"));
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
        const predicted = package_model_parseCsvLines(await readFile(predictionsFile, "utf8"));
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
async function packageModel(context, options) {
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
function parity_compareServing(evaluated, served, options = {}) {
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
    if (!(await stat(join(options.modelDir, MLMODEL_FILE)).catch(() => undefined)))
        return {
            status: "fail",
            reason: `the model folder ${options.modelDir} has no MLmodel: it is not an MLflow Model, so no server can load it`,
            maxAllowed,
        };
    const lookup = await lookupPython(context, options.settings);
    if ("skip" in lookup)
        return { status: "skip", reason: lookup.skip, maxAllowed };
    const runtime = lookup.runtime;
    const scratch = await mkdtemp(join(tmpdir(), "trainyard-parity-"));
    try {
        let modelPath = options.modelDir;
        let source = "the local model folder";
        if (options.runId && options.tracker) {
            modelPath = join(scratch, "model");
            await options.tracker.downloadArtifacts(options.runId, "model", modelPath);
            source = `the model artifact of run ${options.runId}, as it will be registered`;
        }
        const served = join(scratch, "served.csv");
        const result = await runHelper(runtime.executable, [
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
        const evaluated = parseCsvLines(await readFile(options.predictionsFile, "utf8"));
        const servedTable = parseCsvLines(await readFile(served, "utf8"));
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
        await rm(scratch, { recursive: true, force: true });
    }
}

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
    const lookup = await lookupPython(context, options.settings);
    if ("skip" in lookup)
        throw new user_error/* UserError */.yo(`serve-check needs a Python with mlflow: ${lookup.skip}`);
    const python = lookup.runtime;
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "trainyard-serve-check-"));
    try {
        const modelDir = (0,external_node_path_.join)(scratch, "model");
        await options.tracker.downloadArtifacts(version.runId, "model", modelDir);
        const mlmodelFile = (0,external_node_path_.join)(modelDir, mlmodel_MLMODEL_FILE);
        if (!(await (0,promises_.stat)(mlmodelFile).catch(() => undefined)))
            throw new user_error/* UserError */.yo(`${label} has no MLmodel: it is not an MLflow Model (trained before packaging?)`);
        const mlmodel = mlmodel_parseMLmodel(await (0,promises_.readFile)(mlmodelFile, "utf8"), `${label}: MLmodel`);
        const evaluationDir = (0,external_node_path_.join)(scratch, "evaluation");
        let recorded;
        let classes;
        let positiveClass;
        try {
            await options.tracker.downloadArtifacts(version.runId, "evaluation", evaluationDir);
            const reportFile = (0,external_node_path_.join)(evaluationDir, "evaluation.json");
            const report = parseEvaluationReport(await (0,promises_.readFile)(reportFile, "utf8"), reportFile);
            classes = report.classes;
            positiveClass = report.task === "binary" ? report.classes?.[1] : undefined;
            recorded = package_model_parseCsvLines(await (0,promises_.readFile)((0,external_node_path_.join)(evaluationDir, report.predictionsFile), "utf8"));
        }
        catch {
            recorded = undefined;
        }
        const ours = mlmodel.metadata?.[mlmodel_TRAINYARD_METADATA_KEY] !== undefined;
        const pyfuncFile = (0,external_node_path_.join)(scratch, "pyfunc.csv");
        const servedFile = (0,external_node_path_.join)(scratch, "served.csv");
        const result = await context.group(`Serve ${label} with mlflow models serve`, () => python_runtime_runHelper(python.executable, [
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
        const served = package_model_parseCsvLines(await (0,promises_.readFile)(servedFile, "utf8"));
        const inProcess = package_model_parseCsvLines(await (0,promises_.readFile)(pyfuncFile, "utf8"));
        // The input example is the test file's first rows when trainyard wrote it: compare with evaluate's record.
        const expected = recorded && ours ? headRows(recorded, served.rows.length) : inProcess;
        const comparedWith = recorded && ours
            ? `the first ${served.rows.length} predictions evaluate recorded for run ${version.runId}`
            : "mlflow.pyfunc.load_model's predictions of the same input example";
        const maxAbsDiff = options.settings.maxAbsDiff;
        const parity = parity_compareServing(expected, served, {
            maxAbsDiff,
            ...(positiveClass !== undefined ? { positiveClass } : {}),
        });
        const inProcessParity = parity_compareServing(expected, inProcess, {
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
    const settings = servingSettings(context, config, {
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

// EXTERNAL MODULE: ./.cache/build/lib/config/config-error.js
var config_error = __webpack_require__(18697);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
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

;// CONCATENATED MODULE: ./.cache/build/lib/data/list-files.js


/** Every file under `root`, as sorted '/'-separated paths relative to it. */
async function list_files_listFiles(root) {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
        .sort();
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/checkpoints.js








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
const checkpointFileSchema = schemas/* object */.Ikc({
    path: schemas/* string */.YjP()
        .min(1)
        .refine((path) => !path.startsWith("/") && !path.split("/").some((part) => part === ".." || part === ""), "a relative path inside the checkpoint folder"),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    bytes: schemas/* number */.aig().int().nonnegative(),
});
const checkpointManifestSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz(CHECKPOINT_KIND),
    version: schemas/* literal */.euz(CHECKPOINT_VERSION),
    key: schemas/* string */.YjP(),
    runId: schemas/* string */.YjP(),
    sequence: schemas/* number */.aig().int().positive(),
    /** The step the trainer named in `checkpoint.json` (`{"step": n}`), when it did. */
    step: schemas/* number */.aig().optional(),
    createdAt: schemas/* string */.YjP(),
    files: schemas/* array */.YOg(checkpointFileSchema),
});
const checkpointPrefix = (key) => `checkpoints/${key}/`;
const checkpointBlobKey = (key, sha) => `checkpoints/${key}/blobs/${sha}`;
const manifestKeyOf = (key, runId, sequence) => `checkpoints/${key}/manifests/${runId}/${String(sequence).padStart(8, "0")}.json`;
/** The files of a folder that may not exist yet (none then). */
const listFilesIfAny = (root) => listFiles(root).catch(() => []);
/** The step a trainer names in `checkpoint.json`, if it writes one with a numeric `step`. */
async function readStep(dir) {
    try {
        const step = JSON.parse(await readFile(join(dir, "checkpoint.json"), "utf8"))
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
            const manifest = parseContract(checkpointManifestSchema, (await store.getBytes(entry.key)).toString("utf8"), `${store.uri}/${entry.key}`, { kind: CHECKPOINT_KIND, version: CHECKPOINT_VERSION });
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
        await rm(staging, { recursive: true, force: true });
        try {
            await mapWithConcurrency(manifest.files, 4, async (file) => {
                const target = join(staging, ...file.path.split("/"));
                await mkdir(dirname(target), { recursive: true });
                await store.download(checkpointBlobKey(key, file.sha256), target);
                const { sha256 } = await hashFile(target);
                if (sha256 !== file.sha256)
                    throw new Error(`${file.path} has SHA-256 ${sha256}, not ${file.sha256}`);
            });
        }
        catch (error) {
            await rm(staging, { recursive: true, force: true });
            context.log.warning(`checkpoint ${storeKey} (${describeCheckpoint(manifest)}) is damaged (${error.message}); not used`);
            continue;
        }
        await mkdir(staging, { recursive: true });
        await rm(dir, { recursive: true, force: true });
        await mkdir(dirname(dir), { recursive: true });
        await rename(staging, dir);
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
        await rm(this.options.stagingDir, { recursive: true, force: true });
    }
    schedule() {
        this.chain = this.chain.then(() => this.upload().catch((error) => this.options.log.warning(`checkpoint upload failed (the next one retries): ${error.message}`)));
    }
    async upload() {
        const { store, key, runId, dir, stagingDir } = this.options;
        const paths = await listFilesIfAny(dir);
        if (paths.length === 0)
            return;
        const copy = join(stagingDir, `copy-${this.sequence + 1}`);
        await rm(copy, { recursive: true, force: true });
        const files = await mapWithConcurrency(paths, 4, async (path) => {
            const source = join(dir, ...path.split("/"));
            const target = join(copy, ...path.split("/"));
            await mkdir(dirname(target), { recursive: true });
            try {
                await copyFile(source, target);
            }
            catch (error) {
                // Removed between listing and copying (a trainer replacing its checkpoint): not part of this one.
                if (error.code === "ENOENT")
                    return undefined;
                throw error;
            }
            return { path, ...(await hashFile(target)) };
        });
        const present = files.filter((file) => file !== undefined);
        const digest = createHash("sha256").update(JSON.stringify(present)).digest("hex");
        if (present.length === 0 || digest === this.lastDigest) {
            await rm(copy, { recursive: true, force: true });
            return;
        }
        await mapWithConcurrency(present, 4, (file) => store.putIfAbsent(checkpointBlobKey(key, file.sha256), { path: join(copy, ...file.path.split("/")) }));
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
        await store.put(manifestKey, { body: serializeContract(manifest) });
        await rm(copy, { recursive: true, force: true });
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
    const dir = join(options.runDir, "checkpoint");
    await rm(dir, { recursive: true, force: true });
    const resumedFrom = await restoreCheckpoint(context, options.store, options.key, dir);
    await mkdir(dir, { recursive: true });
    if (resumedFrom)
        await options.setTag("trainyard.checkpoint.resumed_from", describeCheckpoint(resumedFrom));
    const sync = new CheckpointSync({
        store: options.store,
        key: options.key,
        runId: options.runId,
        dir,
        stagingDir: join(options.runDir, "checkpoint-staging"),
        intervalMs: options.intervalSeconds * 1000,
        log: context.log,
    });
    return { dir, sync, ...(resumedFrom ? { resumedFrom } : {}) };
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/checkpoint-cleanup.js

/**
 * `register cleanup`'s part for checkpoints: a cache key's checkpoints are deleted once a run that wrote them
 * has FINISHED (its model exists; nothing will resume from them), unless train.checkpoint.keep. A run the
 * tracker cannot answer for keeps its checkpoints. A dry run only lists.
 */
async function cleanupCheckpoints(context, options) {
    const keys = await listCheckpointKeys(options.store);
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
        const count = await deleteCheckpoints(options.store, key);
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

;// CONCATENATED MODULE: ./.cache/build/lib/lineage/workflow-run.js

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
        return (0,external_node_os_.userInfo)().username;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/github/sticky-comment.js

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
        throw new user_error/* UserError */.yo(`a sticky comment key needs a letter or digit, got ${JSON.stringify(key)}`);
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

;// CONCATENATED MODULE: ./.cache/build/lib/github/approval-requests.js

/** The hidden marker of the request for one model version. */
function approvalMarker(model, version) {
    return stickyMarker(`approval:${model}@${version}`);
}
/**
 * Posts or updates the approval request: on a pull request a sticky comment (so a re-run finds and keeps it),
 * otherwise an issue whose body starts with the marker (searched among the 300 newest issues, open or closed).
 */
async function upsertApprovalRequest(octokit, target) {
    const body = `${target.marker}\n${target.body}`;
    if (target.pullRequest !== undefined) {
        const result = await upsertStickyComment(octokit, {
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
        `### trainyard: approval requested to ${what} \`${escapeMarkdown(options.model)}\` version ${escapeMarkdown(options.version)}`,
        "",
    ];
    if (options.decision) {
        lines.push(`**Decision:** ${escapeMarkdown(options.decision.decision)}`);
        for (const reason of options.decision.reasons.slice(0, 20))
            lines.push(`- ${escapeMarkdown(reason)}`);
        lines.push("");
    }
    if (options.reportUrl)
        lines.push(`**Full report:** ${options.reportUrl}`, "");
    lines.push(`To approve, ${options.pullRequest !== undefined ? "approve this pull request in a review, or " : ""}comment \`/approve ${escapeMarkdown(options.version)}\`. To reject, comment \`/reject <reason>\`.`, "", `Who may approve: ${approvers.length > 0 ? approvers.map((a) => `@${escapeMarkdown(a)}`).join(", ") : "nobody is listed yet (register.approvers in trainyard.yml, or CODEOWNERS of trainyard.yml)"}${options.allowSelfApproval ? "" : "; not the person who started the run"}.`);
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
                await closeApprovalRequest(octokit, repo, request, marker, `### trainyard: ${options.model} version ${options.version} was rejected\n\nRejected by @${escapeMarkdown(signal.user)} (${signal.url})${signal.text ? `: ${escapeMarkdown(signal.text)}` : ""}. Nothing changed.`);
                throw new user_error/* UserError */.yo(`${signal.user} rejected ${options.action === "promote" ? "promoting" : "rolling back to"} ${options.model} version ${options.version} (${signal.url})${signal.text ? `: ${signal.text}` : ""}; nothing changed`);
            }
            if (verdict === "approve") {
                await closeApprovalRequest(octokit, repo, request, marker, `### trainyard: ${options.model} version ${options.version} is approved\n\nApproved by @${escapeMarkdown(signal.user)} through a ${signal.via} (${signal.url}) at ${signal.at}.`);
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
    const actor = env.GITHUB_ACTOR ?? localUserName() ?? "unknown";
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
    return parseComparisonReport(await (0,promises_.readFile)(file, "utf8"), file);
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
        store: await openStepStore(context, inputs, config),
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
    const config = preloaded ?? (await loadStepConfig(context, inputs));
    const model = modelName(inputs, config);
    const tracking = dependencies.tracking ?? (await openStepTracking(context, inputs, config));
    const run = { register, approve: approveStep, promote, rollback, cleanup }[inputs.mode];
    return run(context, inputs, tracking, model, config);
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
