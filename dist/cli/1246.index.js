export const id = 1246;
export const ids = [1246,5721];
export const modules = {

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

/***/ 1246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATUS_INPUTS: () => (/* reexport safe */ _status_inputs_js__WEBPACK_IMPORTED_MODULE_3__.t),
/* harmony export */   renderStatus: () => (/* binding */ renderStatus),
/* harmony export */   statusStep: () => (/* binding */ statusStep)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5721);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2140);
/* harmony import */ var _tracking_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9210);
/* harmony import */ var _status_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1346);






const shortCommit = (commit) => (commit ? commit.slice(0, 10) : "—");
function primaryMetric(version) {
    const name = version.tags["trainyard.primary_metric"];
    const value = name ? version.tags[`trainyard.metric.${name}`] : undefined;
    return name && value ? `${name} ${Number(value).toFixed(4)}` : "—";
}
function approval(version) {
    const by = version.tags["trainyard.approved_by"] ?? version.tags["trainyard.rollback.by"];
    return by
        ? `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(by)} (${version.tags["trainyard.approved_at"] ?? version.tags["trainyard.rollback.at"] ?? "?"})`
        : "—";
}
/** Renders what produced each version: the answer to "where did this model come from?". */
function renderStatus(model, versions, limit) {
    const champion = versions.find((version) => version.aliases.includes("champion"));
    const challenger = versions.find((version) => version.aliases.includes("challenger"));
    const rows = versions
        .slice(0, limit)
        .map((version) => [
        `${version.version}${version.aliases.length ? ` (${version.aliases.join(", ")})` : ""}`,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(shortCommit(version.tags["trainyard.git.commit"] ?? version.tags["mlflow.source.git.commit"])),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(version.tags["trainyard.snapshot.id"]?.slice(0, 12) ?? "—"),
        primaryMetric(version),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(version.tags["trainyard.decision"] ?? "—"),
        approval(version),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(version.runId ?? "—"),
    ]);
    return [
        `### ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(model)}`,
        "",
        `Champion: ${champion ? `version **${champion.version}**` : "none"} · challenger: ${challenger ? `version **${challenger.version}**` : "none"} · ${versions.length} version(s)`,
        "",
        rows.length
            ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(["version", "commit", "snapshot", "primary metric", "decision", "approved by", "run"], rows)
            : "_no versions yet_",
        "",
    ].join("\n");
}
/** `trainyard status <model>`: the champion, the challenger and the latest versions with their lineage. */
async function statusStep(context, inputs) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadStepConfig */ .hs)(context, inputs);
    const model = inputs.model ?? config?.config.model;
    if (!model)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("which model? give its name (trainyard status <model>) or run where trainyard.yml is");
    const { registry } = await (0,_tracking_config_js__WEBPACK_IMPORTED_MODULE_2__/* .openStepTracking */ .eX)(context, inputs, config);
    if (!(await registry.getRegisteredModel(model)))
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`no registered model "${model}" in ${registry.uri}`);
    const versions = await registry.listModelVersions(model);
    await context.appendSummary(renderStatus(model, versions, inputs.limit ?? 10));
    const outputs = {
        champion: versions.find((version) => version.aliases.includes("champion"))?.version ?? "",
        challenger: versions.find((version) => version.aliases.includes("challenger"))?.version ?? "",
        versions: versions.length,
    };
    return outputs;
}


/***/ })

};
