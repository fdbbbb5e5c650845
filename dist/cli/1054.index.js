export const id = 1054;
export const ids = [1054];
export const modules = {

/***/ 1054:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pipelineOutputs: () => (/* binding */ pipelineOutputs),
/* harmony export */   runPipeline: () => (/* binding */ runPipeline)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2845);
/* harmony import */ var _lineage_git_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9366);
/* harmony import */ var _compare_compare_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9416);
/* harmony import */ var _compare_compare_step_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7494);
/* harmony import */ var _evaluate_evaluate_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5952);
/* harmony import */ var _evaluate_evaluate_step_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(754);
/* harmony import */ var _register_register_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8084);
/* harmony import */ var _register_register_step_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9956);
/* harmony import */ var _snapshot_snapshot_inputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(114);
/* harmony import */ var _snapshot_snapshot_step_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7297);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2140);
/* harmony import */ var _train_train_inputs_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(312);
/* harmony import */ var _train_train_step_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3242);
/* harmony import */ var _validate_validate_inputs_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(7190);
/* harmony import */ var _validate_validate_step_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(4301);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(9347);
/* harmony import */ var _pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(5152);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_18__]);
_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_18__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];






















/**
 * One step's inputs: those the pipeline shares with it by name, then what the earlier steps produced. The
 * pipeline's own values are already parsed, so they pass as text and each step parses them again.
 */
function stepInputs(specs, pipeline, chained) {
    const shared = { ...pipeline };
    return (0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)(specs, (name) => {
        const value = name in chained ? chained[name] : shared[name];
        return value === undefined ? undefined : String(value);
    }, (0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .originOf */ .yv)(pipeline));
}
const stateFile = (context) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.workingDirectory, _workspace_paths_js__WEBPACK_IMPORTED_MODULE_19__/* .workspacePath */ .X.pipelineState);
async function loadState(context) {
    try {
        const parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(stateFile(context), "utf8"));
        return parsed && typeof parsed.steps === "object" ? parsed : { steps: {} };
    }
    catch {
        return { steps: {} };
    }
}
async function saveState(context, state) {
    const file = stateFile(context);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file, ".."), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(`${file}.tmp`, file);
}
async function fingerprintOf(context, config, inputs, options) {
    const code = await (0,_lineage_git_state_js__WEBPACK_IMPORTED_MODULE_5__/* .readGitState */ .I)(context.workingDirectory);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256")
        .update(JSON.stringify({
        config: config.hash,
        code: code.treeHash,
        mode: inputs.mode,
        inputs: [inputs.params, inputs.seed, inputs["tracking-uri"], inputs.store, options.approvedBy],
    }))
        .digest("hex");
}
const text = (value) => (value === undefined ? undefined : String(value));
/**
 * The whole chain in one process, the way `trainyard run` and the all-in-one action run it: snapshot,
 * validate, train, evaluate, compare, register, and promote when the gate says so and an approval is at
 * hand. Each step's outputs are kept in .trainyard/pipeline/state.json, so `from` resumes after a fix
 * and reuses what the earlier steps produced.
 */
