export const id = 4032;
export const ids = [4032,5721];
export const modules = {

/***/ 5055:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ spanMs),
/* harmony export */   _6: () => (/* binding */ sloSchema),
/* harmony export */   ml: () => (/* binding */ monitorSchema)
/* harmony export */ });
/* unused harmony export SPAN */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _stats_metric_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9050);


/**
 * The `monitor:` and `slo:` sections of trainyard.yml: how the champion is judged on labelled production
 * predictions, and the targets of the pipeline's service-level indicators. Kept apart from
 * trainyard-config.ts, which only names them.
 */
/** `30m`, `12h`, `7d`, `2w`: a span of time. */
const SPAN = /^\d+(\.\d+)?[mhdw]$/;
const span = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(SPAN, "a span such as 12h, 7d or 2w (m minutes, h hours, d days, w weeks)").describe(what);
const metricName = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_stats_metric_names_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw);
/** Milliseconds of a span such as `7d`; undefined when it is not one. */
function spanMs(text) {
    const match = /^(\d+(?:\.\d+)?)([mhdw])$/.exec(text.trim());
    if (!match)
        return undefined;
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2]];
    return Number(match[1]) * unit;
}
const driftThresholds = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    warn: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional().describe(`${what} at or above which the report warns`),
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .nonnegative()
        .optional()
        .describe(`${what} at or above which the monitor asks for a retrain`),
})
    .describe(`${what} thresholds`);
const monitorSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    predictions: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("Where labelled production predictions are: a file, folder, glob or s3://bucket/prefix"),
    since: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default("7d")
        .describe("The window: a span back from now (7d) or an ISO 8601 time; rows before it are left out"),
    timestamp_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).default("timestamp").describe("When each prediction was made"),
    label_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("The true label, once known; absent: the champion's evaluation label column"),
    model_version_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default("model_version")
        .describe("If the predictions have this column, every row in the window must name the champion's version"),
    min_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
        .nonnegative()
        .default(500)
        .describe("Fewer labelled rows in the window than this: no verdict on the metrics, no retrain"),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .partialRecord */ .jgl(metricName, zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .optional()
            .describe("Retrain when the production interval lies wholly below this (its upper bound is below it)"),
        max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .optional()
            .describe("Retrain when the production interval lies wholly above this (its lower bound is above it), e.g. for log_loss"),
        max_degradation: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .nonnegative()
            .optional()
            .describe("Retrain when production is worse than the champion's evaluation by more than this, with the interval's confidence"),
    }))
        .optional()
        .describe("Per metric, when production performance asks for a retrain; absent: the champion's primary metric, max_degradation 0"),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
        .min(0)
        .max(100_000)
        .optional()
        .describe("Bootstrap resamples of the production intervals; absent: those of the champion's evaluation"),
    drift: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        psi: driftThresholds("PSI").optional().describe("Absent: warn 0.1, error 0.25"),
        ks: driftThresholds("The KS statistic").optional().describe("Absent: no KS check"),
        columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))
            .optional()
            .describe("The feature columns checked; absent: every column the training snapshot profiled"),
    })
        .optional()
        .describe("Drift of production features from the champion's training snapshot, from stored profiles"),
    trigger: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(["none", "dispatch"])
        .default("none")
        .describe("dispatch: start the retrain workflow (workflow_dispatch) when the monitor asks for a retrain"),
    workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .default("retrain-manually.yml")
        .describe("The retrain workflow's file name (or id); it must take a `reason` input"),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("The branch or tag the retrain runs on; absent: the repository's default branch"),
    cooldown: span("No second dispatch within this span of the last one").default("3d"),
    max_units: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
        .min(1024)
        .max(1 << 24)
        .default(1 << 19)
        .describe("Binary models: the most distinct scores held in memory (memory is bounded by this, not by rows); past it scores are quantised and the report states how far each metric can have moved"),
    id_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("The production rows' id column, matched with the ids the champion's evaluation recorded (evaluate.id_column); absent: the same name as evaluate.id_column"),
    min_paired_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr()
        .min(1)
        .optional()
        .describe("With at least this many production rows matching the champion's test rows by id, max_degradation is judged on the paired interval; absent: min_rows"),
});
const atLeast = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ min: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe(`Breached below this ${what}`) });
const atMost = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ max: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe(`Breached above this ${what}`) });
const sloSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    window: span("The history the indicators are computed over, back from now").default("30d"),
    training_success_rate: atLeast("share of finished training runs").optional().describe("M1"),
    time_to_train_minutes: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        median: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe("Breached above this median, in minutes"),
        p95: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe("Breached above this 95th percentile, in minutes"),
    })
        .optional()
        .describe("M2"),
    data_freshness_hours: atMost("age in hours of the champion's training data").optional().describe("M3"),
    registration_latency_hours: atMost("median hours from a training run's end to its model version")
        .optional()
        .describe("M4"),
    performance_delta: atLeast("mean improvement of promoted versions over the champion they replaced")
        .optional()
        .describe("M8"),
    validation_failure_rate: atMost("share of compared candidates whose data validation failed")
        .optional()
        .describe("M9"),
    retrain_trigger_usefulness: atLeast("share of monitor-dispatched retrains followed by a promotion")
        .optional()
        .describe("M10"),
});


/***/ }),

