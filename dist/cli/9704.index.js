export const id = 9704;
export const ids = [9704,7818,5721];
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

/***/ 7297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullStep: () => (/* binding */ pullStep),
/* harmony export */   snapshotStep: () => (/* binding */ snapshotStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2142);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2845);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5721);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2140);
/* harmony import */ var _pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1578);








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
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadStepConfig */ .hs)(context, inputs);
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .openStepStore */ .cl)(context, inputs, config);
    const id = inputs.snapshot;
    const dataDir = inputs["data-dir"];
    const destination = dataDir
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.workingDirectory, dataDir)
        : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .dataRootOf */ .y4)(context, inputs), id);
    const pulled = await (0,_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .pullSnapshot */ .Y2)(context, store, id, destination);
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


/***/ })

};