async function runPipeline(context, inputs, options = {}) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_14__/* .loadStepConfig */ .hs)(context, inputs);
    if (!config)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`no trainyard.yml in ${context.workingDirectory} (set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputLabel */ .NB)(inputs, "config")} to its path)`);
    const startAt = options.from ? _pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__/* .PIPELINE_STEPS */ .B.indexOf(options.from) : 0;
    if (startAt < 0)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--from must be one of ${_pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__/* .PIPELINE_STEPS */ .B.join(", ")}`);
    const saved = await loadState(context);
    const previous = startAt > 0 ? saved.steps : {};
    const fingerprint = await fingerprintOf(context, config, inputs, options);
    // A run with the same inputs that stopped half-way (an error, a kill) is continued: its finished steps are
    // reused once the snapshot shows the data is the same, so nothing is trained or registered twice.
    const interrupted = startAt === 0 && saved.fingerprint === fingerprint && saved.complete === false ? saved.steps : undefined;
    const state = {};
    for (const step of _pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__/* .PIPELINE_STEPS */ .B.slice(0, startAt)) {
        const kept = previous[step];
        if (!kept && step !== "promote" && step !== "register")
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`cannot resume from ${options.from}: no earlier ${step} result in ${stateFile(context)}`);
        if (kept)
            state[step] = kept;
    }
    const runs = (step) => _pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__/* .PIPELINE_STEPS */ .B.indexOf(step) >= startAt;
    let reuse;
    const record = async (step, work) => {
        const earlier = reuse?.[step];
        if (earlier) {
            context.log.info(`${step}: reusing the result of the interrupted run with the same inputs`);
            state[step] = earlier;
            return;
        }
        const outputs = await context.group(`trainyard ${step}`, work).catch((error) => {
            const kept = _pipeline_steps_js__WEBPACK_IMPORTED_MODULE_20__/* .PIPELINE_STEPS */ .B.filter((earlier) => state[earlier] !== undefined);
            if (kept.length > 0)
                context.log.info(`${step} failed; the results of ${kept.join(", ")} are kept in ${stateFile(context)}: after a fix, \`trainyard run --from ${step}\` reuses them`);
            throw error;
        });
        state[step] = outputs;
        await saveState(context, { fingerprint, complete: false, steps: { ...previous, ...state } });
    };
    const finished = async (result) => {
        await saveState(context, { fingerprint, complete: true, steps: { ...previous, ...state } });
        return result;
    };
    // The pipeline's seed is the training seed; the split keeps data.split.seed.
    if (runs("snapshot"))
        await record("snapshot", () => (0,_snapshot_snapshot_step_js__WEBPACK_IMPORTED_MODULE_13__.snapshotStep)(context, stepInputs(_snapshot_snapshot_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .SNAPSHOT_INPUTS */ .T, inputs, { seed: undefined })));
    const snapshotId = text(state.snapshot?.["snapshot-id"]);
    if (interrupted && interrupted.snapshot?.["snapshot-id"] === snapshotId)
        reuse = interrupted;
    const dataDir = text(state.snapshot?.["data-dir"]);
    if (runs("validate") && config.config.validate)
        await record("validate", () => (0,_validate_validate_step_js__WEBPACK_IMPORTED_MODULE_18__.validateStep)(context, stepInputs(_validate_validate_inputs_js__WEBPACK_IMPORTED_MODULE_17__/* .VALIDATE_INPUTS */ .L, inputs, { snapshot: snapshotId })));
    const validationReport = text(state.validate?.["report-path"]);
    const dataInputs = { snapshot: snapshotId, "data-dir": dataDir };
    if (runs("train"))
        await record("train", () => (0,_train_train_step_js__WEBPACK_IMPORTED_MODULE_16__.trainStep)(context, stepInputs(_train_train_inputs_js__WEBPACK_IMPORTED_MODULE_15__/* .TRAIN_INPUTS */ .L, inputs, dataInputs), config));
    const runId = text(state.train?.["run-id"]);
    const modelDir = text(state.train?.["model-dir"]);
    if (runs("evaluate"))
        await record("evaluate", () => (0,_evaluate_evaluate_step_js__WEBPACK_IMPORTED_MODULE_9__.evaluateStep)(context, stepInputs(_evaluate_evaluate_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .EVALUATE_INPUTS */ ._, inputs, {
            ...dataInputs,
            "model-dir": modelDir,
            "run-id": runId,
            seed: undefined,
            bootstrap: options.bootstrap,
        }), config));
    const evaluation = text(state.evaluate?.["report-path"]);
    if (runs("compare"))
        await record("compare", () => (0,_compare_compare_step_js__WEBPACK_IMPORTED_MODULE_7__.compareStep)(context, stepInputs(_compare_compare_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .COMPARE_INPUTS */ .Q, inputs, {
            evaluations: evaluation,
            "validation-report": validationReport,
            "output-dir": _workspace_paths_js__WEBPACK_IMPORTED_MODULE_19__/* .workspacePath */ .X.comparisons(runId ?? "latest"),
            seed: undefined,
            bootstrap: options.bootstrap,
        }), config));
    const decision = text(state.compare?.decision);
    const comparison = text(state.compare?.["report-path"]);
    const reportMarkdown = text(state.compare?.["report-markdown"]);
    const approval = { "approved-by": options.approvedBy, reason: options.reason };
    if (inputs.mode === "preview")
        return finished({
            state,
            ...(decision ? { decision } : {}),
            promoted: false,
            ...(reportMarkdown ? { reportMarkdown } : {}),
            stoppedBefore: { step: "register", why: "preview mode reports only" },
        });
    if (runs("register"))
        await record("register", () => (0,_register_register_step_js__WEBPACK_IMPORTED_MODULE_11__.registerStep)(context, stepInputs(_register_register_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .REGISTER_INPUTS */ .U, inputs, { ...approval, mode: "register", "run-id": runId, comparison }), config));
    const result = (extra) => ({
        state,
        ...(decision ? { decision } : {}),
        promoted: false,
        ...(reportMarkdown ? { reportMarkdown } : {}),
        ...extra,
    });
    if (decision !== "promote")
        return finished(result({ stoppedBefore: { step: "promote", why: "the gate rejected the challenger" } }));
    if (!options.approvedBy && context.env.GITHUB_ACTIONS !== "true")
        return finished(result({
            stoppedBefore: {
                step: "promote",
                why: "promotion needs an approval: run `trainyard register promote --approved-by <name>` (or pass --approved-by)",
            },
        }));
    await record("promote", () => (0,_register_register_step_js__WEBPACK_IMPORTED_MODULE_11__.registerStep)(context, stepInputs(_register_register_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .REGISTER_INPUTS */ .U, inputs, {
        ...approval,
        mode: "promote",
        comparison,
        version: text(state.register?.version),
    }), config));
    return finished(result({ promoted: true }));
}
/** The all-in-one action's outputs (and `trainyard run --json`'s). */
function pipelineOutputs(result) {
    return {
        decision: result.decision ?? "",
        promoted: result.promoted,
        "snapshot-id": result.state.snapshot?.["snapshot-id"] ?? "",
        "run-id": result.state.train?.["run-id"] ?? "",
        version: result.state.register?.version ?? "",
        "report-path": result.state.compare?.["report-path"] ?? "",
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullStep: () => (/* binding */ pullStep),
/* harmony export */   snapshotStep: () => (/* binding */ snapshotStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2142);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1927);
/* harmony import */ var _inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2845);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5721);
/* harmony import */ var _step_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2140);
/* harmony import */ var _pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1578);








