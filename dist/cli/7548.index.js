export const id = 7548;
export const ids = [7548,5721];
export const modules = {

/***/ 4935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readSchema),
/* harmony export */   x: () => (/* binding */ readTable)
/* harmony export */ });
/* harmony import */ var _read_csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3027);
/* harmony import */ var _read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3801);
/* harmony import */ var _row_batch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(109);



/**
 * Streams a table in batches of rows, holding one batch (and for Parquet one row group) in memory. At least
 * one batch always comes, empty when the file has a header or schema but no rows, so the columns are known.
 * Problems with the file are DataErrors naming the file, row, line and column.
 */
function readTable(path, format, options) {
    const batchSize = (0,_row_batch_js__WEBPACK_IMPORTED_MODULE_2__/* .batchSizeOf */ .zC)(options);
    switch (format) {
        case "csv":
            return (0,_read_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsv */ .Nb)(path, batchSize);
        case "jsonl":
            return (0,_read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonl */ .fl)(path, batchSize, options?.columns);
        case "parquet":
            return readParquetLazily(path, batchSize);
    }
}
/**
 * The column names: the CSV header, the Parquet schema's top-level fields, or for JSON Lines every key of
 * every row in order of first appearance (a full pass, since rows may leave keys out).
 */
function readSchema(path, format) {
    switch (format) {
        case "csv":
            return (0,_read_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .readCsvHeader */ .km)(path);
        case "jsonl":
            return (0,_read_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonlColumns */ .ED)(path);
        case "parquet":
            return Promise.all(/* import() */[__webpack_require__.e(8649), __webpack_require__.e(149), __webpack_require__.e(7663)]).then(__webpack_require__.bind(__webpack_require__, 7663)).then(({ readParquetColumns }) => readParquetColumns(path));
    }
}
/** The Parquet reader (and hyparquet) is loaded when a Parquet file is read, not with this module. */
async function* readParquetLazily(path, batchSize) {
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(8649), __webpack_require__.e(149), __webpack_require__.e(7663)]).then(__webpack_require__.bind(__webpack_require__, 7663));
    yield* readParquet(path, batchSize);
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

/***/ 7548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MONITOR_RUN_TAGS: () => (/* binding */ MONITOR_RUN_TAGS),
  MONITOR_TAGS: () => (/* binding */ MONITOR_TAGS),
  monitorStep: () => (/* binding */ monitorStep),
  quantisationNote: () => (/* binding */ quantisationNote),
  windowStart: () => (/* binding */ windowStart)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/contract-file.js
var contract_file = __webpack_require__(8689);
// EXTERNAL MODULE: ./.cache/build/lib/config/contracts/evaluation-report.js
var evaluation_report = __webpack_require__(2033);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
;// CONCATENATED MODULE: ./.cache/build/lib/config/contracts/monitor-report.js



const MONITOR_KIND = "trainyard.monitor";
const MONITOR_VERSION = 1;
const ruleSchema = schemas/* object */.Ikc({
    /** `metric.<name>.min`, `metric.<name>.degradation`, `drift.<column>.<statistic>`, `rows`. */
    id: schemas/* string */.YjP(),
    kind: schemas/* enum */.k5n(["rows", "metric", "drift"]),
    verdict: schemas/* enum */.k5n(["pass", "retrain", "warn", "skip"]),
    metric: schemas/* string */.YjP().optional(),
    column: schemas/* string */.YjP().optional(),
    observed: schemas/* number */.aig().nullable(),
    bound: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
});
/** One monitor run: the champion on the window's labelled production predictions, and the verdict. */
const monitorReportSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz(MONITOR_KIND),
    version: schemas/* literal */.euz(MONITOR_VERSION),
    model: schemas/* string */.YjP(),
    champion: schemas/* object */.Ikc({
        version: schemas/* string */.YjP(),
        runId: schemas/* string */.YjP(),
        snapshotId: schemas/* string */.YjP().optional(),
    }),
    task: schemas/* enum */.k5n(["binary", "multiclass", "regression"]),
    primaryMetric: schemas/* string */.YjP(),
    window: schemas/* object */.Ikc({ since: schemas/* string */.YjP(), until: schemas/* string */.YjP(), days: schemas/* number */.aig().int().nonnegative() }),
    rows: schemas/* number */.aig().int().nonnegative(),
    /** Rows in the window without a label yet: not measured. */
    unlabelledRows: schemas/* number */.aig().int().nonnegative(),
    /** Rows before the window: not read further than their timestamp. */
    olderRows: schemas/* number */.aig().int().nonnegative(),
    files: schemas/* array */.YOg(schemas/* string */.YjP()),
    retrain: schemas/* boolean */.zMY(),
    reasons: schemas/* array */.YOg(schemas/* string */.YjP()),
    notes: schemas/* array */.YOg(schemas/* string */.YjP()),
    rules: schemas/* array */.YOg(ruleSchema),
    metrics: schemas/* array */.YOg(schemas/* object */.Ikc({
        metric: schemas/* string */.YjP(),
        higherIsBetter: schemas/* boolean */.zMY(),
        production: evaluation_report/* metricIntervalSchema */.PI,
        baseline: evaluation_report/* metricIntervalSchema */.PI,
        /**
         * production − baseline, the interval the policy judged: paired when `comparison.mode` is "paired"
         * (see `paired`), else from both intervals by MOVER (independent samples).
         */
        delta: evaluation_report/* metricIntervalSchema */.PI,
        /** Paired comparison only: both sides and Δ on the matched ids, one weight per id per resample. */
        paired: schemas/* object */.Ikc({
            ids: schemas/* number */.aig().int().nonnegative(),
            production: evaluation_report/* metricIntervalSchema */.PI,
            evaluation: evaluation_report/* metricIntervalSchema */.PI,
            delta: evaluation_report/* metricIntervalSchema */.PI,
        })
            .optional(),
        /** Paired comparison only: the MOVER interval of the whole window against the evaluation, for reference. */
        unpairedDelta: evaluation_report/* metricIntervalSchema */.PI.optional(),
    })),
    /**
     * How Δ was computed: "paired" on the production rows whose id is one of the champion's test rows
     * (evaluate.id_column), or "unpaired" (MOVER), with why. Absent in reports before it existed: unpaired.
     */
    comparison: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(["paired", "unpaired"]),
        ids: schemas/* number */.aig().int().nonnegative().optional(),
        idColumn: schemas/* string */.YjP().optional(),
        reason: schemas/* string */.YjP(),
    })
        .optional(),
    /** The primary metric per UTC day of the window (null for a day without rows or where it is undefined). */
    daily: schemas/* array */.YOg(schemas/* object */.Ikc({ day: schemas/* string */.YjP(), rows: schemas/* number */.aig().int().nonnegative(), value: schemas/* number */.aig().nullable() })),
    bootstrap: schemas/* object */.Ikc({
        resamples: schemas/* number */.aig().int().nonnegative(),
        confidence: schemas/* number */.aig(),
        seed: schemas/* number */.aig().int(),
    }),
    /** Present when a binary window had more distinct scores than monitor.max_units (streaming-units.ts). */
    quantisation: schemas/* object */.Ikc({
        maxUnits: schemas/* number */.aig().int().positive(),
        units: schemas/* number */.aig().int().nonnegative(),
        /** Cells of relative width 2^−bits. */
        bits: schemas/* number */.aig().int().nonnegative(),
        maxCellSpread: schemas/* number */.aig().nonnegative(),
        /** Per metric, the most it can differ from the metric on the exact scores. */
        bounds: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().nonnegative()),
    })
        .optional(),
    trigger: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(["none", "dispatch"]),
        dispatched: schemas/* boolean */.zMY(),
        workflow: schemas/* string */.YjP().optional(),
        ref: schemas/* string */.YjP().optional(),
        lastTriggerAt: schemas/* string */.YjP().optional(),
        cooldownUntil: schemas/* string */.YjP().optional(),
    }),
    createdAt: schemas/* string */.YjP(),
});
function parseMonitorReport(text, file) {
    return parseContract(monitorReportSchema, text, file, { kind: MONITOR_KIND, version: MONITOR_VERSION });
}

// EXTERNAL MODULE: ./.cache/build/lib/config/monitor-config.js
var monitor_config = __webpack_require__(5055);
// EXTERNAL MODULE: ./.cache/build/lib/config/trainyard-config.js
var trainyard_config = __webpack_require__(5543);
// EXTERNAL MODULE: ./.cache/build/lib/data/read-table.js
var read_table = __webpack_require__(4935);
// EXTERNAL MODULE: ./.cache/build/lib/errors/user-error.js
var user_error = __webpack_require__(1927);
;// CONCATENATED MODULE: ./.cache/build/lib/github/workflow-dispatch.js

/** GitHub refuses a workflow_dispatch input value longer than this many characters. */
const DISPATCH_INPUT_LIMIT = 1000;
/**
 * Starts a workflow run through `POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches`.
 * The token needs `actions: write`. Input values are cut to GitHub's limit. Returns the ref it ran on.
 */
async function dispatchWorkflow(client, dispatch) {
    const ref = dispatch.ref ??
        (await client.rest.repos.get({ owner: dispatch.owner, repo: dispatch.repo })).data
            .default_branch;
    const inputs = Object.fromEntries(Object.entries(dispatch.inputs).map(([name, value]) => [
        name,
        value.length > DISPATCH_INPUT_LIMIT ? `${value.slice(0, DISPATCH_INPUT_LIMIT - 1)}…` : value,
    ]));
    try {
        await client.rest.actions.createWorkflowDispatch({
            owner: dispatch.owner,
            repo: dispatch.repo,
            workflow_id: dispatch.workflow,
            ref,
            inputs,
        });
    }
    catch (error) {
        const status = error.status;
        if (status === 403)
            throw new user_error/* UserError */.yo(`could not start ${dispatch.workflow}: the token may not dispatch workflows (403); give the monitoring job \`permissions: actions: write\``);
        if (status === 404 || status === 422)
            throw new user_error/* UserError */.yo(`could not start ${dispatch.workflow} on ${ref} in ${dispatch.owner}/${dispatch.repo} (${status}): the workflow must exist on that ref, have a workflow_dispatch trigger and declare the inputs ${Object.keys(inputs).join(", ")} (monitor.workflow and monitor.ref in trainyard.yml)`);
        throw error;
    }
    return ref;
}

// EXTERNAL MODULE: ./.cache/build/lib/inputs/declared-inputs.js
var declared_inputs = __webpack_require__(2845);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-names.js
var metric_names = __webpack_require__(9050);
// EXTERNAL MODULE: ./.cache/build/lib/policy/format-number.js
var format_number = __webpack_require__(2029);
;// CONCATENATED MODULE: ./.cache/build/lib/policy/monitor-policy.js