/***/ 2029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   os: () => (/* binding */ formatMeasure),
/* harmony export */   vy: () => (/* binding */ formatInterval),
/* harmony export */   w_: () => (/* binding */ formatSetting),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * Numbers as people read them in gate messages, comments and summaries: four decimals for ordinary
 * metric values (0.0123), four significant digits for very small or very large ones (1.234e-7),
 * thousands separators for counts. Deterministic: no locale.
 */
function formatNumber(value) {
    if (value === null || value === undefined || Number.isNaN(value))
        return "n/a";
    if (!Number.isFinite(value))
        return value > 0 ? "∞" : "-∞";
    if (value === 0)
        return "0";
    const abs = Math.abs(value);
    if (abs < 1e-4 || abs >= 1e9)
        return value.toPrecision(4);
    if (abs >= 1000)
        return groupThousands(value.toFixed(1));
    return value.toFixed(4);
}
/** A number someone wrote in trainyard.yml (a bound, a limit), as written: 0.02, 10, 1e-7. */
function formatSetting(value) {
    return String(value);
}
/** A measurement where four significant digits are plenty: 2.5 MB, 81.3 ms, 12,350 rows/s. */
function formatMeasure(value) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return formatNumber(value);
    const rounded = Number(value.toPrecision(4));
    return Math.abs(rounded) >= 1e15 ? value.toPrecision(4) : groupThousands(String(rounded));
}
/** A size in bytes with decimal units (1 MB = 1,000,000 bytes): 812 B, 12.3 kB, 2.346 MB. */
function formatBytes(bytes) {
    const units = ["B", "kB", "MB", "GB", "TB"];
    let value = bytes;
    let unit = 0;
    while (Math.abs(value) >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${formatMeasure(value)} ${units[unit]}`;
}
/** A value with its interval, `0.0123 [0.0040, 0.0201]`. */
function formatInterval(value, low, high) {
    return `${formatNumber(value)} [${formatNumber(low)}, ${formatNumber(high)}]`;
}
/** An integer count with thousands separators, 12,345. */
function formatCount(value) {
    return Number.isFinite(value) ? groupThousands(String(Math.round(value))) : formatNumber(value);
}
/** A fraction as a percentage, 0.95 → 95%. */
function formatPercent(fraction) {
    return `${Number((fraction * 100).toPrecision(4))}%`;
}
function groupThousands(text) {
    const [whole = "", decimals] = text.split(".");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}


/***/ }),

/***/ 7225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ slowRunWarning),
/* harmony export */   z: () => (/* binding */ computeSlos)
/* harmony export */ });
/* harmony import */ var _stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1641);
/* harmony import */ var _stats_metric_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9050);
/**
 * The pipeline's service-level indicators, from what the tracker's runs and the registry's versions already
 * record, and their targets from `slo:` in trainyard.yml. Pure: the slo step gathers the history, this
 * module computes. docs/operating.md says how each is computed and what to do when one is breached.
 *
 * - M1 training success rate: training runs started in the window that ended FINISHED, over all that
 *   ended (FINISHED, FAILED, KILLED); runs still RUNNING are left out.
 * - M2 time-to-train: median and 95th percentile (linear interpolation, numpy's default) of the training
 *   command's duration (`trainyard.duration_seconds`) of the window's FINISHED runs that trained (cache hits,
 *   which train nothing, are left out).
 * - M3 data freshness: hours from the champion's training data to now: the as-of time of its snapshot
 *   (snapshot-data's `as_of`) if it has one, else the snapshot's creation (`createdAt` of its manifest in
 *   the store; the champion's `trainyard.snapshot.id` tag names it). Where the manifest cannot be read, the
 *   start of the champion's training run (the snapshot is taken just before training, so its data is at
 *   least that old), and the basis says so.
 * - M4 registration latency: median hours from a training run's end to the creation of its model version,
 *   over versions created in the window.
 * - M8 performance delta vs baseline: mean improvement, in the primary metric's good direction, that the
 *   versions promoted in the window showed over the champion they replaced (`trainyard.delta.<metric>`).
 * - M9 validation failure rate: of the window's candidates that reached data validation and went no
 *   further than the gate — validations that failed and stopped the pipeline (validate-data records each
 *   as a tracker run tagged `trainyard.kind: validation`) plus versions compared by the gate — the share
 *   that failed validation: the stopped ones plus compared versions whose gate failed the validation rule.
 * - M10 retrain-trigger usefulness: share of the retrains the monitor dispatched in the window that were
 *   followed by a promotion replacing the champion that was monitored.
 */


const HOUR = 3_600_000;
function quantile(values, q) {
    if (values.length === 0)
        return null;
    return (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__/* .percentileSorted */ .vS)(Float64Array.from(values).sort(), q);
}
function judge(value, bound) {
    if (!bound || (bound.min === undefined && bound.max === undefined))
        return { status: value === null ? "no data" : "no target" };
    const target = bound.min !== undefined ? `≥ ${bound.min}` : `≤ ${bound.max}`;
    if (value === null)
        return { status: "no data", target };
    const breached = (bound.min !== undefined && value < bound.min) || (bound.max !== undefined && value > bound.max);
    return { status: breached ? "breached" : "met", target };
}
/** Every indicator over the window ending at `now`, judged against the targets. */
function computeSlos(history, targets, now, windowMs) {
    const from = now - windowMs;
    const inWindow = (time) => time !== undefined && time >= from && time <= now;
    const indicators = [];
    const ended = history.trainRuns.filter((run) => inWindow(run.startTime) &&
        (run.status === "FINISHED" || run.status === "FAILED" || run.status === "KILLED"));
    const finished = ended.filter((run) => run.status === "FINISHED");
    const successRate = ended.length > 0 ? finished.length / ended.length : null;
    indicators.push({
        id: "M1",
        name: "training success rate",
        value: successRate,
        unit: "fraction",
        basis: `${finished.length} of ${ended.length} training run(s) finished`,
        ...judge(successRate, targets.training_success_rate),
    });
    const minutes = finished
        .filter((run) => !run.cacheHit && run.durationSeconds !== undefined)
        .map((run) => run.durationSeconds / 60);
    const median = quantile(minutes, 0.5);
    const p95 = quantile(minutes, 0.95);
    const ttt = targets.time_to_train_minutes;
    indicators.push({
        id: "M2",
        name: "time to train, median",
        value: median,
        unit: "minutes",
        basis: `${minutes.length} run(s) that trained`,
        ...judge(median, ttt?.median !== undefined ? { max: ttt.median } : undefined),
    });
    indicators.push({
        id: "M2",
        name: "time to train, p95",
        value: p95,
        unit: "minutes",
        basis: `${minutes.length} run(s) that trained`,
        ...judge(p95, ttt?.p95 !== undefined ? { max: ttt.p95 } : undefined),
    });
    const champion = history.versions.find((version) => version.champion);
    const dataTime = champion ? (history.championData?.time ?? champion.runStartTime) : undefined;
    const freshness = dataTime !== undefined ? (now - dataTime) / HOUR : null;
    indicators.push({
        id: "M3",
        name: "data freshness",
        value: freshness,
        unit: "hours",
        basis: !champion
            ? "no champion"
            : history.championData
                ? `champion version ${champion.version}'s ${history.championData.basis}`
                : `champion version ${champion.version}'s training run start${history.championDataNote ? ` (${history.championDataNote})` : ""}`,
        ...judge(freshness, targets.data_freshness_hours),
    });
    const latencies = history.versions
        .filter((version) => inWindow(version.creationTimestamp) && version.runEndTime !== undefined)
        .map((version) => (version.creationTimestamp - version.runEndTime) / HOUR);
    const latency = quantile(latencies, 0.5);
    indicators.push({
        id: "M4",
        name: "registration latency, median",
        value: latency,
        unit: "hours",
        basis: `${latencies.length} version(s) registered`,
        ...judge(latency, targets.registration_latency_hours),
    });
    const gains = history.versions
        .filter((version) => inWindow(version.promotedAt) && version.primaryDelta !== undefined && version.primaryMetric)
        .map((version) => (0,_stats_metric_names_js__WEBPACK_IMPORTED_MODULE_1__/* .higherIsBetter */ .i2)(version.primaryMetric)
        ? version.primaryDelta
        : -version.primaryDelta);
    const gain = gains.length > 0 ? gains.reduce((sum, value) => sum + value, 0) / gains.length : null;
    indicators.push({
        id: "M8",
        name: "performance delta vs the replaced champion, mean",
        value: gain,
        unit: "primary metric",
        basis: `${gains.length} promotion(s) over a champion`,
        ...judge(gain, targets.performance_delta),
    });
    const compared = history.versions.filter((version) => inWindow(version.creationTimestamp) && version.decision);
    const invalid = compared.filter((version) => version.gateFailed.includes("validation"));
    const stopped = (history.failedValidations ?? []).filter((time) => inWindow(time)).length;
    const candidates = stopped + compared.length;
    const failureRate = candidates > 0 ? (stopped + invalid.length) / candidates : null;
    indicators.push({
        id: "M9",
        name: "validation failure rate",
        value: failureRate,
        unit: "fraction",
        basis: `${stopped} validation(s) stopped a pipeline; ${invalid.length} of ${compared.length} compared version(s) failed data validation`,
        ...judge(failureRate, targets.validation_failure_rate),
    });
    const triggers = history.monitorRuns.filter((run) => run.dispatched && inWindow(run.startTime));
    const useful = triggers.filter((trigger) => history.versions.some((version) => version.promotedAt !== undefined &&
        version.promotedAt >= trigger.startTime &&
        version.previousChampion === trigger.championVersion));
    const usefulness = triggers.length > 0 ? useful.length / triggers.length : null;
    indicators.push({
        id: "M10",
        name: "retrain-trigger usefulness",
        value: usefulness,
        unit: "fraction",
        basis: `${useful.length} of ${triggers.length} dispatched retrain(s) led to a promotion`,
        ...judge(usefulness, targets.retrain_trigger_usefulness),
    });
    return indicators;
}
/**
 * The train step's alert: a run that took more than twice the median of the model's last 20 successful
 * runs (at least 3 of them, so one odd run does not set the bar). Undefined when the run is not slow.
 */
