export const id = 133;
export const ids = [133];
export const modules = {

/***/ 90133:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79029);
/* harmony import */ var _steps_train_train_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78277);
/* harmony import */ var _steps_train_train_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94983);



await (0,_context_run_step_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runStepAction */ .u)(_steps_train_train_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .TRAIN_INPUTS */ .L, (context, inputs) => (0,_steps_train_train_step_js__WEBPACK_IMPORTED_MODULE_2__/* .trainStep */ .N)(context, inputs));

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
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES)
/* harmony export */ });
/* unused harmony exports METRICS, metricDeclaration, higherIsBetter */
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

/***/ 78277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ TRAIN_INPUTS)
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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/train-inputs.js

/** train's inputs, as `actions/train/action.yml` declares them; trainyard.yml's `train:` gives the defaults. */
const TRAIN_INPUTS = {
    ...CONFIG_INPUT,
    command: { description: "The training command (default train.command)", cli: { placeholder: "cmd" } },
    "working-directory": { description: "Where the command runs", cli: { placeholder: "dir" } },
    params: {
        description: "Params as inline YAML/JSON or a file, over train.params",
        cli: { placeholder: "yaml|file" },
    },
    seed: { description: "The seed (default train.seed, 42)", kind: "integer", cli: { placeholder: "n" } },
    snapshot: { description: "The snapshot to train on", cli: { placeholder: "id" } },
    "data-dir": { description: "A folder holding the snapshot's files", cli: { placeholder: "dir" } },
    ...STORE_INPUTS,
    "output-dir": { description: "Where the model is written", cli: { placeholder: "dir" } },
    experiment: { description: "The tracking experiment", cli: { placeholder: "name" } },
    ...TRACKING_INPUT,
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
    ...DATA_ROOT_INPUT,
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

/***/ 94983:
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./.cache/build/lib/lineage/git-state.js





const git_state_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await git_state_run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
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
    const excluded = (options.exclude ?? []).map((path) => (0,external_node_path_.resolve)(path));
    const isExcluded = (path) => excluded.some((folder) => path === folder || path.startsWith(`${folder}${external_node_path_.sep}`));
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
    const hash = (0,external_node_crypto_.createHash)("sha256").update(tree ?? "no-commit");
    const diff = await git(directory, ["diff", "HEAD", "--binary", "--", "."]);
    if (diff)
        hash.update("\0diff\0").update(diff);
    const untracked = (await git(directory, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."])) ?? "";
    const ownFiles = (file) => file.split("/").some((part) => SKIPPED.has(part));
    for (const file of untracked
        .split("\0")
        .filter((file) => file && !ownFiles(file) && !isExcluded((0,external_node_path_.resolve)(directory, file)))
        .sort()) {
        const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(directory, file)).catch(() => undefined);
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
    const hash = (0,external_node_crypto_.createHash)("sha256");
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (isExcluded((0,external_node_path_.resolve)(path)))
                continue;
            if (entry.isDirectory()) {
                if (!SKIPPED.has(entry.name))
                    await walk(path);
            }
            else if (entry.isFile()) {
                hash.update((0,external_node_path_.relative)(directory, path)).update("\0");
                hash.update(await (0,promises_.readFile)(path)).update("\0");
            }
        }
    };
    await walk(directory);
    return hash.digest("hex");
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
        return userInfo().username;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/snapshot-manifest.js
var snapshot_manifest = __webpack_require__(67352);
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
async function readManifest(store, id) {
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
    const manifest = await readManifest(store, id);
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
// EXTERNAL MODULE: ./.cache/build/lib/store/local-store.js
var local_store = __webpack_require__(49402);
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
        return new local_store.LocalStore((0,external_node_url_.fileURLToPath)(uriOrPath));
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uriOrPath)?.[1];
    if (scheme !== undefined) {
        throw new user_error/* UserError */.yo(`unsupported store "${uriOrPath}": use a local folder, file:///path or s3://bucket/prefix ` +
            `(${scheme}:// is not supported; for S3-compatible services use s3:// with AWS_ENDPOINT_URL_S3)`);
    }
    if (uriOrPath.trim() === "")
        throw new user_error/* UserError */.yo("no store given: use a local folder or s3://bucket/prefix");
    return new local_store.LocalStore((0,external_node_path_.resolve)(options.cwd ?? process.cwd(), uriOrPath));
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
const INPUT_EXAMPLE_FILE = "input_example.json";
const SERVING_INPUT_FILE = "serving_input_example.json";
/** The models-from-code file of a wrapped predict command, and its settings, at the model's root. */
// Built at run time, so that the bundler does not take the name for a file to ship.
const WRAPPER_CODE_FILE = ["trainyard_pyfunc", "py"].join(".");
const WRAPPER_SETTINGS_FILE = "trainyard_predict.json";
/** The `metadata` key trainyard writes into every MLmodel it packages. */
const TRAINYARD_METADATA_KEY = "trainyard";
/** An MLmodel (or its signature) that MLflow would not load or that does not fit the data. */
class MLmodelError extends user_error/* UserError */.yo {
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
        document = (0,dist/* parse */.qg)(text);
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
    return (0,dist/* stringify */.As)(model, { lineWidth: 0 });
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
    return (0,dist/* stringify */.As)({
        python: pythonVersion,
        build_dependencies: ["pip", "setuptools", "wheel"],
        dependencies: ["-r requirements.txt"],
    });
}
function condaYaml(pythonVersion, requirements) {
    return (0,dist/* stringify */.As)({
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
    const store = await openStepStore(context, inputs, config);
    return snapshotDataset(await readManifest(store, snapshotId), store.uri, use);
}
/** train's hook: the snapshot as the run's training dataset; a backend without it, or a failure, only warns. */
async function logTrainingDataset(context, options) {
    const { tracker, snapshotId } = options;
    if (!snapshotId || !(0,ports/* hasNativeLineage */.$)(tracker))
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
    if (!snapshotId || !hasNativeLineage(tracker))
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
function commandEnvironment(parent) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (WITHHELD.has(name) || name.startsWith("INPUT_"))
            continue;
        env[name] = value;
    }
    return env;
}

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

;// CONCATENATED MODULE: ./.cache/build/lib/serving/python-sources.js
// Generated by scripts/embed-serving-python.mjs from src/serving/python/*.py: do not edit by hand.
/** src/serving/python/trainyard_serving.py: loads a packaged model as a server does and predicts with it. */
const SERVING_HELPER_SOURCE = '"""trainyard\'s serving checks: load a packaged MLflow Model the way a server does and predict with it.\n\nRun as an argument array, never through a shell:\n  python trainyard_serving.py probe\n  python trainyard_serving.py predict --model DIR_OR_URI --input CSV --output CSV [--label NAME] [--classes JSON]\n  python trainyard_serving.py serve --model DIR --pyfunc-output CSV --output CSV [--classes JSON] [--timeout S]\nEach prints one JSON line on stdout; a failure prints {"error": ...} and exits 3.\n"""\n\nimport argparse\nimport json\nimport os\nimport signal\nimport socket\nimport subprocess\nimport sys\nimport time\nimport urllib.error\nimport urllib.request\n\nsys.dont_write_bytecode = True\n\n\ndef emit(payload):\n    sys.stdout.write(json.dumps(payload) + "\\n")\n    sys.stdout.flush()\n\n\ndef fail(message, code=3):\n    emit({"error": message})\n    sys.exit(code)\n\n\ndef probe():\n    import platform\n\n    import mlflow\n\n    emit({"python": platform.python_version(), "mlflow": mlflow.__version__, "executable": sys.executable})\n\n\ndef read_typed(path, specs, label):\n    """The CSV rows as a DataFrame typed like the signature\'s inputs (every column text when there is none)."""\n    import pandas as pd\n\n    frame = pd.read_csv(path, dtype=str, keep_default_na=False)\n    if specs is None:\n        keep = [name for name in frame.columns if name != label]\n        frame = frame[keep]\n        for name in keep:\n            frame[name] = frame[name].where(frame[name].str.strip() != "", None)\n        return frame\n    missing = [spec["name"] for spec in specs if spec["name"] not in frame.columns]\n    if missing:\n        fail(f"the input has no column(s) {\', \'.join(missing)} that the model\'s signature requires")\n    out = pd.DataFrame(index=frame.index)\n    for spec in specs:\n        text = frame[spec["name"]]\n        empty = text.str.strip() == ""\n        kind = spec["type"]\n        if kind in ("long", "integer"):\n            numbers = pd.to_numeric(text.where(~empty), errors="coerce")\n            out[spec["name"]] = numbers.astype("int64" if not numbers.isna().any() else "float64")\n        elif kind in ("double", "float"):\n            out[spec["name"]] = pd.to_numeric(text.where(~empty), errors="coerce").astype("float64")\n        elif kind == "boolean":\n            out[spec["name"]] = text.str.strip().str.lower().isin(["true", "1", "yes"])\n        elif kind == "datetime":\n            out[spec["name"]] = pd.to_datetime(text.where(~empty), utc=True, format="ISO8601").dt.tz_localize(None)\n        else:\n            out[spec["name"]] = text.where(~empty, None)\n    return out\n\n\ndef input_specs(model):\n    signature = model.metadata.signature\n    if signature is None or signature.inputs is None:\n        return None\n    return [json.loads(json.dumps(spec)) for spec in signature.inputs.to_dict()]\n\n\ndef model_classes(model):\n    """The classes a classifier\'s flavor knows (scikit-learn\'s classes_), for a probability array\'s columns."""\n    try:\n        raw = model.get_raw_model()\n    except Exception:  # noqa: BLE001 (a flavor without a raw model: no classes)\n        return None\n    classes = getattr(raw, "classes_", None)\n    return [str(c.item() if hasattr(c, "item") else c) for c in classes] if classes is not None else None\n\n\ndef to_contract(result, classes):\n    """Any pyfunc output as the predict contract\'s columns: prediction, and score or proba_<class>."""\n    import numpy as np\n    import pandas as pd\n\n    if isinstance(result, dict):\n        result = pd.DataFrame(result)\n    if isinstance(result, list):\n        result = pd.DataFrame(result) if result and isinstance(result[0], dict) else np.asarray(result)\n    if isinstance(result, pd.Series):\n        result = result.to_frame(name="prediction")\n    if isinstance(result, pd.DataFrame):\n        named = [c for c in result.columns if c in ("prediction", "score") or str(c).startswith("proba_")]\n        if named:\n            return result[named].reset_index(drop=True)\n        if result.shape[1] == 1:\n            return pd.DataFrame({"prediction": result.iloc[:, 0].to_numpy()})\n        result = result.to_numpy()\n    array = np.asarray(result)\n    if array.ndim == 1:\n        return pd.DataFrame({"prediction": array})\n    if array.ndim == 2 and array.shape[1] == 1:\n        return pd.DataFrame({"prediction": array[:, 0]})\n    if array.ndim == 2 and classes and array.shape[1] == len(classes):\n        labels = [classes[i] for i in array.argmax(axis=1)]\n        frame = pd.DataFrame({"prediction": labels})\n        if len(classes) == 2:\n            frame["score"] = array[:, 1].astype("float64")\n        else:\n            for k, name in enumerate(classes):\n                frame[f"proba_{name}"] = array[:, k].astype("float64")\n        return frame\n    fail(f"the model returned an array of shape {list(array.shape)}; expected one value or one probability per class a row")\n\n\ndef load(model_uri):\n    import mlflow.pyfunc\n\n    try:\n        return mlflow.pyfunc.load_model(model_uri)\n    except ModuleNotFoundError as error:\n        fail(f"the model\'s loader needs the Python module {error.name!r}, which is not installed: {error}")\n    except Exception as error:  # noqa: BLE001 (every load failure is reported to trainyard as a message)\n        fail(f"mlflow.pyfunc.load_model({model_uri!r}) failed: {type(error).__name__}: {error}")\n\n\ndef predict(args):\n    started = time.monotonic()\n    model = load(args.model)\n    loaded = time.monotonic()\n    classes = json.loads(args.classes) if args.classes else model_classes(model)\n    specs = input_specs(model)\n    frame = read_typed(args.input, specs, args.label)\n    try:\n        result = model.predict(frame)\n    except Exception as error:  # noqa: BLE001\n        fail(f"the loaded model failed to predict: {type(error).__name__}: {error}")\n    contract = to_contract(result, classes)\n    contract.to_csv(args.output, index=False, float_format="%.17g")\n    flavors = sorted(model.metadata.flavors)\n    emit(\n        {\n            "rows": len(contract),\n            "columns": list(contract.columns),\n            "flavors": flavors,\n            "loader_module": model.metadata.flavors["python_function"].get("loader_module"),\n            "load_seconds": loaded - started,\n            "predict_seconds": time.monotonic() - loaded,\n            "raw_columns": [str(c) for c in getattr(result, "columns", [])],\n        }\n    )\n\n\ndef free_port():\n    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:\n        sock.bind(("127.0.0.1", 0))\n        return sock.getsockname()[1]\n\n\ndef serve(args):\n    """Loads the model with pyfunc and predicts its input example, then serves it with mlflow models serve\n    and posts the serving input example to /invocations; both answers go to CSV files."""\n    from mlflow.models import Model\n\n    model = load(args.model)\n    classes = json.loads(args.classes) if args.classes else model_classes(model)\n    metadata = Model.load(args.model)\n    info = metadata.saved_input_example_info or {}\n    if not info.get("serving_input_path"):\n        fail("the model has no serving input example (saved_input_example_info.serving_input_path in MLmodel)")\n    example = metadata.load_input_example(args.model)\n    try:\n        in_process = model.predict(example)\n    except Exception as error:  # noqa: BLE001\n        fail(f"the loaded model failed to predict its input example: {type(error).__name__}: {error}")\n    to_contract(in_process, classes).to_csv(args.pyfunc_output, index=False, float_format="%.17g")\n    body_path = os.path.join(args.model, info["serving_input_path"])\n    port = free_port()\n    log_path = args.output + ".server.log"\n    command = [\n        sys.executable, "-m", "mlflow", "models", "serve",\n        "-m", args.model, "--env-manager", "local", "-h", "127.0.0.1", "-p", str(port), "-w", "1",\n    ]\n    started = time.monotonic()\n    with open(log_path, "w", encoding="utf-8") as log:\n        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)\n    try:\n        base = f"http://127.0.0.1:{port}"\n        deadline = started + args.timeout\n        while True:\n            if server.poll() is not None:\n                fail(f"mlflow models serve exited with code {server.returncode} before answering: {tail(log_path)}")\n            try:\n                with urllib.request.urlopen(base + "/ping", timeout=2) as response:\n                    if response.status == 200:\n                        break\n            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):\n                pass\n            if time.monotonic() > deadline:\n                fail(f"mlflow models serve did not answer /ping within {args.timeout} s: {tail(log_path)}")\n            time.sleep(0.25)\n        ready = time.monotonic()\n        with open(body_path, "rb") as handle:\n            body = handle.read()\n        request = urllib.request.Request(\n            base + "/invocations", data=body, headers={"Content-Type": "application/json"}, method="POST"\n        )\n        try:\n            with urllib.request.urlopen(request, timeout=max(5, deadline - time.monotonic())) as response:\n                answer = json.loads(response.read().decode("utf-8"))\n        except urllib.error.HTTPError as error:\n            fail(f"/invocations answered HTTP {error.code}: {error.read().decode(\'utf-8\', \'replace\')[:2000]}")\n        predictions = answer.get("predictions", answer) if isinstance(answer, dict) else answer\n        contract = to_contract(predictions, classes)\n        contract.to_csv(args.output, index=False, float_format="%.17g")\n        emit(\n            {\n                "rows": len(contract),\n                "columns": list(contract.columns),\n                "example_rows": len(example),\n                "port": port,\n                "start_seconds": ready - started,\n                "invoke_seconds": time.monotonic() - ready,\n            }\n        )\n    finally:\n        stop(server)\n\n\ndef tail(path):\n    try:\n        with open(path, encoding="utf-8", errors="replace") as handle:\n            return handle.read()[-1500:]\n    except OSError:\n        return ""\n\n\ndef stop(server):\n    if server.poll() is not None:\n        return\n    try:\n        os.killpg(server.pid, signal.SIGTERM)\n        server.wait(timeout=10)\n    except (ProcessLookupError, subprocess.TimeoutExpired):\n        try:\n            os.killpg(server.pid, signal.SIGKILL)\n        except ProcessLookupError:\n            pass\n        server.wait(timeout=10)\n\n\ndef main():\n    parser = argparse.ArgumentParser(prog="trainyard_serving")\n    commands = parser.add_subparsers(dest="command", required=True)\n    commands.add_parser("probe")\n    p = commands.add_parser("predict")\n    p.add_argument("--model", required=True)\n    p.add_argument("--input", required=True)\n    p.add_argument("--output", required=True)\n    p.add_argument("--label", default="")\n    p.add_argument("--classes", default="")\n    s = commands.add_parser("serve")\n    s.add_argument("--model", required=True)\n    s.add_argument("--pyfunc-output", required=True)\n    s.add_argument("--output", required=True)\n    s.add_argument("--classes", default="")\n    s.add_argument("--timeout", type=float, default=120)\n    args = parser.parse_args()\n    if args.command == "probe":\n        probe()\n    elif args.command == "predict":\n        predict(args)\n    else:\n        serve(args)\n\n\nif __name__ == "__main__":\n    main()\n';
/** src/serving/python/trainyard_pyfunc.py: the models-from-code wrapper of a predict command. */
const PYFUNC_WRAPPER_SOURCE = '"""trainyard\'s wrapper of a predict command as an MLflow python_function model (models-from-code).\n\npredict(DataFrame) writes the rows to a CSV file, runs the model\'s predict command without a shell under\ntrainyard\'s predict contract (TRAINYARD_MODEL_DIR, TRAINYARD_INPUT_FILE, TRAINYARD_PREDICTIONS_FILE) and\nreturns the predictions file as a DataFrame. The command\'s files are in code/ next to this file; its\nruntime (for example node or python) must be on the serving host\'s PATH.\n"""\n\nimport json\nimport os\nimport subprocess\nimport tempfile\n\nimport mlflow\nimport pandas as pd\n\nHERE = os.path.dirname(os.path.abspath(__file__))\n\n\nclass TrainyardPredictCommand(mlflow.pyfunc.PythonModel):\n    def load_context(self, context):\n        with open(os.path.join(HERE, "trainyard_predict.json"), encoding="utf-8") as handle:\n            self.settings = json.load(handle)\n\n    def predict(self, context, model_input, params=None):\n        settings = self.settings\n        frame = model_input if isinstance(model_input, pd.DataFrame) else pd.DataFrame(model_input)\n        with tempfile.TemporaryDirectory(prefix="trainyard-predict-") as scratch:\n            input_file = os.path.join(scratch, "input.csv")\n            predictions_file = os.path.join(scratch, "predictions.csv")\n            frame.to_csv(input_file, index=False)\n            env = dict(os.environ)\n            env.update(\n                TRAINYARD_MODEL_DIR=HERE,\n                TRAINYARD_INPUT_FILE=input_file,\n                TRAINYARD_PREDICTIONS_FILE=predictions_file,\n            )\n            try:\n                done = subprocess.run(\n                    settings["argv"],\n                    cwd=os.path.join(HERE, settings["cwd"]),\n                    env=env,\n                    capture_output=True,\n                    text=True,\n                    timeout=settings.get("timeout_seconds", 600),\n                    check=False,\n                )\n            except FileNotFoundError as error:\n                raise RuntimeError(\n                    f"the predict command {settings[\'argv\'][0]!r} is not on this host\'s PATH: "\n                    "a wrapped trainyard model needs the predict command\'s runtime where it is served"\n                ) from error\n            if done.returncode != 0:\n                raise RuntimeError(\n                    f"the predict command {\' \'.join(settings[\'argv\'])} exited with code "\n                    f"{done.returncode}: {done.stderr[-2000:]}"\n                )\n            return pd.read_csv(predictions_file)\n\n\nmlflow.models.set_model(TrainyardPredictCommand())\n';

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
                ...commandEnvironment(options.env),
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
const MAX_CODE_BYTES = 50 * 1024 * 1024;
const package_model_SKIP_DIRS = new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".trainyard", ".cache"]);
/** The test file's header and its first rows as text (the input example). */
async function exampleRows(testFile) {
    for await (const batch of readTable(testFile, (0,format/* detectFormat */.Tz)(testFile))) {
        const rows = batch.rows
            .slice(0, EXAMPLE_ROWS)
            .map((row) => batch.columns.map((_, k) => (row[k] === null || row[k] === undefined ? "" : String(row[k]))));
        return { header: batch.columns, rows };
    }
    throw new user_error/* UserError */.yo(`the test file ${testFile} has no rows: an input example needs at least one`);
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
    return (0,promises_.stat)(path).then(() => true, () => false);
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
        const text = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file), "utf8").catch(() => "");
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
            const info = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, top)).catch(() => undefined);
            if (info?.isDirectory())
                folders.add(top);
            // The file name is built at run time: a `${…}.py` literal makes the bundler copy every .py it can reach.
            else if (await exists((0,external_node_path_.resolve)(cwd, [top, "py"].join("."))))
                folders.add(".");
            continue;
        }
        if (word.startsWith("-"))
            continue;
        const path = (0,external_node_path_.resolve)(cwd, word);
        const inside = (0,external_node_path_.relative)(cwd, path);
        if (inside.startsWith("..") || (0,external_node_path_.isAbsolute)(inside))
            continue;
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (info?.isFile())
            folders.add((0,external_node_path_.relative)(cwd, (0,external_node_path_.dirname)(path)) || ".");
    }
    const modelDir = (0,external_node_path_.dirname)(codeDir);
    // What is copied: the folder's files, never a skipped folder (.git, .trainyard, …) nor the model folder
    // itself (an output-dir inside the working directory), which may lie inside the folder being copied.
    const wanted = (source, path) => path !== modelDir &&
        !path.startsWith(`${modelDir}${external_node_path_.sep}`) &&
        !(0,external_node_path_.relative)(source, path)
            .split(external_node_path_.sep)
            .some((part) => package_model_SKIP_DIRS.has(part));
    let bytes = 0;
    for (const folder of folders) {
        const source = (0,external_node_path_.resolve)(cwd, folder);
        const files = [];
        const pending = [source];
        for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
            for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
                const path = (0,external_node_path_.join)(dir, entry.name);
                if (!wanted(source, path))
                    continue;
                if (entry.isDirectory())
                    pending.push(path);
                else if (entry.isFile()) {
                    files.push(path);
                    bytes += (await (0,promises_.stat)(path)).size;
                    if (bytes > MAX_CODE_BYTES)
                        throw new user_error/* UserError */.yo(`the predict command's folder ${folder} holds over ${MAX_CODE_BYTES / 2 ** 20} MiB; keep the predict code in a folder of its own`);
                }
            }
        }
        // File by file: fs.cp refuses a folder whose copy would land inside it, even when a filter skips that part.
        for (const file of files) {
            const target = (0,external_node_path_.resolve)(codeDir, folder, (0,external_node_path_.relative)(source, file));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,promises_.cp)(file, target);
        }
    }
    return [...folders];
}
/** Wraps a predict command as a models-from-code python_function model; pure TypeScript, no Python. */
async function packageWrapped(context, options, inputs, example) {
    const started = Date.now();
    if (!options.predictCommand)
        throw new user_error/* UserError */.yo("no evaluate.predict_command: a model without an MLmodel is packaged by wrapping it");
    const argv = splitCommand(options.predictCommand, "predict command");
    const codeDir = (0,external_node_path_.join)(options.modelDir, CODE_DIR);
    await (0,promises_.rm)(codeDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(codeDir, { recursive: true });
    const copied = await copyPredictCode(argv, options.cwd, codeDir);
    // The example rows through the command as it will run when served (from code/): the outputs' schema,
    // and proof that the copied code runs without the repository around it.
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "trainyard-package-"));
    try {
        const inputFile = (0,external_node_path_.join)(scratch, "input.csv");
        const predictionsFile = (0,external_node_path_.join)(scratch, "predictions.csv");
        await (0,promises_.writeFile)(inputFile, toCsv(inputs.map((column) => column.name), example.rows.map((row) => inputs.map((column) => row[example.header.indexOf(column.name)] ?? ""))));
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
            throw new user_error/* UserError */.yo(`the predict command, run from the packaged model's ${CODE_DIR}/ folder (${copied.join(", ") || "nothing copied"}), exited with code ${result.exitCode ?? result.signal}: it must run from the model alone. Its last lines:\n${context.mask(result.tail.slice(-20).join("\n"))}`);
        const predicted = package_model_parseCsvLines(await (0,promises_.readFile)(predictionsFile, "utf8"));
        if (predicted.rows.length !== example.rows.length)
            throw new user_error/* UserError */.yo(`the predict command wrote ${predicted.rows.length} prediction(s) for the ${example.rows.length} input example row(s)`);
        const outputs = outputSchema(predicted.header, predicted.rows);
        const pythonVersion = options.pythonVersion ?? "3.11";
        const requirements = requirementsFor(undefined, await pythonPins(options.cwd, options.lockfiles));
        const mlmodel = wrappedMLmodel({
            pythonVersion,
            modelUuid: (0,external_node_crypto_.randomUUID)().replaceAll("-", ""),
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
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, WRAPPER_CODE_FILE), PYFUNC_WRAPPER_SOURCE);
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, WRAPPER_SETTINGS_FILE), `${JSON.stringify({ argv, cwd: CODE_DIR, timeout_seconds: Math.round(options.timeoutMs / 1000) }, null, 2)}\n`);
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, INPUT_EXAMPLE_FILE), files.inputExample);
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, SERVING_INPUT_FILE), files.servingInput);
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, "requirements.txt"), `${requirements.join("\n")}\n`);
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, "python_env.yaml"), pythonEnvYaml(pythonVersion));
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, "conda.yaml"), condaYaml(pythonVersion, requirements));
        await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, mlmodel_MLMODEL_FILE), renderMLmodel(mlmodel));
        return {
            packaging: "wrapped",
            flavors: ["python_function"],
            inputColumns: inputs.length,
            outputColumns: outputs.map((column) => column.name),
            seconds: (Date.now() - started) / 1000,
        };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * Completes an MLflow Model the training command wrote: checks it parses and loads (in a fresh Python with
 * mlflow), checks or adds its signature, adds the input example and environment files it lacks.
 */
