export const id = 7818;
export const ids = [7818,5721];
export const modules = {

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


/***/ })

};