function slowRunWarning(seconds, previous) {
    const recent = previous.filter((value) => Number.isFinite(value) && value > 0).slice(0, 20);
    if (recent.length < 3)
        return undefined;
    const median = quantile(recent, 0.5);
    if (!(seconds > 2 * median))
        return undefined;
    return `this training took ${seconds.toFixed(1)} s, ${(seconds / median).toFixed(1)}× the median ${median.toFixed(1)} s of the model's last ${recent.length} successful run(s) (alert above 2×); see "Time to train" in docs/operating.md`;
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

/***/ 1641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ nextUint32),
/* harmony export */   Dv: () => (/* binding */ POISSON_MIN_ROWS),
/* harmony export */   GL: () => (/* binding */ resampleStream),
/* harmony export */   MM: () => (/* binding */ samplePoisson),
/* harmony export */   UR: () => (/* binding */ unitWeights),
/* harmony export */   WO: () => (/* binding */ poissonOneThresholds),
/* harmony export */   gp: () => (/* binding */ warmUpResampler),
/* harmony export */   ir: () => (/* binding */ UnitResampler),
/* harmony export */   mm: () => (/* binding */ weightOf),
/* harmony export */   nZ: () => (/* binding */ LARGE_WEIGHT),
/* harmony export */   vS: () => (/* binding */ percentileSorted),
/* harmony export */   xH: () => (/* binding */ resampleMethod)
/* harmony export */ });
/* unused harmony exports mulberry32, resampleCounts, bootstrapInterval, pairedBootstrapDelta, poissonTable */
/**
 * Seeded bootstrap percentile intervals. A resample of n rows is expressed as multinomial counts
 * (row i drawn c_i times, Σ c_i = n) in one reused Float64Array, which the metric receives as weights;
 * the metrics of `metrics/` with integer weights equal the metric on the resampled rows.
 */
