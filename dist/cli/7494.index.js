export const id = 7494;
export const ids = [7494];
export const modules = {

/***/ 9128:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ COMPARISON_VERSION),
/* harmony export */   dh: () => (/* binding */ COMPARISON_KIND),
/* harmony export */   rm: () => (/* binding */ parseComparisonReport)
/* harmony export */ });
/* unused harmony exports ruleResultSchema, comparedMetricSchema, sliceComparisonSchema, candidateSchema, comparisonReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2311);
/* harmony import */ var _contract_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8689);
/* harmony import */ var _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2033);



const COMPARISON_KIND = "trainyard.comparison";
const COMPARISON_VERSION = 1;
const ruleResultSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    /** e.g. "primary", "threshold.roc_auc", "guardrail.recall", "slice.country=DE.roc_auc", "limit.model_size_mb". */
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["primary", "threshold", "guardrail", "slice", "limit", "validation", "serving"]),
    metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** The observed value the rule judged (a delta's lower bound for the primary rule); null when not measurable. */
    observed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    /** The bound in words, e.g. "≥ 0.8", "lower bound of Δ > 0.002". */
    bound: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["pass", "fail", "skip"]),
    message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
});
const comparedMetricSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** Whether a larger value is better (roc_auc) or worse (log_loss). */
    higherIsBetter: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    challenger: _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIntervalSchema */ .PI,
    champion: _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIntervalSchema */ .PI.optional(),
    /** challenger − champion on the same resampled rows. */
    delta: _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .metricIntervalSchema */ .PI.optional(),
});
const sliceComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    challenger: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    champion: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
    /** How much worse the challenger is (positive = regression), in the metric's own direction. */
    regression: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
});
const candidateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    primaryValue: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    chosen: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
});
const comparisonReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(COMPARISON_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(COMPARISON_VERSION),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    decision: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["promote", "reject"]),
    reasons: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(["binary", "multiclass", "regression"]),
    rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    primaryMetric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    challenger: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        modelSizeBytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        msPer1kRows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    }),
    /** Absent when the model has no champion yet: the absolute thresholds alone decide. */
    champion: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    })
        .optional(),
    note: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(comparedMetricSchema),
    slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(sliceComparisonSchema),
    rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ruleResultSchema),
    candidates: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(candidateSchema),
    validation: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        errors: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
        warnings: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
        snapshotId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        failed: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), severity: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() })),
    })
        .optional(),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ resamples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(), confidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int() }),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    /** The challenger's serving-parity check, as evaluate recorded it. */
    servingParity: _evaluation_report_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluationReportSchema */ .mF.shape.servingParity,
});
function parseComparisonReport(text, file) {
    return (0,_contract_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseContract */ .UA)(comparisonReportSchema, text, file, {
        kind: COMPARISON_KIND,
        version: COMPARISON_VERSION,
    });
}


/***/ }),

/***/ 2448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export COMMENT_BODY_LIMIT */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1927);

/** GitHub refuses comment bodies longer than this many characters. */
const COMMENT_BODY_LIMIT = 65_536;
const MARKER = /^<!-- trainyard:[A-Za-z0-9._:/@+-]+ -->$/;
/**
 * The hidden HTML comment that identifies one sticky comment. The key is reduced to characters that cannot
 * end the HTML comment early (no `--`, no `>`), so a branch or model name is safe to use as a key.
 */
function stickyMarker(key) {
    const safe = key
        .normalize("NFKC")
        .replace(/[^A-Za-z0-9._:/@+-]+/g, "-")
        .replace(/-{2,}/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 100)
        .replace(/-+$/, "");
    if (!safe)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`a sticky comment key needs a letter or digit, got ${JSON.stringify(key)}`);
    return `<!-- trainyard:${safe} -->`;
}
function isNotFound(error) {
    return typeof error === "object" && error !== null && error.status === 404;
}
async function findMarked(octokit, target, marker) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    return comments
        .filter((c) => (c.body ?? "").startsWith(marker))
        .filter((c) => target.author === undefined || c.user?.login === target.author)
        .map((c) => ({ id: c.id, body: c.body ?? "", html_url: c.html_url }))
        .sort((a, b) => a.id - b.id);
}
/**
 * Keeps exactly one comment carrying the marker on an issue or pull request: creates it, updates it in place,
 * or leaves it when the body is the same. All pages of comments are searched. When jobs raced and left more
 * than one, the earliest is kept (with this call's body) and the later ones are deleted.
 */
async function upsertStickyComment(octokit, target) {
    const marker = MARKER.test(target.marker) ? target.marker : stickyMarker(target.marker);
    const body = target.body.startsWith(marker) ? target.body : `${marker}\n${target.body}`;
    if (body.length > COMMENT_BODY_LIMIT) {
        throw new RangeError(`the comment body has ${body.length} characters; GitHub accepts at most ${COMMENT_BODY_LIMIT}`);
    }
    const ref = { owner: target.owner, repo: target.repo };
    // A second attempt covers the kept comment vanishing between the search and the update.
    for (let attempt = 1;; attempt++) {
        let matches = await findMarked(octokit, target, marker);
        let createdId;
        if (matches.length === 0) {
            const { data: created } = await octokit.rest.issues.createComment({
                ...ref,
                issue_number: target.issueNumber,
                body,
            });
            createdId = created.id;
            // Another job may have created its own copy between our search and our create: look again.
            matches = await findMarked(octokit, target, marker);
            if (!matches.some((c) => c.id === created.id)) {
                matches = [...matches, { id: created.id, body, html_url: created.html_url }].sort((a, b) => a.id - b.id);
            }
        }
        const [kept, ...duplicates] = matches;
        let action = kept.id === createdId ? "created" : "unchanged";
        let url = kept.html_url;
        if (kept.body !== body) {
            try {
                const { data: updated } = await octokit.rest.issues.updateComment({
                    ...ref,
                    comment_id: kept.id,
                    body,
                });
                url = updated.html_url;
                action = "updated";
            }
            catch (error) {
                if (isNotFound(error) && attempt < 2)
                    continue;
                throw error;
            }
        }
        const removedDuplicates = [];
        for (const duplicate of duplicates) {
            try {
                await octokit.rest.issues.deleteComment({ ...ref, comment_id: duplicate.id });
            }
            catch (error) {
                // The other job deletes the same duplicate; whoever comes second finds it gone.
                if (!isNotFound(error))
                    throw error;
            }
            removedDuplicates.push(duplicate.id);
        }
        return { action, commentId: kept.id, url, removedDuplicates };
    }
}


/***/ }),

/***/ 2649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ xyLineChart),
/* harmony export */   p: () => (/* binding */ xyBarChart)
/* harmony export */ });
/* unused harmony exports mermaidLabel, mermaidNumber */
/**
 * Mermaid charts for pull-request comments and job summaries: GitHub renders a ```mermaid fence itself,
 * so no image needs hosting. Mermaid text is not Markdown and needs its own escaping (see `mermaidLabel`).
 */
// Characters with a meaning to Mermaid's lexer or its text handling, mapped to look-alikes: `"` ends a
// string, `[`/`]` and `,` delimit axis bands outside strings, `%%` starts comments and directives, `#…;`
// is an entity, `` ` `` opens a Markdown string, `<>&` reach the SVG, `;` ends a statement.
const LOOK_ALIKES = {
    '"': "'",
    "`": "ʼ",
    "[": "［",
    "]": "］",
    "{": "｛",
    "}": "｝",
    "<": "‹",
    ">": "›",
    "&": "＆",
    "#": "＃",
    "%": "％",
    ";": "；",
    "\\": "∖",
};
/**
 * A label that is safe inside a Mermaid double-quoted string: no quote, bracket, newline or other
 * character Mermaid reads (replaced by a look-alike), one line, at most `maxLength` characters.
 */
function mermaidLabel(text, maxLength = 32) {
    const clean = Array.from(text
        .replace(/[\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]/gu, " ")
        .replace(/["`[\]{}<>&#%;\\]/g, (char) => LOOK_ALIKES[char] ?? " ")
        .replace(/\s+/g, " ")
        .trim());
    if (clean.length === 0)
        return "(empty)";
    return clean.length > maxLength ? `${clean.slice(0, maxLength - 1).join("")}…` : clean.join("");
}
/**
 * A number as Mermaid's data grammar reads it: digits with an optional sign and decimals, never an
 * exponent (`1e-7` would not parse).
 */
function mermaidNumber(value) {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e15)
        throw new RangeError(`cannot chart ${value}`);
    const fixed = value
        .toFixed(6)
        .replace(/(\.\d*?)0+$/, "$1")
        .replace(/\.$/, "");
    return fixed === "-0" ? "0" : fixed;
}
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((label) => {
        const count = (seen.get(label) ?? 0) + 1;
        seen.set(label, count);
        return count === 1 ? label : `${label} (${count})`;
    });
}
/** The y range: from 0 (or below, for negative values) with 5% headroom; 0 to 1 for values within it. */
function yRange(values) {
    const min = Math.min(0, ...values);
    const max = Math.max(0, ...values);
    if (min >= 0 && max <= 1)
        return [0, 1];
    const pad = (max - min) * 0.05 || 1;
    return [min < 0 ? min - pad : 0, max > 0 ? max + pad : 0];
}
/** A vertical `xychart-beta` bar chart, as a fenced ```mermaid block. */
function xyBarChart(chart) {
    const values = [...chart.bars, ...(chart.line ?? [])];
    const [low, high] = yRange(values);
    const quoted = (text) => `"${text}"`;
    const labels = uniqueLabels(chart.labels.map((label) => mermaidLabel(label)));
    const lines = [
        "```mermaid",
        "xychart-beta",
        `  title ${quoted(mermaidLabel(chart.title, 80))}`,
        `  x-axis [${labels.map(quoted).join(", ")}]`,
        `  y-axis ${quoted(mermaidLabel(chart.yLabel))} ${mermaidNumber(low)} --> ${mermaidNumber(high)}`,
        `  bar [${chart.bars.map(mermaidNumber).join(", ")}]`,
    ];
    if (chart.line)
        lines.push(`  line [${chart.line.map(mermaidNumber).join(", ")}]`);
    lines.push("```");
    return lines.join("\n");
}
/**
 * A `xychart-beta` line chart, as a fenced ```mermaid block; xychart draws no gaps, so a point without a
 * value repeats the one before it (or the first value there is).
 */