/** The interval of production − baseline from two independent intervals (MOVER). */
function differenceInterval(production, baseline) {
    const value = production.value - baseline.value;
    const low = value - Math.hypot(production.value - production.low, baseline.high - baseline.value);
    const high = value + Math.hypot(production.high - production.value, baseline.value - baseline.low);
    return { value, low, high, resamples: Math.min(production.resamples, baseline.resamples) };
}
function intervalFromRecord(record) {
    const n = (value) => value === null || value === undefined ? Number.NaN : value;
    return {
        value: n(record?.value),
        low: n(record?.low),
        high: n(record?.high),
        resamples: record?.resamples ?? 0,
    };
}
const shown = (interval) => (0,format_number/* formatInterval */.vy)(interval.value, interval.low, interval.high);
const finite = (interval) => Number.isFinite(interval.value) && Number.isFinite(interval.low) && Number.isFinite(interval.high);
function boundRules(measured, policy, level) {
    const { metric, production } = measured;
    const rules = [];
    const base = { kind: "metric", metric, observed: finite(production) ? production.value : null };
    for (const side of ["min", "max"]) {
        const bound = policy[side];
        if (bound === undefined)
            continue;
        const id = `metric.${metric}.${side}`;
        const boundText = `${side === "min" ? "≥" : "≤"} ${(0,format_number/* formatSetting */.w_)(bound)}`;
        if (!finite(production)) {
            rules.push({
                ...base,
                id,
                verdict: "skip",
                bound: boundText,
                message: `${metric} is not a number on the production rows, so ${side} ${(0,format_number/* formatSetting */.w_)(bound)} is not judged`,
            });
            continue;
        }
        const past = side === "min" ? production.high < bound : production.low > bound;
        rules.push({
            ...base,
            id,
            verdict: past ? "retrain" : "pass",
            bound: boundText,
            message: past
                ? `${metric} in production ${shown(production)} (${level} interval) is wholly ${side === "min" ? "below the minimum" : "above the maximum"} ${(0,format_number/* formatSetting */.w_)(bound)}`
                : `${metric} in production ${shown(production)} is not wholly ${side === "min" ? "below the minimum" : "above the maximum"} ${(0,format_number/* formatSetting */.w_)(bound)}`,
        });
    }
    return rules;
}
function degradationRule(measured, maxDegradation, delta, level, source) {
    const { metric, production, baseline } = measured;
    const id = `metric.${metric}.degradation`;
    const bound = `degradation ≤ ${(0,format_number/* formatSetting */.w_)(maxDegradation)}`;
    const base = { id, kind: "metric", metric, bound };
    if (!finite(production) || !finite(baseline)) {
        return {
            ...base,
            observed: null,
            verdict: "skip",
            message: `${metric}: ${!finite(baseline) ? `the champion's evaluation has no interval (${shown(baseline)})` : `not a number on the production rows (${shown(production)})`}, so its degradation is not judged`,
        };
    }
    const higher = (0,metric_names/* higherIsBetter */.i2)(metric);
    // The loss of quality in the good direction, and its interval: −Δ for a higher-is-better metric.
    const loss = higher
        ? { value: -delta.value, low: -delta.high, high: -delta.low }
        : { value: delta.value, low: delta.low, high: delta.high };
    const degraded = loss.low > maxDegradation;
    const compared = source.mode === "paired"
        ? `${metric} in production ${shown(production)} against the champion's evaluation ${shown(baseline)}; on the ${(0,format_number/* formatCount */.B4)(source.ids)} ids of its test rows seen in production ${shown(source.production)} against ${shown(source.evaluation)}: Δ ${shown(delta)} (${level} interval, paired on ${(0,format_number/* formatCount */.B4)(source.ids)} ids)`
        : `${metric} in production ${shown(production)} against the champion's evaluation ${shown(baseline)}: Δ ${shown(delta)} (${level} interval, unpaired (MOVER)${source.reason ? `: ${source.reason}` : ""})`;
    return {
        ...base,
        observed: delta.value,
        verdict: degraded ? "retrain" : "pass",
        message: degraded
            ? `${compared}, worse by more than max_degradation ${(0,format_number/* formatSetting */.w_)(maxDegradation)} with ${level} confidence`
            : `${compared}, not shown to be worse by more than max_degradation ${(0,format_number/* formatSetting */.w_)(maxDegradation)}`,
    };
}
function driftRule(check) {
    const verdict = check.status === "pass"
        ? "pass"
        : check.status === "skip"
            ? "skip"
            : check.severity === "error"
                ? "retrain"
                : "warn";
    return {
        id: check.id,
        kind: "drift",
        ...(check.column ? { column: check.column } : {}),
        verdict,
        observed: typeof check.observed === "number" ? check.observed : null,
        bound: check.expected,
        message: `${check.column ? `feature ${check.column}: ` : ""}${check.message}`,
    };
}
/** Judges the window: every rule with its verdict, and whether to retrain. */
function judgeMonitor(input) {
    const level = (0,format_number/* formatPercent */.l9)(input.confidence);
    const deltas = {};
    const unpairedDeltas = {};
    const sources = {};
    const comparison = input.comparison;
    for (const measured of input.measured) {
        const mover = differenceInterval(measured.production, measured.baseline);
        const paired = comparison?.mode === "paired" ? comparison.metrics[measured.metric] : undefined;
        if (comparison?.mode === "paired" && paired && finite(paired.delta)) {
            deltas[measured.metric] = paired.delta;
            unpairedDeltas[measured.metric] = mover;
            sources[measured.metric] = {
                mode: "paired",
                ids: comparison.ids,
                production: paired.production,
                evaluation: paired.evaluation,
            };
        }
        else {
            deltas[measured.metric] = mover;
            sources[measured.metric] = {
                mode: "unpaired",
                reason: comparison?.mode === "unpaired"
                    ? comparison.reason
                    : comparison?.mode === "paired"
                        ? `the paired interval of ${measured.metric} is not a number on the ${(0,format_number/* formatCount */.B4)(comparison.ids)} matched ids`
                        : undefined,
            };
        }
    }
    if (input.rows < input.minRows) {
        const message = `not enough rows: ${(0,format_number/* formatCount */.B4)(input.rows)} labelled prediction(s) in the window, fewer than monitor.min_rows ${(0,format_number/* formatCount */.B4)(input.minRows)}, so the champion is not judged`;
        return {
            retrain: false,
            reasons: [message],
            rules: [
                {
                    id: "rows",
                    kind: "rows",
                    verdict: "skip",
                    observed: input.rows,
                    bound: `≥ ${input.minRows}`,
                    message,
                },
            ],
            deltas,
            unpairedDeltas,
        };
    }
    const rules = [
        {
            id: "rows",
            kind: "rows",
            verdict: "pass",
            observed: input.rows,
            bound: `≥ ${input.minRows}`,
            message: `${(0,format_number/* formatCount */.B4)(input.rows)} labelled prediction(s) in the window`,
        },
    ];
    for (const measured of input.measured) {
        const policy = input.policy[measured.metric];
        if (!policy)
            continue;
        rules.push(...boundRules(measured, policy, level));
        if (policy.max_degradation !== undefined)
            rules.push(degradationRule(measured, policy.max_degradation, deltas[measured.metric], level, sources[measured.metric]));
    }
    for (const check of input.drift)
        rules.push(driftRule(check));
    const retrainRules = rules.filter((rule) => rule.verdict === "retrain");
    const reasons = retrainRules.length
        ? retrainRules.map((rule) => rule.message)
        : [
            `no retrain: ${rules
                .filter((rule) => rule.kind === "metric" && rule.verdict === "pass")
                .map((rule) => rule.message)
                .join("; ") || "no rule asks for one"}`,
        ];
    return { retrain: retrainRules.length > 0, reasons, rules, deltas, unpairedDeltas };
}
/** Whether a new dispatch is allowed: none within `cooldownMs` of the last one. */
function cooldownState(lastTriggerAt, cooldownMs, now) {
    const last = lastTriggerAt ? Date.parse(lastTriggerAt) : Number.NaN;
    if (!Number.isFinite(last))
        return { allowed: true };
    const until = last + cooldownMs;
    return until > now ? { allowed: false, until: new Date(until).toISOString() } : { allowed: true };
}

// EXTERNAL MODULE: ./.cache/build/lib/report/markdown.js
var markdown = __webpack_require__(5721);
// EXTERNAL MODULE: ./.cache/build/lib/report/mermaid.js
var mermaid = __webpack_require__(2649);
;// CONCATENATED MODULE: ./.cache/build/lib/report/monitor-markdown.js



const VERDICT = {
    pass: "✅ pass",
    retrain: "❌ retrain",
    warn: "⚠️ warn",
    skip: "➖ skip",
};
/** The monitor's job summary: the verdict and why, the metrics against the baseline, a daily chart, the rules. */
function renderMonitorMarkdown(report) {
    const lines = [
        `### trainyard monitor: ${(0,markdown/* escapeMarkdown */.FV)(report.model)} version ${(0,markdown/* escapeMarkdown */.FV)(report.champion.version)}`,
        "",
        `**${report.retrain ? "Retrain" : "No retrain"}** — ${(0,format_number/* formatCount */.B4)(report.rows)} labelled prediction(s) from ${(0,markdown/* escapeMarkdown */.FV)(report.window.since)} to ${(0,markdown/* escapeMarkdown */.FV)(report.window.until)}` +
            `${report.unlabelledRows ? ` (${(0,format_number/* formatCount */.B4)(report.unlabelledRows)} without a label yet)` : ""}.`,
        "",
        ...report.reasons.map((reason) => `- ${(0,markdown/* escapeMarkdown */.FV)(reason)}`),
        "",
    ];
    if (report.trigger.mode === "dispatch") {
        lines.push(report.trigger.dispatched
            ? `Dispatched ${(0,markdown/* code */.aY)(report.trigger.workflow)}${report.trigger.ref ? ` on ${(0,markdown/* code */.aY)(report.trigger.ref)}` : ""}.`
            : report.trigger.cooldownUntil
                ? `Not dispatched: within the cooldown of the last trigger (${(0,markdown/* escapeMarkdown */.FV)(report.trigger.lastTriggerAt ?? "")}), until ${(0,markdown/* escapeMarkdown */.FV)(report.trigger.cooldownUntil)}.`
                : "Not dispatched.", "");
    }
    if (report.metrics.length > 0) {
        const level = `${Math.round(report.bootstrap.confidence * 100)}%`;
        lines.push((0,markdown/* table */.tp)(["metric", `production (${level} interval)`, "champion's evaluation", "Δ"], report.metrics.map((metric) => [
            (0,markdown/* codeCell */.MZ)(metric.metric),
            (0,format_number/* formatInterval */.vy)(metric.production.value, metric.production.low, metric.production.high),
            (0,format_number/* formatInterval */.vy)(metric.baseline.value, metric.baseline.low, metric.baseline.high),
            (0,format_number/* formatInterval */.vy)(metric.delta.value, metric.delta.low, metric.delta.high),
        ])), "");
        if (report.comparison)
            lines.push(report.comparison.mode === "paired"
                ? `Δ is paired on ${(0,format_number/* formatCount */.B4)(report.comparison.ids ?? 0)} ids: ${(0,markdown/* escapeMarkdown */.FV)(report.comparison.reason)}; each resample weights an id the same on both sides (production − the champion's evaluation of those rows).`
                : `Δ is unpaired (MOVER, from the two intervals): ${(0,markdown/* escapeMarkdown */.FV)(report.comparison.reason)}.`, "");
    }
    const charted = report.daily.filter((day) => day.value !== null);
    const baseline = report.metrics.find((metric) => metric.metric === report.primaryMetric)?.baseline.value;
    if (charted.length >= 2) {
        lines.push((0,mermaid/* xyLineChart */.Az)({
            title: `${report.primaryMetric} per day in production${baseline !== null && baseline !== undefined ? ", flat: the champion's evaluation" : ""}`,
            yLabel: report.primaryMetric,
            labels: report.daily.map((day) => day.day.slice(5)),
            lines: [
                report.daily.map((day) => day.value ?? Number.NaN),
                ...(baseline !== null && baseline !== undefined ? [report.daily.map(() => baseline)] : []),
            ],
        }), "");
    }
    const rules = report.rules.map((rule) => [
        VERDICT[rule.verdict] ?? rule.verdict,
        (0,markdown/* codeCell */.MZ)(rule.id),
        (0,markdown/* cell */.Hn)(rule.bound),
        (0,markdown/* cell */.Hn)(rule.message, 300),
    ]);
    lines.push((0,markdown/* details */.zH)(`Rules (${report.rules.length})`, (0,markdown/* table */.tp)(["verdict", "rule", "bound", "detail"], rules)), "");
    if (report.notes.length > 0)
        lines.push(...report.notes.map((note) => `_${(0,markdown/* escapeMarkdown */.FV)(note)}_`), "");
    lines.push(`<sub>${report.daily.length} day(s), ${(0,format_number/* formatCount */.B4)(report.rows)} rows, bootstrap ${report.bootstrap.resamples} resamples, seed ${report.bootstrap.seed}; primary metric ${(0,markdown/* escapeMarkdown */.FV)(report.primaryMetric)} ${(0,format_number/* formatNumber */.ZV)(report.metrics.find((m) => m.metric === report.primaryMetric)?.production.value)}</sub>`, "");
    return lines.join("\n");
}

// EXTERNAL MODULE: ./.cache/build/lib/stats/bootstrap.js
var bootstrap = __webpack_require__(1641);
// EXTERNAL MODULE: ./.cache/build/lib/stats/bootstrap-workers.js + 7 modules
var bootstrap_workers = __webpack_require__(4431);
// EXTERNAL MODULE: ./.cache/build/lib/stats/sort.js
var sort = __webpack_require__(3219);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/paired-rows.js
/**
 * Paired bootstrap of two measurements of the SAME entities whose labels may differ: the champion's
 * evaluation of its test rows and its production predictions of those rows' ids (monitor). Row i of
 * `evaluation` and row i of `production` are the same id; each resample draws one weight per id (the
 * project's resampler: sfc32 stream per (seed, resample), multinomial counts below POISSON_MIN_ROWS ids,
 * Poisson from there on) and measures BOTH sides with those same weights, so the interval of
 * Δ = production − evaluation reflects what changed for these ids, not which ids were drawn.
 *
 * metric-set.ts's `pairedBootstrapMetrics` needs identical labels (two models on one test set); here the
 * labels may differ — a production label of an id is what happened later, which is the point — so each
 * side keeps its own labels and score order, and the metrics come from the weighted metric functions
 * (`valuesInOrder`), one pass per side and resample. Ids are bounded by the evaluation's test set, so
 * the cost (2 · ids · resamples) stays small and no worker threads are used.
 */




