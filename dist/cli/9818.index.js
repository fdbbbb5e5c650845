export const id = 9818;
export const ids = [9818,7818,5721];
export const modules = {

/***/ 1389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ validationChecksKey),
/* harmony export */   Yy: () => (/* binding */ parseValidationChecks),
/* harmony export */   Zq: () => (/* binding */ VALIDATION_CHECKS_KIND),
/* harmony export */   nR: () => (/* binding */ VALIDATION_CHECKS_VERSION)
/* harmony export */ });
/* unused harmony export validationChecksSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2311);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8689);
/* harmony import */ var _validation_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6230);




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
    const sample = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ row: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int(), file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(), value: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() });
    const columnCheckerState = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        nulls: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        parsed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        mean: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        m2: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
        min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nullable(),
        violations: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ count: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(), samples: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(sample) })),
    });
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(VALIDATION_CHECKS_KIND),
        version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(VALIDATION_CHECKS_VERSION),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        /** One per column rule whose column exists, in the rules' order. */
        columns: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ column: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), state: columnCheckerState })),
        dataset: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg((0,_validation_report_js__WEBPACK_IMPORTED_MODULE_2__/* .checkResultSchema */ .rh)()),
    });
}
let schema;
const validationChecksSchema = () => (schema ??= buildSchema());
function parseValidationChecks(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseContract */ .UA)(validationChecksSchema(), text, file, {
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
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(JSON.stringify(depends)).digest("hex").slice(0, 32);
    return `snapshots/${snapshotId}/checks-${hash}.json`;
}


/***/ }),

/***/ 6230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tb: () => (/* binding */ parseValidationReport),
/* harmony export */   f3: () => (/* binding */ VALIDATION_KIND),
/* harmony export */   rh: () => (/* binding */ checkResultSchema),
/* harmony export */   zV: () => (/* binding */ VALIDATION_VERSION)
/* harmony export */ });
/* unused harmony export validationReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);


const VALIDATION_KIND = "trainyard.validation";
const VALIDATION_VERSION = 1;
/**
 * The schemas are built on first use, not when the module loads: building zod schemas is a measurable part
 * of a short run's start, and most runs that load this module (a snapshot, say) never parse a report.
 */
function buildSchemas() {
    const sample = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ row: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), value: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
    const checkResult = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        rulePath: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()])),
        column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["pass", "fail", "skip"]),
        severity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["error", "warn"]),
        observed: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_1__/* ["null"] */ .chJ()]),
        expected: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        samples: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sample).optional(),
        failingRows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional(),
    });
    const report = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(VALIDATION_KIND),
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(VALIDATION_VERSION),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        passed: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        errors: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        warnings: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        checkedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ snapshotId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(), note: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }),
        checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(checkResult),
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
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(validationReportSchema(), text, file, {
        kind: VALIDATION_KIND,
        version: VALIDATION_VERSION,
    });
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

/***/ 2401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ renderValidationMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5721);

const icon = { pass: "✅", fail: "❌", skip: "⏭️" };
/** The validation report as Markdown for the job summary, the pull-request comment and the terminal. */
function renderValidationMarkdown(report) {
    const verdict = report.passed ? "✅ passed" : "❌ failed";
    const head = `### Data validation ${verdict}: snapshot ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.snapshotId)}, ${report.rows} rows, ${report.errors} error(s), ${report.warnings} warning(s)`;
    const failing = report.checks.filter((check) => check.status === "fail");
    const rows = (checks) => checks.map((check) => [
        check.status === "fail" && check.severity === "warn" ? "⚠️" : icon[check.status],
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(check.id),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(check.observed),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(check.expected),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(check.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((check.samples ?? []).map((sample) => `row ${sample.row}: ${sample.value}`).join("; ")),
    ]);
    const headers = ["", "check", "observed", "expected", "detail", "examples"];
    const parts = [head, "", `Drift reference: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.reference.note)}`];
    if (failing.length > 0)
        parts.push("", (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(headers, rows(failing)));
    parts.push("", (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH)(`All ${report.checks.length} checks`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(headers, rows(report.checks))));
    return `${parts.join("\n")}\n`;
}


/***/ }),