function xyLineChart(chart) {
    const filled = chart.lines.map((line) => {
        const first = line.find((value) => Number.isFinite(value)) ?? 0;
        let previous = first;
        return line.map((value) => {
            if (Number.isFinite(value))
                previous = value;
            return previous;
        });
    });
    const [low, high] = yRange(filled.flat());
    const quoted = (text) => `"${text}"`;
    const labels = uniqueLabels(chart.labels.map((label) => mermaidLabel(label)));
    return [
        "```mermaid",
        "xychart-beta",
        `  title ${quoted(mermaidLabel(chart.title, 80))}`,
        `  x-axis [${labels.map(quoted).join(", ")}]`,
        `  y-axis ${quoted(mermaidLabel(chart.yLabel))} ${mermaidNumber(low)} --> ${mermaidNumber(high)}`,
        ...filled.map((line) => `  line [${line.map(mermaidNumber).join(", ")}]`),
        "```",
    ].join("\n");
}


/***/ }),

/***/ 7494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ChallengerRejectedError: () => (/* binding */ ChallengerRejectedError),
  bestCandidate: () => (/* binding */ bestCandidate),
  compareStep: () => (/* binding */ compareStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/comparison-report.js
var comparison_report = __webpack_require__(9128);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/contract-file.js
var contract_file = __webpack_require__(8689);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/evaluation-report.js
var evaluation_report = __webpack_require__(2033);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/validation-report.js
var validation_report = __webpack_require__(6230);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
// EXTERNAL MODULE: ./.cache/build/lib/github/sticky-comment.js
var sticky_comment = __webpack_require__(2448);
// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(2845);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-names.js
var metric_names = __webpack_require__(9050);
// EXTERNAL MODULE: ./.cache/build/lib/config/trainyard-config.js
var trainyard_config = __webpack_require__(5543);
// EXTERNAL MODULE: ./.cache/build/lib/policy/format-number.js
var format_number = __webpack_require__(2029);
;// CONCATENATED MODULE: ./.cache/build/lib/policy/rule-common.js



/**
 * `value ≤ bound` up to floating-point rounding, so that a regression of 0.72 − 0.70 = 0.020000000000000018
 * meets `max_regression: 0.02` as the person who wrote it meant.
 */
function atMost(value, bound) {
    return value <= bound + 1e-12 * Math.max(1, Math.abs(bound));
}
/** How much worse `value` is than `reference` in the metric's good direction (positive = worse). */
function regressionOf(metric, value, reference) {
    return (0,metric_names/* higherIsBetter */.i2)(metric) ? reference - value : value - reference;
}
function taskMetrics(task) {
    return trainyard_config/* METRICS_BY_TASK */.GT[task];
}
function isTaskMetric(metric, task) {
    return taskMetrics(task).includes(metric);
}
function notOfTask(base, task) {
    return {
        ...base,
        observed: null,
        verdict: "fail",
        message: `${base.metric} is not a ${task} metric; ${task} metrics are ${taskMetrics(task).join(", ")}`,
    };
}
function finiteOrNull(value) {
    return value !== undefined && Number.isFinite(value) ? value : null;
}
function directionPhrase(metric) {
    return (0,metric_names/* higherIsBetter */.i2)(metric) ? "higher is better" : "lower is better";
}
/** "NaN" in messages, where the reader must see that the value exists but is not a number. */
function messageNumber(value) {
    return Number.isNaN(value) ? "NaN" : (0,format_number/* formatNumber */.ZV)(value);
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/comparison-rows.js


function toRecord(interval) {
    return {
        value: finiteOrNull(interval.value),
        low: finiteOrNull(interval.low),
        high: finiteOrNull(interval.high),
        resamples: interval.resamples,
    };
}
const NOT_COMPUTED = { value: null, low: null, high: null, resamples: 0 };
function compareMetrics(input) {
    return taskMetrics(input.task).map((metric) => {
        const challenger = input.challenger[metric];
        const champion = input.champion?.[metric];
        const delta = input.deltas?.[metric];
        return {
            metric,
            higherIsBetter: (0,metric_names/* higherIsBetter */.i2)(metric),
            challenger: challenger ? toRecord(challenger) : { ...NOT_COMPUTED },
            ...(champion ? { champion: toRecord(champion) } : {}),
            ...(delta ? { delta: toRecord(delta) } : {}),
        };
    });
}
/** Every slice on the primary metric, worst first: largest regression, or without a champion the worst value. */
function compareSlices(input, metric) {
    const compared = input.slices.map((slice) => {
        const challenger = finiteOrNull(slice.challenger[metric]);
        if (!input.champion || !slice.champion)
            return { column: slice.column, value: slice.value, rows: slice.rows, metric, challenger };
        const champion = finiteOrNull(slice.champion[metric]);
        const regression = challenger !== null && champion !== null ? regressionOf(metric, challenger, champion) : null;
        return {
            column: slice.column,
            value: slice.value,
            rows: slice.rows,
            metric,
            challenger,
            champion,
            regression,
        };
    });
    // Sort key "badness": regression, or the value turned so that larger is worse.
    const badness = (slice) => {
        if (slice.regression !== undefined)
            return slice.regression;
        if (slice.challenger === null)
            return null;
        return (0,metric_names/* higherIsBetter */.i2)(metric) ? -slice.challenger : slice.challenger;
    };
    return compared
        .map((slice) => ({ slice, key: badness(slice) }))
        .sort((a, b) => {
        if (a.key !== b.key) {
            if (a.key === null)
                return 1;
            if (b.key === null)
                return -1;
            return b.key - a.key;
        }
        return compareText(a.slice.column, b.slice.column) || compareText(a.slice.value, b.slice.value);
    })
        .map(({ slice }) => slice);
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/guardrail-rules.js


function guardrailRules({ input }, guardrails) {
    return Object.entries(guardrails ?? {}).flatMap(([metric, guardrail]) => guardrail ? [guardrailRule(input, metric, guardrail.max_regression)] : []);
}
function guardrailRule(input, metric, maxRegression) {
    const base = {
        id: `guardrail.${metric}`,
        kind: "guardrail",
        metric,
        bound: `regression ≤ ${(0,format_number/* formatSetting */.w_)(maxRegression)}`,
    };
    if (!isTaskMetric(metric, input.task))
        return notOfTask(base, input.task);
    if (!input.champion) {
        return {
            ...base,
            observed: null,
            verdict: "skip",
            message: `no champion yet: no ${metric} to regress from`,
        };
    }
    const challenger = input.challenger[metric]?.value ?? Number.NaN;
    const champion = input.champion[metric]?.value ?? Number.NaN;
    const change = `${messageNumber(champion)} → ${messageNumber(challenger)}`;
    if (Number.isNaN(challenger) || Number.isNaN(champion)) {
        return {
            ...base,
            observed: null,
            verdict: "fail",
            message: `${metric} is not a number (${change}), so its regression cannot be measured`,
        };
    }
    const regression = regressionOf(metric, challenger, champion);
    const passed = atMost(regression, maxRegression);
    return {
        ...base,
        observed: regression,
        verdict: passed ? "pass" : "fail",
        message: passed
            ? `${metric} ${change}: regression ${(0,format_number/* formatNumber */.ZV)(regression)} within max_regression ${(0,format_number/* formatSetting */.w_)(maxRegression)}`
            : `${metric} regressed by ${(0,format_number/* formatNumber */.ZV)(regression)} (${change}, ${directionPhrase(metric)}), more than max_regression ${(0,format_number/* formatSetting */.w_)(maxRegression)}`,
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/limit-rules.js


const BYTES_PER_MB = 1_000_000;
function limitRules(input, limits) {
    const rules = [];
    if (limits?.model_size_mb !== undefined) {
        const megabytes = input.modelSizeBytes / BYTES_PER_MB;
        rules.push(limitRule("limit.model_size_mb", megabytes, limits.model_size_mb, `model size ${(0,format_number/* formatMeasure */.os)(megabytes)} MB (${(0,format_number/* formatCount */.B4)(input.modelSizeBytes)} bytes, 1 MB = 1,000,000 bytes)`, "MB"));
    }
    if (limits?.predict_ms_per_1k_rows !== undefined) {
        rules.push(limitRule("limit.predict_ms_per_1k_rows", input.msPer1kRows, limits.predict_ms_per_1k_rows, `prediction time ${(0,format_number/* formatMeasure */.os)(input.msPer1kRows)} ms per 1,000 rows`, "ms per 1,000 rows"));
    }
    return rules;
}
function limitRule(id, observed, limit, what, unit) {
    const bound = `≤ ${(0,format_number/* formatSetting */.w_)(limit)} ${unit}`;
    const base = { id, kind: "limit", bound };
    if (!Number.isFinite(observed)) {
        return {
            ...base,
            observed: null,
            verdict: "fail",
            message: `${what}: not measured, so it cannot meet ${bound}`,
        };
    }
    const passed = atMost(observed, limit);
    return {
        ...base,
        observed,
        verdict: passed ? "pass" : "fail",
        message: passed
            ? `${what} within the limit ${(0,format_number/* formatSetting */.w_)(limit)} ${unit}`
            : `${what} is over the limit ${(0,format_number/* formatSetting */.w_)(limit)} ${unit}`,
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/primary-rule.js



function primaryBound({ metric, minDelta }) {
    return (0,metric_names/* higherIsBetter */.i2)(metric)
        ? `lower bound of Δ > ${(0,format_number/* formatSetting */.w_)(minDelta)}`
        : `upper bound of Δ < ${(0,format_number/* formatSetting */.w_)(-minDelta)}`;
}
function primaryRule({ input, primary }) {
    const { metric, minDelta, confidence } = primary;
    const base = { id: "primary", kind: "primary", metric, bound: primaryBound(primary) };
    if (!isTaskMetric(metric, input.task))
        return notOfTask(base, input.task);
    if (!input.champion) {
        return {
            ...base,
            observed: null,
            verdict: "skip",
            message: `no champion yet: nothing to improve on, so the thresholds alone decide`,
        };
    }
    const delta = input.deltas?.[metric];
    if (!delta) {
        return {
            ...base,
            observed: null,
            verdict: "fail",
            message: `no paired Δ of ${metric} between challenger and champion was measured`,
        };
    }
    const higher = (0,metric_names/* higherIsBetter */.i2)(metric);
    // The improvement in the good direction and its interval: Δ itself, or −Δ for a loss.
    const gain = higher
        ? { value: delta.value, low: delta.low, high: delta.high }
        : { value: -delta.value, low: -delta.high, high: -delta.low };
    const judged = higher ? delta.low : delta.high;
    const level = (0,format_number/* formatPercent */.l9)(confidence);
    const shown = (0,format_number/* formatInterval */.vy)(gain.value, gain.low, gain.high);
    const verb = higher ? "rose" : "fell";
    if (Number.isNaN(gain.low) || Number.isNaN(gain.value)) {
        return {
            ...base,
            observed: null,
            verdict: "fail",
            message: `the interval of Δ ${metric} is not a number (${messageNumber(delta.value)} [${messageNumber(delta.low)}, ${messageNumber(delta.high)}]), so no improvement can be shown`,
        };
    }
    if (gain.low > minDelta) {
        return {
            ...base,
            observed: judged,
            verdict: "pass",
            message: `${metric} ${verb} by ${shown} (${level} interval), more than min_delta ${(0,format_number/* formatSetting */.w_)(minDelta)} with ${level} confidence`,
        };
    }
    return {
        ...base,
        observed: finiteOrNull(judged),
        verdict: "fail",
        message: `${metric} did not improve by more than min_delta ${(0,format_number/* formatSetting */.w_)(minDelta)} with ${level} confidence: improvement ${shown} (${directionPhrase(metric)})`,
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/slice-rules.js


const DEFAULT_SLICE_MIN_ROWS = 200;
const MAX_LISTED_SLICES = 5;
function sliceName(slice) {
    return `${slice.column}=${slice.value}`;
}
function sliceRules({ input, primary }, config) {
    const metric = primary.metric;
    if (!isTaskMetric(metric, input.task)) {
        return [notOfTask({ id: `slice.${metric}`, kind: "slice", metric, bound: "primary metric" }, input.task)];
    }
    return config.columns.flatMap((column) => columnSliceRules(input, metric, column, config));
}
function columnSliceRules(input, metric, column, config) {
    const minRows = config.min_rows ?? DEFAULT_SLICE_MIN_ROWS;
    const maxRegression = config.max_regression;
    const bound = `regression ≤ ${(0,format_number/* formatSetting */.w_)(maxRegression)} on slices of ≥ ${(0,format_number/* formatCount */.B4)(minRows)} rows`;
    const columnBase = { id: `slice.${column}.${metric}`, kind: "slice", metric, bound };
    const slices = input.slices.filter((slice) => slice.column === column);
    if (slices.length === 0) {
        return [
            {
                ...columnBase,
                observed: null,
                verdict: "fail",
                message: `no slices of column ${column} were evaluated; add ${column} to evaluate.slices`,
            },
        ];
    }
    if (!input.champion) {
        return [
            {
                ...columnBase,
                observed: null,
                verdict: "skip",
                message: `no champion yet: the slices of ${column} have nothing to regress from`,
            },
        ];
    }
    const rules = [];
    const underMinRows = slices.filter((slice) => slice.rows < minRows);
    const judged = [];
    const unmeasured = [];
    for (const slice of slices.filter((slice) => slice.rows >= minRows)) {
        const challenger = slice.challenger[metric] ?? Number.NaN;
        const champion = slice.champion?.[metric] ?? Number.NaN;
        if (Number.isNaN(challenger) && !Number.isNaN(champion)) {
            rules.push({
                id: `slice.${sliceName(slice)}.${metric}`,
                kind: "slice",
                metric,
                bound,
                observed: null,
                verdict: "fail",
                message: `slice ${sliceName(slice)} (${(0,format_number/* formatCount */.B4)(slice.rows)} rows): ${metric} is NaN for the challenger but ${(0,format_number/* formatNumber */.ZV)(champion)} for the champion`,
            });
        }
        else if (Number.isNaN(challenger) || Number.isNaN(champion))
            unmeasured.push(slice);
        else
            judged.push({ slice, challenger, champion, regression: regressionOf(metric, challenger, champion) });
    }
    judged.sort((a, b) => b.regression - a.regression || compareText(a.slice.value, b.slice.value));
    const failing = judged.filter((entry) => !atMost(entry.regression, maxRegression));
    const passing = judged.filter((entry) => atMost(entry.regression, maxRegression));
    for (const entry of failing)
        rules.push(failingSliceRule(entry, metric, bound, maxRegression));
    const worstPassing = passing[0];
    if (worstPassing)
        rules.push(passingSlicesRule(worstPassing, passing.length, metric, bound, maxRegression));
    if (underMinRows.length > 0)
        rules.push(underMinRowsRule(underMinRows, column, metric, bound, minRows));
    if (unmeasured.length > 0) {
        rules.push({
            id: `slice.${column}.unmeasured`,
            kind: "slice",
            metric,
            bound,
            observed: null,
            verdict: "skip",
            message: `${metric} is not a number on ${listSlices(unmeasured)} for ${unmeasured.length === 1 ? "it" : "them"} (e.g. one class only), so ${unmeasured.length === 1 ? "it was" : "they were"} not judged`,
        });
    }
    return rules;
}
function sliceChange(entry) {
    return `${(0,format_number/* formatNumber */.ZV)(entry.champion)} → ${(0,format_number/* formatNumber */.ZV)(entry.challenger)}`;
}
function failingSliceRule(entry, metric, bound, maxRegression) {
    const { slice, regression } = entry;
    return {
        id: `slice.${sliceName(slice)}.${metric}`,
        kind: "slice",
        metric,
        bound,
        observed: regression,
        verdict: "fail",
        message: `slice ${sliceName(slice)} (${(0,format_number/* formatCount */.B4)(slice.rows)} rows): ${metric} regressed by ${(0,format_number/* formatNumber */.ZV)(regression)} (${sliceChange(entry)}), more than max_regression ${(0,format_number/* formatSetting */.w_)(maxRegression)}`,
    };
}
function passingSlicesRule(worst, count, metric, bound, maxRegression) {
    const { slice, regression } = worst;
    const which = count === 1
        ? `the slice ${sliceName(slice)}`
        : `${count} slices of ${slice.column}; the worst, ${sliceName(slice)}`;
    return {
        id: `slice.${sliceName(slice)}.${metric}`,
        kind: "slice",
        metric,
        bound,
        observed: regression,
        verdict: "pass",
        message: `${metric} within max_regression ${(0,format_number/* formatSetting */.w_)(maxRegression)} on ${which} (${(0,format_number/* formatCount */.B4)(slice.rows)} rows), regression ${(0,format_number/* formatNumber */.ZV)(regression)} (${sliceChange(worst)})`,
    };
}
function underMinRowsRule(underMinRows, column, metric, bound, minRows) {
    const count = underMinRows.length === 1 ? "1 slice" : `${underMinRows.length} slices`;
    return {
        id: `slice.${column}.under_min_rows`,
        kind: "slice",
        metric,
        bound,
        observed: null,
        verdict: "skip",
        message: `${count} of ${column} under min_rows ${(0,format_number/* formatCount */.B4)(minRows)} not judged: ${listSlices(underMinRows)}`,
    };
}
function listSlices(slices) {
    const listed = slices
        .slice(0, MAX_LISTED_SLICES)
        .map((slice) => `${slice.value} (${(0,format_number/* formatCount */.B4)(slice.rows)} rows)`)
        .join(", ");
    const more = slices.length - MAX_LISTED_SLICES;
    return more > 0 ? `${listed} and ${more} more` : listed;
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/threshold-rules.js


function rangeBound(range) {
    const parts = [];
    if (range.min !== undefined)
        parts.push(`≥ ${(0,format_number/* formatSetting */.w_)(range.min)}`);
    if (range.max !== undefined)
        parts.push(`≤ ${(0,format_number/* formatSetting */.w_)(range.max)}`);
    return parts.join(" and ") || "no bound";
}
function thresholdRules({ input }, thresholds) {
    return Object.entries(thresholds ?? {}).flatMap(([metric, range]) => range ? [thresholdRule(input, metric, range)] : []);
}
function thresholdRule(input, metric, range) {
    const base = { id: `threshold.${metric}`, kind: "threshold", metric, bound: rangeBound(range) };
    if (!isTaskMetric(metric, input.task))
        return notOfTask(base, input.task);
    const value = input.challenger[metric]?.value;
    if (value === undefined) {
        return { ...base, observed: null, verdict: "fail", message: `the challenger has no ${metric} value` };
    }
    if (Number.isNaN(value)) {
        return {
            ...base,
            observed: null,
            verdict: "fail",
            message: `${metric} is not a number (NaN) on the test rows, so it cannot meet ${base.bound}`,
        };
    }
    if (range.min === undefined && range.max === undefined) {
        return { ...base, observed: value, verdict: "skip", message: `${metric}: no min or max set` };
    }
    const shown = (0,format_number/* formatNumber */.ZV)(value);
    if (range.min !== undefined && !atMost(range.min, value)) {
        return {
            ...base,
            observed: value,
            verdict: "fail",
            message: `${metric} ${shown} is below the minimum ${(0,format_number/* formatSetting */.w_)(range.min)}`,
        };
    }
    if (range.max !== undefined && !atMost(value, range.max)) {
        return {
            ...base,
            observed: value,
            verdict: "fail",
            message: `${metric} ${shown} is above the maximum ${(0,format_number/* formatSetting */.w_)(range.max)}`,
        };
    }
    return { ...base, observed: value, verdict: "pass", message: `${metric} ${shown} meets ${base.bound}` };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/validation-rule.js
function validationRule(validation, required) {
    const base = { id: "validation", kind: "validation", bound: required ? "passed" : "not required" };
    if (!validation) {
        return required
            ? {
                ...base,
                observed: null,
                verdict: "fail",
                message: "no data validation report: pass the validate-data report to champion-challenger, or set gate.require_validation: false",
            }
            : {
                ...base,
                observed: null,
                verdict: "skip",
                message: "data validation not required (require_validation: false)",
            };
    }
    const counts = `${validation.errors} error(s), ${validation.warnings} warning(s)`;
    if (validation.passed) {
        return {
            ...base,
            observed: validation.errors,
            verdict: "pass",
            message: `data validation of snapshot ${validation.snapshotId} passed: ${counts}`,
        };
    }
    const failed = validation.failed
        .filter((check) => check.severity === "error")
        .slice(0, 3)
        .map((check) => check.id);
    const examples = failed.length > 0 ? ` (${failed.join(", ")}${validation.errors > failed.length ? ", …" : ""})` : "";
    return {
        ...base,
        observed: validation.errors,
        verdict: required ? "fail" : "skip",
        message: `data validation of snapshot ${validation.snapshotId} failed: ${counts}${examples}${required ? "" : "; not required (require_validation: false)"}`,
    };
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/gate-policy.js









const DEFAULT_CONFIDENCE = 0.95;
function evaluateGate(gate, input) {
    const primary = {
        metric: gate?.primary?.metric ?? input.defaultPrimaryMetric,
        minDelta: gate?.primary?.min_delta ?? 0,
        confidence: gate?.primary?.confidence ?? DEFAULT_CONFIDENCE,
    };
    const judging = { input, primary };
    const rules = [
        primaryRule(judging),
        ...thresholdRules(judging, gate?.thresholds),
        ...guardrailRules(judging, gate?.guardrails),
        ...(gate?.slices ? sliceRules(judging, gate.slices) : []),
        ...limitRules(input, gate?.limits),
        validationRule(input.validation, gate?.require_validation ?? true),
    ].map((rule) => ({ ...rule, observed: finiteOrNull(rule.observed ?? undefined) }));
    const decision = rules.some((rule) => rule.verdict === "fail") ? "reject" : "promote";
    const note = gateNote(gate, input, primary.metric);
    return {
        decision,
        reasons: decision === "reject" ? failingMessages(rules) : promoteReasons(rules, input),
        rules,
        metrics: compareMetrics(input),
        slices: compareSlices(input, primary.metric),
        ...(note ? { note } : {}),
    };
}
function failingMessages(rules) {
    return rules.filter((rule) => rule.verdict === "fail").map((rule) => rule.message);
}
function promoteReasons(rules, input) {
    const primary = rules.find((rule) => rule.kind === "primary" && rule.verdict === "pass");
    if (input.champion && primary)
        return [primary.message];
    const thresholds = rules.filter((rule) => rule.kind === "threshold" && rule.verdict === "pass");
    if (thresholds.length === 0)
        return ["first model (no champion yet): no thresholds are set, so nothing blocks it"];
    const met = thresholds
        .map((rule) => `${rule.metric} ${(0,format_number/* formatNumber */.ZV)(rule.observed)} ${rule.bound}`)
        .join(", ");
    return [`first model (no champion yet): all thresholds met: ${met}`];
}
function gateNote(gate, input, primaryMetric) {
    const notes = [];
    if (!gate) {
        notes.push(`no gate: section in trainyard.yml, so the defaults apply: ${primaryMetric} must improve on the champion (min_delta 0) and the data validation must pass`);
    }
    if (!input.champion)
        notes.push("no champion yet: the thresholds alone decide");
    return notes.length > 0 ? notes.join("; ") : undefined;
}

;// CONCATENATED MODULE: ./.cache/build/lib/policy/serving-parity-rule.js

/**
 * The serving-parity rule: the packaged model, loaded as a server loads it, must give the labels evaluate
 * measured and scores within max_abs_diff. A skipped check (no Python with mlflow, or turned off) is a skip
 * with its reason; an evaluation from before the check is a skip too.
 */
function servingParityRule(parity) {
    const base = { id: "serving.parity", kind: "serving" };
    if (!parity)
        return {
            ...base,
            observed: null,
            bound: "—",
            verdict: "skip",
            message: "serving parity: the evaluation has no serving-parity check",
        };
    const bound = `same labels, |Δ score| ≤ ${parity.maxAllowed}`;
    if (parity.status === "skip")
        return {
            ...base,
            observed: null,
            bound,
            verdict: "skip",
            message: `serving parity skipped: ${parity.reason ?? ""}`,
        };
    if (parity.status === "pass")
        return {
            ...base,
            observed: parity.maxAbsDiff ?? 0,
            bound,
            verdict: "pass",
            message: `serving parity: the packaged model predicts all ${parity.rows ?? 0} test rows as evaluate measured (max |Δ| ${(0,format_number/* formatNumber */.ZV)(parity.maxAbsDiff ?? 0)})`,
        };
    const first = parity.firstDiffering?.[0];
    return {
        ...base,
        observed: parity.maxAbsDiff ?? null,
        bound,
        verdict: "fail",
        message: parity.mismatchedRows && !parity.reason
            ? `serving parity: the packaged model differs from evaluate's predictions on ${parity.mismatchedRows} of ${parity.rows} test rows${first ? ` (first: row ${first.row}, ${first.column} ${first.evaluated} evaluated vs ${first.served} served)` : ""}`
            : `serving parity: ${parity.reason ?? "failed"}`,
    };
}
/**
 * The gate's result with the serving-parity rule added: a failing check rejects the challenger, its message
 * first among the reasons.
 */
function withServingParity(result, parity) {
    const rule = servingParityRule(parity);
    const rules = [...result.rules, rule];
    if (rule.verdict !== "fail")
        return { ...result, rules };
    return {
        ...result,
        rules,
        decision: "reject",
        reasons: result.decision === "reject" ? [...result.reasons, rule.message] : [rule.message],
    };
}

// EXTERNAL MODULE: ./.cache/build/lib/report/markdown.js
var markdown = __webpack_require__(5721);
// EXTERNAL MODULE: ./.cache/build/lib/report/mermaid.js
var mermaid = __webpack_require__(2649);
;// CONCATENATED MODULE: ./.cache/build/lib/report/comparison-markdown.js




const GITHUB_COMMENT_LIMIT = 65_536;
const VERDICT_ICON = { pass: "✅", fail: "❌", skip: "⏭️" };
const VISIBLE_REASONS = 10;
const VISIBLE_RULES = 10;
const VISIBLE_SLICES = 10;
const VISIBLE_CHECKS = 5;
const CHART_SLICES = 20;
const CUT_NOTE = "✂️ Parts of this report were left out to stay under GitHub's 65,536-character limit for a comment; the full report is the comparison JSON file.";
const ORDER = [
    "heading",
    "reasons",
    "metrics",
    "rules",
    "slices",
    "chart",
    "validation",
    "candidates",
    "lineage",
];
/**
 * What gives way first when the comment is too long, and down to how many items. First the reasons beyond
 * the first few (every failing reason is also a row of the rules table), the slices beyond the worst few,
 * the candidates, the rules and failed checks beyond the first few; then the chart and everything that
 * can go at all. The heading, metric table and lineage always stay.
 */
const CUTS = [
    ["reasons", VISIBLE_REASONS],
    ["slices", VISIBLE_SLICES],
    ["candidates", 3],
    ["rules", VISIBLE_RULES],
    ["validation", VISIBLE_CHECKS],
    ["chart", 0],
    ["candidates", 1],
    ["validation", 0],
    ["rules", 0],
    ["slices", 0],
    ["reasons", 1],
    ["candidates", 0],
];
/**
 * The comparison as the sticky pull-request comment and the job summary: the decision, metrics with
 * paired deltas, the gate's rules, slices (worst first, with a Mermaid chart), data validation, other
 * candidates and lineage, under `maxLength` characters.
 */
function renderComparisonMarkdown(report, options = {}) {
    const sections = buildSections(report, options);
    return fitUnderLimit(sections, options.maxLength ?? GITHUB_COMMENT_LIMIT, options.marker ?? "");
}
function buildSections(report, options) {
    const fixed = (text) => ({ items: 0, render: () => text });
    const title = heading(report, options.title ?? "trainyard");
    return {
        heading: fixed(options.marker ? `${options.marker}\n${title}` : title),
        reasons: reasonsSection(report),
        metrics: fixed(metricsTable(report)),
        rules: rulesSection(report),
        slices: slicesSection(report),
        chart: chartSection(report),
        validation: validationSection(report),
        candidates: candidatesSection(report),
        lineage: fixed(lineage(report)),
    };
}
// --- fitting under the limit ---------------------------------------------------------------------------
function join(parts) {
    return `${parts.filter((part) => part !== "").join("\n\n")}\n`;
}
function fitUnderLimit(sections, maxLength, marker) {
    const shown = new Map(ORDER.map((name) => [name, sections[name].items]));
    const rendered = new Map(ORDER.map((name) => [name, sections[name].render(sections[name].items)]));
    const document = () => ORDER.map((name) => rendered.get(name) ?? "");
    const full = join(document());
    if (full.length <= maxLength)
        return full;
    const budget = maxLength - CUT_NOTE.length - 2;
    const length = () => join(document()).length;
    for (const [name, floor] of CUTS) {
        if (length() <= budget)
            break;
        const current = shown.get(name) ?? 0;
        if (current <= floor)
            continue;
        const section = sections[name];
        const others = length() - (rendered.get(name) ?? "").length;
        // The most items that fit: binary search over [floor, current).
        let low = floor;
        let high = current - 1;
        let best = floor;
        while (low <= high) {
            const middle = Math.floor((low + high) / 2);
            if (others + section.render(middle).length <= budget) {
                best = middle;
                low = middle + 1;
            }
            else
                high = middle - 1;
        }
        shown.set(name, best);
        rendered.set(name, section.render(best));
    }
    const fallbacks = [
        [...document(), CUT_NOTE],
        [rendered.get("heading") ?? "", rendered.get("reasons") ?? "", CUT_NOTE],
        [rendered.get("heading") ?? "", CUT_NOTE],
    ];
    for (const parts of fallbacks) {
        const text = join(parts);
        if (text.length <= maxLength)
            return text;
    }
    // A limit too small for the heading: the marker, so the sticky comment is still found, and the note.
    return join([marker, CUT_NOTE]).slice(0, maxLength);
}
function leftOut(count, what) {
    return count > 0 ? `\n\n_${(0,format_number/* formatCount */.B4)(count)} more ${what} left out to keep this comment short._` : "";
}
// --- heading and reasons -------------------------------------------------------------------------------
function challengerLabel(report) {
    const chosen = report.candidates.find((candidate) => candidate.chosen)?.label;
    const label = chosen ?? report.challenger.runId ?? report.challenger.commit?.slice(0, 12) ?? "the new model";
    return (0,markdown/* code */.aY)(label);
}
function heading(report, title) {
    const decision = report.decision === "promote" ? "✅" : "❌";
    const champion = report.champion ? `champion version ${(0,markdown/* code */.aY)(report.champion.version)}` : "no champion yet";
    return `### ${decision} ${(0,markdown/* escapeMarkdown */.FV)(title)}: ${(0,markdown/* code */.aY)(report.model)} challenger ${challengerLabel(report)} vs ${champion}: **${report.decision}**`;
}
function reasonsSection(report) {
    const note = report.note ? `\n\n_${(0,markdown/* escapeMarkdown */.FV)(report.note)}_` : "";
    const bullet = (reason) => `- ${(0,markdown/* escapeMarkdown */.FV)(reason)}`;
    return {
        items: report.reasons.length,
        render(shown) {
            const reasons = report.reasons.slice(0, shown);
            const visible = reasons.slice(0, VISIBLE_REASONS).map(bullet).join("\n");
            const folded = reasons.slice(VISIBLE_REASONS);
            const more = folded.length > 0
                ? `\n\n${(0,markdown/* details */.zH)(`${(0,format_number/* formatCount */.B4)(folded.length)} more reasons`, folded.map(bullet).join("\n"))}`
                : "";
            return `${visible}${more}${leftOut(report.reasons.length - shown, "reasons")}${note}`.trim();
        },
    };
}
// --- metrics and rules ---------------------------------------------------------------------------------
function metricName(metric, primary) {
    const arrow = (0,metric_names/* higherIsBetter */.i2)(metric) ? "↑" : "↓";
    return primary ? `**${(0,markdown/* escapeMarkdown */.FV)(metric)}** ${arrow} (primary)` : `${(0,markdown/* escapeMarkdown */.FV)(metric)} ${arrow}`;
}
function metricRules(report, metric) {
    return report.rules.filter((rule) => rule.metric === metric &&
        (rule.kind === "primary" || rule.kind === "threshold" || rule.kind === "guardrail"));
}
function metricsTable(report) {
    const withChampion = report.champion !== undefined;
    const level = (0,format_number/* formatPercent */.l9)(report.bootstrap.confidence);
    const shown = report.metrics.filter((metric) => isMeasured(metric) || metricRules(report, metric.metric).length > 0);
    const ordered = [
        ...shown.filter((metric) => metric.metric === report.primaryMetric),
        ...shown.filter((metric) => metric.metric !== report.primaryMetric),
    ];
    const rows = ordered.map((metric) => {
        const rules = metricRules(report, metric.metric);
        const ruleText = (0,markdown/* cell */.Hn)(rules.map((rule) => `${rule.kind}: ${rule.bound}`).join("; "), 200);
        const verdicts = rules.map((rule) => VERDICT_ICON[rule.verdict]).join(" ");
        const { challenger, champion, delta } = metric;
        const name = metricName(metric.metric, metric.metric === report.primaryMetric);
        return withChampion
            ? [
                name,
                (0,format_number/* formatNumber */.ZV)(champion?.value),
                (0,format_number/* formatNumber */.ZV)(challenger.value),
                delta ? (0,format_number/* formatInterval */.vy)(delta.value, delta.low, delta.high) : "n/a",
                ruleText,
                verdicts,
            ]
            : [name, (0,format_number/* formatInterval */.vy)(challenger.value, challenger.low, challenger.high), ruleText, verdicts];
    });
    const headers = withChampion
        ? ["metric", "champion", "challenger", `Δ challenger − champion [${level} interval]`, "rule", ""]
        : ["metric", `challenger [${level} interval]`, "rule", ""];
    const rowsLine = `On ${(0,format_number/* formatCount */.B4)(report.rows)} test rows${withChampion ? ", both models on the same rows" : ""}.`;
    return `#### Metrics\n\n${rowsLine}\n\n${(0,markdown/* table */.tp)(headers, rows)}`;
}
/** Whether the metric was computed for either model (the gate lists every metric of the task). */
function isMeasured(metric) {
    return metric.challenger.value !== null || metric.challenger.resamples > 0 || metric.champion !== undefined;
}
const VERDICT_ORDER = { fail: 0, pass: 1, skip: 2 };
function formatObserved(rule) {
    if (rule.kind === "limit")
        return (0,format_number/* formatMeasure */.os)(rule.observed);
    if (rule.kind === "validation")
        return rule.observed === null ? "n/a" : `${(0,format_number/* formatCount */.B4)(rule.observed)} error(s)`;
    return (0,format_number/* formatNumber */.ZV)(rule.observed);
}
function rulesSection(report) {
    const rules = [...report.rules].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
    const headers = ["", "rule", "observed", "bound", "detail"];
    const row = (rule) => [
        VERDICT_ICON[rule.verdict],
        (0,markdown/* codeCell */.MZ)(rule.id),
        formatObserved(rule),
        (0,markdown/* cell */.Hn)(rule.bound),
        (0,markdown/* cell */.Hn)(rule.message, 300),
    ];
    return {
        items: rules.length,
        render(shown) {
            if (rules.length === 0)
                return "";
            const count = (verdict) => (0,format_number/* formatCount */.B4)(rules.filter((rule) => rule.verdict === verdict).length);
            const counts = `${count("fail")} failed, ${count("pass")} passed, ${count("skip")} skipped`;
            const head = `#### Gate rules: ${counts}`;
            const listed = rules.slice(0, shown);
            const visible = listed.slice(0, VISIBLE_RULES);
            const folded = listed.slice(VISIBLE_RULES);
            const parts = [head];
            if (visible.length > 0)
                parts.push((0,markdown/* table */.tp)(headers, visible.map(row)));
            if (folded.length > 0)
                parts.push((0,markdown/* details */.zH)(`${(0,format_number/* formatCount */.B4)(folded.length)} more rules`, (0,markdown/* table */.tp)(headers, folded.map(row))));
            return parts.join("\n\n") + leftOut(rules.length - shown, "rules");
        },
    };
}
// --- slices --------------------------------------------------------------------------------------------
function sliceKey(slice) {
    return `${slice.column}=${slice.value}`;
}
function failingSliceKeys(report) {
    const ids = new Set(report.rules.filter((rule) => rule.kind === "slice" && rule.verdict === "fail").map((rule) => rule.id));
    return new Set(report.slices
        .filter((slice) => ids.has(`slice.${sliceKey(slice)}.${slice.metric}`))
        .map((slice) => sliceKey(slice)));
}
function slicesSection(report) {
    const slices = report.slices;
    const withChampion = report.champion !== undefined;
    const failing = failingSliceKeys(report);
    const headers = withChampion
        ? ["", "column", "value", "rows", "champion", "challenger", "regression"]
        : ["", "column", "value", "rows", "challenger"];
    const row = (slice) => {
        const start = [
            failing.has(sliceKey(slice)) ? "❌" : "",
            (0,markdown/* cell */.Hn)(slice.column),
            (0,markdown/* cell */.Hn)(slice.value),
            (0,format_number/* formatCount */.B4)(slice.rows),
        ];
        return withChampion
            ? [
                ...start,
                (0,format_number/* formatNumber */.ZV)(slice.champion),
                (0,format_number/* formatNumber */.ZV)(slice.challenger),
                (0,format_number/* formatNumber */.ZV)(slice.regression),
            ]
            : [...start, (0,format_number/* formatNumber */.ZV)(slice.challenger)];
    };
    return {
        items: slices.length,
        render(shown) {
            if (slices.length === 0)
                return "";
            const order = withChampion ? "largest regression first" : "worst first";
            const head = `#### Slices: ${(0,markdown/* escapeMarkdown */.FV)(report.primaryMetric)} by slice, ${order}`;
            const listed = slices.slice(0, shown);
            const visible = listed.slice(0, VISIBLE_SLICES);
            const folded = listed.slice(VISIBLE_SLICES);
            const parts = [head];
            if (visible.length > 0)
                parts.push((0,markdown/* table */.tp)(headers, visible.map(row)));
            if (folded.length > 0)
                parts.push((0,markdown/* details */.zH)(`${(0,format_number/* formatCount */.B4)(folded.length)} more slices`, (0,markdown/* table */.tp)(headers, folded.map(row))));
            return parts.join("\n\n") + leftOut(slices.length - shown, "slices");
        },
    };
}
function chartSection(report) {
    const withChampion = report.champion !== undefined;
    const chartable = report.slices
        .filter((slice) => isChartable(slice.challenger) && (!withChampion || isChartable(slice.champion)))
        .slice(0, CHART_SLICES);
    // One sliced column: the title names it and the bars carry only the values, so long names never crowd them out.
    const columns = new Set(chartable.map((slice) => slice.column));
    const single = columns.size === 1 ? [...columns][0] : undefined;
    const text = chartable.length === 0
        ? ""
        : [
            (0,mermaid/* xyBarChart */.p)({
                title: `${report.primaryMetric} by ${single ?? "slice"}${report.slices.length > chartable.length ? `, worst ${chartable.length}` : ""}`,
                yLabel: report.primaryMetric,
                labels: chartable.map((slice) => (single === undefined ? sliceKey(slice) : slice.value)),
                bars: chartable.map((slice) => slice.challenger),
                ...(withChampion ? { line: chartable.map((slice) => slice.champion) } : {}),
            }),
            withChampion ? "_Bars: the challenger; line: the champion._" : "_Bars: the challenger._",
        ].join("\n\n");
    return { items: text ? 1 : 0, render: (shown) => (shown > 0 ? text : "") };
}
function isChartable(value) {
    return value !== null && value !== undefined && Number.isFinite(value) && Math.abs(value) < 1e15;
}
// --- validation, candidates, lineage -------------------------------------------------------------------
function validationSection(report) {
    const validation = report.validation;
    if (!validation)
        return { items: 0, render: () => "#### Data validation\n\nNo validation report was given." };
    const verdict = validation.passed ? "✅ passed" : "❌ failed";
    const head = `#### Data validation ${verdict}\n\nSnapshot ${(0,markdown/* code */.aY)(validation.snapshotId)}: ${validation.errors} error(s), ${validation.warnings} warning(s).`;
    const headers = ["severity", "check", "detail"];
    const row = (check) => [
        (0,markdown/* cell */.Hn)(check.severity),
        (0,markdown/* codeCell */.MZ)(check.id),
        (0,markdown/* cell */.Hn)(check.message, 300),
    ];
    return {
        items: validation.failed.length,
        render(shown) {
            const listed = validation.failed.slice(0, shown);
            const parts = [head];
            if (listed.length > VISIBLE_CHECKS)
                parts.push((0,markdown/* details */.zH)(`${(0,format_number/* formatCount */.B4)(listed.length)} failed checks`, (0,markdown/* table */.tp)(headers, listed.map(row))));
            else if (listed.length > 0)
                parts.push((0,markdown/* table */.tp)(headers, listed.map(row)));
            return parts.join("\n\n") + leftOut(validation.failed.length - shown, "failed checks");
        },
    };
}
function candidatesSection(report) {
    const candidates = [
        ...report.candidates.filter((candidate) => candidate.chosen),
        ...report.candidates.filter((candidate) => !candidate.chosen),
    ];
    if (candidates.length <= 1)
        return { items: 0, render: () => "" };
    const headers = ["", "candidate", "run", (0,markdown/* escapeMarkdown */.FV)(report.primaryMetric)];
    const row = (candidate) => [
        candidate.chosen ? "✅ chosen" : "",
        (0,markdown/* cell */.Hn)(candidate.label),
        candidate.runId ? (0,markdown/* codeCell */.MZ)(candidate.runId) : "",
        (0,format_number/* formatNumber */.ZV)(candidate.primaryValue),
    ];
    return {
        items: candidates.length,
        render(shown) {
            if (shown === 0)
                return `#### Candidates\n\n${(0,format_number/* formatCount */.B4)(candidates.length)} candidates; the list was left out.`;
            const head = `#### Candidates: ${(0,format_number/* formatCount */.B4)(candidates.length)}`;
            return `${head}\n\n${(0,markdown/* table */.tp)(headers, candidates.slice(0, shown).map(row))}${leftOut(candidates.length - shown, "candidates")}`;
        },
    };
}
const SAFE_URL = /^https?:\/\/[^\s<>"'`\\]+$/;
/** A link only to an http(s) URL, its destination in `<…>` so parentheses cannot end it; else the URL as code. */
function comparison_markdown_link(label, url) {
    if (!url)
        return (0,markdown/* code */.aY)(label);
    return SAFE_URL.test(url) ? `[${(0,markdown/* escapeMarkdown */.FV)(label)}](<${url}>)` : `${(0,markdown/* code */.aY)(label)} (${(0,markdown/* code */.aY)(url)})`;
}
function lineage(report) {
    const { challenger, champion, bootstrap } = report;
    const parts = [];
    if (challenger.snapshotId)
        parts.push(`snapshot ${(0,markdown/* code */.aY)(challenger.snapshotId)}`);
    if (challenger.commit)
        parts.push(`commit ${(0,markdown/* code */.aY)(challenger.commit.slice(0, 12))}`);
    if (challenger.runId)
        parts.push(`challenger run ${comparison_markdown_link(challenger.runId, challenger.runUrl)}`);
    if (champion) {
        const run = champion.runId ? `, run ${comparison_markdown_link(champion.runId, champion.runUrl)}` : "";
        const snapshot = champion.snapshotId ? `, trained on snapshot ${(0,markdown/* code */.aY)(champion.snapshotId)}` : "";
        parts.push(`champion version ${(0,markdown/* code */.aY)(champion.version)}${run}${snapshot}`);
    }
    const paired = champion ? "paired bootstrap" : "bootstrap";
    parts.push(`${paired}: ${(0,format_number/* formatCount */.B4)(bootstrap.resamples)} resamples, ${(0,format_number/* formatPercent */.l9)(bootstrap.confidence)}, seed ${bootstrap.seed}`);
    parts.push((0,markdown/* escapeMarkdown */.FV)(report.createdAt));
    return `---\n<sub>Lineage: ${parts.join(" · ")}</sub>`;
}

;// CONCATENATED MODULE: ./.cache/build/lib/report/serving-parity-markdown.js


/**
 * The serving-parity section of the comparison report and the PR comment: the verdict in one line and,
 * when the packaged model disagrees with evaluate, the first differing rows.
 */
function renderServingParity(parity) {
    if (!parity)
        return "";
    const heading = "#### Serving parity";
    if (parity.status === "skip")
        return `${heading}\n\n⏭️ Skipped: ${(0,markdown/* escapeMarkdown */.FV)(parity.reason ?? "")}\n`;
    const how = `${(0,markdown/* escapeMarkdown */.FV)(parity.source ?? "the packaged model")}, loaded with \`mlflow.pyfunc.load_model\` by ${(0,markdown/* escapeMarkdown */.FV)(parity.foundBy ?? "Python")} (mlflow ${(0,markdown/* escapeMarkdown */.FV)(parity.mlflowVersion ?? "?")})`;
    if (parity.status === "pass")
        return `${heading}\n\n✅ ${how} predicts all ${parity.rows ?? 0} test rows as evaluate measured: same labels, max |Δ score| ${(0,format_number/* formatNumber */.ZV)(parity.maxAbsDiff ?? 0)} ≤ ${String(parity.maxAllowed)}.\n`;
    const lines = [
        `${heading}\n`,
        `❌ ${how}: ${(0,markdown/* escapeMarkdown */.FV)(parity.reason ?? `differs on ${parity.mismatchedRows ?? 0} of ${parity.rows ?? 0} test rows (allowed |Δ score| ≤ ${String(parity.maxAllowed)})`)}.`,
    ];
    if (parity.firstDiffering && parity.firstDiffering.length > 0) {
        lines.push("", `First differing rows (test-file row numbers):\n`, (0,markdown/* table */.tp)(["row", "column", "evaluate", "served", "abs diff"], parity.firstDiffering.map((row) => [
            String(row.row),
            (0,markdown/* cell */.Hn)(row.column),
            (0,markdown/* cell */.Hn)(row.evaluated, 40),
            (0,markdown/* cell */.Hn)(row.served, 40),
            row.absDiff === null ? "—" : (0,format_number/* formatNumber */.ZV)(row.absDiff),
        ])));
    }
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-set.js
var metric_set = __webpack_require__(8306);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/evaluate-step.js + 2 modules
var evaluate_step = __webpack_require__(754);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/slices.js
var evaluate_slices = __webpack_require__(8836);
// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(2140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/tracking-config.js
var tracking_config = __webpack_require__(9210);
// EXTERNAL MODULE: ./.cache/build/lib/steps/training-data.js
var training_data = __webpack_require__(1778);
// EXTERNAL MODULE: ./.cache/build/lib/steps/workspace-paths.js
var workspace_paths = __webpack_require__(9347);
;// CONCATENATED MODULE: ./.cache/build/lib/github/check-run.js
/** GitHub refuses a check run's output summary or text longer than this many characters. */
const CHECK_OUTPUT_LIMIT = 65_535;
function clip(text, limit) {
    if (text.length <= limit)
        return text;
    const note = "\n\n… (cut to fit GitHub's limit; the full report is linked above)";
    return text.slice(0, limit - note.length) + note;
}
/**
 * Keeps one completed check run of this name on the commit: updates the one a previous job (or attempt) made,
 * else creates it. GET /repos/{owner}/{repo}/commits/{ref}/check-runs finds it by name.
 */
async function upsertCheckRun(octokit, target) {
    const ref = { owner: target.owner, repo: target.repo };
    const fields = {
        status: "completed",
        conclusion: target.conclusion,
        completed_at: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
        ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
        output: {
            title: target.title.slice(0, 255),
            summary: clip(target.summary, CHECK_OUTPUT_LIMIT),
            ...(target.text ? { text: clip(target.text, CHECK_OUTPUT_LIMIT) } : {}),
        },
    };
    const { data } = await octokit.rest.checks.listForRef({
        ...ref,
        ref: target.headSha,
        check_name: target.name,
        filter: "latest",
        per_page: 100,
    });
    const existing = data.check_runs.find((run) => run.name === target.name && run.head_sha === target.headSha);
    if (existing) {
        const { data: updated } = await octokit.rest.checks.update({
            ...ref,
            check_run_id: existing.id,
            ...fields,
        });
        return { action: "updated", id: updated.id, url: updated.html_url ?? updated.url };
    }
    const { data: created } = await octokit.rest.checks.create({
        ...ref,
        name: target.name,
        head_sha: target.headSha,
        ...fields,
    });
    return { action: "created", id: created.id, url: created.html_url ?? created.url };
}

;// CONCATENATED MODULE: ./.cache/build/lib/github/permissions.js
/**
 * Whether a `pull_request` event payload comes from a fork: its head repository differs from its base. Such
 * runs get a read-only token. A head repository that is gone (a deleted fork) counts as a fork.
 */
function isForkPullRequest(eventPayload) {
    const pullRequest = eventPayload?.pull_request;
    if (!pullRequest)
        return false;
    const base = pullRequest.base?.repo?.full_name;
    const head = pullRequest.head?.repo?.full_name;
    if (typeof base !== "string")
        return false;
    if (typeof head !== "string")
        return true;
    return head.toLowerCase() !== base.toLowerCase();
}
function errorMessage(error) {
    const data = error.response?.data;
    const fromBody = typeof data?.message === "string" ? data.message : "";
    const own = error.message;
    return `${fromBody} ${typeof own === "string" ? own : ""}`;
}
/**
 * Explains a 403 "Resource not accessible by integration" (the token lacks a permission) in words a user can
 * act on; undefined for any other error, which callers rethrow.
 */
function permissionDeniedReason(error, options = {}) {
    if (typeof error !== "object" || error === null || error.status !== 403)
        return undefined;
    if (!/resource not accessible by/i.test(errorMessage(error)))
        return undefined;
    if (options.forkPullRequest) {
        return ("No pull-request comment: this pull request comes from a fork, and GitHub gives such runs a read-only " +
            "token (403 Resource not accessible by integration). The report is in the job summary instead.");
    }
    return ("No pull-request comment: the token may not write comments (403 Resource not accessible by integration). " +
        "Give the job `permissions: pull-requests: write`; the report is in the job summary instead.");
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/compare/check-run-report.js



/** The commit a check belongs to: the pull request's head (not the merge commit GITHUB_SHA names), else GITHUB_SHA. */
async function headOf(context) {
    const env = context.env;
    if ((env.GITHUB_EVENT_NAME ?? "").startsWith("pull_request") && env.GITHUB_EVENT_PATH) {
        const payload = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, "utf8"));
        const sha = payload.pull_request?.head?.sha;
        if (sha)
            return { sha, fork: isForkPullRequest(payload) };
    }
    return env.GITHUB_SHA ? { sha: env.GITHUB_SHA, fork: false } : undefined;
}
/**
 * Publishes the decision as the check run `trainyard / <model>` on the pull request's head commit, so branch
 * protection can require it: success for promote; for reject, failure when fail-on-reject is set, else
 * neutral. Never fails the step: a fork's read-only token or a missing `checks: write` leaves the report in
 * the job summary and says why.
 */
async function publishCheckRun(context, options) {
    const env = context.env;
    // A runner always sets GITHUB_API_URL; without it this is not a GitHub run (a test, a local shell).
    if (env.GITHUB_ACTIONS !== "true" || !env.GITHUB_REPOSITORY || !env.GITHUB_API_URL)
        return undefined;
    const head = await headOf(context);
    if (!head)
        return undefined;
    const degrade = async (why) => {
        context.log.notice(why);
        await context.appendSummary(`> ${why}\n`);
        return undefined;
    };
    if (head.fork)
        return degrade("No check run: this pull request comes from a fork, and GitHub gives such runs a read-only token. The report is in this job summary.");
    const token = options.token ?? env.GITHUB_TOKEN;
    if (!token)
        return degrade("No check run: no github-token input and no GITHUB_TOKEN. The report is in this job summary.");
    context.setSecret(token);
    const [owner, repo] = env.GITHUB_REPOSITORY.split("/");
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const runUrl = env.GITHUB_RUN_ID
        ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(3978)]).then(__webpack_require__.bind(__webpack_require__, 3978)); // Octokit: only on GitHub
    const octokit = createGitHubClient({
        token,
        baseUrl: env.GITHUB_API_URL,
        log: (message) => context.log.warning(message),
    });
    const conclusion = options.decision === "promote" ? "success" : options.failOnReject ? "failure" : "neutral";
    const headline = `${options.decision}: ${options.reasons[0] ?? ""}`.trim();
    const summary = [
        `**Decision: ${options.decision}**`,
        "",
        ...options.reasons.map((reason) => `- ${reason}`),
        "",
        ...(runUrl ? [`Full report: ${runUrl} (job summary and the comparison artifact)`, ""] : []),
        options.markdown,
    ].join("\n");
    try {
        const result = await upsertCheckRun(octokit, {
            owner,
            repo,
            headSha: head.sha,
            name: `trainyard / ${options.model}`,
            conclusion,
            title: context.mask(headline),
            summary: context.mask(summary),
            ...(runUrl ? { detailsUrl: runUrl } : {}),
        });
        context.log.info(`check run ${result.action}: ${result.url}`);
        return result.url;
    }
    catch (error) {
        if (permissionDeniedReason(error))
            return degrade("No check run: the token may not write checks (403 Resource not accessible by integration). Give the job `permissions: checks: write`; the report is in this job summary.");
        throw error;
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/compare/pull-request-comment.js



/** The pull request this run is for, from the event payload GitHub writes to GITHUB_EVENT_PATH. */
async function pullRequestOf(context) {
    const event = context.env.GITHUB_EVENT_NAME;
    if (event !== "pull_request" && event !== "pull_request_target")
        return undefined;
    const path = context.env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    const payload = JSON.parse(await (0,promises_.readFile)(path, "utf8"));
    const number = payload.pull_request?.number ?? payload.number;
    return number ? { number, fork: isForkPullRequest(payload) } : undefined;
}
/**
 * Posts or updates the sticky comment of this model on the run's pull request. It never fails the step: a
 * fork's read-only token, a missing token or a 403 is said in the log, and the report stays in the job summary.
 */
async function commentOnPullRequest(context, options) {
    const pullRequest = await pullRequestOf(context);
    if (!pullRequest) {
        context.log.info("not a pull-request run: the report is in the job summary only");
        return undefined;
    }
    if (pullRequest.fork) {
        context.log.notice("No pull-request comment: this pull request comes from a fork, and GitHub gives such runs a read-only token and no secrets (so untrusted code cannot write to the repository or read credentials). The report is in the job summary.");
        return undefined;
    }
    const token = options.token ?? context.env.GITHUB_TOKEN;
    const repository = context.env.GITHUB_REPOSITORY;
    if (!token || !repository) {
        context.log.warning("No pull-request comment: no github-token input and no GITHUB_REPOSITORY");
        return undefined;
    }
    context.setSecret(token);
    const [owner, repo] = repository.split("/");
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(3978)]).then(__webpack_require__.bind(__webpack_require__, 3978)); // Octokit: only on GitHub
    const octokit = createGitHubClient({
        token,
        ...(context.env.GITHUB_API_URL ? { baseUrl: context.env.GITHUB_API_URL } : {}),
        log: (message) => context.log.warning(message),
    });
    try {
        const result = await (0,sticky_comment/* upsertStickyComment */.qD)(octokit, {
            owner,
            repo,
            issueNumber: pullRequest.number,
            marker: options.model,
            body: options.body,
        });
        context.log.info(`pull-request comment ${result.action}: ${result.url}`);
        return result.url;
    }
    catch (error) {
        const reason = permissionDeniedReason(error, { forkPullRequest: pullRequest.fork });
        if (reason) {
            context.log.warning(reason);
            return undefined;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/compare/compare-step.js
























class ChallengerRejectedError extends user_error/* UserError */.yo {
    reasons;
    outputs;
    constructor(reasons, 
    /** The step's outputs, which the action still sets (decision, reasons, the report). */
    outputs) {
        super(`the challenger was rejected:\n- ${reasons.join("\n- ")}`);
        this.reasons = reasons;
        this.outputs = outputs;
        this.name = "ChallengerRejectedError";
    }
}
const asNumber = (value) => value === null || value === undefined ? Number.NaN : value;
function fromRecord(record) {
    return Object.fromEntries(Object.entries(record).map(([name, interval]) => [
        name,
        {
            value: asNumber(interval.value),
            low: asNumber(interval.low),
            high: asNumber(interval.high),
            resamples: interval.resamples,
        },
    ]));
}
async function readCandidates(context, patterns) {
    const paths = new Set();
    for (const pattern of patterns) {
        const matches = await (0,dist/* glob */.TI)(pattern, { cwd: context.workingDirectory, absolute: true });
        if (matches.length === 0 && !/[*?[{]/.test(pattern))
            paths.add((0,external_node_path_.resolve)(context.workingDirectory, pattern));
        for (const match of matches)
            paths.add(match);
    }
    if (paths.size === 0)
        throw new user_error/* UserError */.yo(`no evaluation reports match ${patterns.map((p) => `"${p}"`).join(", ")}`);
    const candidates = [];
    for (const path of [...paths].sort()) {
        const text = await (0,promises_.readFile)(path, "utf8").catch((error) => {
            throw new user_error/* UserError */.yo(`evaluation report ${path}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
        });
        const report = (0,evaluation_report/* parseEvaluationReport */.ee)(text, path);
        candidates.push({ path, report, primaryValue: asNumber(report.metrics[report.primaryMetric]?.value) });
    }
    const { task, primaryMetric } = candidates[0].report;
    for (const candidate of candidates) {
        if (candidate.report.task !== task || candidate.report.primaryMetric !== primaryMetric)
            throw new user_error/* UserError */.yo(`${candidate.path} is a ${candidate.report.task} evaluation ranked by ${candidate.report.primaryMetric}, unlike ${candidates[0]?.path} (${task}, ${primaryMetric}); candidates must be comparable`);
    }
    return candidates;
}
/** The best candidate by the primary metric in its good direction; NaN ranks last. */
function bestCandidate(candidates, metric) {
    const sign = (0,metric_names/* higherIsBetter */.i2)(metric) ? 1 : -1;
    return candidates.reduce((best, candidate) => {
        if (Number.isNaN(candidate.primaryValue))
            return best;
        if (Number.isNaN(best.primaryValue) || sign * candidate.primaryValue > sign * best.primaryValue)
            return candidate;
        return best;
    });
}
async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
async function readValidation(context, path) {
    if (!path)
        return undefined;
    const file = (0,external_node_path_.resolve)(context.workingDirectory, path);
    const report = (0,validation_report/* parseValidationReport */.Tb)(await (0,promises_.readFile)(file, "utf8"), file);
    return {
        passed: report.passed,
        errors: report.errors,
        warnings: report.warnings,
        snapshotId: report.snapshotId,
        failed: report.checks
            .filter((check) => check.status === "fail")
            .map((check) => ({ id: check.id, severity: check.severity, message: check.message })),
    };
}
function slicesOf(columns, sliceValues, challenger, champion) {
    const slices = [];
    for (const column of columns) {
        for (const slice of (0,evaluate_slices/* sliceRows */.m)(column, sliceValues.get(column))) {
            slices.push({
                column,
                value: slice.value,
                rows: slice.rows.length,
                challenger: (0,metric_set/* metricValues */.tZ)((0,metric_set/* subsetPredictions */.Bj)(challenger, slice.rows)),
                ...(champion ? { champion: (0,metric_set/* metricValues */.tZ)((0,metric_set/* subsetPredictions */.Bj)(champion, slice.rows)) } : {}),
            });
        }
    }
    return slices;
}
async function runInfo(tracker, runId) {
    if (!runId)
        return {};
    try {
        const run = await tracker.getRun(runId);
        const runUrl = tracker.runUrl(run.info);
        const commit = run.tags["mlflow.source.git.commit"];
        return { ...(runUrl ? { runUrl } : {}), ...(commit ? { commit } : {}) };
    }
    catch {
        return {};
    }
}
/**
 * `champion-challenger`: measures the best candidate and the production champion on the same test rows,
 * pairs every metric with a paired bootstrap delta, applies the gate and explains the decision in the job
 * summary and the pull request.
 */
async function compareStep(context, inputs, preloaded, dependencies = {}) {
    const config = preloaded ?? (await (0,step_config/* loadStepConfig */.hs)(context, inputs));
    const settings = (0,evaluate_step.evaluationSettings)(context, inputs, config);
    const model = inputs.model ?? config?.config.model;
    if (!model)
        throw new user_error/* UserError */.yo(`no model name: set model in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "model")}`);
    const patterns = inputs.evaluations
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
    if (patterns.length === 0)
        throw new user_error/* UserError */.yo(`no candidates: set ${(0,declared_inputs/* inputLabel */.NB)(inputs, "evaluations")} to the evaluation.json of each candidate`);
    const candidates = await readCandidates(context, patterns);
    const primaryMetric = config?.config.gate?.primary?.metric ?? candidates[0].report.primaryMetric;
    // Candidates are ranked by the metric the gate judges, which may differ from evaluate's primary_metric.
    for (const candidate of candidates)
        candidate.primaryValue = asNumber(candidate.report.metrics[primaryMetric]?.value);
    const chosen = bestCandidate(candidates, primaryMetric);
    const evaluation = chosen.report;
    if (candidates.length > 1)
        context.log.info(`challenger: ${chosen.path} (best ${primaryMetric} of ${candidates.length} candidates)`);
    const tracking = dependencies.tracking ?? (await (0,tracking_config/* openStepTracking */.eX)(context, inputs, config));
    const champion = await tracking.registry.getVersionByAlias(model, "champion");
    const gate = config?.config.gate;
    const confidence = gate?.primary?.confidence ?? settings.confidence;
    const bootstrap = { resamples: settings.resamples, confidence, seed: settings.seed };
    const sliceColumns = gate?.slices?.columns ?? [];
    const testFile = await testFileFor(context, inputs, config, evaluation);
    const challengerPredictions = (0,external_node_path_.join)((0,external_node_path_.dirname)(chosen.path), evaluation.predictionsFile);
    const loadOptions = {
        testFile,
        labelColumn: evaluation.labelColumn,
        sliceColumns,
        task: evaluation.task,
        ...(settings.positiveClass !== undefined
            ? { positiveClass: settings.positiveClass }
            : evaluation.task === "binary" && evaluation.classes?.[1] !== undefined
                ? { positiveClass: evaluation.classes[1] }
                : {}),
    };
    const challenger = await (0,evaluate_step.loadPredictions)({ ...loadOptions, predictionsFile: challengerPredictions });
    let championLoaded;
    if (champion) {
        championLoaded = await predictWithChampion(context, tracking.tracker, champion, {
            predictCommand: settings.predictCommand,
            cwd: settings.cwd,
            timeoutMinutes: settings.timeoutMinutes,
            testFile,
            loadOptions,
            inputs,
        });
    }
    else {
        context.log.info(`model "${model}" has no champion yet: the absolute thresholds alone decide`);
    }
    const paired = championLoaded
        ? (0,metric_set/* pairedBootstrapMetrics */.TE)(challenger.predictions, championLoaded.predictions, bootstrap)
        : undefined;
    const challengerMetrics = paired
        ? Object.fromEntries(Object.entries(paired).map(([name, entry]) => [name, entry.challenger]))
        : fromRecord(evaluation.metrics);
    const validation = await readValidation(context, inputs["validation-report"]);
    const gated = evaluateGate(gate, {
        model,
        task: evaluation.task,
        challenger: challengerMetrics,
        ...(paired
            ? {
                champion: Object.fromEntries(Object.entries(paired).map(([name, entry]) => [name, entry.champion])),
                deltas: Object.fromEntries(Object.entries(paired).map(([name, entry]) => [name, entry.delta])),
            }
            : {}),
        slices: slicesOf(sliceColumns, challenger.sliceValues, challenger.predictions, championLoaded?.predictions),
        modelSizeBytes: evaluation.model.sizeBytes,
        msPer1kRows: evaluation.prediction.msPer1kRows,
        ...(validation ? { validation } : {}),
        defaultPrimaryMetric: primaryMetric,
    });
    const result = withServingParity(gated, evaluation.servingParity);
    const challengerRun = await runInfo(tracking.tracker, evaluation.model.runId);
    const championRun = champion ? await runInfo(tracking.tracker, champion.runId) : {};
    const report = {
        kind: comparison_report/* COMPARISON_KIND */.dh,
        version: comparison_report/* COMPARISON_VERSION */.$I,
        model,
        decision: result.decision,
        reasons: result.reasons,
        task: evaluation.task,
        rows: evaluation.rows,
        primaryMetric,
        challenger: {
            ...(evaluation.model.runId ? { runId: evaluation.model.runId } : {}),
            ...challengerRun,
            ...(evaluation.snapshotId ? { snapshotId: evaluation.snapshotId } : {}),
            modelSizeBytes: evaluation.model.sizeBytes,
            msPer1kRows: evaluation.prediction.msPer1kRows,
        },
        ...(champion
            ? {
                champion: {
                    version: champion.version,
                    ...(champion.runId ? { runId: champion.runId } : {}),
                    ...(championRun.runUrl ? { runUrl: championRun.runUrl } : {}),
                    ...(champion.tags["trainyard.snapshot.id"]
                        ? { snapshotId: champion.tags["trainyard.snapshot.id"] }
                        : {}),
                },
            }
            : {}),
        ...(result.note ? { note: result.note } : {}),
        metrics: result.metrics,
        slices: result.slices,
        rules: result.rules,
        candidates: candidates.map((candidate) => ({
            ...(candidate.report.model.runId ? { runId: candidate.report.model.runId } : {}),
            label: candidate.report.model.runId ?? candidate.path,
            primaryValue: Number.isFinite(candidate.primaryValue) ? candidate.primaryValue : null,
            chosen: candidate === chosen,
        })),
        ...(validation ? { validation } : {}),
        bootstrap: { resamples: bootstrap.resamples, confidence, seed: bootstrap.seed },
        createdAt: new Date().toISOString(),
        ...(evaluation.servingParity ? { servingParity: evaluation.servingParity } : {}),
    };
    const outputDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"] ?? workspace_paths/* workspacePath */.X.comparisons());
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const reportPath = (0,external_node_path_.join)(outputDir, "comparison.json");
    const markdownPath = (0,external_node_path_.join)(outputDir, "comparison.md");
    // A known secret in any text (a reason, a run name) leaves as `***`, in the files and the comment alike.
    const markdown = context.mask(`${renderComparisonMarkdown(report, { marker: (0,sticky_comment/* stickyMarker */.YL)(model) })}\n${renderServingParity(report.servingParity)}`);
    await (0,promises_.writeFile)(reportPath, context.mask((0,contract_file/* serializeContract */.Vf)(report)));
    await (0,promises_.writeFile)(markdownPath, markdown);
    await context.appendSummary(markdown);
    const wantsComment = inputs.comment ?? config?.config.github.comment ?? true;
    const commentUrl = wantsComment
        ? await commentOnPullRequest(context, { model, body: markdown, token: inputs["github-token"] })
        : undefined;
    if (config?.config.github.check ?? true)
        await publishCheckRun(context, {
            ...{ model, decision: result.decision, reasons: result.reasons, markdown },
            ...{ failOnReject: inputs["fail-on-reject"], token: inputs["github-token"] },
        });
    const outputs = {
        decision: result.decision,
        reasons: result.reasons.join("\n"),
        "report-path": reportPath,
        "report-markdown": markdownPath,
        "challenger-run-id": evaluation.model.runId ?? "",
        "champion-version": champion?.version ?? "",
        "comment-url": commentUrl ?? "",
    };
    const verdict = `${result.decision}: ${result.reasons.join("; ")}`;
    if (result.decision === "promote")
        context.log.notice(verdict);
    else if (inputs["fail-on-reject"])
        throw new ChallengerRejectedError(result.reasons, outputs);
    else
        context.log.warning(verdict);
    return outputs;
}
async function testFileFor(context, inputs, config, evaluation) {
    const input = inputs["test-file"];
    if (input)
        return (0,external_node_path_.resolve)(context.workingDirectory, input);
    const recorded = (0,external_node_path_.resolve)(context.workingDirectory, evaluation.testFile);
    if (await exists(recorded))
        return recorded;
    if (!evaluation.snapshotId)
        throw new user_error/* UserError */.yo(`the test file ${evaluation.testFile} is not here and the evaluation names no snapshot to fetch it from`);
    const data = await (0,training_data/* resolveTrainingData */.$)(context, { ...inputs, snapshot: evaluation.snapshotId, "data-dir": undefined }, config);
    if (!data.testFile)
        throw new user_error/* UserError */.yo(`snapshot ${evaluation.snapshotId} has no test file`);
    return data.testFile;
}
async function predictWithChampion(context, tracker, champion, options) {
    if (!options.predictCommand)
        throw new user_error/* UserError */.yo(`no prediction command: set evaluate.predict_command or ${(0,declared_inputs/* inputLabel */.NB)(options.inputs, "predict-command")}`);
    if (!champion.runId)
        throw new user_error/* UserError */.yo(`champion version ${champion.version} records no run, so its model cannot be fetched`);
    const dir = (0,external_node_path_.resolve)(context.workingDirectory, workspace_paths/* workspacePath */.X.champion(champion.name, champion.version));
    const modelDir = (0,external_node_path_.join)(dir, "model");
    if (!(await exists(modelDir))) {
        await (0,promises_.rm)(`${modelDir}.partial`, { recursive: true, force: true });
        await context.group(`Fetch champion version ${champion.version}`, () => tracker.downloadArtifacts(champion.runId, "model", `${modelDir}.partial`));
        await (0,promises_.rename)(`${modelDir}.partial`, modelDir);
    }
    const prediction = await (0,evaluate_step.runPrediction)(context, {
        command: options.predictCommand,
        cwd: options.cwd,
        modelDir,
        inputFile: options.testFile,
        predictionsFile: (0,external_node_path_.join)(dir, "predictions.csv"),
        timeoutMinutes: options.timeoutMinutes,
        label: `Predict with champion version ${champion.version}`,
    });
    return (0,evaluate_step.loadPredictions)({ ...options.loadOptions, predictionsFile: prediction.predictionsFile });
}


/***/ })

};