function rows(p) {
    return p.task === "regression" ? p.actual.length : p.labels.length;
}
function check(evaluation, production, options) {
    if (evaluation.task !== production.task)
        throw new Error(`cannot pair a ${evaluation.task} evaluation with ${production.task} production rows`);
    if (rows(evaluation) !== rows(production))
        throw new Error(`paired rows need one row per id on each side: evaluation ${rows(evaluation)}, production ${rows(production)}`);
    if (evaluation.task === "multiclass" &&
        production.task === "multiclass" &&
        evaluation.classes !== production.classes)
        throw new Error(`paired rows need the same classes: ${evaluation.classes} and ${production.classes}`);
    if (!Number.isInteger(options.resamples) || options.resamples < 0)
        throw new RangeError(`resamples must be a whole number ≥ 0, got ${options.resamples}`);
    if (!(options.confidence > 0 && options.confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${options.confidence}`);
    if (!Number.isSafeInteger(options.seed))
        throw new RangeError(`seed must be an integer, got ${options.seed}`);
}
function percentileInterval(value, values, count, confidence) {
    const sorted = values.subarray(0, count).sort();
    const alpha = (1 - confidence) / 2;
    return {
        value,
        low: count > 0 ? (0,bootstrap/* percentileSorted */.vS)(sorted, alpha) : Number.NaN,
        high: count > 0 ? (0,bootstrap/* percentileSorted */.vS)(sorted, 1 - alpha) : Number.NaN,
        resamples: count,
    };
}
/**
 * Every metric of the task on both sides and Δ = production − evaluation, each with a percentile interval
 * from one shared set of per-id weights. Deterministic for a seed. A resample where a side's metric is not
 * finite (ROC AUC of a one-class resample) is left out of that side's and of Δ's percentiles.
 */
function pairedRowsBootstrap(evaluation, production, options) {
    check(evaluation, production, options);
    const n = rows(evaluation);
    const names = metric_names/* METRICS_BY_TASK */.GT[evaluation.task];
    const orders = evaluation.task === "binary" && production.task === "binary"
        ? [(0,sort/* sortedOrder */.u)(evaluation.scores), (0,sort/* sortedOrder */.u)(production.scores)]
        : [undefined, undefined];
    const estimateE = (0,bootstrap_workers.valuesInOrder)(evaluation, undefined, orders[0]);
    const estimateP = (0,bootstrap_workers.valuesInOrder)(production, undefined, orders[1]);
    const m = names.length;
    const R = options.resamples;
    const sideE = Array.from({ length: m }, () => new Float64Array(R));
    const sideP = Array.from({ length: m }, () => new Float64Array(R));
    const delta = Array.from({ length: m }, () => new Float64Array(R));
    const countE = new Uint32Array(m);
    const countP = new Uint32Array(m);
    const countD = new Uint32Array(m);
    if (R > 0 && n > 0) {
        const resampler = new bootstrap/* UnitResampler */.ir(n, undefined, undefined, options.method ?? (0,bootstrap/* resampleMethod */.xH)(n));
        const drawn = (0,bootstrap/* unitWeights */.UR)(n);
        const weights = new Float64Array(n);
        for (let r = 0; r < R; r++) {
            resampler.fill(options.seed, r, drawn);
            for (let i = 0; i < n; i++)
                weights[i] = (0,bootstrap/* weightOf */.mm)(drawn, i);
            const e = (0,bootstrap_workers.valuesInOrder)(evaluation, weights, orders[0]);
            const p = (0,bootstrap_workers.valuesInOrder)(production, weights, orders[1]);
            for (let k = 0; k < m; k++) {
                const ve = e[k];
                const vp = p[k];
                if (Number.isFinite(ve))
                    sideE[k][countE[k]++] = ve;
                if (Number.isFinite(vp))
                    sideP[k][countP[k]++] = vp;
                if (Number.isFinite(ve) && Number.isFinite(vp))
                    delta[k][countD[k]++] = vp - ve;
            }
        }
    }
    const { confidence } = options;
    return Object.fromEntries(names.map((name, k) => {
        const ve = estimateE[k];
        const vp = estimateP[k];
        return [
            name,
            {
                production: percentileInterval(vp, sideP[k], countP[k], confidence),
                evaluation: percentileInterval(ve, sideE[k], countE[k], confidence),
                delta: percentileInterval(vp - ve, delta[k], countD[k], confidence),
            },
        ];
    }));
}

// EXTERNAL MODULE: ./.cache/build/lib/validation/drift-checks.js + 1 modules
var drift_checks = __webpack_require__(6045);
// EXTERNAL MODULE: ./.cache/build/lib/steps/snapshot/fetch-sources.js + 1 modules
var fetch_sources = __webpack_require__(8784);
// EXTERNAL MODULE: ./.cache/build/lib/steps/snapshot/pull-snapshot.js
var pull_snapshot = __webpack_require__(30);
// EXTERNAL MODULE: ./.cache/build/lib/steps/step-config.js
var step_config = __webpack_require__(2140);
// EXTERNAL MODULE: ./.cache/build/lib/steps/tracking-config.js
var tracking_config = __webpack_require__(9210);
// EXTERNAL MODULE: ./.cache/build/lib/steps/workspace-paths.js
var workspace_paths = __webpack_require__(9347);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metric-set.js
var metric_set = __webpack_require__(8306);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/build-predictions.js
var build_predictions = __webpack_require__(7480);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/read-columns.js
var read_columns = __webpack_require__(6509);
// EXTERNAL MODULE: ./.cache/build/lib/steps/evaluate/task-labels.js
var task_labels = __webpack_require__(7256);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/monitor/paired-rows.js
/**
 * The monitor's paired comparison: the champion's evaluation rows by id (from the `evaluation/predictions.csv`
 * its run holds, which evaluate writes with each test row's id and label when evaluate.id_column is set), and
 * the production rows in the window that carry one of those ids. Memory is bounded by the evaluation's test
 * set: one slot per test row, whatever the window's size; when an id occurs on several production rows in
 * the window, the newest is kept.
 */






/**
 * Reads the champion's evaluation rows through the Tracker port, or says why there are none to pair with
 * (the reason is shown as "unpaired (MOVER): <reason>").
 */
async function evaluationRows(tracker, runId, evaluation, dir) {
    const idColumn = evaluation.idColumn;
    if (!idColumn)
        return {
            reason: "the champion's evaluation recorded no row ids (set evaluate.id_column and evaluate the champion again to pair by id)",
        };
    const file = (0,external_node_path_.join)(dir, "champion-predictions.csv");
    await (0,promises_.rm)(file, { force: true });
    try {
        await tracker.downloadArtifacts(runId, "evaluation/predictions.csv", file);
    }
    catch (error) {
        return {
            reason: `the champion's run ${runId} has no evaluation/predictions.csv to pair with (${error.message.split("\n")[0]})`,
        };
    }
    const read = await (0,read_columns/* readColumns */.E)(file, (columns) => columns);
    for (const name of [idColumn, evaluation.labelColumn])
        if (!read.values.has(name))
            return {
                reason: `the champion's evaluation/predictions.csv has no column "${name}" (evaluate.id_column records it)`,
            };
    let built;
    try {
        built = (0,build_predictions/* buildPredictions */.NV)({
            task: evaluation.task,
            labels: read.values.get(evaluation.labelColumn),
            labelColumn: evaluation.labelColumn,
            predictions: { file: "evaluation/predictions.csv", ...read },
            ...(evaluation.task === "binary" && evaluation.classes?.[1] !== undefined
                ? { positiveClass: evaluation.classes[1] }
                : {}),
        });
    }
    catch (error) {
        return {
            reason: `the champion's evaluation/predictions.csv cannot be read back: ${error.message}`,
        };
    }
    if (evaluation.task !== "regression" && built.classes?.join("\n") !== evaluation.classes?.join("\n"))
        return {
            reason: `the champion's evaluation/predictions.csv has classes ${built.classes?.join(", ")}, its evaluation ${evaluation.classes?.join(", ")}`,
        };
    const rowOfId = new Map();
    const repeated = new Set();
    const ids = read.values.get(idColumn);
    for (let row = 0; row < ids.length; row++) {
        const id = (0,task_labels/* labelText */.QK)(ids[row]);
        if (id === undefined)
            continue;
        if (rowOfId.has(id))
            repeated.add(id);
        else
            rowOfId.set(id, row);
    }
    for (const id of repeated)
        rowOfId.delete(id);
    return { idColumn, predictions: built.predictions, rowOfId, rows: read.rows, repeatedIds: repeated.size };
}
/**
 * Production rows matched to evaluation rows by id: per evaluation row, the newest production row of its id
 * in the window (its time, label and prediction values: a score, k probabilities, or a predicted value).
 */