/***/ 3676:
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

/***/ 4301:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ SNAPSHOT_TAG),
/* harmony export */   inferRulesStep: () => (/* binding */ inferRulesStep),
/* harmony export */   validateStep: () => (/* binding */ validateStep)
/* harmony export */ });
/* unused harmony exports ValidationFailedError, VALIDATION_RUN_TAGS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1389);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2845);
/* harmony import */ var _report_validation_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2401);
/* harmony import */ var _validation_infer_rules_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6577);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2140);
/* harmony import */ var _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4794);
/* harmony import */ var _tracking_config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9210);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9347);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7798);
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
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_8__/* .loadStepConfig */ .hs)(context, inputs);
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_8__/* .openStepStore */ .cl)(context, inputs, config);
    const manifest = await (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .readManifest */ .WI)(store, inputs.snapshot);
    const text = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)({ validate: (0,_validation_infer_rules_js__WEBPACK_IMPORTED_MODULE_13__/* .inferRules */ .I)(manifest) }, { lineWidth: 0 });
    if (output)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.workingDirectory, output), text);
    return { rules: text };
}
/** `validate-data`: checks a snapshot against trainyard.yml's `validate:` rules; fails on any error. */
async function validateStep(context, inputs, dependencies = {}) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_8__/* .loadStepConfig */ .hs)(context, inputs);
    const id = inputs.snapshot;
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_8__/* .openStepStore */ .cl)(context, inputs, config);
    const rules = config?.config.validate;
    if (!config) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`no trainyard.yml in ${context.workingDirectory}: the rules live in its validate: section (set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .inputLabel */ .NB)(inputs, "config")}, or run \`trainyard validate --infer\` for a starting rule set)`);
    }
    if (!rules) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${config.path} has no validate: section; run \`trainyard validate --infer\` for a starting rule set`);
    }
    const dataDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_step_config_js__WEBPACK_IMPORTED_MODULE_8__/* .dataRootOf */ .y4)(context, inputs), id);
    // When snapshot-data checked the rows already (same rules), only the manifest is needed.
    const checked = await store.exists((0,_config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .validationChecksKey */ .C3)(id, rules, _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_9__.PASS_LAYOUT));
    const { manifest } = checked
        ? { manifest: await (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .readManifest */ .WI)(store, id) }
        : await context.group(`Materialise snapshot ${id}`, () => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .pullSnapshot */ .Y2)(context, store, id, dataDir));
    const registryAccess = {
        openRegistry: dependencies.openRegistry ?? (() => (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_10__/* .openStepRegistry */ .K8)(context, inputs, config)),
        ...((dependencies.modelName ?? config?.config.model)
            ? { modelName: dependencies.modelName ?? config?.config.model }
            : {}),
    };
    const reference = await resolveReference(context, inputs.reference ?? rules.drift?.reference, registryAccess, (refId) => (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .readManifest */ .WI)(store, refId));
    const report = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_12__/* .validateSnapshot */ .D)(context, {
        manifest,
        dataDir,
        rules,
        store,
        ...(reference.reference ? { reference: reference.reference } : {}),
        ...(reference.note ? { noReferenceNote: reference.note } : {}),
    });
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.workingDirectory, inputs["report-path"] ?? _workspace_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .workspacePath */ .X.validationReport(id));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(reportPath), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    for (const check of report.checks.filter((candidate) => candidate.status === "fail")) {
        const location = (0,_step_config_js__WEBPACK_IMPORTED_MODULE_8__/* .ruleLocation */ .eK)(context, config, check.rulePath);
        const message = `${check.id}: ${check.message} (expected ${check.expected})`;
        const properties = { title: "data validation", ...(location ?? {}) };
        if (check.severity === "error")
            context.log.error(message, properties);
        else
            context.log.warning(message, properties);
    }
    await context.appendSummary((0,_report_validation_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .renderValidationMarkdown */ .Z)(report));
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
        const { tracker } = await (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_10__/* .openStepTracking */ .eX)(context, inputs, config);
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

