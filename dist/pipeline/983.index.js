export const id = 983;
export const ids = [983];
export const modules = {

/***/ 86983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   globFiles: () => (/* binding */ globFiles),
/* harmony export */   isDynamicPattern: () => (/* reexport safe */ tinyglobby__WEBPACK_IMPORTED_MODULE_1__.ey),
/* harmony export */   splitGlob: () => (/* binding */ splitGlob)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73382);


/**
 * The tinyglobby half of resolveSources, loaded with import() only when a spec needs it (a glob, or a folder
 * the plain listing leaves to tinyglobby), so an ordinary folder source does not load the glob library.
 */
/** Names (relative, `/`-separated) of the files under `cwd` matching `pattern`; hidden files left out. */
function globFiles(pattern, cwd) {
    return (0,tinyglobby__WEBPACK_IMPORTED_MODULE_1__/* .glob */ .TI)(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
}

/** The glob's leading segments without glob characters, and the rest: `data/2024/*.csv` is `data/2024` + `*.csv`. */
function splitGlob(spec) {
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_0__.sep === "\\" ? spec.replaceAll("\\", "/") : spec;
    const segments = normalized.split("/");
    let fixed = 0;
    while (fixed < segments.length - 1 && !(0,tinyglobby__WEBPACK_IMPORTED_MODULE_1__/* .isDynamicPattern */ .ey)(segments[fixed]))
        fixed++;
    const baseSegments = segments.slice(0, fixed);
    let base = baseSegments.join("/");
    if (base === "" && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(normalized))
        base = "/";
    return { base: base === "" ? "." : base, pattern: segments.slice(fixed).join("/") };
}


/***/ })

};