class PairedRows {
    evaluation;
    productionIdColumn;
    /** Production rows in the window whose id column had a value. */
    rowsWithId = 0;
    /** Of those, rows whose id is one of the evaluation's. */
    matchedRows = 0;
    time;
    label;
    values;
    width;
    constructor(evaluation, productionIdColumn) {
        this.evaluation = evaluation;
        this.productionIdColumn = productionIdColumn;
        const p = evaluation.predictions;
        this.width = p.task === "multiclass" ? p.classes : 1;
        const n = evaluation.rows;
        this.time = new Float64Array(n).fill(Number.NaN);
        this.label = new Float64Array(n);
        this.values = new Float64Array(n * this.width);
    }
    /** A labelled production row in the window: `label` is the class code or the actual value. */
    add(id, time, label, values) {
        const text = (0,task_labels/* labelText */.QK)(id);
        if (text === undefined)
            return;
        this.rowsWithId++;
        const row = this.evaluation.rowOfId.get(text);
        if (row === undefined)
            return;
        this.matchedRows++;
        const previous = this.time[row];
        if (previous > time)
            return;
        this.time[row] = time;
        this.label[row] = label;
        for (let c = 0; c < this.width; c++)
            this.values[row * this.width + c] = values[c];
    }
    /** Evaluation rows with a production row. */
    get ids() {
        let count = 0;
        for (let i = 0; i < this.time.length; i++)
            if (!Number.isNaN(this.time[i]))
                count++;
        return count;
    }
    /** Both sides on the matched ids, row i of each the same id. */
    sides() {
        const matched = [];
        for (let i = 0; i < this.time.length; i++)
            if (!Number.isNaN(this.time[i]))
                matched.push(i);
        const rows = Uint32Array.from(matched);
        const evaluation = (0,metric_set/* subsetPredictions */.Bj)(this.evaluation.predictions, rows);
        const n = rows.length;
        const k = this.width;
        const values = new Float64Array(n * k);
        for (let i = 0; i < n; i++) {
            const r = rows[i];
            values.set(this.values.subarray(r * k, r * k + k), i * k);
        }
        let production;
        if (evaluation.task === "regression")
            production = {
                task: "regression",
                actual: Float64Array.from(rows, (r) => this.label[r]),
                predicted: values,
            };
        else {
            const labels = Int32Array.from(rows, (r) => this.label[r]);
            production =
                evaluation.task === "binary"
                    ? { task: "binary", labels, scores: values }
                    : { task: "multiclass", labels, probabilities: values, classes: evaluation.classes };
        }
        return { evaluation, production };
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/stats/column-profile.js + 3 modules
var column_profile = __webpack_require__(9649);
// EXTERNAL MODULE: ./.cache/build/lib/stats/parse-text.js
var parse_text = __webpack_require__(6574);
// EXTERNAL MODULE: ./.cache/build/lib/stats/metrics/conventions.js
var conventions = __webpack_require__(8937);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/streaming-units.js
/**
 * Binary predictions gathered in bounded memory: a stream of (label, score) rows merged into units — one
 * entry per distinct score holding the count of negative and positive rows with it — which
 * `bootstrapBinaryUnits` (metric-set.ts) measures with the same metric and bootstrap code as the rows
 * themselves: every binary metric depends on a resample only through each unit's total weight, and a unit
 * of m rows gets one Poisson(m) count (the sum of its rows' Poisson(1) counts).
 *
 * Memory is bounded by `maxUnits` (distinct scores), not by rows. While the rows have no more distinct
 * scores than that, nothing is lost: the metrics and intervals equal those of the rows (bit for bit for the
 * intervals from POISSON_MIN_ROWS rows on; below it the rows themselves are kept and measured as rows).
 * When there are more, the scores are QUANTISED: every score falls in a cell, and a cell is one unit whose
 * score is the mean of its rows' scores. Cells are chosen so that most metrics move by a small, computed
 * amount:
 * - A cell is (side of 0.5, calibration bin ⌊10·s⌋, the top `bits` mantissa bits of t = min(s, 1 − s)):
 *   a RELATIVE grid on the distance to 0 or 1, so a cell's scores differ by at most t·2^−bits. It never
 *   straddles 0.5 or a calibration-bin edge, and cells are disjoint intervals of scores, so the order of
 *   scores across cells is kept. Grids of fewer bits nest, so coarsening merges whole cells.
 * - accuracy, precision, recall, F1: unchanged (no row changes side of 0.5).
 * - ECE: unchanged on the rows (each bin's Σ score is kept by the cell means); under any resample
 *   weights at most the largest cell spread.
 * - Brier: at most 2 × the largest cell spread (|Δ(s − y)²| ≤ |Δs| · 2 per row), under any weights.
 * - log loss: at most the largest spread of log(clip(p)) over a cell for the rows' label, ≤ 2^−bits,
 *   under any weights (the relative grid bounds the log's change; near 0 and 1 too).
 * - ROC AUC: only pairs of a positive and a negative in the SAME cell change (to a tie): at most
 *   0.5 · Σ_cells pos·neg / (P·N), computed on the rows.
 * - PR AUC: each cell's positives contribute at the cell's precision instead of their own, which lies
 *   between the precisions reachable inside the cell: the sum of those gaps, computed on the rows.
 * The ROC and PR AUC bounds are computed with every row's weight 1 (the point estimate); a resample moves
 * by the same kind of amount computed on its weights. The bootstrap intervals of the quantised units also
 * use other random draws than those of the rows (other units), so their endpoints differ from the rows'
 * by the bound plus the Monte-Carlo error of the resamples.
 */



/** Default cap on distinct units (scores) kept in memory: 2^19, ~50 MiB of table and ~40 MiB to measure. */
const DEFAULT_MAX_UNITS = 1 << 19;
/** The first quantisation grid: cells of relative width 2^−20 (≈ 1e−6). Coarser grids follow if needed. */
const FIRST_QUANTISATION_BITS = 20;
const EMPTY = -1;
const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
const HIGH_WORD = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1 ? 1 : 0;
/** The cell of a score in [0, 1] on the grid of `bits` mantissa bits (0–20): a non-negative integer. */
function scoreCell(score, bits) {
    const side = score >= 0.5 ? 1 : 0;
    const t = side === 1 ? 1 - score : score; // exact for score in [0.5, 1] (Sterbenz)
    const bin = Math.min(9, Math.max(0, Math.floor(score * 10)));
    scratch[0] = t;
    const high = scratchWords[HIGH_WORD] >>> 0; // sign 0, 11 exponent bits, top 20 mantissa bits
    const code = high >>> (20 - bits);
    return (side * 16 + bin) * 2147483648 + code;
}
/**
 * Open-addressing hash table of score → (negatives, positives, Σ score, min, max); keys are the exact
 * score, or its cell once quantised.
 */
class ScoreTable {
    keys;
    negatives;
    positives;
    sums;
    mins;
    maxs;
    size = 0;
    mask;
    constructor(capacity) {
        let slots = 16;
        while (slots < capacity * 2)
            slots *= 2;
        this.mask = slots - 1;
        this.keys = new Float64Array(slots).fill(EMPTY);
        this.negatives = new Float64Array(slots);
        this.positives = new Float64Array(slots);
        this.sums = new Float64Array(slots);
        this.mins = new Float64Array(slots);
        this.maxs = new Float64Array(slots);
    }
    get slots() {
        return this.keys.length;
    }
    slot(key) {
        scratch[0] = key;
        let h = Math.imul(scratchWords[0] ^ Math.imul(scratchWords[1], 0x9e3779b1), 0x85ebca6b);
        h ^= h >>> 15;
        let i = h & this.mask;
        for (;;) {
            const k = this.keys[i];
            if (k === key)
                return i;
            if (k === EMPTY) {
                this.keys[i] = key;
                this.size++;
                return i;
            }
            i = (i + 1) & this.mask;
        }
    }
    add(key, negatives, positives, sum, min, max) {
        const i = this.slot(key);
        if (this.negatives[i] === 0 && this.positives[i] === 0) {
            this.mins[i] = min;
            this.maxs[i] = max;
        }
        else {
            if (min < this.mins[i])
                this.mins[i] = min;
            if (max > this.maxs[i])
                this.maxs[i] = max;
        }
        this.negatives[i] = this.negatives[i] + negatives;
        this.positives[i] = this.positives[i] + positives;
        this.sums[i] = this.sums[i] + sum;
    }
}
/**
 * Binary (label, score) rows merged into units as they stream in; at most `maxUnits` distinct units in
 * memory (plus, until POISSON_MIN_ROWS rows, the rows themselves, so that small windows are measured
 * exactly as rows).
 */
class StreamingBinaryUnits {
    table;
    /** undefined: exact scores; else the grid's mantissa bits. */
    bits;
    maxUnits;
    keepRows;
    rawLabels;
    rawScores;
    rows = 0;
    constructor(maxUnits = DEFAULT_MAX_UNITS, keepRows = bootstrap/* POISSON_MIN_ROWS */.Dv) {
        if (!(Number.isInteger(maxUnits) && maxUnits >= 16))
            throw new RangeError(`maxUnits must be a whole number ≥ 16, got ${maxUnits}`);
        this.maxUnits = maxUnits;
        this.keepRows = keepRows;
        this.table = new ScoreTable(Math.min(maxUnits, 1024));
        if (keepRows > 0) {
            this.rawLabels = new Int32Array(keepRows);
            this.rawScores = new Float64Array(keepRows);
        }
    }
    /** Adds one row: label 0 or 1, score in [0, 1]. */
    add(label, score) {
        if (this.rawLabels !== undefined && this.rawScores !== undefined) {
            if (this.rows < this.keepRows) {
                this.rawLabels[this.rows] = label;
                this.rawScores[this.rows] = score;
            }
            else {
                this.rawLabels = undefined;
                this.rawScores = undefined;
            }
        }
        this.rows++;
        const key = this.bits === undefined ? score : scoreCell(score, this.bits);
        this.table.add(key, label === 1 ? 0 : 1, label === 1 ? 1 : 0, score, score, score);
        if (this.table.size * 2 > this.table.slots || this.table.size > this.maxUnits)
            this.grow();
    }
    get quantised() {
        return this.bits !== undefined;
    }
    get units() {
        return this.table.size;
    }
    /** The rows themselves, while fewer than `keepRows` have been added. */
    rawRows() {
        if (this.rawLabels === undefined || this.rawScores === undefined || this.rows > this.keepRows)
            return undefined;
        return { labels: this.rawLabels.subarray(0, this.rows), scores: this.rawScores.subarray(0, this.rows) };
    }
    grow() {
        if (this.table.size <= this.maxUnits) {
            this.rehash(this.bits, Math.min(this.maxUnits, this.table.size * 2));
            return;
        }
        // past the cap: the first grid, then coarser ones until at most half the cap is used
        let bits = this.bits === undefined ? FIRST_QUANTISATION_BITS : this.bits - 1;
        for (;;) {
            this.rehash(bits, this.maxUnits);
            if (this.table.size * 2 <= this.maxUnits || bits === 0)
                break;
            bits--;
        }
    }
    rehash(bits, capacity) {
        const old = this.table;
        const next = new ScoreTable(Math.max(capacity, old.size));
        for (let i = 0; i < old.slots; i++) {
            const key = old.keys[i];
            if (key === EMPTY)
                continue;
            const min = old.mins[i];
            // a cell's scores share the cell of any of them: its minimum's
            const nextKey = bits === undefined ? key : scoreCell(min, bits);
            next.add(nextKey, old.negatives[i], old.positives[i], old.sums[i], min, old.maxs[i]);
        }
        this.table = next;
        this.bits = bits;
    }
    /**
     * The units: exact scores, or each cell's mean score (clamped to the cell's scores), one entry per label
     * present in it.
     */
    unitCounts() {
        const t = this.table;
        const labels = new Int32Array(2 * t.size);
        const scores = new Float64Array(2 * t.size);
        const counts = new Float64Array(2 * t.size);
        let at = 0;
        for (let i = 0; i < t.slots; i++) {
            const key = t.keys[i];
            if (key === EMPTY)
                continue;
            const n0 = t.negatives[i];
            const n1 = t.positives[i];
            const score = this.bits === undefined
                ? key
                : Math.min(t.maxs[i], Math.max(t.mins[i], t.sums[i] / (n0 + n1)));
            for (const [label, count] of [
                [0, n0],
                [1, n1],
            ]) {
                if (count === 0)
                    continue;
                labels[at] = label;
                scores[at] = score;
                counts[at] = count;
                at++;
            }
        }
        return {
            rows: this.rows,
            labels: labels.slice(0, at),
            scores: scores.slice(0, at),
            counts: counts.slice(0, at),
        };
    }
    /** How the scores were quantised and each metric's bound; undefined while the scores are exact. */
    quantisation() {
        if (this.bits === undefined)
            return undefined;
        const t = this.table;
        const cells = t.size;
        const low = new Float64Array(cells);
        const high = new Float64Array(cells);
        const neg = new Float64Array(cells);
        const pos = new Float64Array(cells);
        let c = 0;
        let maxSpread = 0;
        let maxLogSpread = 0;
        for (let i = 0; i < t.slots; i++) {
            if (t.keys[i] === EMPTY)
                continue;
            const min = t.mins[i];
            const max = t.maxs[i];
            low[c] = min;
            high[c] = max;
            neg[c] = t.negatives[i];
            pos[c] = t.positives[i];
            maxSpread = Math.max(maxSpread, max - min);
            if (pos[c] > 0)
                maxLogSpread = Math.max(maxLogSpread, Math.log((0,conventions/* clip */.$Q)(max)) - Math.log((0,conventions/* clip */.$Q)(min)));
            if (neg[c] > 0)
                maxLogSpread = Math.max(maxLogSpread, Math.log((0,conventions/* clip */.$Q)(1 - min)) - Math.log((0,conventions/* clip */.$Q)(1 - max)));
            c++;
        }
        // cells by descending score (disjoint intervals: their minimums order them)
        const order = (0,sort/* sortedOrder */.u)(low);
        let positives = 0;
        let negatives = 0;
        for (let k = 0; k < cells; k++) {
            positives += pos[k];
            negatives += neg[k];
        }
        let tiedPairs = 0;
        let apGap = 0;
        let tp = 0;
        let fp = 0;
        for (let k = 0; k < cells; k++) {
            const i = order[k];
            const a = pos[i];
            const b = neg[i];
            tiedPairs += a * b;
            if (a > 0) {
                const merged = (tp + a) / (tp + fp + a + b);
                const lowest = (tp + 1) / (tp + 1 + fp + b);
                const highest = (tp + a) / (tp + a + fp);
                apGap += a * Math.max(highest - merged, merged - lowest);
            }
            tp += a;
            fp += b;
        }
        return {
            bits: this.bits,
            units: cells,
            maxCellSpread: maxSpread,
            bounds: {
                accuracy: 0,
                precision: 0,
                recall: 0,
                f1: 0,
                roc_auc: positives > 0 && negatives > 0 ? (0.5 * tiedPairs) / (positives * negatives) : 0,
                pr_auc: positives > 0 ? apGap / positives : 0,
                log_loss: maxLogSpread,
                brier: 2 * maxSpread,
                expected_calibration_error: maxSpread,
            },
        };
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/monitor/production-window.js






const DAY_MS = 86_400_000;
/** Each UTC day of a binary window gets units of its own, with this share of the window's cap (≥ 4,096). */
const DAY_UNITS_SHARE = 64;
class GrowableFloat64 {
    data = new Float64Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.data.length) {
            const next = new Float64Array(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = value;
    }
    view() {
        return this.data.subarray(0, this.length);
    }
}
class GrowableInt32 {
    data = new Int32Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.data.length) {
            const next = new Int32Array(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = value;
    }
    view() {
        return this.data.subarray(0, this.length);
    }
}
function timeOf(value) {
    if (value instanceof Date)
        return value.getTime();
    if (typeof value === "number")
        return Number.isFinite(value) ? value : Number.NaN;
    if (typeof value === "bigint")
        return Number(value);
    if (typeof value === "string") {
        const text = value.trim();
        if (/^-?\d+(\.\d+)?$/.test(text))
            return Number(text);
        return (0,parse_text/* parseIsoTimestamp */.RJ)(text);
    }
    return Number.NaN;
}
function numberOf(value) {
    if (typeof value === "number")
        return value;
    if (typeof value === "bigint")
        return Number(value);
    if (typeof value === "string" && value.trim() !== "")
        return Number(value);
    return Number.NaN;
}
/**
 * The window's labelled production predictions, gathered in one streaming pass over the files.
 * Binary (bounded memory): each row joins the window's (label, score) units and its UTC day's
 * (streaming-units.ts): memory grows with distinct scores up to `maxUnits`, then scores are quantised with
 * stated bounds, never with rows. Multiclass and regression: labels and predictions go into typed arrays
 * (the metrics and the bootstrap take every row: 8 + 8·classes bytes a multiclass row, 16 a regression row)
 * and each row's UTC day into a third. Every feature column goes into a bounded-memory column profiler for
 * drift. Rows before the window are counted and dropped.
 */
class ProductionWindow {
    encoding;
    labels = new GrowableInt32();
    actual = new GrowableFloat64();
    values = new GrowableFloat64();
    days = new GrowableInt32();
    profilers = new Map();
    binary;
    binaryDays = new Map();
    maxUnits;
    measured = 0;
    classIndex;
    columns;
    file = "";
    firstDay;
    olderRows = 0;
    unlabelledRows = 0;
    rowsRead = 0;
    newestOlder = Number.NaN;
    /** Files without the paired id column. */
    filesWithoutId = [];
    scratch;
    constructor(encoding) {
        this.encoding = encoding;
        this.classIndex = new Map((encoding.classes ?? []).map((label, index) => [label, index]));
        this.firstDay = Math.floor(encoding.sinceMs / DAY_MS);
        this.maxUnits = encoding.maxUnits ?? DEFAULT_MAX_UNITS;
        this.scratch = new Float64Array(Math.max(1, encoding.classes?.length ?? 1));
        if (encoding.task === "binary")
            this.binary = new StreamingBinaryUnits(this.maxUnits);
        if (encoding.task !== "regression" && !encoding.classes?.length)
            throw new user_error/* UserError */.yo(`the champion's evaluation records no classes for its ${encoding.task} task`);
    }
    get rows() {
        return this.measured;
    }
    /** Starts a file: its columns are looked up on its first batch. */
    startFile(file) {
        this.file = file;
        this.columns = undefined;
    }
    add(batch) {
        this.columns ??= this.locate(batch.columns);
        const columns = this.columns;
        const { sinceMs, championVersion, task } = this.encoding;
        const k = this.encoding.classes?.length ?? 0;
        for (let i = 0; i < batch.rows.length; i++) {
            const row = batch.rows[i];
            this.rowsRead++;
            const rowNumber = batch.firstRowNumber + i;
            const rawTime = row[columns.timestamp];
            const time = timeOf(rawTime);
            if (!Number.isFinite(time))
                throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber}, column "${this.encoding.timestampColumn}": ${JSON.stringify((0,task_labels/* labelText */.QK)(rawTime) ?? null)} is not a time; write ISO 8601 (2024-06-01T12:00:00Z) or epoch milliseconds (${this.encoding.origins.timestamp})`);
            if (time < sinceMs) {
                this.olderRows++;
                if (!(time <= this.newestOlder))
                    this.newestOlder = time;
                continue;
            }
            if (columns.modelVersion >= 0) {
                const version = (0,task_labels/* labelText */.QK)(row[columns.modelVersion]);
                if (version !== undefined && version !== championVersion)
                    throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber} was predicted by model version ${version}, but the champion is version ${championVersion}; monitor only the champion's predictions (filter the rows, or start the window after the promotion with since), column "${this.encoding.modelVersionColumn}"`);
            }
            const label = (0,task_labels/* labelText */.QK)(row[columns.label]);
            if (label === undefined) {
                this.unlabelledRows++;
                continue;
            }
            for (const [profiler, index] of columns.features)
                profiler.add(row[index]);
            const paired = columns.id >= 0 ? this.encoding.paired : undefined;
            if (task === "regression") {
                const actual = this.number(row, columns.label, this.encoding.labelColumn, rowNumber);
                const predicted = this.number(row, columns.predictions[0], "prediction", rowNumber);
                this.actual.push(actual);
                this.values.push(predicted);
                if (paired) {
                    this.scratch[0] = predicted;
                    paired.add(row[columns.id], time, actual, this.scratch);
                }
            }
            else {
                const code = this.classIndex.get(label);
                if (code === undefined)
                    throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber}, label column "${this.encoding.labelColumn}": "${label}" is not a class the champion was evaluated on (${this.encoding.classes?.join(", ")})`);
                if (this.binary !== undefined) {
                    const name = columns.predictionNames[0];
                    const p = this.number(row, columns.predictions[0], name, rowNumber);
                    if (p < 0 || p > 1)
                        throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber}, column "${name}": ${p} is not a probability in [0, 1]`);
                    const y = code === 1 ? 1 : 0;
                    this.binary.add(y, p);
                    if (paired) {
                        this.scratch[0] = p;
                        paired.add(row[columns.id], time, y, this.scratch);
                    }
                    const day = Math.floor(time / DAY_MS) - this.firstDay;
                    let units = this.binaryDays.get(day);
                    if (units === undefined) {
                        units = new StreamingBinaryUnits(Math.max(4096, Math.floor(this.maxUnits / DAY_UNITS_SHARE)), 0);
                        this.binaryDays.set(day, units);
                    }
                    units.add(y, p);
                    this.measured++;
                    continue;
                }
                this.labels.push(code);
                for (let c = 0; c < k; c++) {
                    const name = columns.predictionNames[c];
                    const p = this.number(row, columns.predictions[c], name, rowNumber);
                    if (p < 0 || p > 1)
                        throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber}, column "${name}": ${p} is not a probability in [0, 1]`);
                    this.values.push(p);
                    this.scratch[c] = p;
                }
                if (paired)
                    paired.add(row[columns.id], time, code, this.scratch);
            }
            this.days.push(Math.floor(time / DAY_MS) - this.firstDay);
            this.measured++;
        }
    }
    number(row, index, name, rowNumber) {
        const value = numberOf(row[index]);
        if (!Number.isFinite(value))
            throw new user_error/* UserError */.yo(`${this.file}: row ${rowNumber}, column "${name}": expected a number, found ${JSON.stringify((0,task_labels/* labelText */.QK)(row[index]) ?? null)}`);
        return value;
    }
    locate(names) {
        const { encoding } = this;
        const find = (name, why) => {
            const index = names.indexOf(name);
            if (index < 0)
                throw new user_error/* UserError */.yo(`${this.file} has no ${why} column "${name}" (${why === "label" ? encoding.origins.label : why === "timestamp" ? encoding.origins.timestamp : "the champion's predictions"}); its columns are ${names.join(", ") || "none"}`);
            return index;
        };
        const timestamp = find(encoding.timestampColumn, "timestamp");
        const label = find(encoding.labelColumn, "label");
        let predictionNames;
        if (encoding.task === "regression")
            predictionNames = ["prediction"];
        else if (encoding.task === "binary") {
            const positive = encoding.classes?.[1];
            predictionNames = [names.includes("score") ? "score" : `proba_${positive}`];
            if (!names.includes(predictionNames[0]))
                throw new user_error/* UserError */.yo(`${this.file} has no "score" column (the probability of the positive class "${positive}") nor "proba_${positive}"; its columns are ${names.join(", ")}`);
        }
        else
            predictionNames = (encoding.classes ?? []).map((label) => `proba_${label}`);
        const predictions = predictionNames.map((name) => find(name, "prediction"));
        const features = encoding.features(names).map((name) => {
            let profiler = this.profilers.get(name);
            if (!profiler) {
                profiler = new column_profile/* ColumnProfiler */.kW(name);
                this.profilers.set(name, profiler);
            }
            return [profiler, names.indexOf(name)];
        });
        const id = encoding.paired ? names.indexOf(encoding.paired.productionIdColumn) : -1;
        if (encoding.paired && id < 0)
            this.filesWithoutId.push(this.file);
        return {
            id,
            timestamp,
            label,
            modelVersion: names.indexOf(encoding.modelVersionColumn),
            predictions,
            predictionNames,
            features,
        };
    }
    /**
     * Every metric of the task with its bootstrap interval, as evaluate computes them: binary windows from
     * their units (the rows themselves below POISSON_MIN_ROWS rows), others from the rows.
     */
    measure(options) {
        if (this.binary === undefined)
            return (0,metric_set/* bootstrapMetrics */.SR)(this.predictions(), options);
        const rows = this.binary.rawRows();
        if (rows !== undefined)
            return (0,metric_set/* bootstrapMetrics */.SR)({ task: "binary", ...rows }, options);
        const units = this.binary.unitCounts();
        return (0,metric_set/* bootstrapBinaryUnits */.F1)(units.labels, units.scores, units.counts, options);
    }
    /** How a binary window's scores were quantised (undefined when they were not, or not binary). */
    quantisation() {
        return this.binary?.quantisation();
    }
    /** UTC days whose binary units were quantised (their value moves by at most their own bounds). */
    quantisedDays() {
        let days = 0;
        for (const units of this.binaryDays.values())
            if (units.quantised)
                days++;
        return days;
    }
    /** A metric's value per UTC day, from the window's first day to its last row's day (null: no rows, or
     * the metric is undefined on them). */
    dailyValues(metric) {
        const finite = (value) => value !== undefined && Number.isFinite(value) ? value : null;
        const dayName = (d) => new Date((this.firstDay + d) * DAY_MS).toISOString().slice(0, 10);
        if (this.binary === undefined) {
            const predictions = this.predictions();
            return this.rowsByDay().map(({ day, rows }) => ({
                day,
                rows: rows.length,
                value: rows.length > 0 ? finite((0,metric_set/* metricValues */.tZ)((0,metric_set/* subsetPredictions */.Bj)(predictions, rows))[metric]) : null,
            }));
        }
        const last = Math.max(-1, ...this.binaryDays.keys());
        return Array.from({ length: last + 1 }, (_, d) => {
            const units = this.binaryDays.get(d);
            if (units === undefined)
                return { day: dayName(d), rows: 0, value: null };
            const merged = units.unitCounts();
            const values = (0,metric_set/* metricValues */.tZ)({ task: "binary", labels: merged.labels, scores: merged.scores }, merged.counts);
            return { day: dayName(d), rows: units.rows, value: finite(values[metric]) };
        });
    }
    /** The window's predictions as the metrics take them (multiclass and regression: binary keeps units). */
    predictions() {
        const { task } = this.encoding;
        if (task === "regression")
            return { task, actual: this.actual.view(), predicted: this.values.view() };
        if (task === "binary")
            throw new Error("a binary window keeps units, not rows: use measure()");
        return {
            task,
            labels: this.labels.view(),
            probabilities: this.values.view(),
            classes: this.encoding.classes?.length ?? 0,
        };
    }
    /** Each UTC day's row indexes, from the window's first day to its last row's day. */
    rowsByDay() {
        const days = this.days.view();
        let last = -1;
        for (let i = 0; i < days.length; i++)
            if (days[i] > last)
                last = days[i];
        const counts = new Uint32Array(last + 1);
        for (let i = 0; i < days.length; i++)
            counts[days[i]] = counts[days[i]] + 1;
        const lists = Array.from(counts, (count) => new Uint32Array(count));
        const filled = new Uint32Array(last + 1);
        for (let i = 0; i < days.length; i++) {
            const d = days[i];
            const at = filled[d];
            lists[d][at] = i;
            filled[d] = at + 1;
        }
        return lists.map((rows, d) => ({
            day: new Date((this.firstDay + d) * DAY_MS).toISOString().slice(0, 10),
            rows,
        }));
    }
    /** The production profiles of the feature columns, for drift. */
    profiles() {
        return [...this.profilers.values()].map((profiler) => profiler.profile());
    }
}

;// CONCATENATED MODULE: ./.cache/build/lib/steps/monitor/monitor-step.js























/** Tags the monitor keeps on the champion version. */
const MONITOR_TAGS = {
    lastRunAt: "trainyard.monitor.last_run_at",
    retrain: "trainyard.monitor.retrain",
    rows: "trainyard.monitor.rows",
    reasons: "trainyard.monitor.reasons",
    runId: "trainyard.monitor.run_id",
    lastTriggerAt: "trainyard.monitor.last_trigger_at",
};
/** The tag that marks a tracker run as a monitor run, and its companions. */
const MONITOR_RUN_TAGS = {
    kind: "trainyard.kind",
    championVersion: "trainyard.monitor.champion_version",
    retrain: "trainyard.monitor.retrain",
    dispatched: "trainyard.monitor.dispatched",
};
const TAG_LIMIT = 5000;
const NON_FEATURES = new Set(["prediction", "score"]);
/** The window's start: a span back from now (`7d`) or an ISO 8601 time. */
function windowStart(since, now, what) {
    const span = (0,monitor_config/* spanMs */.J6)(since);
    if (span !== undefined)
        return now - span;
    if (/^\d{4}-\d{2}-\d{2}/.test(since)) {
        const time = Date.parse(since);
        if (Number.isFinite(time))
            return time;
    }
    throw new user_error/* UserError */.yo(`${what} is "${since}": give a span back from now (7d, 12h, 2w) or an ISO 8601 time (2024-06-01)`);
}
/** The champion's evaluation at promotion: evaluation.json of its run, with the run's test_* metrics. */
async function championBaseline(context, tracker, champion, dir) {
    const runId = champion.runId;
    if (!runId)
        throw new user_error/* UserError */.yo(`champion version ${champion.version} records no run, so its evaluation cannot be read`);
    const run = await tracker.getRun(runId);
    const file = (0,external_node_path_.join)(dir, `champion-${champion.version}-evaluation.json`);
    await (0,promises_.rm)(file, { force: true });
    try {
        await tracker.downloadArtifacts(runId, "evaluation/evaluation.json", file);
    }
    catch (error) {
        throw new user_error/* UserError */.yo(`champion version ${champion.version} (run ${runId}) has no evaluation/evaluation.json: evaluate it with run-id ${runId} so the monitor has a baseline (${error.message})`);
    }
    const evaluation = (0,evaluation_report/* parseEvaluationReport */.ee)(await (0,promises_.readFile)(file, "utf8"), `run ${runId}: evaluation/evaluation.json`);
    // The run's test_* metrics are what the tracker shows; where present they are the baseline.
    const logged = new Map(run.metrics.map((metric) => [metric.key, metric.value]));
    for (const [name, interval] of Object.entries(evaluation.metrics)) {
        const value = logged.get(`test_${name}`);
        if (value === undefined)
            continue;
        evaluation.metrics[name] = {
            value,
            low: logged.get(`test_${name}_ci_low`) ?? interval.low,
            high: logged.get(`test_${name}_ci_high`) ?? interval.high,
            resamples: interval.resamples,
        };
    }
    context.log.info(`baseline: champion version ${champion.version}, ${evaluation.primaryMetric} ${evaluation.metrics[evaluation.primaryMetric]?.value} on ${evaluation.rows} test rows (run ${runId})`);
    return { evaluation, run };
}
async function referenceProfiles(context, inputs, config, snapshotId) {
    if (!snapshotId)
        return { note: "the champion records no training snapshot, so no drift check" };
    if (!/^[0-9a-f]{16}$/.test(snapshotId))
        return { note: `the champion was trained on "${snapshotId}", not a stored snapshot, so no drift check` };
    try {
        const store = await (0,step_config/* openStepStore */.cl)(context, inputs, config);
        const manifest = await (0,pull_snapshot/* readManifest */.WI)(store, snapshotId);
        return { profiles: manifest.profile };
    }
    catch (error) {
        return {
            note: `no drift check: the champion's snapshot ${snapshotId} could not be read (${error.message})`,
        };
    }
}
function metricPolicy(monitor, task, primary) {
    const policy = monitor.metrics
        ? Object.fromEntries(Object.entries(monitor.metrics).filter((entry) => entry[1] !== undefined))
        : { [primary]: { max_degradation: 0 } };
    const names = trainyard_config/* METRICS_BY_TASK */.GT[task];
    const foreign = Object.keys(policy).filter((name) => !names.includes(name));
    if (foreign.length > 0)
        throw new user_error/* UserError */.yo(`monitor.metrics names ${foreign.join(", ")}, not a metric of the champion's ${task} task (${names.join(", ")})`);
    return policy;
}
/** What quantising the scores did, for the report's notes and the job summary. */
function quantisationNote(q, maxUnits, metrics) {
    const bounds = metrics
        .filter((metric) => q.bounds[metric] !== undefined)
        .map((metric) => `${metric} ±${q.bounds[metric].toPrecision(2)}`);
    return `the window has more distinct scores than monitor.max_units (${maxUnits}), so scores were quantised to ${q.units} cells (relative width 2^-${q.bits}, widest ${q.maxCellSpread.toPrecision(2)}); the metrics differ from those of the exact scores by at most: ${bounds.join(", ")}`;
}
const toRecord = (interval) => {
    const finite = (value) => (Number.isFinite(value) ? value : null);
    return {
        value: finite(interval.value),
        low: finite(interval.low),
        high: finite(interval.high),
        resamples: interval.resamples,
    };
};
/**
 * `monitor`: measures the champion on the window's labelled production predictions with evaluate's metric and
 * bootstrap code, compares each metric with the champion's evaluation, checks the features for drift from
 * its training snapshot, and says whether to retrain; with `trigger: dispatch` it starts the retrain
 * workflow (at most once per cooldown) and records the result on the champion and in the tracker.
 */