async function packageNative(context, options, mlmodel, inputs, example) {
    const started = Date.now();
    const file = (0,external_node_path_.join)(options.modelDir, mlmodel_MLMODEL_FILE);
    const declared = parseColumnSpecs(mlmodel.signature?.inputs, `${file}: signature.inputs`);
    if (declared) {
        const problems = signatureMismatch(declared, example.header, options.labelColumn);
        if (problems.length > 0)
            throw new MLmodelError(`the signature in ${file} does not match the test file's columns: ${problems.join("; ")}. Save the model with a signature of the feature columns (or none: trainyard adds it)`);
    }
    const lookup = await python_runtime_findPython(context.env, options.python);
    if ("skip" in lookup)
        throw new user_error/* UserError */.yo(`the training command wrote an MLflow Model (${file}), but it cannot be checked: ${lookup.skip}. Nothing is registered unchecked`);
    const runtime = lookup.runtime;
    const signedInputs = declared ?? inputs;
    const files = inputExampleFiles(signedInputs, example.header, example.rows);
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "trainyard-package-"));
    try {
        const inputFile = (0,external_node_path_.join)(scratch, "input.csv");
        const predictionsFile = (0,external_node_path_.join)(scratch, "predictions.csv");
        await (0,promises_.writeFile)(inputFile, toCsv(example.header, example.rows));
        // Sign before the check, so the check loads the model with the signature it will be served with.
        const signed = {
            ...mlmodel,
            ...(declared ? {} : { signature: signatureOf(inputs, null) }),
            ...(mlmodel.saved_input_example_info ? {} : { saved_input_example_info: INPUT_EXAMPLE_INFO }),
        };
        if (!mlmodel.saved_input_example_info) {
            await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, INPUT_EXAMPLE_FILE), files.inputExample);
            await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, SERVING_INPUT_FILE), files.servingInput);
        }
        await (0,promises_.writeFile)(file, renderMLmodel(signed));
        const check = await python_runtime_runHelper(runtime.executable, [
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
            await (0,promises_.writeFile)(file, renderMLmodel(mlmodel));
            throw new MLmodelError(`the MLflow Model the training command wrote (${file}) does not load and predict with ${runtime.executable} (mlflow ${runtime.mlflowVersion}): ${String(check.payload.error)}`);
        }
        const predicted = package_model_parseCsvLines(await (0,promises_.readFile)(predictionsFile, "utf8"));
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
        if (!(await exists((0,external_node_path_.join)(options.modelDir, "requirements.txt"))))
            await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, "requirements.txt"), `${requirementsFor(runtime.mlflowVersion, pins).join("\n")}\n`);
        if (!(await exists((0,external_node_path_.join)(options.modelDir, "python_env.yaml"))))
            await (0,promises_.writeFile)((0,external_node_path_.join)(options.modelDir, "python_env.yaml"), pythonEnvYaml(runtime.pythonVersion));
        await (0,promises_.writeFile)(file, renderMLmodel(finalDocument));
        return {
            packaging: "native",
            flavors,
            inputColumns: signedInputs.length,
            outputColumns: predicted.header,
            seconds: (Date.now() - started) / 1000,
        };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
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
    const file = (0,external_node_path_.join)(options.modelDir, mlmodel_MLMODEL_FILE);
    const existing = (await exists(file)) ? parseMLmodel(await (0,promises_.readFile)(file, "utf8"), file) : undefined;
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
        throw new user_error/* UserError */.yo(`the test file ${options.testFile} has no label column "${options.labelColumn}" (evaluate.label_column in trainyard.yml); its columns are ${example.header.join(", ")}`);
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
    return findPython(context.env, settings.python);
}
/**
 * Loads the packaged model the way a server does (a fresh Python process, mlflow.pyfunc.load_model on the
 * run's `model` artifact as it will be registered, else the local folder), predicts the test rows and
 * compares with evaluate's predictions.
 */