/** mulberry32: a small, fast 32-bit PRNG; returns a generator of uniform integers in [0, 2^32). */
function mulberry32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return (t ^ (t >>> 14)) >>> 0;
    };
}
/**
 * Fills `weights` with the counts of n draws with replacement from n rows (n = weights.length).
 * The draws are counted in a byte array (`scratch`, reused across resamples: random increments on
 * 1 byte per row stay in cache, about 3× faster than on the Float64Array) and copied over; a count
 * past 255 spills into a map, so any count is exact.
 */
function resampleCounts(weights, next, scratch) {
    const n = weights.length;
    const counts = scratch ?? new Uint8Array(n);
    if (counts.length < n)
        throw new RangeError(`scratch has ${counts.length} entries, expected at least ${n}`);
    counts.fill(0, 0, n);
    let spill;
    for (let i = 0; i < n; i++) {
        // uniform row in [0, n): a 32-bit draw scaled by n (bias < n / 2^32)
        const row = Math.floor((next() * n) / 4294967296);
        const count = counts[row];
        if (count === 255) {
            spill ??= new Map();
            spill.set(row, (spill.get(row) ?? 0) + 256);
            counts[row] = 0;
        }
        else
            counts[row] = count + 1;
    }
    for (let i = 0; i < n; i++)
        weights[i] = counts[i];
    if (spill !== undefined)
        for (const [row, extra] of spill)
            weights[row] = weights[row] + extra;
}
/** Linear-interpolated percentile (numpy's default `method="linear"`) of sorted values, q in [0, 1]. */
function percentileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const position = q * (n - 1);
    const below = Math.floor(position);
    const above = Math.min(below + 1, n - 1);
    const fraction = position - below;
    const a = sorted[below];
    const b = sorted[above];
    return fraction === 0 ? a : a + (b - a) * fraction;
}
function check(n, resamples, confidence) {
    if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`n must be a non-negative integer, got ${n}`);
    if (!Number.isInteger(resamples) || resamples < 1) {
        throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
    }
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
}
function interval(estimate, values, count, confidence) {
    const finite = values.subarray(0, count).sort();
    const alpha = (1 - confidence) / 2;
    return {
        estimate,
        low: percentileSorted(finite, alpha),
        high: percentileSorted(finite, 1 - alpha),
        resamples: count,
    };
}
/**
 * Percentile bootstrap interval of `metric` over `resamples` resamples of n rows, deterministic for a
 * seed. `metric` is called with the resample's counts as weights (a reused array: read it, do not keep it),
 * and once with all weights 1 for the estimate.
 */
function bootstrapInterval(n, resamples, confidence, seed, metric) {
    check(n, resamples, confidence);
    const weights = new Float64Array(n).fill(1);
    const estimate = metric(weights);
    const next = mulberry32(seed);
    const scratch = new Uint8Array(n);
    const values = new Float64Array(resamples);
    let count = 0;
    for (let r = 0; r < resamples; r++) {
        resampleCounts(weights, next, scratch);
        const value = metric(weights);
        if (Number.isFinite(value))
            values[count++] = value;
    }
    return interval(estimate, values, count, confidence);
}
/**
 * Percentile bootstrap interval of metricA − metricB (e.g. challenger − champion), both evaluated on
 * the SAME resampled rows of each resample; deterministic for a seed.
 */
function pairedBootstrapDelta(n, resamples, confidence, seed, metricA, metricB) {
    check(n, resamples, confidence);
    const weights = new Float64Array(n).fill(1);
    const estimate = metricA(weights) - metricB(weights);
    const next = mulberry32(seed);
    const scratch = new Uint8Array(n);
    const values = new Float64Array(resamples);
    let count = 0;
    for (let r = 0; r < resamples; r++) {
        resampleCounts(weights, next, scratch);
        const value = metricA(weights) - metricB(weights);
        if (Number.isFinite(value))
            values[count++] = value;
    }
    return interval(estimate, values, count, confidence);
}
// ---------------------------------------------------------------------------------------------------
// Resample weights for `metric-set.ts`: one weight per "unit" (a set of interchangeable rows; a unit of
// one row is a row), exact multinomial counts below POISSON_MIN_ROWS rows, Poisson counts from there on.
/**
 * From this many rows on, a resample gives every row an independent Poisson(1) count (the Poisson
 * bootstrap) instead of the multinomial counts of n draws with replacement. The two differ only in that
 * the Poisson resample's size varies (n ± √n); for the ratio-type statistics here (every metric divides
 * by the resample's total weight) their bootstrap distributions agree to a relative O(1/n) — below 1e-4
 * here, far under the Monte-Carlo error of 1,000 resamples (a few % of an interval's width). Below it,
 * where a resample's size would visibly vary (a 20-row slice: 20 ± 4.5 rows, empty with probability
 * e^−20) and exact draws cost little (n·resamples ≤ 10^7 for 1,000 resamples), the draws are exact.
 */