async function monitorStep(context, inputs, preloaded, dependencies = {}) {
    const config = preloaded ?? (await (0,step_config/* loadStepConfig */.hs)(context, inputs));
    const monitor = config?.config.monitor ?? monitor_config/* monitorSchema */.ml.parse({});
    const now = dependencies.now ?? Date.now();
    const model = inputs.model ?? config?.config.model;
    if (!model)
        throw new user_error/* UserError */.yo(`no model name: set model in trainyard.yml or ${(0,declared_inputs/* inputLabel */.NB)(inputs, "model")}`);
    const spec = inputs.predictions ?? monitor.predictions;
    if (!spec)
        throw new user_error/* UserError */.yo(`no production predictions: give ${(0,declared_inputs/* inputLabel */.NB)(inputs, "predictions")} or set monitor.predictions in trainyard.yml`);
    const since = inputs.since ?? monitor.since;
    const sinceMs = windowStart(since, now, `${(0,declared_inputs/* inputLabel */.NB)(inputs, "since")} (monitor.since)`);
    const outputDir = (0,external_node_path_.resolve)(context.workingDirectory, inputs["output-dir"] ?? workspace_paths/* workspacePath */.X.monitor);
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const tracking = dependencies.tracking ?? (await (0,tracking_config/* openStepTracking */.eX)(context, inputs, config));
    const champion = await tracking.registry.getVersionByAlias(model, "champion");
    if (!champion)
        throw new user_error/* UserError */.yo(`model "${model}" has no champion in ${tracking.registry.uri}: there is nothing to monitor yet`);
    const { evaluation } = await championBaseline(context, tracking.tracker, champion, outputDir);
    const task = evaluation.task;
    const primary = evaluation.primaryMetric;
    const policy = metricPolicy(monitor, task, primary);
    const labelColumn = inputs["label-column"] ?? monitor.label_column ?? evaluation.labelColumn;
    const timestampColumn = inputs["timestamp-column"] ?? monitor.timestamp_column;
    const snapshotId = champion.tags["trainyard.snapshot.id"] ?? evaluation.snapshotId;
    const notes = [];
    const reference = await referenceProfiles(context, inputs, config, snapshotId);
    if (reference.note)
        notes.push(reference.note);
    const referenceNames = new Set((reference.profiles ?? []).map((profile) => profile.name));
    const driftColumns = monitor.drift?.columns ? new Set(monitor.drift.columns) : undefined;
    // Paired where row ids allow: the champion's test rows by id, matched with production rows in the window.
    const ofEvaluation = await evaluationRows(tracking.tracker, champion.runId, evaluation, outputDir);
    const paired = "reason" in ofEvaluation
        ? undefined
        : new PairedRows(ofEvaluation, monitor.id_column ?? ofEvaluation.idColumn);
    const excluded = new Set([labelColumn, timestampColumn, monitor.model_version_column]);
    if (paired)
        excluded.add(paired.productionIdColumn);
    const window = new ProductionWindow({
        task,
        ...(evaluation.classes ? { classes: evaluation.classes } : {}),
        labelColumn,
        timestampColumn,
        modelVersionColumn: monitor.model_version_column,
        championVersion: champion.version,
        origins: {
            label: `${(0,declared_inputs/* inputLabel */.NB)(inputs, "label-column")}, monitor.label_column in trainyard.yml, or the champion's evaluation`,
            timestamp: `${(0,declared_inputs/* inputLabel */.NB)(inputs, "timestamp-column")} or monitor.timestamp_column in trainyard.yml`,
        },
        sinceMs,
        maxUnits: monitor.max_units,
        ...(paired ? { paired } : {}),
        features: (columns) => columns.filter((name) => referenceNames.has(name) &&
            !excluded.has(name) &&
            !NON_FEATURES.has(name) &&
            !name.startsWith("proba_") &&
            (!driftColumns || driftColumns.has(name))),
    });
    const files = await (0,fetch_sources/* fetchSources */.d)(context, spec, (0,external_node_path_.join)(outputDir, "download"));
    await context.group(`Read ${files.length} file(s) of production predictions`, async () => {
        for (const file of files) {
            window.startFile(file.name);
            for await (const batch of (0,read_table/* readTable */.x)(file.path, file.format))
                window.add(batch);
        }
    });
    if (window.rows === 0 && window.unlabelledRows === 0) {
        const older = window.olderRows
            ? `; all ${window.olderRows} row(s) are older, the newest at ${new Date(window.newestOlder).toISOString()}`
            : "; the files have no rows";
        throw new user_error/* UserError */.yo(`the window is empty: no predictions since ${new Date(sinceMs).toISOString()} (${(0,declared_inputs/* inputLabel */.NB)(inputs, "since")} ${since}) in ${spec}${older}`);
    }
    const bootstrap = {
        resamples: monitor.bootstrap ?? evaluation.bootstrap.resamples,
        confidence: evaluation.bootstrap.confidence,
        seed: evaluation.bootstrap.seed,
    };
    const measuredNames = [...new Set([primary, ...Object.keys(policy)])];
    const production = window.rows > 0
        ? await context.group(`Measure ${window.rows} rows (${bootstrap.resamples} resamples)`, async () => window.measure(bootstrap))
        : undefined;
    const measured = production
        ? measuredNames.map((metric) => ({
            metric,
            production: production[metric],
            baseline: intervalFromRecord(evaluation.metrics[metric]),
        }))
        : [];
    const drift = reference.profiles && window.rows >= monitor.min_rows
        ? (0,drift_checks/* driftChecks */.R)(window.profiles(), reference.profiles, {
            ...(monitor.drift?.psi ? { psi: monitor.drift.psi } : {}),
            ...(monitor.drift?.ks ? { ks: monitor.drift.ks } : {}),
            ...(monitor.drift?.columns ? { columns: monitor.drift.columns } : {}),
        })
        : [];
    const comparison = await compareByIds(context, {
        paired,
        unpairedReason: "reason" in ofEvaluation ? ofEvaluation.reason : undefined,
        allFilesWithoutId: paired !== undefined && window.filesWithoutId.length === files.length,
        minPairedRows: monitor.min_paired_rows ?? monitor.min_rows,
        bootstrap,
        measured: production !== undefined,
    });
    const verdict = judgeMonitor({
        rows: window.rows,
        minRows: monitor.min_rows,
        confidence: bootstrap.confidence,
        policy,
        measured,
        drift,
        comparison: comparison.policy,
    });
    const daily = window.dailyValues(primary);
    const quantisation = window.quantisation();
    if (quantisation)
        notes.push(quantisationNote(quantisation, monitor.max_units, measuredNames));
    const quantisedDays = window.quantisedDays();
    if (quantisedDays > 0)
        notes.push(`the daily values of ${quantisedDays} day(s) come from quantised scores (more distinct scores in a day than its share of monitor.max_units)`);
    // The trigger: dispatch the retrain workflow, at most once per cooldown.
    const mode = inputs.trigger ?? monitor.trigger;
    const dryRun = inputs["dry-run"];
    const lastTriggerAt = champion.tags[MONITOR_TAGS.lastTriggerAt];
    const trigger = {
        mode,
        dispatched: false,
        ...(lastTriggerAt ? { lastTriggerAt } : {}),
    };
    if (verdict.retrain && mode === "dispatch") {
        const cooldown = cooldownState(lastTriggerAt, (0,monitor_config/* spanMs */.J6)(monitor.cooldown) ?? 0, now);
        if (dryRun)
            notes.push("dry run: the retrain workflow was not dispatched");
        else if (!cooldown.allowed) {
            trigger.cooldownUntil = cooldown.until;
            notes.push(`not dispatched: the last retrain was triggered at ${lastTriggerAt}, within monitor.cooldown ${monitor.cooldown} (until ${cooldown.until})`);
        }
        else {
            trigger.ref = await dispatchRetrain(context, inputs, monitor, verdict.reasons, model, champion.version);
            trigger.workflow = monitor.workflow;
            trigger.dispatched = true;
            trigger.lastTriggerAt = new Date(now).toISOString();
        }
    }
    const report = {
        kind: MONITOR_KIND,
        version: MONITOR_VERSION,
        model,
        champion: {
            version: champion.version,
            runId: champion.runId,
            ...(snapshotId ? { snapshotId } : {}),
        },
        task,
        primaryMetric: primary,
        window: {
            since: new Date(sinceMs).toISOString(),
            until: new Date(now).toISOString(),
            days: daily.length,
        },
        rows: window.rows,
        unlabelledRows: window.unlabelledRows,
        olderRows: window.olderRows,
        files: files.map((file) => file.name),
        retrain: verdict.retrain,
        reasons: verdict.reasons,
        notes,
        rules: verdict.rules,
        metrics: measured.map((entry) => ({
            metric: entry.metric,
            higherIsBetter: (0,metric_names/* higherIsBetter */.i2)(entry.metric),
            production: toRecord(entry.production),
            baseline: toRecord(entry.baseline),
            delta: toRecord(verdict.deltas[entry.metric]),
            ...(comparison.policy.mode === "paired" && verdict.unpairedDeltas[entry.metric]
                ? {
                    paired: {
                        ids: comparison.policy.ids,
                        production: toRecord(comparison.policy.metrics[entry.metric]?.production),
                        evaluation: toRecord(comparison.policy.metrics[entry.metric]?.evaluation),
                        delta: toRecord(comparison.policy.metrics[entry.metric]?.delta),
                    },
                    unpairedDelta: toRecord(verdict.unpairedDeltas[entry.metric]),
                }
                : {}),
        })),
        comparison: comparison.record,
        daily,
        bootstrap,
        ...(quantisation
            ? {
                quantisation: {
                    maxUnits: monitor.max_units,
                    units: quantisation.units,
                    bits: quantisation.bits,
                    maxCellSpread: quantisation.maxCellSpread,
                    bounds: quantisation.bounds,
                },
            }
            : {}),
        trigger,
        createdAt: new Date(now).toISOString(),
    };
    const reportPath = (0,external_node_path_.join)(outputDir, "monitor.json");
    await (0,promises_.writeFile)(reportPath, (0,contract_file/* serializeContract */.Vf)(report));
    if (!dryRun)
        await record(context, tracking, config, report, reportPath, now);
    await context.appendSummary(renderMonitorMarkdown(report));
    const verdictLine = `${verdict.retrain ? "retrain" : "no retrain"}: ${verdict.reasons.join("; ")}`;
    if (verdict.retrain)
        context.log.warning(verdictLine);
    else
        context.log.info(verdictLine);
    return {
        retrain: verdict.retrain,
        reasons: verdict.reasons.join("\n"),
        rows: window.rows,
        "report-path": reportPath,
        dispatched: trigger.dispatched,
        "champion-version": champion.version,
    };
}
/**
 * Paired or unpaired: paired (stats/paired-rows.ts) when at least `minPairedRows` of the champion's test
 * rows have a production row with their id in the window; otherwise unpaired, and the reason says why.
 */