function summary(result) {
    const { manifest } = result;
    const rows = manifest.files.map((file) => [
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(file.name),
        file.role,
        String(file.rows),
        (0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(file.bytes),
        `\`${file.sha256.slice(0, 12)}\``,
    ]);
    const split = manifest.split
        ? `, split ${manifest.split.strategy}: ${manifest.split.trainRows} train / ${manifest.split.testRows} test`
        : "";
    return [
        `### Snapshot \`${result.id}\`${result.created ? "" : " (unchanged data: reused)"}`,
        "",
        `${manifest.rows} rows × ${manifest.columns.length} columns${split}; uploaded ${(0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(result.bytesUploaded)}, reused ${(0,_context_format_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)(result.bytesReused)}.`,
        "",
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(["file", "role", "rows", "size", "sha256"], rows),
        "",
    ].join("\n");
}
/** `snapshot-data`: trainyard.yml's `data:` gives the defaults of its inputs; returns the action's outputs. */
async function snapshotStep(context, inputs) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadStepConfig */ .hs)(context, inputs);
    const data = config?.config.data;
    const source = inputs.source ?? data?.source;
    if (!source)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`no source: set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputLabel */ .NB)(inputs, "source")} or data.source in trainyard.yml`);
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .openStepStore */ .cl)(context, inputs, config);
    const strategy = inputs.split ?? data?.split?.strategy;
    const split = strategy
        ? {
            strategy,
            testFraction: inputs["test-fraction"] ?? data?.split?.test_fraction ?? 0.2,
            seed: inputs.seed ?? data?.split?.seed ?? 42,
            ...optional("key", inputs["split-key"] ?? data?.split?.key),
            ...optional("timeColumn", inputs["time-column"] ?? data?.split?.time_column),
            ...optional("cutoff", inputs.cutoff ?? data?.split?.cutoff),
        }
        : undefined;
    const asOfTime = inputs["as-of"] ?? data?.as_of?.time;
    const asOfColumn = inputs["as-of-column"] ?? data?.as_of?.column;
    if (asOfTime && !asOfColumn)
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`as-of needs the time column: set ${(0,_inputs_declared_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputLabel */ .NB)(inputs, "as-of-column")} or data.as_of.column`);
    const format = inputs.format ?? data?.format;
    const result = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_5__/* .snapshot */ .P9)(context, {
        source,
        store,
        ...(format ? { format } : {}),
        ...(split ? { split } : {}),
        ...(asOfTime && asOfColumn ? { asOf: { time: asOfTime, column: asOfColumn } } : {}),
        dataRoot: (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .dataRootOf */ .y4)(context, inputs),
        ...(config?.config.validate ? { rules: config.config.validate } : {}),
    });
    await context.appendSummary(summary(result));
    const outputs = {
        "snapshot-id": result.id,
        "snapshot-uri": result.uri,
        "data-dir": result.dataDir,
        rows: result.rows,
        "bytes-uploaded": result.bytesUploaded,
        "bytes-reused": result.bytesReused,
    };
    return outputs;
}
/** `trainyard snapshot pull <id>`: materialises a stored snapshot, verifying every hash. */
async function pullStep(context, inputs) {
    const config = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadStepConfig */ .hs)(context, inputs);
    const store = await (0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .openStepStore */ .cl)(context, inputs, config);
    const id = inputs.snapshot;
    const dataDir = inputs["data-dir"];
    const destination = dataDir
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(context.workingDirectory, dataDir)
        : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,_step_config_js__WEBPACK_IMPORTED_MODULE_3__/* .dataRootOf */ .y4)(context, inputs), id);
    const pulled = await (0,_pull_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .pullSnapshot */ .Y2)(context, store, id, destination);
    const outputs = {
        "snapshot-id": id,
        "data-dir": pulled.dataDir,
        "bytes-downloaded": pulled.bytesDownloaded,
    };
    return outputs;
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}


/***/ })

};
