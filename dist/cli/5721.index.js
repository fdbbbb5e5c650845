export const id = 5721;
export const ids = [5721];
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


/***/ })

};