async function compareByIds(context, options) {
    const { paired } = options;
    const unpaired = (reason, idColumn) => ({
        policy: { mode: "unpaired", reason },
        record: { mode: "unpaired", reason, ...(idColumn ? { idColumn } : {}) },
    });
    if (!paired)
        return unpaired(options.unpairedReason ?? "no row ids to pair by");
    const column = paired.productionIdColumn;
    const tested = paired.evaluation.rowOfId.size;
    const ids = paired.ids;
    if (options.allFilesWithoutId)
        return unpaired(`the production rows have no "${column}" column to pair with the champion's test rows by id`, column);
    if (ids === 0)
        return unpaired(`no production row in the window carries the id ("${column}") of one of the champion's ${tested} test rows`, column);
    if (ids < options.minPairedRows)
        return unpaired(`only ${ids} of the champion's ${tested} test rows have a production row with their id ("${column}") in the window, fewer than monitor.min_paired_rows ${options.minPairedRows}`, column);
    if (!options.measured)
        return unpaired("no labelled production rows", column);
    const sides = paired.sides();
    const metrics = await context.group(`Pair ${ids} ids with the champion's test rows`, async () => pairedRowsBootstrap(sides.evaluation, sides.production, options.bootstrap));
    const repeated = paired.matchedRows - ids;
    const reason = `${ids} of the champion's ${tested} test rows have a production row with their id ("${column}") in the window${repeated > 0 ? ` (${repeated} older production row(s) of those ids left out: the newest of each is paired)` : ""}`;
    return {
        policy: { mode: "paired", ids, metrics },
        record: { mode: "paired", ids, idColumn: column, reason },
    };
}
async function dispatchRetrain(context, inputs, monitor, reasons, model, version) {
    const token = inputs["github-token"] ?? context.env.GITHUB_TOKEN;
    const repository = context.env.GITHUB_REPOSITORY;
    if (!token || !repository?.includes("/"))
        throw new user_error/* UserError */.yo("trigger: dispatch needs GITHUB_REPOSITORY (owner/repo) and a token (the github-token input or GITHUB_TOKEN) with actions: write");
    context.setSecret(token);
    const [owner, repo] = repository.split("/");
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(3978)]).then(__webpack_require__.bind(__webpack_require__, 3978)); // Octokit: only on GitHub
    const client = createGitHubClient({
        token,
        ...(context.env.GITHUB_API_URL ? { baseUrl: context.env.GITHUB_API_URL } : {}),
        log: (message) => context.log.warning(message),
    });
    const reason = `monitor: ${model} version ${version} — ${reasons.join("; ")}`;
    const ref = await dispatchWorkflow(client, {
        owner,
        repo,
        workflow: monitor.workflow,
        ref: monitor.ref,
        inputs: { reason },
    });
    context.log.notice(`dispatched ${monitor.workflow} on ${ref} in ${repository}: ${reason}`);
    return ref;
}
/** The result as tags on the champion version and as a tracker run of its own. */
async function record(context, tracking, config, report, reportPath, now) {
    const { tracker, registry } = tracking;
    const experimentId = await tracker.ensureExperiment(config?.config.experiment ?? report.model);
    const runName = `monitor-${report.model}-v${report.champion.version}`;
    const run = await tracker.createRun({
        experimentId,
        runName,
        startTime: now,
        tags: {
            "mlflow.runName": runName,
            [MONITOR_RUN_TAGS.kind]: "monitor",
            [MONITOR_RUN_TAGS.championVersion]: report.champion.version,
            [MONITOR_RUN_TAGS.retrain]: String(report.retrain),
            [MONITOR_RUN_TAGS.dispatched]: String(report.trigger.dispatched),
            "trainyard.monitor.model": report.model,
            "trainyard.monitor.reasons": report.reasons.join("\n").slice(0, TAG_LIMIT),
        },
    });
    const metrics = [{ key: "monitor_rows", value: report.rows, step: 0, timestamp: now }];
    for (const metric of report.metrics) {
        for (const [suffix, value] of [
            ["", metric.production.value],
            ["_ci_low", metric.production.low],
            ["_ci_high", metric.production.high],
        ])
            if (value !== null)
                metrics.push({ key: `monitor_${metric.metric}${suffix}`, value, step: 0, timestamp: now });
        if (metric.delta.value !== null)
            metrics.push({
                key: `monitor_delta_${metric.metric}`,
                value: metric.delta.value,
                step: 0,
                timestamp: now,
            });
    }
    await tracker.logBatch(run.runId, { metrics });
    await tracker.uploadArtifact(run.runId, reportPath, "monitor/monitor.json");
    await tracker.updateRun(run.runId, { status: "FINISHED", endTime: Date.now() });
    const primary = report.metrics.find((metric) => metric.metric === report.primaryMetric);
    const tags = {
        [MONITOR_TAGS.lastRunAt]: report.createdAt,
        [MONITOR_TAGS.retrain]: String(report.retrain),
        [MONITOR_TAGS.rows]: String(report.rows),
        [MONITOR_TAGS.reasons]: report.reasons.join("\n").slice(0, TAG_LIMIT),
        [MONITOR_TAGS.runId]: run.runId,
        ...(primary?.production.value !== null && primary?.production.value !== undefined
            ? { [`trainyard.monitor.${report.primaryMetric}`]: String(primary.production.value) }
            : {}),
        ...(report.trigger.dispatched && report.trigger.lastTriggerAt
            ? { [MONITOR_TAGS.lastTriggerAt]: report.trigger.lastTriggerAt }
            : {}),
    };
    for (const [key, value] of Object.entries(tags))
        await registry.setModelVersionTag(report.model, report.champion.version, key, value);
    context.log.info(`recorded on ${report.model} version ${report.champion.version} and in run ${run.runId}`);
}