const POISSON_MIN_ROWS = 10_000;
/** The largest count stored directly in a weight byte; the byte 255 means "see the large counts". */
const LARGE_WEIGHT = 255;
const TWO_32 = 4294967296;
function fmix32(value) {
    let h = value >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/**
 * The state of an sfc32 generator (Chris Doty-Humphrey's Small Fast Chaotic PRNG: 128-bit state,
 * passes PractRand and BigCrush) for one resample: each (seed, resample) pair has its own stream, so a
 * resample's weights do not depend on how many draws the previous resamples took.
 * Hot loops copy the four words into locals, step them inline and store them back.
 */
function resampleStream(seed, resample) {
    const low = seed >>> 0;
    const high = Math.floor(seed / TWO_32) >>> 0;
    const state = Int32Array.of(fmix32(low ^ 0x6a09e667), fmix32(high ^ fmix32(resample ^ 0xbb67ae85)), fmix32(resample + Math.imul(low, 0x9e3779b9)), 1);
    for (let i = 0; i < 12; i++)
        nextUint32(state);
    return state;
}
/** One sfc32 step: a uniform integer in [0, 2^32). */
function nextUint32(state) {
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
    return t >>> 0;
}
function poissonTable(mean) {
    if (!(mean > 0 && Number.isFinite(mean)))
        throw new RangeError(`Poisson mean must be > 0, got ${mean}`);
    // The pmf relative to its mode by the ratios p(k+1)/p(k) = mean/(k+1), then normalised: no factorials,
    // so no overflow for large means.
    const mode = Math.floor(mean);
    const below = [];
    for (let k = mode, p = 1; k > 0; k--) {
        p *= k / mean;
        if (p < 1e-18)
            break;
        below.push(p);
    }
    const above = [];
    for (let k = mode, p = 1;; k++) {
        p *= mean / (k + 1);
        if (p < 1e-18)
            break;
        above.push(p);
    }
    const pmf = [...below.reverse(), 1, ...above];
    const low = mode - below.length;
    const total = pmf.reduce((sum, p) => sum + p, 0);
    const thresholds = new Float64Array(pmf.length);
    let cumulative = 0;
    for (let k = 0; k < pmf.length; k++) {
        cumulative += pmf[k];
        thresholds[k] = Math.min(TWO_32, Math.round((cumulative / total) * TWO_32));
    }
    thresholds[pmf.length - 1] = TWO_32;
    const bits = Math.max(4, Math.min(16, Math.ceil(Math.log2(pmf.length)) + 1));
    const shift = 32 - bits;
    const guide = new Uint32Array(1 << bits);
    let k = 0;
    for (let bucket = 0; bucket < guide.length; bucket++) {
        const first = bucket * 2 ** shift; // the smallest u of this bucket
        while (first >= thresholds[k])
            k++;
        guide[bucket] = k;
    }
    let high = pmf.length - 1;
    while (high > 0 && thresholds[high - 1] === TWO_32)
        high--;
    return { mean, low, high: low + high, thresholds, guide, shift };
}
const POISSON_ONE = poissonTable(1);
/**
 * The thresholds of Poisson(1) below 2^32, as unsigned 32-bit integers: a uniform u in [0, 2^32) draws the
 * count #{k : u ≥ T[k]} (= samplePoisson(poissonTable(1), u)). The WebAssembly draw compares against these.
 */
function poissonOneThresholds() {
    return Uint32Array.from(POISSON_ONE.thresholds.filter((t) => t < TWO_32));
}
/** The table's value for the uniform u in [0, 2^32). */
function samplePoisson(table, u) {
    const { thresholds } = table;
    let k = table.guide[u >>> table.shift];
    while (u >= thresholds[k])
        k++;
    return table.low + k;
}
function unitWeights(units) {
    return { small: new Uint8Array(units), large: new Float64Array(units) };
}
/** Weight (count) of unit `u`. */
function weightOf(weights, u) {
    const small = weights.small[u];
    return small === LARGE_WEIGHT ? weights.large[u] : small;
}
/** The method used for `rows` rows: see {@link POISSON_MIN_ROWS}. */
function resampleMethod(rows) {
    return rows >= POISSON_MIN_ROWS ? "poisson" : "multinomial";
}
/**
 * Draws resamples of `rows` rows grouped into units (rows that no metric can tell apart; by default one
 * unit per row), as {@link resampleMethod} says: n draws with replacement counted per unit, or an
 * independent Poisson(1) count per row — then a unit of m rows gets one Poisson(m) draw (a sum of
 * independent Poisson counts is Poisson), so tied rows cost one draw per unit, not per row.
 * Deterministic for (seed, resample index).
 */
class UnitResampler {
    units;
    method;
    rows;
    unitOfRow;
    /** Poisson: the units of several rows, ascending, and the table of each. */
    tiedUnits;
    tiedTables = [];
    counts;
    /**
     * @param multiplicity rows per unit (positive integers summing to `rows`); undefined: one row per unit
     * @param unitOfRow the unit of each row; needed for grouped rows when the method is multinomial
     * @param method by default {@link resampleMethod}(rows)
     */
    constructor(rows, multiplicity, unitOfRow, method) {
        this.rows = rows;
        this.units = multiplicity?.length ?? rows;
        this.method = method ?? resampleMethod(rows);
        this.unitOfRow = unitOfRow;
        const tied = [];
        if (this.method === "multinomial") {
            if (unitOfRow === undefined && this.units !== rows)
                throw new Error("multinomial resampling of grouped rows needs the unit of each row");
            this.counts = new Uint32Array(this.units);
        }
        else if (multiplicity !== undefined) {
            const tables = new Map();
            for (let u = 0; u < this.units; u++) {
                const m = multiplicity[u];
                if (m === 1)
                    continue;
                let table = tables.get(m);
                if (table === undefined) {
                    table = poissonTable(m);
                    tables.set(m, table);
                }
                tied.push(u);
                this.tiedTables.push(table);
            }
        }
        this.tiedUnits = Uint32Array.from(tied);
    }
    /** Fills `out` with the weights of resample `resample` of the stream `seed`. */
    fill(seed, resample, out) {
        const state = resampleStream(seed, resample);
        if (this.method === "multinomial")
            this.fillMultinomial(state, out);
        else
            this.fillPoisson(state, out);
    }
    fillMultinomial(state, out) {
        const counts = this.counts;
        const unitOfRow = this.unitOfRow;
        const n = this.rows;
        counts.fill(0);
        for (let i = 0; i < n; i++) {
            // a uniform row in [0, n): a 32-bit draw scaled by n (bias < n / 2^32)
            const row = Math.floor((nextUint32(state) * n) / TWO_32);
            const unit = unitOfRow === undefined ? row : unitOfRow[row];
            counts[unit] = counts[unit] + 1;
        }
        for (let u = 0; u < counts.length; u++)
            storeCount(out, u, counts[u]);
    }
    /** Runs of single-row units by the Poisson(1) table, each unit of several rows by its own table. */
    fillPoisson(state, out) {
        const { tiedUnits, tiedTables } = this;
        let from = 0;
        for (let k = 0; k < tiedUnits.length; k++) {
            const u = tiedUnits[k];
            if (u > from)
                fillPoissonOnes(state, out.small, from, u);
            storeCount(out, u, samplePoisson(tiedTables[k], nextUint32(state)));
            from = u + 1;
        }
        if (from < this.units)
            fillPoissonOnes(state, out.small, from, this.units);
    }
}
function storeCount(out, u, count) {
    if (count >= LARGE_WEIGHT) {
        out.small[u] = LARGE_WEIGHT;
        out.large[u] = count;
    }
    else
        out.small[u] = count;
}
/**
 * Poisson(1) counts of the single-row units from..to−1, one 32-bit draw each (the inverse CDF, as for tied
 * units); Poisson(1) never reaches 255 within 2^−32, so no count is large. The sfc32 step is inlined: this
 * loop runs once per row and resample, and a call per draw costs more than the rest of it.
 * (binary-resample-block.ts draws the same counts for four resamples at once with WebAssembly SIMD.)
 */
function fillPoissonOnes(state, small, from, to) {
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    const { thresholds, guide, shift } = POISSON_ONE;
    for (let u = from; u < to; u++) {
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        const uniform = t >>> 0;
        let k = guide[uniform >>> shift];
        while (uniform >= thresholds[k])
            k++;
        small[u] = k; // POISSON_ONE.low is 0
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
}
/**
 * Runs every path of the resampler a few times on tiny inputs (see `warmUp` in metric-set.ts for why):
 * multinomial, Poisson by table (with counts ≥ 255), Poisson(1) of single rows including the far tail.
 */
function warmUpResampler() {
    const multiplicity = Float64Array.of(1, 700, 1, 2, 1, 1, 3, 1);
    const rows = multiplicity.reduce((sum, m) => sum + m, 0);
    const unitOfRow = new Uint32Array(rows);
    for (let u = 0, row = 0; u < multiplicity.length; u++)
        for (let k = 0; k < multiplicity[u]; k++)
            unitOfRow[row++] = u;
    const weights = unitWeights(multiplicity.length);
    const resamplers = [
        new UnitResampler(rows, multiplicity, unitOfRow, "multinomial"),
        new UnitResampler(rows, multiplicity, undefined, "poisson"),
        new UnitResampler(16, undefined, undefined, "poisson"),
    ];
    for (let r = 0; r < 8; r++) {
        for (const resampler of resamplers)
            resampler.fill(r, r, weights);
        // sfc32's first output is a + b + d: a draw in the far tail (the guide's last bucket)
        fillPoissonOnes(Int32Array.of(0, -1, r, 0), weights.small, 0, 2);
    }
}


/***/ }),

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

