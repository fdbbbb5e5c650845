export const id = 125;
export const ids = [125];
export const modules = {

/***/ 9050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ METRICS_BY_TASK),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   i2: () => (/* binding */ higherIsBetter)
/* harmony export */ });
/* unused harmony exports METRICS, metricDeclaration */
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

/***/ 2248:
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
