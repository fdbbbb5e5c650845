export const id = 8689;
export const ids = [8689];
export const modules = {

/***/ 8689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ parseContract),
/* harmony export */   Vf: () => (/* binding */ serializeContract)
/* harmony export */ });
/* unused harmony export ContractError */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

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


/***/ })

};