/***/ 7798:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ validateSnapshot)
/* harmony export */ });
/* harmony import */ var _config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1389);
/* harmony import */ var _config_contracts_validation_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6230);
/* harmony import */ var _validation_drift_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6045);
/* harmony import */ var _validation_schema_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4768);
/* harmony import */ var _snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30);
/* harmony import */ var _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4794);
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
    const checks = [...(0,_validation_schema_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaChecks */ .F)(rules, columns)];
    const paths = (0,_snapshot_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .snapshotFiles */ .Oq)(manifest, options.dataDir);
    const files = [];
    for (const file of [...manifest.files].sort((a, b) => roleOrder[a.role] - roleOrder[b.role])) {
        const path = file.role === "data" ? paths.data.find((candidate) => candidate.endsWith(file.name)) : paths[file.role];
        if (path)
            files.push({ path, name: file.name, format: file.format, role: file.role });
    }
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    const storedKey = (0,_config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .validationChecksKey */ .C3)(manifest.id, rules, _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.PASS_LAYOUT);
    const stored = options.store && (await options.store.exists(storedKey))
        ? (0,_config_contracts_validation_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .parseValidationChecks */ .Yy)((await options.store.getBytes(storedKey)).toString("utf8"), storedKey)
        : undefined;
    let rows;
    if (stored) {
        // Checked while the snapshot was taken, in the same pass as its profile: the checkers' states are
        // judged now (max_age depends on the time of checking), the row-spanning results are as they were.
        context.log.info(`rows of snapshot ${manifest.id} were checked when it was taken: not reading them again`);
        rows = stored.rows;
        const checkers = (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.columnCheckers)({ rules, columns, now });
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
        const pass = await context.group(`Check ${manifest.rows} rows of snapshot ${manifest.id}`, () => (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.runTablePass)(files, { columns, profile: false, rules, now }, {
            threads: (0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.dataThreads)(bytes, options.threads, files.length > 0 && files.every((file) => file.format === "parquet")
                ? _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.PARQUET_PARALLEL_MIN_BYTES
                : _table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.PARALLEL_MIN_BYTES),
            ...(options.partBytes ? { partBytes: options.partBytes } : {}),
        }));
        context.log.info((0,_table_pass_table_pass_js__WEBPACK_IMPORTED_MODULE_4__.passSummary)(pass));
        rows = pass.rows;
        for (const checker of pass.columnCheckers ?? [])
            checks.push(...checker.results());
        checks.push(...(pass.dataset?.results() ?? []));
    }
    let referenceNote = options.noReferenceNote ?? "no reference snapshot, so no drift check";
    if (rules.drift && options.reference) {
        checks.push(...(0,_validation_drift_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .driftChecks */ .R)(manifest.profile, options.reference.manifest.profile, rules.drift));
        referenceNote = options.reference.note;
    }
    else if (!rules.drift) {
        referenceNote = "no drift rules (validate.drift) configured";
    }
    const failed = checks.filter((check) => check.status === "fail");
    const errors = failed.filter((check) => check.severity === "error").length;
    return {
        kind: _config_contracts_validation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_KIND */ .f3,
        version: _config_contracts_validation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_VERSION */ .zV,
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

/***/ 6045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ driftChecks)
});

// EXTERNAL MODULE: ./.cache/build/lib/stats/quantile-sketch.js + 2 modules
var quantile_sketch = __webpack_require__(5992);
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
var column_checker = __webpack_require__(935);
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


/***/ }),

