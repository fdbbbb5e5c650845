export const id = 1927;
export const ids = [1927];
export const modules = {

/***/ 1927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ BUG_REPORT_HINT),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * The error taxonomy. A `UserError` is a problem the person running trainyard can fix (a config value, a
 * missing file, an unreachable server, data that breaks a rule, a gate that rejects): the action and the CLI
 * print its message alone. Anything else is a trainyard bug: they print its stack and ask for a report.
 */
class UserError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = "UserError";
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
const BUG_REPORT_HINT = "this is a trainyard bug: please report it at https://github.com/trainyard/trainyard/issues with the log above";


/***/ })

};
