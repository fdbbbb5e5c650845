export const id = 248;
export const ids = [248];
export const modules = {

/***/ 92248:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ EmbeddedKernel)
/* harmony export */ });
/**
 * A WebAssembly kernel embedded in the bundle as base64 (compiled from its `.wat` by scripts/build-wasm.mjs,
 * so it survives ncc and loads in worker threads). It is compiled on the first `instantiate` and kept for
 * the thread; where WebAssembly (SIMD) is not available, `instantiate` gives undefined and the caller takes
 * its JavaScript path.
 */
class EmbeddedKernel {
    base64;
    compiled;
    constructor(base64) {
        this.base64 = base64;
    }
    /** A new instance (its own memory), or undefined without WebAssembly (SIMD). */
    instantiate() {
        const api = globalThis.WebAssembly;
        if (this.compiled === undefined) {
            try {
                this.compiled = api ? new api.Module(Buffer.from(this.base64, "base64")) : null;
            }
            catch {
                this.compiled = null;
            }
        }
        if (!this.compiled || !api)
            return undefined;
        return new api.Instance(this.compiled).exports;
    }
}


/***/ })

};