/***/ 6577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ inferRules)
/* harmony export */ });
const MAX_ALLOWED_VALUES = 20;
function margin(min, max, integer) {
    const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
    const low = min >= 0 && min - pad < 0 ? 0 : min - pad;
    return integer
        ? [Math.floor(low), Math.ceil(max + pad)]
        : [Number(low.toPrecision(6)), Number((max + pad).toPrecision(6))];
}
/**
 * A starting rule set from a snapshot's stored profile, as pandera and TFDV infer schemas: types, null
 * fractions, ranges widened by 10% of the observed range, and allowed values for low-cardinality strings.
 * Meant to be reviewed and tightened by a person, then committed.
 */
function inferRules(manifest) {
    const columns = {};
    for (const profile of manifest.profile) {
        const rule = {};
        const type = profile.type;
        if (type === "integer" ||
            type === "number" ||
            type === "string" ||
            type === "boolean" ||
            type === "timestamp")
            rule.type = type;
        const total = profile.count + profile.nullCount;
        const nullFraction = total === 0 ? 0 : profile.nullCount / total;
        rule.max_null_fraction =
            nullFraction === 0 ? 0 : Math.min(1, Number((nullFraction * 1.5).toPrecision(2)));
        if ((type === "integer" || type === "number") &&
            typeof profile.min === "number" &&
            typeof profile.max === "number") {
            [rule.min, rule.max] = margin(profile.min, profile.max, type === "integer");
        }
        const top = profile.topValues;
        if (type === "string" && top && top.length <= MAX_ALLOWED_VALUES)
            rule.allowed = top.map((entry) => entry.value).sort();
        columns[profile.name] = rule;
    }
    return { columns, rows: { min: Math.floor(manifest.rows / 2) } };
}


/***/ }),

/***/ 4768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ schemaChecks)
/* harmony export */ });
/** Rules that name missing columns, and (with `required_only`) columns no rule expects. */
function schemaChecks(rules, columns) {
    const results = [];
    const known = new Set(columns);
    const listed = columns.join(", ");
    for (const [name, rule] of Object.entries(rules.columns ?? {})) {
        if (known.has(name))
            continue;
        const required = rule.required ?? true;
        results.push({
            id: `column.${name}.present`,
            rulePath: ["validate", "columns", name],
            column: name,
            status: required ? "fail" : "skip",
            severity: rule.severity ?? "error",
            observed: null,
            expected: "the column exists",
            message: `a rule names column "${name}", but the snapshot has no such column (columns: ${listed})`,
        });
    }
    const referenced = [
        ...(rules.unique ?? []).flat().map((column) => ({ column, path: ["validate", "unique"] })),
        ...(rules.label ? [{ column: rules.label.column, path: ["validate", "label", "column"] }] : []),
        ...(rules.leakage?.key ? [{ column: rules.leakage.key, path: ["validate", "leakage", "key"] }] : []),
    ];
    for (const { column, path } of referenced) {
        if (known.has(column))
            continue;
        results.push({
            id: `column.${column}.present`,
            rulePath: path,
            column,
            status: "fail",
            severity: "error",
            observed: null,
            expected: "the column exists",
            message: `${path.slice(1).join(".")} names column "${column}", but the snapshot has no such column (columns: ${listed})`,
        });
    }
    if (rules.required_only) {
        const expected = new Set(Object.keys(rules.columns ?? {}));
        const unexpected = columns.filter((column) => !expected.has(column));
        results.push({
            id: "dataset.required_only",
            rulePath: ["validate", "required_only"],
            status: unexpected.length > 0 ? "fail" : "pass",
            severity: "error",
            observed: unexpected.length > 0 ? unexpected.join(", ") : 0,
            expected: "no column without a rule",
            message: unexpected.length > 0 ? `unexpected column(s): ${unexpected.join(", ")}` : "every column has a rule",
        });
    }
    return results;
}


/***/ })

};