/***/ }),

/***/ 8784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ fetchSources)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./.cache/build/lib/data/data-error.js
var data_error = __webpack_require__(3293);
// EXTERNAL MODULE: ./.cache/build/lib/data/format.js
var data_format = __webpack_require__(89);
// EXTERNAL MODULE: ./.cache/build/lib/store/atomic-file.js
var atomic_file = __webpack_require__(5439);
;// CONCATENATED MODULE: ./.cache/build/lib/data/resolve-sources.js





/**
 * Expands a local source spec into its files, sorted by name (plain code-point order, so the same on every
 * machine): a file is itself; a folder is every CSV, Parquet and JSON Lines file beneath it; anything else
 * with glob characters is matched with tinyglobby. Hidden files are left out. Nothing found is a DataError.
 */
async function resolveSources(spec, options = {}) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
        throw new data_error/* DataError */.fL({ file: spec }, "is a URL; only local files, folders and globs are resolved here");
    }
    const cwd = options.cwd ?? process.cwd();
    const absolute = (0,external_node_path_.resolve)(cwd, spec);
    const kind = await pathKind(spec, absolute);
    if (kind === "file") {
        return [{ path: absolute, name: (0,external_node_path_.basename)(absolute), format: (0,data_format/* detectFormat */.Tz)(absolute, options.format) }];
    }
    if (kind === "directory") {
        const names = (await listPlainFolder(absolute)) ?? (await (await loadGlob()).globFiles("**/*", absolute));
        const files = resolve_sources_select(absolute, names, options.format);
        if (files.length === 0) {
            throw new data_error/* DataError */.fL({ file: spec }, `is a folder with no CSV, Parquet or JSON Lines files in it${names.length > 0 ? ` (${countOthers(names.length)})` : ""}`);
        }
        return files;
    }
    const globbing = await loadGlob();
    if (!globbing.isDynamicPattern(spec))
        throw new data_error/* DataError */.fL({ file: spec }, "does not exist");
    const { base, pattern } = globbing.splitGlob(spec);
    const root = (0,external_node_path_.resolve)(cwd, base);
    const names = await globbing.globFiles(pattern, root);
    const files = resolve_sources_select(root, names, options.format);
    if (files.length === 0) {
        throw new data_error/* DataError */.fL({ file: spec }, names.length === 0
            ? "matches no files"
            : `matches no CSV, Parquet or JSON Lines files (${countOthers(names.length)})`);
    }
    return files;
}
async function pathKind(spec, absolute) {
    try {
        const info = await (0,promises_.stat)(absolute);
        if (info.isDirectory())
            return "directory";
        if (info.isFile())
            return "file";
        throw new data_error/* DataError */.fL({ file: spec }, "is not a regular file or folder");
    }
    catch (error) {
        if (error.code === "ENOENT" ||
            error.code === "ENOTDIR") {
            return "missing";
        }
        throw (0,data_error/* fileAccessError */.z9)(spec, error);
    }
}
function resolve_sources_select(root, names, explicit) {
    const files = [];
    for (const name of names) {
        if ((0,atomic_file/* isTempName */.Gs)(name))
            continue;
        const path = (0,external_node_path_.join)(root, name);
        if (explicit !== undefined && explicit !== "") {
            files.push({ path, name, format: (0,data_format/* detectFormat */.Tz)(path, explicit) });
            continue;
        }
        const format = (0,data_format/* formatFromExtension */.pf)(name);
        if (format === undefined || (format === "parquet" && name.toLowerCase().endsWith(".gz")))
            continue;
        files.push({ path, name, format });
    }
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function countOthers(count) {
    return count === 1 ? "1 file of another type" : `${count} files of other types`;
}
const loadGlob = () => Promise.all(/* import() */[__webpack_require__.e(3382), __webpack_require__.e(6983)]).then(__webpack_require__.bind(__webpack_require__, 6983));
/**
 * The files under a folder as `/`-separated relative names, hidden files and folders left out: the same list
 * tinyglobby (every file, no dot) gives for a tree of plain files and folders, without loading it.
 * Anything else in the tree (a symbolic link, a special file) or an error while listing returns undefined, and
 * the caller asks tinyglobby, which decides those cases as before.
 */
async function listPlainFolder(root) {
    const names = [];
    const pending = [""];
    try {
        for (let prefix = pending.pop(); prefix !== undefined; prefix = pending.pop()) {
            for (const entry of await (0,promises_.readdir)(prefix === "" ? root : (0,external_node_path_.join)(root, prefix), { withFileTypes: true })) {
                if (entry.name.startsWith("."))
                    continue;
                const name = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
                if (entry.isFile())
                    names.push(name);
                else if (entry.isDirectory())
                    pending.push(name);
                else
                    return undefined;
            }
        }
    }
    catch {
        return undefined;
    }
    return names;
}

// EXTERNAL MODULE: ./.cache/build/lib/store/open-store.js
var open_store = __webpack_require__(9301);
;// CONCATENATED MODULE: ./.cache/build/lib/steps/snapshot/fetch-sources.js









/**
 * Brings the source onto local disk: local files, folders and globs are used where they are; an
 * `s3://bucket/prefix` is listed and each data file downloaded; an `https://` URL is downloaded. Downloads go to
 * `stagingDir` under temporary names, so an interrupted fetch leaves nothing that looks complete.
 */
async function fetchSources(context, spec, stagingDir, format) {
    if (spec.startsWith("s3://"))
        return fetchS3(context, spec, stagingDir, format);
    if (spec.startsWith("https://") || spec.startsWith("http://"))
        return fetchUrl(context, spec, stagingDir, format);
    return resolveSources(spec, { cwd: context.workingDirectory, ...(format ? { format } : {}) });
}
async function fetchS3(context, spec, stagingDir, format) {
    const store = await (0,open_store/* openStore */.C)(spec, { env: context.env });
    const files = [];
    for await (const blob of store.list("")) {
        if (!format && !(0,data_format/* formatFromExtension */.pf)(blob.key))
            continue;
        const path = (0,external_node_path_.join)(stagingDir, "source", ...blob.key.split("/"));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const progress = context.progress(`download ${blob.key}`, blob.size);
        await store.download(blob.key, path, { onProgress: (bytes) => progress.update(bytes) });
        progress.finish();
        files.push({ path, name: blob.key, format: (0,data_format/* detectFormat */.Tz)(blob.key, format) });
    }
    if (files.length === 0)
        throw new data_error/* DataError */.fL({ file: spec }, "has no CSV, Parquet or JSON Lines files");
    return files;
}
async function fetchUrl(context, spec, stagingDir, format) {
    const url = new URL(spec);
    const name = (0,external_node_path_.basename)(url.pathname) || "data";
    const fileFormat = (0,data_format/* detectFormat */.Tz)(name, format);
    const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(10 * 60_000) }).catch((error) => {
        throw new data_error/* DataError */.fL({ file: spec }, `could not be downloaded: ${error.message}`);
    });
    if (!response.ok || !response.body) {
        throw new data_error/* DataError */.fL({ file: spec }, `could not be downloaded: HTTP ${response.status} ${response.statusText}`);
    }
    const path = (0,external_node_path_.join)(stagingDir, "source", name);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const total = Number(response.headers.get("content-length") ?? 0);
    const progress = context.progress(`download ${name}`, total);
    let bytes = 0;
    const body = external_node_stream_.Readable.fromWeb(response.body);
    body.on("data", (chunk) => {
        bytes += chunk.length;
        progress.update(bytes);
    });
    await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(`${path}.partial`));
    await (0,promises_.rename)(`${path}.partial`, path);
    progress.finish();
    return [{ path, name, format: fileFormat }];
}