async function serving_parity_checkServingParity(context, options) {
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
    const native = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19)).then((fs) => fs.stat((0,external_node_path_.join)(options.modelDir, mlmodel_MLMODEL_FILE)).then(() => true, () => false));
    if (!native && !predictCommand) {
        context.log.warning("no evaluate.predict_command: the model is not packaged as an MLflow Model (nothing to wrap)");
        return {};
    }
    const manifest = await manifestOf(context, options.inputs, options.config, options.data.snapshotId);
    const settings = serving_parity_servingSettings(context, options.config);
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
    const settings = servingSettings(context, options.config);
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
    const store = await openStepStore(context, inputs, config);
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

// EXTERNAL MODULE: ./.cache/build/lib/data/list-files.js
var list_files = __webpack_require__(97244);
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
const listFilesIfAny = (root) => (0,list_files/* listFiles */.C)(root).catch(() => []);
/** The step a trainer names in `checkpoint.json`, if it writes one with a numeric `step`. */
async function readStep(dir) {
    try {
        const step = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, "checkpoint.json"), "utf8"))
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
            const manifest = (0,contract_file/* parseContract */.UA)(checkpointManifestSchema, (await store.getBytes(entry.key)).toString("utf8"), `${store.uri}/${entry.key}`, { kind: CHECKPOINT_KIND, version: CHECKPOINT_VERSION });
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
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        try {
            await (0,parallel/* mapWithConcurrency */.W)(manifest.files, 4, async (file) => {
                const target = (0,external_node_path_.join)(staging, ...file.path.split("/"));
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
                await store.download(checkpointBlobKey(key, file.sha256), target);
                const { sha256 } = await (0,hash_file/* hashFile */.D)(target);
                if (sha256 !== file.sha256)
                    throw new Error(`${file.path} has SHA-256 ${sha256}, not ${file.sha256}`);
            });
        }
        catch (error) {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
            context.log.warning(`checkpoint ${storeKey} (${describeCheckpoint(manifest)}) is damaged (${error.message}); not used`);
            continue;
        }
        await (0,promises_.mkdir)(staging, { recursive: true });
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(dir), { recursive: true });
        await (0,promises_.rename)(staging, dir);
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
        await (0,promises_.rm)(this.options.stagingDir, { recursive: true, force: true });
    }
    schedule() {
        this.chain = this.chain.then(() => this.upload().catch((error) => this.options.log.warning(`checkpoint upload failed (the next one retries): ${error.message}`)));
    }
    async upload() {
        const { store, key, runId, dir, stagingDir } = this.options;
        const paths = await listFilesIfAny(dir);
        if (paths.length === 0)
            return;
        const copy = (0,external_node_path_.join)(stagingDir, `copy-${this.sequence + 1}`);
        await (0,promises_.rm)(copy, { recursive: true, force: true });
        const files = await (0,parallel/* mapWithConcurrency */.W)(paths, 4, async (path) => {
            const source = (0,external_node_path_.join)(dir, ...path.split("/"));
            const target = (0,external_node_path_.join)(copy, ...path.split("/"));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            try {
                await (0,promises_.copyFile)(source, target);
            }
            catch (error) {
                // Removed between listing and copying (a trainer replacing its checkpoint): not part of this one.
                if (error.code === "ENOENT")
                    return undefined;
                throw error;
            }
            return { path, ...(await (0,hash_file/* hashFile */.D)(target)) };
        });
        const present = files.filter((file) => file !== undefined);
        const digest = (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(present)).digest("hex");
        if (present.length === 0 || digest === this.lastDigest) {
            await (0,promises_.rm)(copy, { recursive: true, force: true });
            return;
        }
        await (0,parallel/* mapWithConcurrency */.W)(present, 4, (file) => store.putIfAbsent(checkpointBlobKey(key, file.sha256), { path: (0,external_node_path_.join)(copy, ...file.path.split("/")) }));
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
        await store.put(manifestKey, { body: (0,contract_file/* serializeContract */.Vf)(manifest) });
        await (0,promises_.rm)(copy, { recursive: true, force: true });
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
    const dir = (0,external_node_path_.join)(options.runDir, "checkpoint");
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    const resumedFrom = await restoreCheckpoint(context, options.store, options.key, dir);
    await (0,promises_.mkdir)(dir, { recursive: true });
    if (resumedFrom)
        await options.setTag("trainyard.checkpoint.resumed_from", describeCheckpoint(resumedFrom));
    const sync = new CheckpointSync({
        store: options.store,
        key: options.key,
        runId: options.runId,
        dir,
        stagingDir: (0,external_node_path_.join)(options.runDir, "checkpoint-staging"),
        intervalMs: options.intervalSeconds * 1000,
        log: context.log,
    });
    return { dir, sync, ...(resumedFrom ? { resumedFrom } : {}) };
}

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