/***/ 4032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SLO_INPUTS: () => (/* reexport */ slo_inputs/* SLO_INPUTS */.n),
  SloBreachedError: () => (/* binding */ SloBreachedError),
  sloStep: () => (/* binding */ sloStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.cache/build/lib/config/monitor-config.js
var monitor_config = __webpack_require__(5055);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(2845);
// EXTERNAL MODULE: ./.cache/build/lib/policy/slo-policy.js
var slo_policy = __webpack_require__(7225);
;// CONCATENATED MODULE: ./.cache/build/lib/report/slo-badge.js
function sloBadge(indicators, label = "SLOs") {
    const judged = indicators.filter((indicator) => indicator.status === "met" || indicator.status === "breached");
    const breached = [
        ...new Set(indicators.filter((indicator) => indicator.status === "breached").map((indicator) => indicator.id)),
    ];
    if (breached.length > 0)
        return { schemaVersion: 1, label, message: `${breached.join(", ")} breached`, color: "red" };
    if (judged.length === 0)
        return { schemaVersion: 1, label, message: "no targets", color: "lightgrey" };
    return { schemaVersion: 1, label, message: `${judged.length}/${judged.length} met`, color: "brightgreen" };
}

// EXTERNAL MODULE: ./.cache/build/lib/policy/format-number.js
var format_number = __webpack_require__(2029);
// EXTERNAL MODULE: ./.cache/build/lib/report/markdown.js
var markdown = __webpack_require__(5721);
;// CONCATENATED MODULE: ./.cache/build/lib/report/slo-markdown.js


const STATUS = {
    met: "✅ met",
    breached: "❌ breached",
    "no target": "➖ no target",
    "no data": "➖ no data",
};
/** The SLO table of `trainyard slo`: each indicator, its value, what it rests on, the target and its status. */
function renderSloMarkdown(model, window, indicators) {
    const breached = indicators.filter((indicator) => indicator.status === "breached");
    return [
        `### trainyard SLOs: ${(0,markdown/* escapeMarkdown */.FV)(model)} (last ${(0,markdown/* escapeMarkdown */.FV)(window)})`,
        "",
        breached.length
            ? `**${breached.length} breached:** ${breached.map((indicator) => `${indicator.id} ${(0,markdown/* escapeMarkdown */.FV)(indicator.name)}`).join(", ")}`
            : "**Every target met.**",
        "",
        (0,markdown/* table */.tp)(["", "indicator", "value", "from", "target", "status"], indicators.map((indicator) => [
            indicator.id,
            (0,markdown/* cell */.Hn)(indicator.name),
            indicator.value === null ? "—" : `${(0,format_number/* formatMeasure */.os)(indicator.value)} ${(0,markdown/* cell */.Hn)(indicator.unit)}`,
            (0,markdown/* cell */.Hn)(indicator.basis),
            (0,markdown/* cell */.Hn)(indicator.target ?? "—"),
            STATUS[indicator.status],
        ])),
        "",
    ].join("\n");
}

// EXTERNAL MODULE: ./.cache/build/lib/steps/snapshot/pull-snapshot.js
var pull_snapshot = __webpack_require__(30);
// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(2140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/tracking-config.js
var tracking_config = __webpack_require__(9210);
// EXTERNAL MODULE: ./.cache/build/lib/steps/slo/slo-inputs.js
var slo_inputs = __webpack_require__(6272);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/slo/slo-step.js













/** One or more indicators missed their target; the outputs still carry every figure. */
class SloBreachedError extends user_error/* UserError */.yo {
    indicators;
    outputs;
    constructor(indicators, outputs) {
        const breached = indicators.filter((indicator) => indicator.status === "breached");
        super(`${breached.length} SLO(s) breached: ${breached.map((indicator) => `${indicator.id} ${indicator.name} ${indicator.value} (target ${indicator.target})`).join("; ")}; docs/operating.md says what to do`);
        this.indicators = indicators;
        this.outputs = outputs;
        this.name = "SloBreachedError";
    }
}
const MAX_RUNS = 5000;
function trainRecord(run) {
    const duration = Number(run.tags["trainyard.duration_seconds"]);
    return {
        runId: run.info.runId,
        status: run.info.status,
        startTime: run.info.startTime,
        ...(run.info.endTime ? { endTime: run.info.endTime } : {}),
        ...(Number.isFinite(duration) && run.tags["trainyard.duration_seconds"] !== undefined
            ? { durationSeconds: duration }
            : {}),
        cacheHit: run.tags["trainyard.cache.hit"] === "true",
    };
}
async function versionRecord(version, runs, tracker) {
    let run = version.runId ? runs.get(version.runId) : undefined;
    if (!run && version.runId)
        run = await tracker.getRun(version.runId).catch(() => undefined);
    const tags = version.tags;
    const primaryMetric = tags["trainyard.primary_metric"];
    const delta = primaryMetric ? Number(tags[`trainyard.delta.${primaryMetric}`]) : Number.NaN;
    const promotedAt = Date.parse(tags["trainyard.promoted_at"] ?? "");
    const failed = tags["trainyard.gate.failed"];
    return {
        version: version.version,
        creationTimestamp: version.creationTimestamp,
        ...(run?.info.endTime ? { runEndTime: run.info.endTime } : {}),
        ...(run ? { runStartTime: run.info.startTime } : {}),
        champion: version.aliases.includes("champion"),
        ...(Number.isFinite(promotedAt) ? { promotedAt } : {}),
        ...(tags["trainyard.previous_champion"] ? { previousChampion: tags["trainyard.previous_champion"] } : {}),
        ...(primaryMetric ? { primaryMetric } : {}),
        ...(Number.isFinite(delta) ? { primaryDelta: delta } : {}),
        ...(tags["trainyard.decision"] ? { decision: tags["trainyard.decision"] } : {}),
        gateFailed: failed && failed !== "none" ? failed.split(",") : [],
    };
}
/** The champion's training data time from its snapshot's manifest: as-of if set, else its creation. */
async function championData(context, inputs, config, champion) {
    if (!champion)
        return {};
    const id = champion.tags["trainyard.snapshot.id"];
    if (!id || !/^[0-9a-f]{16}$/.test(id))
        return { note: id ? `trained on "${id}", not a stored snapshot` : "it records no snapshot" };
    try {
        const manifest = await (0,pull_snapshot/* readManifest */.WI)(await (0,step_config/* openStepStore */.cl)(context, inputs, config), id);
        const asOf = manifest.asOf ? Date.parse(manifest.asOf.time) : Number.NaN;
        if (Number.isFinite(asOf))
            return { data: { time: asOf, basis: `snapshot ${id} as of ${manifest.asOf?.time}` } };
        const created = Date.parse(manifest.createdAt);
        if (!Number.isFinite(created))
            return { note: `snapshot ${id} has no readable createdAt` };
        return { data: { time: created, basis: `snapshot ${id} created ${manifest.createdAt}` } };
    }
    catch (error) {
        return { note: `snapshot ${id}'s manifest could not be read: ${error.message}` };
    }
}
/**
 * `trainyard slo`: the pipeline's indicators M1–M4 and M8–M10 from the tracker's runs and the registry's
 * versions of one model, each against its target in `slo:`; fails (exit 1) when one is breached.
 */
async function sloStep(context, inputs, dependencies = {}) {
    const config = await (0,step_config/* loadStepConfig */.hs)(context, inputs);
    const model = inputs.model ?? config?.config.model;
    if (!model)
        throw new user_error/* UserError */.yo(`no model name: set model in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "model")}`);
    const slo = config?.config.slo;
    const window = inputs.window ?? slo?.window ?? "30d";
    const windowMs = (0,monitor_config/* spanMs */.J6)(window);
    if (windowMs === undefined)
        throw new user_error/* UserError */.yo(`${(0,declared_inputs/* inputLabel */.NB)(inputs, "window")} (slo.window) is "${window}": give a span such as 30d or 2w`);
    const now = dependencies.now ?? Date.now();
    const { tracker, registry } = await (0,tracking_config/* openStepTracking */.eX)(context, inputs, config);
    const experimentId = await tracker.ensureExperiment(config?.config.experiment ?? model);
    const runs = await tracker.searchRuns({
        experimentIds: [experimentId],
        maxResults: MAX_RUNS,
        orderBy: ["attributes.start_time DESC"],
    });
    if (runs.length === MAX_RUNS)
        context.log.warning(`read the newest ${MAX_RUNS} runs only; older runs in the window are not counted`);
    const byId = new Map(runs.map((run) => [run.info.runId, run]));
    const trainRuns = runs.filter((run) => run.tags["trainyard.cache.key"] !== undefined).map(trainRecord);
    const monitorRuns = runs
        .filter((run) => run.tags["trainyard.kind"] === "monitor")
        .map((run) => ({
        startTime: run.info.startTime,
        dispatched: run.tags["trainyard.monitor.dispatched"] === "true",
        championVersion: run.tags["trainyard.monitor.champion_version"] ?? "",
    }));
    const failedValidations = runs
        .filter((run) => run.tags["trainyard.kind"] === "validation" && run.tags["trainyard.validation.passed"] === "false")
        .map((run) => run.info.startTime);
    const registered = (await registry.getRegisteredModel(model))
        ? await registry.listModelVersions(model)
        : [];
    const from = now - windowMs;
    const versions = [];
    for (const version of registered) {
        // Only versions that count in the window (and the champion, for freshness) need their run.
        const relevant = version.aliases.includes("champion") ||
            version.creationTimestamp >= from ||
            Date.parse(version.tags["trainyard.promoted_at"] ?? "") >= from;
        if (relevant)
            versions.push(await versionRecord(version, byId, tracker));
    }
    const data = await championData(context, inputs, config, registered.find((version) => version.aliases.includes("champion")));
    const indicators = (0,slo_policy/* computeSlos */.z)({
        trainRuns,
        versions,
        monitorRuns,
        failedValidations,
        ...(data.data ? { championData: data.data } : {}),
        ...(data.note ? { championDataNote: data.note } : {}),
    }, slo ?? {}, now, windowMs);
    await context.appendSummary(renderSloMarkdown(model, window, indicators));
    const breached = indicators.filter((indicator) => indicator.status === "breached");
    const outputs = {
        breached: [...new Set(breached.map((indicator) => indicator.id))].join(","),
        indicators: JSON.stringify(indicators),
    };
    if (inputs.badge) {
        const badgePath = (0,external_node_path_.resolve)(context.workingDirectory, inputs.badge);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(badgePath), { recursive: true });
        await (0,promises_.writeFile)(badgePath, `${JSON.stringify(sloBadge(indicators))}\n`);
        outputs["badge-path"] = badgePath;
    }
    if (breached.length > 0) {
        if (inputs["on-breach"] === "fail")
            throw new SloBreachedError(indicators, outputs);
        for (const indicator of breached)
            context.log.warning(`SLO breached: ${indicator.id} ${indicator.name} ${indicator.value} (target ${indicator.target}); docs/operating.md says what to do`, { title: `SLO ${indicator.id}` });
    }
    return outputs;
}


/***/ })

};