/***/ }),

/***/ 6045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ driftChecks)
});

// EXTERNAL MODULE: ./.cache/build/lib/stats/quantile-sketch.js + 2 modules
var quantile_sketch = __webpack_require__(5992);
;// CONCATENATED MODULE: ./.cache/build/lib/stats/drift.js

/** Proportions below this count as this, so an empty bin gives a large but finite PSI term. */
const PSI_FLOOR = 1e-4;
function toSketch(source) {
    if (source instanceof quantile_sketch/* QuantileSketch */.wh)
        return source;
    if ("levels" in source)
        return quantile_sketch/* QuantileSketch */.wh.fromJSON(source);
    if (!source.sketch)
        throw new TypeError(`column ${source.name} (${source.type}) has no quantile sketch`);
    return quantile_sketch/* QuantileSketch */.wh.fromJSON(source.sketch);
}
function psiTerm(reference, current) {
    const r = Math.max(reference, PSI_FLOOR);
    const c = Math.max(current, PSI_FLOOR);
    return (c - r) * Math.log(c / r);
}
/**
 * Population stability index of numbers, Σ (cur% − ref%)·ln(cur%/ref%), over the reference's quantile bins
 * (deciles by default; bins that tie in the reference merge, so discrete data gets fewer). Both sides'
 * shares come from their sketches' CDFs at the bin edges. NaN when either side has no values.
 */
function psiNumeric(reference, current, bins = 10) {
    if (!Number.isInteger(bins) || bins < 2)
        throw new RangeError(`bins must be a whole number ≥ 2, got ${bins}`);
    const ref = toSketch(reference);
    const cur = toSketch(current);
    if (ref.count === 0 || cur.count === 0)
        return Number.NaN;
    let psi = 0;
    let refBelow = 0;
    let curBelow = 0;
    let previousEdge = Number.NEGATIVE_INFINITY;
    for (let i = 1; i <= bins; i++) {
        const edge = i === bins ? Number.POSITIVE_INFINITY : ref.quantile(i / bins);
        if (edge <= previousEdge)
            continue;
        previousEdge = edge;
        const refAt = i === bins ? 1 : ref.cdf(edge);
        const curAt = i === bins ? 1 : cur.cdf(edge);
        psi += psiTerm(refAt - refBelow, curAt - curBelow);
        refBelow = refAt;
        curBelow = curAt;
    }
    return psi;
}
function totals(counts) {
    const result = new Map();
    const entries = Array.isArray(counts)
        ? counts.map(({ value, count }) => [value, count])
        : counts instanceof Map
            ? counts
            : Object.entries(counts);
    for (const [value, count] of entries) {
        const key = String(value);
        result.set(key, (result.get(key) ?? 0) + count);
    }
    return result;
}
/**
 * PSI over categories. Values the reference never saw are pooled into one "unseen" bucket whose reference
 * share is the floor, so new categories raise the index instead of vanishing. NaN when either side is empty.
 */
function psiCategorical(reference, current) {
    const ref = totals(reference);
    const cur = totals(current);
    let refTotal = 0;
    let curTotal = 0;
    for (const count of ref.values())
        refTotal += count;
    for (const count of cur.values())
        curTotal += count;
    if (refTotal === 0 || curTotal === 0)
        return Number.NaN;
    let psi = 0;
    for (const [value, count] of ref)
        psi += psiTerm(count / refTotal, (cur.get(value) ?? 0) / curTotal);
    let unseen = 0;
    for (const [value, count] of cur)
        if (!ref.has(value))
            unseen += count;
    if (unseen > 0)
        psi += psiTerm(0, unseen / curTotal);
    return psi;
}
/**
 * Two-sample Kolmogorov–Smirnov statistic, max |F_ref(x) − F_cur(x)|, with both CDFs from the sketches and
 * x running over every item either sketch holds (where the step functions jump). Each sketch's rank error
 * adds to the result's, so it is within about 2ε of the exact statistic. NaN when either side is empty.
 */
function ksStatistic(reference, current) {
    const ref = toSketch(reference);
    const cur = toSketch(current);
    if (ref.count === 0 || cur.count === 0)
        return Number.NaN;
    const a = ref.sortedView();
    const b = cur.sortedView();
    const aLength = a.values.length;
    const bLength = b.values.length;
    let i = 0;
    let j = 0;
    let gap = 0;
    while (i < aLength || j < bLength) {
        const x = Math.min(i < aLength ? a.values[i] : Number.POSITIVE_INFINITY, j < bLength ? b.values[j] : Number.POSITIVE_INFINITY);
        while (i < aLength && a.values[i] <= x)
            i++;
        while (j < bLength && b.values[j] <= x)
            j++;
        const fa = i === 0 ? 0 : a.cumulative[i - 1] / a.total;
        const fb = j === 0 ? 0 : b.cumulative[j - 1] / b.total;
        const difference = Math.abs(fa - fb);
        if (difference > gap)
            gap = difference;
    }
    return gap;
}

// EXTERNAL MODULE: ./.cache/build/lib/validation/column-checker.js + 1 modules
var column_checker = __webpack_require__(935);
;// CONCATENATED MODULE: ./.cache/build/lib/validation/drift-checks.js


function verdict(value, thresholds) {
    if (thresholds.error !== undefined && value >= thresholds.error)
        return { status: "fail", severity: "error" };
    if (thresholds.warn !== undefined && value >= thresholds.warn)
        return { status: "fail", severity: "warn" };
    return { status: "pass", severity: thresholds.error !== undefined ? "error" : "warn" };
}
function bounds(thresholds) {
    return [
        thresholds.warn !== undefined ? `warn ≥ ${thresholds.warn}` : "",
        thresholds.error !== undefined ? `error ≥ ${thresholds.error}` : "",
    ]
        .filter(Boolean)
        .join(", ");
}
const numericTypes = new Set(["integer", "number", "timestamp"]);
/**
 * Drift of each column against the reference snapshot's stored profile: PSI over the reference's quantile
 * bins for numbers (over categories for low-cardinality columns, unseen values pooled) and the KS statistic
 * for numbers, both from the profiles' quantile sketches. Neither snapshot is re-read.
 */
function driftChecks(current, reference, rules) {
    const results = [];
    const psi = rules.psi ?? { warn: 0.1, error: 0.25 };
    const selected = rules.columns ? new Set(rules.columns) : undefined;
    for (const column of current) {
        if (selected && !selected.has(column.name))
            continue;
        const ref = reference.find((candidate) => candidate.name === column.name);
        if (!ref || column.count === 0 || ref.count === 0)
            continue;
        const drift = (statistic, value, thresholds, message) => results.push({
            id: `drift.${column.name}.${statistic}`,
            rulePath: ["validate", "drift", statistic],
            column: column.name,
            ...verdict(value, thresholds),
            observed: (0,column_checker/* round */.L)(value, 4),
            expected: bounds(thresholds),
            message: `${message} ${(0,column_checker/* round */.L)(value, 4)}`,
        });
        const numeric = numericTypes.has(column.type) && numericTypes.has(ref.type) && column.sketch && ref.sketch;
        if (numeric && column.sketch && ref.sketch) {
            drift("psi", psiNumeric(ref.sketch, column.sketch), psi, "PSI over the reference's deciles:");
            if (rules.ks)
                drift("ks", ksStatistic(ref.sketch, column.sketch), rules.ks, "KS statistic");
        }
        else if (column.topValues && ref.topValues) {
            drift("psi", psiCategorical(ref.topValues, column.topValues), psi, "PSI over categories (unseen values pooled):");
        }
    }
    return results;
}


/***/ })

};