;// CONCATENATED MODULE: ./.cache/build/lib/steps/train/train-backend.js


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
            where: inputs.backend ? (0,declared_inputs/* inputLabel */.NB)(inputs, "backend") : "train.backend",
        });
    }
    // A remote cluster does not see the runner's folders: with an S3 store the files go through it.
    let transfer;
    if (training && train?.ray?.transfer !== "shared") {
        const store = await training.store();
        if (store.uri.startsWith("s3://") && "client" in store)
            transfer = { store: store, intervalSeconds: train?.checkpoint?.interval ?? 60 };
        else if (train?.ray?.transfer === "s3")
            throw new user_error/* UserError */.yo(`train.ray.transfer is s3, but the store is ${store.uri}: set store to s3://bucket/prefix, or train.ray.transfer: shared for a head that shares this file system`);
    }
    return openRayBackend(context, {
        ...(transfer ? { transfer } : {}),
        address: inputs["ray-address"] ?? train?.ray?.address ?? context.env.RAY_ADDRESS,
        token: inputs["ray-token"] ?? context.env.RAY_AUTH_TOKEN,
        where: `${(0,declared_inputs/* inputLabel */.NB)(inputs, "ray-address")}, train.ray.address or RAY_ADDRESS`,
        ray: train?.ray,
    });
}
/** Opens a Ray cluster's job API (address and token masked from here on) and checks that it answers. */
async function openRayBackend(context, options) {
    const { address, token, where, ray } = options;
    const { RayJobsClient, RayJobsError, runOnRay, stopOrphanedRayJob } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(752), __webpack_require__.e(515)]).then(__webpack_require__.bind(__webpack_require__, 96515));
    if (!address)
        throw new user_error/* UserError */.yo(`train.backend is ray but no Ray dashboard address is given: set ${where}`);
    if (!/^https?:\/\/\S+$/.test(address))
        throw new user_error/* UserError */.yo(`the Ray address (${where}) must be the dashboard's http(s):// address`);
    context.setSecret(address);
    if (token)
        context.setSecret(token);
    try {
        const version = await new RayJobsClient(address, token).version();
        context.log.info(`Ray cluster reached: Ray ${version.ray_version}, job API version ${version.version}; the job's files go ${options.transfer ? `through ${options.transfer.store.uri} (presigned URLs)` : "by the runner's paths (a shared file system)"}`);
    }
    catch (error) {
        if (error instanceof user_error/* UserError */.yo)
            throw error;
        const code = error.code ?? error.name;
        throw new user_error/* UserError */.yo(error instanceof RayJobsError
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
        ...commandEnvironment(base),
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
        .group(`${invocation.label}: ${invocation.argv.join(" ")}`, () => (invocation.execute ?? runCommand)({
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
        const staging = (0,external_node_path_.resolve)(context.workingDirectory, workspacePath.trainCache(key));
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
        const staging = (0,external_node_path_.resolve)(context.workingDirectory, workspacePath.trainCache(key));
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
    const config = preloaded ?? (await loadStepConfig(context, inputs));
    // The command inherits these secrets and may print them: its log tail is masked before it is kept.
    registerKnownSecrets(context, config);
    const train = config?.config.train;
    const commandLine = inputs.command ?? train?.command;
    if (!commandLine)
        throw new user_error/* UserError */.yo(`no training command: set train.command in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "command")}`);
    const argv = splitCommand(commandLine, "train command");
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
    const data = await resolveTrainingData(context, inputs, config);
    if (!data.trainFile)
        context.log.warning(`the snapshot has no train file in ${data.dataDir}; TRAINYARD_TRAIN_FILE is not set`);
    const outputDirInput = inputs["output-dir"]
        ? (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"])
        : undefined;
    const [git, environment] = await Promise.all([
        readGitState(cwd, { exclude: outputDirInput ? [outputDirInput] : [] }),
        collectEnvironment(cwd, context.env),
    ]);
    const code = codeRecord(git, context.env);
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
    const backend = await openTrainBackend(context, inputs, train, {
        cacheKey,
        store: () => openStepStore(context, inputs, config),
        useCache,
    });
    if (backend?.name === "sagemaker" && reproduce !== "false")
        throw new user_error/* UserError */.yo(`reproduce (${(0,declared_inputs/* inputLabel */.NB)(inputs, "reproduce")} or train.reproduce) is not available with train.backend sagemaker: the second training would be a second paid job; check reproducibility on the runner`);
    const { tracker } = await openStepTracking(context, inputs, config);
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
    const runDir = (0,external_node_path_.resolve)(context.workingDirectory, workspacePath.run(runId));
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
        const openStore = () => openStepStore(context, inputs, config);
        const reused = useCache ? await restoreCached(context, cacheKey, outputDir, openStore) : undefined;
        if (reused) {
            context.log.notice(`cache hit: the snapshot, params, seed, command, code and lockfiles match run ${reused.runId}, so its model is reused without training`);
            const servingTags = await packageTrainedModel(context, packaging);
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
                : await prepareCheckpoints(context, {
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
        const servingTags = await packageTrainedModel(context, packaging);
        await context.group("Upload the model", () => tracker.uploadArtifactDir(runId, outputDir, "model"));
        await logTrainingDataset(context, { tracker, runId, inputs, config, snapshotId: data.snapshotId });
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
        const stopped = await stopOrphanedTraining((0,external_node_path_.resolve)(context.workingDirectory, workspacePath.run(run.info.runId)));
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
        if (error instanceof CommandNotFoundError)
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
